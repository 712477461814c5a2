package dev.demarche.io.internal.text;

/**
 * Character classes shared by the segmenter and the quote scanner, so that both agree on what is
 * a space and where a paragraph breaks.
 *
 * <p>Internal: may change without notice. Stateless and thread-safe.
 */
final class CharClasses {

  private CharClasses() {}

  /**
   * Whitespace in the wide sense: besides Java's whitespace, the no-break spaces that newswire
   * feeds copy from HTML, and the invisible zero-width space and byte-order mark, which would
   * otherwise count as words.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF';
  }

  /** Line ends of any platform, and the Unicode line and paragraph separators. */
  static boolean isParagraphBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  /** Punctuation after which a quotation mark opens rather than closes: brackets and dashes. */
  static boolean isOpeningPunctuation(char c) {
    switch (c) {
      case '(':
      case '[':
      case '{':
      case '\u00AB': // «
      case '\u2014': // em dash
      case '\u2013': // en dash
        return true;
      default:
        return false;
    }
  }

  /** Punctuation that ends a phrase, and so never follows an opening quotation mark. */
  static boolean isClosingPunctuation(char c) {
    switch (c) {
      case ',':
      case '.':
      case ';':
      case ':':
      case '!':
      case '?':
      case ')':
      case ']':
      case '}':
      case '\u00BB': // »
        return true;
      default:
        return false;
    }
  }

  static boolean isDoubleQuoteMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  static boolean isSingleQuoteMark(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019';
  }
}
