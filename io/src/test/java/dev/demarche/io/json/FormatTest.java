package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.io.Resources;
import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.DateRange;
import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import dev.demarche.model.Statement;
import dev.demarche.model.TimePrecision;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written form of the format, as docs/format.md documents it. */
class FormatTest {
  private static final DemarcheJson JSON = DemarcheJson.defaults();
  private static final DemarcheJson PRETTY = DemarcheJson.builder().prettyPrint(true).build();

  static String example() throws IOException {
    return Resources.toString(
        Resources.getResource(FormatTest.class, "extraction-example.json"), StandardCharsets.UTF_8);
  }

  @Test
  void exampleExtractionIsWrittenAsDocumented() throws IOException {
    assertEquals(example().strip(), PRETTY.write(Examples.extraction()));
  }

  @Test
  void documentedExampleReadsAsTheExtraction() throws IOException {
    assertEquals(Examples.extraction(), JSON.read(example(), Extraction.class));
  }

  @Test
  void singleValueIsWrappedInAnEnvelopeNamingFormatAndType() {
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"span\",\"value\":{\"begin\":4,\"end\":9}}",
        JSON.write(Span.of(4, 9)));
  }

  @Test
  void datesAreIsoStringsEvenAtTheExtremes() {
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"dateRange\",\"value\":"
            + "{\"start\":\"-999999999-01-01\",\"end\":\"+999999999-12-31\",\"precision\":\"DECADE\"}}",
        JSON.write(DateRange.of(LocalDate.MIN, LocalDate.MAX, TimePrecision.DECADE)));
  }

  @Test
  void absentOptionalsAreOmittedAndEmptyCollectionsWritten() {
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"actor\",\"value\":{\"id\":\"state:JPN\",\"kind\":\"STATE\","
            + "\"name\":\"Japan\",\"aliases\":[],\"nativeNames\":[],\"roles\":[]}}",
        JSON.write(Actor.of(ActorId.of("state:JPN"), ActorKind.STATE, "Japan")));
  }

  @Test
  void identifiersAndCountryCodesAreBareStrings() {
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"countryCode\",\"value\":\"TWN\"}",
        JSON.write(CountryCode.of("TWN")));
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"articleId\",\"value\":\"a/1\"}",
        JSON.write(ArticleId.of("a/1")));
  }

  @Test
  void textIsWrittenAsUtf8WithoutEscapingNonAsciiCharacters() {
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"article\",\"value\":{\"id\":\"a\",\"text\":\"習近平 😀 שלום\\n\\\"x\\\"\"}}",
        JSON.write(Article.of(ArticleId.of("a"), "習近平 😀 שלום\n\"x\"")));
  }

  @Test
  void loneSurrogateIsEscapedInUtf8AndReadBack() {
    Article article = Article.of(ArticleId.of("a"), "cut \uD83D");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JSON.write(article, out);
    assertEquals(
        "{\"format\":\"demarche/1\",\"type\":\"article\",\"value\":{\"id\":\"a\",\"text\":\"cut \\uD83D\"}}",
        out.toString(StandardCharsets.UTF_8));
    assertEquals(
        article, JSON.read(new java.io.ByteArrayInputStream(out.toByteArray()), Article.class));
  }

  @Test
  void nullPropertyReadsAsAbsent() {
    assertEquals(
        Article.of(ArticleId.of("a"), "t"),
        JSON.read(
            BadInputTest.doc("article", "{\"id\":\"a\",\"title\":null,\"text\":\"t\"}"),
            Article.class));
  }

  @Test
  void propertiesOfAValueMayComeInAnyOrder() {
    assertEquals(
        Span.of(1, 2), JSON.read(BadInputTest.doc("span", "{\"end\":2,\"begin\":1}"), Span.class));
  }

  @Test
  void whiteSpaceAroundTheDocumentIsAllowed() {
    assertEquals(
        Span.of(1, 2),
        JSON.read("\n  " + BadInputTest.doc("span", "{\"begin\":1,\"end\":2}") + "\n\n", Span.class));
  }

  @Test
  void writingAnotherTypeIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JSON.write("text"));
    assertEquals(
        "java.lang.String is not a Demarche model type; supported: [Extraction, Article, Actor,"
            + " Statement, Stance, Event, Diagnostic, Participant, Mention, Role, Issue, TimeRef,"
            + " DateRange, Span, CountryCode, ActorId, ArticleId, StatementId, StanceId, EventId]",
        e.getMessage());
  }

  @Test
  void readingAnotherTypeIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JSON.read("{}", LocalDate.class));
    assertEquals(
        "java.time.LocalDate is not a Demarche model type; supported: [Extraction, Article, Actor,"
            + " Statement, Stance, Event, Diagnostic, Participant, Mention, Role, Issue, TimeRef,"
            + " DateRange, Span, CountryCode, ActorId, ArticleId, StatementId, StanceId, EventId]",
        e.getMessage());
  }

  @Test
  void formatVersionsAreNamed() {
    assertEquals("demarche/1", DemarcheJson.formatVersion());
    assertEquals(List.of("demarche/1"), DemarcheJson.readableFormatVersions());
  }

  @Test
  void everyModelTypeIsSupported() {
    assertEquals(20, DemarcheJson.types().size());
  }

  @Test
  void documentRoundTripsThroughAFile(@TempDir Path dir) {
    Path file = dir.resolve("example.json");
    JSON.write(Examples.extraction(), file);
    assertEquals(Examples.extraction(), JSON.read(file, Extraction.class));
  }

  @Test
  void missingFileThrowsUncheckedIoException(@TempDir Path dir) {
    assertThrows(
        java.io.UncheckedIOException.class,
        () -> JSON.read(dir.resolve("missing.json"), Extraction.class));
  }

  @Test
  void writerIsFlushedButNotClosed() {
    StringWriter out = new StringWriter();
    JSON.write(Span.of(0, 1), out);
    out.write("!");
    assertEquals("{\"format\":\"demarche/1\",\"type\":\"span\",\"value\":{\"begin\":0,\"end\":1}}!", out.toString());
  }

  @Test
  void jsonLinesFileHasAHeaderLineThenOneRecordPerLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("statements.jsonl");
    try (JsonLinesWriter<Statement> out = JSON.newJsonLinesWriter(file, Statement.class)) {
      out.write(Examples.denunciation());
      out.write(Examples.quote());
      assertEquals(2, out.count());
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals("{\"format\":\"demarche/1\",\"type\":\"statement\"}", lines.get(0));
    assertEquals(JSON.write(Examples.quote()), BadInputTest.doc("statement", lines.get(2)));
    assertEquals('\n', Files.readString(file).charAt(Files.readString(file).length() - 1));
  }
}
