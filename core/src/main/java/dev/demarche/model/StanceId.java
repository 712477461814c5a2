package dev.demarche.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * The identifier of {@link Stance a stance}: a non-blank string without surrounding white space or control
 * characters, written in JSON as a bare string.
 *
 * <p>Immutable and thread-safe. Identifiers order by their string value.
 */
@Value.Immutable
public abstract class StanceId implements Comparable<StanceId> {
  StanceId() {}

  /**
   * Returns the identifier with the given value.
   *
   * @throws IllegalArgumentException if {@code value} is blank, has surrounding white space or
   *     contains a control character
   */
  @JsonCreator
  public static StanceId of(String value) {
    return ImmutableStanceId.of(value);
  }

  /** The identifier as a string. */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    Checks.checkId("stance id", value());
  }

  @Override
  public final int compareTo(StanceId other) {
    return value().compareTo(other.value());
  }

  /** Returns {@link #value()}. */
  @Override
  public final String toString() {
    return value();
  }
}
