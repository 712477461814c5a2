package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something that happened, was planned or was called off: a meeting, a visit, a cancellation, a joint
 * statement, a press conference, a testimony, an agreement, a naming, a loan, a commitment.
 *
 * <p>An event has a type, participants in roles, a time and a place where the article gives them,
 * the trigger word that names it, and the spans that prove it. It may be coded to the field's
 * taxonomies: a CAMEO code (two to four digits, such as {@code 036}) and a PLOVER category (upper
 * case, such as {@code CONSULT}). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvent.class)
@JsonDeserialize(as = ImmutableEvent.class)
public abstract class Event {
  private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
  private static final Pattern PLOVER = Pattern.compile("[A-Z][A-Z_]*");

  Event() {}

  /** Returns a builder of events. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a corpus. */
  public abstract EventId id();

  /** The article that reports the event; every span points into it. */
  public abstract ArticleId article();

  /** What kind of event this is. */
  public abstract EventType type();

  /** The word or phrase that names the event ("met", "visit", "canceled"). */
  public abstract Mention trigger();

  /** The actors taking part, in text order. */
  public abstract List<Participant> participants();

  /** When the event happened or is to happen, if the article says. */
  public abstract Optional<TimeRef> time();

  /** Where the event happened or is to happen, as an actor (usually a city or state), if known. */
  public abstract Optional<ActorId> place();

  /** The spans of the sentences that prove the event, in text order. */
  public abstract List<Span> evidence();

  /** The CAMEO code, two to four digits, if coded. */
  public abstract Optional<String> cameo();

  /** The PLOVER category, if coded. */
  public abstract Optional<String> plover();

  @Value.Check
  final void check() {
    cameo()
        .ifPresent(
            c ->
                checkArgument(
                    CAMEO.matcher(c).matches(),
                    "event %s: CAMEO code '%s' must be two to four digits",
                    id(),
                    c));
    plover()
        .ifPresent(
            p ->
                checkArgument(
                    PLOVER.matcher(p).matches(),
                    "event %s: PLOVER category '%s' must be upper-case letters and underscores",
                    id(),
                    p));
  }

  /** Builds an {@link Event}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
