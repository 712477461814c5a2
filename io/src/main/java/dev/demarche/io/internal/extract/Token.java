package dev.demarche.io.internal.extract;

/**
 * One token of an article: a word, a number, a run of CJK characters, a quote mark or another
 * punctuation mark, with its offsets. Immutable and thread-safe.
 */
final class Token {
  /** What a token is. */
  enum Kind {
    WORD,
    NUMBER,
    CJK,
    QUOTE,
    PUNCT
  }

  final int begin;
  final int end;
  final String text;
  final Kind kind;
  /** The index of this token in its article's token list. */
  final int index;
  /** The hash of {@link #text}, as {@link String#hashCode} gives it, without reading the string. */
  final int hash;
  /** What the lexicons know of the word, set once by the analyzer of the article. */
  Lexeme lexeme = Lexeme.NONE;
  /**
   * For an article's first token: how many tokens a dateline that lost its dash spans ("BERLIN France's foreign
   * minister …"), set once by the analyzer of the article; 0 for none.
   */
  int bareDateline;

  /** Whether the token is a word starting with an upper-case letter; computed once, read often. */
  private final boolean capitalized;
  /** Whether the token is a word starting with a lower-case letter. */
  private final boolean lowerCase;

  Token(int begin, int end, String text, Kind kind, int index) {
    this(begin, end, text, text.hashCode(), text.isEmpty() ? 0 : text.charAt(0), kind, index);
  }

  /** A token whose text's hash, {@code hash}, and first character, {@code first}, the caller has at hand. */
  Token(int begin, int end, String text, int hash, char first, Kind kind, int index) {
    this.begin = begin;
    this.end = end;
    this.text = text;
    this.hash = hash;
    this.kind = kind;
    this.index = index;
    char c = kind == Kind.WORD ? first : 0;
    if (c < 0x80) {
      // the common case, without the Unicode tables
      this.capitalized = c >= 'A' && c <= 'Z';
      this.lowerCase = c >= 'a' && c <= 'z';
    } else {
      int point = text.codePointAt(0);
      this.capitalized = Character.isUpperCase(point);
      this.lowerCase = Character.isLowerCase(point);
    }
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether the token is a word starting with an upper-case letter. */
  boolean isCapitalized() {
    return capitalized;
  }

  /** Whether the token is a word in lower case. */
  boolean isLowerCase() {
    return lowerCase;
  }

  /** Whether the token is a word of two letters or more, all of them capitals: "BEIJING", "US", "U.S.". */
  boolean isAllCaps() {
    if (kind != Kind.WORD || text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is a year of the last two centuries: "a 2015 court decision". */
  boolean isYear() {
    return kind == Kind.NUMBER && text.length() == 4 && (text.startsWith("19") || text.startsWith("20"));
  }

  /** The words of small numbers and of multiples: "two", "Three", "hundreds", "million". */
  private static final WordSet COUNT_WORDS = WordSet.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "Eleven", "Twelve", "Thirteen",
      "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty",
      "Sixty", "Seventy", "Eighty", "Ninety",
      "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens");

  /** Whether the token is a number, in figures or in words: "100", "two", "million". */
  boolean isCount() {
    return kind == Kind.NUMBER || COUNT_WORDS.has(this);
  }

  /**
   * Whether the token's text is {@code s}, which must be interned, as every string literal is. A
   * word the lexeme table knows has the table's interned string, so it equals an interned string
   * only by being the same one, which saves reading either string. With assertions on, a string
   * that is not interned fails here whenever the answer would be wrong, at the cost of one comparison.
   */
  boolean is(String s) {
    boolean is = text == s || lexeme == Lexeme.NONE && text.equals(s);
    assert is == text.equals(s) : s;
    return is;
  }

  boolean isPunct(char c) {
    return (kind == Kind.PUNCT || kind == Kind.QUOTE) && text.length() == 1 && text.charAt(0) == c;
  }

  @Override
  public String toString() {
    return text + "@" + begin;
  }
}
