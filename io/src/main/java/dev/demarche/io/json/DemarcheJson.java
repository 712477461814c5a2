package dev.demarche.io.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.demarche.io.json.internal.Envelope;
import dev.demarche.io.json.internal.Errors;
import dev.demarche.io.json.internal.LineSource;
import dev.demarche.io.json.internal.Mappers;
import dev.demarche.io.json.internal.ModelTypes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the Demarche model as JSON and JSON Lines: the entry point of this package.
 *
 * <p>A single value of any model type, from a {@link dev.demarche.model.Span} to a whole
 * {@link dev.demarche.model.Extraction}, is written as one JSON document in an envelope that names
 * the format version and the type:
 *
 * <pre>{@code
 * {"format":"demarche/1","type":"extraction","value":{...}}
 * }</pre>
 *
 * <p>Many records of one type are written as JSON Lines: a header line, then one record per line.
 * {@link JsonLinesWriter} and {@link JsonLinesReader} stream them in constant memory.
 *
 * <pre>{@code
 * DemarcheJson json = DemarcheJson.defaults();
 * String text = json.write(extraction);
 * Extraction back = json.read(text, Extraction.class);   // equals extraction
 *
 * try (JsonLinesWriter<Statement> out = json.newJsonLinesWriter(path, Statement.class)) {
 *   out.writeAll(statements);
 * }
 * try (JsonLinesReader<Statement> in = json.newJsonLinesReader(path, Statement.class)) {
 *   in.stream().filter(s -> s.speechAct() == SpeechAct.WARN).forEach(...);
 * }
 * }</pre>
 *
 * <p>Reading is strict: whatever is not a valid document of the expected type and version, within
 * the configured {@linkplain Builder limits}, throws a {@link DemarcheJsonException} with its line,
 * column and path, and never yields a partly built value. The format is documented in {@code
 * docs/format.md}, with a JSON Schema in {@code docs/schema/demarche-1.schema.json}.
 *
 * <p>Supported types: {@code Extraction}, {@code Article}, {@code Actor}, {@code Statement},
 * {@code Stance}, {@code Event}, {@code Diagnostic}, {@code Participant}, {@code Mention}, {@code
 * Role}, {@code Issue}, {@code TimeRef}, {@code DateRange}, {@code Span}, {@code CountryCode} and the
 * five identifier types; see {@link #types()}.
 *
 * <p>Immutable and thread-safe: one instance serves any number of threads. The single-document
 * methods that take a stream, reader or writer do not close it (they may read ahead of the document,
 * whose end must also be the end of the input); the JSON Lines readers and writers close what they
 * were opened on when they are closed; methods that take a {@link Path} open and close the file
 * themselves, in UTF-8. I/O failures throw {@link UncheckedIOException}. No argument may be null.
 */
public final class DemarcheJson {
  private static final DemarcheJson DEFAULTS = builder().build();

  private final JsonMapper mapper;
  private final ObjectWriter documentWriter;
  private final ObjectWriter recordWriter;
  private final int maxLineLength;

  private DemarcheJson(Builder builder) {
    this.mapper =
        Mappers.json(
            builder.maxNestingDepth,
            builder.maxStringLength,
            builder.maxDocumentLength,
            builder.maxNumberLength);
    ObjectWriter writer = mapper.writer();
    this.documentWriter = builder.prettyPrint ? writer.withDefaultPrettyPrinter() : writer;
    this.recordWriter = writer.withRootValueSeparator("");
    this.maxLineLength = builder.maxLineLength;
  }

  /** Returns the instance with the default limits and compact output. */
  public static DemarcheJson defaults() {
    return DEFAULTS;
  }

  /** Returns a builder of instances with other limits or pretty-printed output. */
  public static Builder builder() {
    return new Builder();
  }

  /** The format version this library writes, {@code demarche/1}. */
  public static String formatVersion() {
    return Envelope.FORMAT;
  }

  /** The format versions this library reads, oldest first. */
  public static ImmutableList<String> readableFormatVersions() {
    return Envelope.READABLE;
  }

  /** The model types that can be written and read, most inclusive first. */
  public static ImmutableSet<Class<?>> types() {
    return ModelTypes.all().keySet();
  }

  /**
   * Returns {@code value} as a JSON document.
   *
   * @throws IllegalArgumentException if {@code value} is not of a {@linkplain #types() model type}
   */
  public String write(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes {@code value} as a JSON document to {@code out}, in UTF-8, and flushes it.
   *
   * @throws IllegalArgumentException if {@code value} is not of a {@linkplain #types() model type}
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public void write(Object value, OutputStream out) {
    checkNotNull(out, "out");
    writeDocument(value, () -> documentWriter.createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes {@code value} as a JSON document to {@code out} and flushes it.
   *
   * @throws IllegalArgumentException if {@code value} is not of a {@linkplain #types() model type}
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public void write(Object value, Writer out) {
    checkNotNull(out, "out");
    writeDocument(value, () -> documentWriter.createGenerator(out));
  }

  /**
   * Writes {@code value} as a JSON document to {@code file}, created or replaced.
   *
   * @throws IllegalArgumentException if {@code value} is not of a {@linkplain #types() model type}
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Object value, Path file) {
    checkNotNull(value, "value");
    checkNotNull(file, "file");
    ModelTypes.typeOf(value);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeDocument(Object value, Supplier<JsonGenerator> generator) {
    checkNotNull(value, "value");
    Class<?> type = ModelTypes.typeOf(value);
    try (JsonGenerator gen = generator.get()) {
      Envelope.write(gen, documentWriter.forType(type), ModelTypes.nameOf(type), value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a JSON document holding a value of {@code type}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if {@code json} is not such a document
   */
  public <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    return readDocument(() -> mapper.createParser(json), type);
  }

  /**
   * Reads a JSON document holding a value of {@code type} from {@code in}, in UTF-8 (or UTF-16 or
   * UTF-32, detected as JSON allows).
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the input is not such a document
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public <T> T read(InputStream in, Class<T> type) {
    checkNotNull(in, "in");
    return readDocument(() -> mapper.createParser(in), type);
  }

  /**
   * Reads a JSON document holding a value of {@code type} from {@code in}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the input is not such a document
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public <T> T read(Reader in, Class<T> type) {
    checkNotNull(in, "in");
    return readDocument(() -> mapper.createParser(in), type);
  }

  /**
   * Reads a JSON document holding a value of {@code type} from {@code file}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the file is not such a document
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> T read(Path file, Class<T> type) {
    checkNotNull(file, "file");
    ModelTypes.nameOf(checkNotNull(type, "type"));
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T readDocument(Supplier<JsonParser> parser, Class<T> type) {
    String typeName = ModelTypes.nameOf(checkNotNull(type, "type"));
    JsonParser p;
    try {
      p = parser.get();
    } catch (JacksonException e) {
      throw Errors.translate(e, null, 1);
    }
    try {
      return Envelope.read(p, mapper.readerFor(type), typeName);
    } catch (JacksonException e) {
      throw Errors.translate(e, p, 1);
    } finally {
      p.close();
    }
  }

  /**
   * Returns a writer of a JSON Lines file of {@code type} records to {@code out}, in UTF-8, having
   * written the header line. Closing the writer closes {@code out}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public <T> JsonLinesWriter<T> newJsonLinesWriter(OutputStream out, Class<T> type) {
    checkNotNull(out, "out");
    String typeName = ModelTypes.nameOf(checkNotNull(type, "type"));
    return linesWriter(() -> recordWriter.createGenerator(out, JsonEncoding.UTF8), out, type, typeName);
  }

  /**
   * Returns a writer of a JSON Lines file of {@code type} records to {@code out}, having written the
   * header line. Closing the writer closes {@code out}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public <T> JsonLinesWriter<T> newJsonLinesWriter(Writer out, Class<T> type) {
    checkNotNull(out, "out");
    String typeName = ModelTypes.nameOf(checkNotNull(type, "type"));
    return linesWriter(() -> recordWriter.createGenerator(out), out, type, typeName);
  }

  /**
   * Returns a writer of a JSON Lines file of {@code type} records to {@code file}, created or
   * replaced, having written the header line.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws UncheckedIOException if the file cannot be written
   */
  public <T> JsonLinesWriter<T> newJsonLinesWriter(Path file, Class<T> type) {
    checkNotNull(file, "file");
    ModelTypes.nameOf(checkNotNull(type, "type"));
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return closingOnFailure(out, () -> newJsonLinesWriter(out, type));
  }

  private <T> JsonLinesWriter<T> linesWriter(
      Supplier<JsonGenerator> generator,
      Closeable target,
      Class<T> type,
      String typeName) {
    JsonGenerator gen;
    try {
      gen = generator.get();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    return new JsonLinesWriter<>(gen, recordWriter.forType(type), target, type, typeName);
  }

  /**
   * Returns a reader of a JSON Lines file of {@code type} records from {@code in}, in UTF-8, having
   * read and checked the header line. Closing the reader closes {@code in}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the header line is missing, malformed, of another type or of
   *     an unknown format version
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public <T> JsonLinesReader<T> newJsonLinesReader(InputStream in, Class<T> type) {
    checkNotNull(in, "in");
    String typeName = ModelTypes.nameOf(checkNotNull(type, "type"));
    return new JsonLinesReader<>(LineSource.of(in, maxLineLength), mapper, type, typeName);
  }

  /**
   * Returns a reader of a JSON Lines file of {@code type} records from {@code in}, having read and
   * checked the header line. Closing the reader closes {@code in}.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the header line is missing, malformed, of another type or of
   *     an unknown format version
   * @throws UncheckedIOException if {@code in} cannot be read
   */
  public <T> JsonLinesReader<T> newJsonLinesReader(Reader in, Class<T> type) {
    checkNotNull(in, "in");
    String typeName = ModelTypes.nameOf(checkNotNull(type, "type"));
    return new JsonLinesReader<>(LineSource.of(in, maxLineLength), mapper, type, typeName);
  }

  /**
   * Returns a reader of a JSON Lines file of {@code type} records from {@code file}, having read and
   * checked the header line.
   *
   * @throws IllegalArgumentException if {@code type} is not a {@linkplain #types() model type}
   * @throws DemarcheJsonException if the header line is missing, malformed, of another type or of
   *     an unknown format version
   * @throws UncheckedIOException if the file cannot be read
   */
  public <T> JsonLinesReader<T> newJsonLinesReader(Path file, Class<T> type) {
    checkNotNull(file, "file");
    ModelTypes.nameOf(checkNotNull(type, "type"));
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return closingOnFailure(in, () -> newJsonLinesReader(in, type));
  }

  private static <R> R closingOnFailure(Closeable resource, Supplier<R> action) {
    try {
      return action.get();
    } catch (RuntimeException e) {
      try {
        resource.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Builds a {@link DemarcheJson} with other input limits or pretty-printed output. The limits
   * protect against hostile input; the defaults suit any real article. Not thread-safe, as every
   * builder.
   *
   * <table>
   *   <caption>Limits</caption>
   *   <tr><th>limit</th><th>default</th><th>bounds</th></tr>
   *   <tr><td>{@link #maxNestingDepth}</td><td>64</td><td>nesting of objects and arrays</td></tr>
   *   <tr><td>{@link #maxStringLength}</td><td>16 Mi</td><td>characters in one string</td></tr>
   *   <tr><td>{@link #maxNumberLength}</td><td>64</td><td>characters in one number</td></tr>
   *   <tr><td>{@link #maxDocumentLength}</td><td>256 Mi</td><td>bytes or characters in one document</td></tr>
   *   <tr><td>{@link #maxLineLength}</td><td>64 Mi</td><td>bytes or characters in one JSON Lines line</td></tr>
   * </table>
   */
  public static final class Builder {
    private int maxNestingDepth = 64;
    private int maxStringLength = 16 * 1024 * 1024;
    private int maxNumberLength = 64;
    private long maxDocumentLength = 256L * 1024 * 1024;
    private int maxLineLength = 64 * 1024 * 1024;
    private boolean prettyPrint;

    private Builder() {}

    /**
     * Sets the deepest nesting of objects and arrays read; the format itself needs 8.
     *
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Builder maxNestingDepth(int depth) {
      checkArgument(depth > 0, "maxNestingDepth must be positive: %s", depth);
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the longest string read, in characters, such as the text of an article.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxStringLength(int length) {
      checkArgument(length > 0, "maxStringLength must be positive: %s", length);
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the longest number read, in characters.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxNumberLength(int length) {
      checkArgument(length > 0, "maxNumberLength must be positive: %s", length);
      this.maxNumberLength = length;
      return this;
    }

    /**
     * Sets the longest single document read, in bytes for byte input and characters for character
     * input.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxDocumentLength(long length) {
      checkArgument(length > 0, "maxDocumentLength must be positive: %s", length);
      this.maxDocumentLength = length;
      return this;
    }

    /**
     * Sets the longest line of a JSON Lines file read, in bytes for byte input and characters for
     * character input. A file may have any number of lines.
     *
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxLineLength(int length) {
      checkArgument(length > 0, "maxLineLength must be positive: %s", length);
      this.maxLineLength = length;
      return this;
    }

    /**
     * Sets whether single documents are written indented, two spaces a level; JSON Lines records are
     * always written one per line. Off by default.
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /** Returns a {@link DemarcheJson} with the limits set so far. */
    public DemarcheJson build() {
      return new DemarcheJson(this);
    }
  }
}
