package dev.demarche.io.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The one place where the format's Jackson mapper is configured. Internal: may change without
 * notice; the format it produces is documented in {@code docs/format.md}.
 *
 * <p>Every choice here serves a lossless, strict and safe format:
 *
 * <ul>
 *   <li>Only what the model annotates is read or written: automatic detection of fields, getters
 *       and setters is off, so a helper method added to a model type never leaks into the format.
 *   <li>Unknown properties, duplicate properties, numbers for enums, fractions or
 *       strings for integers and numbers or booleans for strings are all errors, never guesses.
 *   <li>Absent optionals are omitted on writing; {@code null} reads as absent in an object and is
 *       an error in an array. Empty collections are written as {@code []}.
 *   <li>Dates are ISO-8601 strings, see {@link IsoDates}.
 *   <li>No polymorphic type information is ever taken from input: default typing stays off and the
 *       model declares no type ids.
 *   <li>Input is bounded by {@link StreamReadConstraints}: nesting depth, string, number and
 *       property name length, and document length.
 * </ul>
 */
public final class Mappers {
  /** The longest property name read; the format's longest is 14 characters. */
  private static final int MAX_NAME_LENGTH = 1_000;

  private Mappers() {}

  /** Returns the mapper for JSON with the given input limits; immutable and thread-safe. */
  public static JsonMapper json(
      int maxNestingDepth, int maxStringLength, long maxDocumentLength, int maxNumberLength) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxDocumentLength(maxDocumentLength)
            .maxNumberLength(maxNumberLength)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    return JsonMapper.builder(factory)
        .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, Visibility.NONE))
        .changeDefaultPropertyInclusion(
            i -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .changeDefaultNullHandling(n -> JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // Values are read from inside the envelope, so the envelope and the JSON Lines reader check
        // for trailing content themselves, with their own messages.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(
            DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(
            MapperFeature.ALLOW_COERCION_OF_SCALARS,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
            MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .addModule(IsoDates.module())
        .addModule(Spans.module())
        .addMixIns(PropertyOrder.mixIns())
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }

  /** Two-space indentation, {@code "name": value}, one array element per line, {@code \n} only. */
  static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter)
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
  }
}
