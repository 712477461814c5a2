package dev.demarche.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.CueLexicon;
import dev.demarche.io.Demarche;
import dev.demarche.io.DemarcheIoException;
import dev.demarche.io.Extractor;
import dev.demarche.io.ExtractorConfig;
import dev.demarche.io.Gazetteer;
import dev.demarche.io.ReadProblem;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code demarche extract}: reads articles, extracts them on every core, and writes the results in
 * input order. Memory stays flat whatever the input size: articles are read one at a time and at
 * most two per thread are in flight.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = DemarcheCli.Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Extracts statements, their speakers and the actors found from news articles.",
      "",
      "Reads plain text (articles separated by blank lines) or JSON Lines (one article a line: text,"
          + " and optionally id, title, source, url, published), and writes JSON Lines, JSON, a table"
          + " of statements or a readable summary, in the order of the input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:input that cannot be read (a missing file, a malformed line) or output that cannot be written",
      "2:bad arguments: an unknown option, a bad value, no input",
      "3:an internal error (a bug in Demarche)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  demarche extract --sample --output summary",
      "  demarche extract --output table news.txt",
      "  demarche extract --published 2019-03-04 -o out.jsonl news.txt",
      "  cat corpus.jsonl | demarche extract --format jsonl --skip-bad -"
    })
final class ExtractCommand implements Callable<Integer> {
  /** How to read an input. */
  enum InputFormat {
    /** By the file's extension: {@code .jsonl}, {@code .ndjson} and {@code .json} are JSON Lines. */
    AUTO,
    /** Plain text. */
    TEXT,
    /** JSON Lines. */
    JSONL
  }

  /** What to write. */
  enum OutputFormat {
    /** The documented JSON Lines format: a header line, then one extraction a line. */
    JSONL,
    /** A JSON array of documents, one extraction each, indented. */
    JSON,
    /** A table of statements, one a line. */
    TABLE,
    /** A readable summary of each article: its statements with their speakers, and its actors. */
    SUMMARY
  }

  /** When to show the progress bar. */
  enum ProgressMode {
    /** On a terminal, when writing to a file, for inputs over 4 MiB. */
    AUTO,
    /** Always. */
    ALWAYS,
    /** Never. */
    NEVER
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Files of articles to read, in order; '-' reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--sample",
      description = "Reads the bundled sample articles (five news articles), before any FILE.")
  boolean sample;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "How to read the input: auto (by extension: .jsonl, .ndjson, .json are JSON Lines, the"
              + " rest plain text), text or jsonl. Default: ${DEFAULT-VALUE}.")
  InputFormat format;

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
      description =
          "What to write: jsonl (the format of docs/format.md), json, table or summary. Default:"
              + " ${DEFAULT-VALUE}.")
  OutputFormat output;

  @Option(
      names = {"-o", "--output-file"},
      paramLabel = "FILE",
      description = "Writes to FILE, created or replaced, instead of standard output.")
  Path outputFile;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "The publication date (YYYY-MM-DD) of articles that do not give one; relative dates are"
              + " resolved against it.")
  LocalDate published;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Adds the actors of FILE to the bundled gazetteer: tab-separated rows of id, name,"
              + " aliases, country, kind. Repeatable.")
  List<Path> gazetteers = new ArrayList<>();

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Adds the reporting cues of FILE to the bundled lexicon: tab-separated rows of cue,"
              + " forms, act. Repeatable.")
  List<Path> lexicons = new ArrayList<>();

  @Option(
      names = "--skip-bad",
      description =
          "Skips input that cannot be read (a malformed line, an article over the limit) and reports"
              + " it on standard error, instead of stopping at it.")
  boolean skipBad;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extracts on N threads. Default: the number of cores, ${DEFAULT-VALUE} here.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Shows a progress bar on standard error: auto (on a terminal, with -o, for inputs over"
              + " 4 MiB), always or never. Default: ${DEFAULT-VALUE}.")
  ProgressMode progress;

  private final InputStream stdin;

  ExtractCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw usage("--threads must be at least 1: " + threads);
    }
    List<Articles.Input> inputs = inputs();
    Extractor extractor = extractor();
    PrintWriter err = spec.commandLine().getErr();
    ArticleReader.Options options = ArticleReader.Options.of("input");
    if (published != null) {
      options = options.withPublished(published);
    }
    if (skipBad) {
      options = options.withOnError(ArticleReader.OnError.SKIP);
    }
    try (Articles articles = new Articles(inputs, options, problem -> skipped(err, problem));
        ExtractionSink sink = ExtractionSink.of(output, openOutput())) {
      Progress bar = progress(articles.totalBytes(), err);
      long[] count = {0};
      try {
        OrderedParallel.forEach(
            articles,
            extractor::extract,
            extraction -> {
              sink.write(extraction);
              bar.update(++count[0], articles.bytesRead());
            },
            threads);
      } catch (RuntimeException e) {
        bar.abandon();
        throw e;
      }
      bar.finish(count[0], articles.bytesRead());
    }
    return DemarcheCli.OK;
  }

  private List<Articles.Input> inputs() {
    if (!sample && files.isEmpty()) {
      throw usage("no input: give FILE..., '-' for standard input, or --sample");
    }
    List<Articles.Input> inputs = new ArrayList<>();
    if (sample) {
      inputs.add(Articles.Input.of("seed-articles.txt", false, -1, Demarche::sampleArticles));
    }
    for (String name : files) {
      if (name.equals("-")) {
        inputs.add(Articles.Input.of("stdin", format == InputFormat.JSONL, -1, () -> Articles.unclosable(stdin)));
        continue;
      }
      Path file = path(name);
      checkReadable(file);
      inputs.add(
          Articles.Input.of(
              sourceName(file),
              isJsonLines(file),
              size(file),
              () -> Files.newInputStream(file)));
    }
    return inputs;
  }

  /**
   * The name of an input in article ids and messages: its file name, or the path as given when
   * another input has the same file name, so that ids stay unique.
   */
  private String sourceName(Path file) {
    String name = file.getFileName().toString();
    long same =
        files.stream()
            .filter(f -> !f.equals("-"))
            .map(f -> Path.of(f).getFileName())
            .filter(n -> n != null && n.toString().equals(name))
            .count();
    return same > 1 ? file.toString() : name;
  }

  private boolean isJsonLines(Path file) {
    if (format != InputFormat.AUTO) {
      return format == InputFormat.JSONL;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private Extractor extractor() {
    if (gazetteers.isEmpty() && lexicons.isEmpty()) {
      return Demarche.extractor();
    }
    Gazetteer.Builder gazetteer = Gazetteer.builder().addDefaults();
    for (Path file : gazetteers) {
      checkReadable(file);
      gazetteer.addActors(file);
    }
    CueLexicon.Builder cues = CueLexicon.builder().addDefaults();
    for (Path file : lexicons) {
      checkReadable(file);
      cues.addCues(file);
    }
    return Demarche.extractor(
        ExtractorConfig.defaults().withGazetteer(gazetteer.build()).withCues(cues.build()));
  }

  private Writer openOutput() throws IOException {
    if (outputFile != null) {
      return Files.newBufferedWriter(outputFile, UTF_8);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    return new FilterWriter(stdout) {
      @Override
      public void close() {
        if (stdout.checkError()) {
          throw new UncheckedIOException(new IOException("cannot write to standard output"));
        }
      }
    };
  }

  private Progress progress(long totalBytes, PrintWriter err) {
    boolean on =
        switch (progress) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> Terminals.isTerminal(2)
              && (outputFile != null || !Terminals.isTerminal(1))
              && totalBytes > Progress.AUTO_THRESHOLD_BYTES;
        };
    return on ? Progress.on(err, totalBytes, System::nanoTime) : Progress.off();
  }

  private static void skipped(PrintWriter err, ReadProblem problem) {
    err.println(DemarcheCli.NAME + ": skipped " + problem);
  }

  private Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw usage("not a file name: '" + name + "'");
    }
  }

  private static void checkReadable(Path file) {
    String problem = null;
    if (!Files.exists(file)) {
      problem = "no such file";
    } else if (Files.isDirectory(file)) {
      problem = "is a directory, not a file";
    } else if (!Files.isReadable(file)) {
      problem = "cannot be read: permission denied";
    }
    if (problem != null) {
      throw new DemarcheIoException(file.toString(), 0, 0, null, null, problem, null);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Reads {@code --published}: an ISO date, with a message that says so. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
