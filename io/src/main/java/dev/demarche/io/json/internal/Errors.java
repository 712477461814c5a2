package dev.demarche.io.json.internal;

import com.google.common.base.Splitter;

import com.google.common.base.Joiner;
import dev.demarche.io.json.DemarcheJsonException;
import dev.demarche.model.ActorId;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.EventId;
import dev.demarche.model.StanceId;
import dev.demarche.model.StatementId;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns what went wrong while reading into a {@link DemarcheJsonException} with a reason a person
 * can act on and the position of the reader. Internal: may change without notice.
 */
public final class Errors {
  /** Longest reason kept: hostile input must not blow up an error message. */
  static final int MAX_REASON_LENGTH = 1000;

  /** Longest input value quoted in a reason. */
  private static final int MAX_QUOTED_LENGTH = 80;

  private static final Pattern MISSING_CREATOR_PROPERTY =
      Pattern.compile("Missing creator property '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern CONSTRAINT_SOURCE =
      Pattern.compile("from `StreamReadConstraints\\.getM(ax\\w+)\\(\\)`");
  private static final Set<Class<?>> STRING_VALUED =
      Set.of(
          CountryCode.class,
          ActorId.class,
          ArticleId.class,
          StatementId.class,
          StanceId.class,
          EventId.class);

  private Errors() {}

  /**
   * Returns the exception for {@code reason} at the current token of {@code parser}.
   *
   * @param firstLine the line of the input on which {@code parser}'s line 1 stands
   */
  public static DemarcheJsonException at(JsonParser parser, long firstLine, String reason) {
    return create(reason, parser.currentTokenLocation(), firstLine, pointer(parser), null);
  }

  /**
   * Returns the exception for {@code reason} at {@code line} of the input, with no column, for
   * problems found before any JSON was parsed.
   */
  public static DemarcheJsonException atLine(long line, String reason) {
    return new DemarcheJsonException(cap(reason), line, DemarcheJsonException.UNKNOWN, "", null);
  }

  /**
   * Translates a failure raised while {@code parser} was read, or while it was created if {@code
   * parser} is null.
   *
   * @param firstLine the line of the input on which {@code parser}'s line 1 stands
   * @throws UncheckedIOException if {@code failure} is an I/O failure rather than bad input: it is
   *     thrown, not returned
   */
  public static DemarcheJsonException translate(
      JacksonException failure, JsonParser parser, long firstLine) {
    if (failure instanceof JacksonIOException io) {
      throw new UncheckedIOException(io.getCause());
    }
    TokenStreamLocation location = failure.getLocation();
    if ((location == null || location.getLineNr() < 1) && parser != null) {
      location = parser.currentLocation();
    }
    if (parser == null) {
      // Refused before the first token (a String beyond the document limit): the whole input.
      return location == null || location.getLineNr() < 1
          ? new DemarcheJsonException(
              cap(limitOr(failure)), firstLine, DemarcheJsonException.UNKNOWN, "", failure)
          : create(limitOr(failure), location, firstLine, "", failure);
    }
    String path = pointer(parser);
    String reason;
    if (failure instanceof StreamConstraintsException) {
      reason = limitReason(failure.getOriginalMessage());
    } else if (failure instanceof UnrecognizedPropertyException unknown) {
      reason = unknownProperty(unknown);
      // A creator-built value reports unknown properties only at its end.
      String property = "/" + escape(unknown.getPropertyName());
      if (!path.endsWith(property)) {
        path = path + property;
      }
    } else if (failure instanceof InvalidFormatException invalid) {
      reason = invalidValue(invalid, parser);
    } else if (failure instanceof MismatchedInputException mismatch) {
      Matcher missing = MISSING_CREATOR_PROPERTY.matcher(failure.getOriginalMessage());
      if (missing.matches()) {
        reason = "missing required property '" + missing.group(1) + "'";
        path = path + "/" + escape(missing.group(1));
      } else {
        reason = mismatch(mismatch.getTargetType(), parser, mismatch.getCurrentToken());
      }
    } else {
      reason = modelReason(failure).orElse(cleanJacksonMessage(failure.getOriginalMessage()));
      Matcher unset = UNSET_ATTRIBUTES.matcher(reason);
      if (unset.matches()) {
        // a builder-built value names its missing fields only at its end: locate the first
        List<String> missing = Splitter.on(", ").splitToList(unset.group(2));
        reason =
            (missing.size() == 1 ? "missing required property '" : "missing required properties '")
                + String.join("', '", missing)
                + "' of "
                + unset.group(1);
        path = path + "/" + escape(missing.get(0));
      }
    }
    return create(reason, location, firstLine, path, failure);
  }

  /** Immutables' message for a value built without some of its required attributes. */
  private static final Pattern UNSET_ATTRIBUTES =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

  private static String limitOr(JacksonException failure) {
    return failure instanceof StreamConstraintsException
        ? limitReason(failure.getOriginalMessage())
        : cleanJacksonMessage(failure.getOriginalMessage());
  }

  private static DemarcheJsonException create(
      String reason, TokenStreamLocation location, long firstLine, String path, Throwable cause) {
    long line = DemarcheJsonException.UNKNOWN;
    int column = DemarcheJsonException.UNKNOWN;
    if (location != null && location.getLineNr() > 0) {
      line = firstLine + location.getLineNr() - 1;
      column = location.getColumnNr() > 0 ? location.getColumnNr() : DemarcheJsonException.UNKNOWN;
    }
    return new DemarcheJsonException(cap(reason), line, column, path, cause);
  }

  /** The message of the model's own check, such as an Immutables builder or a value check. */
  private static Optional<String> modelReason(Throwable failure) {
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException
          || t instanceof IllegalStateException
          || t instanceof NullPointerException) {
        return Optional.ofNullable(t.getMessage()).filter(m -> !m.isBlank());
      }
    }
    return Optional.empty();
  }

  private static String limitReason(String message) {
    return CONSTRAINT_SOURCE.matcher(message).replaceAll("limit m$1");
  }

  private static String unknownProperty(UnrecognizedPropertyException unknown) {
    Collection<Object> known = unknown.getKnownPropertyIds();
    Set<String> names = new TreeSet<>();
    if (known != null) {
      known.forEach(k -> names.add(String.valueOf(k)));
    }
    String reason =
        "unknown property '"
            + quote(unknown.getPropertyName())
            + "' in "
            + ModelTypes.displayName(unknown.getReferringClass());
    return names.isEmpty() ? reason : reason + "; known properties: " + Joiner.on(", ").join(names);
  }

  private static String invalidValue(InvalidFormatException invalid, JsonParser parser) {
    Class<?> target = invalid.getTargetType();
    Object value = invalid.getValue();
    if (target != null && target.isEnum()) {
      return "unknown "
          + target.getSimpleName()
          + " "
          + literal(value)
          + "; expected one of: "
          + Joiner.on(", ").join(List.of(target.getEnumConstants()));
    }
    if (!(value instanceof String)) {
      return mismatch(target, parser, null);
    }
    String what = target == LocalDate.class ? "date" : targetName(target) + " value";
    String reason = "invalid " + what + " " + literal(value);
    Throwable cause = invalid.getCause();
    return cause == null || cause.getMessage() == null ? reason : reason + ": " + cause.getMessage();
  }

  /**
   * Says what was expected and what was found: the token the failure names, if it does (the parser
   * may have moved past it), else the parser's current token.
   */
  private static String mismatch(Class<?> target, JsonParser parser, JsonToken token) {
    String found = token != null && token != parser.currentToken() ? describe(token) : found(parser);
    if (target == null) {
      return "unexpected " + found;
    }
    return "expected " + describe(target) + " but found " + found;
  }

  /** A JSON token in words, for messages: "an object", "a string", "true". */
  static String describe(JsonToken token) {
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.name();
    }
  }

  /** Jackson's message, without the source description it puts in nested locations. */
  private static String cleanJacksonMessage(String message) {
    return message.replace(
        "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ", "[");
  }

  /** Describes what the format expects for a value of {@code type}. */
  static String describe(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == LocalDate.class) {
      return "a date (yyyy-MM-dd)";
    }
    if (type.isEnum()) {
      return "a " + type.getSimpleName() + " (one of: " + Joiner.on(", ").join(type.getEnumConstants()) + ")";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    if (Optional.class.isAssignableFrom(type)) {
      return "a value";
    }
    String name = ModelTypes.displayName(type);
    for (Class<?> stringValued : STRING_VALUED) {
      if (stringValued.isAssignableFrom(type)) {
        return "a string (" + name + ")";
      }
    }
    return "an object (" + name + ")";
  }

  private static String found(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        // Jackson stands at the end of an object (or array) it read in vain for a scalar.
        return "an object";
      case END_ARRAY:
        return "an array";
      case PROPERTY_NAME:
        return "property '" + quote(parser.currentName()) + "'";
      case VALUE_STRING:
        return "the string " + literal(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + quote(parser.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  private static String targetName(Class<?> target) {
    return target == null ? "value" : ModelTypes.displayName(target);
  }

  private static String literal(Object value) {
    return value instanceof String s ? "'" + quote(s) + "'" : String.valueOf(value);
  }

  /** Returns {@code text}, cut short if it is long, for quoting in a reason. */
  static String quoted(String text) {
    return quote(text);
  }

  private static String quote(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_QUOTED_LENGTH ? text : text.substring(0, MAX_QUOTED_LENGTH) + "…";
  }

  private static String cap(String reason) {
    return reason.length() <= MAX_REASON_LENGTH
        ? reason
        : reason.substring(0, MAX_REASON_LENGTH) + "… (message cut at " + MAX_REASON_LENGTH + " characters)";
  }

  /** The JSON Pointer of the parser's current position. */
  static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
