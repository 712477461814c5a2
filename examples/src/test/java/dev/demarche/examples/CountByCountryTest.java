package dev.demarche.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountByCountryTest {
  /** The Wikinews sample, passed by the build (see the surefire configuration in the pom). */
  private static Path wikinews() {
    String path = System.getProperty("demarche.wikinews");
    assertNotNull(path, "system property demarche.wikinews (set by the pom) is missing");
    return Path.of(path);
  }

  @Test
  void countsStatementsBySpeakerCountry(@TempDir Path dir) throws IOException {
    Path corpus =
        Files.writeString(
            dir.resolve("corpus.jsonl"),
            "{\"id\":\"a1\",\"text\":\"\\\"We will never give up,\\\" China said.\"}\n"
                + "{\"id\":\"a2\",\"text\":\"\\\"We will never give up,\\\" China said.\"}\n"
                + "{\"id\":\"a3\",\"text\":\"\\\"We will never give up,\\\" Prime Minister Jane Doe"
                + " said.\"}\n",
            UTF_8);

    assertEquals(Map.of("CHN", 2L, CountByCountry.UNKNOWN, 1L), CountByCountry.count(corpus));
  }

  @Test
  void printsMostStatementsFirstThenByCode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CountByCountry.print(Map.of("USA", 3L, "CHN", 5L, "JPN", 3L), new PrintStream(bytes, true, UTF_8));

    assertEquals(
        String.format("CHN          5%nJPN          3%nUSA          3%n"), bytes.toString(UTF_8));
  }

  @Test
  void countsEveryStatementOfTheWikinewsCorpus() throws IOException {
    Map<String, Long> counts = CountByCountry.count(wikinews());

    long statements;
    try (ArticleReader articles = ArticleReader.jsonLines(wikinews())) {
      statements =
          Demarche.extractor().extractAll(articles.stream()).mapToLong(e -> e.statements().size()).sum();
    }
    assertEquals(statements, counts.values().stream().mapToLong(Long::longValue).sum());
    assertTrue(statements > 171, "statements in 171 articles: " + statements);
    assertTrue(counts.keySet().stream().allMatch(k -> k.equals(CountByCountry.UNKNOWN) || k.matches("[A-Z]{3}")), counts::toString);
  }
}
