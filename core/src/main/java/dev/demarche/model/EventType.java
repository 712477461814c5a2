package dev.demarche.model;

/**
 * What kind of {@link Event} took place.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum EventType {
  /** A meeting or talks. */
  MEETING,

  /** A visit or trip. */
  VISIT,

  /** A cancellation or postponement of a planned event. */
  CANCELLATION,

  /** A joint statement or communique. */
  JOINT_STATEMENT,

  /** A press conference or briefing. */
  PRESS_CONFERENCE,

  /** Testimony before a legislature or court. */
  TESTIMONY,

  /** An agreement, treaty or accord, signed or concluded. */
  AGREEMENT,

  /** A naming or renaming. */
  NAMING,

  /** A loan or credit. */
  LOAN,

  /** A commitment or pledge of resources. */
  COMMITMENT,

  /** A sanction, embargo or restriction. */
  SANCTION,

  /** A military exercise, deployment or attack. */
  MILITARY_ACTION,

  /** A protest, diplomatic or public. */
  PROTEST,

  /** Another kind of event. */
  OTHER
}
