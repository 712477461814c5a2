package dev.demarche.io;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.demarche.io.internal.extract.ArticleAnalyzer;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.Extraction;
import java.util.stream.Stream;

/**
 * Extracts statements, speakers and actors from news articles, with the character spans that
 * prove them.
 *
 * <p>Built once from an {@link ExtractorConfig}, an extractor is immutable and thread-safe: share
 * one across threads. It is deterministic: the same article gives the same extraction, with the
 * same ids, in the same order. Problems in the text (an unbalanced quote, a truncated article, a
 * pronoun with no antecedent) come back as diagnostics, never as exceptions.
 *
 * <pre>{@code
 * Extractor extractor = Demarche.extractor();
 * Extraction result = extractor.extract(article);
 * for (Statement s : result.statements()) {
 *   System.out.println(s.speaker() + " " + s.speechAct() + ": " + s.content());
 * }
 * }</pre>
 */
public final class Extractor {
  private final ExtractorConfig config;
  private final ArticleAnalyzer analyzer;

  Extractor(ExtractorConfig config) {
    this.config = checkNotNull(config, "config");
    this.analyzer =
        new ArticleAnalyzer(config.gazetteer().data(), config.cues().data(), config.maxArticleLength());
  }

  /** The configuration this extractor was built from. */
  public ExtractorConfig config() {
    return config;
  }

  /** Extracts everything found in {@code article}. */
  public Extraction extract(Article article) {
    return analyzer.analyze(checkNotNull(article, "article"));
  }

  /**
   * Extracts everything found in {@code text}, as the article {@code id} with no metadata.
   *
   * @throws IllegalArgumentException if {@code id} or {@code text} is blank
   */
  public Extraction extract(String id, String text) {
    return extract(Article.of(ArticleId.of(id), text));
  }

  /**
   * Extracts each article of {@code articles}, lazily and in order. To use every core, pass a
   * parallel stream: results then come in encounter order only if the caller keeps it (as {@code
   * forEachOrdered} does).
   */
  public Stream<Extraction> extractAll(Stream<Article> articles) {
    return articles.map(this::extract);
  }
}
