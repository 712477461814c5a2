package dev.demarche.io.internal.text;

import static dev.demarche.io.internal.text.Quote.Style.CURLY;
import static dev.demarche.io.internal.text.Quote.Style.SINGLE_CURLY;
import static dev.demarche.io.internal.text.Quote.Style.STRAIGHT;
import static dev.demarche.io.internal.text.QuoteProblem.Kind.UNCLOSED_QUOTE;
import static dev.demarche.io.internal.text.QuoteProblem.Kind.UNCLOSED_SINGLE_QUOTE;
import static dev.demarche.io.internal.text.QuoteProblem.Kind.UNMATCHED_CLOSING_QUOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteScannerTest {

  private static QuoteScan scan(String text) {
    QuoteScan scan = QuoteScanner.scan(text);
    Invariants.checkQuotes(text, scan);
    return scan;
  }

  /** "outer text | inner text | STYLE depth [unclosed] [continued]", for exact, readable checks. */
  private static String describe(String text, Quote quote) {
    return quote.outer().text(text)
        + " | "
        + quote.inner().text(text)
        + " | "
        + quote.style()
        + " "
        + quote.depth()
        + (quote.closed() ? "" : " unclosed")
        + (quote.paragraphContinued() ? " continued" : "");
  }

  private static List<String> quotes(String text) {
    return scan(text).quotes().stream().map(q -> describe(text, q)).collect(Collectors.toList());
  }

  private static List<String> problems(String text) {
    return scan(text).problems().stream()
        .map(p -> p.kind() + "@" + p.offset())
        .collect(Collectors.toList());
  }

  @Test
  void straightDoubleQuoteHasExactOuterAndInnerRanges() {
    QuoteScan scan = scan("She said \"we will win\" today.");

    assertEquals(
        List.of(new Quote(TextRange.of(9, 22), TextRange.of(10, 21), STRAIGHT, 0, true, false)),
        scan.quotes());
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void curlyDoubleQuoteHasExactOuterAndInnerRanges() {
    QuoteScan scan = scan("She said \u201Cwe will win\u201D today.");

    assertEquals(
        List.of(new Quote(TextRange.of(9, 22), TextRange.of(10, 21), CURLY, 0, true, false)),
        scan.quotes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void findsQuotations(String text, List<String> expected) {
    assertEquals(expected, quotes(text));
    assertEquals(List.of(), problems(text));
  }

  static Stream<Arguments> findsQuotations() {
    return Stream.of(
        arguments(
            "\"It is over,\" she said.", List.of("\"It is over,\" | It is over, | STRAIGHT 0")),
        arguments(
            "He said: \"It is over.\" Then he left.",
            List.of("\"It is over.\" | It is over. | STRAIGHT 0")),
        arguments(
            "He said:\"We will win.\"", List.of("\"We will win.\" | We will win. | STRAIGHT 0")),
        arguments(
            "\"We won,\"he said.", List.of("\"We won,\" | We won, | STRAIGHT 0")),
        arguments(
            "a \"common strategic direction\" on \"Taiwan\".",
            List.of(
                "\"common strategic direction\" | common strategic direction | STRAIGHT 0",
                "\"Taiwan\" | Taiwan | STRAIGHT 0")),
        arguments(
            "\"We won,\" he said, \"and we will win again.\"",
            List.of(
                "\"We won,\" | We won, | STRAIGHT 0",
                "\"and we will win again.\" | and we will win again. | STRAIGHT 0")),
        arguments(
            "\u201CWe will win. We are strong,\u201D she said.",
            List.of("\u201CWe will win. We are strong,\u201D | We will win. We are strong, | CURLY 0")),
        arguments(
            "\u201C We will win \u201D",
            List.of("\u201C We will win \u201D | We will win | CURLY 0")),
        arguments(
            "He said \u201Dwe will win\u201D today.",
            List.of("\u201Dwe will win\u201D | we will win | CURLY 0")),
        arguments(
            "Er sagte: \u201EWir gewinnen\u201C.",
            List.of("\u201EWir gewinnen\u201C | Wir gewinnen | CURLY 0")),
        arguments(
            "a warning \u2014\"stop\"\u2014 came.",
            List.of("\"stop\" | stop | STRAIGHT 0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void findsSingleQuotations(String text, List<String> expected) {
    assertEquals(expected, quotes(text));
    assertEquals(List.of(), problems(text));
  }

  static Stream<Arguments> findsSingleQuotations() {
    return Stream.of(
        arguments(
            "\u201CSingapore has a clear \u2018one China\u2019 policy,\u201D it said.",
            List.of(
                "\u201CSingapore has a clear \u2018one China\u2019 policy,\u201D | Singapore has a"
                    + " clear \u2018one China\u2019 policy, | CURLY 0",
                "\u2018one China\u2019 | one China | SINGLE_CURLY 1")),
        arguments(
            "\"He called it 'madness,' she said.\"",
            List.of(
                "\"He called it 'madness,' she said.\" | He called it 'madness,' she said. | STRAIGHT 0",
                "'madness,' | madness, | SINGLE_STRAIGHT 1")),
        arguments(
            "Beijing insists on its \u2018one China\u2019 principle.",
            List.of("\u2018one China\u2019 | one China | SINGLE_CURLY 0")),
        arguments(
            "\u2018ONE CHINA\u2019: A statement that Berlin decides its own China policy",
            List.of("\u2018ONE CHINA\u2019 | ONE CHINA | SINGLE_CURLY 0")),
        arguments(
            "\u2018We will win,\u2019 he said, \u2018and \u201Csoon\u201D.\u2019",
            List.of(
                "\u2018We will win,\u2019 | We will win, | SINGLE_CURLY 0",
                "\u2018and \u201Csoon\u201D.\u2019 | and \u201Csoon\u201D. | SINGLE_CURLY 0",
                "\u201Csoon\u201D | soon | CURLY 1")),
        arguments(
            "\"I thought, 'I'm a drummer' \", he recalled.",
            List.of(
                "\"I thought, 'I'm a drummer' \" | I thought, 'I'm a drummer' | STRAIGHT 0",
                "'I'm a drummer' | I'm a drummer | SINGLE_STRAIGHT 1")),
        arguments(
            "She called it \u2018the allies\u2019 problem\u2019 today.",
            List.of("\u2018the allies\u2019 problem\u2019 | the allies\u2019 problem | SINGLE_CURLY 0")),
        arguments(
            "He spoke of \u2018security guarantees\u2019 for Taiwan",
            List.of("\u2018security guarantees\u2019 | security guarantees | SINGLE_CURLY 0")),
        arguments(
            "He spoke of \u2018security guarantees\u2019 for Taiwan. The allies\u2019 view differs.",
            List.of("\u2018security guarantees\u2019 | security guarantees | SINGLE_CURLY 0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void apostrophesAreNotQuotationMarks(String text) {
    QuoteScan scan = scan(text);

    assertEquals(List.of(), scan.quotes());
    assertEquals(List.of(), scan.problems());
  }

  static Stream<String> apostrophesAreNotQuotationMarks() {
    return Stream.of(
        "Don't do it.",
        "China's growing military prowess.",
        "Xi's visit was short.",
        "It was popular in the \u201990s.",
        "It was popular in the '90s.",
        "Hamburg\u2019s largest warehouse district.",
        "The officials\u2019 view was clear.",
        "The officials' view was clear.",
        "The United States\u2019 position has not changed.",
        "It is James' book.",
        "They blamed the allies'.");
  }

  @Test
  void apostrophesInsideQuotationsDoNotEndThem() {
    String text = "\u201CBeijing\u2019s military and the officials\u2019 plans,\u201D he said.";

    assertEquals(
        List.of(
            "\u201CBeijing\u2019s military and the officials\u2019 plans,\u201D | Beijing\u2019s"
                + " military and the officials\u2019 plans, | CURLY 0"),
        quotes(text));
  }

  @Test
  void straightDoubleQuoteNestsWhenTheNextTwoMarksClose() {
    String text = "\"The \"United States\" is not holding them,\" he wrote.";

    assertEquals(
        List.of(
            "\"The \"United States\" is not holding them,\" | The \"United States\" is not holding"
                + " them, | STRAIGHT 0",
            "\"United States\" | United States | STRAIGHT 1"),
        quotes(text));
    assertEquals(List.of(), problems(text));
  }

  @Test
  void openingMarkOfTheSameKindEndsQuotationThatLostItsClosingMark() {
    String text = "\"We will win, he said. \"We are strong.\"";

    assertEquals(
        List.of(
            "\"We will win, he said. | We will win, he said. | STRAIGHT 0 unclosed",
            "\"We are strong.\" | We are strong. | STRAIGHT 0"),
        quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@0"), problems(text));
  }

  @Test
  void strayRightMarkAfterOpenCurlyQuoteClosesIt() {
    String text = "\u201CWe will win, he said. \u201DWe are strong.\u201D";

    assertEquals(
        List.of("\u201CWe will win, he said. \u201D | We will win, he said. | CURLY 0"), quotes(text));
    assertEquals(List.of("UNMATCHED_CLOSING_QUOTE@38"), problems(text));
  }

  @Test
  void unclosedQuoteEndsAtItsParagraphWithProblem() {
    String text = "He said: \u201CWe will win.\nThe minister left.";
    QuoteScan scan = scan(text);

    assertEquals(
        List.of(new Quote(TextRange.of(9, 22), TextRange.of(10, 22), CURLY, 0, false, false)),
        scan.quotes());
    assertEquals(
        List.of(
            new QuoteProblem(
                UNCLOSED_QUOTE,
                9,
                "opening \u201C has no closing mark before the end of the paragraph")),
        scan.problems());
  }

  @Test
  void closingMarkWithoutOpeningMarkIsReported() {
    QuoteScan scan = scan("He called it madness\u201D and left.");

    assertEquals(List.of(), scan.quotes());
    assertEquals(
        List.of(new QuoteProblem(UNMATCHED_CLOSING_QUOTE, 20, "closing \u201D has no opening mark")),
        scan.problems());
  }

  @Test
  void straightClosingMarkWithoutOpeningMarkIsReported() {
    assertEquals(List.of("UNMATCHED_CLOSING_QUOTE@20"), problems("He called it madness\" and left."));
  }

  @Test
  void quotationNeverCrossesParagraphWithoutContinuationMarkOrClosingMark() {
    String text = "\u201CFirst part\nSecond part \u201Cquoted\u201D here";

    assertEquals(
        List.of("\u201CFirst part | First part | CURLY 0 unclosed", "\u201Cquoted\u201D | quoted | CURLY 0"),
        quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@0"), problems(text));
  }

  @Test
  void unclosedSingleMarkIsReportedButNotQuoted() {
    QuoteScan scan = scan("They said \"up 'til now\" twice.");

    assertEquals(List.of("\"up 'til now\" | up 'til now | STRAIGHT 0"), quotes("They said \"up 'til now\" twice."));
    assertEquals(
        List.of(
            new QuoteProblem(
                UNCLOSED_SINGLE_QUOTE,
                14,
                "opening ' has no closing mark before the quotation around it closes; read as an"
                    + " apostrophe")),
        scan.problems());
  }

  @Test
  void doubleNestedInDroppedSingleMarkIsTopLevel() {
    assertEquals(
        List.of("\u201Cno\u201D | no | CURLY 0"), quotes("\u2018He said \u201Cno\u201D and left"));
  }

  @Test
  void quotationContinuesIntoParagraphOpeningWithNewMark() {
    String text =
        "\u201CWe will not accept this,\u201D he said. \u201COur position is clear.\n"
            + "\u201CWe will defend our sovereignty.\u201D\n"
            + "Officials agreed.";

    assertEquals(
        List.of(
            "\u201CWe will not accept this,\u201D | We will not accept this, | CURLY 0",
            "\u201COur position is clear.\n\u201CWe will defend our sovereignty.\u201D | Our"
                + " position is clear.\n\u201CWe will defend our sovereignty. | CURLY 0 continued"),
        quotes(text));
    assertEquals(List.of(), problems(text));
  }

  @Test
  void straightQuotationContinuesOverSeveralParagraphsAndBlankLines() {
    String text = "\"One.\n\n\"Two.\r\n\"Three.\"";
    QuoteScan scan = scan(text);

    assertEquals(
        List.of(new Quote(TextRange.of(0, 22), TextRange.of(1, 21), STRAIGHT, 0, true, true)),
        scan.quotes());
  }

  @Test
  void curlyQuotationRunsOnIntoParagraphThatClosesItWithoutRepeatedMark() {
    String text = "\u201COnly days ago, China said so.\nAlso, some talks are private,\u201D he said.\n"
        + "\u201CNo mark closes this.\nNor this one.";

    assertEquals(
        List.of(
            "\u201COnly days ago, China said so.\nAlso, some talks are private,\u201D | Only days ago, China said"
                + " so.\nAlso, some talks are private, | CURLY 0 continued",
            "\u201CNo mark closes this. | No mark closes this. | CURLY 0 unclosed"),
        quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@71"), problems(text));
  }

  @Test
  void straightQuotationDoesNotRunOnIntoUnmarkedParagraph() {
    String text = "\"We will win.\nThey said it,\" he added.";

    assertEquals(List.of("\"We will win. | We will win. | STRAIGHT 0 unclosed"), quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@0", "UNMATCHED_CLOSING_QUOTE@27"), problems(text));
  }

  @Test
  void continuedQuotationWithoutFinalMarkIsUnclosedAtLastParagraph() {
    String text = "\u201CFirst\n\u201CSecond\nThird";

    assertEquals(
        List.of("\u201CFirst\n\u201CSecond | First\n\u201CSecond | CURLY 0 unclosed continued"),
        quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@0"), problems(text));
  }

  @Test
  void nestedSingleMarkDoesNotContinueIntoNextParagraph() {
    String text = "\u201CHe said \u2018no\n\u201CThen he left.\u201D";

    assertEquals(
        List.of("\u201CHe said \u2018no\n\u201CThen he left.\u201D | He said \u2018no\n\u201CThen he"
            + " left. | CURLY 0 continued"),
        quotes(text));
    assertEquals(List.of("UNCLOSED_SINGLE_QUOTE@9"), problems(text));
  }

  @Test
  void paragraphOpeningWithClosingMarkDoesNotContinue() {
    String text = "\u201CWe will win\n\u201D he said.";

    assertEquals(List.of("\u201CWe will win | We will win | CURLY 0 unclosed"), quotes(text));
    assertEquals(List.of("UNCLOSED_QUOTE@0", "UNMATCHED_CLOSING_QUOTE@13"), problems(text));
  }

  @Test
  void emptyQuotationHasEmptyInner() {
    assertEquals(
        List.of(new Quote(TextRange.of(4, 6), TextRange.of(5, 5), STRAIGHT, 0, true, false)),
        scan("say \"\" now").quotes());
  }

  @Test
  void textWithoutQuotationMarksHasNothing() {
    assertEquals(new QuoteScan(ImmutableList.of(), ImmutableList.of(), 0), scan("Plain. Text.\n"));
    assertEquals(new QuoteScan(ImmutableList.of(), ImmutableList.of(), 0), scan(""));
  }

  @Test
  void topLevelKeepsOnlyDepthZero() {
    String text = "\u201CA \u2018b\u2019 c\u201D and \u2018d\u2019";

    assertEquals(
        List.of(TextRange.of(0, 9), TextRange.of(14, 17)),
        scan(text).topLevel().stream().map(Quote::outer).collect(Collectors.toList()));
  }

  @Test
  void nullTextIsRejected() {
    assertThrows(NullPointerException.class, () -> QuoteScanner.scan(null));
  }

  @Test
  void quoteRejectsInnerOutsideOuter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Quote(TextRange.of(0, 5), TextRange.of(1, 6), CURLY, 0, true, false));
    assertEquals("quote inner [1, 6) is not inside outer [0, 5)", e.getMessage());
  }

  @Test
  void styleKnowsWhetherItIsSingle() {
    assertTrue(SINGLE_CURLY.isSingle());
    assertTrue(!CURLY.isSingle());
  }
}
