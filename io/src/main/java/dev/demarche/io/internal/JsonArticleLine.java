package dev.demarche.io.internal;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.DemarcheIoException;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses one JSON Lines line into an {@link Article}, with errors that name the line, column and
 * field. Immutable and thread-safe.
 */
public final class JsonArticleLine {
  private static final String[] TEXT_FIELDS = {"id", "title", "source", "url", "published", "text"};

  private final JsonMapper mapper;

  /** Creates a parser accepting strings up to {@code maxStringLength} characters. */
  public JsonArticleLine(int maxStringLength) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(100)
                    .build())
            .build();
    this.mapper = JsonMapper.builder(factory).build();
  }

  /**
   * Parses {@code line}, the {@code lineNumber}th line of the input.
   *
   * @throws DemarcheIoException if the line is not a JSON object of the expected fields
   */
  public Article parse(String line, ArticleReader.Options options, long lineNumber) {
    String source = options.sourceName();
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int column = at == null ? 0 : Math.max(0, at.getColumnNr());
      throw new DemarcheIoException(
          source, lineNumber, column, null, null, "malformed JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new DemarcheIoException(
          source, lineNumber, 1, null, null,
          "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()), null);
    }
    if (node.has("format") && node.has("type") && !node.has("text")) {
      // the header of a file that this library wrote: not articles
      throw new DemarcheIoException(
          source, lineNumber, 1, null, null,
          "this is a Demarche " + node.get("type").asString() + " file ("
              + node.get("format").asString() + "), not articles; read it with DemarcheJson",
          null);
    }
    for (String field : TEXT_FIELDS) {
      JsonNode value = node.get(field);
      if (value != null && !value.isNull() && !value.isString()) {
        throw new DemarcheIoException(
            source, lineNumber, 0, field, null,
            "expected a string, found " + value.getNodeType(), null);
      }
    }
    String id = string(node, "id");
    if (id == null) {
      id = source + "#L" + lineNumber;
    }
    String text = string(node, "text");
    if (text == null) {
      throw new DemarcheIoException(
          source, lineNumber, 0, "text", id, "required field is missing", null);
    }
    try {
      Article.Builder article = Article.builder().id(ArticleId.of(id)).text(text);
      optional(node, "title").ifPresent(article::title);
      optional(node, "source").ifPresent(article::source);
      optional(node, "url").ifPresent(article::url);
      String published = string(node, "published");
      if (published != null && !published.isBlank()) {
        article.published(date(published.strip(), source, lineNumber, id));
      } else {
        options.published().ifPresent(article::published);
      }
      return article.build();
    } catch (IllegalArgumentException e) {
      throw new DemarcheIoException(source, lineNumber, 0, null, id, e.getMessage(), e);
    }
  }

  private static java.util.Optional<String> optional(JsonNode node, String field) {
    String value = string(node, field);
    return value == null || value.isBlank()
        ? java.util.Optional.empty()
        : java.util.Optional.of(value.strip());
  }

  private static String string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.stringValue();
  }

  private static LocalDate date(String value, String source, long line, String id) {
    try {
      if (value.length() <= 10) {
        return LocalDate.parse(value);
      }
      try {
        return OffsetDateTime.parse(value).toLocalDate();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(value).toLocalDate();
      }
    } catch (DateTimeParseException e) {
      throw new DemarcheIoException(
          source, line, 0, "published", id,
          "expected an ISO date or date-time such as 2019-01-04, found '" + value + "'", e);
    }
  }
}
