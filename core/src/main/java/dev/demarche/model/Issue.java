package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An issue on which actors take {@link Stance stances}: a canonical id in lower-case kebab case, such
 * as {@code taiwan-independence}, {@code one-china} or {@code taiwan-strait-status-quo}, and a
 * readable label. Two issues are equal when both id and label are.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIssue.class)
@JsonDeserialize(as = ImmutableIssue.class)
public abstract class Issue {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  Issue() {}

  /**
   * Returns the issue with the given canonical id and label.
   *
   * @throws IllegalArgumentException if {@code id} is not lower-case kebab case or {@code label} is
   *     blank
   */
  public static Issue of(String id, String label) {
    return ImmutableIssue.of(id, label);
  }

  /** The canonical id, such as {@code taiwan-independence}. */
  @Value.Parameter
  public abstract String id();

  /** A readable label, such as {@code Taiwan independence}. */
  @Value.Parameter
  public abstract String label();

  @Value.Check
  final void check() {
    checkArgument(
        ID.matcher(id()).matches(),
        "issue id '%s' must be lower-case words joined by hyphens, such as 'taiwan-independence'",
        id());
    Checks.checkName("issue label", label());
  }
}
