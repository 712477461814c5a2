package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.demarche.model.Actor;
import dev.demarche.model.Article;
import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import dev.demarche.model.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input throws a {@link DemarcheJsonException} with an exact reason, line, column
 * and path, and never a Jackson exception or a partly built value.
 */
class BadInputTest {
  private static final DemarcheJson JSON = DemarcheJson.defaults();

  /** A document holding {@code value} as a value of {@code type}. */
  static String doc(String type, String value) {
    return "{\"format\":\"demarche/1\",\"type\":\"" + type + "\",\"value\":" + value + "}";
  }

  static final String ACTOR = "\"id\":\"a\",\"kind\":\"STATE\",\"name\":\"Japan\"";
  static final String STATEMENT =
      "\"id\":\"s\",\"article\":\"a\",\"content\":\"Hi\",\"mode\":\"DIRECT\",\"speechAct\":\"SAY\"";

  static Stream<Arguments> cases() {
    return Stream.of(
        // malformed JSON
        arguments(
            "missing comma",
            doc("span", "{\"begin\":1 \"end\":2}"),
            Span.class,
            "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
            1, 57, "/value/begin"),
        arguments(
            "truncated document",
            "{\"format\":\"demarche/1\",\"type\":\"span\",\"value\":{\"begin\":1,",
            Span.class,
            "Unexpected end-of-input within/between Object entries",
            1, 57, "/value/begin"),
        // wrong types
        arguments(
            "string for an integer",
            doc("span", "{\"begin\":\"1\",\"end\":2}"),
            Span.class,
            "expected an integer but found the string '1'",
            1, 55, "/value/begin"),
        arguments(
            "fraction for an integer",
            doc("span", "{\"begin\":1.5,\"end\":2}"),
            Span.class,
            "expected an integer but found the number 1.5",
            1, 55, "/value/begin"),
        arguments(
            "number for a string",
            doc("article", "{\"id\":\"a\",\"text\":5}"),
            Article.class,
            "expected a string but found the number 5",
            1, 66, "/value/text"),
        arguments(
            "string for an array",
            doc("actor", "{" + ACTOR + ",\"aliases\":\"Nippon\"}"),
            Actor.class,
            "expected an array but found the string 'Nippon'",
            1, 97, "/value/aliases"),
        arguments(
            "array for a date",
            doc("article", "{\"id\":\"a\",\"text\":\"t\",\"published\":[2025,2,21]}"),
            Article.class,
            "expected a date (yyyy-MM-dd) but found an array",
            1, 82, "/value/published"),
        arguments(
            "number for an enum",
            doc("actor", "{\"id\":\"a\",\"kind\":0,\"name\":\"Japan\"}"),
            Actor.class,
            "unknown ActorKind 0; expected one of: STATE, GOVERNMENT_BODY, PERSON, ORGANIZATION, CITY, MEDIA, DOCUMENT, ANONYMOUS",
            1, 64, "/value/kind"),
        arguments(
            "object for an identifier",
            doc("actor", "{\"id\":{},\"kind\":\"STATE\",\"name\":\"Japan\"}"),
            Actor.class,
            "expected a string (ActorId) but found an object",
            1, 54, "/value/id"),
        arguments(
            "null in an array",
            doc("actor", "{" + ACTOR + ",\"aliases\":[\"Nippon\",null]}"),
            Actor.class,
            "expected a string but found null",
            1, 107, "/value/aliases/1"),
        arguments(
            "null for an integer",
            doc("span", "{\"begin\":null,\"end\":2}"),
            Span.class,
            "expected an integer but found null",
            1, 55, "/value/begin"),
        // missing required fields
        arguments(
            "missing text of an article",
            doc("article", "{\"id\":\"a\"}"),
            Article.class,
            "missing required property 'text' of Article",
            1, 58, "/value/text"),
        arguments(
            "missing end of a span",
            doc("statement", "{" + STATEMENT + ",\"contentSpan\":{\"begin\":0}}"),
            Statement.class,
            "missing required property 'end'",
            1, 148, "/value/contentSpan/end"),
        arguments(
            "several missing fields",
            doc("statement", "{\"id\":\"s\"}"),
            Statement.class,
            "missing required properties 'article', 'content', 'contentSpan', 'mode', 'speechAct' of Statement",
            1, 60, "/value/article"),
        // invalid values
        arguments(
            "span past the end of the article's text",
            doc(
                "extraction",
                "{\"article\":{\"id\":\"a\",\"text\":\"Hi\"},\"diagnostics\":[{\"kind\":\"OTHER\","
                    + "\"severity\":\"INFO\",\"span\":{\"begin\":0,\"end\":5},\"message\":\"m\"}]}"),
            Extraction.class,
            "article a: diagnostic OTHER span [0, 5) ends past the end of the text (2 characters)",
            1, 177, "/value"),
        arguments(
            "unknown country code",
            doc("actor", "{" + ACTOR + ",\"country\":\"XXX\"}"),
            Actor.class,
            "country code 'XXX' is not an ISO 3166-1 alpha-3 code",
            1, 97, "/value/country"),
        arguments(
            "span ending before it begins",
            doc("span", "{\"begin\":5,\"end\":2}"),
            Span.class,
            "span end (2) before begin (5)",
            1, 64, "/value"),
        arguments(
            "impossible date",
            doc("article", "{\"id\":\"a\",\"text\":\"t\",\"published\":\"2025-02-30\"}"),
            Article.class,
            "invalid date '2025-02-30': Text '2025-02-30' could not be parsed: Invalid date 'FEBRUARY 30'",
            1, 82, "/value/published"),
        arguments(
            "blank actor name",
            doc("actor", "{\"id\":\"a\",\"kind\":\"STATE\",\"name\":\" \"}"),
            Actor.class,
            "actor name must not be blank: ' '",
            1, 82, "/value"),
        arguments(
            "integer out of range",
            doc("span", "{\"begin\":99999999999,\"end\":2}"),
            Span.class,
            "Numeric value (99999999999) out of range of `int` (-2147483648 - 2147483647)",
            1, 66, "/value/begin"),
        // unknown enum constants and properties
        arguments(
            "unknown enum constant",
            doc("actor", "{\"id\":\"a\",\"kind\":\"KINGDOM\",\"name\":\"Japan\"}"),
            Actor.class,
            "unknown ActorKind 'KINGDOM'; expected one of: STATE, GOVERNMENT_BODY, PERSON, ORGANIZATION, CITY, MEDIA, DOCUMENT, ANONYMOUS",
            1, 64, "/value/kind"),
        arguments(
            "enum constant in the wrong case",
            doc("actor", "{\"id\":\"a\",\"kind\":\"state\",\"name\":\"Japan\"}"),
            Actor.class,
            "unknown ActorKind 'state'; expected one of: STATE, GOVERNMENT_BODY, PERSON, ORGANIZATION, CITY, MEDIA, DOCUMENT, ANONYMOUS",
            1, 64, "/value/kind"),
        arguments(
            "unknown property",
            doc("actor", "{" + ACTOR + ",\"capital\":\"Tokyo\"}"),
            Actor.class,
            "unknown property 'capital' in Actor; known properties: aliases, country, id, kind, name, nativeNames, roles",
            1, 98, "/value/capital"),
        arguments(
            "unknown property of a span",
            doc("span", "{\"begin\":1,\"end\":2,\"length\":1}"),
            Span.class,
            "unknown property 'length' in Span; known properties: begin, end",
            1, 75, "/value/length"),
        arguments(
            "duplicate property",
            doc("actor", "{" + ACTOR + ",\"name\":\"Nippon\"}"),
            Actor.class,
            "Duplicate Object property \"name\"",
            1, 93, "/value/name"),
        // the envelope
        arguments(
            "unknown future format version",
            "{\"format\":\"demarche/2\",\"type\":\"span\",\"value\":{\"begin\":1,\"end\":2}}",
            Span.class,
            "unsupported format version 'demarche/2'; this version of Demarche reads demarche/1:"
                + " a file written by a later version needs that version to read it",
            1, 11, "/format"),
        arguments(
            "another format",
            "{\"format\":\"geojson\",\"type\":\"span\"}",
            Span.class,
            "unknown format 'geojson'; this version of Demarche reads demarche/1",
            1, 11, "/format"),
        arguments(
            "no format",
            "{\"begin\":1,\"end\":2}",
            Span.class,
            "\"format\" must be the first property of a Demarche document, such as \"format\": \"demarche/1\"; found \"begin\"",
            1, 2, "/begin"),
        arguments(
            "another type",
            doc("statement", "{}"),
            Actor.class,
            "expected type 'actor' but the input holds 'statement'",
            1, 31, "/type"),
        arguments(
            "unknown type",
            doc("treaty", "{}"),
            Actor.class,
            "unknown type 'treaty'; expected 'actor'",
            1, 31, "/type"),
        arguments(
            "null value",
            doc("span", "null"),
            Span.class,
            "\"value\" must not be null",
            1, 46, "/value"),
        arguments(
            "property after the value",
            "{\"format\":\"demarche/1\",\"type\":\"span\",\"value\":{\"begin\":1,\"end\":2},\"note\":1}",
            Span.class,
            "unexpected property 'note' after \"value\"; the envelope ends there",
            1, 66, "/note"),
        arguments(
            "second document",
            doc("span", "{\"begin\":1,\"end\":2}") + "\n{}",
            Span.class,
            "unexpected content after the end of the document: found an object",
            2, 1, ""),
        arguments(
            "not an object",
            "[1,2]",
            Span.class,
            "expected a Demarche document, an object starting with \"format\", but found an array",
            1, 1, ""),
        arguments(
            "empty input",
            "  ",
            Span.class,
            "expected a Demarche document, an object starting with \"format\", but found no JSON value",
            1, -1, ""),
        // positions over several lines
        arguments(
            "error on a later line",
            "{\n  \"format\": \"demarche/1\",\n  \"type\": \"span\",\n  \"value\": {\n    \"begin\": 3,\n    \"end\": true\n  }\n}",
            Span.class,
            "expected an integer but found true",
            6, 12, "/value/end"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputThrowsWithReasonAndPosition(
      String name, String json, Class<?> type, String reason, long line, int column, String path) {
    DemarcheJsonException e = assertThrows(DemarcheJsonException.class, () -> JSON.read(json, type));
    assertAll(
        () -> assertEquals(reason, e.reason(), "reason"),
        () -> assertEquals(line, e.line(), "line"),
        () -> assertEquals(column, e.column(), "column"),
        () -> assertEquals(path, e.path(), "path"));
  }
}
