package dev.demarche.io.internal.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token tokens} in one pass, in time linear in its length.
 *
 * <p>Words keep inner hyphens and apostrophes ({@code city-state}, {@code don't}) and the dots of
 * dotted abbreviations ({@code U.S.}, {@code D.C.}); a possessive {@code 's} or {@code ’s} is a token
 * of its own so that {@code China's} yields {@code China}. A final dot after a plain word is a
 * separate token, so {@code Oct.} is {@code Oct} and {@code .}, as gazetteer entries are tokenized
 * the same way. Runs of CJK characters form one token. Stateless and thread-safe.
 */
final class Tokenizer {
  private Tokenizer() {}

  /** The one-character strings of ASCII, shared by every punctuation token. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c).intern();
    }
  }

  static List<Token> tokenize(String text) {
    return tokenize(text, null);
  }

  /**
   * The tokens of {@code text}; with a {@code table}, each word the lexicons know is given its
   * lexeme, and the table's string for its text.
   */
  static List<Token> tokenize(String text, LexemeTable table) {
    // news text has a token every four or five characters: room for one every three, grown seldom
    List<Token> tokens = new ArrayList<>(text.length() / 3 + 4);
    // the characters as an array: read once each, without a String's checks
    char[] cs = text.toCharArray();
    int n = cs.length;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isCjk(c)) {
        while (i < n && isCjk(cs[i])) {
          i++;
        }
        add(tokens, table, text, cs, start, i, Token.Kind.CJK);
      } else if (Character.isLetter(c) || Character.isDigit(c) || Character.isSurrogate(c)) {
        boolean digitsOnly = true;
        // the word's hash, as String.hashCode computes it, for the lexicon lookup
        int hash = 0;
        while (i < n) {
          char d = cs[i];
          if (d < 0x80) {
            // the common case, without the Unicode tables
            if (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z') {
              digitsOnly = false;
              hash = 31 * hash + d;
              i++;
              continue;
            }
            if (d >= '0' && d <= '9') {
              hash = 31 * hash + d;
              i++;
              continue;
            }
          }
          if (d >= 0x80 && (Character.isLetterOrDigit(d) || Character.isSurrogate(d) || isCombining(d))) {
            digitsOnly &= Character.isDigit(d);
            hash = 31 * hash + d;
            i++;
          } else if ((d == '-' || d == '&') && i + 1 < n && Character.isLetterOrDigit(cs[i + 1])) {
            digitsOnly = false;
            hash = 31 * hash + d;
            i++;
          } else if ((d == '.' || d == ',') && digitsOnly && i + 1 < n && Character.isDigit(cs[i + 1])) {
            hash = 31 * hash + d;
            i++;
          } else if (d == '.' && isDottedAbbreviation(cs, start, i)) {
            hash = 31 * hash + d;
            i++;
            digitsOnly = false;
          } else if ((d == '\'' || d == '’') && i + 1 < n && Character.isLetter(cs[i + 1])
              && !isPossessive(cs, i)) {
            digitsOnly = false;
            hash = 31 * hash + d;
            i++;
          } else {
            break;
          }
        }
        add(tokens, table, text, cs, start, i, hash, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD);
        if (i < n && isPossessive(cs, i)) {
          add(tokens, table, text, cs, i, i + 2, Token.Kind.WORD);
          i += 2;
        }
      } else {
        i++;
        add(tokens, table, text, cs, start, i, isQuote(c) ? Token.Kind.QUOTE : Token.Kind.PUNCT);
      }
    }
    return tokens;
  }

  private static void add(
      List<Token> tokens, LexemeTable table, String text, char[] cs, int begin, int end, Token.Kind kind) {
    add(tokens, table, text, cs, begin, end, LexemeTable.hash(cs, begin, end), kind);
  }

  /** Adds the token {@code cs[begin, end)}, whose hash is {@code hash}. */
  private static void add(List<Token> tokens, LexemeTable table, String text, char[] cs, int begin, int end,
      int hash, Token.Kind kind) {
    int entry = table == null ? -1 : table.find(cs, begin, end, hash);
    if (entry < 0) {
      char c = cs[begin];
      String word = end - begin == 1 && c < ONE_CHAR.length ? ONE_CHAR[c] : text.substring(begin, end);
      Token t = new Token(begin, end, word, hash, c, kind, tokens.size());
      t.lexeme = Lexeme.NONE;
      tokens.add(t);
    } else {
      // the first character from the text: the table's string may lie far off in memory
      Token t = new Token(begin, end, table.key(entry), hash, cs[begin], kind, tokens.size());
      t.lexeme = table.value(entry);
      tokens.add(t);
    }
  }

  /** Whether the apostrophe at {@code i} starts a possessive {@code 's} ending there. */
  private static boolean isPossessive(char[] text, int i) {
    char a = text[i];
    if ((a != '\'' && a != '’') || i + 1 >= text.length) {
      return false;
    }
    char s = text[i + 1];
    return (s == 's' || s == 'S')
        && (i + 2 >= text.length || !Character.isLetterOrDigit(text[i + 2]));
  }

  /** Whether the dot at {@code dot} belongs to a dotted abbreviation such as U.S. or D.C. */
  private static boolean isDottedAbbreviation(char[] text, int start, int dot) {
    // single letters separated by dots: U.S., U.S.A., D.C. (the dot follows a single letter)
    if (dot - start < 1 || !Character.isLetter(text[dot - 1])) {
      return false;
    }
    boolean singleLetter = dot - 1 == start || text[dot - 2] == '.';
    if (!singleLetter) {
      return false;
    }
    boolean letterFollows = dot + 2 < text.length && Character.isLetter(text[dot + 1])
        && text[dot + 2] == '.';
    boolean closesAbbreviation = dot - 2 > start && text[dot - 2] == '.';
    return letterFollows || closesAbbreviation;
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '‘' || c == '’' || c == '\''
        || c == '«' || c == '»';
  }

  private static boolean isCombining(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isCjk(char c) {
    if (c < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
