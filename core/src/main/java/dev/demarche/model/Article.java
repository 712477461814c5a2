package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A news article: the unit every {@link Span} points into.
 *
 * <p>An article has an id, its text, and what is known of its title, source, address and
 * publication date; the publication date anchors relative dates such as "on Friday". Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .id(ArticleId.of("taipei-times-2025-10-29"))
 *     .text("Taiwanese officials are courting podcasters ...")
 *     .published(LocalDate.of(2025, 10, 29))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArticle.class)
@JsonDeserialize(as = ImmutableArticle.class)
public abstract class Article {
  Article() {}

  /** Returns a builder of articles. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the article {@code id} with {@code text} and no metadata.
   *
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static Article of(ArticleId id, String text) {
    return builder().id(id).text(text).build();
  }

  /** The identifier, unique within a corpus. */
  public abstract ArticleId id();

  /** The title, if known. */
  public abstract Optional<String> title();

  /** The source, such as a newspaper or agency, if known. */
  public abstract Optional<String> source();

  /** The address the article was published at, if known. */
  public abstract Optional<String> url();

  /** The day the article was published, if known. */
  public abstract Optional<LocalDate> published();

  /** The full text: paragraphs separated by line breaks. */
  public abstract String text();

  @Value.Check
  final void check() {
    checkArgument(!text().isBlank(), "article %s: text must not be blank", id());
    title().ifPresent(t -> Checks.checkName("article title", t));
    source().ifPresent(s -> Checks.checkName("article source", s));
    url().ifPresent(u -> Checks.checkName("article url", u));
  }

  /** Whether {@code span} lies within the text. */
  public final boolean contains(Span span) {
    return span.end() <= text().length();
  }

  /**
   * Returns the text at {@code span}.
   *
   * @throws IllegalArgumentException if the span ends past the end of the text
   */
  public final String text(Span span) {
    checkArgument(
        contains(span),
        "article %s: span %s ends past the end of the text (%s characters)",
        id(),
        span,
        text().length());
    return text().substring(span.begin(), span.end());
  }

  /** Builds an {@link Article}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
