package dev.demarche.model;

/**
 * What a {@link Diagnostic} reports about the text of an article.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum DiagnosticKind {
  /** A quote mark without its partner. */
  UNBALANCED_QUOTE,

  /** The article stops mid-sentence. */
  TRUNCATED_ARTICLE,

  /** A speaker pronoun or description with no antecedent in the article. */
  UNRESOLVED_PRONOUN,

  /** A quote with no speaker found. */
  UNATTRIBUTED_QUOTE,

  /**
   * A statement that is not a quote and whose speaker the text does not give: an agentless
   * passive ("is reported to be in critical condition", "The attack was condemned").
   */
  UNATTRIBUTED_STATEMENT,

  /** More than one speaker fits a statement; the nearest was taken. */
  AMBIGUOUS_SPEAKER,

  /**
   * Part of the input exceeded a limit: text past the longest article analysed was not analysed, or a
   * sentence longer than the longest analysed whole was cut and its parts analysed apart.
   */
  INPUT_LIMIT,

  /** Another problem. */
  OTHER
}
