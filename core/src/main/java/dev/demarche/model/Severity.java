package dev.demarche.model;

/**
 * How serious a {@link Diagnostic} is.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum Severity {
  /** Worth knowing; the extraction is complete. */
  INFO,

  /** Part of the text could not be fully understood; some values may be missing. */
  WARNING
}
