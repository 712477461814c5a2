package dev.demarche.model;

/**
 * The part a {@link Participant} plays in an {@link Event}.
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum ParticipantRole {
  /** The host of a meeting or visit. */
  HOST,

  /** The guest at a meeting, or the visitor on a visit. */
  GUEST,

  /** A participant without a more specific role. */
  PARTICIPANT,

  /** The actor who starts, announces or cancels the event. */
  INITIATOR,

  /** The actor the event is aimed at. */
  TARGET,

  /** A party to an agreement or joint statement. */
  SIGNATORY,

  /** The actor who provides a loan or commitment. */
  PROVIDER,

  /** The actor who receives a loan, commitment or name. */
  RECIPIENT,

  /** The place where the event happens, as an actor. */
  LOCATION
}
