package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** Structural checks that must hold for any text, shared by the property and corpus tests. */
final class Invariants {

  private Invariants() {}

  /** Paragraphs and sentences: ordered, disjoint, trimmed, and covering every non-space char. */
  static void checkSegmentation(String text, Segmentation segmentation) {
    checkPartition(text, segmentation.paragraphs(), "paragraph");
    checkPartition(text, segmentation.sentences(), "sentence");
    for (TextRange paragraph : segmentation.paragraphs()) {
      for (int i = paragraph.begin(); i < paragraph.end(); i++) {
        assertTrue(
            !CharClasses.isParagraphBreak(text.charAt(i)),
            () -> "paragraph " + paragraph + " contains a line break");
      }
    }
    for (TextRange sentence : segmentation.sentences()) {
      int index = segmentation.paragraphIndexOf(sentence.begin()).orElseThrow();
      assertTrue(
          segmentation.paragraphs().get(index).encloses(sentence),
          () -> "sentence " + sentence + " crosses a paragraph boundary");
    }
  }

  private static void checkPartition(String text, List<TextRange> ranges, String what) {
    int previousEnd = 0;
    for (TextRange range : ranges) {
      assertTrue(range.begin() >= previousEnd, () -> what + " " + range + " overlaps or is out of order");
      assertTrue(range.end() <= text.length(), () -> what + " " + range + " ends past the text");
      assertTrue(!range.isEmpty(), () -> what + " " + range + " is empty");
      assertTrue(
          !CharClasses.isSpace(text.charAt(range.begin()))
              && !CharClasses.isSpace(text.charAt(range.end() - 1)),
          () -> what + " " + range + " is not trimmed");
      for (int i = previousEnd; i < range.begin(); i++) {
        if (!CharClasses.isSpace(text.charAt(i))) {
          fail(what + "s leave the non-space character at " + i + " uncovered");
        }
      }
      previousEnd = range.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      if (!CharClasses.isSpace(text.charAt(i))) {
        fail(what + "s leave the non-space character at " + i + " uncovered");
      }
    }
  }

  /**
   * Quotations: within bounds, in order, marks at their ends, disjoint at depth 0, nested ones
   * inside their parents, none across a paragraph boundary unless continued.
   */
  static void checkQuotes(String text, QuoteScan scan) {
    ImmutableList<TextRange> paragraphs = Segmenter.paragraphs(text);
    Segmentation byParagraph = new Segmentation(paragraphs, ImmutableList.of());
    List<Quote> open = new ArrayList<>();
    int previousBegin = -1;
    TextRange previousTop = null;
    for (Quote quote : scan.quotes()) {
      TextRange outer = quote.outer();
      assertTrue(outer.end() <= text.length(), () -> "quote " + quote + " ends past the text");
      assertTrue(outer.begin() > previousBegin, () -> "quote " + quote + " out of text order");
      previousBegin = outer.begin();
      char first = text.charAt(outer.begin());
      assertTrue(
          CharClasses.isDoubleQuoteMark(first) || CharClasses.isSingleQuoteMark(first),
          () -> "quote " + quote + " does not start with a mark");
      assertEquals(
          quote.style().isSingle(),
          CharClasses.isSingleQuoteMark(first),
          () -> "style of " + quote + " does not match its mark");
      if (quote.closed()) {
        char last = text.charAt(outer.end() - 1);
        assertTrue(
            CharClasses.isDoubleQuoteMark(last) || CharClasses.isSingleQuoteMark(last),
            () -> "closed quote " + quote + " does not end with a mark");
        assertTrue(outer.length() >= 2, () -> "closed quote " + quote + " has one mark only");
      }
      TextRange inner = quote.inner();
      assertTrue(
          inner.isEmpty()
              || !CharClasses.isSpace(text.charAt(inner.begin()))
                  && !CharClasses.isSpace(text.charAt(inner.end() - 1)),
          () -> "inner of " + quote + " is not trimmed");
      int firstParagraph = byParagraph.paragraphIndexOf(outer.begin()).orElseThrow();
      int lastParagraph = byParagraph.paragraphIndexOf(outer.end() - 1).orElseThrow();
      assertTrue(
          firstParagraph == lastParagraph || quote.paragraphContinued(),
          () -> "quote " + quote + " crosses a paragraph boundary");
      if (quote.paragraphContinued()) {
        assertEquals(0, quote.depth(), () -> "continued quote " + quote + " is nested");
      }
      while (!open.isEmpty() && !open.get(open.size() - 1).outer().encloses(outer)) {
        open.remove(open.size() - 1);
      }
      assertEquals(open.size(), quote.depth(), () -> "depth of " + quote + " does not match its parents");
      if (quote.depth() == 0) {
        TextRange previous = previousTop;
        assertTrue(
            previous == null || !previous.overlaps(outer),
            () -> "top-level quotes " + previous + " and " + outer + " overlap");
        previousTop = outer;
      }
      open.add(quote);
    }
    int previousOffset = -1;
    for (QuoteProblem problem : scan.problems()) {
      assertTrue(problem.offset() < text.length(), () -> "problem " + problem + " past the text");
      assertTrue(problem.offset() >= previousOffset, () -> "problem " + problem + " out of order");
      previousOffset = problem.offset();
      assertTrue(!problem.message().isEmpty(), "problem message is empty");
    }
    assertEquals(scan.problems().size() + scan.omittedProblems(), scan.problemCount());
  }
}
