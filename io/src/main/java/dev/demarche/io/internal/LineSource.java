package dev.demarche.io.internal;

import dev.demarche.io.DemarcheIoException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Reads lines from a character stream with a limit on their length, counting line numbers, for the
 * article readers. LF, CRLF and lone CR all end a line; a byte order mark at the very start is
 * dropped. Not thread-safe: one instance is used by one reader.
 */
public final class LineSource implements Closeable {
  private static final int BUFFER = 1 << 16;

  /**
   * Returned by {@link #next()} in place of a line longer than the limit, compared by identity; the
   * source then stands at the next line.
   */
  @SuppressWarnings("StringOperationCanBeSimplified")
  public static final String TOO_LONG = new String("<line too long>");

  private final Reader reader;
  private final InputStream input;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private String decodingError;
  private final String source;
  private final int maxLineLength;
  private final char[] buffer = new char[BUFFER];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int limit;
  private long lineNumber;
  private boolean eof;
  private boolean skipLf;

  /**
   * Creates a line source.
   *
   * @param reader the characters, closed with this source
   * @param source the name of the input, for errors
   * @param maxLineLength the longest line accepted, in characters
   */
  public LineSource(Reader reader, String source, int maxLineLength) {
    this.reader = reader;
    this.input = null;
    this.decoder = null;
    this.source = source;
    this.maxLineLength = maxLineLength;
  }

  /**
   * Creates a line source that decodes UTF-8 itself, so that a malformed byte sequence is reported
   * at its own line and column.
   *
   * @param input the bytes, closed with this source
   * @param source the name of the input, for errors
   * @param maxLineLength the longest line accepted, in characters
   */
  public LineSource(InputStream input, String source, int maxLineLength) {
    this.reader = null;
    this.input = input;
    this.decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.source = source;
    this.maxLineLength = maxLineLength;
    bytes.flip();
  }

  /** Returns the error for the line just returned as {@link #TOO_LONG}. */
  public DemarcheIoException tooLong(String articleId) {
    return new DemarcheIoException(
        source, lineNumber, 0, null, articleId,
        "line longer than the limit of " + maxLineLength + " characters", null);
  }

  /** The 1-based number of the line last returned, or 0 before the first. */
  public long lineNumber() {
    return lineNumber;
  }

  /**
   * Returns the next line without its terminator, or {@code null} at the end of the input.
   *
   * @return the line, {@link #TOO_LONG} for a line over the limit, or {@code null} at the end
   * @throws DemarcheIoException if the input is not valid in its encoding
   */
  public String next() {
    if (eof && position >= limit) {
      return null;
    }
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position >= limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      char c = buffer[position++];
      if (skipLf) {
        skipLf = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        skipLf = true;
        break;
      }
      if (lineNumber == 0 && line.length() == 0 && c == '\uFEFF' && !tooLong) {
        continue;
      }
      if (line.length() >= maxLineLength) {
        tooLong = true;
        continue;
      }
      line.append(c);
    }
    lineNumber++;
    if (tooLong) {
      line.setLength(0);
      return TOO_LONG;
    }
    return line.toString();
  }

  private boolean fill() {
    if (decodingError != null) {
      eof = true;
      String problem = decodingError;
      decodingError = null;
      throw new DemarcheIoException(
          source, lineNumber + 1, line.length() + 1, null, null,
          "input is not valid UTF-8: " + problem, null);
    }
    if (eof) {
      return false;
    }
    try {
      int n = reader != null ? readChars() : decode();
      if (n < 0) {
        eof = true;
        position = limit = 0;
        return false;
      }
      position = 0;
      limit = n;
      return n > 0 || fill();
    } catch (CharacterCodingException e) {
      eof = true;
      position = limit = 0;
      throw new DemarcheIoException(
          source, lineNumber + 1, line.length() + 1, null, null,
          "input is not valid in its character encoding: " + e, e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private int readChars() throws IOException {
    int n;
    do {
      n = reader.read(buffer, 0, buffer.length);
    } while (n == 0);
    return n;
  }

  /** Decodes the next chunk; returns -1 at the end, and stops short before a malformed sequence. */
  private int decode() throws IOException {
    CharBuffer chars = CharBuffer.wrap(buffer);
    while (chars.position() == 0) {
      bytes.compact();
      int read = input.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read > 0) {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
      boolean end = read < 0;
      CoderResult result = decoder.decode(bytes, chars, end);
      if (result.isError()) {
        decodingError = "malformed sequence of " + result.length() + " byte(s)";
        return chars.position();
      }
      if (end) {
        decoder.flush(chars);
        return chars.position() == 0 ? -1 : chars.position();
      }
    }
    return chars.position();
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    } else {
      input.close();
    }
  }
}
