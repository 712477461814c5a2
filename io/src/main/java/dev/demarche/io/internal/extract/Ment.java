package dev.demarche.io.internal.extract;

import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;

/**
 * A mention of a possible actor in an article, found by {@link MentionFinder}: a named actor, a
 * person, a pronoun, a definite description or an anonymous source, over the tokens
 * {@code [start, end)}. Filled in while one article is analysed, by one thread, then read.
 */
final class Ment {
  enum Type {
    /** A gazetteer actor by name: a state, body, organisation or medium. */
    NAMED,
    /** A country adjective or demonym standing alone ("the Chinese navy"): the state, not a speaker. */
    ADJECTIVE,
    /** A person by name, with or without a title. */
    PERSON,
    /** Capitalised words not in the gazetteer: a person, place or organisation, not yet known. */
    CANDIDATE,
    /** A title or noun with a determiner ("the foreign minister", "the ministry"). */
    DESCRIPTION,
    /** An anonymous source ("administration officials", "people familiar with the matter"). */
    ANONYMOUS,
    /** He, she, it, they. */
    PRONOUN
  }

  public enum Gender {
    UNKNOWN,
    MALE,
    FEMALE
  }

  /** Set when found; moved back only to take in what owns a name ("the country's army"). */
  int start;
  int end;
  /** Where the mention as written ends, when {@link #end} also covers an affiliation; else -1. */
  int writtenEnd = -1;
  final Type initialType;
  Type type;
  /** The gazetteer entry for a named actor, or the body of a title. */
  ActorEntry entry;
  /** The country the mention itself gives: its own, or from an adjective or possessive. */
  CountryCode country;
  /** The tokens of a person's name: [nameStart, nameEnd). */
  int nameStart = -1;
  int nameEnd = -1;
  /** The title, if any, and where it stands. */
  TitleEntry title;
  String titleText;
  /** The organisation a title is held in, as written next to it ("State Department spokesman"). */
  ActorEntry titleOrg;
  /** The head word of a description or anonymous source, in lower case. */
  String head;
  /** The kind a description or candidate refers to, if known. */
  ActorKind kind;
  boolean plural;
  /** A quantifier standing for people ("several said"): an actor only if it speaks. */
  boolean quantifier;
  Gender gender = Gender.UNKNOWN;
  /** A description by a family tie or friendship ("his father"), which is no role. */
  boolean relation;
  /** A person described by age or nationality alone ("the 52-year-old", "the Brazilian"): someone named before. */
  boolean epithet;
  /** Whether a noun for a business's trade came right before the name: "grain handler CBH". */
  boolean trade;
  /** For a person: the family tie or friendship the text gives them ("his daughter Nettie Baker"). */
  String tie;
  String nativeName;
  String abbreviation;
  boolean insideQuote;
  /** A group that issues a document, whose article is the document's ("A family statement"): one named before. */
  boolean issuerOfDocument;
  /** The key of the actor this mention refers to, once resolved. */
  String actorKey;
  /** For "both countries", "each side": a source that stands for each of two actors. */
  boolean distributive;
  /** How many actors a distributive source stands for. */
  int distributiveCount = 2;
  /** The actors a distributive source stands for, in text order, once resolved; else null. */
  java.util.List<String> distributed;
  /** For a description such as "Trump's lawyer", the name it belongs to. */
  Ment possessor;
  /** For a document, the mention of who issued it: "the task force" of "the task force released a statement". */
  Ment author;
  /** For "Israeli" of "Israeli and Palestinian officials": the words it shares ("officials"), else null. */
  String sharedHead;
  /** The actor of an appositive description this mention was merged with. */
  Ment appositive;
  /** Whether this description is an office that speaks for its owner: "the press service", "the press office". */
  boolean voice;
  /**
   * Where the owner's own words end in a mention grown over the office or account that speaks for it ("the
   * ministry" of "the ministry press office"), or -1.
   */
  int ownerEnd = -1;
  /**
   * For a state of the list after a plural title ("Samoa" of "the leaders of Samoa and New Zealand"), the
   * title's words in lower case ("leaders"), else null: its holder speaks, where the text names one.
   */
  String ledBy;

  Ment(int start, int end, Type type) {
    this.start = start;
    this.end = end;
    this.initialType = type;
    this.type = type;
  }

  /** The end of the mention as written: "Doug Collins" of "Doug Collins of Georgia". */
  int writtenEnd() {
    return writtenEnd >= 0 ? writtenEnd : end;
  }

  boolean hasName() {
    return nameStart >= 0;
  }

  /**
   * Whether the mention is one person's role that a state's adjective gives a state, anonymous or
   * described: "Dutch lawmaker", "American businessman".
   */
  boolean isRoleOfState() {
    return !plural && country != null
        && (type == Type.ANONYMOUS || type == Type.DESCRIPTION && kind == dev.demarche.model.ActorKind.PERSON);
  }

  /** Whether the mention may be a speaker: an actor, not an adjective. */
  boolean canSpeak() {
    return type != Type.ADJECTIVE;
  }

  @Override
  public String toString() {
    return type + "[" + start + "," + end + ")" + (actorKey == null ? "" : "->" + actorKey);
  }
}
