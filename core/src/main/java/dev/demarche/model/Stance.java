package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An actor's position on an issue at a time, with its evidence: "Singapore opposes Taiwan
 * independence", evidenced by the statement in which its prime minister reiterated it.
 *
 * <p>A stance has at least one piece of evidence: a statement, or a span of its article. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStance.class)
@JsonDeserialize(as = ImmutableStance.class)
public abstract class Stance {
  Stance() {}

  /** Returns a builder of stances. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a corpus. */
  public abstract StanceId id();

  /** The article the stance was found in; every span points into it. */
  public abstract ArticleId article();

  /** The actor holding the position. */
  public abstract ActorId holder();

  /** The issue the position is on. */
  public abstract Issue issue();

  /** The position held. */
  public abstract Position position();

  /** When the position was held, if the article says. */
  public abstract Optional<TimeRef> time();

  /** The statements that show the position. */
  public abstract List<StatementId> statements();

  /** The spans of the article that show the position. */
  public abstract List<Span> evidence();

  @Value.Check
  final void check() {
    checkArgument(
        !statements().isEmpty() || !evidence().isEmpty(),
        "stance %s: needs at least one statement or evidence span",
        id());
  }

  /** Builds a {@link Stance}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableStance.Builder {
    Builder() {}
  }
}
