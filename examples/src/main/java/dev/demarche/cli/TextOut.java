package dev.demarche.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A writer of text whose failures are unchecked, for the sinks. Not thread-safe. */
final class TextOut {
  private final Writer out;

  TextOut(Writer out) {
    this.out = out;
  }

  /** The underlying writer. */
  Writer writer() {
    return out;
  }

  /** Writes {@code text}. */
  void print(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code line} and a line break. */
  void println(String line) {
    print(line);
    print("\n");
  }

  /** Flushes and closes the underlying writer. */
  void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
