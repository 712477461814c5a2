package dev.demarche.model;

/**
 * How a {@link Statement} renders what was said.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum StatementMode {
  /** A direct quote: the content is the speaker's own words between quote marks. */
  DIRECT,

  /** Indirect speech: the content is the reporter's paraphrase. */
  INDIRECT,

  /** Indirect speech containing partial quotes. */
  MIXED,

  /** A reported act of speech without its words ("issued a stern warning"). */
  REPORTED_ACT
}
