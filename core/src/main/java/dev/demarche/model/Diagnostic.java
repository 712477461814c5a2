package dev.demarche.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A problem found in the text of an article, with where it stands: an unbalanced quote, a truncated
 * article, a pronoun with no antecedent. Problems in the text are data, returned with the
 * extraction, never thrown.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
public abstract class Diagnostic {
  Diagnostic() {}

  /**
   * Returns the diagnostic.
   *
   * @throws IllegalArgumentException if {@code message} is blank or has surrounding white space
   */
  public static Diagnostic of(DiagnosticKind kind, Severity severity, Span span, String message) {
    return ImmutableDiagnostic.of(kind, severity, span, message);
  }

  /** What sort of problem this is. */
  @Value.Parameter
  public abstract DiagnosticKind kind();

  /** How serious it is. */
  @Value.Parameter
  public abstract Severity severity();

  /** Where it stands in the article. */
  @Value.Parameter
  public abstract Span span();

  /** A sentence describing the problem for a person. */
  @Value.Parameter
  public abstract String message();

  @Value.Check
  final void check() {
    Checks.checkName("diagnostic message", message());
  }
}
