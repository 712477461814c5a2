package dev.demarche.io.json.internal;

import dev.demarche.io.json.DemarcheJsonException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lines of a JSON Lines input, one at a time, in memory bounded by the longest line allowed.
 * Lines end at {@code \n}; a {@code \r} before it is dropped; the last line may lack its
 * {@code \n}; lines of white space only are skipped. A byte-order mark before the first line is
 * dropped. Internal: may change without notice. Not thread-safe.
 */
public abstract class LineSource implements Closeable {
  private static final int INITIAL_BUFFER = 64 * 1024;

  final int maxLineLength;
  long lineNumber;
  boolean skipping;
  boolean eof;

  LineSource(int maxLineLength) {
    this.maxLineLength = maxLineLength;
  }

  /** Reads the bytes of {@code in}, which must be UTF-8, as JSON Lines. */
  public static LineSource of(InputStream in, int maxLineLength) {
    return new Bytes(in, maxLineLength);
  }

  /** Reads the characters of {@code in} as JSON Lines. */
  public static LineSource of(Reader in, int maxLineLength) {
    return new Chars(in, maxLineLength);
  }

  /**
   * Moves to the next line that is not blank.
   *
   * @return false at the end of the input
   * @throws DemarcheJsonException if the line is longer than allowed; the
   *     source then stands after it
   * @throws UncheckedIOException if the input cannot be read
   */
  public final boolean next() {
    try {
      return advance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the current line, blank lines included. */
  public final long lineNumber() {
    return lineNumber;
  }

  /** Returns a parser over the current line. */
  public abstract JsonParser parser(JsonMapper mapper);

  /** The error for the current line, too long; the caller makes the source stand after it. */
  final DemarcheJsonException tooLong() {
    return Errors.atLine(
        lineNumber,
        "line longer than the limit of "
            + maxLineLength
            + (this instanceof Bytes ? " bytes" : " characters"));
  }

  /** Fails on the unfinished current line, too long already, and skips the rest of it. */
  final DemarcheJsonException skipTooLong() {
    skipping = true;
    lineNumber++;
    return tooLong();
  }

  static int grow(int length, int needed, int maxLineLength) {
    long size = Math.max((long) length * 2, needed);
    return (int) Math.min(size, (long) maxLineLength + 2);
  }

  // the window of the buffer not yet consumed, how far it was searched for a newline, and the
  // current line; the buffer itself is the subclass's, bytes or chars
  int start;
  int end;
  int scan;
  int lineStart;
  int lineEnd;

  /** The index of the first newline in {@code [from, to)} of the buffer, or -1. */
  abstract int newline(int from, int to);

  /** The length of a byte-order mark at {@code from}, or 0. */
  abstract int byteOrderMark(int from, int to);

  /** Whether the buffer holds a carriage return at {@code i}. */
  abstract boolean isReturn(int i);

  /** Whether {@code [from, to)} of the buffer is white space only. */
  abstract boolean isBlank(int from, int to);

  /** Moves the window to the buffer's start, grows a full buffer, and reads more; sets {@link #eof}. */
  abstract void fill() throws IOException;

  final boolean advance() throws IOException {
    while (true) {
      int newline = newline(scan, end);
      if (newline >= 0) {
        int from = start;
        start = newline + 1;
        scan = start;
        if (skipping) {
          skipping = false;
          continue;
        }
        lineNumber++;
        if (setLine(from, newline)) {
          return true;
        }
        continue;
      }
      scan = end;
      if (eof) {
        if (start == end || skipping) {
          start = end;
          return false;
        }
        int from = start;
        start = end;
        lineNumber++;
        if (setLine(from, end)) {
          return true;
        }
        continue;
      }
      if (skipping) {
        start = end;
        scan = end;
      } else if (end - start > maxLineLength + 1) {
        start = end;
        scan = end;
        throw skipTooLong();
      }
      fill();
    }
  }

  private boolean setLine(int from, int to) {
    if (to > from && isReturn(to - 1)) {
      to--;
    }
    if (lineNumber == 1) {
      from += byteOrderMark(from, to);
    }
    if (to - from > maxLineLength) {
      throw tooLong();
    }
    if (isBlank(from, to)) {
      return false;
    }
    lineStart = from;
    lineEnd = to;
    return true;
  }

  /** Moves the unread window of {@code buf} to its start; returns the buffer to read into, grown if full. */
  final <T> T compact(T buf, int length, java.util.function.BiFunction<T, Integer, T> copyOf) {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      scan -= start;
      start = 0;
    }
    return end == length ? copyOf.apply(buf, grow(length, end + 1, maxLineLength)) : buf;
  }

  /** Takes the result of a read into the buffer. */
  final void filled(int n) {
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  private static final class Bytes extends LineSource {
    private final InputStream in;
    private byte[] buf = new byte[INITIAL_BUFFER];

    Bytes(InputStream in, int maxLineLength) {
      super(maxLineLength);
      this.in = in;
    }

    @Override
    int newline(int from, int to) {
      for (int i = from; i < to; i++) {
        if (buf[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    @Override
    int byteOrderMark(int from, int to) {
      return to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
          && buf[from + 2] == (byte) 0xBF ? 3 : 0;
    }

    @Override
    boolean isReturn(int i) {
      return buf[i] == '\r';
    }

    @Override
    boolean isBlank(int from, int to) {
      for (int i = from; i < to; i++) {
        byte b = buf[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    void fill() throws IOException {
      buf = compact(buf, buf.length, Arrays::copyOf);
      filled(in.read(buf, end, buf.length - end));
    }

    @Override
    public JsonParser parser(JsonMapper mapper) {
      return mapper.createParser(buf, lineStart, lineEnd - lineStart);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final class Chars extends LineSource {
    private final Reader in;
    private char[] buf = new char[INITIAL_BUFFER];

    Chars(Reader in, int maxLineLength) {
      super(maxLineLength);
      this.in = in;
    }

    @Override
    int newline(int from, int to) {
      for (int i = from; i < to; i++) {
        if (buf[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    @Override
    int byteOrderMark(int from, int to) {
      return to > from && buf[from] == '\uFEFF' ? 1 : 0;
    }

    @Override
    boolean isReturn(int i) {
      return buf[i] == '\r';
    }

    @Override
    boolean isBlank(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = buf[i];
        if (c != ' ' && c != '\t' && c != '\r') {
          return false;
        }
      }
      return true;
    }

    @Override
    void fill() throws IOException {
      buf = compact(buf, buf.length, Arrays::copyOf);
      filled(in.read(buf, end, buf.length - end));
    }

    @Override
    public JsonParser parser(JsonMapper mapper) {
      return mapper.createParser(buf, lineStart, lineEnd - lineStart);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
