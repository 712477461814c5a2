package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarche.model.Article;
import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Configured limits stop input beyond them, with the limit named. */
class LimitsTest {
  private static DemarcheJsonException readFails(DemarcheJson json, String input, Class<?> type) {
    return assertThrows(DemarcheJsonException.class, () -> json.read(input, type));
  }

  @Test
  void nestingDeeperThanTheLimitFails() {
    DemarcheJson json = DemarcheJson.builder().maxNestingDepth(3).build();
    DemarcheJsonException e =
        readFails(json, DemarcheJson.defaults().write(Examples.extraction()), Extraction.class);
    assertEquals(
        "Document nesting depth (4) exceeds the maximum allowed (3, limit maxNestingDepth)",
        e.reason());
    assertEquals("/value/actors/0", e.path());
  }

  @Test
  void stringLongerThanTheLimitFails() {
    DemarcheJson json = DemarcheJson.builder().maxStringLength(10).build();
    DemarcheJsonException e =
        readFails(
            json, BadInputTest.doc("article", "{\"id\":\"a\",\"text\":\"" + "x".repeat(11) + "\"}"), Article.class);
    assertEquals(
        "String value length (11) exceeds the maximum allowed (10, limit maxStringLength)",
        e.reason());
    assertEquals("/value/text", e.path());
  }

  @Test
  void numberLongerThanTheLimitFails() {
    DemarcheJsonException e =
        readFails(
            DemarcheJson.defaults(),
            BadInputTest.doc("span", "{\"begin\":" + "1".repeat(65) + ",\"end\":2}"),
            Span.class);
    assertEquals(
        "Number value length (65) exceeds the maximum allowed (64, limit maxNumberLength)",
        e.reason());
    assertEquals("/value/begin", e.path());
  }

  @Test
  void documentLongerThanTheLimitFails() {
    DemarcheJson json = DemarcheJson.builder().maxDocumentLength(100).build();
    String input = BadInputTest.doc("article", "{\"id\":\"a\",\"text\":\"" + "x".repeat(20_000) + "\"}");
    DemarcheJsonException e =
        assertThrows(
            DemarcheJsonException.class,
            () ->
                json.read(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Article.class));
    assertEquals(
        "Document length (8000) exceeds the maximum allowed (100, limit maxDocumentLength)",
        e.reason());
  }

  @Test
  void documentLongerThanTheLimitFailsFromAString() {
    DemarcheJson json = DemarcheJson.builder().maxDocumentLength(100).build();
    String input = BadInputTest.doc("article", "{\"id\":\"a\",\"text\":\"" + "x".repeat(20_000) + "\"}");
    DemarcheJsonException e = readFails(json, input, Article.class);
    assertEquals(
        "Document length (20069) exceeds the maximum allowed (100, limit maxDocumentLength)",
        e.reason());
    assertEquals(1, e.line());
  }

  @Test
  void limitsMustBePositive() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DemarcheJson.builder().maxNestingDepth(0));
    assertEquals("maxNestingDepth must be positive: 0", e.getMessage());
  }

  @Test
  void overlongValueInAnErrorMessageIsCut() {
    DemarcheJsonException e =
        readFails(
            DemarcheJson.defaults(),
            BadInputTest.doc("actor", "{\"id\":\"a\",\"kind\":\"" + "K".repeat(5000) + "\",\"name\":\"x\"}"),
            dev.demarche.model.Actor.class);
    assertEquals(
        "unknown ActorKind '" + "K".repeat(80) + "…'; expected one of: STATE, GOVERNMENT_BODY,"
            + " PERSON, ORGANIZATION, CITY, MEDIA, DOCUMENT, ANONYMOUS",
        e.reason());
  }
}
