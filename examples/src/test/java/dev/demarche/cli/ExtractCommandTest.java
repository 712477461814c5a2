package dev.demarche.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.io.Demarche;
import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesReader;
import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExtractCommandTest {
  /** A sentence whose one statement any version of the extractor finds: plumbing, not accuracy. */
  private static final String QUOTE = "\"We will never give up,\" Prime Minister Jane Doe said.";

  private static final String TABLE_HEADER =
      "ARTICLE                 SPEAKER                       ACT              MODE          DATE "
          + "           CONTENT";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, UTF_8);
  }

  private static List<Extraction> readJsonLines(String text) {
    List<Extraction> extractions = new ArrayList<>();
    try (JsonLinesReader<Extraction> in =
        DemarcheJson.defaults().newJsonLinesReader(new StringReader(text), Extraction.class)) {
      in.forEachRemaining(extractions::add);
    }
    return extractions;
  }

  @Test
  void tableListsSpeakerActModeDateAndContent() throws IOException {
    Path news = write("news.txt", QUOTE + "\n");

    CliRun run = CliRun.of("extract", "--output", "table", news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        List.of(
            TABLE_HEADER,
            "news.txt#1              Jane Doe                      say              direct        -"
                + "               \"We will never give up,\""),
        run.outLines());
    assertEquals("", run.err());
  }

  @Test
  void jsonLinesIsTheDocumentedFormatAndEqualsTheLibrarysExtraction() throws IOException {
    Path news = write("news.txt", QUOTE + "\n\n" + QUOTE + "\n");

    CliRun run = CliRun.of("extract", news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("{\"format\":\"demarche/1\",\"type\":\"extraction\"}", run.outLines().get(0));
    List<Extraction> extractions = readJsonLines(run.out());
    assertEquals(2, extractions.size());
    assertEquals(Demarche.extractor().extract("news.txt#2", QUOTE), extractions.get(1));
  }

  @Test
  void jsonIsAnArrayOfDemarcheDocuments() throws IOException {
    Path news = write("news.txt", QUOTE + "\n\n" + QUOTE + "\n");

    CliRun run = CliRun.of("extract", "--output", "json", news.toString());

    assertEquals(0, run.code(), run.err());
    JsonNode array = JsonMapper.builder().build().readTree(run.out());
    assertEquals(2, array.size());
    Extraction first = DemarcheJson.defaults().read(array.get(0).toString(), Extraction.class);
    assertEquals(Demarche.extractor().extract("news.txt#1", QUOTE), first);
  }

  @Test
  void jsonOfNoArticlesIsAnEmptyArray() throws IOException {
    Path empty = write("empty.txt", "\n\n");

    CliRun run = CliRun.of("extract", "--output", "json", empty.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("[]\n", run.out());
  }

  @Test
  void publishedDateGoesToArticlesWithoutOneAndOnlyToThem() throws IOException {
    Path corpus =
        write(
            "corpus.jsonl",
            "{\"id\":\"a1\",\"text\":\"Talks resumed.\"}\n"
                + "{\"id\":\"a2\",\"text\":\"Talks resumed.\",\"published\":\"2005-02-19\"}\n");

    CliRun run = CliRun.of("extract", "--published", "2019-03-04", corpus.toString());

    assertEquals(0, run.code(), run.err());
    List<Extraction> extractions = readJsonLines(run.out());
    assertEquals(
        List.of(Optional.of(LocalDate.of(2019, 3, 4)), Optional.of(LocalDate.of(2005, 2, 19))),
        extractions.stream().map(e -> e.article().published()).toList());
  }

  @Test
  void gazetteerFileAddsTheUsersActorsWithTheirCountry() throws IOException {
    Path actors =
        write("actors.tsv", "harmony-ministry\tMinistry of Harmony\tHarmony Ministry\tNZL\tGOVERNMENT_BODY\n");
    Path news = write("news.txt", "\"We will never give up,\" the Ministry of Harmony said.\n");

    CliRun run =
        CliRun.of("extract", "--gazetteer", actors.toString(), "--output", "table", news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        "news.txt#1              Ministry of Harmony [NZL]     say              direct        -"
            + "               \"We will never give up,\"",
        run.outLines().get(1));
  }

  @Test
  void lexiconFileAddsTheUsersCues() throws IOException {
    Path cues = write("cues.tsv", "harrumph\tharrumph|harrumphs|harrumphed|harrumphing\tDENOUNCE\n");
    Path news = write("news.txt", "\"This is a provocation,\" China harrumphed.\n");

    CliRun run =
        CliRun.of("extract", "--lexicon", cues.toString(), "--output", "json", news.toString());

    assertEquals(0, run.code(), run.err());
    JsonNode array = JsonMapper.builder().build().readTree(run.out());
    Extraction extraction = DemarcheJson.defaults().read(array.get(0).toString(), Extraction.class);
    Statement statement = extraction.statements().get(0);
    assertEquals("harrumphed", statement.cue().orElseThrow().text());
    assertEquals("DENOUNCE", statement.speechAct().name());
  }

  @Test
  void malformedDataFileIsOneLineNamingFileAndLine() throws IOException {
    Path actors = write("actors.tsv", "# my actors\njane-doe\tJane Doe\t-\tXYZ\tPERSON\n");
    Path news = write("news.txt", QUOTE);

    CliRun run = CliRun.of("extract", "--gazetteer", actors.toString(), news.toString());

    assertEquals(1, run.code());
    assertEquals(
        List.of(
            "demarche: "
                + actors
                + ":2 field 'column 4': 'XYZ' is not an ISO 3166-1 alpha-3 code"),
        run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void malformedJsonLineStopsWithOneLineNamingFileAndLineAfterTheArticlesBeforeIt()
      throws IOException {
    Path corpus =
        write(
            "corpus.jsonl",
            "{\"id\":\"a1\",\"text\":\"" + QUOTE.replace("\"", "\\\"") + "\"}\n{\"id\": broken}\n");

    CliRun run = CliRun.of("extract", "--output", "table", corpus.toString());

    assertEquals(1, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("demarche: corpus.jsonl:2:"), run.err());
    assertEquals(2, run.outLines().size(), "the header and the statement of a1: " + run.out());
  }

  @Test
  void skipBadReportsEachMalformedLineAndGoesOn() throws IOException {
    Path corpus =
        write(
            "corpus.jsonl",
            "{\"id\":\"a1\",\"text\":\"Talks resumed.\"}\n"
                + "not json\n"
                + "{\"id\":\"a3\",\"text\":\"Talks resumed.\"}\n"
                + "{\"id\":\"a4\"}\n");

    CliRun run = CliRun.of("extract", "--skip-bad", corpus.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        List.of("a1", "a3"),
        readJsonLines(run.out()).stream().map(e -> e.article().id().value()).toList());
    assertEquals(2, run.errLines().size(), run.err());
    assertTrue(run.errLines().get(0).startsWith("demarche: skipped corpus.jsonl:2:"), run.err());
    assertTrue(run.errLines().get(1).startsWith("demarche: skipped corpus.jsonl:4"), run.err());
  }

  @Test
  void inputThatIsNotUtf8IsOneLineNamingFileAndLine() throws IOException {
    Path news = Files.write(dir.resolve("news.txt"), new byte[] {'O', 'k', '\n', 'a', (byte) 0xff, '\n'});

    CliRun run = CliRun.of("extract", news.toString());

    assertEquals(1, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("demarche: news.txt:2:2: input is not valid UTF-8"), run.err());
  }

  @Test
  void dataFileThatIsNotUtf8IsOneLineNamingTheFile() throws IOException {
    Path actors = Files.write(dir.resolve("actors.tsv"), new byte[] {'a', (byte) 0xff, '\n'});
    Path news = write("news.txt", QUOTE);

    CliRun run = CliRun.of("extract", "--gazetteer", actors.toString(), news.toString());

    assertEquals(1, run.code());
    assertEquals(List.of("demarche: " + actors + ": cannot read: not valid UTF-8"), run.errLines());
  }

  @Test
  void missingFileIsOneLineAndExitCodeOne() {
    Path missing = dir.resolve("missing.txt");

    CliRun run = CliRun.of("extract", missing.toString());

    assertEquals(1, run.code());
    assertEquals(List.of("demarche: " + missing + ": no such file"), run.errLines());
  }

  @Test
  void directoryIsNotAnInputFile() {
    CliRun run = CliRun.of("extract", dir.toString());

    assertEquals(1, run.code());
    assertEquals(List.of("demarche: " + dir + ": is a directory, not a file"), run.errLines());
  }

  @Test
  void missingFileLeavesTheOutputFileUntouched() throws IOException {
    Path out = write("out.jsonl", "before");

    CliRun run = CliRun.of("extract", "-o", out.toString(), dir.resolve("missing.txt").toString());

    assertEquals(1, run.code());
    assertEquals("before", Files.readString(out));
  }

  @Test
  void unwritableOutputFileIsOneLineAndExitCodeOne() throws IOException {
    Path news = write("news.txt", QUOTE);
    Path out = dir.resolve("no-such-dir").resolve("out.jsonl");

    CliRun run = CliRun.of("extract", "-o", out.toString(), news.toString());

    assertEquals(1, run.code());
    assertEquals(List.of("demarche: " + out + ": no such file or directory"), run.errLines());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("extract", "--bogus", "news.txt");

    assertEquals(2, run.code());
    assertEquals(
        List.of("demarche extract: Unknown option: '--bogus' (see 'demarche extract --help')"),
        run.errLines());
  }

  @Test
  void badDateIsAUsageErrorThatSaysTheForm() {
    CliRun run = CliRun.of("extract", "--published", "2019-13-01", "news.txt");

    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "demarche extract: Invalid value for option '--published': '2019-13-01' is not a date"
                + " of the form YYYY-MM-DD (see 'demarche extract --help')"),
        run.errLines());
  }

  @Test
  void noInputIsAUsageError() {
    CliRun run = CliRun.of("extract");

    assertEquals(2, run.code());
    assertEquals(
        List.of(
            "demarche extract: no input: give FILE..., '-' for standard input, or --sample (see"
                + " 'demarche extract --help')"),
        run.errLines());
  }

  @Test
  void threadsMustBePositive() {
    CliRun run = CliRun.of("extract", "--threads", "0", "--sample");

    assertEquals(2, run.code());
    assertEquals(
        List.of("demarche extract: --threads must be at least 1: 0 (see 'demarche extract --help')"),
        run.errLines());
  }

  @Test
  void outputFormatsAreCaseInsensitive() throws IOException {
    Path news = write("news.txt", QUOTE);

    CliRun run = CliRun.of("extract", "--output", "TABLE", news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(TABLE_HEADER, run.outLines().get(0));
  }

  @Test
  void dashReadsStandardInputAsPlainTextUnlessToldOtherwise() {
    CliRun text = CliRun.withInput(QUOTE + "\n", "extract", "--output", "table", "-");
    CliRun jsonl =
        CliRun.withInput(
            "{\"id\":\"x\",\"text\":\"" + QUOTE.replace("\"", "\\\"") + "\"}\n",
            "extract", "--format", "jsonl", "--output", "table", "-");

    assertEquals(0, text.code(), text.err());
    assertTrue(text.outLines().get(1).startsWith("stdin#1   "), text.out());
    assertEquals(0, jsonl.code(), jsonl.err());
    assertTrue(jsonl.outLines().get(1).startsWith("x         "), jsonl.out());
  }

  @Test
  void formatOptionOverridesTheExtension() throws IOException {
    Path corpus = write("corpus.txt", "{\"id\":\"a1\",\"text\":\"Talks resumed.\"}\n");

    CliRun run = CliRun.of("extract", "--format", "jsonl", corpus.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("a1", readJsonLines(run.out()).get(0).article().id().value());
  }

  @Test
  void outputFileReceivesTheOutputAndStandardOutputNothing() throws IOException {
    Path news = write("news.txt", QUOTE);
    Path out = dir.resolve("out.jsonl");

    CliRun run = CliRun.of("extract", "-o", out.toString(), news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("", run.out());
    assertEquals(1, readJsonLines(Files.readString(out)).size());
  }

  @Test
  void manyArticlesOnManyThreadsComeOutInInputOrder() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      text.append("\"We will never give up,\" Prime Minister Jane Doe said on day ").append(i).append(".\n\n");
    }
    Path news = write("news.txt", text.toString());

    CliRun run = CliRun.of("extract", "--threads", "4", news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(
        IntStream.rangeClosed(1, 300).mapToObj(i -> "news.txt#" + i).toList(),
        readJsonLines(run.out()).stream().map(e -> e.article().id().value()).toList());
  }

  @Test
  void sampleSummaryShowsEveryArticleAndTheTotals() {
    CliRun run = CliRun.of("extract", "--sample", "--output", "summary");

    assertEquals(0, run.code(), run.err());
    List<String> headings =
        run.outLines().stream().filter(l -> l.startsWith("== ")).toList();
    assertEquals(
        IntStream.rangeClosed(1, 5).mapToObj(i -> "== seed-articles.txt#" + i + " ==").toList(),
        headings);
    String last = run.outLines().get(run.outLines().size() - 1);
    assertTrue(
        last.matches(
            "5 articles, \\d+ statements \\(\\d+ with a resolved speaker\\), \\d+ distinct actors\\."),
        last);
  }

  @Test
  void progressBarGoesToStandardErrorWhenAskedFor() throws IOException {
    Path news = write("news.txt", QUOTE);

    CliRun run = CliRun.of("extract", "--progress", "always", "--output", "table", news.toString());

    assertEquals(0, run.code(), run.err());
    assertTrue(run.err().startsWith("\r[########################] 100%  0.0 of 0.0 MB  "), run.err());
    assertTrue(run.err().endsWith(" articles/s  0:00 left" + System.lineSeparator()), run.err());
    assertEquals(2, run.outLines().size());
  }

  @Test
  void progressBarStaysOffByDefaultWithoutATerminal() throws IOException {
    Path news = write("news.txt", QUOTE);

    CliRun run = CliRun.of("extract", "-o", dir.resolve("out.jsonl").toString(), news.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
  }
}
