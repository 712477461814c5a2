package dev.demarche.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesReader;
import dev.demarche.io.json.JsonLinesWriter;
import dev.demarche.model.Extraction;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of docs/getting-started.md that is not in an example program, run; see {@link
 * DocSnippetsTest}.
 */
class GettingStartedSnippetsTest {
  @TempDir Path dir;

  @Test
  void extractsOneTextAndWritesAndReadsJsonLines() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("news.txt"),
            "\"We will never give up,\" Prime Minister Jane Doe said.\n\n"
                + "China warned of consequences.\n",
            UTF_8);
    Path output = dir.resolve("news.jsonl");

    // snippet: ExtractOneText
    Extraction extraction =
        Demarche.extractor().extract("note-1", "\"We will never give up,\" Prime Minister Jane Doe said.");
    Statement statement = extraction.statements().get(0);
    statement.content(); // We will never give up,
    statement.speakerMention().orElseThrow().text(); // Prime Minister Jane Doe
    extraction.expectActor(statement.speaker().orElseThrow()).name(); // Jane Doe
    // end snippet
    assertEquals("We will never give up,", statement.content());
    assertEquals("Prime Minister Jane Doe", statement.speakerMention().orElseThrow().text());
    assertEquals("Jane Doe", extraction.expectActor(statement.speaker().orElseThrow()).name());

    // snippet: WriteJsonLines
    try (ArticleReader articles = ArticleReader.plainText(input);
        JsonLinesWriter<Extraction> out =
            DemarcheJson.defaults().newJsonLinesWriter(output, Extraction.class)) {
      Demarche.extractor().extractAll(articles.stream()).forEach(out::write);
    }
    // end snippet

    // snippet: ReadJsonLines
    List<Statement> warnings;
    try (JsonLinesReader<Extraction> in =
        DemarcheJson.defaults().newJsonLinesReader(output, Extraction.class)) {
      warnings =
          in.stream()
              .flatMap(e -> e.statements().stream())
              .filter(s -> s.speechAct() == SpeechAct.WARN)
              .toList();
    }
    // end snippet
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"extraction\"}",
        Files.readAllLines(output, UTF_8).get(0));
    assertEquals(3, Files.readAllLines(output, UTF_8).size());
    assertEquals(
        warnings,
        Demarche.extractor().extract("news.txt#2", "China warned of consequences.").statements().stream()
            .filter(s -> s.speechAct() == SpeechAct.WARN)
            .toList());
  }
}
