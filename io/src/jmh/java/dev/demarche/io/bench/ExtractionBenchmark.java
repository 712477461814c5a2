package dev.demarche.io.bench;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.model.Article;
import dev.demarche.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of extraction, one thread: each operation extracts every article of a corpus of real
 * news, the 171 Wikinews articles of 2019 bundled with the tests and the five sample articles.
 * {@link #main} runs JMH with the options given and reports MB/s, a megabyte being 10^6 bytes of
 * the articles' text in UTF-8.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
  private final Extractor extractor = Demarche.extractor();
  private List<Article> corpus;

  @Setup
  public void setUp() {
    corpus = corpus();
  }

  static List<Article> corpus() {
    List<Article> articles = new ArrayList<>();
    try (InputStream wikinews =
            ExtractionBenchmark.class.getResourceAsStream("/dev/demarche/io/wikinews/wikinews-2019.jsonl");
        ArticleReader reader =
            ArticleReader.jsonLines(wikinews, ArticleReader.Options.of("wikinews-2019.jsonl"))) {
      reader.forEachRemaining(articles::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream sample = Demarche.sampleArticles();
        ArticleReader reader = ArticleReader.plainText(sample, ArticleReader.Options.of("seed-articles.txt"))) {
      reader.forEachRemaining(articles::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  @Benchmark
  public void extractCorpus(Blackhole sink) {
    for (Article article : corpus) {
      Extraction extraction = extractor.extract(article);
      sink.consume(extraction);
    }
  }

  /** Runs the benchmark with JMH's command-line options and prints its throughput in MB/s. */
  public static void main(String[] args) throws Exception {
    List<Article> corpus = corpus();
    long bytes = corpus.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    CommandLineOptions options = new CommandLineOptions(args);
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().parent(options).include(ExtractionBenchmark.class.getName()).build())
            .run();
    System.out.printf("%nCorpus: %,d articles, %,d bytes of text%n", corpus.size(), bytes);
    for (RunResult result : results) {
      if (!result.getParams().getBenchmark().startsWith(ExtractionBenchmark.class.getName() + ".")) {
        // options that include other benchmarks run them too; their corpus is not this one
        continue;
      }
      double millis = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      System.out.printf(
          "extractCorpus %8.2f ms/op ± %6.2f (99.9%%)  =  %5.2f MB/s per thread%n",
          millis, error, bytes / 1e6 / (millis / 1000));
    }
  }
}
