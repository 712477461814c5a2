package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Comparator.comparingInt;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of an article: straight and curly double quotes, single quotes nested in
 * them or standing alone as scare quotes, quotations continued over paragraphs, and the marks that
 * cannot be paired.
 *
 * <p>How a mark is read:
 *
 * <ul>
 *   <li><b>Double marks.</b> {@code “} and {@code „} open and {@code ”} closes, unless the position
 *       makes that impossible: a {@code ”} with a space before and a word after opens when no
 *       quotation is open, and a {@code “} with a word before and a space after closes an open
 *       one. A straight {@code "} opens after a space, a bracket, a dash or a colon when a
 *       non-space follows; closes after a non-space when a space follows, or after a word when
 *       punctuation follows; otherwise it alternates: it closes an open quotation, or opens one.
 *   <li><b>Single marks</b> ({@code '}, {@code ‘}, {@code ’}) are apostrophes unless their position
 *       says otherwise. One opens only at the start of a paragraph or after a space, bracket, dash
 *       or double mark, and before a letter. One closes only after a non-space and before a space,
 *       punctuation or the paragraph end, and only while a single quotation is the innermost open
 *       one: so "don't", "China's", "the ’90s" and, when nothing is pending, "the officials’ view"
 *       are apostrophes. While one is pending, a plural possessive ({@code s’} before a space) is
 *       only a possible close: a later close wins, and the possible one is taken when the
 *       sentence, the enclosing quotation or the paragraph ends first.
 *   <li><b>Nesting.</b> A quotation of the other kind (double in single or single in double) nests
 *       in the open one. A single opening mark while a single quotation is open, or a double one
 *       while a double one is open, means the open one lost its closing mark: it ends there,
 *       unclosed, and the new one starts; except that a double one nests when the next two double
 *       marks of the paragraph both close ({@code "The "United States" is not holding them."}).
 *   <li><b>Paragraphs.</b> No quotation runs past the end of its paragraph, except by the newswire
 *       convention: when a paragraph ends inside a top-level quotation and the next paragraph opens
 *       with an opening mark of the same kind, the quotation continues there. Otherwise it ends at
 *       the paragraph end: a double one is reported with {@link Quote#closed()} false, a single one
 *       only as a problem.
 * </ul>
 *
 * <p>Runs in time linear in the length of the text, and never throws on any text: at most a few
 * quotations are open at a time, and a look-ahead never passes the second mark after its own.
 *
 * <p>Internal: may change without notice. Stateless and thread-safe.
 */
public final class QuoteScanner {

  private QuoteScanner() {}

  /** The quotations and unpairable marks of {@code text}. */
  public static QuoteScan scan(String text) {
    checkNotNull(text, "text");
    return new Run(text).scan(Segmenter.paragraphs(text));
  }

  private enum Role {
    OPEN,
    CLOSE,
    EITHER
  }

  /** A quotation opened and not finished yet. */
  private static final class Open {
    final int begin;
    final char mark;
    final boolean single;
    // Where its Quote goes in the result, reserved on opening so the result is in text order
    // without sorting.
    final int slot;
    int tentativeClose = -1;
    boolean continued;

    Open(int begin, char mark, boolean single, int slot) {
      this.begin = begin;
      this.mark = mark;
      this.single = single;
      this.slot = slot;
    }

    Quote.Style style() {
      switch (mark) {
        case '"':
          return Quote.Style.STRAIGHT;
        case '\'':
          return Quote.Style.SINGLE_STRAIGHT;
        default:
          return single ? Quote.Style.SINGLE_CURLY : Quote.Style.CURLY;
      }
    }
  }

  /** The mutable state of one scan, confined to the calling thread. */
  private static final class Run {
    private static final String AT_PARAGRAPH_END = "before the end of the paragraph";
    private static final String AT_NEXT_OPENING = "before the next opening mark of its kind";
    private static final String AT_OUTER_CLOSE = "before the quotation around it closes";

    private final String text;
    private final ArrayList<Open> stack = new ArrayList<>(4);
    private final ArrayList<Quote> slots = new ArrayList<>();
    private final ArrayList<QuoteProblem> problems = new ArrayList<>();
    private int omittedProblems;
    private int paragraphBegin;
    private int paragraphEnd;
    /** Whether the quotation open at the paragraph's end goes on into the next without its mark repeated. */
    private boolean unmarkedContinuation;

    Run(String text) {
      this.text = text;
    }

    QuoteScan scan(ImmutableList<TextRange> paragraphs) {
      boolean continuing = false;
      for (int p = 0; p < paragraphs.size(); p++) {
        TextRange paragraph = paragraphs.get(p);
        paragraphBegin = paragraph.begin();
        paragraphEnd = paragraph.end();
        // The opening mark of a continued quotation belongs to it and must not open another.
        boolean markRepeated = continuing && !unmarkedContinuation;
        unmarkedContinuation = false;
        for (int i = markRepeated ? paragraphBegin + 1 : paragraphBegin; i < paragraphEnd; i++) {
          char c = text.charAt(i);
          // most characters are neither a mark nor an end: one look in a table skips them
          if (c < MARKS.length ? MARKS[c] : c >= '\u2018' && c <= '\u2026') {
            step(i);
          }
        }
        continuing = endParagraph(p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null);
      }
      problems.sort(comparingInt(QuoteProblem::offset));
      return new QuoteScan(withDepths(slots), ImmutableList.copyOf(problems), omittedProblems);
    }

    /**
     * The reported quotations with their depth: the number of reported ones around them. Taken
     * from the result rather than from the marks open at the time, because a single opening mark
     * that never closed is read as an apostrophe and must not count as a parent.
     */
    private static ImmutableList<Quote> withDepths(List<Quote> slots) {
      ImmutableList.Builder<Quote> out = ImmutableList.builder();
      ArrayList<TextRange> enclosing = new ArrayList<>();
      for (Quote quote : slots) {
        if (quote == null) {
          continue;
        }
        // Reported quotations nest properly and come by opening mark, so a stack suffices.
        while (!enclosing.isEmpty()
            && !enclosing.get(enclosing.size() - 1).encloses(quote.outer())) {
          enclosing.remove(enclosing.size() - 1);
        }
        out.add(
            new Quote(
                quote.outer(),
                quote.inner(),
                quote.style(),
                enclosing.size(),
                quote.closed(),
                quote.paragraphContinued()));
        enclosing.add(quote.outer());
      }
      return out.build();
    }

    /** The ASCII characters {@link #step} acts on: the quotation marks and the sentence ends. */
    private static final boolean[] MARKS = new boolean[128];

    static {
      for (char c : new char[] {'"', '\'', '.', '?', '!'}) {
        MARKS[c] = true;
      }
    }

    private void step(int i) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
        case '\u201C': // “
        case '\u201D': // ”
        case '\u201E': // „
          doubleMark(i, c);
          break;
        case '\'':
        case '\u2018': // ‘
        case '\u2019': // ’
          singleMark(i, c);
          break;
        case '.':
        case '?':
        case '!':
        case '\u2026': // …
          sentenceEnd(i);
          break;
        default:
          break;
      }
    }

    private char before(int i) {
      return i > paragraphBegin ? text.charAt(i - 1) : ' ';
    }

    private char after(int i) {
      return i + 1 < paragraphEnd ? text.charAt(i + 1) : ' ';
    }

    private void doubleMark(int i, char mark) {
      Role position = positionRole(before(i), after(i));
      int open = indexOfOpen(false);
      Role role;
      if (mark == '"') {
        role = position != Role.EITHER ? position : open >= 0 ? Role.CLOSE : Role.OPEN;
      } else if (mark == '\u201D') {
        role = position == Role.OPEN && open < 0 ? Role.OPEN : Role.CLOSE;
      } else {
        role = position == Role.CLOSE && open >= 0 ? Role.CLOSE : Role.OPEN;
      }
      if (role == Role.OPEN) {
        if (open >= 0 && !nestsInOpenDouble(i)) {
          forceCloseFrom(open, i, AT_NEXT_OPENING);
        }
        push(i, mark, false);
      } else if (open >= 0) {
        forceCloseFrom(open + 1, i, AT_OUTER_CLOSE);
        finishClosed(pop(), i);
      } else {
        problem(QuoteProblem.Kind.UNMATCHED_CLOSING_QUOTE, i, mark, null);
      }
    }

    /**
     * Whether a double opening mark met while a double quotation is open nests in it, as in {@code
     * "The "United States" is not holding them."}, rather than meaning that the open one lost its
     * closing mark, as in {@code "We will win, he said. "We are strong."}: it nests only when the
     * next two double marks of the paragraph both close. Each look-ahead stops at the second mark
     * after {@code i}, so every character is looked at by at most two of them.
     */
    private boolean nestsInOpenDouble(int i) {
      int closers = 0;
      for (int k = i + 1; k < paragraphEnd; k++) {
        char c = text.charAt(k);
        if (CharClasses.isDoubleQuoteMark(c)) {
          if (markRole(k, c) != Role.CLOSE) {
            return false;
          }
          if (++closers == 2) {
            return true;
          }
        }
      }
      return false;
    }

    /** The role of a double mark from its glyph and position, whatever is open. */
    private Role markRole(int k, char mark) {
      Role position = positionRole(before(k), after(k));
      switch (mark) {
        case '"':
          return position;
        case '\u201D':
          return position == Role.OPEN ? Role.OPEN : Role.CLOSE;
        default:
          return position == Role.CLOSE ? Role.CLOSE : Role.OPEN;
      }
    }

    /** The role the neighbours of a double mark suggest, glyph aside. */
    private static Role positionRole(char prev, char next) {
      boolean prevSpace = CharClasses.isSpace(prev);
      boolean nextSpace = CharClasses.isSpace(next);
      if ((prevSpace || CharClasses.isOpeningPunctuation(prev)) && !nextSpace) {
        // 'a drummer' ", he recalled: a closer set off by a space, not an opener
        return CharClasses.isClosingPunctuation(next) ? Role.EITHER : Role.OPEN;
      }
      if (!prevSpace && nextSpace) {
        return Role.CLOSE;
      }
      if (prevSpace) {
        return Role.EITHER; // alone between spaces
      }
      boolean prevWord = CharClasses.isLetterOrDigit(prev);
      boolean nextWord = CharClasses.isLetterOrDigit(next);
      if (prevWord) {
        // word"word says nothing; word". and word", close
        return nextWord ? Role.EITHER : Role.CLOSE;
      }
      if (nextWord) {
        // said:"We opens; won,"he is usually a closer missing its space, so let pairing decide
        return prev == ':' ? Role.OPEN : Role.EITHER;
      }
      return Role.EITHER;
    }

    private void singleMark(int i, char mark) {
      char prev = before(i);
      char next = after(i);
      boolean prevSpace = CharClasses.isSpace(prev);
      if ((prevSpace
              || CharClasses.isOpeningPunctuation(prev)
              || CharClasses.isDoubleQuoteMark(prev))
          && Character.isLetter(next)) {
        int open = indexOfOpen(true);
        if (open >= 0) {
          forceCloseFrom(open, i, AT_NEXT_OPENING);
        }
        push(i, mark, true);
        return;
      }
      if (prevSpace || CharClasses.isLetterOrDigit(next) || stack.isEmpty()) {
        return; // inside a word (don't, Hamburg’s), before a number (’90s), or nothing to close
      }
      Open top = stack.get(stack.size() - 1);
      if (!top.single) {
        return; // "the officials' view" inside a double quotation: an apostrophe
      }
      if ((prev == 's' || prev == 'S') && i + 1 < paragraphEnd && CharClasses.isSpace(next)) {
        // "the allies’ view" or "‘security guarantees’ for": decide later, keep the first
        if (top.tentativeClose < 0) {
          top.tentativeClose = i;
        }
        return;
      }
      finishClosed(pop(), i);
    }

    private void sentenceEnd(int i) {
      // A plural possessive does not outlive its sentence: the pending single quotation ended at
      // the possible close.
      if (!stack.isEmpty()
          && i + 1 < paragraphEnd
          && CharClasses.isSpace(text.charAt(i + 1))) {
        Open top = stack.get(stack.size() - 1);
        if (top.tentativeClose >= 0) {
          finishClosed(pop(), top.tentativeClose);
        }
      }
    }

    /** Whether the paragraph's top-level quotation continues into {@code next}. */
    private boolean endParagraph(TextRange next) {
      forceCloseFrom(1, paragraphEnd, AT_PARAGRAPH_END);
      if (stack.isEmpty()) {
        return false;
      }
      Open outer = stack.get(0);
      if (outer.tentativeClose < 0 && next != null && opensContinuation(outer, next)) {
        outer.continued = true;
        return true;
      }
      if (outer.tentativeClose < 0 && next != null && closesUnmarked(outer, next)) {
        // “… paragraph one. / Paragraph two …,” he said.: a curly quotation run on across the break
        outer.continued = true;
        unmarkedContinuation = true;
        return true;
      }
      forceCloseFrom(0, paragraphEnd, AT_PARAGRAPH_END);
      return false;
    }

    /**
     * Whether {@code next}, a paragraph that opens with no mark, has a curly closing double mark before any
     * curly opening one, and {@code outer} opened with a curly mark: the quotation goes on in it without the
     * newswire's repeated opening mark.
     */
    private boolean closesUnmarked(Open outer, TextRange next) {
      if (outer.single || outer.mark != '\u201C' || CharClasses.isDoubleQuoteMark(text.charAt(next.begin()))
          || CharClasses.isSingleQuoteMark(text.charAt(next.begin()))) {
        return false;
      }
      for (int k = next.begin(); k < next.end(); k++) {
        char c = text.charAt(k);
        if (c == '\u201D') {
          return true;
        }
        if (c == '\u201C' || c == '"') {
          return false;
        }
      }
      return false;
    }

    private boolean opensContinuation(Open outer, TextRange next) {
      char first = text.charAt(next.begin());
      char second = next.begin() + 1 < next.end() ? text.charAt(next.begin() + 1) : ' ';
      if (outer.single) {
        return CharClasses.isSingleQuoteMark(first) && Character.isLetter(second);
      }
      switch (first) {
        case '\u201C':
        case '\u201E':
          return true;
        case '"':
        case '\u201D':
          return !CharClasses.isSpace(second);
        default:
          return false;
      }
    }

    private int indexOfOpen(boolean single) {
      for (int k = stack.size() - 1; k >= 0; k--) {
        if (stack.get(k).single == single) {
          return k;
        }
      }
      return -1;
    }

    private void push(int i, char mark, boolean single) {
      // Something opening after a possible close means the pending single quotation ended there.
      if (!stack.isEmpty() && stack.get(stack.size() - 1).tentativeClose >= 0) {
        Open top = pop();
        finishClosed(top, top.tentativeClose);
      }
      stack.add(new Open(i, mark, single, slots.size()));
      slots.add(null);
    }

    private Open pop() {
      return stack.remove(stack.size() - 1);
    }

    /** Ends the quotations at stack index {@code from} and above, innermost first, at {@code limit}. */
    private void forceCloseFrom(int from, int limit, String reason) {
      while (stack.size() > from) {
        forceClose(pop(), limit, reason);
      }
    }

    private void forceClose(Open quote, int limit, String reason) {
      if (quote.tentativeClose >= 0) {
        finishClosed(quote, quote.tentativeClose);
      } else if (quote.single) {
        problem(QuoteProblem.Kind.UNCLOSED_SINGLE_QUOTE, quote.begin, quote.mark, reason);
      } else {
        int end = limit;
        while (end > quote.begin + 1 && CharClasses.isSpace(text.charAt(end - 1))) {
          end--;
        }
        slots.set(
            quote.slot,
            new Quote(
                new TextRange(quote.begin, end),
                trimmed(quote.begin + 1, end),
                quote.style(),
                0,
                false,
                quote.continued));
        problem(QuoteProblem.Kind.UNCLOSED_QUOTE, quote.begin, quote.mark, reason);
      }
    }

    private void finishClosed(Open quote, int closingMark) {
      slots.set(
          quote.slot,
          new Quote(
              new TextRange(quote.begin, closingMark + 1),
              trimmed(quote.begin + 1, closingMark),
              quote.style(),
              0,
              true,
              quote.continued));
    }

    private TextRange trimmed(int begin, int end) {
      while (begin < end && CharClasses.isSpace(text.charAt(begin))) {
        begin++;
      }
      while (end > begin && CharClasses.isSpace(text.charAt(end - 1))) {
        end--;
      }
      return new TextRange(begin, end);
    }

    private void problem(QuoteProblem.Kind kind, int offset, char mark, String reason) {
      if (problems.size() >= QuoteScan.MAX_PROBLEMS) {
        omittedProblems++;
        return;
      }
      String message;
      switch (kind) {
        case UNCLOSED_QUOTE:
          message = "opening " + mark + " has no closing mark " + reason;
          break;
        case UNCLOSED_SINGLE_QUOTE:
          message = "opening " + mark + " has no closing mark " + reason + "; read as an apostrophe";
          break;
        default:
          message = "closing " + mark + " has no opening mark";
          break;
      }
      problems.add(new QuoteProblem(kind, offset, message));
    }
  }
}
