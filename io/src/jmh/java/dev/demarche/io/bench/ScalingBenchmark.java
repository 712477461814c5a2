package dev.demarche.io.bench;

import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.Extraction;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the time of one extraction grows with the article: an article made of one phrase repeated to
 * {@link #size} characters, for phrases that make every rule look around a great deal (a statement
 * every few words, sentences that never end, quotation marks, commas, capitalised words or parentheses
 * alone). Linear time shows as four times the time for four times the size; a step that scans the
 * article for each statement, as sixteen.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  /** The repeated phrase. */
  @Param({"she said. ", "The company said. ", "officials said ", "Local 12 of the Union said. ", "\"", ", ",
      "President John Smith ", "(("})
  public String phrase;

  /** The article's length in characters. */
  @Param({"65536", "262144"})
  public int size;

  private final Extractor extractor = Demarche.extractor();
  private Article article;

  @Setup
  public void setUp() {
    StringBuilder text = new StringBuilder("Smith said. ");
    while (text.length() < size) {
      text.append(phrase);
    }
    article = Article.of(ArticleId.of("scaling"), text.toString());
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(article);
  }
}
