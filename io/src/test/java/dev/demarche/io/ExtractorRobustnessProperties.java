package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extraction of any text built from the pieces the rules look at (cues, quotation marks,
 * possessives, names, titles, asides) finishes without an exception, and every statement points at
 * its own characters.
 */
class ExtractorRobustnessProperties {
  private static final Extractor EXTRACTOR = Demarche.extractor();

  private static final List<String> PIECES = List.of(
      "said", "says", "told", "reported", "according to", "According to", "added", "warned", "urged",
      "asked", "denied", "cited", "as saying", "saying", "went on to say", "read", "claimed", "his", "her",
      "their", "its", "comments", "statement", "assurances", "recommendation", "allegations", "from", "of",
      "in", "with", "that", "which", "who", "and", "but", "however", "not", "the", "a", "one of the",
      "officials", "the ministry", "the spokesman", "President", "Minister of Information", "John Smith",
      "Ana dela Cruz", "Khalid al-Rashid", "Znak.com", "Reuters", "China", "Beijing", "Trump", "'s", "’s",
      "he", "she", "it", "they", "him", ",", ".", ":", ";", "—", "(", ")", "\"", "“", "”", "‘", "’", "'",
      "[...]", "Mr.", "U.S.", "on Monday", "in August", "\n", "\n\n", "習近平", "1st", "10:30");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "");
    // pieces joined by spaces, or glued to their neighbours: "said,\"", "“We"
    return piece.flatMap(p -> glue.map(g -> p + g)).list().ofMinSize(1).ofMaxSize(80)
        .map(pieces -> String.join("", pieces))
        .filter(text -> !text.isBlank());
  }

  @Property(tries = 2000)
  void anyTextOfRulePiecesIsExtractedWithValidSpans(@ForAll("texts") String text) {
    Extraction x = EXTRACTOR.extract("fuzz", text);
    for (Statement s : x.statements()) {
      assertEquals(s.content(), x.article().text(s.contentSpan()), text);
      assertTrue(!s.content().isBlank(), text);
      s.speakerMention().ifPresent(m -> assertEquals(m.text(), x.article().text(m.span()), text));
      s.cue().ifPresent(c -> assertEquals(c.text(), x.article().text(c.span()), text));
      s.speaker().ifPresent(id -> assertTrue(x.findActor(id).isPresent(), text));
    }
  }
}
