package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One quotation found by {@link QuoteScanner}.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 *
 * @param outer the quotation with its marks: from the opening mark to just past the closing mark,
 *     or, when {@code closed} is false, to the last non-space character before the point where
 *     the scanner gave up (the paragraph end, or the next opening mark of the same kind)
 * @param inner the content between the marks, trimmed of whitespace; may be empty
 * @param style the kind of the opening mark
 * @param depth how many reported quotations enclose this one: 0 for one standing on its own, 1 for
 *     one nested in another (rarely 2, for a nested double inside a nested double)
 * @param closed false when no closing mark was found and the scanner closed the quotation itself
 * @param paragraphContinued true when the quotation runs over several paragraphs by the newswire
 *     convention (a paragraph ends with the quotation open and the next opens with a new opening
 *     mark); {@code inner} then includes the paragraph breaks and the intermediate opening marks
 */
public record Quote(
    TextRange outer, TextRange inner, Style style, int depth, boolean closed, boolean paragraphContinued) {

  /** The kind of quotation mark that opened a quotation. */
  public enum Style {
    /** {@code "..."} */
    STRAIGHT,
    /** {@code “...”} (or the low opening mark {@code „}) */
    CURLY,
    /** {@code '...'} */
    SINGLE_STRAIGHT,
    /** {@code ‘...’} */
    SINGLE_CURLY;

    public boolean isSingle() {
      return this == SINGLE_STRAIGHT || this == SINGLE_CURLY;
    }
  }

  /**
   * @throws IllegalArgumentException if {@code inner} is not inside {@code outer} or {@code depth}
   *     is negative
   */
  public Quote {
    checkNotNull(outer, "outer");
    checkNotNull(inner, "inner");
    checkNotNull(style, "style");
    checkArgument(outer.encloses(inner), "quote inner %s is not inside outer %s", inner, outer);
    checkArgument(depth >= 0, "quote depth (%s) is negative", depth);
  }
}
