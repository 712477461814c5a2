package dev.demarche.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What an {@link Extractor} knows and how far it goes: the {@link Gazetteer}, the
 * {@link CueLexicon}, and the longest article text it analyses (the rest gets an
 * {@code INPUT_LIMIT} diagnostic, so an absurdly long article cannot stall a pipeline).
 *
 * <p>Immutable and thread-safe.
 *
 * @param gazetteer the actors known by name, and titles
 * @param cues the reporting cues and act nouns
 * @param maxArticleLength the longest text analysed, in characters
 */
public record ExtractorConfig(Gazetteer gazetteer, CueLexicon cues, int maxArticleLength) {
  /** The default limit on the text analysed: 4 Mi characters. */
  public static final int DEFAULT_MAX_ARTICLE_LENGTH = 4 << 20;

  /**
   * Checks the configuration.
   *
   * @throws IllegalArgumentException if {@code maxArticleLength} is not positive
   */
  public ExtractorConfig {
    checkNotNull(gazetteer, "gazetteer");
    checkNotNull(cues, "cues");
    checkArgument(maxArticleLength > 0, "max article length must be positive: %s", maxArticleLength);
  }

  /** The bundled gazetteer and lexicon, with the default limit. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(Gazetteer.defaults(), CueLexicon.defaults(), DEFAULT_MAX_ARTICLE_LENGTH);
  }

  /** Returns a copy with {@code gazetteer}. */
  public ExtractorConfig withGazetteer(Gazetteer gazetteer) {
    return new ExtractorConfig(gazetteer, cues, maxArticleLength);
  }

  /** Returns a copy with {@code cues}. */
  public ExtractorConfig withCues(CueLexicon cues) {
    return new ExtractorConfig(gazetteer, cues, maxArticleLength);
  }

  /** Returns a copy with the limit {@code maxArticleLength}, in characters. */
  public ExtractorConfig withMaxArticleLength(int maxArticleLength) {
    return new ExtractorConfig(gazetteer, cues, maxArticleLength);
  }
}
