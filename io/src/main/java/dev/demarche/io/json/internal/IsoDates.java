package dev.demarche.io.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Dates as ISO-8601 strings and nothing else: {@code 2005-02-18}, with a sign and more digits for
 * years beyond 0000–9999 ({@code +999999999-12-31}, {@code -999999999-01-01}), exactly as
 * {@link LocalDate#toString()} writes and {@link LocalDate#parse(CharSequence)} reads them.
 * Jackson's own handling also accepts arrays and numbers; this format does not. Internal: may
 * change without notice.
 */
final class IsoDates {
  private IsoDates() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("demarche-iso-dates");
    module.addSerializer(LocalDate.class, new Serializer());
    module.addDeserializer(LocalDate.class, new Deserializer());
    return module;
  }

  /**
   * Parses an ISO-8601 date. The common {@code yyyy-MM-dd} is read directly, as {@link
   * LocalDate#parse(CharSequence)} allocates heavily; everything else (signed and long years, and
   * anything invalid) goes through it.
   *
   * @throws DateTimeException if {@code text} is not a valid date
   */
  static LocalDate parse(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // Fall through, for the standard parser's message.
        }
      }
    }
    return LocalDate.parse(text);
  }

  /** The number written in {@code text} from {@code begin} to {@code end}, or -1 if not digits. */
  private static int digits(String text, int begin, int end) {
    int value = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static final class Serializer extends StdScalarSerializer<LocalDate> {
    Serializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializationContext context) {
      gen.writeString(value.toString());
    }
  }

  private static final class Deserializer extends StdScalarDeserializer<LocalDate> {
    Deserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) context.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getString();
      try {
        return parse(text);
      } catch (DateTimeException e) {
        InvalidFormatException invalid =
            InvalidFormatException.from(p, "invalid date", text, LocalDate.class);
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
