package dev.demarche.io.json;

import com.google.common.base.Preconditions;
import dev.demarche.io.json.internal.Envelope;
import dev.demarche.io.json.internal.Errors;
import dev.demarche.io.json.internal.LineSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines file of Demarche records, one line at a time, in memory bounded by the longest
 * line allowed whatever the size of the file. Obtained from {@link DemarcheJson}, which checks the
 * header line before returning it.
 *
 * <pre>{@code
 * try (JsonLinesReader<Extraction> in = DemarcheJson.defaults().newJsonLinesReader(path, Extraction.class)) {
 *   while (in.hasNext()) {
 *     Extraction e = in.next();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Each record is parsed and checked on its own line: a record with an error throws a
 * {@link DemarcheJsonException} giving the line, and never yields a partly built value. The reader
 * then stands after that line, so a caller that wants to skip bad records may go on reading. Blank
 * lines are skipped.
 *
 * <p>Not thread-safe: one thread reads at a time. Closing the reader closes the input it was
 * opened on.
 *
 * @param <T> the type of the records, named in the header line
 */
public final class JsonLinesReader<T> implements Iterator<T>, AutoCloseable {
  private final LineSource lines;
  private final JsonMapper mapper;
  private final ObjectReader reader;
  private final Class<T> type;
  private boolean pending;
  private boolean closed;
  private long recordLine;

  JsonLinesReader(LineSource lines, JsonMapper mapper, Class<T> type, String typeName) {
    this.lines = lines;
    this.mapper = mapper;
    this.reader = mapper.readerFor(type);
    this.type = type;
    readHeader(typeName);
  }

  private void readHeader(String typeName) {
    if (!lines.next()) {
      throw Errors.atLine(
          1,
          "empty input: a Demarche JSON Lines file starts with a header line such as "
              + "{\"format\":\""
              + Envelope.FORMAT
              + "\",\"type\":\""
              + typeName
              + "\"}");
    }
    JsonParser p = parser(lines.lineNumber());
    try {
      Envelope.readHeader(p, typeName, lines.lineNumber());
    } catch (JacksonException e) {
      throw Errors.translate(e, p, lines.lineNumber());
    } finally {
      p.close();
    }
  }

  private JsonParser parser(long line) {
    try {
      return lines.parser(mapper);
    } catch (JacksonException e) {
      throw Errors.translate(e, null, line);
    }
  }

  /** The type of the records. */
  public Class<T> type() {
    return type;
  }

  /**
   * Whether another record follows. Reads ahead to the next line that is not blank, but does not
   * parse it.
   *
   * @throws DemarcheJsonException if the next line is longer than the configured limit; the
   *     reader then stands after it
   * @throws UncheckedIOException if the input cannot be read
   */
  @Override
  public boolean hasNext() {
    if (!pending && !closed) {
      pending = lines.next();
    }
    return pending;
  }

  /**
   * Reads the next record.
   *
   * @throws NoSuchElementException if there is none
   * @throws DemarcheJsonException if the line is not a valid record of this type; the reader then
   *     stands after it
   * @throws UncheckedIOException if the input cannot be read
   */
  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records after line " + lines.lineNumber());
    }
    pending = false;
    recordLine = lines.lineNumber();
    JsonParser p = parser(recordLine);
    try {
      p.nextToken();
      T value = reader.readValue(p);
      if (value == null) {
        throw Errors.at(p, recordLine, "a record must not be null");
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        throw Errors.at(
            p, recordLine, "unexpected content after the record: a line holds exactly one record");
      }
      return value;
    } catch (JacksonException e) {
      throw Errors.translate(e, p, recordLine);
    } finally {
      p.close();
    }
  }

  /**
   * The line of the file of the record last read (or attempted) by {@link #next()}, the header
   * being line 1; 0 before the first record.
   */
  public long lineNumber() {
    return recordLine;
  }

  /**
   * Returns the remaining records as a sequential, ordered stream, read lazily. Closing the stream
   * closes this reader. A stream's operations throw what {@link #next()} throws.
   *
   * @throws IllegalStateException if the reader is closed
   */
  public Stream<T> stream() {
    Preconditions.checkState(!closed, "reader is closed");
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Closes the input. Idempotent; after it, {@link #hasNext()} returns false.
   *
   * @throws UncheckedIOException if the input cannot be closed
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    pending = false;
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
