package dev.demarche.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarche.io.json.DemarcheJsonException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

class LineSourceTest {
  private static final JsonMapper MAPPER = Mappers.json(64, 1 << 24, 1L << 28, 64);

  /** The JSON strings of every line, read through {@code source}. */
  private static List<String> strings(LineSource source) {
    List<String> out = new ArrayList<>();
    while (source.next()) {
      try (JsonParser p = source.parser(MAPPER)) {
        p.nextToken();
        out.add(source.lineNumber() + ":" + p.getString());
      }
    }
    return out;
  }

  /** A stream that hands out one byte per read, as a slow network might. */
  private static InputStream trickle(String text) {
    return new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, 1));
      }
    };
  }

  @Test
  void linesSplitAcrossReadsAreJoined() {
    assertEquals(
        List.of("1:a", "3:習近平", "4:c"),
        strings(LineSource.of(trickle("\"a\"\n\n\"習近平\"\r\n\"c\""), 100)));
  }

  @Test
  void lineLongerThanTheFirstBufferIsRead() {
    String big = "x".repeat(200_000);
    assertEquals(
        List.of("1:" + big, "2:y"),
        strings(LineSource.of(new ByteArrayInputStream(("\"" + big + "\"\n\"y\"\n").getBytes(StandardCharsets.UTF_8)), 1 << 20)));
  }

  @Test
  void lineLongerThanTheLimitAcrossManyReadsIsSkipped() {
    String text = "\"a\"\n\"" + "x".repeat(300_000) + "\"\n\"b\"\n";
    LineSource source = LineSource.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 1000);
    assertEquals(true, source.next());
    DemarcheJsonException e = assertThrows(DemarcheJsonException.class, source::next);
    assertEquals("line longer than the limit of 1000 bytes", e.reason());
    assertEquals(2, e.line());
    assertEquals(List.of("3:b"), strings(source));
  }

  @Test
  void lineOfExactlyTheLimitIsRead() {
    assertEquals(
        List.of("1:xxxx"),
        strings(LineSource.of(new StringReader("\"xxxx\"\r\n"), 6)));
  }

  @Test
  void lastLineLongerThanTheLimitWithoutNewlineFails() {
    LineSource source = LineSource.of(new StringReader("\"xxxxx\""), 6);
    DemarcheJsonException e = assertThrows(DemarcheJsonException.class, source::next);
    assertEquals("line longer than the limit of 6 characters", e.reason());
    assertEquals(1, e.line());
  }
}
