package dev.demarche.io.internal.extract;

import dev.demarche.model.SpeechAct;
import dev.demarche.model.StatementMode;

/**
 * A statement found but not yet resolved to actors: the speaker mention, the cue, the content's
 * character offsets and the mode. Filled in by one thread while one article is analysed.
 */
final class Draft {
  Ment speaker;
  Cue cue;
  int contentBegin;
  int contentEnd;
  StatementMode mode;
  SpeechAct act;
  int sentence;
  /** For a quote continuing a speaker's earlier statement: that statement. */
  Draft continues;
  /** Addressee mention, for "told X". */
  Ment addressee;
  /** Said inside another statement's content ("what it called …"): no speaker for a participle after it. */
  boolean embedded;

  Draft(Ment speaker, Cue cue, int contentBegin, int contentEnd, StatementMode mode, SpeechAct act, int sentence) {
    this.speaker = speaker;
    this.cue = cue;
    this.contentBegin = contentBegin;
    this.contentEnd = contentEnd;
    this.mode = mode;
    this.act = act;
    this.sentence = sentence;
  }
}
