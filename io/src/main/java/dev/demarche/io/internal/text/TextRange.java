package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range {@code [begin, end)} of {@code char} offsets into a text.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 *
 * @param begin the first offset in the range, at least 0
 * @param end the offset just past the range, at least {@code begin}
 */
public record TextRange(int begin, int end) {

  /**
   * @throws IllegalArgumentException if {@code begin} is negative or {@code end} is before {@code
   *     begin}
   */
  public TextRange {
    checkArgument(begin >= 0, "range begin (%s) is negative", begin);
    checkArgument(begin <= end, "range end (%s) before begin (%s)", end, begin);
  }

  /** Same as the constructor, in the java.time idiom. */
  public static TextRange of(int begin, int end) {
    return new TextRange(begin, end);
  }

  /** The number of {@code char}s in the range. */
  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** Whether {@code offset} lies in {@code [begin, end)}. */
  public boolean contains(int offset) {
    return offset >= begin && offset < end;
  }

  /** Whether {@code other} lies wholly inside this range (an empty range at either end counts). */
  public boolean encloses(TextRange other) {
    checkNotNull(other, "other");
    return other.begin >= begin && other.end <= end;
  }

  /** Whether the two ranges share at least one {@code char}. */
  public boolean overlaps(TextRange other) {
    checkNotNull(other, "other");
    return other.begin < end && begin < other.end;
  }

  /**
   * The characters of {@code source} in this range.
   *
   * @throws IllegalArgumentException if the range ends past the end of {@code source}
   */
  public String text(CharSequence source) {
    checkNotNull(source, "source");
    checkArgument(
        end <= source.length(), "range %s ends past the text's length %s", this, source.length());
    return source.subSequence(begin, end).toString();
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
