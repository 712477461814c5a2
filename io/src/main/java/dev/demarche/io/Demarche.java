package dev.demarche.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.InputStream;

/**
 * Where to start: the default {@link Extractor}, extractors with one's own configuration, and
 * the bundled sample articles.
 *
 * <pre>{@code
 * Extractor extractor = Demarche.extractor();
 * try (ArticleReader articles = ArticleReader.plainText(Path.of("news.txt"))) {
 *   articles.stream().map(extractor::extract).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Demarche {
  private static final Extractor DEFAULT = new Extractor(ExtractorConfig.defaults());

  private Demarche() {}

  /** The extractor with the bundled gazetteer and lexicon; shared, immutable and thread-safe. */
  public static Extractor extractor() {
    return DEFAULT;
  }

  /** Returns an extractor with {@code config}. */
  public static Extractor extractor(ExtractorConfig config) {
    return new Extractor(checkNotNull(config, "config"));
  }

  /**
   * Opens the bundled sample articles: five news articles on Taiwan, Japan, China, the United
   * States, Singapore and Germany, in the plain-text format. Read them with {@link
   * ArticleReader#plainText(InputStream, ArticleReader.Options)}; the caller closes the stream.
   */
  public static InputStream sampleArticles() {
    return Demarche.class.getResourceAsStream("/dev/demarche/io/samples/seed-articles.txt");
  }
}
