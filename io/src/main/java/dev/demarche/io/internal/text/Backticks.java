package dev.demarche.io.internal.text;

/**
 * The text of an article that writes its quotation marks the old wire way, two backticks to open and two apostrophes
 * to close (``The talks go on,'' she said; some close with two backticks too), as a copy of the same length with typographic marks in their place, so
 * that every offset into the copy is the same offset into the original. Stateless and thread-safe.
 */
public final class Backticks {
  private Backticks() {}

  /**
   * {@code [begin, end)} of {@code normalized}, grown over the other half of a pair of marks at either edge, so that the
   * same stretch of {@code written} holds whole marks: {@code ``baseless''}, not {@code `baseless'}.
   */
  public static TextRange whole(String written, String normalized, int begin, int end) {
    if (written == normalized) {
      return new TextRange(begin, end);
    }
    if (begin > 0 && begin < end && normalized.charAt(begin) == '“' && written.charAt(begin) != '“') {
      begin--;
    }
    if (end < written.length() && end > begin && normalized.charAt(end - 1) == '”' && written.charAt(end - 1) != '”') {
      end++;
    }
    return new TextRange(begin, end);
  }

  /** Marks after which a pair opens a quotation: brackets, a colon, dashes. */
  private static final String OPENERS = "([:-—–";

  /**
   * {@code text} with each {@code ``} or {@code ''} written as a space and an opening mark after a space, a bracket,
   * a colon, a dash or the start, else as a closing mark and a space (some wires close with {@code ``} too), and a
   * backtick between two letters as an apostrophe ({@code we`re}); {@code text} itself when it holds no {@code ``},
   * whose {@code ''} may be anything else.
   */
  public static String normalize(String text) {
    if (text.indexOf("``") < 0) {
      return text;
    }
    char[] cs = text.toCharArray();
    for (int i = 0; i + 1 < cs.length; i++) {
      if (cs[i] == '`' && cs[i + 1] == '`' || cs[i] == '\'' && cs[i + 1] == '\'') {
        // either pair opens after a space or a bracket and closes after anything else: some wires close with ``
        boolean opens = i == 0 || Character.isWhitespace(cs[i - 1]) || OPENERS.indexOf(cs[i - 1]) >= 0;
        // the mark next to the words it stands by, as typographic marks are
        cs[i] = opens ? ' ' : '”';
        cs[i + 1] = opens ? '“' : ' ';
        i++;
      } else if (cs[i] == '`' && i > 0 && Character.isLetter(cs[i - 1]) && Character.isLetter(cs[i + 1])) {
        cs[i] = '’';
      }
    }
    return new String(cs);
  }
}
