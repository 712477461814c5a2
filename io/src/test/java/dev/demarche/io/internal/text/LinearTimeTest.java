package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological megabyte inputs. The sizes asserted follow from the documented rules; the timeout
 * only guards against a quadratic (or endless) scan, it is not a performance measurement.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LinearTimeTest {

  private static final int MEGABYTE = 1_000_000;

  @Test
  void megabyteOfStraightDoubleMarksPairsThemUp() {
    QuoteScan scan = QuoteScanner.scan("\"".repeat(MEGABYTE));

    assertEquals(MEGABYTE / 2, scan.quotes().size());
    assertEquals(0, scan.problemCount());
  }

  @Test
  void oddMegabyteOfStraightDoubleMarksLeavesOneUnmatchedCloser() {
    QuoteScan scan = QuoteScanner.scan("\"".repeat(MEGABYTE + 1));

    assertEquals(MEGABYTE / 2, scan.quotes().size());
    assertEquals(1, scan.problemCount());
    assertEquals(QuoteProblem.Kind.UNMATCHED_CLOSING_QUOTE, scan.problems().get(0).kind());
    assertEquals(MEGABYTE, scan.problems().get(0).offset());
  }

  @Test
  void megabyteOfLeftDoubleMarksOpensEachAndCapsProblems() {
    // Each mark after the first finds the previous one open without a closer; the last closes
    // the one before it, as its position (after a mark, at the end) says.
    QuoteScan scan = QuoteScanner.scan("\u201C".repeat(MEGABYTE));

    assertEquals(MEGABYTE - 1, scan.quotes().size());
    assertEquals(QuoteScan.MAX_PROBLEMS, scan.problems().size());
    assertEquals(MEGABYTE - 2, scan.problemCount());
    assertEquals(0, scan.problems().get(0).offset());
  }

  @Test
  void megabyteOfRightDoubleMarksPairsTheFirstTwo() {
    QuoteScan scan = QuoteScanner.scan("\u201D".repeat(MEGABYTE));

    assertEquals(1, scan.quotes().size());
    assertEquals(MEGABYTE - 2, scan.problemCount());
  }

  @Test
  void megabyteOfSingleMarksHasNoQuotation() {
    QuoteScan scan = QuoteScanner.scan("\u2018".repeat(MEGABYTE / 2) + "'".repeat(MEGABYTE / 2));

    assertEquals(0, scan.quotes().size());
    assertEquals(0, scan.problemCount());
  }

  @Test
  void alternatingOpeningMarksEachLoseTheirCloser() {
    int repeats = MEGABYTE / 6;
    QuoteScan scan = QuoteScanner.scan("\u201Ca \u2018b ".repeat(repeats));

    assertEquals(repeats, scan.quotes().size());
    assertEquals(2 * repeats, scan.problemCount());
  }

  @Test
  void quotationContinuedOverManyParagraphsIsOneQuotation() {
    int repeats = MEGABYTE / 3;
    String text = "\u201Ca\n".repeat(repeats);
    QuoteScan scan = QuoteScanner.scan(text);

    assertEquals(1, scan.quotes().size());
    Quote quote = scan.quotes().get(0);
    assertEquals(TextRange.of(0, text.length() - 1), quote.outer());
    assertEquals(true, quote.paragraphContinued());
    assertEquals(false, quote.closed());
  }

  @Test
  void nestedStraightQuotationsAtScale() {
    int repeats = MEGABYTE / 12;
    QuoteScan scan = QuoteScanner.scan("\"a \"b\" c\" ".repeat(repeats));

    assertEquals(2 * repeats, scan.quotes().size());
    assertEquals(repeats, scan.topLevel().size());
    assertEquals(0, scan.problemCount());
  }

  @Test
  void megabyteOfPeriodsIsCutIntoSentencesOfTheLongestLength() {
    Segmentation segmentation = Segmenter.standard().segment(".".repeat(MEGABYTE));

    int pieces = (MEGABYTE + Segmenter.MAX_SENTENCE_LENGTH - 1) / Segmenter.MAX_SENTENCE_LENGTH;
    assertEquals(pieces, segmentation.sentences().size());
    assertEquals(pieces - 1, segmentation.forcedBreaks().size());
    assertEquals(Segmenter.MAX_SENTENCE_LENGTH, segmentation.sentences().get(0).end());
    assertEquals(Segmenter.MAX_SENTENCE_LENGTH, (int) segmentation.forcedBreaks().get(0));
    assertEquals(MEGABYTE, segmentation.sentences().get(pieces - 1).end());
  }

  @Test
  void megabyteOfAbbreviatedSentencesSplitsEach() {
    int repeats = MEGABYTE / 9;
    Segmentation segmentation = Segmenter.standard().segment("The U.S. ".repeat(repeats));

    assertEquals(repeats, segmentation.sentences().size());
  }

  @Test
  void megabyteOfInitialsIsCutAtSpaces() {
    String text = "J. A. ".repeat(MEGABYTE / 6);
    Segmentation segmentation = Segmenter.standard().segment(text);

    assertTrue(segmentation.sentences().size() >= MEGABYTE / Segmenter.MAX_SENTENCE_LENGTH);
    assertEquals(segmentation.sentences().size() - 1, segmentation.forcedBreaks().size());
    for (TextRange sentence : segmentation.sentences()) {
      assertTrue(sentence.end() - sentence.begin() <= Segmenter.MAX_SENTENCE_LENGTH, sentence.toString());
      assertEquals('.', text.charAt(sentence.end() - 1), sentence.toString());
    }
    for (int cut : segmentation.forcedBreaks()) {
      assertEquals(' ', text.charAt(cut));
    }
  }

  @Test
  void megabyteWordBeforePeriodIsCutAndTheNextSentenceKept() {
    String text = "a".repeat(MEGABYTE) + ". The end.";
    Segmentation segmentation = Segmenter.standard().segment(text);

    int sentences = segmentation.sentences().size();
    TextRange last = segmentation.sentences().get(sentences - 1);
    assertEquals("The end.", text.substring(last.begin(), last.end()));
    assertEquals(sentences - 2, segmentation.forcedBreaks().size());
  }

  @Test
  void megabyteOfParagraphBreaksHasNoParagraph() {
    Segmentation segmentation = Segmenter.standard().segment("\r\n".repeat(MEGABYTE / 2));

    assertEquals(0, segmentation.paragraphs().size());
  }

  @Test
  void reportingVerbLookAheadStopsAfterAFewNames() {
    // Twenty names are too many for an attribution, so every question ends its sentence, and
    // each look-ahead gives up after a bounded number of words.
    String unit = "\"Why?\" " + "Rice ".repeat(20);
    int repeats = MEGABYTE / unit.length();
    Segmentation segmentation = Segmenter.standard().segment(unit.repeat(repeats) + "asked.");

    assertEquals(repeats + 1, segmentation.sentences().size());
  }
}
