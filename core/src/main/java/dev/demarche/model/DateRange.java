package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A resolved date or range of dates, both ends inclusive, with the precision the text gave it: "on
 * Friday" resolves to one day, "last December" to the days of a month.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DateRange day = DateRange.ofDay(LocalDate.of(2005, 2, 18));
 * DateRange month = DateRange.of(LocalDate.of(2004, 12, 1), LocalDate.of(2004, 12, 31), TimePrecision.MONTH);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDateRange.class)
@JsonDeserialize(as = ImmutableDateRange.class)
public abstract class DateRange {
  DateRange() {}

  /**
   * Returns the range from {@code start} to {@code end}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end, TimePrecision precision) {
    return ImmutableDateRange.of(start, end, precision);
  }

  /** Returns the single day {@code date}, with precision {@link TimePrecision#DAY}. */
  public static DateRange ofDay(LocalDate date) {
    return of(date, date, TimePrecision.DAY);
  }

  /** The first day of the range, inclusive. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the range, inclusive; never before {@link #start()}. */
  @Value.Parameter
  public abstract LocalDate end();

  /** How precise the resolution is. */
  @Value.Parameter
  public abstract TimePrecision precision();

  @Value.Check
  final void check() {
    checkArgument(
        !end().isBefore(start()), "date range end (%s) before start (%s)", end(), start());
  }

  /** Whether {@code date} lies within the range. */
  public final boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }
}
