package dev.demarche.examples;

import static com.google.common.base.Preconditions.checkArgument;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import dev.demarche.model.Actor;
import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysis code of the kind a user writes on Demarche's model: which speakers make the most
 * statements. Its test, {@code TopSpeakersTest}, shows how to test such code with the model's
 * builders and the jqwik arbitraries of {@code dev.demarche.testing.ModelArbitraries}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TopSpeakers {
  private TopSpeakers() {}

  /**
   * A speaker and the number of its statements.
   *
   * @param name the speaker's name
   * @param statements how many statements it made
   */
  public record Count(String name, long statements) {}

  /**
   * Returns the {@code limit} speakers with the most statements in {@code extractions}, most first,
   * ties by name. Statements without a speaker are not counted; speakers are told apart by name.
   *
   * @param extractions what was extracted
   * @param limit the most speakers returned
   * @return the counts, most statements first
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public static List<Count> of(Iterable<Extraction> extractions, int limit) {
    checkArgument(limit >= 0, "limit must not be negative: %s", limit);
    Map<String, Long> counts = new HashMap<>();
    for (Extraction extraction : extractions) {
      for (Statement statement : extraction.statements()) {
        statement
            .speaker()
            .map(extraction::expectActor)
            .map(Actor::name)
            .ifPresent(name -> counts.merge(name, 1L, Long::sum));
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingLong(Count::statements).reversed().thenComparing(Count::name))
        .limit(limit)
        .toList();
  }

  /**
   * Prints the five speakers with the most statements in the bundled sample articles.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Runs.run(
        "TopSpeakers",
        () -> {
          try (ArticleReader articles =
              ArticleReader.plainText(
                  Demarche.sampleArticles(), ArticleReader.Options.of("seed-articles.txt"))) {
            List<Extraction> extractions = Demarche.extractor().extractAll(articles.stream()).toList();
            for (Count count : of(extractions, 5)) {
              System.out.println(count.statements() + " " + count.name());
            }
          }
        });
  }
}
