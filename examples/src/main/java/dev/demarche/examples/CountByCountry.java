package dev.demarche.examples;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.model.Actor;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Extracts a JSON Lines corpus and counts its statements by the country of their speaker, such as
 * the Wikinews sample in {@code io/src/test/resources/dev/demarche/io/wikinews/} (CC BY 2.5,
 * Wikinews contributors; see the README there).
 *
 * <p>Arguments: the corpus, a JSON Lines file of articles.
 *
 * <p>Stateless and thread-safe.
 */
public final class CountByCountry {
  /** The key of statements whose speaker has no known country, or no speaker at all. */
  public static final String UNKNOWN = "unknown";

  private CountByCountry() {}

  /**
   * Counts the statements of the articles in {@code corpus} by the country of their speaker.
   *
   * @param corpus a JSON Lines file of articles
   * @return the counts by ISO 3166-1 alpha-3 code or {@link #UNKNOWN}, in the order of the codes
   * @throws dev.demarche.io.DemarcheIoException if the corpus cannot be read
   * @throws IOException if the corpus cannot be closed
   */
  public static Map<String, Long> count(Path corpus) throws IOException {
    // snippet: CountByCountry
    Extractor extractor = Demarche.extractor();
    Map<String, Long> counts = new TreeMap<>();
    try (ArticleReader articles = ArticleReader.jsonLines(corpus)) {
      extractor
          .extractAll(articles.stream())
          .forEach(
              extraction -> {
                for (Statement statement : extraction.statements()) {
                  String country =
                      statement
                          .speaker()
                          .flatMap(extraction::findActor)
                          .flatMap(Actor::country)
                          .map(CountryCode::code)
                          .orElse(UNKNOWN);
                  counts.merge(country, 1L, Long::sum);
                }
              });
    }
    // end snippet
    return counts;
  }

  /**
   * Prints {@code counts}, most statements first, ties in the order of the codes.
   *
   * @param counts statement counts by country
   * @param out where to print
   */
  public static void print(Map<String, Long> counts, PrintStream out) {
    Comparator<Map.Entry<String, Long>> mostFirst =
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey());
    counts.entrySet().stream()
        .sorted(mostFirst)
        .forEach(e -> out.printf("%-7s %6d%n", e.getKey(), e.getValue()));
  }

  /**
   * Prints the statement counts by speaker country of the corpus named by the first argument.
   *
   * @param args the corpus, a JSON Lines file of articles
   */
  public static void main(String[] args) {
    Runs.run(
        "CountByCountry",
        () -> {
          if (args.length != 1) {
            System.err.println("usage: CountByCountry CORPUS.jsonl");
            System.exit(2);
          }
          print(count(Path.of(args[0])), System.out);
        });
  }
}
