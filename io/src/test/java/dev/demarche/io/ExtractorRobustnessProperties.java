package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extraction of any text built from the pieces the rules look at (cues, quotation marks,
 * possessives, names, titles, asides), and of real news edited at random (pieces put in, characters
 * taken out, cases swapped, lines broken, the text cut short), finishes without an exception, and every
 * statement points at its own characters.
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
    checkExtraction(text);
  }

  /** The bundled Wikinews articles, read once. */
  private static final List<String> NEWS = news();

  private static List<String> news() {
    List<String> texts = new ArrayList<>();
    try (InputStream in = ExtractorRobustnessProperties.class.getResourceAsStream(
            "/dev/demarche/io/wikinews/wikinews-2019.jsonl");
        ArticleReader reader = ArticleReader.jsonLines(in, ArticleReader.Options.of("wikinews-2019.jsonl"))) {
      reader.forEachRemaining(a -> texts.add(a.text()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /** One edit of a text: what it does, where (a fraction of the text's length), and the piece it puts in. */
  private record Edit(int kind, double at, String piece) {
    void apply(StringBuilder text) {
      if (text.length() < 2) {
        return;
      }
      int p = (int) (at * (text.length() - 1));
      char c = text.charAt(p);
      switch (kind) {
        case 0 -> text.insert(p, " " + piece + " ");
        case 1 -> text.deleteCharAt(p);
        case 2 -> text.setCharAt(p, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        case 3 -> text.setLength(p + 1);
        default -> {
          int space = text.indexOf(" ", p);
          if (space > 0) {
            text.setCharAt(space, '\n');
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<String> editedNews() {
    Arbitrary<Edit> edit = Combinators.combine(
            Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1), Arbitraries.of(PIECES))
        .as(Edit::new);
    return Combinators.combine(Arbitraries.integers().between(0, NEWS.size() - 1), edit.list().ofMaxSize(60))
        .as((article, edits) -> {
          StringBuilder text = new StringBuilder(NEWS.get(article));
          edits.forEach(e -> e.apply(text));
          return text.toString();
        })
        .filter(text -> !text.isBlank());
  }

  @Property(tries = 500)
  void realNewsEditedAtRandomIsExtractedWithValidSpans(@ForAll("editedNews") String text) {
    checkExtraction(text);
  }

  private static void checkExtraction(String text) {
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
