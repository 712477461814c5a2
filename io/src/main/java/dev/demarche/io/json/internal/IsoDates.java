package dev.demarche.io.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        InvalidFormatException invalid =
            InvalidFormatException.from(p, "invalid date", text, LocalDate.class);
        invalid.initCause(e);
        throw invalid;
      }
    }
  }
}
