package dev.demarche.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A reference to time as the text gives it: the expression as written ("on Friday", "last
 * December"), where it stands, and the date or range it resolves to when the article's publication
 * date allows. No date is invented: an expression that cannot be resolved keeps an empty
 * {@link #resolved()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTimeRef.class)
@JsonDeserialize(as = ImmutableTimeRef.class)
public abstract class TimeRef {
  TimeRef() {}

  /** Returns a builder of time references. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an unresolved reference to the expression as written.
   *
   * @throws IllegalArgumentException if {@code expression} is blank or has surrounding white space
   */
  public static TimeRef of(String expression) {
    return builder().expression(expression).build();
  }

  /** The expression as written, such as {@code "on Friday"}. */
  public abstract String expression();

  /** Where the expression stands in its article, if it comes from one. */
  public abstract Optional<Span> span();

  /** The date or range the expression resolves to, if it could be resolved. */
  public abstract Optional<DateRange> resolved();

  @Value.Check
  final void check() {
    Checks.checkText("time expression", expression());
    span().ifPresent(s -> Checks.checkSpanLength("time expression", expression(), s));
  }

  /** Builds a {@link TimeRef}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableTimeRef.Builder {
    Builder() {}
  }
}
