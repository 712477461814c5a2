package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextPropertiesTest {

  // Letters of both cases, spaces, sentence and quotation punctuation, and line breaks: enough to
  // meet every rule, few enough that marks collide often.
  private static final String ALPHABET =
      "aBz S.\"\u201C\u201D\u2018\u2019'\n\r?!,:\u2026\u00A0";

  private static final List<String> TOKENS =
      List.of(
          "The", "he", "said", "U.S.", "Mr.", "Oct.", "No.", "W.", "5", "3.5", "China's",
          "officials\u2019", " ", " ", " ", ".", "?", "!", "...", ",", ":", "\n", "\n\n", "\"",
          "\u201C", "\u201D", "\u2018", "\u2019", "'", "(", ")");

  @Provide
  Arbitrary<String> characterSoup() {
    return Arbitraries.strings().withChars(ALPHABET).ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
  }

  @Property(tries = 1000)
  void segmentationPartitionsCharacterSoup(@ForAll("characterSoup") String text) {
    Invariants.checkSegmentation(text, Segmenter.standard().segment(text));
  }

  @Property(tries = 1000)
  void segmentationPartitionsTokenSoup(@ForAll("tokenSoup") String text) {
    Invariants.checkSegmentation(text, Segmenter.standard().segment(text));
  }

  @Property(tries = 1000)
  void quotesAreWellFormedInCharacterSoup(@ForAll("characterSoup") String text) {
    Invariants.checkQuotes(text, QuoteScanner.scan(text));
  }

  @Property(tries = 1000)
  void quotesAreWellFormedInTokenSoup(@ForAll("tokenSoup") String text) {
    Invariants.checkQuotes(text, QuoteScanner.scan(text));
  }

  @Property(tries = 300)
  void scanningIsDeterministic(@ForAll("characterSoup") String text) {
    assertEquals(QuoteScanner.scan(text), QuoteScanner.scan(text));
    assertEquals(Segmenter.standard().segment(text), Segmenter.standard().segment(text));
  }

  @Property(tries = 300)
  void paragraphsAreTheSameForBothComponents(@ForAll("characterSoup") String text) {
    assertEquals(Segmenter.paragraphs(text), Segmenter.standard().segment(text).paragraphs());
  }
}
