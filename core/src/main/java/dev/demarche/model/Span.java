package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A half-open range of character offsets {@code [begin, end)} into the text of an {@link Article}:
 * the provenance of every extracted value.
 *
 * <p>Offsets count UTF-16 {@code char}s, as {@link String#substring(int, int)} does, so that
 * {@code article.text().substring(span.begin(), span.end())} is the text the span points at.
 * Immutable and thread-safe. Spans order by begin, then by end.
 *
 * <pre>{@code
 * Span span = Span.of(4, 9);
 * span.length();              // 5
 * span.contains(Span.of(5, 6)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Span implements Comparable<Span> {
  private static final Comparator<Span> ORDER =
      Comparator.comparingInt(Span::begin).thenComparingInt(Span::end);

  Span() {}

  /**
   * Returns the span {@code [begin, end)}.
   *
   * @throws IllegalArgumentException if {@code begin} is negative or {@code end} is before
   *     {@code begin}
   */
  @JsonCreator
  public static Span of(@JsonProperty("begin") int begin, @JsonProperty("end") int end) {
    return ImmutableSpan.of(begin, end);
  }

  /** The offset of the first character, inclusive; never negative. */
  @JsonProperty("begin")
  @Value.Parameter
  public abstract int begin();

  /** The offset after the last character, exclusive; never before {@link #begin()}. */
  @JsonProperty("end")
  @Value.Parameter
  public abstract int end();

  @Value.Check
  final void check() {
    checkArgument(begin() >= 0, "span begin (%s) must not be negative", begin());
    checkArgument(end() >= begin(), "span end (%s) before begin (%s)", end(), begin());
  }

  /** The number of characters covered. */
  public final int length() {
    return end() - begin();
  }

  /** Whether the span covers no character. */
  public final boolean isEmpty() {
    return end() == begin();
  }

  /** Whether {@code other} lies entirely within this span. */
  public final boolean contains(Span other) {
    return begin() <= other.begin() && other.end() <= end();
  }

  /** Whether the two spans share at least one character. */
  public final boolean overlaps(Span other) {
    return begin() < other.end() && other.begin() < end();
  }

  /** The smallest span covering both this span and {@code other}. */
  public final Span union(Span other) {
    return of(Math.min(begin(), other.begin()), Math.max(end(), other.end()));
  }

  @Override
  public final int compareTo(Span other) {
    return ORDER.compare(this, other);
  }

  /** Returns the span as {@code [begin, end)}. */
  @Override
  public final String toString() {
    return "[" + begin() + ", " + end() + ")";
  }
}
