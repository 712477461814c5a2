package dev.demarche.model;

/**
 * How precise a resolved {@link DateRange} is.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum TimePrecision {
  /** Resolved to a day or a span of days. */
  DAY,

  /** Resolved to a week. */
  WEEK,

  /** Resolved to a month. */
  MONTH,

  /** Resolved to a quarter of a year. */
  QUARTER,

  /** Resolved to a year. */
  YEAR,

  /** Resolved to a decade. */
  DECADE
}
