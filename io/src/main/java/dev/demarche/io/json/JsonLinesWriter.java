package dev.demarche.io.json;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import dev.demarche.io.json.internal.Envelope;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a JSON Lines file of Demarche records: a header line, then one record per line, each line
 * ending in {@code \n}, in UTF-8 for byte output. Obtained from {@link DemarcheJson}, which writes
 * the header before returning it. Memory use does not grow with the number of records.
 *
 * <pre>{@code
 * try (JsonLinesWriter<Extraction> out = DemarcheJson.defaults().newJsonLinesWriter(path, Extraction.class)) {
 *   for (Extraction e : extractions) {
 *     out.write(e);
 *   }
 * }
 * }</pre>
 *
 * <p>Output is buffered: call {@link #flush()} to push the complete lines written so far, or
 * {@link #close()}, which flushes and closes the output the writer was opened on. Not thread-safe:
 * one thread writes at a time.
 *
 * @param <T> the type of the records, named in the header line
 */
public final class JsonLinesWriter<T> implements Flushable, AutoCloseable {
  private final JsonGenerator gen;
  private final ObjectWriter writer;
  private final Closeable target;
  private final Class<T> type;
  private long count;
  private boolean closed;

  JsonLinesWriter(
      JsonGenerator gen, ObjectWriter writer, Closeable target, Class<T> type, String typeName) {
    this.gen = gen;
    this.writer = writer;
    this.target = target;
    this.type = type;
    run(
        () -> {
          Envelope.writeHeader(gen, typeName);
          gen.writeRaw('\n');
        });
  }

  /** The type of the records. */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes {@code record} on a line of its own.
   *
   * @throws NullPointerException if {@code record} is null
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(T record) {
    checkNotNull(record, "record");
    checkState(!closed, "writer is closed");
    run(
        () -> {
          writer.writeValue(gen, record);
          gen.writeRaw('\n');
        });
    count++;
  }

  /**
   * Writes every record of {@code records}, in order, each on a line of its own.
   *
   * @throws NullPointerException if {@code records} or one of them is null
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  public void writeAll(Iterable<? extends T> records) {
    checkNotNull(records, "records");
    for (T record : records) {
      write(record);
    }
  }

  /** The number of records written so far, the header not counted. */
  public long count() {
    return count;
  }

  /**
   * Pushes what was written to the output and flushes it.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws UncheckedIOException if the output cannot be written
   */
  @Override
  public void flush() {
    checkState(!closed, "writer is closed");
    run(gen::flush);
  }

  /**
   * Flushes and closes the output. Idempotent.
   *
   * @throws UncheckedIOException if the output cannot be written or closed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      run(gen::close);
    } finally {
      try {
        target.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void run(Runnable action) {
    try {
      action.run();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
