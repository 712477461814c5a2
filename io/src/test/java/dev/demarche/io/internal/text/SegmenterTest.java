package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

  private static final Segmenter SEGMENTER = Segmenter.standard();

  private static List<String> sentences(Segmenter segmenter, String text) {
    Segmentation segmentation = segmenter.segment(text);
    Invariants.checkSegmentation(text, segmentation);
    return segmentation.sentences().stream().map(r -> r.text(text)).collect(Collectors.toList());
  }

  private static List<String> sentences(String text) {
    return sentences(SEGMENTER, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void keepsSentenceWhole(String sentence) {
    assertEquals(List.of(sentence), sentences(sentence));
  }

  static Stream<String> keepsSentenceWhole() {
    return Stream.of(
        // initialisms and abbreviations before words that do not start sentences
        "The U.S. officials met on Friday.",
        "He met U.S. Secretary of State Condoleezza Rice in Tokyo.",
        "The U.N. Security Council and the U.K. Foreign Office agreed.",
        "Japan is moving closer to the US point of view.",
        "They met in Washington, D.C. on Friday.",
        "The U.S.-led coalition attacked.",
        "He arrived at 5 p.m. Friday and left.",
        "Polls close at 9 p.m. EST across the state.",
        "A signal came at 3:42 a.m. Tokyo time on Tuesday.",
        "Trading resumed at 9:30 a.m. Hong Kong time on Monday.",
        // titles never end a sentence
        "Mr. Smith went to Washington.",
        "Mrs. Jones, Ms. Lee and Dr. Patel spoke.",
        "Gen. Mark Milley, Lt. Col. Jane Doe and Sgt. Bob Smith attended.",
        "Capt. Jones and Adm. Smith met Gov. Brown, Sen. Cruz and Rep. Pelosi.",
        "Former Lt. Gen. Smith and ex-Gen. Jones declined to comment.",
        "Rep. Will Hurd and Sen. The Honourable Jane Roe were there.",
        // months and numbers
        "The German city of Hamburg on Oct. 14 named a bridge after Kaohsiung.",
        "Talks began on Jan. 5, paused on Sept. 12 and resumed Dec. 1.",
        "The treaty, signed in Feb. 1966, still holds.",
        "The decision No. 5 was final, as were Nos. 6 and 7.",
        // names and companies
        "He lives on St. Patrick Street near St. Petersburg Road.",
        "Martin Luther King Jr. Day is a holiday.",
        "Apple Inc. Chief Executive Tim Cook spoke.",
        "Smith & Co. Ltd. was sold.",
        "President George W. Bush spoke.",
        "The minister met George W. \"Dubya\" Bush.",
        "J.K. Rowling wrote it.",
        "J. K. Rowling wrote it.",
        "Books by J. A. Smith sold well.",
        // Latin and general abbreviations
        "It is Smith vs. Jones, about taxes, rents, etc. and so on.",
        "Some states, e.g. Texas, agreed.",
        "Big cities, i.e. Beijing and Shanghai, grew.",
        "It weighs approx. 5 tonnes.",
        // numbers and money never split
        "China agreed to a US$5 billion loan.",
        "Growth was 3.5 percent.",
        "It cost $1.2bn last year.",
        "It was 1,000.5 metres long.",
        "Visit example.com for more.",
        // ellipses before lower case
        "He waited... and waited.",
        "He waited\u2026 and waited.",
        // words left out in brackets, and an editor's full stop
        "\"I did not get work. [...] to come back is good,\" she said.",
        // quotations ending in ? or ! before their attribution
        "\"Is it over?\" she asked.",
        "\"It is over!\" he shouted.",
        "\u201CIs it over?\u201D Secretary of State Condoleezza Rice asked.",
        "\"Why?\" Foreign Minister Wang Yi asked reporters.",
        // commas inside quotations
        "\"The United States and Japan enjoy very deep relations,\" she said.",
        "On Taiwan, the statement will \"encourage the peaceful resolution,\" the official said.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void splitsSentences(List<String> expected) {
    assertEquals(expected, sentences(String.join(" ", expected)));
  }

  static Stream<List<String>> splitsSentences() {
    return Stream.of(
        List.of("He left.", "She stayed."),
        List.of("Japan joined the U.S.", "The move was welcomed."),
        List.of("He moved to the U.K.", "In 2019 he returned."),
        List.of("China is a partner for the US.", "The US is, too."),
        List.of("The company is Apple Inc.", "It makes phones."),
        List.of("The mine is run by Northshield Nickel Corp.", "Fourteen other workers reached the surface."),
        List.of("They met in Washington, D.C.", "It was cold."),
        List.of("It was 5 p.m.", "The meeting ended."),
        List.of("It ended at 4 p.m.", "Police said two men were held."),
        List.of("They met at 10 a.m.", "Seismologists put the magnitude at 7.1."),
        List.of("The talks ended in Oct.", "The next round is in May."),
        List.of("It was signed by George W. Bush.", "He was president."),
        List.of("\"We see you,\" the governor wrote on X.", "\"Please leave.\""),
        List.of("They met Mr. Smith.", "He was late."),
        List.of("The answer was No.", "The talks ended."),
        List.of("Prices rose 3.5 percent.", "Analysts expected more."),
        List.of("He was born in 1950.", "2019 was his last year."),
        List.of("He paid.", "$5 billion changed hands."),
        List.of("Is it over?", "Nobody knows."),
        List.of("Stop!", "The police are here."),
        List.of("Really?!", "Yes."),
        List.of("He waited...", "Then he left."),
        List.of("He waited\u2026", "Then he left."),
        List.of("He said: \"It is over.\"", "Then he left."),
        List.of("\u2018It is over.\u2019", "Then he left."),
        List.of("He left (quietly.)", "Then she came."),
        List.of("\"Why?\" he asked.", "\"Because.\""),
        List.of("\"Why?\"", "The minister did not answer."),
        List.of("It is a U.S. matter.", "\"We will not yield,\" Xi said."),
        List.of("The embargo hurt the U.S.", "\u201CIt was a mistake,\u201D he said."),
        List.of("Japan shares a concern about Taiwan.", "\u4E60\u8FD1\u5E73 did not reply."),
        List.of("\u201CWe will win.", "We are strong,\u201D she said."),
        // a quotation opened by an editor's brackets or an ellipsis
        List.of("\"It was hard,\" said Hale.", "\"[...] Rather, it was fun.\""),
        List.of("It said so.", "\"[h]is venture began,\" he added."),
        List.of("\"It was hard,\" said Hale.", "\"\u2026 Rather, it was fun.\""),
        List.of("She lived as \"a commoner[.]\"", "Sources say she is royalty."),
        List.of("\"[T]he risk is real,\" the report said.", "\"[It] cannot be ignored.\""),
        List.of("He paused: \"...\"", "Then he left."));
  }

  @Test
  void sentenceRangesAreTrimmedOffsets() {
    Segmentation segmentation = SEGMENTER.segment("  He left.  She stayed. ");

    assertEquals(List.of(TextRange.of(2, 10), TextRange.of(12, 23)), segmentation.sentences());
  }

  @Test
  void paragraphsSplitOnNewlinesAndSkipBlankLines() {
    String text = "First.\nSecond.\r\n\r\n  Third.  \n\n";

    Segmentation segmentation = SEGMENTER.segment(text);

    assertEquals(
        List.of(TextRange.of(0, 6), TextRange.of(7, 14), TextRange.of(20, 26)),
        segmentation.paragraphs());
    assertEquals(segmentation.paragraphs(), segmentation.sentences());
  }

  @Test
  void paragraphBoundaryEndsSentenceWithoutPeriod() {
    assertEquals(
        List.of("Kaohsiung and Hamburg inked a sister city agreement", "Taiwanese officials said so."),
        sentences("Kaohsiung and Hamburg inked a sister city agreement\nTaiwanese officials said so."));
  }

  @Test
  void paragraphBoundaryEndsSentenceAfterAbbreviation() {
    assertEquals(
        List.of("He lives in the U.S.", "Officials said so."),
        sentences("He lives in the U.S.\nOfficials said so."));
  }

  @Test
  void quotationRunningOverSentencesIsSplitAtItsSentences() {
    assertEquals(
        List.of("\"We will win.", "We are strong,\" she said."),
        sentences("\"We will win. We are strong,\" she said."));
  }

  @Test
  void sentenceOfTheLongestLengthIsKeptWhole() {
    String sentence = "a".repeat(Segmenter.MAX_SENTENCE_LENGTH - 1) + ".";
    Segmentation segmentation = SEGMENTER.segment(sentence + " Next one.");

    assertEquals(List.of(sentence, "Next one."), sentences(sentence + " Next one."));
    assertTrue(segmentation.forcedBreaks().isEmpty());
  }

  @Test
  void longerRunIsCutAtTheLastSpaceOfEachPiecesSecondHalf() {
    // a list that goes on with no sentence end: words of nine letters and a space
    String text = "Delegates " + "abcdefgh, ".repeat(250) + "and others arrived. They met.";
    Segmentation segmentation = SEGMENTER.segment(text);
    Invariants.checkSegmentation(text, segmentation);

    List<String> sentences = sentences(text);
    assertEquals("They met.", sentences.get(sentences.size() - 1));
    assertEquals(sentences.size() - 2, segmentation.forcedBreaks().size());
    for (int i = 0; i + 1 < sentences.size(); i++) {
      String piece = sentences.get(i);
      assertTrue(piece.length() <= Segmenter.MAX_SENTENCE_LENGTH, piece);
      assertTrue(i + 2 == sentences.size() || piece.length() > Segmenter.MAX_SENTENCE_LENGTH - 12, piece);
    }
    for (int cut : segmentation.forcedBreaks()) {
      assertEquals(' ', text.charAt(cut));
    }
    assertEquals(text.replace(" ", ""), String.join("", sentences).replace(" ", ""));
  }

  @Test
  void runWithoutSpacesIsCutAtTheLongestLengthButNotInsideASurrogatePair() {
    String text = "x".repeat(Segmenter.MAX_SENTENCE_LENGTH - 1) + "\uD842\uDFB7" + "y".repeat(10);
    Segmentation segmentation = SEGMENTER.segment(text);

    assertEquals(List.of(Segmenter.MAX_SENTENCE_LENGTH - 1), segmentation.forcedBreaks());
    assertEquals(List.of("x".repeat(Segmenter.MAX_SENTENCE_LENGTH - 1), "\uD842\uDFB7" + "y".repeat(10)),
        sentences(text));
  }

  @Test
  void emptyAndBlankTextHaveNoParagraphsOrSentences() {
    assertEquals(new Segmentation(com.google.common.collect.ImmutableList.of(),
            com.google.common.collect.ImmutableList.of()),
        SEGMENTER.segment(" \n\r\n\t\u00A0 "));
    assertTrue(SEGMENTER.segment("").sentences().isEmpty());
  }

  @Test
  void noBreakSpaceCountsAsSpace() {
    assertEquals(List.of("He left.", "She stayed."), sentences("He left.\u00A0She stayed."));
  }

  @Test
  void paragraphAndSentenceIndexOfFindTheRangeContainingAnOffset() {
    Segmentation segmentation = SEGMENTER.segment("One. Two.\nThree.");

    assertEquals(OptionalInt.of(0), segmentation.paragraphIndexOf(5));
    assertEquals(OptionalInt.of(1), segmentation.paragraphIndexOf(10));
    assertEquals(OptionalInt.empty(), segmentation.paragraphIndexOf(9));
    assertEquals(OptionalInt.of(1), segmentation.sentenceIndexOf(5));
    assertEquals(OptionalInt.empty(), segmentation.sentenceIndexOf(4));
    assertEquals(OptionalInt.of(2), segmentation.sentenceIndexOf(15));
    assertEquals(OptionalInt.empty(), segmentation.sentenceIndexOf(16));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void extraAbbreviationsChangeTheSplit(String entry, List<String> expected) {
    Segmenter extended = SEGMENTER.withAbbreviations(Abbreviations.parse(List.of(entry)));

    assertEquals(expected, sentences(extended, "They met Brgdr. The Count was late."));
  }

  static Stream<Arguments> extraAbbreviationsChangeTheSplit() {
    return Stream.of(
        arguments("Brgdr. title", List.of("They met Brgdr. The Count was late.")),
        arguments("Brgdr. general", List.of("They met Brgdr.", "The Count was late.")),
        arguments("Brgdr. before-number", List.of("They met Brgdr.", "The Count was late.")));
  }

  @Test
  void standardSplitsBeforeCapitalisedWordAfterUnknownAbbreviation() {
    assertEquals(List.of("They met Brgdr.", "Smith was late."), sentences("They met Brgdr. Smith was late."));
  }

  @Test
  void extraSentenceStartersSplitAfterAbbreviation() {
    String text = "The claim was denied in the U.S. Officials said nothing.";
    Segmenter extended = SEGMENTER.withSentenceStarters(List.of("Officials"));

    assertEquals(List.of(text), sentences(text));
    assertEquals(
        List.of("The claim was denied in the U.S.", "Officials said nothing."),
        sentences(extended, text));
  }

  @Test
  void sentenceStarterMustBeOneWordOfLetters() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SEGMENTER.withSentenceStarters(List.of("the end")));
    assertEquals("word list entry \"the end\" is not a single word of letters", e.getMessage());
  }

  @Test
  void standardIsShared() {
    assertSame(Segmenter.standard(), Segmenter.standard());
    assertTrue(SEGMENTER.sentenceStarters().contains("the"));
  }

  @Test
  void nullTextIsRejected() {
    assertThrows(NullPointerException.class, () -> SEGMENTER.segment(null));
    assertThrows(NullPointerException.class, () -> Segmenter.paragraphs(null));
  }
}
