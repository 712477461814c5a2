package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import dev.demarche.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** JSON Lines files: header, one record per line, errors by line, and streaming. */
class JsonLinesTest {
  private static final DemarcheJson JSON = DemarcheJson.defaults();
  private static final String SPANS = "{\"format\":\"demarche/1\",\"type\":\"span\"}";

  private static JsonLinesReader<Span> spans(String text) {
    return JSON.newJsonLinesReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Span.class);
  }

  private static void assertError(
      DemarcheJsonException e, String reason, long line, int column, String path) {
    assertAll(
        () -> assertEquals(reason, e.reason(), "reason"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(path, e.path(), "path"));
  }

  @Test
  void readsRecordsAfterTheHeader() {
    try (JsonLinesReader<Span> in = spans(SPANS + "\n{\"begin\":1,\"end\":2}\n{\"begin\":3,\"end\":4}\n")) {
      assertEquals(List.of(Span.of(1, 2), Span.of(3, 4)), in.stream().toList());
    }
  }

  @Test
  void acceptsCrLfBlankLinesByteOrderMarkAndNoFinalNewline() {
    String text = "\uFEFF" + SPANS + "\r\n\r\n  \n{\"begin\":1,\"end\":2}\r\n\n{\"begin\":3,\"end\":4}";
    try (JsonLinesReader<Span> in = spans(text)) {
      assertEquals(List.of(Span.of(1, 2), Span.of(3, 4)), in.stream().toList());
    }
    try (JsonLinesReader<Span> in = JSON.newJsonLinesReader(new StringReader(text), Span.class)) {
      assertEquals(List.of(Span.of(1, 2), Span.of(3, 4)), in.stream().toList());
    }
  }

  @Test
  void headerOnlyFileHasNoRecords() {
    try (JsonLinesReader<Span> in = spans(SPANS + "\n")) {
      assertFalse(in.hasNext());
      assertThrows(NoSuchElementException.class, in::next);
    }
  }

  @Test
  void emptyInputHasNoHeader() {
    assertError(
        assertThrows(DemarcheJsonException.class, () -> spans("")),
        "empty input: a Demarche JSON Lines file starts with a header line such as"
            + " {\"format\":\"demarche/1\",\"type\":\"span\"}",
        1, DemarcheJsonException.UNKNOWN, "");
  }

  @Test
  void recordInPlaceOfTheHeaderIsRefused() {
    assertError(
        assertThrows(DemarcheJsonException.class, () -> spans("{\"begin\":1,\"end\":2}\n")),
        "\"format\" must be the first property of a Demarche JSON Lines header,"
            + " such as \"format\": \"demarche/1\"; found \"begin\"",
        1, 2, "/begin");
  }

  @Test
  void headerOfAnUnknownVersionIsRefused() {
    assertError(
        assertThrows(
            DemarcheJsonException.class,
            () -> spans("{\"format\":\"demarche/7\",\"type\":\"span\"}\n{\"begin\":1,\"end\":2}\n")),
        "unsupported format version 'demarche/7'; this version of Demarche reads demarche/1:"
            + " a file written by a later version needs that version to read it",
        1, 11, "/format");
  }

  @Test
  void headerOfAnotherTypeIsRefused() {
    assertError(
        assertThrows(
            DemarcheJsonException.class,
            () ->
                JSON.newJsonLinesReader(
                    new StringReader("{\"format\":\"demarche/1\",\"type\":\"statement\"}\n"),
                    Extraction.class)),
        "expected type 'extraction' but the input holds 'statement'",
        1, 31, "/type");
  }

  @Test
  void headerWithMoreThanFormatAndTypeIsRefused() {
    assertError(
        assertThrows(
            DemarcheJsonException.class,
            () -> spans("{\"format\":\"demarche/1\",\"type\":\"span\",\"count\":2}\n")),
        "unexpected property 'count' in the header; it holds only \"format\" and \"type\"",
        1, 38, "/count");
  }

  @Test
  void badRecordIsReportedWithItsLineAndTheReaderGoesOn() {
    String text = SPANS + "\n\n{\"begin\":1,\"end\":2}\n{\"begin\":5,\"end\":2}\n{\"begin\":3,\"end\":4}\n";
    try (JsonLinesReader<Span> in = spans(text)) {
      assertEquals(Span.of(1, 2), in.next());
      assertEquals(3, in.lineNumber());
      assertError(
          assertThrows(DemarcheJsonException.class, in::next),
          "span end (2) before begin (5)",
          4, 19, "");
      assertEquals(Span.of(3, 4), in.next());
      assertFalse(in.hasNext());
    }
  }

  @Test
  void malformedRecordIsReportedWithItsLineAndColumn() {
    try (JsonLinesReader<Span> in = spans(SPANS + "\n{\"begin\":1,,\"end\":2}\n")) {
      assertError(
          assertThrows(DemarcheJsonException.class, in::next),
          "Unexpected character (',' (code 44)): was expecting double-quote to start property name",
          2, 12, "/begin");
    }
  }

  @Test
  void pathOfABadValueIsTakenWithinTheRecord() {
    String statement = BadInputTest.STATEMENT + ",\"contentSpan\":{\"begin\":0,\"end\":\"2\"}";
    try (JsonLinesReader<Statement> in =
        JSON.newJsonLinesReader(
            new StringReader("{\"format\":\"demarche/1\",\"type\":\"statement\"}\n{" + statement + "}\n"),
            Statement.class)) {
      assertError(
          assertThrows(DemarcheJsonException.class, in::next),
          "expected an integer but found the string '2'",
          2, 105, "/contentSpan/end");
    }
  }

  @Test
  void twoRecordsOnOneLineAreRefused() {
    try (JsonLinesReader<Span> in = spans(SPANS + "\n{\"begin\":1,\"end\":2} {\"begin\":3,\"end\":4}\n")) {
      assertError(
          assertThrows(DemarcheJsonException.class, in::next),
          "unexpected content after the record: a line holds exactly one record",
          2, 21, "");
    }
  }

  @Test
  void nullRecordIsRefused() {
    try (JsonLinesReader<Span> in = spans(SPANS + "\nnull\n")) {
      assertError(
          assertThrows(DemarcheJsonException.class, in::next), "a record must not be null", 2, 1, "");
    }
  }

  @Test
  void lineLongerThanTheLimitIsReportedAndSkipped() {
    DemarcheJson json = DemarcheJson.builder().maxLineLength(40).build();
    String text =
        SPANS + "\n{\"begin\":1,\"end\":2,                                    }\n{\"begin\":3,\"end\":4}\n";
    try (JsonLinesReader<Span> in =
        json.newJsonLinesReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Span.class)) {
      assertError(
          assertThrows(DemarcheJsonException.class, in::hasNext),
          "line longer than the limit of 40 bytes",
          2, DemarcheJsonException.UNKNOWN, "");
      assertEquals(Span.of(3, 4), in.next());
      assertEquals(3, in.lineNumber());
    }
  }

  @Test
  void closingTheStreamClosesTheReaderAndItsInput() {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayInputStream input =
        new ByteArrayInputStream((SPANS + "\n{\"begin\":1,\"end\":2}\n").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    JsonLinesReader<Span> in = JSON.newJsonLinesReader(input, Span.class);
    try (var stream = in.stream()) {
      assertEquals(1, stream.count());
    }
    assertTrue(closed.get());
    assertFalse(in.hasNext());
  }

  @Test
  void writerRefusesNullRecordsAndWritesAfterClosing() {
    JsonLinesWriter<Span> out = JSON.newJsonLinesWriter(new ByteArrayOutputStream(), Span.class);
    assertEquals("record", assertThrows(NullPointerException.class, () -> out.write(null)).getMessage());
    out.close();
    out.close();
    assertEquals(
        "writer is closed",
        assertThrows(IllegalStateException.class, () -> out.write(Span.of(0, 0))).getMessage());
  }

  @Test
  void writerPutsEachRecordOnItsOwnLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter<Span> out = JSON.newJsonLinesWriter(bytes, Span.class)) {
      out.writeAll(List.of(Span.of(1, 2), Span.of(3, 4)));
    }
    assertEquals(
        SPANS + "\n{\"begin\":1,\"end\":2}\n{\"begin\":3,\"end\":4}\n",
        bytes.toString(StandardCharsets.UTF_8));
  }
}
