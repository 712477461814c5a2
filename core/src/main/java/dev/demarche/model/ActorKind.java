package dev.demarche.model;

/**
 * What sort of actor an {@link Actor} is.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ActorKind {
  /** A sovereign state or a polity treated as one in news (Japan, Taiwan). */
  STATE,

  /** A body of a state: a ministry, an office, an agency, a legislature or one of its committees. */
  GOVERNMENT_BODY,

  /** A named or titled person. */
  PERSON,

  /** An international organisation, a party, a company or another non-state body. */
  ORGANIZATION,

  /** A city or another place below the level of a state. */
  CITY,

  /** A news outlet or agency, as a source ("Bloomberg reported"). */
  MEDIA,

  /** A document as a source ("a policy document ... says"). */
  DOCUMENT,

  /** An anonymous source, kept with its description ("people familiar with the matter"). */
  ANONYMOUS
}
