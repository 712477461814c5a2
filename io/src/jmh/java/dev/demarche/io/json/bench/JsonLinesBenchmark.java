package dev.demarche.io.json.bench;

import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesReader;
import dev.demarche.io.json.JsonLinesWriter;
import dev.demarche.model.Extraction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * Throughput of writing and reading a JSON Lines file of extractions, in memory, one thread. Each
 * operation writes or reads the whole corpus: 1,000 newswire-like extractions (see
 * {@link NewsCorpus}). {@link #main} runs JMH with the options given and reports MB/s, a megabyte
 * being 10^6 bytes of the UTF-8 file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonLinesBenchmark {
  static final int EXTRACTIONS = 1_000;
  static final long SEED = 20_250_221L;

  private final DemarcheJson json = DemarcheJson.defaults();
  private List<Extraction> corpus;
  private byte[] file;

  @Setup
  public void setUp() {
    corpus = NewsCorpus.extractions(EXTRACTIONS, SEED);
    file = write(json, corpus, new ByteArrayOutputStream());
  }

  static byte[] write(DemarcheJson json, List<Extraction> corpus, ByteArrayOutputStream out) {
    try (JsonLinesWriter<Extraction> writer = json.newJsonLinesWriter(out, Extraction.class)) {
      writer.writeAll(corpus);
    }
    return out.toByteArray();
  }

  @Benchmark
  public int writeJsonLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
    try (JsonLinesWriter<Extraction> writer = json.newJsonLinesWriter(out, Extraction.class)) {
      writer.writeAll(corpus);
    }
    return out.size();
  }

  @Benchmark
  public void readJsonLines(Blackhole sink) {
    try (JsonLinesReader<Extraction> reader =
        json.newJsonLinesReader(new ByteArrayInputStream(file), Extraction.class)) {
      while (reader.hasNext()) {
        sink.consume(reader.next());
      }
    }
  }

  private static double megabytesPerSecond(long bytes, double millisPerOperation) {
    return bytes / 1e6 / (millisPerOperation / 1000);
  }

  /** Runs the benchmarks with JMH's command-line options and prints their throughput in MB/s. */
  public static void main(String[] args) throws Exception {
    long bytes =
        write(DemarcheJson.defaults(), NewsCorpus.extractions(EXTRACTIONS, SEED), new ByteArrayOutputStream())
            .length;
    CommandLineOptions options = new CommandLineOptions(args);
    Collection<RunResult> results =
        new Runner(new OptionsBuilder().parent(options).include(JsonLinesBenchmark.class.getName()).build())
            .run();
    System.out.printf("%nCorpus: %,d extractions, %,d bytes of JSON Lines (%.1f KB per line)%n",
        EXTRACTIONS, bytes, bytes / 1000.0 / EXTRACTIONS);
    for (RunResult result : results) {
      if (!result.getParams().getBenchmark().startsWith(JsonLinesBenchmark.class.getName() + ".")) {
        // options that include other benchmarks run them too; their corpus is not this one
        continue;
      }
      double millis = result.getPrimaryResult().getScore();
      double error = result.getPrimaryResult().getScoreError();
      String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      System.out.printf(
          "%-16s %8.2f ms/op ± %6.2f (99.9%%)  =  %6.1f MB/s%n", name, millis, error, megabytesPerSecond(bytes, millis));
      double[] iterations =
          result.getBenchmarkResults().stream()
              .flatMap(b -> b.getIterationResults().stream())
              .mapToDouble(i -> i.getPrimaryResult().getScore())
              .sorted()
              .toArray();
      if (iterations.length > 0) {
        System.out.printf(
            "%-16s best iteration %6.1f MB/s, worst %6.1f MB/s%n",
            "",
            megabytesPerSecond(bytes, iterations[0]),
            megabytesPerSecond(bytes, iterations[iterations.length - 1]));
      }
    }
  }
}
