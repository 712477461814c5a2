package dev.demarche.io.json.internal;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import dev.demarche.io.json.DemarcheJsonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * The envelope of a single document, {@code {"format":"demarche/1","type":"extraction","value":{…}}},
 * and the header line of a JSON Lines file, {@code {"format":"demarche/1","type":"extraction"}}.
 * Internal: may change without notice.
 *
 * <p>Properties must come in this order: {@code format} first, so that a document of an unknown
 * version is refused before anything else in it is read; then {@code type}; then {@code value}.
 * (The order is also the alphabetical one, which writers that sort keys produce.)
 */
public final class Envelope {
  /** The format version this library writes. */
  public static final String FORMAT = "demarche/1";

  /** The format versions this library reads, oldest first. */
  public static final ImmutableList<String> READABLE = ImmutableList.of(FORMAT);

  private static final String PREFIX = "demarche/";

  private Envelope() {}

  /** Writes {@code value} of type {@code typeName} in its envelope. */
  public static void write(JsonGenerator gen, ObjectWriter writer, String typeName, Object value) {
    gen.writeStartObject();
    gen.writeStringProperty("format", FORMAT);
    gen.writeStringProperty("type", typeName);
    gen.writeName("value");
    writer.writeValue(gen, value);
    gen.writeEndObject();
  }

  /** Writes the header of a JSON Lines file of {@code typeName} records, without a line break. */
  public static void writeHeader(JsonGenerator gen, String typeName) {
    gen.writeStartObject();
    gen.writeStringProperty("format", FORMAT);
    gen.writeStringProperty("type", typeName);
    gen.writeEndObject();
  }

  /**
   * Reads a whole document: the envelope, its value of type {@code typeName} with {@code reader},
   * and the end of the input.
   *
   * @throws DemarcheJsonException if the envelope is wrong
   * @throws tools.jackson.core.JacksonException if the JSON or the value is; for the caller to
   *     translate
   */
  public static <T> T read(JsonParser p, ObjectReader reader, String typeName) {
    readStart(p, typeName, 1, "a Demarche document");
    expectName(p, "value", 1);
    p.nextToken();
    T value = reader.readValue(p);
    if (value == null) {
      throw Errors.at(p, 1, "\"value\" must not be null");
    }
    if (p.nextToken() != JsonToken.END_OBJECT) {
      throw Errors.at(
          p, 1, "unexpected property '" + p.currentName() + "' after \"value\"; the envelope ends there");
    }
    expectEnd(p, 1, "the document");
    return value;
  }

  /**
   * Reads the header line of a JSON Lines file of {@code typeName} records, on line {@code line}.
   *
   * @throws DemarcheJsonException if it is not the header of such a file
   */
  public static void readHeader(JsonParser p, String typeName, long line) {
    readStart(p, typeName, line, "a Demarche JSON Lines header");
    if (p.nextToken() != JsonToken.END_OBJECT) {
      throw Errors.at(
          p,
          line,
          "unexpected property '" + p.currentName() + "' in the header; it holds only \"format\" and \"type\"");
    }
    expectEnd(p, line, "the header line");
  }

  private static void readStart(JsonParser p, String typeName, long line, String what) {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw Errors.at(
          p,
          line,
          "expected "
              + what
              + ", an object starting with \"format\", but found "
              + (first == null ? "no JSON value" : describe(first)));
    }
    String firstName = p.nextName();
    if (!"format".equals(firstName)) {
      throw Errors.at(
          p,
          line,
          "\"format\" must be the first property of "
              + what
              + ", such as \"format\": \""
              + FORMAT
              + "\"; found "
              + (firstName == null ? "none" : "\"" + firstName + "\""));
    }
    checkFormat(p, line);
    expectName(p, "type", line);
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw Errors.at(p, line, "\"type\" must be a string, such as \"" + typeName + "\"");
    }
    String type = p.getString();
    if (!type.equals(typeName)) {
      throw Errors.at(
          p,
          line,
          ModelTypes.forName(type).isPresent()
              ? "expected type '" + typeName + "' but the input holds '" + type + "'"
              : "unknown type '" + Errors.quoted(type) + "'; expected '" + typeName + "'");
    }
  }

  private static void checkFormat(JsonParser p, long line) {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw Errors.at(p, line, "\"format\" must be a string, such as \"" + FORMAT + "\"");
    }
    String format = p.getString();
    if (READABLE.contains(format)) {
      return;
    }
    String readable = Joiner.on(", ").join(READABLE);
    throw Errors.at(
        p,
        line,
        format.startsWith(PREFIX)
            ? "unsupported format version '"
                + Errors.quoted(format)
                + "'; this version of Demarche reads "
                + readable
                + ": a file written by a later version needs that version to read it"
            : "unknown format '" + Errors.quoted(format) + "'; this version of Demarche reads " + readable);
  }

  private static void expectName(JsonParser p, String name, long line) {
    String found = p.nextName();
    if (!name.equals(found)) {
      throw Errors.at(
          p,
          line,
          found == null
              ? "missing property \"" + name + "\""
              : "expected property \"" + name + "\" but found '" + Errors.quoted(found) + "'");
    }
  }

  private static void expectEnd(JsonParser p, long line, String what) {
    JsonToken next = p.nextToken();
    if (next != null) {
      throw Errors.at(p, line, "unexpected content after the end of " + what + ": found " + describe(next));
    }
  }

  private static String describe(JsonToken token) {
    return Errors.describe(token);
  }
}
