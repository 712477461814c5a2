package dev.demarche.model;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A piece of text as written, with the span where it stands: the speaker mention {@code "she"}, the
 * reporting cue {@code "denounced"}, the trigger of an event.
 *
 * <p>The span's length equals the text's length; an {@link Extraction} further checks that the text
 * is exactly what its article holds at that span. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public abstract class Mention {
  Mention() {}

  /**
   * Returns the mention of {@code text} at {@code span}.
   *
   * @throws IllegalArgumentException if {@code text} is empty or its length differs from the span's
   */
  public static Mention of(String text, Span span) {
    return ImmutableMention.of(text, span);
  }

  /** The text as written. */
  @Value.Parameter
  public abstract String text();

  /** Where the text stands in its article. */
  @Value.Parameter
  public abstract Span span();

  @Value.Check
  final void check() {
    com.google.common.base.Preconditions.checkArgument(
        !text().isEmpty(), "mention text must not be empty (span %s)", span());
    Checks.checkSpanLength("mention", text(), span());
  }
}
