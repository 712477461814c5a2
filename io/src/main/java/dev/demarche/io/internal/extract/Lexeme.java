package dev.demarche.io.internal.extract;

import dev.demarche.model.SpeechAct;

/**
 * What the lexicons know of one word, found with a single lookup per token: its word classes as
 * bits, and where it leads in the gazetteer, title and cue tries. Immutable and thread-safe once
 * built.
 */
final class Lexeme {
  static final Lexeme NONE = new Lexeme(0, null, null, null, null, null);

  final long mask;
  final PhraseTrie.Node<Surface> name;
  final PhraseTrie.Node<TitleEntry> title;
  final PhraseTrie.Node<SpeechAct> cue;
  /** The speech act of the word as an act noun ("warning", "comments"), or null. */
  final SpeechAct actNoun;
  /** The {@link WordSet}s the word is in, as bits by their index; null for none. */
  final long[] sets;
  /**
   * Whether no lexicon knows the word: no class, name, title, cue or act noun. A word of the rules'
   * own sets alone is unknown in this sense.
   */
  final boolean unknown;

  Lexeme(
      long mask,
      PhraseTrie.Node<Surface> name,
      PhraseTrie.Node<TitleEntry> title,
      PhraseTrie.Node<SpeechAct> cue,
      SpeechAct actNoun,
      long[] sets) {
    this.mask = mask;
    this.name = name;
    this.title = title;
    this.cue = cue;
    this.actNoun = actNoun;
    this.sets = sets;
    this.unknown = mask == 0 && name == null && title == null && cue == null && actNoun == null;
  }
}
