package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.OptionalInt;

/**
 * The paragraphs and sentences of one text, as found by {@link Segmenter}. Both lists are in text
 * order, do not overlap, and are trimmed of whitespace; every sentence lies inside one paragraph.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 *
 * @param paragraphs the non-blank lines of the text
 * @param sentences the sentences of all paragraphs
 * @param forcedBreaks where a run of text longer than {@link Segmenter#MAX_SENTENCE_LENGTH} characters
 *     with no sentence end in it was cut, in text order: the offset of each cut
 */
public record Segmentation(
    ImmutableList<TextRange> paragraphs, ImmutableList<TextRange> sentences, ImmutableList<Integer> forcedBreaks) {

  public Segmentation {
    checkNotNull(paragraphs, "paragraphs");
    checkNotNull(sentences, "sentences");
    checkNotNull(forcedBreaks, "forcedBreaks");
  }

  /** A segmentation with no forced breaks. */
  public Segmentation(ImmutableList<TextRange> paragraphs, ImmutableList<TextRange> sentences) {
    this(paragraphs, sentences, ImmutableList.of());
  }

  /**
   * The index in {@link #paragraphs()} of the paragraph containing {@code offset}, or empty when
   * the offset lies in whitespace between paragraphs or outside the text. O(log n).
   */
  public OptionalInt paragraphIndexOf(int offset) {
    int index = indexContaining(paragraphs, offset);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * The index in {@link #sentences()} of the sentence containing {@code offset}, or empty when the
   * offset lies in whitespace between sentences or outside the text. O(log n).
   */
  public OptionalInt sentenceIndexOf(int offset) {
    int index = indexContaining(sentences, offset);
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  private static int indexContaining(ImmutableList<TextRange> ranges, int offset) {
    int low = 0;
    int high = ranges.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      TextRange range = ranges.get(mid);
      if (offset < range.begin()) {
        high = mid - 1;
      } else if (offset >= range.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
