package dev.demarche.io.json.internal;

import dev.demarche.model.Span;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads spans, the most numerous values of the format, directly from the parser rather than through
 * their reflective {@code @JsonCreator}, with the same strictness: both properties required, no
 * other, integers only. Internal: may change without notice.
 */
final class Spans {
  private static final List<Object> PROPERTIES = List.of("begin", "end");

  private Spans() {}

  static SimpleModule module() {
    SimpleModule module = new SimpleModule("demarche-spans");
    module.addDeserializer(Span.class, new Deserializer());
    return module;
  }

  private static final class Deserializer extends StdDeserializer<Span> {
    Deserializer() {
      super(Span.class);
    }

    @Override
    public Span deserialize(JsonParser p, DeserializationContext context) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return (Span) context.handleUnexpectedToken(Span.class, p);
      }
      int begin = 0;
      int end = 0;
      boolean hasBegin = false;
      boolean hasEnd = false;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (name.equals("begin")) {
          begin = offset(p, context);
          hasBegin = true;
        } else if (name.equals("end")) {
          end = offset(p, context);
          hasEnd = true;
        } else {
          throw UnrecognizedPropertyException.from(p, Span.class, name, PROPERTIES);
        }
      }
      if (!hasBegin || !hasEnd) {
        throw MismatchedInputException.from(
            p, Span.class, "Missing creator property '" + (hasBegin ? "end" : "begin") + "'");
      }
      try {
        return Span.of(begin, end);
      } catch (IllegalArgumentException e) {
        throw ValueInstantiationException.from(
            p, e.getMessage(), context.constructType(Span.class), e);
      }
    }

    private static int offset(JsonParser p, DeserializationContext context) {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return p.getIntValue();
      }
      return (Integer) context.handleUnexpectedToken(int.class, p);
    }
  }
}
