package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A title an {@link Actor} holds, optionally in an organisation and optionally dated: "Secretary of
 * State" in the State Department, "spokesman" of the Chinese Ministry of Foreign Affairs.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRole.class)
@JsonDeserialize(as = ImmutableRole.class)
public abstract class Role {
  Role() {}

  /** Returns a builder of roles. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the undated role {@code title}, in no particular organisation.
   *
   * @throws IllegalArgumentException if {@code title} is blank or has surrounding white space
   */
  public static Role of(String title) {
    return builder().title(title).build();
  }

  /** The title as written, such as {@code Secretary of State}. */
  public abstract String title();

  /** The organisation in which the title is held, if known. */
  public abstract Optional<ActorId> organization();

  /** The first day the title is known to be held, if known. */
  public abstract Optional<LocalDate> since();

  /** The last day the title is known to be held, if known; never before {@link #since()}. */
  public abstract Optional<LocalDate> until();

  @Value.Check
  final void check() {
    Checks.checkName("role title", title());
    if (since().isPresent() && until().isPresent()) {
      checkArgument(
          !until().get().isBefore(since().get()),
          "role until (%s) before since (%s)",
          until().get(),
          since().get());
    }
  }

  /** Builds a {@link Role}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
