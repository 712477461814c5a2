package dev.demarche.model;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An actor taking part in an {@link Event}, in a role, with the mention that names it.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public abstract class Participant {
  Participant() {}

  /** Returns the participant {@code actor} in {@code role}, with no mention. */
  public static Participant of(ActorId actor, ParticipantRole role) {
    return ImmutableParticipant.builder().actor(actor).role(role).build();
  }

  /** Returns the participant {@code actor} in {@code role}, named by {@code mention}. */
  public static Participant of(ActorId actor, ParticipantRole role, Mention mention) {
    return ImmutableParticipant.builder().actor(actor).role(role).mention(mention).build();
  }

  /** The actor taking part. */
  public abstract ActorId actor();

  /** The part it plays. */
  public abstract ParticipantRole role();

  /** Where the article names it, if it does. */
  public abstract Optional<Mention> mention();
}
