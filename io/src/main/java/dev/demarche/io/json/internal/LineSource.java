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

  abstract boolean advance() throws IOException;

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

  private static final class Bytes extends LineSource {
    private final InputStream in;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int start;
    private int end;
    private int scan;
    private int lineStart;
    private int lineEnd;

    Bytes(InputStream in, int maxLineLength) {
      super(maxLineLength);
      this.in = in;
    }

    @Override
    boolean advance() throws IOException {
      while (true) {
        int newline = -1;
        for (int i = scan; i < end; i++) {
          if (buf[i] == '\n') {
            newline = i;
            break;
          }
        }
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
      if (to > from && buf[to - 1] == '\r') {
        to--;
      }
      if (lineNumber == 1
          && to - from >= 3
          && buf[from] == (byte) 0xEF
          && buf[from + 1] == (byte) 0xBB
          && buf[from + 2] == (byte) 0xBF) {
        from += 3;
      }
      if (to - from > maxLineLength) {
        throw tooLong();
      }
      for (int i = from; i < to; i++) {
        byte b = buf[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          lineStart = from;
          lineEnd = to;
          return true;
        }
      }
      return false;
    }

    private void fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        scan -= start;
        start = 0;
      }
      if (end == buf.length) {
        buf = Arrays.copyOf(buf, grow(buf.length, end + 1, maxLineLength));
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
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
    private int start;
    private int end;
    private int scan;
    private int lineStart;
    private int lineEnd;

    Chars(Reader in, int maxLineLength) {
      super(maxLineLength);
      this.in = in;
    }

    @Override
    boolean advance() throws IOException {
      while (true) {
        int newline = -1;
        for (int i = scan; i < end; i++) {
          if (buf[i] == '\n') {
            newline = i;
            break;
          }
        }
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
      if (to > from && buf[to - 1] == '\r') {
        to--;
      }
      if (lineNumber == 1 && to > from && buf[from] == '\uFEFF') {
        from++;
      }
      if (to - from > maxLineLength) {
        throw tooLong();
      }
      for (int i = from; i < to; i++) {
        char c = buf[i];
        if (c != ' ' && c != '\t' && c != '\r') {
          lineStart = from;
          lineEnd = to;
          return true;
        }
      }
      return false;
    }

    private void fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        scan -= start;
        start = 0;
      }
      if (end == buf.length) {
        buf = Arrays.copyOf(buf, grow(buf.length, end + 1, maxLineLength));
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
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
