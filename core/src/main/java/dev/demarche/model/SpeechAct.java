package dev.demarche.model;

/**
 * The normalised speech act of a {@link Statement}, from its reporting cue ("said" is {@link #SAY}, "denounced" is {@link #DENOUNCE}).
 *
 * <p>Immutable and thread-safe, as every enum.
 */
public enum SpeechAct {
  /** Neutral saying: say, tell, add, state, note. */
  SAY,

  /** Announcing or declaring. */
  ANNOUNCE,

  /** Claiming, alleging or arguing. */
  CLAIM,

  /** Confirming. */
  CONFIRM,

  /** Denying. */
  DENY,

  /** Warning or cautioning. */
  WARN,

  /** Threatening. */
  THREATEN,

  /** Denouncing or condemning. */
  DENOUNCE,

  /** Criticising. */
  CRITICIZE,

  /** Accusing or blaming. */
  ACCUSE,

  /** Demanding or calling for. */
  DEMAND,

  /** Urging or calling on. */
  URGE,

  /** Asking or questioning. */
  ASK,

  /** Insisting, stressing or maintaining. */
  INSIST,

  /** Reiterating or reaffirming. */
  REITERATE,

  /** Assuring. */
  ASSURE,

  /** Promising, pledging or vowing. */
  PROMISE,

  /** Proposing or suggesting. */
  PROPOSE,

  /** Responding or replying. */
  RESPOND,

  /** Reporting, as media do. */
  REPORT,

  /** Expressing or voicing concern. */
  EXPRESS_CONCERN,

  /** Welcoming. */
  WELCOME,

  /** Praising or hailing. */
  PRAISE,

  /** Agreeing. */
  AGREE,

  /** Rejecting or dismissing. */
  REJECT,

  /** Acknowledging, admitting or conceding. */
  ACKNOWLEDGE,

  /** Apologising. */
  APOLOGIZE,

  /** Predicting or forecasting. */
  PREDICT,

  /** Explaining. */
  EXPLAIN
}
