package dev.demarche.model;

/**
 * An actor's position on an issue, in a {@link Stance}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Position {
  /** The actor supports or favours the issue. */
  SUPPORT,

  /** The actor opposes the issue. */
  OPPOSE,

  /** The actor is concerned about the issue. */
  CONCERN,

  /** The actor takes no side on the issue. */
  NEUTRAL,

  /** The actor holds a position with both support and opposition in it. */
  MIXED
}
