package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A quotation mark that {@link QuoteScanner} could not pair. Bad punctuation in the input is data,
 * reported here, never thrown.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 *
 * @param kind what is wrong
 * @param offset the offset of the offending mark
 * @param message a short description for people, quoting the mark
 */
public record QuoteProblem(Kind kind, int offset, String message) {

  /** What is wrong with a quotation mark. */
  public enum Kind {
    /**
     * A double opening mark with no closing mark before the end of its paragraph (or of the last
     * paragraph it continues into) or the next opening mark of the same kind; the quotation is
     * still reported, with {@link Quote#closed()} false.
     */
    UNCLOSED_QUOTE,
    /**
     * A single opening mark that is never closed. More often an apostrophe at the start of a word
     * ('em, 'tis) than a quotation, so no quotation is reported.
     */
    UNCLOSED_SINGLE_QUOTE,
    /** A double closing mark with no open quotation to close. */
    UNMATCHED_CLOSING_QUOTE
  }

  /** @throws IllegalArgumentException if {@code offset} is negative */
  public QuoteProblem {
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
    checkArgument(offset >= 0, "problem offset (%s) is negative", offset);
  }
}
