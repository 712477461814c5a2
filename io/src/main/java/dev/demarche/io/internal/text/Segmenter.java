package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits an article into paragraphs and sentences, with the conventions of English newswire.
 *
 * <p>Paragraphs are the non-blank lines of the text (any of {@code \n}, {@code \r\n}, {@code \r}
 * and the Unicode line and paragraph separators ends a line), trimmed of whitespace. A paragraph
 * boundary always ends a sentence. Inside a paragraph a sentence ends after a run of {@code .},
 * {@code ?}, {@code !} or {@code …} and any closing quotation marks or brackets that follow it,
 * when whitespace and then a capitalised word (or a number, or an opening quotation mark before
 * either) come next, subject to these rules:
 *
 * <table>
 *   <caption>When a candidate boundary is taken</caption>
 *   <tr><th>what ends before the space</th><th>boundary when the next word</th><th>example kept whole</th></tr>
 *   <tr><td>{@code ?} or {@code !}</td><td>is capitalised or a number, unless a closing quote,
 *       capitalised words and a reporting verb follow</td><td>"Why?" Rice asked.</td></tr>
 *   <tr><td>an ellipsis ({@code ...} or {@code …})</td><td>is capitalised</td><td>He waited... and
 *       left.</td></tr>
 *   <tr><td>a period followed by a closing quote or bracket</td><td>is capitalised or a
 *       number</td><td></td></tr>
 *   <tr><td>a {@linkplain Abbreviations.Kind#TITLE title} (Mr., Gen.)</td><td>never</td><td>Gen.
 *       Mark Milley</td></tr>
 *   <tr><td>a {@linkplain Abbreviations.Kind#BEFORE_NUMBER before-number} abbreviation (No.)</td>
 *       <td>is not a number</td><td>No. 10 Downing Street</td></tr>
 *   <tr><td>a {@linkplain Abbreviations.Kind#GENERAL general} abbreviation (Inc., Oct.), an
 *       initialism (U.S., Ph.D.) or a capital initial (W.)</td><td>is a typical sentence starter
 *       (The, He, In, But...) and not another initial, or, after a lone capital that follows a word in lower
 *       case, opens a quotation</td><td>U.S. Secretary of State; George W. Bush; Oct. 5; wrote on X. "Please
 *       …"</td></tr>
 *   <tr><td>a time of day (a.m., p.m.)</td><td>is capitalised and no day, month or zone</td>
 *       <td>10 a.m. Monday; 9 p.m. EST</td></tr>
 *   <tr><td>any other word</td><td>is capitalised or a number</td><td></td></tr>
 * </table>
 *
 * <p>A lower-case next word never starts a sentence, which keeps {@code "Why?" she asked.} and
 * {@code U.S. officials} whole. Decimals, money and initialisms have no space after their periods
 * and so are never candidates ({@code 3.5}, {@code $1.2bn}, {@code U.S.-led}).
 *
 * <p>Runs in time linear in the length of the text: every candidate looks at most a bounded
 * number of characters behind and ahead of itself.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe; {@link #standard()} is shared.
 */
public final class Segmenter {

  /**
   * The most characters a sentence may have. A longer run with no sentence end (a list that goes on,
   * text without punctuation) is cut into sentences of at most this length, so that no rule that looks
   * across a sentence can make the work grow faster than the text. News sentences seldom pass 500.
   */
  public static final int MAX_SENTENCE_LENGTH = 1_000;

  // Longer than any abbreviation or initialism worth recognising; bounds the look-behind.
  private static final int MAX_TOKEN = 32;
  // Opening marks skipped before the next word ("U.S. (The ...", "U.S. "‘We ...").
  private static final int MAX_OPENERS = 3;
  // Longest word looked up in the word lists; bounds the look-ahead.
  private static final int MAX_WORD = 24;
  // Capitalised words allowed between a quotation and its reporting verb ("Foreign Minister Wang
  // Yi asked").
  private static final int MAX_NAME_WORDS = 8;

  // Lower-case words inside titles and names: "Secretary of State", "Minister of the
  // Interior", "Ursula von der Leyen", "Ibrahim al Jaafari". Grammar, not data, so kept here.
  private static final ImmutableSet<String> NAME_PARTICLES =
      ImmutableSet.of("of", "the", "for", "and", "de", "del", "della", "da", "do", "dos", "du",
          "la", "le", "van", "von", "der", "den", "al", "el", "bin", "ibn");

  private static final Segmenter STANDARD =
      new Segmenter(
          Abbreviations.standard(),
          WordLists.lowerCaseWords(WordLists.entryLines("sentence-starters.txt")),
          WordLists.lowerCaseWords(WordLists.entryLines("speech-verbs.txt")));

  private enum TokenKind {
    ORDINARY,
    TITLE,
    BEFORE_NUMBER,
    GENERAL,
    /** "a.m." and "p.m.": a time of day, after which a capitalised word opens a sentence unless it dates it. */
    TIME_OF_DAY
  }

  /** Words after "a.m." or "p.m." that go on with the time: a day, a month, a zone ("10 a.m. Monday", "EST"). */
  private static final ImmutableSet<String> TIME_FOLLOWERS = ImmutableSet.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "local", "eastern", "central", "pacific", "mountain", "today",
      "tomorrow", "yesterday", "tonight");

  private final Abbreviations abbreviations;
  private final ImmutableSet<String> sentenceStarters;
  private final ImmutableSet<String> speechVerbs;

  private Segmenter(
      Abbreviations abbreviations,
      ImmutableSet<String> sentenceStarters,
      ImmutableSet<String> speechVerbs) {
    this.abbreviations = abbreviations;
    this.sentenceStarters = sentenceStarters;
    this.speechVerbs = speechVerbs;
  }

  /**
   * The segmenter with the bundled rule files: {@code abbreviations.txt}, {@code
   * sentence-starters.txt} and {@code speech-verbs.txt}.
   */
  public static Segmenter standard() {
    return STANDARD;
  }

  /** A segmenter that also knows {@code more}; its entries win over the current ones. */
  public Segmenter withAbbreviations(Abbreviations more) {
    checkNotNull(more, "more");
    return new Segmenter(abbreviations.plus(more), sentenceStarters, speechVerbs);
  }

  /**
   * A segmenter that also takes these words (matched ignoring case) as sentence starters after an
   * abbreviation.
   *
   * @throws IllegalArgumentException if a word is not a single word of letters
   */
  public Segmenter withSentenceStarters(Iterable<String> words) {
    checkNotNull(words, "words");
    ImmutableSet<String> more =
        ImmutableSet.<String>builder()
            .addAll(sentenceStarters)
            .addAll(WordLists.lowerCaseWords(words))
            .build();
    return new Segmenter(abbreviations, more, speechVerbs);
  }

  public Abbreviations abbreviations() {
    return abbreviations;
  }

  /** The sentence starters, lower-cased. */
  public ImmutableSet<String> sentenceStarters() {
    return sentenceStarters;
  }

  /** The paragraphs and sentences of {@code text}. */
  public Segmentation segment(String text) {
    checkNotNull(text, "text");
    ImmutableList<TextRange> paragraphs = paragraphs(text);
    ImmutableList.Builder<TextRange> sentences = ImmutableList.builder();
    ImmutableList.Builder<Integer> forced = ImmutableList.builder();
    for (TextRange paragraph : paragraphs) {
      splitParagraph(text, paragraph.begin(), paragraph.end(), sentences, forced);
    }
    return new Segmentation(paragraphs, sentences.build(), forced.build());
  }

  /**
   * The non-blank lines of {@code text}, trimmed of whitespace, in text order. Independent of any
   * rule file, so the quote scanner can share it.
   */
  public static ImmutableList<TextRange> paragraphs(String text) {
    checkNotNull(text, "text");
    ImmutableList.Builder<TextRange> out = ImmutableList.builder();
    int length = text.length();
    int lineBegin = 0;
    while (lineBegin < length) {
      int lineEnd = lineBegin;
      while (lineEnd < length && !CharClasses.isParagraphBreak(text.charAt(lineEnd))) {
        lineEnd++;
      }
      addTrimmed(text, lineBegin, lineEnd, out);
      lineBegin = lineEnd + 1;
    }
    return out.build();
  }

  private static void addTrimmed(
      String text, int begin, int end, ImmutableList.Builder<TextRange> out) {
    while (begin < end && CharClasses.isSpace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && CharClasses.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (begin < end) {
      out.add(new TextRange(begin, end));
    }
  }

  private void splitParagraph(String text, int begin, int end, ImmutableList.Builder<TextRange> out,
      ImmutableList.Builder<Integer> forced) {
    int sentenceBegin = begin;
    int i = begin;
    while (i < end) {
      if (!isTerminator(text.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < end && isTerminator(text.charAt(runEnd))) {
        runEnd++;
      }
      int closersEnd = runEnd;
      while (closersEnd < end && isCloser(text.charAt(closersEnd))) {
        closersEnd++;
      }
      if (endsSentence(text, begin, end, i, runEnd, closersEnd)) {
        addSentence(text, sentenceBegin, closersEnd, out, forced);
        sentenceBegin = closersEnd;
      }
      i = closersEnd;
    }
    addSentence(text, sentenceBegin, end, out, forced);
  }

  /**
   * Adds the sentence from {@code begin} to {@code end}, trimmed; one longer than {@link
   * #MAX_SENTENCE_LENGTH} is cut into pieces no longer than that, each at the last space of its
   * second half where there is one, and each cut is recorded in {@code forced}.
   */
  private static void addSentence(String text, int begin, int end, ImmutableList.Builder<TextRange> out,
      ImmutableList.Builder<Integer> forced) {
    while (begin < end && CharClasses.isSpace(text.charAt(begin))) {
      begin++;
    }
    while (end - begin > MAX_SENTENCE_LENGTH) {
      int cut = begin + MAX_SENTENCE_LENGTH;
      int space = cut;
      while (space > begin + MAX_SENTENCE_LENGTH / 2 && !CharClasses.isSpace(text.charAt(space))) {
        space--;
      }
      if (CharClasses.isSpace(text.charAt(space))) {
        cut = space;
      } else if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      addTrimmed(text, begin, cut, out);
      forced.add(cut);
      begin = cut;
      while (begin < end && CharClasses.isSpace(text.charAt(begin))) {
        begin++;
      }
    }
    addTrimmed(text, begin, end, out);
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return CharClasses.isDoubleQuoteMark(c) && c != '\u201C' && c != '\u201E'
        || c == '\'' || c == '\u2019'
        || c == ')' || c == ']' || c == '}' || c == '\u00BB';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\u201C' || c == '\u201E' || c == '\'' || c == '\u2018'
        || c == '(' || c == '[' || c == '{' || c == '\u00AB';
  }

  /** Whether the terminators {@code [runBegin, runEnd)} are an ellipsis: "...", "…"; not "[.]". */
  private static boolean isEllipsis(String text, int runBegin, int runEnd) {
    return runEnd - runBegin > 1 || text.charAt(runBegin) == '\u2026';
  }

  /** The longest text in an editor's brackets at a sentence's start that is looked past: "[...]", "[but]". */
  private static final int MAX_BRACKETED = 15;

  /**
   * Whether the terminator run {@code [runBegin, runEnd)}, followed by closing marks up to {@code
   * closersEnd}, ends a sentence. The paragraph is {@code [begin, end)} and trimmed, so a space
   * after the closers is always followed by a non-space inside it.
   */
  private boolean endsSentence(
      String text, int begin, int end, int runBegin, int runEnd, int closersEnd) {
    // The paragraph end closes the last sentence anyway; no space means a decimal, an initialism
    // or a domain name; "[...]" marks words left out, not an end.
    if (closersEnd >= end || !CharClasses.isSpace(text.charAt(closersEnd))
        || runBegin > begin && isEllipsis(text, runBegin, runEnd) && (text.charAt(runBegin - 1) == '['
            // '"… Rather': an ellipsis that opens a quotation
            || isOpener(text.charAt(runBegin - 1)) && closersEnd == runEnd
                && (runBegin - 1 == begin || CharClasses.isSpace(text.charAt(runBegin - 2))))) {
      return false;
    }
    int next = closersEnd;
    while (CharClasses.isSpace(text.charAt(next))) {
      next++;
    }
    int word = next;
    while (word < end && word - next < MAX_OPENERS && isOpener(text.charAt(word))) {
      word++;
    }
    if (word >= end) {
      return false;
    }
    // an editor's brackets or an ellipsis opening a quotation: "[...] Rather", "[h]is venture",
    // "… Rather"
    boolean bracketedLetter = false;
    int opened = word;
    if (word > next && text.charAt(word - 1) == '[') {
      int close = text.indexOf(']', word);
      if (close > word && close - word <= MAX_BRACKETED) {
        // "[h]is", "[It] cannot", "[The minister] has": the bracket holds the sentence's first word;
        // "[...] Rather": the word after the bracket is
        char inside = text.charAt(word);
        bracketedLetter = close - word == 1 && Character.isLetter(inside) || Character.isUpperCase(inside);
        if (!bracketedLetter) {
          word = close + 1;
        }
      }
    }
    while (word > next && word < end && (text.charAt(word) == '.' || text.charAt(word) == '\u2026')) {
      word++;
    }
    while (word > opened && word < end && CharClasses.isSpace(text.charAt(word))) {
      word++;
    }
    if (word >= end) {
      return false;
    }
    char first = text.charAt(word);
    boolean capital = bracketedLetter || Character.isLetter(first) && !Character.isLowerCase(first);
    boolean numeric =
        Character.isDigit(first) || Character.getType(first) == Character.CURRENCY_SYMBOL;
    if (!capital && !numeric) {
      return false;
    }
    boolean questionOrExclamation = false;
    boolean ellipsis = runEnd - runBegin > 1;
    for (int k = runBegin; k < runEnd; k++) {
      char c = text.charAt(k);
      questionOrExclamation |= c == '?' || c == '!';
      ellipsis |= c == '\u2026';
    }
    boolean closed = closersEnd > runEnd;
    if (questionOrExclamation) {
      return !(closed && capital && followedByReportingVerb(text, word, end));
    }
    if (ellipsis) {
      return capital;
    }
    if (closed) {
      return true;
    }
    switch (classifyTokenBefore(text, begin, runBegin)) {
      case TITLE:
        return false;
      case BEFORE_NUMBER:
        return !numeric;
      case GENERAL:
        return capital && (isSentenceStarter(text, word, end)
            || word > next && platformLetterBefore(text, begin, runBegin));
      case TIME_OF_DAY:
        return capital && !datesTime(text, word, end);
      default:
        return true;
    }
  }

  /**
   * Whether the period at {@code period} follows a lone capital letter after a word in lower case, as in
   * "wrote on X.": no initial of a name, so a quotation opening after it opens a sentence.
   */
  private static boolean platformLetterBefore(String text, int paragraphBegin, int period) {
    int letter = period - 1;
    if (letter - 2 < paragraphBegin || !Character.isUpperCase(text.charAt(letter))
        || !CharClasses.isSpace(text.charAt(letter - 1))) {
      return false;
    }
    int word = letter - 2;
    while (word > paragraphBegin && word > letter - MAX_WORD && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    return Character.isLowerCase(text.charAt(word));
  }

  /**
   * Whether the word at {@code at}, after "a.m." or "p.m.", goes on with the time: a day, a month, a zone
   * in capitals ("EST", "GMT") or a place's time ("Tokyo time").
   */
  private boolean datesTime(String text, int at, int end) {
    int wordEnd = wordEnd(text, at, end);
    if (wordEnd < 0) {
      return true;
    }
    String word = text.substring(at, wordEnd);
    boolean zone = word.length() >= 2 && word.length() <= 4 && word.chars().allMatch(Character::isUpperCase);
    return zone || placeTime(text, wordEnd, end) || TIME_FOLLOWERS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether " time" follows the capitalised word ending at {@code wordEnd}, up to two more capitalised words
   * on: "3:42 a.m. Tokyo time", "9:30 a.m. Hong Kong time", "5 p.m. New York time".
   */
  private static boolean placeTime(String text, int wordEnd, int end) {
    int at = wordEnd;
    for (int words = 0; words < 3 && at < end; words++) {
      if (text.startsWith(" time", at) && (at + 5 == end || !Character.isLetter(text.charAt(at + 5)))) {
        return true;
      }
      if (at + 1 >= end || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) {
        return false;
      }
      at = wordEnd(text, at + 1, end);
      if (at < 0) {
        return false;
      }
    }
    return false;
  }

  /** Classifies the word that ends with the period at {@code period}. */
  private TokenKind classifyTokenBefore(String text, int paragraphBegin, int period) {
    int floor = Math.max(paragraphBegin, period - MAX_TOKEN);
    int start = period;
    while (start > floor && !CharClasses.isSpace(text.charAt(start - 1))) {
      start--;
    }
    if (start == floor && start > paragraphBegin && !CharClasses.isSpace(text.charAt(start - 1))) {
      return TokenKind.ORDINARY;
    }
    // Opening brackets and quotes belong to the sentence, not to the abbreviation: "(Oct. 5)".
    while (start < period && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    if (start == period) {
      return TokenKind.ORDINARY;
    }
    String token = text.substring(start, period + 1);
    Optional<Abbreviations.Kind> listed = abbreviations.kindOf(token);
    int hyphen = token.lastIndexOf('-');
    if (listed.isEmpty() && hyphen >= 0) {
      // "ex-Gen. Smith", "then-Sen. Obama"
      listed = abbreviations.kindOf(token.substring(hyphen + 1));
    }
    if (token.equalsIgnoreCase("a.m.") || token.equalsIgnoreCase("p.m.")) {
      return TokenKind.TIME_OF_DAY;
    }
    if (listed.isPresent()) {
      switch (listed.get()) {
        case TITLE:
          return TokenKind.TITLE;
        case BEFORE_NUMBER:
          return TokenKind.BEFORE_NUMBER;
        default:
          return TokenKind.GENERAL;
      }
    }
    if (token.length() == 2 && Character.isUpperCase(token.charAt(0))) {
      return TokenKind.GENERAL; // an initial, as in "George W. Bush"
    }
    return isInitialism(token) ? TokenKind.GENERAL : TokenKind.ORDINARY;
  }

  /** Groups of one to three letters each followed by a period, at least two: U.S., Ph.D., p.m. */
  private static boolean isInitialism(String token) {
    int groups = 0;
    int letters = 0;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isLetter(c)) {
        if (++letters > 3) {
          return false;
        }
      } else if (c == '.' && letters > 0) {
        groups++;
        letters = 0;
      } else {
        return false;
      }
    }
    return groups >= 2;
  }

  /** Whether the word at {@code at} is a listed sentence starter and not an initial ("J. A. Smith"). */
  private boolean isSentenceStarter(String text, int at, int end) {
    int wordEnd = wordEnd(text, at, end);
    if (wordEnd < 0) {
      return false;
    }
    if (wordEnd - at == 1 && wordEnd < end && text.charAt(wordEnd) == '.') {
      return false;
    }
    return sentenceStarters.contains(text.substring(at, wordEnd).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether capitalised words and then a reporting verb follow {@code at}: {@code "Why?" Rice
   * asked}, where the question is part of the sentence that attributes it.
   */
  private boolean followedByReportingVerb(String text, int at, int end) {
    int position = at;
    for (int words = 0; words <= MAX_NAME_WORDS && position < end; words++) {
      char first = text.charAt(position);
      if (Character.isLowerCase(first)) {
        int wordEnd = wordEnd(text, position, end);
        if (wordEnd < 0) {
          return false;
        }
        String word = text.substring(position, wordEnd);
        if (!NAME_PARTICLES.contains(word)) {
          return speechVerbs.contains(word.toLowerCase(Locale.ROOT));
        }
        if (wordEnd >= end || !CharClasses.isSpace(text.charAt(wordEnd))) {
          return false;
        }
        position = wordEnd + 1;
        continue;
      }
      if (!Character.isLetter(first)) {
        return false;
      }
      // Names carry periods, hyphens and apostrophes ("J.K.", "Al-Assad", "O'Brien"), but any
      // other mark, a comma included, ends the phrase before a verb could follow.
      int nameEnd = position;
      while (nameEnd < end && nameEnd - position <= MAX_WORD && isNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      if (nameEnd >= end || !CharClasses.isSpace(text.charAt(nameEnd))) {
        return false;
      }
      position = nameEnd + 1;
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019';
  }

  /** The end of the run of letters starting at {@code at}, or -1 if it is empty or too long. */
  private static int wordEnd(String text, int at, int end) {
    int k = at;
    while (k < end && k - at <= MAX_WORD && Character.isLetter(text.charAt(k))) {
      k++;
    }
    return k == at || k - at > MAX_WORD ? -1 : k;
  }
}
