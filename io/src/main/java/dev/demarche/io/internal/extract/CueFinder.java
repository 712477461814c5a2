package dev.demarche.io.internal.extract;

import dev.demarche.model.SpeechAct;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues in the tokens of an article, outside quotations: verbs and phrases of the
 * cue lexicon used as verbs (not after a determiner: "the report" is no cue), "according to", and
 * light verbs with an act noun ("issued a stern warning", "expressed “grave concerns”"). Linear in
 * the number of tokens; one instance serves one article on one thread.
 */
final class CueFinder {

  private final List<Token> tokens;
  /** The tokens as an array, read without a list's indirection in the hottest loops. */
  private final Token[] toks;
  private final LexiconData cues;
  private final WordClasses words;
  private final boolean[] inQuote;
  private final Set<SpeechAct> clauseActs = EnumSet.noneOf(SpeechAct.class);
  private final Set<SpeechAct> eitherActs = EnumSet.noneOf(SpeechAct.class);
  private final WordSet weak;
  private final long lightVerbBit;
  private final long subjectNounBits;
  /** Nouns that can say something: people, bodies, documents, media. */
  private final long speakerNounBits;
  private final long determinerBits;
  /** Plural nouns of people: "employees", "witnesses". */
  private final long pluralPersonBits;
  private final long documentBits;
  /** Forms of "add" as a verb. */
  private static final WordSet ADD_VERBS = WordSet.of("add", "adds", "added", "adding");

  /** Forms of "question" as a verb. */
  private static final WordSet QUESTION_VERBS = WordSet.of("question", "questions", "questioned", "questioning");

  /**
   * Whether the object after {@code k} is people: a noun of persons or a name within four words, past
   * determiners, numbers and modifiers in lower case; not a person's possessive ("the minister's plan").
   */
  private boolean questionsPeople(int k) {
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token w = toks[j];
      if (!w.isWord() && w.kind != Token.Kind.NUMBER) {
        return false;
      }
      boolean possessed = j + 1 < tokens.size() && (toks[j + 1].is("'s") || toks[j + 1].is("’s"));
      if ((w.lexeme.mask & (subjectNounBits | pluralPersonBits)) != 0 && w.isLowerCase() && !possessed) {
        return true;
      }
      if (w.isCapitalized() && !possessed && j == k) {
        // "questioned Smith for hours"
        return w.lexeme.unknown;
      }
      if (w.isCapitalized() || w.is("whether") || w.is("if") || w.is("why") || w.is("how") || w.is("the")
          && j > k) {
        return false;
      }
    }
    return false;
  }

  /** Nouns that "warning" or "alert" modifies: "an early warning score", "warning signs", "alert level". */
  private static final WordSet WARNING_COMPOUNDS = WordSet.of("score", "scores", "sign", "signs", "system",
      "systems", "light", "lights", "label", "labels", "level", "levels", "shot", "shots", "signal", "signals",
      "siren", "sirens", "sticker", "stickers", "track", "time", "period", "centre", "center", "app", "message",
      "messages", "triangle", "status", "phase", "zone", "zones");

  /** Nouns that make a compound with a cue word before them: "the FEMA claims office". */
  private final long compoundNounBits;
  private final WordSet lightVerbs;
  private final WordSet weakSpeech;
  private final WordSet objectCues;
  private final long pluralHeadBits;
  private final long quantifierBits;
  private final WordSet needsAs;
  private final WordSet opinionNouns;
  private final WordSet speechObjects;

  CueFinder(List<Token> tokens, LexiconData cues, WordClasses words, boolean[] inQuote) {
    this.tokens = tokens;
    this.toks = tokens.toArray(new Token[0]);
    this.cues = cues;
    this.words = words;
    this.inQuote = inQuote;
    this.weak = words.get("weak-cue");
    this.lightVerbBit = words.bit("light-verb");
    this.subjectNounBits = words.bit("person-description-head") | words.bit("anonymous-head");
    this.actorNounBits = subjectNounBits | words.bit("person-noun") | words.bit("body-head")
        | words.bit("organization-head");
    this.speakerNounBits = subjectNounBits | words.bit("body-head") | words.bit("organization-head")
        | words.bit("document-head") | words.bit("media-head") | words.bit("plural-anonymous-head");
    this.determinerBits = words.bit("determiner");
    this.pluralPersonBits = words.bit("plural-anonymous-head");
    this.documentBits = words.bit("document-head");
    this.compoundNounBits = words.bit("body-head") | words.bit("organization-head") | documentBits;
    this.lightVerbs = words.get("light-verb");
    this.weakSpeech = words.get("weak-speech-cue");
    this.objectCues = words.get("object-cue");
    this.pluralHeadBits = words.bit("plural-anonymous-head");
    this.quantifierBits = words.bit("quantifier-head");
    this.needsAs = words.get("needs-as");
    this.opinionNouns = words.get("opinion-noun");
    this.speechObjects = words.get("speech-object");
    for (String act : words.get("clause-acts")) {
      clauseActs.add(SpeechAct.valueOf(act));
    }
    for (String act : words.get("clause-or-object-acts")) {
      eitherActs.add(SpeechAct.valueOf(act));
    }
  }

  List<Cue> find() {
    List<Cue> found = new ArrayList<>();
    // "the report" is a noun, but "several said" is a verb after a quantifier standing for people
    long determiner = words.bit("determiner");
    long quantifier = words.bit("quantifier-head");
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      Token t = toks[i];
      if (inQuote[i]) {
        // "“Prime Minister Wong reiterated that …,” it said": a named speaker's cue quoted by another
        // "He said Tokyo “sternly protested” the launches": the verb of a subject quoted alone
        boolean quotedVerb = t.isWord() && t.isLowerCase() && t.lexeme.cue != null && i > 0 && quotedVerbAfterName(i);
        if (t.isWord() && t.isLowerCase() && t.lexeme.cue != null && i > 0
            && (toks[i - 1].isCapitalized() && !FIRST_PERSON.has(toks[i - 1]) || quotedVerb)) {
          PhraseTrie.Match<SpeechAct> m = cues.cues.longestFrom(t.lexeme.cue, tokens, i);
          if (m != null && !isNounUse(i, m.end()) && !weak.has(t) && !t.text.endsWith("ing")) {
            SpeechAct act = m.values().get(0);
            // past the closing mark after the quoted verb, what follows is its object or its clause
            int after = m.end() < n && toks[m.end()].kind == Token.Kind.QUOTE ? m.end() + 1 : m.end();
            boolean object = quotedVerb && !clauseActs.contains(act)
                && !(eitherActs.contains(act) && clauseFollows(after)) && !(after < n && toks[after].is("that"));
            found.add(new Cue(i, m.end(), act, object, false, false, false));
            i = m.end();
            continue;
          }
        }
        i++;
        continue;
      }
      SpeechAct opening = t.isCapitalized() ? SENTENCE_OPENING_CUES.get(t.text) : null;
      if (opening != null && opensSentence(toks, i) && i + 2 < n
          // "Said" is a given name as well: "Said Jalili said"; "Said the minister" is the verb
          && (toks[i + 1].isCapitalized() && !t.is("Said") || (toks[i + 1].lexeme.mask & determiner) != 0)) {
        // "Remarked Center for Biological Diversity scientist Tierra Curry, "…"", "Said one
        // resident: "…"": the verb first, then its speaker, then what was said
        found.add(new Cue(i, i + 1, opening, false, false, false, false));
        i++;
        continue;
      }
      if (t.is("Asked") && i + 2 < n && toks[i + 1].is("by") && opensSentence(toks, i)) {
        // "Asked by legislator Chen whether the deal was final, the minister said …": the one who asked
        found.add(new Cue(i, i + 1, SpeechAct.ASK, false, false, false, false));
        i++;
        continue;
      }
      SpeechAct participleAct = t.isCapitalized() && i + 2 < n && toks[i + 1].is("that")
          ? OPENING_PARTICIPLES.get(t.text) : null;
      if (participleAct != null && opensSentence(toks, i)) {
        // "Noting that this year marks the anniversary, Liu said …": the main clause's subject says it
        found.add(new Cue(i, i + 1, participleAct, false, false, true, false));
        i++;
        continue;
      }
      SpeechAct objectAct = t.isCapitalized() && i + 2 < n && toks[i + 1].isWord() && !toks[i + 1].is("that")
          && OPENING_OBJECT_PARTICIPLES.has(t) ? lexiconAct(t.text.toLowerCase(java.util.Locale.ROOT)) : null;
      if (objectAct != null && opensSentence(toks, i) && !(WELCOME.has(t) && greetedAt(i + 1))) {
        // "Citing security concerns, the ministry said …", "Rejecting the accusations, Kanaani said …": the
        // main clause's subject's act, whose object runs to the comma
        found.add(new Cue(i, i + 1, objectAct, true, false, true, false));
        i++;
        continue;
      }
      if (PUT.has(t) && !(i > 0 && (toks[i - 1].lexeme.mask & determiner) != 0) && estimateAt(i + 1)) {
        // "AFP has placed the death count in the hundreds", "officials put the damage at $5 million":
        // an estimate, as "estimated the crowd at 5,000"
        found.add(new Cue(i, i + 1, SpeechAct.PREDICT, false, false, false, false));
        i++;
        continue;
      }
      if (!t.isWord() || !t.isLowerCase() && !opensCapitalisedCue(t)
          // a lower-case word no lexicon knows opens no cue: every cue below starts with a known word
          || t.lexeme.unknown && t.isLowerCase()) {
        i++;
        continue;
      }
      long before = i > 0 ? toks[i - 1].lexeme.mask : 0;
      // but "Tran Van An said": a capitalised "An" after a name, within a sentence, ends the name
      boolean afterDeterminer = (before & determiner) != 0 && (before & quantifier) == 0
          && !(i >= 2 && toks[i - 1].is("An") && toks[i - 2].isCapitalized() && toks[i - 2].end < toks[i - 1].begin
              && !toks[i - 2].isPunct('.'))
          // "the two said": the two who were named before
          && !(i >= 2 && toks[i - 1].is("two") && (toks[i - 2].is("the") || toks[i - 2].is("The")))
          // "physically demanding jobs", "a highly charged debate": a participle after an adverb of
          // degree is an adjective
          || i > 0 && t.text.endsWith("ing") && DEGREE_ADVERBS.has(toks[i - 1])
              // but "are increasingly demanding answers": the verb after its auxiliary
              && !(i > 1 && AUXILIARIES.has(toks[i - 2]));
      Cue light = afterDeterminer ? null : lightVerbAt(i);
      if (light != null) {
        found.add(light);
        // the act noun is part of this cue, not a cue of its own ("a stern warning")
        i = actNounAfter(i) + 1;
        continue;
      }
      int frame = opinionFrameAt(i);
      if (frame > i) {
        // "In his view, …", "In the view of the court, …": as "according to"
        found.add(new Cue(i, frame, SpeechAct.SAY, false, true, false, false));
        i = frame;
        continue;
      }
      if ((t.is("according") || t.is("According")) && i + 1 < n && toks[i + 1].is("to")) {
        found.add(new Cue(i, i + 2, SpeechAct.SAY, false, true, false, false));
        i += 2;
        continue;
      }
      if (t.is("Per") && i + 1 < n && (toks[i + 1].is("the") || toks[i + 1].is("a")
              || toks[i + 1].isLowerCase() && (toks[i + 1].lexeme.mask & determiner) == 0
                  && toks[i + 1].lexeme.actNoun == null
              // "Per Reuters, …", "Per NASA, …": a name the lists know; but "Per Stenberg said" is a man
              || toks[i + 1].isCapitalized() && toks[i + 1].lexeme.name != null)
          && commaWithin(i + 2, 15)) {
        // "Per the decree signed by the Pope, priests are expected to …": as "according to"
        found.add(new Cue(i, i + 1, SpeechAct.SAY, false, true, false, false));
        i++;
        continue;
      }
      if (i > 0 && (toks[i - 1].lexeme.mask & documentBits) != 0 && toTheEffectAt(i)) {
        // "the palace issued a statement to the effect the king considered it inappropriate": what
        // the document said
        found.add(new Cue(i, i + 3, SpeechAct.SAY, false, false, false, false));
        i += 3;
        continue;
      }
      if (!t.isLowerCase()) {
        i++;
        continue;
      }
      SpeechAct noun = t.lexeme.actNoun;
      if (noun == null && OFFERS.has(t) && i + 2 < n && (toks[i + 1].is("from") || toks[i + 1].is("by"))
          && i > 0 && ((toks[i - 1].lexeme.mask & determiner) != 0 || toks[i - 1].isLowerCase())) {
        // "rejected a fresh offer from Beijing to replace the tariffs": one made by another; "its offer of
        // a pay rise" is the owner's, whose statement holds it
        noun = SpeechAct.PROPOSE;
      }
      if (noun != null && isNominalCue(i) && !ORDER_NOUNS.has(t)) {
        found.add(new Cue(i, i + 1, noun, false, false, false, false, true));
        i++;
        continue;
      }
      PhraseTrie.Match<SpeechAct> m = cues.cues.longestFrom(t.lexeme.cue, tokens, i);
      if (m == null && PRESSING.has(t) && i > 0 && pressedToAct(i + 1)) {
        // "pressed Iran to release all American detainees": one urged to act
        found.add(new Cue(i, i + 1, SpeechAct.URGE, true, false, t.text.endsWith("ing"), false));
        i++;
        continue;
      }
      if (m == null && t.is("ruling") && i > 0 && toks[i - 1].isPunct(',') && i + 1 < n && toks[i + 1].is("that")
          && clauseFollows(i + 2)) {
        // "upheld the ban, ruling that he had failed to prove …": the court's ruling goes on its clause
        found.add(new Cue(i, i + 1, SpeechAct.SAY, false, false, true, false));
        i++;
        continue;
      }
      int ruledThat = m == null && (t.is("ruled") || t.is("rules")) ? thatSoon(i + 1) : -1;
      if (ruledThat >= 0 && !afterDeterminer
          && clauseFollows(ruledThat + 1) && i + 1 < n && !RULED_NOT.has(toks[i + 1])
          && !(i > 0 && (toks[i - 1].is("who") || toks[i - 1].is("which") || toks[i - 1].is("that")))) {
        // "ruled on Thursday that …", "ruled 6-3 that …": a ruling with a time or a vote before its clause
        found.add(new Cue(i, i + 1, SpeechAct.SAY, false, false, false, false));
        i++;
        continue;
      }
      if (m == null || afterDeterminer || isNounUse(i, m.end()) || isOtherSense(i, m.end())) {
        i++;
        continue;
      }
      SpeechAct act = m.values().get(0);
      if (i >= 2 && (toks[i - 1].is("which") || toks[i - 1].is("that")) && toks[i - 2].isWord()
          && toks[i - 2].isLowerCase() && (toks[i - 2].lexeme.mask & speakerNounBits) == 0
          && (toks[i - 2].lexeme.mask & determiner) == 0) {
        // "posts which state the same thing", "the law that states": what a thing that cannot speak
        // says is its content, not a statement
        i = m.end();
        continue;
      }
      if (m.end() + 2 < n && toks[m.end()].is("in") && toks[m.end() + 1].is("connection")
          && toks[m.end() + 2].is("with")) {
        // "four officials charged in connection with the scheme": a passive, of those charged
        i = m.end();
        continue;
      }
      if (PUSHING.has(t) && m.end() - i == 2 && pushedForPlay(m.end())) {
        // "Chelsea pushed for an equaliser", "pressed for time": play or haste, no demand
        i = m.end();
        continue;
      }
      if (ORDERING.has(t) && m.end() - i == 1 && (!orderFollows(m.end()) || orderNounAt(i))) {
        // "ordered all schools closed", "ordered the evacuation of the coast", "ordered that the flags be
        // lowered" give an order; "ordered 20 aircraft from Airbus", "ordered a pizza" buy something
        i = m.end();
        continue;
      }
      if (DIRECTING.has(t) && !infinitiveAhead(m.end())) {
        // "directed six committees to proceed with their investigations" tells them to act; "directed
        // the film", "directed by" say nothing
        i = m.end();
        continue;
      }
      if (m.end() - i == 1 && nounSense(i)) {
        // "the EU's smallest member state", "a statement read on state television", "had been charging
        // on a shelf", "intends to appeal against the sentence": a noun, a participle or a deed
        i = m.end();
        continue;
      }
      if (needsAs.has(t) && !asAhead(m.end())) {
        // "referred to the vote as "The Impeachment Hoax"", "identified the suspect as …" name
        // something; "referred the case to a court", "identified the remains" do not speak
        i = m.end();
        continue;
      }
      if (act == SpeechAct.PROMISE && toks[m.end() - 1].is("to") && m.end() < n
          && (!toks[m.end()].isLowerCase() || (toks[m.end()].lexeme.mask & determinerBits) != 0)) {
        // "committed to proceeding with a trial", "committing to send troops" are promises; "the man
        // committed to a hospital" is not
        i = m.end();
        continue;
      }
      if (m.end() - i == 1 && CONTINUING.has(t) && m.end() < n && toks[m.end()].is("to")) {
        // "continued to attack others": going on doing something; "continued to say" speaks by its
        // own verb
        i = m.end();
        continue;
      }
      int end = m.end();
      if (end - i == 2 && toks[end - 1].is("on") && thatSoon(end) > end) {
        // "commented on Twitter that the deal was dead": "on" begins where, and the verb says a clause
        end = i + 1;
      }
      boolean toAct = end - i == 2 && toks[end - 1].is("to") && end < n && toks[end].isLowerCase()
          && (toks[end].text.endsWith("ing") || (toks[end].lexeme.mask & determinerBits) != 0);
      if (end - i == 2 && toks[end - 1].is("to") && !toAct && act == SpeechAct.ACKNOWLEDGE) {
        // "admitted to investigators that she took the money": "to" begins the addressee
        end = i + 1;
      }
      // "saying", "adding", "citing": a present participle continues another clause's statement
      boolean participle = t.text.endsWith("ing") && t.text.length() > 4;
      // "announced US troops would leave" is a clause, "announced plans" an object; "confessed to
      // killing his sister", "admitted to ordering the payments" are acts
      // "talked of being cast", "commented on the decision", "wrote about the floods that hit the
      // valley": a verb of saying and its preposition take an object, never a clause; but "talked
      // about how the series has been underestimated" says a question
      boolean particle = end - i == 2 && OBJECT_PARTICLES.has(toks[end - 1]) && clauseActs.contains(act)
          && !(end < n && QUESTION_OPENERS.has(toks[end]));
      // "disputed the figure of 6,000 flights", "challenged the accuracy of the report": words or
      // figures disputed are a reported act
      boolean disputedWords = end - i == 1 && DISPUTE.has(t) && disputedWordsAt(end);
      // "claimed victory", "claimed responsibility for the attack": what is claimed, no clause
      boolean claimedThing = end - i == 1 && CLAIM.has(t) && claimedThingAt(end);
      // "shared the view that close cooperation among the South, the United States and Japan is crucial": a
      // phrase that ends in "that" says a clause, however long its subject
      boolean thatClause = end - i > 1 && toks[end - 1].is("that");
      boolean object = !thatClause && (particle || disputedWords || claimedThing || (objectCues.has(t)
          ? !clauseFollows(end)
          : !clauseActs.contains(act) && !(eitherActs.contains(act) && clauseFollows(end)) || toAct)
          || MAINTAIN.has(t) && innocenceAt(end));
      // "maintained an inquiry is what the committee does": a clause after it makes a weak verb
      // of saying speech
      boolean isWeak = end - i == 1 && weak.has(t)
          && !(weakSpeech.has(t) && clauseFollows(end))
          && !(act == SpeechAct.CRITICIZE && speechObjectFollows(end))
          && !disputedWords
          // "defended the conduct of officers", "defended his decision": a stand taken in words; not
          // "defended the city", "defended their title", "defend themselves"
          && !(end - i == 1 && DEFEND.has(t) && defendedStandAt(end))
          // "repeated its call for a ceasefire", "repeated their opposition to the duties": a position
          // said again, not a deed done again
          && !(act == SpeechAct.REITERATE && positionWithin(end))
          // "defended his decision", also before "…, telling reporters "…"": what is defended is words
          // or a decision, not "its industry"
          && !(DEFEND.has(t) && speechObjectWithin(end))
          // "has maintained his innocence": a stand kept in words
          && !(MAINTAIN.has(t) && innocenceAt(end));
      found.add(new Cue(i, end, act, object, false, participle, isWeak));
      i = end;
    }
    return found;
  }

  /** Words that open a question said as a clause after a cue's preposition: "talked about how …". */
  private static final WordSet QUESTION_OPENERS = WordSet.of("how", "why", "what", "whether", "where", "when", "who");

  /** The last words of a cue of saying that make it take an object: "talk of", "comment on", "write about". */
  static final WordSet OBJECT_PARTICLES = WordSet.of("of", "about", "on");

  private static final WordSet OBJECT_PREPOSITIONS = WordSet.of("over", "for", "of", "in", "on", "against", "to",
      "from", "at");
  private static final WordSet CONTINUING = WordSet.of("continue", "continues", "continued", "continuing");
  /** Cue words that are nouns as well: "the Taiwan question", "the Mueller report". */
  private static final WordSet NOUN_CUES = WordSet.of("question", "questions", "report", "reports", "call", "calls",
      "claim", "claims", "comment", "comments", "note", "notes", "statement", "warning", "appeal", "plea", "demand",
      "demands", "request", "promise", "pledge", "offer", "proposal", "denial", "complaint", "protest", "accusation",
      "post", "tweet", "attack", "threat", "threats", "criticism", "warnings", "signal");
  /**
   * An order as a noun demands only after a light verb ("issued evacuation orders"); "Marrero's order" is
   * a ruling, no speech of its own.
   */
  private static final WordSet ORDER_NOUNS = WordSet.of("order", "orders");
  /** Words before "order" that make it a court's or an executive's act: "a restraining order". */
  private static final WordSet LEGAL_ORDERS = WordSet.of("restraining", "executive", "court", "gag", "protection",
      "protective", "interim", "injunction", "detention", "deportation", "arrest", "compliance");
  /** An offer as a noun, made by whoever follows "from" or "by". */
  private static final WordSet OFFERS = WordSet.of("offer", "offers");
  /** Nouns before "call" that make it a call made: "a phone call", "a video call". */
  private static final WordSet CALL_KINDS = WordSet.of("phone", "telephone", "video", "conference", "roll", "wake-up",
      "curtain", "courtesy", "emergency", "distress", "911", "999");

  /** Forms of "be" and "have" that follow a plural noun, never a verb in -s: "remarks were", "claims have". */
  private static final WordSet NOUN_AFTER_VERB = WordSet.of("were", "are", "have", "had");

  /** Words that follow a noun of speech, not a verb's clause: "calls for", "demands of", "requests to". */
  private static final WordSet NOUN_COMPLEMENTS = WordSet.of("for", "of", "to", "from", "against", "by", "and", "or");

  private static final WordSet ADJUNCT_PREPOSITIONS = WordSet.of("in", "In", "on", "at", "through", "via", "during");
  private static final WordSet FIRST_PERSON = WordSet.of("I", "We", "You");
  private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "His", "her", "Her", "their", "Their", "its", "Its");

  /**
   * Whether the act noun at {@code i} names its own speaker: after a possessive ("Macron's
   * recommendation", "his comments", with up to two words between), or before "from", "of" or
   * "by" and a name ("assurances from the US", "the request of Prime Minister Johnson").
   */
  private boolean isNominalCue(int i) {
    int from = pastShortTime(toks, i + 1, tokens.size());
    if (from < tokens.size() && toks[from].is("from")) {
      return true;
    }
    SpeechAct act = toks[i].lexeme.actNoun;
    boolean ownsSpeaker = act != SpeechAct.SAY || toks[i].text.startsWith("statement")
        || toks[i].is("remarks") || toks[i].is("comments");
    // "a claim on Sunday by the opposition that …": past the time
    int by = from > i + 1 && from < tokens.size() && toks[from].is("by") ? from - 1 : i;
    if (ownsSpeaker && by + 2 < tokens.size() && (toks[by + 1].is("of") && by == i || toks[by + 1].is("by"))
        && (toks[by + 2].isCapitalized()
            || toks[by + 2].is("the") && by + 3 < tokens.size() && toks[by + 3].isCapitalized())) {
      // "the request of Prime Minister Boris Johnson to …", "a proposal by the Commission that …"
      return true;
    }
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      Token t = toks[k];
      if (POSSESSIVE_PRONOUNS.has(t) && k > 0 && ADJUNCT_PREPOSITIONS.has(toks[k - 1])) {
        // "said in their complaint that …": the noun is where it was said, not a cue of its own
        return false;
      }
      if (t.text.equals("'s") || t.text.equals("’s") || t.text.equals("'") || t.text.equals("’")
          || POSSESSIVE_PRONOUNS.has(t)) {
        return true;
      }
      if (!(t.isWord() && t.isLowerCase()) || lightVerbs.has(t) || (t.lexeme.mask & subjectNounBits) != 0) {
        // "Trump's lawyer claims that …": a noun for people before the word makes it a verb
        return false;
      }
    }
    return false;
  }

  private static final WordSet SHORT_TIMES = WordSet.of("last", "this", "earlier", "on", "late", "early", "Monday",
      "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "week", "weekend", "month",
      "year", "weeks", "months", "days", "hours", "ago", "two", "three", "four", "five", "several", "a", "few");
  /** The words a short time ends with: "last week", "on Monday", "two weeks ago". */
  private static final WordSet SHORT_TIME_ENDS = WordSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "yesterday", "week", "weekend", "month", "year", "ago");

  /**
   * The token after a short time at {@code k} that ends in a day or a period ("last week", "on Monday",
   * "earlier this month", "late on Friday", "two weeks ago"), or {@code k} when there is none: "a warning last
   * week from the commander".
   */
  static int pastShortTime(Token[] toks, int k, int limit) {
    int j = k;
    int end = k;
    while (j < limit && j < k + 4 && (SHORT_TIMES.has(toks[j]) || toks[j].kind == Token.Kind.NUMBER)) {
      j++;
      if (SHORT_TIME_ENDS.has(toks[j - 1])) {
        end = j;
      }
    }
    return end;
  }

  /** Nouns for people and bodies, who can be pressed to act: "the government", "officials". */
  private final long actorNounBits;

  /** Forms of "press" that urge when one is pressed to act: "pressed Iran to release …". */
  private static final WordSet PRESSING = WordSet.of("pressed", "presses", "pressing");

  /**
   * Whether someone pressed to act starts at {@code k}: a name, a pronoun or a noun phrase of up to five words,
   * then "to" and a verb ("Iran to release", "the government to act"); not "pressed charges", "pressed ahead".
   */
  private boolean pressedToAct(int k) {
    int n = tokens.size();
    if (k >= n || !(toks[k].isCapitalized() || (toks[k].lexeme.mask & determinerBits) != 0
        || toks[k].is("him") || toks[k].is("her") || toks[k].is("them") || toks[k].is("us"))) {
      return false;
    }
    // someone who can act: a name, a pronoun, or a noun for people or a body ("the government"), not "the button"
    boolean someone = toks[k].isCapitalized() || (toks[k].lexeme.mask & determinerBits) == 0;
    for (int j = k + 1; j + 1 < n && j <= k + 5; j++) {
      someone |= toks[j].isCapitalized() || (toks[j].lexeme.mask & actorNounBits) != 0;
      if (toks[j].is("to")) {
        if (!someone) {
          return false;
        }
        Token verb = toks[j + 1];
        return verb.isWord() && verb.isLowerCase() && (verb.lexeme.mask & determinerBits) == 0
            && !verb.text.endsWith("ing") && !verb.text.endsWith("ed");
      }
      if (!toks[j].isWord() || toks[j].lexeme.cue != null) {
        return false;
      }
    }
    return false;
  }

  private int actNounAfter(int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + 5; k++) {
      if (toks[k].lexeme.actNoun != null) {
        return k;
      }
    }
    return i;
  }

  /**
   * Whether the object after {@code k} is a decision, a policy or words, not a place or people:
   * "attacked the proclamation" is criticism, "attacked the town" is not.
   */
  private boolean speechObjectFollows(int k) {
    for (int j = k; j < tokens.size() && j < k + 15 && !toks[j].isPunct('.'); j++) {
      if (toks[j].kind == Token.Kind.QUOTE) {
        // "attacked the plan as "a disaster"": the quotation makes the weak cue speech already
        return false;
      }
    }
    return speechObjectWithin(k);
  }

  /** Positions that are said again: "repeated its call for", "repeated their opposition to". */
  private static final WordSet POSITIONS = WordSet.of("call", "calls", "demand", "demands", "opposition",
      "support", "position", "stance", "commitment", "warning", "warnings", "appeal", "plea", "offer", "pledge",
      "promise", "claim", "claims", "denial", "criticism", "concern", "concerns", "view", "views", "rejection",
      "invitation", "request", "accusation", "accusations", "insistence", "condemnation", "assurance",
      "assurances");

  /** Whether a position comes within three words from {@code k}, words only between: "its call". */
  private boolean positionWithin(int k) {
    for (int j = k; j < tokens.size() && j < k + 3 && toks[j].isWord(); j++) {
      if (POSITIONS.has(toks[j])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a noun of a decision or words comes within four words from {@code k}. */
  private boolean speechObjectWithin(int k) {
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token w = toks[j];
      if (!w.isWord()) {
        return false;
      }
      if (speechObjects.has(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a determiner or possessive at {@code k} opens the object of "defend", with no place,
   * title or people among its next words: "the conduct of officers", "his decision", "the meeting".
   */
  private boolean defendedStandAt(int k) {
    if (k >= tokens.size() || !((toks[k].lexeme.mask & determinerBits) != 0 || POSSESSIVE_PRONOUNS.has(toks[k]))) {
      return false;
    }
    // the noun that heads the object: the last word before a preposition, a punctuation mark or the
    // sentence's end, within a few words
    int head = -1;
    for (int j = k + 1; j < tokens.size() && j < k + 5; j++) {
      Token w = toks[j];
      if (!w.isWord() || w.is("of") || w.is("as") || w.is("against") || w.is("in") || w.is("on")
          || w.is("for") || w.is("at") || w.is("from") || w.is("with") || w.is("to") || w.is("and")) {
        break;
      }
      head = j;
    }
    // "defended his position": one person's stand; "defended their positions" may be ground held
    return head > k && (isStand(toks[head])
        || head == k + 1 && toks[head].is("position") && (toks[k].is("his") || toks[k].is("her"))
            // and nothing after it: not "his position as party leader", "her position in the polls"
            && head + 1 < tokens.size() && toks[head + 1].kind == Token.Kind.PUNCT);
  }

  /** What is claimed without a clause: "claimed victory", "claimed responsibility", "claims sovereignty". */
  private static final WordSet CLAIMED_THINGS = WordSet.of("victory", "responsibility", "credit", "sovereignty",
      "ownership", "success", "authorship", "jurisdiction");

  /** Whether a thing claimed starts at {@code k}, perhaps after a determiner or a possessive: "its victory". */
  private boolean claimedThingAt(int k) {
    int j = k < tokens.size() && ((toks[k].lexeme.mask & determinerBits) != 0 || POSSESSIVE_PRONOUNS.has(toks[k]))
        ? k + 1 : k;
    return j < tokens.size() && (CLAIMED_THINGS.has(toks[j])
        // "has claimed the territory for more than a century", "claims the islands as its own"; not
        // "claimed the area was safe"
        || CLAIMED_PLACES.has(toks[j]) && !(j + 1 < tokens.size() && (AUXILIARIES.has(toks[j + 1])
            || toks[j + 1].isLowerCase() && toks[j + 1].text.endsWith("ed"))));
  }

  /** Places a state claims as its own: "claimed the territory", "claims the islands". */
  private static final WordSet CLAIMED_PLACES = WordSet.of("territory", "territories", "island", "islands",
      "islets", "waters", "shoal", "reef", "atoll", "region", "land", "lands");

  private static final WordSet DISPUTE = WordSet.of("dispute", "disputes", "disputed", "disputing", "contest",
      "contests", "contested", "contesting", "challenge", "challenges", "challenged", "challenging");
  /** What is disputed in words: "disputed the figure", "contested the findings", "challenged his account". */
  private static final WordSet DISPUTED_WORDS = WordSet.of("figure", "figures", "numbers", "estimate", "estimates",
      "toll", "tally", "count", "data", "statistics", "claim", "claims", "account", "accounts", "allegation",
      "allegations", "accusation", "accusations", "assertion", "assertions", "report", "reports", "findings",
      "conclusion", "conclusions", "version", "characterization", "characterisation", "description",
      "interpretation", "accuracy", "remarks", "comments", "suggestion", "notion", "narrative", "results");

  /**
   * Whether an object of words or figures starts at {@code k}: a determiner or a possessive, then
   * such a noun within three words, words only between: "the figure", "his account", "the police's version".
   */
  private boolean disputedWordsAt(int k) {
    if (k >= tokens.size() || !((toks[k].lexeme.mask & determinerBits) != 0 || POSSESSIVE_PRONOUNS.has(toks[k]))) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && j < k + 4; j++) {
      Token w = toks[j];
      if (DISPUTED_WORDS.has(w)) {
        return true;
      }
      if (!w.isWord() && !MentionFinder.isPossessive(w)) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet MAINTAIN = WordSet.of("maintain", "maintains", "maintained", "maintaining");

  private static final WordSet STATE_FORMS = WordSet.of("state", "states");
  private static final WordSet CHARGE_FORMS = WordSet.of("charge", "charges", "charged", "charging");
  private static final WordSet APPEAL_FORMS = WordSet.of("appeal", "appeals", "appealed", "appealing");
  /** What is appealed against in court: "appeal the verdict", "appealed the ruling". */
  private static final WordSet RULINGS = WordSet.of("ruling", "rulings", "verdict", "verdicts", "sentence",
      "sentences", "conviction", "convictions", "judgment", "judgement", "decision", "decisions", "fine", "ban");
  private static final WordSet DOCUMENT_READ_AFTER = WordSet.of("on", "out", "by", "at", "to", "aloud", "in");

  /**
   * Plural nouns of what was said, with no article, that sum up a statement set off before them: ", remarks
   * that drew criticism", ", claims which the board rejected"; some are also cue forms.
   */
  static final WordSet SPEECH_PLURALS = WordSet.of("remarks", "comments", "claims", "statements", "notes",
      "warnings", "promises", "pledges", "assertions", "allegations", "accusations", "words");
  /** Verbs that open a relative clause on a noun of speech: "remarks that drew criticism". */
  private static final WordSet RELATIVE_VERBS = WordSet.of("drew", "draw", "draws", "have", "has", "had", "were",
      "was", "are", "is", "came", "come", "comes", "brought", "led", "made", "caught", "struck", "won", "sent",
      "could", "would", "may", "might", "will");

  /**
   * Whether the cue word at {@code i} is used in a sense that is no speech, as the words around it show:
   * "state" after "member" or a determiner ("member state", "the state"); "read" as a participle after
   * a document in an adjunct ("in a statement read on state television"); "charge" with neither "with",
   * "that" nor a quotation after it ("had been charging on a shelf", "charged $5"); "appeal" against a
   * ruling ("intends to appeal against the sentence", "will appeal the verdict").
   */
  private boolean nounSense(int i) {
    Token t = toks[i];
    int n = tokens.size();
    if (SPEECH_PLURALS.has(t) && i > 0 && toks[i - 1].isPunct(',') && i + 2 < n
        && (toks[i + 1].is("that") || toks[i + 1].is("which")) && toks[i + 2].isLowerCase()
        && (toks[i + 2].text.endsWith("ed") || RELATIVE_VERBS.has(toks[i + 2]))) {
      // "…, remarks that drew sharp criticism", "…, claims which angered Beijing": the noun that sums up
      // what was said, and its relative clause
      return true;
    }
    if (STATE_FORMS.has(t)) {
      return i > 0 && (toks[i - 1].is("member") || toks[i - 1].is("Member") || toks[i - 1].is("Islamic")
          || (toks[i - 1].lexeme.mask & determinerBits) != 0);
    }
    if (t.is("read") && i >= 3 && i + 1 < n && DOCUMENT_READ_AFTER.has(toks[i + 1])) {
      for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (toks[k].is("in") || toks[k].is("In")) {
          return true;
        }
        if (!toks[k].isWord()) {
          return false;
        }
      }
      return false;
    }
    if (CHARGE_FORMS.has(t)) {
      for (int k = i + 1; k < n && k <= i + 5; k++) {
        if (toks[k].is("with") || toks[k].is("that") || toks[k].kind == Token.Kind.QUOTE) {
          return false;
        }
        if (!toks[k].isWord() && toks[k].kind != Token.Kind.NUMBER) {
          break;
        }
      }
      return true;
    }
    if (APPEAL_FORMS.has(t) && i + 1 < n) {
      if (toks[i + 1].is("against")) {
        return true;
      }
      for (int j = i + 1; j < n && j <= i + 4 && toks[j].isWord(); j++) {
        if (RULINGS.has(toks[j])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a possessive and "innocence" come at {@code k}: "his innocence", "their innocence". */
  private boolean innocenceAt(int k) {
    return k + 1 < tokens.size() && POSSESSIVE_PRONOUNS.has(toks[k]) && toks[k + 1].is("innocence");
  }

  /** Whether a noun names a stand, a decision or a deed one defends in words: "decision", "conduct", "arrests". */
  private static boolean isStand(Token t) {
    String w = t.text;
    return STANDS.has(t) || t.isLowerCase() && (w.endsWith("ion") || w.endsWith("ions") || w.endsWith("ment")
        || w.endsWith("ments") || w.endsWith("ance") || w.endsWith("ence") || w.endsWith("ure") || w.endsWith("ures")
        || w.endsWith("sal") || w.endsWith("val") || w.endsWith("ing") && w.length() > 5)
        && !DEFENDED_GROUND.has(t);
  }

  private static final WordSet STANDS = WordSet.of("conduct", "record", "records", "arrests", "arrest", "move",
      "moves", "plan", "plans", "policy", "policies", "changes", "change", "deal", "deals", "law", "laws", "bill",
      "bills", "measures", "measure", "approach", "stance", "strategy", "purchase", "response", "actions", "action",
      "choice", "choices", "reforms", "reform", "budget", "ruling", "verdict", "spending", "tariffs", "sanctions",
      "remarks", "comments", "statement", "statements", "claims", "view", "views", "vote", "votes", "ban", "cuts",
      "raid", "raids", "strike", "strikes", "tax", "taxes", "hike", "rise", "increase", "sale", "visit", "trip",
      "meeting", "talks", "agreement", "treaty", "tweet", "tweets", "post", "remark", "decision", "idea", "project");

  /** What is defended in deeds, not in words: "defended the city", "defend their children". */
  private static final WordSet DEFENDED_GROUND = WordSet.of("city", "town", "village", "country", "nation",
      "border", "borders", "territory", "island", "islands", "homeland", "capital", "base", "bases", "position",
      "positions", "line", "lines", "goal", "net", "lead", "region", "people", "children", "family", "home",
      "homes", "airspace", "waters", "coast", "frontier", "fort", "bridge", "ground", "seat", "seats", "crown",
      "themselves", "ourselves", "himself", "herself", "itself", "yourself", "allies", "ally", "soil", "industry",
      "industries", "interests", "economy", "workers", "jobs", "farmers", "market", "markets", "currency",
      "companies", "businesses", "citizens", "troops", "forces", "sovereignty");

  private boolean commaWithin(int k, int limit) {
    for (int j = k; j < tokens.size() && j < k + limit; j++) {
      if (toks[j].isPunct(',')) {
        return true;
      }
      if (toks[j].isPunct('.')) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "as" naming something follows within ten words from {@code k}, in the same sentence:
   * "as "The Impeachment Hoax"", "as 21-year-old Patrick Crusius"; not "as part of", "as soon as",
   * "as well as", "as they treated".
   */
  private boolean asAhead(int k) {
    for (int j = k; j < tokens.size() && j < k + 10; j++) {
      Token w = toks[j];
      if (w.is("as")) {
        Token next = j + 1 < tokens.size() ? toks[j + 1] : null;
        return next != null && !NOT_NAMING_AS.has(next) && !SUBJECTS.has(next);
      }
      if (w.isPunct('.') || w.isPunct(';') || w.isPunct(':')) {
        return false;
      }
    }
    return false;
  }

  /** What is directed that is no one told: "directed resources to help flood victims". */
  private static final WordSet THINGS_DIRECTED = WordSet.of("funds", "money", "resources", "grants", "attention",
      "traffic", "efforts", "investment", "aid", "spending", "cash", "fire", "anger", "criticism", "questions",
      "comments", "energy", "payments", "budget", "billions", "millions");

  /** Verbs that tell someone to act only with an infinitive after the one told. */
  private static final WordSet DIRECTING = WordSet.of("direct", "directs", "directed", "directing");
  private static final WordSet ORDERING = WordSet.of("order", "orders", "ordered", "ordering");
  private static final WordSet PUSHING = WordSet.of("push", "pushes", "pushed", "pushing", "press", "presses",
      "pressed", "pressing");
  /** What a team or a player pushes for in a game, and haste: "pushed for an equaliser", "pressed for time". */
  private static final WordSet PLAY = WordSet.of("equaliser", "equalizer", "goal", "goals", "winner", "win", "victory",
      "lead", "ball", "points", "point", "promotion", "title", "try", "touchdown", "score", "finish", "time", "space",
      "opener", "wicket", "wickets", "runs", "medal", "podium");

  /** Whether the object after "pushed for" at {@code k} is play or haste: a few words, then such a noun. */
  private boolean pushedForPlay(int k) {
    for (int j = k; j < tokens.size() && j < k + 4 && toks[j].isWord(); j++) {
      if (PLAY.has(toks[j])) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of an act a government or a court orders: "ordered the evacuation of the coast". */
  private static final WordSet ORDERED_ACTS = WordSet.of("evacuation", "evacuations", "closure", "closures",
      "suspension", "release", "arrest", "arrests", "withdrawal", "halt", "shutdown", "lockdown", "recount",
      "ceasefire", "removal", "expulsion", "deportation", "demolition", "return", "reopening", "dissolution",
      "resignation", "retrial", "seizure", "freeze", "ban");
  /** Inquiries a government or a court orders: "ordered an inquiry into the collapse", "ordered a review". */
  private static final WordSet ORDERED_INQUIRIES = WordSet.of("inquiry", "inquiries", "investigation",
      "investigations", "probe", "review", "audit", "inquest");
  /** Words after an ordered thing that make the order's outcome: "ordered all schools closed". */
  private static final WordSet ORDERED_STATES = WordSet.of("closed", "shut", "suspended", "evacuated", "released",
      "freed", "arrested", "detained", "demolished", "removed", "lowered", "raised", "halted", "stopped",
      "withdrawn", "dissolved", "reopened", "cancelled", "canceled", "sealed", "destroyed", "returned");

  /** Words before "order" that make it a verb: "to order", "would order", "they order". */
  private static final WordSet BEFORE_ORDER_VERB = WordSet.of("to", "will", "would", "could", "may", "might", "must",
      "should", "can", "not", "also", "they", "we", "you", "i", "courts", "judges", "governments");

  /** Whether "order" or "orders" at {@code i} is a noun: "an executive order creating …", "the court's orders". */
  private boolean orderNounAt(int i) {
    if (toks[i].is("ordered") || toks[i].is("ordering") || i == 0) {
      return false;
    }
    Token before = toks[i - 1];
    return (before.lexeme.mask & determinerBits) != 0 || MentionFinder.isPossessive(before)
        || before.isLowerCase() && before.isWord() && !BEFORE_ORDER_VERB.has(before);
  }

  /**
   * Whether an order follows "ordered" at {@code k}: a clause ("that …"), someone told to act ("ordered
   * troops to withdraw"), a thing and its outcome ("ordered all schools closed", "ordered the flags be
   * lowered"), or the act ordered ("ordered the evacuation of the coast"); not a purchase.
   */
  private boolean orderFollows(int k) {
    int n = tokens.size();
    if (k >= n) {
      return false;
    }
    if (toks[k].is("that")) {
      return true;
    }
    if (infinitiveAhead(k)) {
      return true;
    }
    for (int j = k; j < n && j < k + 8; j++) {
      Token w = toks[j];
      if (!w.isWord() && !MentionFinder.isPossessive(w) && w.kind != Token.Kind.NUMBER || w.is("from") || w.is("for")) {
        return false;
      }
      if (j > k && (ORDERED_STATES.has(w) || w.is("be") && j + 1 < n && toks[j + 1].text.endsWith("ed"))) {
        return true;
      }
      if (ORDERED_ACTS.has(w) && (j + 1 >= n || !toks[j + 1].isWord() || toks[j + 1].is("of")
          || toks[j + 1].isLowerCase() && (toks[j + 1].lexeme.mask & determinerBits) == 0)) {
        return true;
      }
      if (ORDERED_INQUIRIES.has(w) && (j + 1 >= n || !toks[j + 1].isWord() || toks[j + 1].is("into")
          || toks[j + 1].is("of") || toks[j + 1].is("on"))) {
        // "ordered an inquiry into the collapse", "ordered a review of the contract"; not "a review copy"
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the one told and an infinitive follow {@code k}: a few words with no verb, then "to"
   * and a verb ("directing six of the House's committees to proceed").
   */
  private boolean infinitiveAhead(int k) {
    if (k >= tokens.size() || toks[k].is("by") || toks[k].is("to")) {
      return false;
    }
    // the one told, not money or things ("directed $2 billion to rebuild roads", "directed its grants
    // to support refugees")
    int first = k + 1 < tokens.size() && (toks[k].lexeme.mask & determinerBits) != 0 ? k + 1 : k;
    if (toks[first].kind == Token.Kind.NUMBER || toks[first].is("$") || THINGS_DIRECTED.has(toks[first])) {
      return false;
    }
    for (int j = k + 1; j + 1 < tokens.size() && j < k + 9; j++) {
      Token w = toks[j];
      if (w.is("to")) {
        // "to proceed", also inside a quotation: "to "proceed with …""
        Token next = toks[j + 1].kind == Token.Kind.QUOTE && j + 2 < tokens.size() ? toks[j + 2] : toks[j + 1];
        return next.isLowerCase() && next.isWord() && (next.lexeme.mask & determinerBits) == 0;
      }
      if (!w.isWord() && !MentionFinder.isPossessive(w) && w.kind != Token.Kind.NUMBER || w.is("$")) {
        return false;
      }
    }
    return false;
  }

  /** Days and times that may stand between a cue and its clause: "announced on Wednesday the …". */
  private static final WordSet CUE_TIMES = WordSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday", "yesterday", "today");

  /**
   * Whether an auxiliary or a form of "be" comes within eight words from {@code k}, words and
   * numbers only between: the verb of a clause ("ruled that parliament's suspension was unlawful");
   * not "ruled that country for decades".
   */
  private boolean auxiliaryAhead(int k) {
    for (int j = k; j < tokens.size() && j < k + 8; j++) {
      Token w = toks[j];
      if (AUXILIARIES.has(w)) {
        return true;
      }
      if (!w.isWord() && w.kind != Token.Kind.NUMBER || w.lexeme.cue != null) {
        return false;
      }
    }
    return false;
  }

  /**
   * "In his view, …", "In the minister's opinion, …", "From her point of view, …", "In the view of
   * the court, …": a frame that gives what follows to the one whose view it is. Returns the end of
   * the frame (after its noun, or after "of" when the holder follows), or -1.
   */
  private int opinionFrameAt(int i) {
    Token t = toks[i];
    int length = t.text.length();
    if (length != 2 && length != 4 || !(t.is("In") || t.is("in") || t.is("From") || t.is("from"))) {
      return -1;
    }
    if (i > 0 && (toks[i - 1].isWord() || toks[i - 1].isPunct(','))) {
      // only a frame that opens its sentence: not "The minister, in the view of the opposition, has failed"
      return -1;
    }
    int n = tokens.size();
    int k = i + 1;
    if (k + 2 < n && toks[k].is("the") && opinionNouns.has(toks[k + 1])
        && toks[k + 2].is("of")) {
      return k + 3;
    }
    if (k < n && OPINION_HOLDERS.has(toks[k])) {
      k++;
    } else {
      // "the minister's", "President Ruiz's": a possessor of a few words
      int j = k;
      while (j < n && j < k + 5 && toks[j].isWord() && !MentionFinder.isPossessive(toks[j])) {
        j++;
      }
      if (j == k || j >= n || !MentionFinder.isPossessive(toks[j])) {
        return -1;
      }
      k = j + 1;
    }
    if (k < n && toks[k].is("own")) {
      k++;
    }
    if (k + 2 < n && toks[k].is("point") && toks[k + 1].is("of") && toks[k + 2].is("view")) {
      k += 2;
    } else if (k >= n || !opinionNouns.has(toks[k])) {
      return -1;
    }
    return k + 1 < n && toks[k + 1].isPunct(',') ? k + 1 : -1;
  }

  /**
   * Verbs a report speaks with, after which "reports" is the noun: "Media reports said", "reports
   * suggest"; not "The BBC reports promises of aid have not been kept".
   */
  static final WordSet REPORT_VERBS = WordSet.of("said", "say", "says", "suggest", "suggests", "suggested",
      "indicate", "indicates", "indicated", "show", "shows", "showed", "shown", "claimed", "claim", "stated",
      "state", "estimated", "estimate", "revealed", "reveal", "found", "find", "noted", "note", "added", "warned",
      "described", "put", "placed", "quoted", "cited", "identified", "named", "alleged", "allege", "reported",
      "claiming", "reporting", "saying", "suggesting");

  private static final WordSet ANSWER = WordSet.of("answer", "answers", "answered", "answering");
  private static final WordSet FEAR = WordSet.of("fear", "fears", "feared", "fearing");
  private static final WordSet QUESTION_NOUNS = WordSet.of("question", "questions", "queries", "query");

  /**
   * Whether questions are the object at {@code k}, after up to four words: "a series of questions",
   * "questions from reporters".
   */
  private boolean questionsAt(int k) {
    for (int j = k; j < tokens.size() && j < k + 6 && toks[j].isWord(); j++) {
      if (QUESTION_NOUNS.has(toks[j])) {
        // but "answered questions from the committee: "…"": the answer follows
        for (int a = j + 1; a < tokens.size() && a < j + 15 && !toks[a].isPunct('.') && !toks[a].isPunct('?'); a++) {
          if (toks[a].isPunct(':') || toks[a].kind == Token.Kind.QUOTE && !toks[a].is("'") && !toks[a].is("’")) {
            return false;
          }
        }
        return true;
      }
      if (toks[j].is("that") || !toks[j].isLowerCase() && !toks[j].text.equals("'s") && !toks[j].text.equals("'")
          && !toks[j].text.equals("’s") && !toks[j].text.equals("’")) {
        return false;
      }
    }
    return false;
  }

  /** Participles that open a sentence with "that" and what their speaker says: "Noting that …, Liu said". */
  private static final java.util.Map<String, SpeechAct> OPENING_PARTICIPLES = java.util.Map.ofEntries(
      java.util.Map.entry("Noting", SpeechAct.SAY), java.util.Map.entry("Stressing", SpeechAct.SAY),
      java.util.Map.entry("Saying", SpeechAct.SAY), java.util.Map.entry("Adding", SpeechAct.SAY),
      java.util.Map.entry("Emphasising", SpeechAct.SAY), java.util.Map.entry("Emphasizing", SpeechAct.SAY),
      java.util.Map.entry("Insisting", SpeechAct.INSIST), java.util.Map.entry("Arguing", SpeechAct.CLAIM),
      java.util.Map.entry("Claiming", SpeechAct.CLAIM), java.util.Map.entry("Asserting", SpeechAct.CLAIM),
      java.util.Map.entry("Warning", SpeechAct.WARN), java.util.Map.entry("Reiterating", SpeechAct.REITERATE),
      java.util.Map.entry("Acknowledging", SpeechAct.ACKNOWLEDGE),
      java.util.Map.entry("Admitting", SpeechAct.ACKNOWLEDGE), java.util.Map.entry("Conceding", SpeechAct.ACKNOWLEDGE),
      java.util.Map.entry("Explaining", SpeechAct.EXPLAIN), java.util.Map.entry("Declaring", SpeechAct.ANNOUNCE),
      java.util.Map.entry("Announcing", SpeechAct.ANNOUNCE), java.util.Map.entry("Alleging", SpeechAct.CLAIM),
      java.util.Map.entry("Complaining", SpeechAct.CRITICIZE), java.util.Map.entry("Recalling", SpeechAct.SAY),
      java.util.Map.entry("Suggesting", SpeechAct.PROPOSE), java.util.Map.entry("Predicting", SpeechAct.PREDICT),
      java.util.Map.entry("Underlining", SpeechAct.INSIST), java.util.Map.entry("Underscoring", SpeechAct.INSIST),
      java.util.Map.entry("Highlighting", SpeechAct.SAY), java.util.Map.entry("Indicating", SpeechAct.SAY),
      java.util.Map.entry("Observing", SpeechAct.SAY), java.util.Map.entry("Maintaining", SpeechAct.INSIST),
      java.util.Map.entry("Affirming", SpeechAct.CONFIRM), java.util.Map.entry("Confirming", SpeechAct.CONFIRM),
      java.util.Map.entry("Reaffirming", SpeechAct.REITERATE), java.util.Map.entry("Denying", SpeechAct.DENY),
      java.util.Map.entry("Contending", SpeechAct.CLAIM));
  /**
   * Participles that open a sentence with their object, the act of the main clause's subject: "Citing …,". Their
   * acts are the cue lexicon's.
   */
  private static final WordSet OPENING_OBJECT_PARTICIPLES = WordSet.of("Citing", "Rejecting", "Denying",
      "Dismissing", "Welcoming", "Condemning", "Denouncing", "Praising", "Criticising", "Criticizing", "Blaming",
      "Accusing");

  /** The act the cue lexicon gives the single word {@code word}, or null if it is no cue of its own. */
  private SpeechAct lexiconAct(String word) {
    PhraseTrie.Node<SpeechAct> node = cues.cues.firstWord(word);
    return node == null || node.values.isEmpty() ? null : node.values.get(0);
  }
  /** Verbs of speech that open a sentence, before their speaker: "Said one resident, "…"". */
  private static final java.util.Map<String, SpeechAct> SENTENCE_OPENING_CUES = java.util.Map.ofEntries(
      java.util.Map.entry("Said", SpeechAct.SAY), java.util.Map.entry("Added", SpeechAct.SAY),
      java.util.Map.entry("Remarked", SpeechAct.SAY), java.util.Map.entry("Noted", SpeechAct.SAY),
      java.util.Map.entry("Wrote", SpeechAct.SAY), java.util.Map.entry("Commented", SpeechAct.SAY),
      java.util.Map.entry("Observed", SpeechAct.SAY), java.util.Map.entry("Quipped", SpeechAct.SAY),
      java.util.Map.entry("Explained", SpeechAct.EXPLAIN), java.util.Map.entry("Asked", SpeechAct.ASK),
      java.util.Map.entry("Replied", SpeechAct.RESPOND), java.util.Map.entry("Responded", SpeechAct.RESPOND),
      java.util.Map.entry("Warned", SpeechAct.WARN), java.util.Map.entry("Insisted", SpeechAct.INSIST));

  /**
   * Whether token {@code i} of {@code toks} opens a sentence: the first token, or one after a full stop,
   * a question or an exclamation, a closing quotation mark between them allowed.
   */
  static boolean opensSentence(Token[] toks, int i) {
    if (i == 0) {
      return true;
    }
    Token before = toks[i - 1];
    if (before.kind == Token.Kind.QUOTE && i >= 2) {
      before = toks[i - 2];
    }
    return before.isPunct('.') || before.isPunct('?') || before.isPunct('!');
  }

  /** "According to", "Per the decree", "In his view", "From her point of view": capitalised words that open a cue. */
  private static boolean opensCapitalisedCue(Token t) {
    switch (t.text.length()) {
      case 2:
        return t.is("In");
      case 3:
        return t.is("Per");
      case 4:
        return t.is("From");
      case 9:
        return t.is("According");
      default:
        return false;
    }
  }

  private static final WordSet OPINION_HOLDERS = WordSet.of("his", "her", "their", "its");

  /**
   * Whether the cue at {@code i} opens a short quotation, after an adverb at most, right after a word outside
   * it: "Tokyo “sternly protested” the launches"; the attributor then checks that the word can speak.
   */
  private boolean quotedVerbAfterName(int i) {
    int open = openingMarkBefore(toks, i);
    if (open < 1 || !toks[open - 1].isWord() || inQuote[open - 1]) {
      return false;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
      if (toks[k].kind == Token.Kind.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quotation mark right before the verb at {@code i}, or before an adverb in "-ly" right before it
   * ("“sternly protested”"), or -1.
   */
  static int openingMarkBefore(Token[] toks, int i) {
    if (i > 0 && toks[i - 1].kind == Token.Kind.QUOTE) {
      return i - 1;
    }
    return i > 1 && toks[i - 2].kind == Token.Kind.QUOTE && toks[i - 1].isLowerCase()
        && toks[i - 1].text.endsWith("ly") ? i - 2 : -1;
  }

  private boolean clauseFollows(int k) {
    if (k + 1 < tokens.size() && toks[k].is("on") && CUE_TIMES.has(toks[k + 1])) {
      // "announced on Wednesday the population was 144% greater"
      k += 2;
    } else if (k < tokens.size() && CUE_TIMES.has(toks[k])) {
      k++;
    }
    if (k >= tokens.size()) {
      return false;
    }
    Token t = toks[k];
    if (SUBJECTS.has(t)) {
      return true;
    }
    if (CLAUSE_OPENERS.has(t)) {
      // "Protests continued as police warned that …": a clause of another verb
      return false;
    }
    if (presentVerbAfterSubject(k) && !(k > 0 && NOT_PRESENT_CLAUSE.has(toks[k - 1]))) {
      // not after "maintains", "continues": "The council maintains the park benches along the river"
      return true;
    }
    // "announced US troops would be leaving": a finite verb a few words on makes a clause, any word
    // before it within the first five or so, only words of a long subject after them;
    // "blamed Iran for the attack" has none, and is an object
    int limit = k + 5;
    int bound = k + LONG_SUBJECT;
    int and = -1;
    for (int j = k + 1; j < tokens.size() && j <= bound; j++) {
      Token w = toks[j];
      if (w.is("that") && (Attributor.OBJECT_PRONOUNS.has(toks[j - 1]) && j - 1 == k || namedOnly(k, j))) {
        // "answers the Oberster Gerichtshof that the Directive …": the name before was its addressee;
        // "announced the plant that makes engines would close" has a relative clause
        return false;
      }
      int aside = w.isPunct(',') ? relativeAsideEnd(j) : -1;
      if (aside < 0 && w.isPunct(',')) {
        aside = plainAsidesBeforeVerb(j);
      }
      if (aside > j) {
        // "suggest a new feature on the 737 Max, which had not crashed before, was forcing the nose
        // down": a relative clause set off inside the subject
        bound += aside - j;
        limit += aside - j;
        j = aside;
        continue;
      }
      if (CLAUSE_OPENERS.has(w) && !toks[j - 1].isPunct(',')) {
        // "declared a public health emergency Sunday as eight cases were identified": the object, then a
        // clause of time or reason
        return false;
      }
      if (AUXILIARIES.has(w) && and >= 0 && j == and + 1) {
        // "denied the bail offence and was convicted": a second verb of the subject, after the object
        return false;
      }
      if (AUXILIARIES.has(w)) {
        // but "pledged funds and Syria is taxing goods": a verb in the singular right after "and" and
        // one word is not that of subjects joined by it, but of a clause of its own after the object
        // (not "the Trade and Industry Ministry was closed", "its research and development budget was cut")
        return !(and >= 0 && SINGULAR_AUXILIARIES.has(w)
            && (j == and + 2 || j == and + 3 && (toks[and + 1].lexeme.mask & determinerBits) != 0));
      }
      if (w.is("and")) {
        and = j;
      }
      if (j < limit && pastVerbAfterPlural(j)) {
        // "report ancient Egyptians captured ibises": a verb in the past after its plural subject
        return true;
      }
      if (w.isCapitalized() && limit < k + 10) {
        // "announced the United States Department of Justice was …": a long name is one subject
        limit++;
      }
      if (!w.isWord() && w.kind != Token.Kind.QUOTE && !isModifyingNumber(j)) {
        return false;
      }
      if (j >= limit && !inLongSubject(j)) {
        // "announced a trial of four possible drugs was stopped", "announced the butterfly population
        // counted in Mexico was greater": a longer subject goes on through its modifiers; not past a
        // relative pronoun, a conjunction, an infinitive or another cue ("announced a plan to cut
        // jobs that were …")
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code j} is a verb in the past after a plural noun ("Egyptians captured
   * ibises", "the talks collapsed"), followed by its object, an adverb or the end: not a participle
   * after "the" or "a", nor one before a preposition ("deaths caused by the storm", "measures aimed
   * at cutting costs").
   */
  private boolean pastVerbAfterPlural(int j) {
    Token w = toks[j];
    Token subject = toks[j - 1];
    if (!w.isLowerCase() || !w.text.endsWith("ed") || w.text.length() < 5 || !subject.isWord()
        || !subject.text.endsWith("s") || subject.text.endsWith("ss") || subject.text.endsWith("'s")
        || (subject.lexeme.mask & determinerBits) != 0 || AUXILIARIES.has(subject)) {
      return false;
    }
    Token next = j + 1 < tokens.size() ? toks[j + 1] : null;
    if (next == null || !next.isWord()) {
      // "announced the talks collapsed."; but "announced funds allocated." is a noun and its participle
      return j >= 2 && (toks[j - 2].lexeme.mask & determinerBits) != 0;
    }
    return !next.is("by") && !next.is("with") && !OBJECT_PREPOSITIONS.has(next) && !AFTER_PARTICIPLES.has(next)
        // "the results obtained last year", "new rules passed yesterday"
        && !TIME_AFTER_PARTICIPLES.has(next);
  }

  /** Times after a participle that modifies a noun: "the results obtained last year". */
  private static final WordSet TIME_AFTER_PARTICIPLES = WordSet.of("last", "this", "next", "yesterday", "today",
      "earlier", "recently", "previously");

  /** Words after a participle that modifies a noun: "measures aimed at", "troops stationed near". */
  private static final WordSet AFTER_PARTICIPLES = WordSet.of("near", "under", "during", "after", "before", "into",
      "across", "through", "since", "as", "outside", "inside", "within", "around", "between", "among");

  /**
   * The comma that closes the last of a few asides of words set off by commas from {@code comma},
   * when an auxiliary follows it: "claimed Iran, especially, amongst other outside parties, is
   * influencing …"; or -1.
   */
  private int plainAsidesBeforeVerb(int comma) {
    int close = -1;
    int j = comma + 1;
    for (int asides = 0; asides < 3; asides++) {
      int start = j;
      while (j < tokens.size() && j < start + 6 && toks[j].isWord() && !AUXILIARIES.has(toks[j])
          && toks[j].lexeme.cue == null) {
        j++;
      }
      if (j == start || j >= tokens.size() || !toks[j].isPunct(',')) {
        return -1;
      }
      close = j;
      j++;
      if (j < tokens.size() && AUXILIARIES.has(toks[j])) {
        return close;
      }
    }
    return -1;
  }

  /**
   * The comma that closes a relative clause opened by the comma at {@code comma} (", which had not
   * crashed before,"), within fifteen tokens and the sentence; -1 if none.
   */
  private int relativeAsideEnd(int comma) {
    if (comma + 2 >= tokens.size() || !(toks[comma + 1].is("which") || toks[comma + 1].is("who"))) {
      return -1;
    }
    for (int j = comma + 2; j < tokens.size() && j < comma + 17; j++) {
      if (toks[j].isPunct(',')) {
        return j;
      }
      if (!toks[j].isWord() && toks[j].kind != Token.Kind.NUMBER) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the number at {@code j} modifies a noun after a determiner or goes on into a name: "a
   * 7.5 magnitude quake", "the 737 Max"; not a year after "in".
   */
  private boolean isModifyingNumber(int j) {
    return toks[j].kind == Token.Kind.NUMBER && j > 0 && j + 1 < tokens.size()
        && ((toks[j - 1].lexeme.mask & determinerBits) != 0 || toks[j + 1].isCapitalized());
  }

  /** Whether the tokens {@code [from, to)} are a name alone, after "the" or not: "the Bundesgericht", "Russia". */
  private boolean namedOnly(int from, int to) {
    int k = from < to && (toks[from].is("the") || toks[from].is("The")) ? from + 1 : from;
    if (k >= to) {
      return false;
    }
    for (; k < to; k++) {
      if (!toks[k].isWord() || !toks[k].isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /** Auxiliaries in the singular: "is", "was". */
  private static final WordSet SINGULAR_AUXILIARIES = WordSet.of("is", "was", "has", "does");
  /** Cues that maintain or continue things as often as words: no clause without "that" after them. */
  private static final WordSet NOT_PRESENT_CLAUSE = WordSet.of("maintain", "maintains", "maintained", "continue",
      "continues", "continued");
  /** Words that open an adverbial clause, no clause of what was said. */
  private static final WordSet CLAUSE_OPENERS = WordSet.of("as", "after", "before", "when", "while", "because",
      "since", "until", "although", "though", "if", "unless", "once", "whereas");

  /** Determiners that open the subject of a clause without "that": "argue the law hurts farmers". */
  private static final WordSet CLAUSE_DETERMINERS = WordSet.of("the", "this", "that", "a", "an", "its", "his",
      "her", "their", "our");
  /** Words in -s that are no verbs. */
  private static final WordSet NOT_VERBS_IN_S = WordSet.of("this", "thus", "its", "his", "hers", "ours", "yours",
      "theirs", "as", "us", "yes", "plus", "minus", "less", "unless", "across", "perhaps", "always", "afterwards",
      "towards", "nevertheless", "besides", "whereas", "news", "series", "species", "politics", "economics",
      "sometimes", "nowadays", "overseas", "was", "has", "does", "is");

  /**
   * Whether a subject of a determiner and a singular noun, then a verb in the present, starts at
   * {@code k}: "argue the law hurts farmers", "argues the plan hurts workers".
   */
  private boolean presentVerbAfterSubject(int k) {
    int n = tokens.size();
    if (k + 3 >= n || !CLAUSE_DETERMINERS.has(toks[k])) {
      return false;
    }
    Token noun = toks[k + 1];
    Token verb = toks[k + 2];
    Token after = toks[k + 3];
    String v = verb.text;
    return noun.isWord() && noun.isLowerCase() && !noun.text.endsWith("s") && noun.lexeme.cue == null
        && verb.isWord() && verb.isLowerCase() && v.length() > 3 && v.endsWith("s") && !v.endsWith("ss")
        && !v.endsWith("us") && !v.endsWith("is") && !NOT_VERBS_IN_S.contains(v) && verb.lexeme.mask == 0
        && (after.isWord() || after.kind == Token.Kind.NUMBER);
  }

  /** The most words a subject of a clause after an object cue may have. */
  private static final int LONG_SUBJECT = 12;

  private static final WordSet NOT_IN_SUBJECT = WordSet.of("that", "which", "who", "whom", "whose", "and", "or",
      "but", "to", "after", "before", "while", "because", "since", "when", "if", "as", "until", "although",
      "though", "following", "amid", "despite", "where", "than");

  /** Whether the word at {@code j} may be part of a long subject: not a clause's or another act's start. */
  private boolean inLongSubject(int j) {
    Token w = toks[j];
    // a cue word after a determiner is a noun: "the decision to move the credit was illegal"
    return (w.isWord() || isModifyingNumber(j)) && !NOT_IN_SUBJECT.has(w)
        && (w.lexeme.cue == null || j > 0 && (toks[j - 1].lexeme.mask & determinerBits) != 0);
  }

  private static final WordSet AUXILIARIES =
      WordSet.of("is", "are", "was", "were", "will", "would", "had", "has", "have", "could", "should",
          "may", "might", "must", "can", "did", "does", "do", "shall");

  private static final WordSet NOT_NAMING_AS = WordSet.of("part", "soon", "well", "long", "much", "many", "far",
      "of", "if", "though", "such", "usual", "expected", "planned", "early", "late", "recently");
  /** Counts of many, after which a word and a verb in -s make a plural noun: "Several member states". */
  private static final WordSet PLURAL_COUNTS = WordSet.of("several", "Several", "many", "Many", "few", "Few",
      "numerous", "Numerous", "two", "Two", "three", "Three", "four", "Four", "five", "Five", "both", "Both");
  private static final WordSet ATTRIBUTIVE = WordSet.of("alleged", "purported", "estimated");
  private static final WordSet ARTICLES = WordSet.of("a", "an", "the", "A", "An", "The");
  private static final WordSet SUBJECTS = WordSet.of("he", "she", "it", "they", "we", "I", "there");

  /**
   * "issued a stern warning", "issued a level-4 "high" avalanche danger warning": a light verb, a
   * few lower-case modifiers (quoted or not), and an act noun.
   */
  private Cue lightVerbAt(int i) {
    if ((toks[i].lexeme.mask & lightVerbBit) == 0) {
      return null;
    }
    // "put out an alert", "sent out a warning", "put forward a proposal": the particle goes with the verb
    boolean particle = i + 1 < tokens.size() && (toks[i + 1].is("out") || toks[i + 1].is("forward"));
    if (PUT_OUT.has(toks[i]) && !particle) {
      return null;
    }
    int end = particle ? i + 2 : i + 1;
    boolean quoted = false;
    for (int k = end; k < tokens.size() && k <= i + 9; k++) {
      Token t = toks[k];
      SpeechAct act = t.lexeme.actNoun;
      if (t.kind == Token.Kind.QUOTE) {
        quoted = !quoted;
      }
      if (act != null && toTheEffectAt(k + 1)) {
        // "issued a statement to the effect …": the statement speaks, by the cue of its own
        return null;
      }
      if (act != null && (t.is("remarks") || t.is("comments") || t.is("statement") || t.is("statements"))
          && (toks[k - 1].is("the") || toks[k - 1].is("these") || toks[k - 1].is("those"))
          && !(k + 1 < tokens.size() && (toks[k + 1].is("that") || toks[k + 1].is("about") || toks[k + 1].is("on")
              || toks[k + 1].isPunct(':') || toks[k + 1].kind == Token.Kind.QUOTE))) {
        // "made the remarks in a speech on Monday": the remarks reported before, made somewhere; no
        // statement of their own
        return null;
      }
      if (act != null && (t.is("representations") || t.is("representation")) && !toks[i].text.startsWith("lodg")) {
        // "made false representations to investors": claims made, no protest; only lodged ones are
        return null;
      }
      if (act != null && RAISE.has(toks[i]) && !(t.is("concern") || t.is("concerns"))) {
        // "raised its concerns" speaks; "raised interest rates", "raised questions about safety", "raising fears
        // of war" need not
        return null;
      }
      if (act != null && ORDER_NOUNS.has(t) && (k - i == 1 || k - i == 2
          && ((toks[i + 1].lexeme.mask & determinerBits) != 0 || toks[i + 1].kind == Token.Kind.NUMBER
              || toks[i + 1].isCount())
          || LEGAL_ORDERS.has(toks[k - 1]))) {
        // "issued evacuation orders", "issued a similar order" demand; but "issued an order blocking the
        // policy" and "a temporary restraining order" are a court's acts
        return null;
      }
      if (act != null && SEEK.has(toks[i])) {
        // "sought an explanation from Beijing", "sought assurances from Moscow": asked someone for them,
        // whatever the noun's own act; but not "sought comment", a reporter's request, nor "have long sought
        // an explanation for the phenomenon", which asks no one
        return t.is("comment") || t.is("comments") || !(k + 1 < tokens.size() && toks[k + 1].is("from")) ? null
            : new Cue(i, i + 1, SpeechAct.ASK, true, false, toks[i].text.endsWith("ing"), false);
      }
      if (act != null) {
        return new Cue(i, end, act, true, false, toks[i].text.endsWith("ing"), false);
      }
      // "made anti-gay and misogynistic comments": adjectives, hyphens and all; but not past a
      // preposition ("sent troops to the border after the warning")
      // "issued "Go Now" evacuation orders": capitals inside a quotation are a label's
      // "expressed the GCC's solidarity", "conveyed Japan's condolences": an owner's name and its possessive
      boolean owner = t.isCapitalized() && t.isWord() && k + 1 < tokens.size() && POSSESSIVE_MARKS.has(toks[k + 1])
          || POSSESSIVE_MARKS.has(t) && k > end;
      if (!(t.isLowerCase() || owner || t.kind == Token.Kind.QUOTE || t.isPunct('-') && k > i + 1
              || quoted && t.isWord())
          || LIGHT_VERB_STOPS.has(t)) {
        return null;
      }
    }
    return null;
  }

  /** The marks of a possessive, as tokens: "'s", "’s", and a plural's bare apostrophe. */
  private static final WordSet POSSESSIVE_MARKS = WordSet.of("'s", "’s", "'", "’");
  /** Forms of "put", a light verb only with its particle: "put out a statement", "put forward a proposal". */
  private static final WordSet PUT_OUT = WordSet.of("put", "puts", "putting");
  /** Forms of "raise", a light verb only before concern: "raised its concerns with Washington". */
  private static final WordSet RAISE = WordSet.of("raise", "raises", "raised", "raising");
  /** Forms of "seek", whose act noun is asked for: "sought an explanation from Beijing". */
  private static final WordSet SEEK = WordSet.of("seek", "seeks", "sought", "seeking");

  /** Words no modifier of an act noun is: "sent troops to the border after the warning". */
  private static final WordSet LIGHT_VERB_STOPS = WordSet.of("to", "after", "before", "over", "against", "in",
      "on", "for", "by", "from", "at", "about", "despite", "during", "into", "with",
      // "the Essequibo issue do not constitute a threat": a verb of its own, no modifier
      "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
      "not");

  /** Whether "to the effect" begins at {@code k}. */
  private boolean toTheEffectAt(int k) {
    return k + 3 < tokens.size() && toks[k].is("to") && toks[k + 1].is("the")
        && toks[k + 2].is("effect");
  }

  /** A cue word used as a noun or adjective: "state media", "the report", "a note". */
  private static final WordSet NOUN_BEFORE = WordSet.of("Per", "per", "upon", "Upon", "on", "On", "by", "By", "of", "without", "Without", "with", "With", "for", "For");

  private static final WordSet ARGUE = WordSet.of("argue", "argues", "argued", "arguing");
  private static final WordSet DISPUTE_PREPOSITIONS = WordSet.of("about", "over", "with");

  /** What one defends in a contest: "the defending champion", "defended her title". */
  private static final WordSet CONTEST_TITLES = WordSet.of("champion", "champions", "title", "titles", "crown",
      "championship", "titleholder", "belt", "gold", "medal");
  /** What one posts in a race or in the accounts, or as pictures: "posted a time of 2:01", "posted videos". */
  private static final WordSet RESULTS = WordSet.of("time", "times", "score", "scores", "record", "loss", "losses",
      "profit", "profits", "win", "wins", "victory", "gain", "gains", "deficit", "surplus", "decline", "growth",
      "revenue", "revenues", "lap", "best", "result", "results", "jump", "rise", "fall", "drop", "increase",
      "video", "videos", "photo", "photos", "picture",
      "pictures", "image", "images", "footage", "clip", "clips", "selfie", "selfies");
  /** What one writes that is a work, not a statement: "wrote songs for the band". */
  private static final WordSet WORKS = WordSet.of("song", "songs", "music", "lyrics", "novel", "novels", "book",
      "books", "poem", "poems", "poetry", "play", "plays", "script", "scripts", "screenplay", "screenplays",
      "code", "software", "symphony", "symphonies", "opera", "operas", "hits", "fiction", "stories", "story",
      // "who wrote the majority opinion": a court's or a paper's text written, not words said
      "opinion", "opinions", "dissent", "judgment", "judgement", "article", "articles", "column", "columns",
      "essay", "essays", "editorial", "editorials", "op-ed", "paper", "papers", "thesis", "biography", "memoir",
      "memoirs");
  /** Verbs that raise their subject over "to have": "is reported to have said", "is said to have told". */
  static final WordSet RAISING = WordSet.of("reported", "said", "believed", "understood", "thought", "alleged",
      "rumoured", "rumored", "known");
  /** What one claims that is won or taken, not asserted: "claimed gold", "claimed the lives of 200". */
  private static final WordSet PRIZES = WordSet.of("lives", "life", "victim", "victims", "gold", "silver", "bronze",
      "medal", "medals", "title", "titles", "crown", "pole", "seat", "seats", "trophy", "prize", "jackpot", "lead",
      "spot", "place", "stage", "points", "wickets", "championship", "win", "wins", "scalp");
  /** Nouns of a message after a picture's noun: "posted a video message". */
  private static final WordSet MESSAGES = WordSet.of("message", "messages", "statement", "address", "appeal");
  /** Relative pronouns that are the subject of the verb after them: "China, which claims …". */
  private static final WordSet RELATIVE_SUBJECTS = WordSet.of("which", "who", "that");

  /** Forms of "claim". */
  private static final WordSet CLAIM = WordSet.of("claim", "claims", "claimed", "claiming");
  /** Forms of "admit". */
  private static final WordSet ADMIT = WordSet.of("admit", "admits", "admitted", "admitting");
  /** Where one is admitted as a patient: "admitted to hospital", "admitted to the intensive care unit". */
  private static final WordSet WARDS = WordSet.of("hospital", "hospitals", "clinic", "intensive", "ICU", "ward",
      "care", "infirmary");
  private static final WordSet DEFEND = WordSet.of("defend", "defends", "defended", "defending");
  private static final WordSet POST = WordSet.of("post", "posts", "posted", "posting");
  /** Adverbs of degree before an adjective: "physically demanding", "very promising". */
  private static final WordSet DEGREE_ADVERBS = WordSet.of("very", "physically", "mentally", "emotionally", "highly",
      "extremely", "increasingly", "particularly", "especially", "less", "least", "most", "so", "too", "deeply",
      "hugely", "incredibly", "equally");
  private static final WordSet CALL_FORMS = WordSet.of("call", "calls", "called", "calling");
  /** Reflexive pronouns: "calling itself NightHarbor". */
  static final WordSet REFLEXIVES = WordSet.of("itself", "themselves", "himself", "herself");
  private static final WordSet WRITE = WordSet.of("write", "writes", "wrote", "written", "writing");

  private static final WordSet PORTRAY = WordSet.of("portray", "portrays", "portrayed", "portraying");

  /** Whether "as" stands in {@code [from, to)} before the clause ends. */
  private boolean asWithin(int from, int to) {
    for (int j = from; j < to && j < tokens.size(); j++) {
      if (toks[j].is("as")) {
        return true;
      }
      if (toks[j].isPunct('.') || toks[j].isPunct(';') || toks[j].isPunct(',')) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet WELCOME = WordSet.of("welcome", "welcomes", "welcomed", "welcoming", "Welcoming");
  private static final WordSet WORRY = WordSet.of("worries", "worried", "worry");
  private static final WordSet RESPOND = WordSet.of("respond", "responds", "responded", "responding", "react",
      "reacts", "reacted", "reacting");
  private static final WordSet BE_FORMS = WordSet.of("was", "were", "is", "are", "been", "being", "be");
  private static final WordSet OBJECT_PRONOUNS = WordSet.of("me", "him", "her", "them", "us");
  /** Guests one welcomes in person: "welcomed his counterpart", "welcoming the delegation". */
  private static final WordSet GREETED = WordSet.of("counterpart", "counterparts", "delegation", "delegations",
      "guest", "guests", "visitor", "visitors", "leaders", "team", "envoy", "crowds", "crowd");
  /** Words after a guest's noun that end the object: "welcomed the delegation at the airport". */
  private static final WordSet GUEST_FOLLOWERS = WordSet.of("at", "to", "in", "on", "with", "from", "and", "who",
      "as", "upon");

  /**
   * Whether the object at {@code k} of a verb of welcoming is a guest: a determiner or possessive, at most two words
   * more (a state's adjective), then a guest's noun not owning another ("his Uzbek counterpart"; not "his
   * counterpart's proposal").
   */
  private boolean greetedAt(int k) {
    if (k >= tokens.size() || (toks[k].lexeme.mask & determinerBits) == 0) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
      if (GREETED.has(toks[j])) {
        // the guest's noun ends the object: "welcomed the delegation at the airport"; not "the guest worker scheme",
        // "his counterpart's proposal", "the guest nations' pledges"
        return j + 1 >= tokens.size() || toks[j + 1].kind == Token.Kind.PUNCT && !toks[j + 1].isPunct('\'')
            || GUEST_FOLLOWERS.has(toks[j + 1]);
      }
      if (!toks[j].isWord() || toks[j].is("'s") || toks[j].is("’s")) {
        return false;
      }
    }
    return false;
  }

  /** Auxiliaries and modals that make the words before them a clause's subject. */
  private static final WordSet CLAUSE_VERBS = WordSet.of("will", "would", "could", "may", "might", "can", "is",
      "are", "was", "were", "has", "have", "had", "should", "must", "did", "does");

  /** Whether an auxiliary or modal stands in {@code [from, to)} before the sentence ends. */
  private boolean verbWithin(int from, int to) {
    for (int j = from; j < to && j < tokens.size(); j++) {
      if (CLAUSE_VERBS.has(toks[j])) {
        return true;
      }
      if (toks[j].isPunct('.') || toks[j].isPunct(';') || toks[j].isPunct(',')) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the clause after a verb of responding at {@code k} goes on with "by" and a gerund that says nothing
   * ("responded to the arrivals by sending soldiers"; not "responded by saying that …"), before its end.
   */
  private boolean respondedByDoing(int k) {
    for (int j = k; j + 1 < tokens.size() && j < k + 15; j++) {
      Token w = toks[j];
      if (w.isPunct('.') || w.isPunct(';') || w.isPunct(',') || w.isPunct(':') || w.kind == Token.Kind.QUOTE) {
        return false;
      }
      if (w.is("by") && toks[j + 1].isLowerCase() && toks[j + 1].text.endsWith("ing")) {
        return toks[j + 1].lexeme.cue == null;
      }
    }
    return false;
  }

  private static final WordSet RECALL = WordSet.of("recall", "recalls", "recalled", "recalling");
  /** What is recalled in the sense of called back: envoys, and products. */
  private static final WordSet RECALL_DETERMINERS = WordSet.of("the", "its", "his", "her", "their", "our", "a",
      "an", "some", "all", "about", "nearly", "more");
  /**
   * Whether, after "called on" at {@code k}, the sentence goes on to what was urged: a "to" before a
   * lower-case verb, "for", a colon or a quotation, before the sentence or a clause after a
   * semicolon ends.
   */
  private boolean urgedActFollows(int k) {
    int j0 = k;
    while (j0 < tokens.size() && j0 < k + 8 && toks[j0].isCapitalized()) {
      j0++;
    }
    if (j0 > k + 1 && j0 + 1 < tokens.size() && toks[j0].is("to") && VISIT_PURPOSES.has(toks[j0 + 1])
        && diplomatBefore(k - 2)) {
      // "called on Afghan Foreign Minister Amir Khan Muttaqi to discuss bilateral issues": a visit to a person, for
      // talks
      return false;
    }
    for (int j = k; j < tokens.size() && j < k + 30; j++) {
      Token w = toks[j];
      if (w.isPunct('.') || w.isPunct(';') || w.isPunct('?') || w.isPunct('!')) {
        return false;
      }
      if (w.is("for") || w.isPunct(':') || w.kind == Token.Kind.QUOTE
          || w.is("to") && j + 1 < tokens.size() && toks[j + 1].isLowerCase() && toks[j + 1].isWord()
              && (toks[j + 1].lexeme.mask & determinerBits) == 0) {
        return true;
      }
    }
    return true;
  }

  /** Whether a diplomat's noun stands among the few words before {@code k}: the caller of a visit. */
  private boolean diplomatBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
      if (CALLERS.has(toks[j])) {
        return true;
      }
      if (toks[j].isPunct('.') || toks[j].isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /** Those who call on a person in a visit: "Pakistan's chargé d'affaires called on the minister to discuss …". */
  private static final WordSet CALLERS = WordSet.of("ambassador", "Ambassador", "envoy", "Envoy", "diplomat",
      "chargé", "charge", "d'affaires", "d’affaires", "commissioner", "Commissioner", "delegation", "consul",
      "Consul");

  /** What a visit to a person is for: "called on the minister to discuss …". */
  private static final WordSet VISIT_PURPOSES = WordSet.of("discuss", "exchange", "review", "brief", "explore",
      "deliver", "present", "convey");

  private static final WordSet MARKET_ADJECTIVES = WordSet.of("weak", "weaker", "strong", "stronger", "global",
      "domestic", "consumer", "rising", "falling", "slowing", "soft", "softer", "robust", "sluggish", "firm",
      "export", "import", "market", "customer", "buyer", "energy", "oil", "travel", "seasonal", "overseas",
      "foreign", "local", "high", "higher", "low", "lower", "growing", "booming", "surging", "tepid", "solid");

  /** Events one calls, convenes or declares: "the strike was called by the union". */
  private static final WordSet CALLED_EVENTS = WordSet.of("strike", "strikes", "election", "elections", "meeting",
      "meetings", "vote", "referendum", "protest", "protests", "session", "walkout", "stoppage", "poll", "polls",
      "halt", "summit", "rally", "boycott");

  /** Whether a count of things, not a year, opens the object at {@code k}: "about 310,000 air fryers", "300 cars". */
  private boolean countAfter(int k) {
    int j = k;
    if (j < tokens.size() && (toks[j].is("about") || toks[j].is("nearly") || toks[j].is("some")
        || toks[j].is("almost") || toks[j].is("over") || toks[j].is("around") || toks[j].is("roughly"))) {
      j++;
    } else if (j + 1 < tokens.size() && (toks[j].is("more") || toks[j].is("up")) && (toks[j + 1].is("than")
        || toks[j + 1].is("to"))) {
      j += 2;
    }
    return j + 1 < tokens.size() && toks[j].kind == Token.Kind.NUMBER && !toks[j].isYear()
        && toks[j + 1].isWord() && toks[j + 1].isLowerCase();
  }

  /** Whether the object at {@code k} is people received: "welcomed Rohingya survivors", "welcomed the visitors". */
  private boolean peopleWelcomedAt(int k) {
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token w = toks[j];
      if (!w.isWord() || w.is("of") || w.is("for") || w.is("on") || w.is("to") || w.is("and")) {
        // "welcomed the return of hostages", "welcomed plans for refugees": the head came before
        return false;
      }
      if (WELCOMED_PEOPLE.has(w)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet WELCOMED_PEOPLE = WordSet.of("survivors", "refugees", "migrants", "visitors", "guests",
      "tourists", "fans", "pilgrims", "arrivals", "newcomers", "passengers", "crowds", "crowd", "babies", "baby",
      "asylum-seekers", "evacuees", "returnees", "hostages", "crew");

  /** Whether "for" comes within {@code limit} words from {@code k}, before the sentence ends. */
  private boolean forWithin(int k, int limit) {
    for (int j = k; j < tokens.size() && j < k + limit; j++) {
      if (toks[j].is("for")) {
        return true;
      }
      if (toks[j].isPunct('.') || toks[j].isPunct(';')) {
        return false;
      }
    }
    return false;
  }

  /** Whether a post one is appointed to ends the few words from {@code k}: "the party's new leader". */
  private boolean postWithin(int k) {
    for (int j = k; j < tokens.size() && j < k + 6; j++) {
      Token w = toks[j];
      if (POSTS.has(w)) {
        return true;
      }
      if (!w.isWord() && !w.isPunct('-') && !w.text.equals("'s") && !w.text.equals("’s")) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet POSTS = WordSet.of("leader", "chairman", "chairwoman", "chair", "president",
      "secretary-general", "head", "chief", "coach", "captain", "minister", "director", "governor", "candidate",
      "nominee", "successor", "ambassador", "envoy", "commander", "speaker", "mayor", "premier", "chancellor",
      "executive", "CEO", "manager", "judge", "commissioner", "spokesman", "spokeswoman", "spokesperson");

  /** Whether words follow "responded to" at {@code k}: "to calls for …", "to the criticism". */
  private boolean wordsRespondedTo(int k) {
    if (k >= tokens.size() || !toks[k].is("to")) {
      return false;
    }
    for (int j = k + 1; j < tokens.size() && j <= k + 4; j++) {
      if (RESPONDED_WORDS.has(toks[j])) {
        return true;
      }
      if (!toks[j].isWord()) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet RESPONDED_WORDS = WordSet.of("calls", "call", "criticism", "criticisms", "questions",
      "question", "claims", "claim", "accusations", "allegations", "remarks", "comments", "reports", "concerns",
      "demands", "request", "requests", "statement", "statements", "letter", "queries", "query", "complaints");

  /** Whether the subject a few words before {@code start} is an armed or emergency force: "troops had responded". */
  private boolean forcesBefore(int start) {
    for (int j = start - 1; j >= 0 && j >= start - 4; j--) {
      Token w = toks[j];
      if (FORCES.has(w)) {
        return true;
      }
      if (!w.isWord() || w.lexeme.cue != null && w.isLowerCase()) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet FORCES = WordSet.of("troops", "soldiers", "police", "Police", "officers",
      "firefighters", "forces", "rescuers", "paramedics", "crews", "units", "guards", "marines", "Troops",
      "Soldiers", "Officers", "Firefighters", "Forces", "Rescuers");

  /**
   * Whether the protest at {@code start} is a crowd's, with nothing said after it: a group of people
   * within the few words before it ("Farmers in France, Ireland and Belgium protested"), and no "that"
   * or quotation after it.
   */
  private boolean crowdProtestAt(int start, int end) {
    for (int j = end; j < tokens.size() && j < end + 12 && !toks[j].isPunct('.'); j++) {
      if (toks[j].is("that") || toks[j].kind == Token.Kind.QUOTE) {
        return false;
      }
    }
    for (int j = start - 1; j >= 0 && j >= start - 8; j--) {
      Token w = toks[j];
      if (PROTESTERS.has(w)) {
        return true;
      }
      if (w.isPunct('.') || w.kind == Token.Kind.QUOTE || w.lexeme.cue != null && w.isLowerCase()) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet PROTESTERS = WordSet.of("farmers", "Farmers", "students", "Students", "workers",
      "Workers", "residents", "Residents", "demonstrators", "Demonstrators", "protesters", "Protesters", "people",
      "People", "thousands", "Thousands", "hundreds", "Hundreds", "crowds", "Crowds", "fans", "Fans", "activists",
      "Activists", "teachers", "Teachers", "nurses", "Nurses", "doctors", "Doctors", "drivers", "Drivers",
      "villagers", "Villagers", "citizens", "Citizens", "miners", "Miners", "fishermen", "Fishermen", "truckers",
      "Truckers", "parents", "Parents", "women", "Women", "men", "Men", "pensioners", "Pensioners");

  /** Whether a place follows a protest at {@code k}: "outside Congress", "in the streets", "at Tahrir Square". */
  private boolean protestPlaceAt(int k) {
    if (k >= tokens.size()) {
      return false;
    }
    boolean said = false;
    for (int j = k; j < tokens.size() && j < k + 12 && !toks[j].isPunct('.'); j++) {
      if (toks[j].is("that") || toks[j].kind == Token.Kind.QUOTE) {
        // "protested at the United Nations that …": said
        return false;
      }
      // "protested on Monday against the sale": said, unless the place is plain (below)
      said |= toks[j].is("against");
    }
    if (PLACE_PREPOSITIONS.has(toks[k])) {
      return true;
    }
    if (said) {
      return false;
    }
    if (!(toks[k].is("in") || toks[k].is("at") || toks[k].is("on"))) {
      return false;
    }
    int j = k + 1 < tokens.size() && toks[k + 1].is("the") ? k + 2 : k + 1;
    return j < tokens.size() && (toks[j].isCapitalized() && toks[j].isWord() && toks[j].lexeme.name != null
        && !toks[k].is("on") || PROTEST_PLACES.has(toks[j]));
  }

  private static final WordSet PLACE_PREPOSITIONS = WordSet.of("outside", "near", "across", "inside", "around",
      "along", "through", "throughout");
  private static final WordSet PROTEST_PLACES = WordSet.of("streets", "street", "square", "capital", "city",
      "centre", "center", "campus", "gates", "embassy", "parliament", "consulate", "courthouse", "building");

  /**
   * Whether the words from {@code k} name someone, with a capitalised word no list knows among
   * them, and then "as" and a determiner or possessive: "Marta Lobo as the party's new leader".
   */
  private boolean appointedAs(int k) {
    boolean named = false;
    for (int j = k; j < tokens.size() && j < k + 8; j++) {
      Token w = toks[j];
      if (w.is("as")) {
        return named && j + 1 < tokens.size() && ((toks[j + 1].lexeme.mask & determinerBits) != 0
            || POSSESSIVE_PRONOUNS.has(toks[j + 1])) && postWithin(j + 1);
      }
      if (!w.isWord() || w.is("that") || w.lexeme.cue != null && w.isLowerCase()) {
        return false;
      }
      named |= w.isCapitalized() && !w.is("The") && !w.is("A") && w.lexeme.name == null;
    }
    return false;
  }

  private static final WordSet RECALLED = WordSet.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat",
      "diplomats", "consul", "consuls", "chargé", "charge", "commissioner", "delegation", "delegations", "troops",
      "soldiers", "personnel", "negotiators", "representative", "representatives", "vehicles",
      "cars", "trucks", "units", "products", "models", "devices", "batches", "lots", "phones", "toys", "drugs",
      "tablets", "airbags");

  /**
   * Whether a cue word is used in a sense that is not speech, as its object shows: "the defending
   * champion", "posted a time of 2:01:41", "continued to write songs". The object must follow the
   * verb within a few words: "wrote in his book that …" is still speech.
   */
  private boolean isOtherSense(int start, int end) {
    Token t = toks[start];
    if (WELCOME.has(t) && end - start == 1 && greetedAt(end)) {
      // "Welcoming his Uzbek counterpart at the residence": a guest greeted, nothing said
      return true;
    }
    if (WORRY.has(t) && end - start == 1 && end < tokens.size() && start > 0 && !toks[start - 1].is("to")
        && (toks[end].isCapitalized() && !toks[end].is("I") || OBJECT_PRONOUNS.has(toks[end])
            || (toks[end].lexeme.mask & determinerBits) != 0 && !toks[end].is("that"))
        // but "Washington worries China will invade": a clause without "that", which is what is feared
        && !verbWithin(end + 1, end + 5)) {
      // "the base in the Solomon Islands, which worries Australia": a cause of worry, whose object worries
      return true;
    }
    if (PORTRAY.has(t) && end - start == 1 && !asWithin(end, end + 12)) {
      // "the actor, who portrayed Winston Churchill on stage": a part played; portraying speaks of something as
      // something
      return true;
    }
    if (RESPOND.has(t) && end - start == 1 && respondedByDoing(end)) {
      // "Poland has responded to the arrivals by sending thousands of soldiers": an act, not words
      return true;
    }
    if (t.is("pushed") && end - start == 2 && start > 0 && BE_FORMS.has(toks[start - 1])) {
      // "Refugees were pushed back by Polish officials": pushed, not rejected; but "are pushing for" asks
      return true;
    }
    if (ANSWER.has(t) && end - start == 1 && questionsAt(end)) {
      // "answered a series of questions for our correspondent": the answers are what was said,
      // not the questions
      return true;
    }
    if (end - start == 1 && end < tokens.size() && CALL_FORMS.has(t) && REFLEXIVES.has(toks[end])) {
      // "a criminal group calling itself NightHarbor": a name taken, nothing said
      return true;
    }
    if (FEAR.has(t) && end - start == 1 && end + 1 < tokens.size() && toks[end].is("to")
        && toks[end + 1].isLowerCase() && (toks[end + 1].lexeme.mask & determinerBits) == 0
        // but "fear to varying degrees that …"
        && !toks[end + 1].text.endsWith("ing")) {
      // "residents fear to return home": afraid to act, no fear expressed
      return true;
    }
    if (t.is("ruled") || t.is("rules") || t.is("rule")) {
      // "The party that ruled that country", "the judge who ruled that …": a clause must follow,
      // and not in a relative clause
      Token before = start > 0 ? toks[start - 1] : null;
      Token after = end < tokens.size() ? toks[end] : null;
      if (end - start == 2 && (before != null && (before.is("who") || before.is("which") || before.is("that"))
          || after == null || !auxiliaryAhead(end) && !clauseFollows(end))) {
        return true;
      }
    }
    if (RAISING.has(t) && end + 2 < tokens.size() && toks[end].is("to")
        && toks[end + 1].is("have") && toks[end + 2].lexeme.cue != null) {
      // "The minister is reported to have said …": the later verb is the speech, and its subject
      // the speaker
      return true;
    }
    if ((t.is("put") || t.is("puts") || t.is("putting")) && end - start == 2) {
      // "As one farmer put it: …", "…," as the minister put it": a way of saying; not "put it on
      // the table"
      return !(asBefore(start) || end < tokens.size() && (toks[end].isPunct(':')
          || toks[end].isLowerCase() && toks[end].text.endsWith("ly") && end + 1 < tokens.size()
              && (toks[end + 1].isPunct(':') || toks[end + 1].isPunct(','))));
    }
    if (RECALL.has(t) && end - start == 1 && end < tokens.size()
        && (RECALL_DETERMINERS.has(toks[end]) || toks[end].kind == Token.Kind.NUMBER
            // "is recalling more than 1 million vehicles", "about 5,000 cars"
            || end + 1 < tokens.size() && (toks[end].is("about") || toks[end].is("nearly") || toks[end].is("some")
                || toks[end].is("almost") || toks[end].is("over") || toks[end].is("more") || toks[end].is("up")))) {
      // "recalled its ambassador", "is recalling 410,000 vehicles": called back, not remembered aloud;
      // the object right after the verb, a determiner or a number, then at most three words to the
      // noun; not "recalled that troops …", "recalled how staff …"
      int k = end + 1;
      for (int limit = k + 5; k < tokens.size() && k < limit && (toks[k].isWord() || toks[k].isPunct('-')
          || toks[k].kind == Token.Kind.NUMBER); k++) {
        if (RECALLED.has(toks[k])) {
          return true;
        }
      }
    }
    if (t.text.startsWith("call") && end - start == 1 && end < tokens.size()
        && (toks[end].is("off") || toks[end].is("up") || toks[end].is("in") && end + 1 < tokens.size()
            && (toks[end + 1].is("the") || toks[end + 1].is("a") || toks[end + 1].isCapitalized())
            // but "called in a statement for a ceasefire": a call for something, where it was made
            && !forWithin(end + 1, 10))) {
      // "called off a round of talks", "called up reservists", "called in the army": cancelled or
      // summoned, not said
      return true;
    }
    if (t.text.startsWith("call") && end - start == 2 && (toks[start + 1].is("on") || toks[start + 1].is("upon"))
        && !urgedActFollows(end)) {
      // "called on Prime Minister Lim at the Istana": a visit; urging needs what is urged, "called
      // on Tokyo to reconsider", "called on all sides for restraint", or words quoted
      return true;
    }
    if (t.text.startsWith("confirm") && end - start == 1 && appointedAs(end)) {
      // "delegates confirmed former health minister Marta Lobo as the party's new leader": an
      // appointment, not a fact said
      return true;
    }
    if (t.text.startsWith("protest") && end - start == 1 && (protestPlaceAt(end) || crowdProtestAt(start, end))) {
      // "thousands of students protesting outside Congress": where they marched, not what they said;
      // "Farmers in France protested on Tuesday against the deal": a demonstration
      return true;
    }
    if (t.is("called") && end - start == 1 && start >= 2 && (toks[start - 1].is("was") || toks[start - 1].is("were")
        || toks[start - 1].is("been") || toks[start - 1].is("be")) && CALLED_EVENTS.has(toks[start - 2])) {
      // "The strike was called by the union", "elections were called for June": convened, not said
      return true;
    }
    if (RECALL.has(t) && end - start == 1 && countAfter(end)) {
      // "recalled about 310,000 air fryers": goods called back, counted
      return true;
    }
    if (t.text.startsWith("welcom") && end - start == 1 && peopleWelcomedAt(end)) {
      // "Fishermen welcomed Rohingya survivors in 2015": received people, said nothing
      return true;
    }
    if (t.text.startsWith("identif") && end - start == 1 && end < tokens.size()
        && (toks[end].is("himself") || toks[end].is("herself") || toks[end].is("themselves")
            || toks[end].is("itself"))) {
      // "a man identifying himself as a spokesman said": who the speaker claims to be, not a statement
      return true;
    }
    if (t.text.startsWith("respond") && end - start == 1 && forcesBefore(start)
        && !(end < tokens.size() && (toks[end].is("that") || toks[end].isPunct(':') || toks[end].is("by")
            || toks[end].is("with") || toks[end].is("in")))
        // but "Police responded to calls for a tougher response": to words, in words
        && !wordsRespondedTo(end)) {
      // "Pakistani troops had responded "effectively"", "officers responded to violent groups": a
      // force's deed
      return true;
    }
    if (t.text.startsWith("wonder") && end < tokens.size() && toks[end].is("about")) {
      // "Scholars have long wondered about the role of the statues": a thought, not a question put
      return true;
    }
    if (ADMIT.has(t)) {
      // "Jones, 71, admitted to hospital last week": a patient, not a confession
      int k = start + 1;
      if (k < tokens.size() && (toks[k].is("to") || toks[k].is("into") || toks[k].is("in"))) {
        k++;
        if (k < tokens.size() && (toks[k].is("the") || toks[k].is("a"))) {
          k++;
        }
        // the ward ends the phrase: not "admitted to the hospital board that mistakes were made"
        return k < tokens.size() && WARDS.has(toks[k])
            && !(k + 1 < tokens.size() && toks[k + 1].isLowerCase() && toks[k + 1].isWord()
                && !toks[k + 1].is("and") && !toks[k + 1].is("after") && !toks[k + 1].is("with")
                && !toks[k + 1].is("on") && !toks[k + 1].is("in") && !toks[k + 1].is("last"));
      }
    }
    WordSet objects = DEFEND.has(t) ? CONTEST_TITLES
        : POST.has(t) ? RESULTS
        : WRITE.has(t) ? WORKS
        : CLAIM.has(t) ? PRIZES
        : null;
    if (objects == null || end - start != 1 || objects == PRIZES && auxiliaryAhead(end)) {
      // but "Police claimed the lives of the hostages were at risk" claims a clause
      return false;
    }
    for (int k = end; k < tokens.size() && k < end + 5; k++) {
      Token w = toks[k];
      if (w.kind == Token.Kind.NUMBER || w.isPunct('%')) {
        // "wrote more than 30 books", "posted a 52% jump in profit"
        continue;
      }
      if (!w.isWord() || !w.isLowerCase() && k > end) {
        return false;
      }
      if (objects.has(w)) {
        // but "posted a video message saying …": a message carried by the video
        return !(k + 1 < tokens.size() && (toks[k + 1].is("that") || toks[k + 1].isPunct(':')
            || objects == RESULTS && MESSAGES.has(toks[k + 1])
            // "wrote an article saying …": what the writer says in it goes on
            || objects == WORKS && toks[k + 1].lexeme.cue != null && toks[k + 1].text.endsWith("ing")));
      }
      if (w.is("that") || w.is("to") || w.is("in") || w.is("on") || w.is("about") || SUBJECTS.has(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether "as" comes a few words before {@code k}, words only between: "as one farmer put it". */
  private boolean asBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
      Token w = toks[j];
      if (w.is("as") || w.is("As")) {
        return true;
      }
      if (!w.isWord() && !MentionFinder.isPossessive(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where "that" comes within five words from {@code k}, a time or a vote between ("ruled on
   * Thursday that", "ruled 6-3 that"), or -1.
   */
  private int thatSoon(int k) {
    for (int j = k; j < tokens.size() && j < k + 5; j++) {
      Token w = toks[j];
      if (w.is("that")) {
        return j;
      }
      if (!w.isWord() && w.kind != Token.Kind.NUMBER && !w.isPunct('-')) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether {@code t} is a plural head of an anonymous source, capitalised or not: "Scientists", "officials". */
  private boolean pluralHead(Token t) {
    return (t.lexeme.mask & pluralHeadBits) != 0
        || t.isCapitalized() && (words.mask(t.text.toLowerCase(java.util.Locale.ROOT)) & pluralHeadBits) != 0;
  }

  private static final WordSet PUT = WordSet.of("put", "puts", "putting", "placed", "places", "placing");
  /** Nouns of an amount estimated: "put the death toll at 30". */
  private static final WordSet ESTIMATED = WordSet.of("toll", "count", "number", "numbers", "value", "cost", "costs",
      "figure", "damage", "damages", "loss", "losses", "crowd", "attendance", "turnout", "size", "total", "bill",
      "tally", "worth", "magnitude", "intensity", "strength", "probability", "chance", "chances", "likelihood",
      "rate", "growth", "population", "rating", "ratings", "approval", "support", "share", "unemployment",
      "inflation", "deficit", "debt");
  /** Words after "in the" that make an amount: "in the hundreds", "in the range of". */
  private static final WordSet ROUGH_AMOUNTS = WordSet.of("hundreds", "thousands", "millions", "billions", "tens",
      "dozens", "range", "region");

  /**
   * Whether an amount put at a figure starts at {@code k}: a noun of an amount within three words,
   * then, within six more, "at" before a figure or "in the hundreds" ("the protester death count in
   * the hundreds", "the value of the artwork in the range of …", "the damage at $5 million").
   */
  private boolean estimateAt(int k) {
    int n = tokens.size();
    // "put the president's approval rating at 7%": up to five tokens before the estimated word
    for (int j = k; j < n && j < k + 6; j++) {
      if (!toks[j].isWord()) {
        return false;
      }
      if (ESTIMATED.has(toks[j])) {
        for (int a = j + 1; a + 1 < n && a < j + 7; a++) {
          Token w = toks[a];
          Token next = toks[a + 1];
          if (w.is("at") && (next.kind == Token.Kind.NUMBER || next.isCount() || next.is("$") || next.is("US$")
                  || next.is("about") || next.is("around") || next.is("least") || next.is("more") || next.is("between")
                  || next.is("over") || next.is("nearly") || next.is("some") || next.is("roughly"))
              || w.is("in") && next.is("the") && a + 2 < n && ROUGH_AMOUNTS.has(toks[a + 2])
              || w.is("between") && (next.kind == Token.Kind.NUMBER || next.isCount())) {
            return true;
          }
          if (!w.isWord() && w.kind != Token.Kind.NUMBER) {
            return false;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** Words after "ruled" that make it no ruling on a clause: "ruled out", "ruled against the firm that …". */
  private static final WordSet RULED_NOT = WordSet.of("out", "against", "over", "for");

  /** Prepositions of a phrase whose noun a cue's word may be: "in a blog post", "on its website". */
  private static final WordSet AFTER_PREPOSITIONS = WordSet.of("in", "on", "via", "through", "during", "at", "by");

  private boolean isNounUse(int start, int end) {
    Token t = toks[start];
    if (end - start == 1 && end < tokens.size() && (toks[end].is("'s") || toks[end].is("’s"))
        && toks[end].begin == t.end) {
      // "the Gulf state's foreign ministry": a possessive noun
      return true;
    }
    if (end - start == 1 && (t.is("demand") || t.is("demands")) && end < tokens.size() && toks[end].is("for")
        && start > 0 && (toks[start - 1].isWord() && MARKET_ADJECTIVES.has(toks[start - 1])
            || toks[start - 1].lexeme.name != null && toks[start - 1].isCapitalized())) {
      // "weak European demand for folding boxboard", "strong demand for soybeans": buyers' demand,
      // no speech
      return true;
    }
    if (start >= 3 && end - start == 1 && toks[start - 1].isLowerCase() && toks[start - 1].isWord()
        && NOUN_CUES.has(t)
        && (toks[start - 2].is("a") || toks[start - 2].is("an") || toks[start - 2].is("the")
            || toks[start - 2].is("its") || toks[start - 2].is("his") || toks[start - 2].is("her")
            || toks[start - 2].is("their"))
        && AFTER_PREPOSITIONS.has(toks[start - 3])) {
      // "said in a blog post that …", "wrote in a Facebook post": a noun after a noun in a phrase of place
      return true;
    }
    // "the Mueller report", "a Control Yuan report": a determiner before the name's words; a base form after
    // a name of several words too ("The Jakarta Post reports" is a verb)
    int named = start - 1;
    while (!t.text.endsWith("s") && named > 0 && named > start - 4 && toks[named].isCapitalized()
        && toks[named - 1].isCapitalized()
        && !(toks[named - 1].is("The") || toks[named - 1].is("A") || toks[named - 1].is("An"))) {
      named--;
    }
    if (start >= 2 && NOUN_CUES.has(t) && toks[start - 1].isCapitalized() && named >= 1
        && (toks[named - 1].is("the") || toks[named - 1].is("The") || toks[named - 1].is("a")
            || toks[named - 1].is("A") || toks[named - 1].is("an"))
        // but "The Guardian reports that …", "The Kremlin claims the strike hit a depot": a known
        // name, or a clause after it, makes a verb
        // a base form after a singular name is no verb ("the Taiwan question")
        && (!t.text.endsWith("s") || toks[start - 1].lexeme.name == null
            && !(end < tokens.size() && toks[end].is("that")) && !clauseFollows(end))
        // but "The Democrats attack the bill": a plural name no list knows takes the verb's base form
        && !(toks[start - 1].text.endsWith("s") && !toks[start - 1].text.endsWith("ss")
            && toks[start - 1].lexeme.name == null)) {
      // "the Taiwan question", "the Mueller report", "the Iran call on Friday": a noun after a name
      return true;
    }
    if (end - start == 1 && t.text.endsWith("s") && !t.text.endsWith("ss") && start > 0 && toks[start - 1].isWord()
        && !SUBJECTS.has(toks[start - 1]) && !Attributor.RELATIVES.has(toks[start - 1])
        && end < tokens.size() && NOUN_AFTER_VERB.has(toks[end])) {
      // "the U.S. remarks were "full of provocation"", "his comments have angered": a verb in -s is not
      // followed by "were" or "have", so the word is a plural noun; but "positions that it says are
      // strategic" has the verb of a relative clause
      return true;
    }
    if (start > 0 && end - start == 1 && NOUN_CUES.has(t) && t.text.endsWith("s") && toks[start - 1].isLowerCase()
        && toks[start - 1].lexeme.cue != null && toks[start - 1].text.endsWith("ed")) {
      // "rejected claims that the union was …", "denied reports that …": the plural noun a cue's verb
      // takes, not a verb of its own
      return true;
    }
    if (start > 0 && end - start == 1 && toks[start - 1].is("to") && NOUN_CUES.has(t) && t.text.endsWith("s")) {
      // "in response to questions from MPs", "a reply to calls for a ceasefire": a plural noun, not a verb
      return true;
    }
    if (t.is("reports") && end - start == 1 && end < tokens.size() && REPORT_VERBS.has(toks[end])) {
      // "Media reports said …", "Unconfirmed reports suggest …": the noun, before its own verb
      return true;
    }
    if (end - start == 1 && ADD_VERBS.has(t) && end < tokens.size()
        && (toks[end].kind == Token.Kind.NUMBER || toks[end].isCount() || toks[end].is("more"))) {
      // "the hospital had added 120 emergency beds": adding things, not words
      return true;
    }
    if (end - start == 1 && QUESTION_VERBS.has(t) && questionsPeople(end)) {
      // "Police were questioning the driver", "questioned four museum employees": interrogating people,
      // not doubting what was said
      return true;
    }
    if ((t.is("call") || t.is("calls")) && start > 0 && CALL_KINDS.has(toks[start - 1])) {
      // "in a phone call on Friday": a call, not calling on someone
      return true;
    }
    if (ARGUE.has(t) && end < tokens.size() && DISPUTE_PREPOSITIONS.has(toks[end])) {
      // "have been arguing about gas fields": a dispute, not a claim
      return true;
    }
    if (start > 0 && end - start == 1 && NOUN_BEFORE.has(toks[start - 1]) && !t.text.endsWith("ing")) {
      // "per request of", "upon request", "on demand": after a preposition, a noun
      return true;
    }
    Token before = start > 0 ? toks[start - 1] : null;
    Token after = end < tokens.size() ? toks[end] : null;
    if (end - start == 1 && t.text.endsWith("s") && after != null && after.is("which") && before != null
        && (before.is("and") || before.is("or") || (before.lexeme.mask & determinerBits) != 0)) {
      // "posts which state the same thing": a plural noun before its relative clause
      return true;
    }
    if (before != null && end - start == 1 && t.text.endsWith("s") && !t.text.endsWith("ss") && before.isLowerCase()
        && (before.lexeme.mask & pluralHeadBits) != 0
        && (after == null || !after.isWord() || after.isLowerCase() && after.text.endsWith("ing")
            || NOUN_COMPLEMENTS.has(after))) {
      // "social media posts depicting her", "officials' statements": a plural subject takes no
      // verb in -s, so the word is a noun
      return true;
    }
    if (before != null && end - start == 1 && start >= 2 && t.text.endsWith("s") && !t.text.endsWith("ss")
        && before.isWord() && before.isLowerCase() && !before.text.endsWith("s") && before.lexeme.cue == null
        && PLURAL_COUNTS.has(toks[start - 2])) {
      // "Several member states", "two news reports": after a count of many and a noun that only
      // qualifies, a plural noun, not a verb whose subject is one
      return true;
    }
    if (before != null && after != null && end - start == 1 && ATTRIBUTIVE.has(t)
        && (before.lexeme.mask & (determinerBits | quantifierBits)) != 0 && after.isWord() && after.isLowerCase()
        // "an estimated 300 people", but "Most estimated inflation would stay above 3%"
        && (!t.is("estimated") || ARTICLES.has(before))
        && (after.lexeme.mask & determinerBits) == 0 && !after.is("that") && !after.is("to")
        && !SUBJECTS.has(after)) {
      // "several alleged accomplices", "the reported death": an adjective before its noun
      return true;
    }
    boolean sentenceStart = start == 1 || start >= 2 && !toks[start - 2].isWord();
    if (before != null && t.text.endsWith("s") && !t.text.endsWith("ss")
        && (before.isLowerCase() && (before.text.endsWith("ed") || before.text.endsWith("ing"))
            || sentenceStart && before.isCapitalized() && before.text.endsWith("ing"))
        && before.lexeme.cue == null
        && (end - start > 1 || after == null || !after.isWord() || NOUN_COMPLEMENTS.has(after))) {
      // "had resisted calls for impeachment", "growing demands for reform": after a verb or
      // adjective, a noun; but "the ruling says the law …" is a verb with its clause
      return true;
    }
    if (end - start == 1 && after != null && before != null && t.text.endsWith("ing")
        && (before.is("by") || (before.lexeme.mask & determinerBits) != 0)
        && (after.lexeme.mask & subjectNounBits) != 0
        && !(end + 1 < tokens.size() && (toks[end + 1].is("to") || toks[end + 1].isWord()
            && (toks[end + 1].lexeme.mask & determinerBits) != 0))) {
      // "interrupted by protesting legislators", "the remaining critics": a participle before its
      // noun; but "responded by urging residents to stay indoors" is a verb
      return true;
    }
    if (end - start == 1 && end < tokens.size() && (t.is("warning") || t.is("alert")) && WARNING_COMPOUNDS.has(toks[end])) {
      // "an early warning score", "warning signs", "alert level": the noun modifies another
      return true;
    }
    if (end - start == 1 && end < tokens.size()) {
      Token next = toks[end];
      // "state media", "report card": a cue word directly followed by a noun-like lower-case word
      // that is not a typical complement start is most often a noun compound
      if ((t.is("state") || t.is("report") || t.is("note") || t.is("comment") || t.is("claims")
              || t.is("reports") || t.is("comments") || t.is("notes") || t.is("states"))
          && next.isLowerCase() && !next.is("that") && !next.is("the") && !next.is("a") && !SUBJECTS.has(next)
          // "reports sixteen deaths": a number starts the object of a verb
          && !next.isCount()
          && !(before != null && (before.isCapitalized() || before.is(",")) && t.text.endsWith("s") && clauseFollows(end)
              && (next.lexeme.mask & compoundNounBits) == 0)
          // nor "Scientists report new species were found": the plain form after a plural is a verb
          && !(before != null && before.isWord() && !t.text.endsWith("s") && before.text.endsWith("s")
              && !before.text.endsWith("ss") && pluralHead(before) && clauseFollows(end)
              && (next.lexeme.mask & compoundNounBits) == 0)
          && !(t.is("claims") && before != null && (before.isCapitalized()
                  || RELATIVE_SUBJECTS.has(before) && start >= 2 && toks[start - 2].isPunct(','))
              && end + 1 < tokens.size()
              && (next.lexeme.mask & compoundNounBits) == 0
              && (OBJECT_PREPOSITIONS.has(toks[end + 1]) || !toks[end + 1].isWord()))) {
        // but "China claims sovereignty over Taiwan", "Iran claims victory.", "China, which claims
        // sovereignty over Taiwan," are a verb and its object
        // but "Reuters claims security sources have said …" is a verb with its clause
        return true;
      }
    }
    return false;
  }
}
