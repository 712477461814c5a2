package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesReader;
import dev.demarche.model.Article;
import dev.demarche.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The readers stream: to hand over a record they read only a bounded way into their input, however
 * large it is, so that an input of any size is read in constant memory. Each input here is a
 * generated stream of hundreds of megabytes that is never held in memory.
 */
class StreamingTest {
  /** Reads ahead at most this far past the record handed over: a buffer or two. */
  private static final long READ_AHEAD = 256 * 1024;

  /** An endless stream of one line repeated, after an optional first line, counting what is read. */
  private static final class Repeating extends InputStream {
    private final byte[] first;
    private final byte[] line;
    private final long size;
    long read;

    Repeating(String first, String line, long size) {
      this.first = first.getBytes(StandardCharsets.UTF_8);
      this.line = line.getBytes(StandardCharsets.UTF_8);
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      long at = read++;
      return at < first.length ? first[(int) at] : line[(int) ((at - first.length) % line.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void articleReaderReadsJsonLinesAsItGoes() throws IOException {
    Repeating input = new Repeating("", "{\"text\":\"Officials said it was over.\"}\n", 500L << 20);
    try (ArticleReader reader = ArticleReader.jsonLines(input, ArticleReader.Options.of("big"))) {
      for (int i = 0; i < 1000; i++) {
        Article article = reader.next();
        assertEquals("Officials said it was over.", article.text());
      }
      assertTrue(input.read < 1000 * 40 + READ_AHEAD, "read " + input.read + " bytes for 1000 lines");
    }
  }

  @Test
  void articleReaderReadsPlainTextAsItGoes() throws IOException {
    Repeating input = new Repeating("", "Officials said it was over.\n\n", 500L << 20);
    try (ArticleReader reader = ArticleReader.plainText(input, ArticleReader.Options.of("big"))) {
      for (int i = 0; i < 1000; i++) {
        assertEquals("Officials said it was over.", reader.next().text());
      }
      assertTrue(input.read < 1000 * 29 + READ_AHEAD, "read " + input.read + " bytes for 1000 articles");
    }
  }

  @Test
  void jsonLinesReaderReadsAsItGoes() {
    Repeating input =
        new Repeating(
            "{\"format\":\"demarche/1\",\"type\":\"span\"}\n", "{\"begin\":1,\"end\":2}\n", 500L << 20);
    try (JsonLinesReader<Span> reader = DemarcheJson.defaults().newJsonLinesReader(input, Span.class)) {
      for (int i = 0; i < 1000; i++) {
        assertEquals(Span.of(1, 2), reader.next());
      }
      assertTrue(input.read < 40 + 1000 * 20 + READ_AHEAD, "read " + input.read + " bytes for 1000 lines");
    }
  }
}
