package dev.demarche.io.internal.extract;

import com.google.common.collect.ImmutableSet;
import dev.demarche.io.internal.text.Quote;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.StatementMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns reporting cues into statements: finds each cue's speaker (before it, across an
 * intervening phrase or appositive set off by commas, or after it in inverted order), and its
 * content (a quotation next to it, the clause after it with or without "that", the clause before
 * it, or the object of a reported act), then adds quotations that continue a speaker's words
 * without a cue of their own. One instance serves one article on one thread.
 */
final class Attributor {
  /**
   * The most tokens a content takes before or after its cue: real sentences are shorter, and the
   * cap keeps a text without sentence ends (a megabyte of "officials said") linear.
   */
  private static final int MAX_CONTENT_TOKENS = 120;

  /** Words linking a speaker to where they belong: "researchers from …", "militias backed by …". */
  private static final WordSet LINKS =
      WordSet.of("from", "in", "at", "associated", "linked", "backed", "allied", "aligned", "affiliated", "loyal",
          "behind");
  /** Participles after a document that say where or by whom it appeared: "A study published in Nature suggests". */
  private static final WordSet PUBLISHED = WordSet.of("published", "released", "issued", "posted", "conducted");
  private static final WordSet ADJUNCT_NOUNS = WordSet.of("statement", "conference", "briefing", "interview",
      "speech", "television", "radio", "Friday", "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday",
      "week", "month", "year", "morning", "afternoon", "evening", "night", "yesterday", "today");
  /** The words of "in its report", "in her letter", "in his remarks" after a cue. */
  private static final WordSet IN_DOCUMENT = WordSet.of("its", "his", "her", "their", "our", "report", "letter",
      "remarks", "address", "post", "tweet", "message", "ruling", "decision", "filing", "response", "reply");
  /** Words that end a direct object's noun phrase. */
  private static final WordSet OBJECT_ENDS = WordSet.of("for", "to", "of", "that", "as", "in", "on", "against",
      "with", "from", "by", "about");
  private static final WordSet LEGAL_OBJECTS = WordSet.of("lawsuit", "lawsuits", "suit", "case", "cases", "charge",
      "charges", "complaint", "appeal", "petition", "motion", "decision", "ruling", "verdict", "sentence",
      "conviction", "indictment", "judgment", "judgement", "order");
  private static final WordSet IT_REPORTS = WordSet.of("reported", "announced", "said", "claimed", "confirmed",
      "revealed", "alleged", "stated", "rumoured", "rumored");
  static final WordSet QUOTING = WordSet.of("cited", "quoted", "cites", "quotes", "citing", "quoting");
  private static final WordSet SUBORDINATORS =
      WordSet.of("before", "after", "while", "although", "though", "because", "since", "whereas", "despite",
          "amid", "following", "as", "when", "but", "which", "however", "prompting", "sparking", "citing", "meaning");
  private static final WordSet TIME_WORDS =
      WordSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
          "yesterday", "today", "tonight", "week", "weekend", "month", "year", "night", "morning", "afternoon",
          "evening");
  private static final WordSet PARTS_OF_DAY = WordSet.of("morning", "afternoon", "evening", "night");
  private static final WordSet INTENT =
      WordSet.of("plan", "plans", "planned", "want", "wants", "wanted", "intend", "intends", "intended",
          "hope", "hopes", "hoped", "set", "going", "expected", "due", "continue", "continues",
          "continued", "tried", "try", "tries", "seek", "seeks", "sought", "refused", "declined",
          "used", "appeared", "appears", "seemed", "seems", "moved", "rushed", "began", "begin", "begins", "is",
          "are", "was", "were", "had", "has", "have", "need", "needs", "needed", "decided", "agreed");
  /** Months written short, with a dot after them that ends no sentence: "Sept. 9". */
  static final WordSet MONTH_ABBREVIATIONS = WordSet.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
      "Sept", "Oct", "Nov", "Dec");
  private static final WordSet MONTH_WORDS = WordSet.copyOf(com.google.common.collect.ImmutableSet.<String>builder()
      .add("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
      .addAll(MONTH_ABBREVIATIONS.words()).build());
  private static final WordSet TIME_GLUE =
      WordSet.of("in", "on", "during", "over", "last", "this", "next", "early", "late", "earlier", "later", "of", "the");
  private static final WordSet PREPOSITIONS =
      WordSet.of("at", "in", "on", "during", "to", "before", "after", "via", "through", "from", "with", "over",
          "outside", "inside", "near");
  /** Words that cannot end a clause, since what they govern follows: "including", "of", "with". */
  private static final WordSet DANGLING = WordSet.of("including", "of", "to", "with", "from", "for", "at", "by",
      "among", "than", "the", "a", "an");
  /** Words that open a time or a place after a trailing speaker's verb: "announced late in the evening". */
  private static final WordSet TRAILING_ADJUNCT_STARTS = WordSet.of("in", "at", "on", "during", "late", "later",
      "earlier", "early", "shortly", "yesterday", "today", "tonight", "overnight", "after", "before", "from",
      "following", "amid");
  /** Verbs of refusing: "declined to comment", "refused to say". */
  static final WordSet REFUSALS =
      WordSet.of("declined", "declines", "declining", "refused", "refuses", "refusing", "decline", "refuse");
  private static final WordSet NOMINAL_BEFORE_GERUND =
      WordSet.of("for", "of", "by", "with", "about", "in", "on", "to", "from", "against", "without", "the", "a",
          "an", "his", "her", "its", "their", "our", "this", "that");
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "it", "they", "we", "I");
  /** Acts whose object is often "someone to do something": the content starts at "to". */
  private static final Set<SpeechAct> TO_ACTS =
      Set.of(SpeechAct.URGE, SpeechAct.ASK);
  private static final WordSet TELL = WordSet.of("tell", "tells", "told", "telling");
  private static final WordSet SAID = WordSet.of("said", "says");
  /** Prepositions that tell where those told are: "told residents of coastal areas to move". */
  private static final WordSet WHERE_OF_ADDRESSEE = WordSet.of("of", "in", "near", "along", "across", "around");

  /** Verbs of writing whose "to" names the addressee: "wrote to the mayor". */
  private static final WordSet WRITE_TO = WordSet.of("write", "writes", "wrote", "written", "writing");
  /**
   * A passive without its agent: a statement whose speaker the text does not give. "is reported
   * to be in critical condition", "was said to have begun operations" report the infinitive;
   * "was hailed a national hero", "was described as a coup" the name given (but "they are called
   * nationals" is a naming); "He was also praised in the West", "The attack was condemned" the
   * subject.
   */
  private void agentless(Cue cue, int s, int ss, int se, int be) {
    if (reportedBefore(cue, s)) {
      // "Police said the man was accused of theft": part of what the police said
      return;
    }
    int p = cue.end();
    String w = tok(cue.start()).text;
    int it = be - 1;
    while (it > ss && (tok(it).is("has") || tok(it).is("had") || tok(it).is("have") || isAdverb(tok(it)))) {
      it--;
    }
    if (it >= ss && (tok(it).is("It") || tok(it).is("it")) && IT_REPORTS.contains(w)) {
      // "It was reported on Saturday the man was stabbed", "it has been announced that …": a
      // report with no speaker
      int q = skipAdjuncts(p, se);
      boolean that = q < se && tok(q).is("that");
      if (that) {
        q++;
      }
      if (q < se && q <= lastContentToken(se) && (that || startsClause(q, se) || finiteVerbWithin(q + 1, se))) {
        clause(cue, null, q, s, se);
      }
      return;
    }
    // "Growth is forecast to slow, the IMF said", "…, according to the bank": a speaker named at
    // the end says all of it; but not "…, the weather service warned of floods"
    boolean spokenLater = false;
    for (int k = cue.end(); k < se && !spokenLater; k++) {
      if (cueAt[k]) {
        Cue later = cueStarting[k];
        spokenLater = tok(k).text.equalsIgnoreCase("according")
            || later != null && skipAdjuncts(later.end(), se) > lastContentToken(se);
      }
    }
    if (RAISING.contains(w) && p + 1 < se && tok(p).is("to") && INFINITIVE_REPORTS.has(tok(p + 1)) && !spokenLater) {
      // "is reported to be", "was said to have begun"; not "was reported to police"
      clause(cue, null, p, s, se);
    } else if (FORECAST_PASSIVES.contains(w) && p + 1 < se && tok(p).is("to") && tok(p + 1).isWord()
        && tok(p + 1).isLowerCase() && !spokenLater) {
      // "Dorian was forecast to reach the coast", "winds are predicted to reach 75 mph": a forecast
      // no one is named for
      clause(cue, null, p, s, se);
    } else if (NAMING.contains(w) && p + 1 < se && (tok(p).is("as") || isDeterminerAt(p)
        || quoteByOpenToken.containsKey(p))) {
      object(cue, null, tok(p).is("as") ? p + 1 : p, s, se);
    } else if (EVALUATIVE.contains(cue.act()) && !cue.participle() && !cue.weak() && be > ss
        && !NOT_EVALUATIVE.contains(w)) {
      Ment subject = endsAt[be];
      int from = subject != null && subject.start >= ss ? subject.start : ss;
      // "He was also praised in the West", "was criticized for", "was accused of"; but "was
      // condemned to death", "was welcomed at the airport" are no speech
      boolean follows = p >= se || !tok(p).isWord() || isAdverb(tok(p)) || TIME_WORDS.has(tok(p))
          || tok(p).is("over") || tok(p).is("for") && cue.act() != SpeechAct.ACCUSE
          || tok(p).is("in") && (cue.act() == SpeechAct.PRAISE || cue.act() == SpeechAct.CRITICIZE)
          || tok(p).is("of") && cue.act() == SpeechAct.ACCUSE;
      if (be - from <= 8 && follows) {
        drafts.add(new Draft(null, cue, tok(from).begin, tok(be - 1).end, StatementMode.REPORTED_ACT, cue.act(), s));
      }
    }
  }

  /** Whether an earlier statement of the sentence, with a speaker, holds the cue in its content. */
  private boolean reportedBefore(Cue cue, int s) {
    int at = tok(cue.start()).begin;
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      if (d.sentence < s) {
        return false;
      }
      if (d.speaker != null && d.contentBegin <= at && at < d.contentEnd) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet NAMING_PASSIVES = WordSet.of("identified", "named", "described", "listed");
  private static final WordSet RAISING = WordSet.of("said", "reported", "announced", "alleged", "rumored",
      "rumoured", "claimed");
  /** Participles that give a noun before them its name: "a device, called Flyboard Air". */
  private static final WordSet NAMING_AFTER_NOUN = WordSet.of("called", "named", "dubbed", "nicknamed", "titled",
      "entitled", "known");

  /** Words after "as" that make no name given: "reported by the BBC as well as CNN", "as early as Monday". */
  private static final WordSet NOT_NAMING_AS = WordSet.of("well", "early", "soon", "part", "much", "many", "far",
      "long", "late", "recently", "of");
  private static final WordSet NAMING = WordSet.of("hailed", "described", "labeled", "labelled",
      "branded", "termed", "characterized", "characterised");
  private static final Set<SpeechAct> EVALUATIVE = java.util.EnumSet.of(SpeechAct.PRAISE, SpeechAct.DENOUNCE,
      SpeechAct.CRITICIZE, SpeechAct.ACCUSE);
  /** Verbs of blame whose passive is more often a deed: "was charged with murder". */
  private static final WordSet NOT_EVALUATIVE = WordSet.of("charged", "attacked");
  private static final WordSet INFINITIVE_REPORTS = WordSet.of("be", "have", "been", "having");
  /** Passives of forecasting, whatever the infinitive after them: "was forecast to reach". */
  private static final WordSet FORECAST_PASSIVES = WordSet.of("forecast", "predicted");

  /**
   * Verbs of speech whose first object is whoever is spoken to: a passive's subject is the one
   * addressed ("was told by", "was urged by"), and an active's addressee comes before its "that"
   * ("warned consumers that …").
   */
  private static final WordSet ADDRESSED = WordSet.of("tell", "tells", "told", "telling", "warn", "warns", "warned",
      "warning", "assure", "assures", "assured", "assuring", "remind", "reminds", "reminded", "reminding", "inform",
      "informs", "informed", "informing", "notify", "notifies", "notified", "advise", "advises", "advised",
      "promise", "promises", "promised", "persuade", "persuaded", "convince", "convinced", "brief", "briefed",
      "urged", "asked", "instructed", "ordered");
  /** Whether one who asks is a medium or a reporter, whose question only frames the answer: "Asked by Reuters". */
  private boolean framingAsker(Ment agent, int at) {
    dev.demarche.model.ActorKind kind = agent.type == Ment.Type.NAMED && agent.entry != null
        ? agent.entry.kind() : agent.kind;
    return kind == dev.demarche.model.ActorKind.MEDIA || agent.hasName() && MentionFinder.isPressNoun(tokens, at);
  }

  /**
   * "Asked by legislator Chen whether the deal was final, the minister said …": the agent asks what
   * follows it, a question or what it was about; the one asked speaks in the main clause.
   */
  private void askedBy(Cue cue, int s, int se) {
    int at = cue.end() + 1;
    if (!usable(startsAt[at]) && at + 1 < se && tok(at).isLowerCase()) {
      // "by legislator Chen": a title the lexicon does not know before the name
      at++;
    }
    if (!usable(startsAt[at])) {
      return;
    }
    Ment agent = nameAfterDescription(named(startsAt[at]), se);
    if (framingAsker(agent, at)) {
      // "Asked by Reuters whether …": the reporters' question frames the answer
      return;
    }
    int p = skipAdjuncts(agent.end, se);
    // the question ends at the last comma before the main clause's cue
    int end = -1;
    for (int k = p + 1; k < se; k++) {
      if (tok(k).isPunct(',')) {
        end = k;
      } else if (cueAt[k] && end > 0 && !isInsideQuote(tok(k).begin)) {
        break;
      }
    }
    if (end < 0) {
      return;
    }
    if (p + 1 < end && (QUESTION_WORDS.has(tok(p)) || RELATIVE_QUESTION_WORDS.has(tok(p)))) {
      clause(cue, agent, p, s, end);
    } else if (p + 1 < end && tok(p).is("about")) {
      object(cue, agent, p + 1, s, end);
    }
  }

  private static final WordSet SOURCE_NOUNS = WordSet.of("records", "data", "figures", "statistics", "estimates",
      "report", "reports", "statement", "tally", "count",
      "documents", "filings", "files", "estimate", "poll", "polls", "survey", "surveys", "census", "forecast",
      "forecasts", "projections", "analysis", "assessment", "tallies", "database");
  private static final WordSet RESPONSE_ACTIONS = WordSet.of("call", "calls", "alarm", "alarms", "emergency",
      "fire", "fires", "incident", "scene", "crash", "attack");
  private static final WordSet TEMPORAL_SUBORDINATORS = WordSet.of("when", "while", "whereas");
  /** Words after a past participle that make it an aside: "released by the ministry", "published on Monday". */
  private static final WordSet PARTICIPLE_ADJUNCTS = WordSet.of("by", "on", "in", "at", "last", "earlier", "late",
      "early", "yesterday", "today", "this", "online");
  private static final WordSet CONNECTIVES = WordSet.of("however", "though", "meanwhile", "too", "also",
      "nevertheless", "instead", "moreover");
  /** "says it found no trace despite Znak.com claiming …": another speaker's words after these. */
  private static final WordSet CONTRASTIVE = WordSet.of("despite", "although", "though");
  private static final WordSet ADJUNCT_PREPOSITIONS = WordSet.of("at", "in", "on", "during", "before", "after",
      "outside", "via", "through", "from", "since", "until");
  private static final WordSet CONDITIONAL = WordSet.of("If", "if", "Unless", "unless", "Whether", "whether");
  private static final WordSet PLEAS = WordSet.of("guilty", "innocent", "not", "no");
  static final WordSet OBJECT_PRONOUNS = WordSet.of("me", "him", "her", "them", "us");
  /** Gatherings one tells something to: "told a regular press briefing", "told a news conference". */
  private static final WordSet TOLD_EVENTS = WordSet.of("briefing", "conference", "meeting", "hearing", "rally",
      "session", "forum", "summit", "gathering", "committee", "panel", "inquiry", "court", "jury", "tribunal");
  private static final WordSet AUDIENCE =
      WordSet.of("reporters", "journalists", "lawmakers", "parliament", "media", "press", "audience", "supporters", "crowd",
          "correspondent", "reporter", "journalist", "interviewer", "newspaper", "paper", "broadcaster", "agency",
          "jurors", "judges", "legislators", "senators", "delegates", "mourners", "students", "voters", "investors",
          "shareholders", "analysts", "employees", "staff", "workers", "troops", "soldiers", "residents", "fans",
          "followers", "viewers", "listeners", "congregation", "worshippers", "parliamentarians", "diplomats",
          "graduates", "protesters", "demonstrators", "members", "colleagues", "guests", "attendees", "participants");

  private final String text;
  private final List<Token> tokens;
  /** The tokens as an array, read without a list's indirection in the hottest loops. */
  private final Token[] toks;
  private final int[] sentenceOf;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;
  private final int[] paragraphOf;
  private final WordClasses words;
  private final Ment[] endsAt;
  private final Ment[] startsAt;
  private final QuoteIndex quoteByOpenToken;
  private final QuoteIndex quoteByCloseToken;
  /** Drafts in each sentence, counted over the first {@link #draftsCounted} drafts, while continuations are added. */
  private int[] draftsInSentence;
  private int draftsCounted;
  /** Dashes outside quotations before each token, and the next one from it; built when first asked. */
  private int[] dashesBefore;
  private int[] nextDash;

  /** Quotations by the index of the token of their opening or closing mark. */
  private static final class QuoteIndex {
    private final Quote[] at;

    QuoteIndex(int size) {
      at = new Quote[size];
    }

    Quote get(int k) {
      return k >= 0 && k < at.length ? at[k] : null;
    }

    boolean containsKey(int k) {
      return get(k) != null;
    }

    void put(int k, Quote q) {
      at[k] = q;
    }
  }
  private final List<Quote> quotes;
  /** Quotations inside quotations, by the offset of their opening mark. */
  private final Map<Integer, Quote> nestedByBegin = new HashMap<>();
  private final WordSet skipBefore;
  /** Participles of speech that go on with the speaker's words after a comma: "urging", "accusing". */
  private final WordSet continuingParticiples;
  private final WordSet skipAfter;
  private final WordSet objectStop;
  private final WordSet media;
  /** Nouns whose "with" belongs to them: "a meeting with the German official". */
  private final WordSet withNouns;
  /** Nouns of feeling whose "at" or "with" stays in the object: "shock at the attack". */
  private final WordSet feelingNouns;
  /** Nouns of a place where a deed happens, whose "at" stays in the object: "the deaths of workers at the mine". */
  private final WordSet siteNouns;
  private final long documentBit;
  private final long nounBits;
  private final long determinerBit;
  private final long lightVerbBit;
  private final long documentHeadBit;
  /** The nouns that head an organisation's, a body's or a medium's description: "association", "agency". */
  private final long groupHeadBits;
  /** The nouns for a person's role: "editor", "spokesman". */
  private final long personNounBits;
  private final WordSet beForms;
  private final WordSet subordinateStarts;
  private final List<Draft> drafts = new ArrayList<>();
  private final WordSet actionObjects;
  /** The cue before the one being attributed, whose clause a later cue's left content must not cross. */
  private Cue previousCue;

  Attributor(
      String text,
      List<Token> tokens,
      int[] sentenceOf,
      int[] sentenceStart,
      int[] sentenceEnd,
      int[] paragraphOf,
      List<Ment> mentions,
      List<Quote> quotes,
      List<Quote> nested,
      WordClasses words) {
    this.text = text;
    this.tokens = tokens;
    this.toks = tokens.toArray(new Token[0]);
    this.sentenceOf = sentenceOf;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.paragraphOf = paragraphOf;
    this.words = words;
    this.quotes = quotes;
    for (Quote q : nested) {
      nestedByBegin.put(q.outer().begin(), q);
    }
    this.endsAt = new Ment[tokens.size() + 1];
    this.cueAt = new boolean[tokens.size() + 1];
    this.cueStarting = new Cue[tokens.size() + 1];
    this.startsAt = new Ment[tokens.size() + 1];
    this.quoteByOpenToken = new QuoteIndex(tokens.size() + 1);
    this.quoteByCloseToken = new QuoteIndex(tokens.size() + 1);
    for (Ment m : mentions) {
      if (m.canSpeak() || endsAt[m.end] == null) {
        endsAt[m.end] = m;
      }
      if (m.canSpeak() || startsAt[m.start] == null) {
        startsAt[m.start] = m;
      }
    }
    Map<Integer, Integer> tokenAt = new HashMap<>();
    for (Token t : tokens) {
      if (t.kind == Token.Kind.QUOTE) {
        tokenAt.put(t.begin, t.index);
      }
    }
    for (Quote q : quotes) {
      Integer open = tokenAt.get(q.outer().begin());
      if (open != null) {
        quoteByOpenToken.put(open, q);
      }
      if (q.closed()) {
        Integer close = tokenAt.get(q.outer().end() - 1);
        if (close != null) {
          quoteByCloseToken.put(close, q);
        }
      }
    }
    this.skipBefore = words.get("skip-before-cue");
    this.continuingParticiples = words.get("continuing-participle");
    this.skipAfter = words.get("skip-after-cue");
    this.objectStop = words.get("object-stop");
    this.determinerBit = words.bit("determiner");
    this.lightVerbBit = words.bit("light-verb");
    this.documentHeadBit = words.bit("document-head");
    this.documentBit = words.bit("document-head");
    this.groupHeadBits = words.bit("body-head") | words.bit("organization-head") | words.bit("media-head");
    this.personNounBits = words.bit("person-noun") | words.bit("person-description-head");
    this.nounBits = words.bit("anonymous-head") | words.bit("person-noun") | words.bit("person-description-head")
        | words.bit("body-head") | words.bit("organization-head") | words.bit("document-head") | words.bit("media-head");
    this.beForms = words.get("be-form");
    this.subordinateStarts = words.get("subordinate-start");
    this.actionObjects = words.get("action-object");
    this.media = words.get("medium");
    this.withNouns = words.get("with-noun");
    this.feelingNouns = words.get("feeling-noun");
    this.siteNouns = words.get("site-noun");
  }

  List<Draft> attribute(List<Cue> cues) {
    for (Cue cue : cues) {
      if (!cue.nominal() && (!isInsideQuote(tok(cue.start()).begin) || quotedVerbAt(cue.start()))) {
        // nouns of speech and cues quoted inside a quotation are no boundaries of the narrative
        cueAt[cue.start()] = true;
        cueStarting[cue.start()] = cue;
      }
    }
    for (Cue cue : cues) {
      if (cue.nominal()) {
        nominal(cue);
        continue;
      }
      if (isInsideQuote(tok(cue.start()).begin) && !quotedVerbAt(cue.start())) {
        embedded(cue);
        continue;
      }
      attribute(cue);
      previousCue = cue;
    }
    sourcesAfterComeFrom();
    addContinuations();
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    drafts.removeIf(d -> !seen.add(List.of(d.speaker == null ? "" : d.speaker, d.contentBegin, d.contentEnd)));
    // a paragraph of a quotation run on over paragraphs that a cue also took ("said: “… / …,” he added"): the
    // cue's statement, not a second one without it
    java.util.Set<List<Integer>> cued = new java.util.HashSet<>();
    for (Draft d : drafts) {
      if (d.cue != null) {
        cued.add(List.of(d.contentBegin, d.contentEnd));
      }
    }
    drafts.removeIf(d -> d.cue == null && cued.contains(List.of(d.contentBegin, d.contentEnd)));
    drafts.sort((a, b) -> a.contentBegin != b.contentBegin
        ? Integer.compare(a.contentBegin, b.contentBegin)
        : Integer.compare(a.speaker == null ? -1 : a.speaker.start, b.speaker == null ? -1 : b.speaker.start));
    return drafts;
  }

  private Token tok(int i) {
    return toks[i];
  }

  /** The token after brackets of a few words that open at {@code k} ("(OIC)"), or {@code k}. */
  private int pastBrackets(int k, int se) {
    if (k >= se || !tok(k).isPunct('(')) {
      return k;
    }
    for (int j = k + 1; j < se && j < k + 5; j++) {
      if (tok(j).isPunct(')')) {
        return j + 1;
      }
    }
    return k;
  }

  /** Nouns of speech that "came from" someone, with the act each reports. */
  private static final java.util.Map<String, SpeechAct> COME_FROM_NOUNS = java.util.Map.ofEntries(
      java.util.Map.entry("condemnation", SpeechAct.DENOUNCE), java.util.Map.entry("condemnations", SpeechAct.DENOUNCE),
      java.util.Map.entry("criticism", SpeechAct.CRITICIZE), java.util.Map.entry("praise", SpeechAct.PRAISE),
      java.util.Map.entry("condolences", SpeechAct.SAY), java.util.Map.entry("tributes", SpeechAct.PRAISE),
      java.util.Map.entry("calls", SpeechAct.DEMAND), java.util.Map.entry("news", SpeechAct.SAY),
      java.util.Map.entry("statements", SpeechAct.SAY), java.util.Map.entry("statement", SpeechAct.SAY),
      java.util.Map.entry("messages", SpeechAct.SAY), java.util.Map.entry("reactions", SpeechAct.SAY),
      java.util.Map.entry("expressions", SpeechAct.SAY), java.util.Map.entry("announcement", SpeechAct.ANNOUNCE),
      java.util.Map.entry("confirmation", SpeechAct.CONFIRM), java.util.Map.entry("warnings", SpeechAct.WARN),
      java.util.Map.entry("warning", SpeechAct.WARN));
  /** Forms of "come" before "from". */
  private static final WordSet COME = WordSet.of("come", "came", "comes", "coming");

  /**
   * "Condemnation came from the United Nations and the European Union", "Statements of condemnation
   * have come from the OIC, Pope Francis and …", "The news came from his son-in-law": a noun of
   * speech that opens the sentence came from each source named after "from"; what they said is the
   * noun, or what it is "of".
   */
  private void sourcesAfterComeFrom() {
    for (int k = 1; k + 2 < tokens.size(); k++) {
      if (!COME.has(tok(k)) || !tok(k + 1).is("from") || isInsideQuote(tok(k).begin)) {
        continue;
      }
      int s = sentenceOf[k];
      int ss = datelineEnd(sentenceStart[s], k);
      int se = sentenceEnd[s];
      int v = k;
      if (v - 1 > ss && (tok(v - 1).is("have") || tok(v - 1).is("has") || tok(v - 1).is("had"))) {
        v--;
      }
      // the subject: "[The] noun [of noun]" from the sentence's start
      int j = ss;
      if (j < v && (tok(j).is("The") || tok(j).is("the"))) {
        j++;
      }
      if (j >= v) {
        continue;
      }
      SpeechAct act = COME_FROM_NOUNS.get(tok(j).text.toLowerCase(java.util.Locale.ROOT));
      if (act == null) {
        continue;
      }
      int from = ss;
      if (j + 2 < v && tok(j + 1).is("of")) {
        SpeechAct of = COME_FROM_NOUNS.get(tok(j + 2).text.toLowerCase(java.util.Locale.ROOT));
        act = of != null ? of : act;
        from = j + 2;
      } else if (j + 1 != v) {
        continue;
      }
      List<Ment> sources = new ArrayList<>();
      for (int i = k + 2; i < se; i++) {
        Ment m = startsAt[i];
        if (usable(m) && m.canSpeak()) {
          Ment last = sources.isEmpty() ? null : sources.get(sources.size() - 1);
          // "Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen": past the abbreviation
          int after = last == null ? -1 : pastBrackets(last.end, se);
          if (last != null && isPersonLike(m) && m.hasName() && !isPersonLike(last)
              && (after == m.start || after + 1 == m.start && tok(after).isLowerCase()
                  || tok(last.end).isPunct(',') && last.end + 1 == m.start
                      && (last.type == Ment.Type.DESCRIPTION || last.type == Ment.Type.ANONYMOUS) && !last.hasName())) {
            // "Sky News Arabia producer Jamal al-Harbi", "his son-in-law, Frédéric Salat-Baroux": the
            // person the words before describe
            sources.set(sources.size() - 1, m);
          } else {
            sources.add(m);
          }
          i = m.end - 1;
          continue;
        }
        if (tok(i).isPunct('(') && !sources.isEmpty() && pastBrackets(i, se) > i) {
          i = pastBrackets(i, se) - 1;
          continue;
        }
        // "producer" in "Sky News Arabia producer Jamal al-Harbi", or words before the first source
        boolean role = tok(i).isLowerCase() && tok(i).isWord()
            && (i + 1 < se && usable(startsAt[i + 1]) || sources.isEmpty() && i < k + 6);
        if (!(tok(i).isPunct(',') || tok(i).is("and") || role)) {
          // "The news came from the Twitter account in his name and was confirmed by …": the sources end
          break;
        }
        if (tok(i).is("and") && i + 1 < se && !usable(startsAt[i + 1])) {
          break;
        }
      }
      Cue cue = new Cue(k, k + 2, act, true, false, false, false);
      for (Ment source : sources) {
        drafts.add(new Draft(source, cue, tok(from).begin, tok(v - 1).end, StatementMode.REPORTED_ACT, act, s));
      }
    }
  }

  /** What is denied that is no claim: "denied visits", "was denied bail". */
  private static final WordSet DENIED_THINGS = WordSet.of("visits", "access", "entry", "bail", "permission",
      "visas", "treatment", "parole", "asylum");
  /** Things unveiled that are no announcement: "unveiled a restored statue". */
  private static final WordSet UNVEILED_THINGS = WordSet.of("statue", "plaque", "monument", "memorial", "portrait",
      "sculpture", "mural", "painting", "bust", "car", "vehicle", "aircraft", "robot", "phone", "prototype");
  /** What a story tells: "The film tells the story of a fisherman". */
  private static final WordSet STORIES = WordSet.of("story", "stories", "tale", "tales");

  /**
   * Whether the object after a cue verb makes it no speech: a person dismissed from a post, things
   * denied or unveiled, a person welcomed at a place, a story told.
   */
  private boolean notSpokenObject(String verb, int p, int se) {
    if (p >= se) {
      return false;
    }
    // the noun right after the verb or its determiner; but not the "that" of a clause
    int k = isDeterminerAt(p) && !tok(p).is("that") ? p + 1 : p;
    if (k >= se) {
      return false;
    }
    if (verb.startsWith("deni") || verb.equals("deny") || verb.equals("denying")) {
      // "denied visits from his lawyers"; but "denied access was restricted" denies a claim
      return DENIED_THINGS.has(tok(k)) && !finiteVerbWithin(k + 1, se);
    }
    if (verb.startsWith("unveil")) {
      // "unveiled a restored colossal statue": up to two modifiers before the noun
      for (int j = k; j < se && j <= k + 2 && tok(j).isWord() && tok(j).isLowerCase(); j++) {
        if (UNVEILED_THINGS.has(tok(j))) {
          return true;
        }
      }
      return false;
    }
    if (verb.startsWith("tell") || verb.equals("told")) {
      // but "told the court the story was false" tells the court
      return isDeterminerAt(p) && p + 2 < se && STORIES.has(tok(p + 1)) && tok(p + 2).is("of");
    }
    Ment object = startsAt[p];
    boolean person = object != null && (isPersonLike(object)
        || object.type == Ment.Type.DESCRIPTION && object.kind == dev.demarche.model.ActorKind.PERSON);
    if (!person || object.end < se && possessiveAt(object.end)) {
      // "dismissed the minister's claims": what the person said
      return false;
    }
    if (verb.equals("dismissed") || verb.equals("dismisses") || verb.equals("dismiss") || verb.equals("dismissing")) {
      // "dismissed the manager of a hospital": removed from a post; but "dismissed Biden as weak"
      for (int j = object.end; j < se && j < object.end + 10; j++) {
        if (tok(j).is("as")) {
          return false;
        }
      }
      return true;
    }
    if (verb.startsWith("welcom")) {
      // "welcomed Modi at the palace", "welcomed the delegation to Beijing": received as a guest;
      // but "welcomed the new prime minister in a statement"
      return object.end < se && (tok(object.end).is("at") || tok(object.end).is("to")
          || tok(object.end).is("on") && object.end + 1 < se && tok(object.end + 1).is("arrival"));
    }
    return false;
  }

  /** Whether a "to" before a place or an event comes first after {@code from}: "invited residents to a meeting". */
  private boolean destinationBefore(int from, int se) {
    for (int k = from; k + 1 < se && k < from + 8; k++) {
      if (tok(k).is("to")) {
        return isDeterminerAt(k + 1) || tok(k + 1).isCapitalized() || POSSESSIVE_DETERMINERS.has(tok(k + 1));
      }
    }
    return false;
  }

  /** Whether "to" and a verb come in {@code [from, to)}, after words only: "invited him to collaborate". */
  private boolean infinitiveWithin(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (tok(k).is("to") && tok(k + 1).isLowerCase() && tok(k + 1).isWord() && !isDeterminerAt(k + 1)
          && !POSSESSIVE_DETERMINERS.has(tok(k + 1))) {
        return true;
      }
      if (!tok(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A cue word used for something other than speech: "pleaded guilty to killing", "pleads not
   * guilty" (a plea in court); "the Senate confirmed Pierluisi as governor", "If the Senate
   * confirms me" (approving a nominee).
   */
  private boolean notSpeech(Cue cue, int se) {
    int p = cue.end();
    if (p >= se) {
      return false;
    }
    if (PLEAS.has(tok(p)) && tok(cue.start()).text.startsWith("plead")) {
      return true;
    }
    String verb = tok(cue.start()).text;
    if (verb.startsWith("invit") && (!infinitiveWithin(p, Math.min(se, p + 10)) || destinationBefore(p, se))) {
      // "invited him to collaborate" proposes; "invited 40 leaders", "invited to the summit", "invited
      // residents to a meeting to discuss the plan" do not
      return true;
    }
    if ((verb.equals("identified") || verb.equals("named")) && p < se && (tok(p).is("as") || tok(p).is("only"))
        && cue.start() > 0 && endsAt[cue.start()] != null) {
      // "a man identified only as Ivan": how the one before is named, by no one who speaks
      return true;
    }
    if (verb.startsWith("ask") || verb.startsWith("request")) {
      // "who asked not to be named", "asked to remain anonymous", "requested anonymity": a condition
      // of the source, not something said
      int k = p;
      boolean not = k < se && tok(k).is("not");
      if (not) {
        k++;
      }
      int anonymity = k < se && tok(k).is("anonymity") ? k : k + 1 < se && tok(k).is("for") && tok(k + 1).is("anonymity")
          ? k + 1 : -1;
      if (not && k + 2 < se && tok(k).is("to") && tok(k + 1).is("be")
          && (tok(k + 2).is("named") || tok(k + 2).is("identified") || tok(k + 2).is("quoted"))
          // "who asked to be identified only as Olga", "asked to be named by his first name": how to be named
          // but "asked to be named as a co-plaintiff" asks for a role
          || !not && k + 3 < se && tok(k).is("to") && tok(k + 1).is("be")
              && (tok(k + 2).is("identified") || tok(k + 2).is("named"))
              // "asked to be identified only as Olga", "as Umm Khaled", "by his first name"; but "asked to be
              // identified as a party to the lawsuit" asks for a role
              && (tok(k + 3).is("only") || tok(k + 3).is("by")
                  || tok(k + 3).is("as") && k + 4 < se && tok(k + 4).isCapitalized() && !isDeterminerAt(k + 4))
          || k + 2 < se && tok(k).is("to") && tok(k + 1).is("remain") && tok(k + 2).is("anonymous")
          || anonymity >= 0 && !(anonymity + 1 < se && tok(anonymity + 1).is("for"))) {
        // but "requested anonymity for the witnesses" asks something for others
        return true;
      }
    }
    if (verb.startsWith("dismiss") || verb.startsWith("appeal")) {
      // "the judge dismissed the lawsuit", "the team appealed the decision": acts of a court case,
      // not speech; but "dismissed the charges as politically motivated", "dismissed reports of a
      // case" and "appealed for witnesses in the case" are
      for (int k = p; k < se && k < p + 5 && tok(k).isWord() && !OBJECT_ENDS.has(tok(k)); k++) {
        if (LEGAL_OBJECTS.has(tok(k))) {
          for (int j = k + 1; j < se && j < k + 10 && verb.startsWith("dismiss"); j++) {
            if (tok(j).is("as")) {
              // "dismissed the charges as politically motivated"; but "appealed the sentence as too
              // lenient" is still a step in the case
              return false;
            }
          }
          return true;
        }
      }
    }
    if (notSpokenObject(verb, p, se)) {
      return true;
    }
    if (cue.act() != SpeechAct.CONFIRM) {
      return false;
    }
    if (tok(p).is("me") || tok(p).is("us")) {
      // "If the Senate confirms me": a nomination
      return true;
    }
    // "the Senate confirmed Pierluisi as governor": a legislature approving a nominee; but "The
    // ministry confirmed him dead" is speech
    Ment subject = endsAt[cue.start()];
    boolean legislature = subject != null && LEGISLATURES.stream().anyMatch(w -> containsWord(subject, w));
    if (!legislature) {
      return false;
    }
    Ment object = startsAt[p];
    return OBJECT_PRONOUNS.has(tok(p))
        || object != null && isPersonLike(object) && !finiteVerbWithin(object.end, se);
  }

  private boolean containsWord(Ment m, String word) {
    for (int k = m.start; k < m.end; k++) {
      if (tok(k).text.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> LEGISLATURES = ImmutableSet.of("Senate", "Parliament", "Congress", "House",
      "Assembly", "Legislature", "Council", "Committee", "senators", "lawmakers", "legislators");

  /**
   * After "called": an object, then "a" or "an" and what it is called ("the election a fraud"),
   * up to a comma or the sentence end; returns the last token, or {@code p} if the words do not
   * read so ("called a meeting", "called the police a day later" has a time).
   */
  private int namedAs(int p, int se) {
    if (p >= se || tok(p).is("a") || tok(p).is("an") || !tok(p).isWord()) {
      return p;
    }
    int last = lastContentToken(se);
    for (int k = p + 1; k <= last && k < p + 8; k++) {
      if (!tok(k).isWord()) {
        if (k >= p + 3 && tok(k - 2).is("to") && tok(k - 1).isCapitalized()) {
          // "called this dubious to Népszava, as …": an adjective before the one told may still name it
          break;
        }
        return p;
      }
      if (tok(k).is("the") && k + 1 <= last && CALLED_SUPERLATIVES.has(tok(k + 1))
          // but "called the police the first time", "the last week of May": a time
          && !(k + 2 <= last && (TIME_NOUNS.has(tok(k + 2)) || tok(k + 2).is("time") || tok(k + 2).is("times")))) {
        // "called the crisis the worst in the world", "called the attack the deadliest in a decade"
        int end = k + 1;
        while (end + 1 <= last && tok(end + 1).isWord() && !objectStop.has(tok(end + 1))) {
          end++;
        }
        return end;
      }
      if ((tok(k).is("a") || tok(k).is("an")) && k + 1 <= last && tok(k + 1).isLowerCase()) {
        int end = k + 1;
        while (end + 1 <= last && tok(end + 1).isWord() && !objectStop.has(tok(end + 1))
            && !TIME_WORDS.has(tok(end + 1))) {
          end++;
        }
        return TIME_NOUNS.has(tok(k + 1)) || QUANTITY_NOUNS.has(tok(k + 1)) ? p : end;
      }
    }
    return adjectiveNamed(p, last);
  }

  private static final WordSet DEMONSTRATIVES = WordSet.of("it", "this", "that", "these", "those");
  /** Superlatives that say what something was called after "the": "called it the worst in years". */
  private static final WordSet CALLED_SUPERLATIVES = WordSet.of("worst", "best", "largest", "biggest", "greatest",
      "highest", "lowest", "deadliest", "strongest", "weakest", "most", "least", "first", "last", "only", "longest",
      "toughest", "harshest", "gravest", "heaviest", "oldest", "richest", "poorest", "smallest", "fastest");

  /** Endings of adjectives that characterise: "dubious", "unacceptable", "baseless", "historic". */
  private static final List<String> CHARACTERISING_ENDINGS = List.of("ous", "able", "ible", "less", "ful", "ive",
      "ic", "ical", "ant", "ent", "ary", "ory", "ish", "al");

  /**
   * "called the plan dubious", "called the claims baseless": a short object and an adjective that
   * ends its clause; returns the adjective, or {@code p} if there is none.
   */
  private int adjectiveNamed(int p, int last) {
    if (!(isDeterminerAt(p) || OBJECT_PRONOUNS.has(tok(p)) || DEMONSTRATIVES.has(tok(p))
        || tok(p).isCapitalized())) {
      return p;
    }
    // after an article the next word is the noun, not what it is called: "called the hospital, which …"
    int from = tok(p).is("the") || tok(p).is("a") || tok(p).is("an") || tok(p).is("his") || tok(p).is("her")
        || tok(p).is("its") || tok(p).is("their") ? p + 2 : p + 1;
    for (int k = from; k <= last && k < p + 6 && tok(k).isWord(); k++) {
      Token t = tok(k);
      // "called this dubious to Népszava": the one it was said to, a name, ends it too
      boolean toName = k + 2 <= last && tok(k + 1).is("to") && tok(k + 2).isCapitalized() && usable(startsAt[k + 2])
          && (startsAt[k + 2].end > last || !tok(startsAt[k + 2].end).isWord());
      boolean clauseEnds = k == last || !tok(k + 1).isWord() || tok(k + 1).is("and") || tok(k + 1).is("but")
          || toName;
      if (clauseEnds && t.isLowerCase() && t.text.length() > 4 && t.lexeme.mask == 0 && t.lexeme.cue == null
          && CHARACTERISING_ENDINGS.stream().anyMatch(t.text::endsWith)) {
        return k;
      }
    }
    return p;
  }

  private static final WordSet RELATIVE_ADVERBS = WordSet.of("also", "long", "still", "often", "since", "already",
      "previously", "repeatedly");
  private static final WordSet PARTICIPLE_SUBORDINATORS = WordSet.of("after", "before", "while", "when", "since");
  private static final WordSet WORDS_CARRIED = WordSet.of("slogans", "signs", "banners", "placards", "posters",
      "banner", "placard", "sign", "leaflets", "flyers", "chants");
  /** Acts whose object may be sent to someone: "requesting the new rules to Elaine Chao". */
  private static final Set<SpeechAct> ADDRESSED_ACTS = java.util.EnumSet.of(SpeechAct.ASK, SpeechAct.PROPOSE,
      SpeechAct.DEMAND, SpeechAct.URGE);
  /** "called the hotline a dozen times", "a couple of hours later": how often or when, not a name. */
  private static final WordSet QUANTITY_NOUNS = WordSet.of("dozen", "couple", "total", "number", "lot", "little",
      "bit", "handful", "series", "half", "few", "second", "third", "fourth", "final", "last");
  private static final WordSet SPEAK = WordSet.of("speak", "speaks", "spoke", "speaking");
  /** After "spoke on": a manner or a setting, not a topic ("on condition of anonymity", "on the sidelines"). */
  private static final WordSet NOT_TOPICS = WordSet.of("condition", "behalf", "sidelines", "phone", "telephone",
      "television", "radio", "camera", "record", "stage", "air", "background", "line", "way");
  private static final WordSet CALL = WordSet.of("call", "calls", "called", "calling");
  private static final WordSet TIME_NOUNS = WordSet.of("day", "week", "month", "year", "hour", "minute", "night",
      "morning", "afternoon", "evening", "few", "second", "time");

  /**
   * Whether the cue is speech still to come, or that only might come ("is expected to announce",
   * "plans to urge", "will say", "could announce"), with no other cue in its sentence to report it.
   */
  private boolean plannedOnly(Cue cue, int ss, int se) {
    int k = cue.start();
    int modal = k - 1;
    while (modal > ss && (isAdverb(tok(modal)) || tok(modal).is("also") || tok(modal).is("soon"))) {
      modal--;
    }
    // "will announce", "could announce his cabinet as early as Monday", "may say more": speech to
    // come, or that might come
    boolean future = modal >= ss && MODALS.has(tok(modal))
        || k - 2 >= ss && tok(k - 1).is("to") && FUTURE.has(tok(k - 2));
    if (!future) {
      return false;
    }
    for (int j = ss; j < se; j++) {
      if (cueAt[j] && (j < cue.start() - 2 || j >= cue.end())) {
        return false;
      }
    }
    return true;
  }

  /** Modals of speech to come or that might come; not "would", which also tells of the past ("would later say"). */
  private static final WordSet MODALS = WordSet.of("will", "could", "may", "might", "should", "shall");
  private static final WordSet FUTURE = WordSet.of("expected", "set", "due", "plan", "plans", "planned", "intend",
      "intends", "intended", "hope", "hopes", "hoped", "going", "scheduled", "poised", "likely");

  /** Words that open a question the writer asks: "What did Baerbock say in Tianjin?". */
  private static final WordSet QUESTION_OPENERS = WordSet.of("What", "Why", "How", "When", "Where", "Who", "Did",
      "Does", "Do", "Will", "Would", "Can", "Could", "Should");

  /** Whether the sentence from {@code ss} to {@code se} is a question of the narrative, outside any quotation. */
  private boolean askedInNarrative(int ss, int se) {
    return se - ss >= 3 && QUESTION_OPENERS.has(tok(ss)) && tok(se - 1).isPunct('?')
        && !isInsideQuote(tok(ss).begin);
  }

  /**
   * Whether the cue at {@code k} opens a short quotation, after an adverb at most, whose subject is the
   * capitalised word or the mention that can speak right before the opening mark: "Tokyo “sternly protested” the
   * launches", "The minister "strongly condemned" the attack"; the verb is quoted, and the act is the subject's.
   */
  private boolean quotedVerbAt(int k) {
    int open = CueFinder.openingMarkBefore(toks, k);
    Quote q = open < 0 ? null : quoteByOpenToken.get(open);
    return q != null && q.closed() && open > 0 && tok(open - 1).isWord()
        && (tok(open - 1).isCapitalized() || endsAt[open] != null && endsAt[open].canSpeak())
        && !isInsideQuote(tok(open - 1).begin) && k + 3 < tokens.size() && q.outer().end() <= tok(k + 3).end;
  }

  /**
   * A statement quoted inside another: "“Prime Minister Wong reiterated that Singapore has a clear
   * ‘one China’ policy,” it said". The embedded speaker is named right before the cue, within the
   * quotation; what they said is the clause after it.
   */
  private void embedded(Cue cue) {
    int k = cue.start();
    Ment speaker = k > 0 ? endsAt[k] : null;
    if (speaker != null && speaker.start > 0 && CONDITIONAL.has(tok(speaker.start - 1))) {
      // "If the Senate confirms me, …": a condition, not a report of speech
      return;
    }
    if (speaker != null && speaker.type == Ment.Type.CANDIDATE && speaker.end - speaker.start == 1
        && (speaker.start == 0 || sentenceOf[speaker.start - 1] != sentenceOf[speaker.start]
            || tok(speaker.start - 1).kind == Token.Kind.QUOTE)
        && (tok(speaker.start).text.endsWith("s") || bareFormAt(k))) {
      // "Visitors wonder whether …": a plural noun capitalised by the sentence, not a name; ""What do I do? Just
      // tell him that I love him"": a word before a verb's bare form, an order given, not a name
      return;
    }
    if (notSpeech(cue, sentenceEnd[sentenceOf[k]])) {
      return;
    }
    if (speaker == null || !speaker.canSpeak() || !speaker.insideQuote || speaker.type == Ment.Type.PRONOUN
        || speaker.type == Ment.Type.ANONYMOUS
        || speaker.type == Ment.Type.CANDIDATE && (!speaker.hasName() || speaker.kind != null)
        || speaker.kind == dev.demarche.model.ActorKind.DOCUMENT) {
      return;
    }
    int s = sentenceOf[k];
    int se = sentenceEnd[s];
    Quote q = quoteBefore(tok(k).begin);
    int p = cue.end();
    if (p < se && tok(p).is("that")) {
      p++;
    }
    if (p >= se || q == null) {
      return;
    }
    if (p + 1 < se && (tok(p).isPunct(',') || tok(p).isPunct(':')) && nestedByBegin.containsKey(tok(p + 1).begin)) {
      // "… and President Trump said, 'Let's talk about it tomorrow.'": his own words
      Quote inner = nestedByBegin.get(tok(p + 1).begin);
      if (inner.closed() && !inner.inner().isEmpty()) {
        drafts.add(new Draft(speaker, cue, inner.inner().begin(), inner.inner().end(), StatementMode.DIRECT, cue.act(), s));
      }
      return;
    }
    int before = drafts.size();
    clause(cue, speaker, p, s, se);
    for (int d = before; d < drafts.size(); d++) {
      Draft draft = drafts.get(d);
      // the embedded content ends with the quotation that holds it
      draft.contentEnd = Math.min(draft.contentEnd, q.inner().end());
      while (draft.contentEnd > draft.contentBegin && ",.;: ".indexOf(text.charAt(draft.contentEnd - 1)) >= 0) {
        draft.contentEnd--;
      }
    }
    drafts.subList(before, drafts.size()).removeIf(d -> d.contentEnd <= d.contentBegin);
  }

  /** "her comments about the budget were reported": a finite verb ends the object, unless relative. */
  private static final WordSet FINITE_AFTER_OBJECT = WordSet.of("is", "are", "was", "were", "has", "have", "had");
  static final WordSet RELATIVES = WordSet.of("which", "who", "that", "whom", "whose");

  /** Acts whose nouns take what was asked, urged or promised as an infinitive: "a request to leave". */
  private static final Set<SpeechAct> INFINITIVE_NOUN_ACTS = java.util.EnumSet.of(SpeechAct.ASK, SpeechAct.URGE,
      SpeechAct.DEMAND, SpeechAct.PROPOSE, SpeechAct.PROMISE, SpeechAct.THREATEN);

  /** Words that open an indirect question: "asked whether she would resign". */
  private static final WordSet QUESTION_WORDS = WordSet.of("if", "whether", "how", "why", "what");
  /** Question words that may also open a relative clause of the addressee. */
  private static final WordSet RELATIVE_QUESTION_WORDS = WordSet.of("who", "which", "where", "when");
  private static final WordSet ADVERBIAL_OBJECTS = WordSet.of("alone", "together", "again", "outside", "away",
      "home", "abroad", "twice", "once", "repeatedly", "loudly", "peacefully");
  private static final WordSet PLATFORMS = WordSet.of("site", "sites", "platform", "platforms", "account", "page");
  private static final WordSet NOMINAL_OBJECT = WordSet.of("about", "on", "of", "over", "against", "regarding",
      "concerning");
  /** What a medium asks for as routine, no topic of a request: "a request for comment". */
  private static final WordSet NOT_FOR_TOPICS = WordSet.of("comment", "comments", "interview", "interviews",
      "reaction", "response");
  /** Words of a length of time after "for": "for the second time", "for weeks", "for three days". */
  private static final WordSet DURATION_NOUNS = WordSet.of("time", "times", "day", "days", "week", "weeks", "month",
      "months", "year", "years", "hour", "hours", "decade", "decades", "night", "nights", "minute", "minutes");

  /**
   * Whether "for" at {@code p} begins a length of time: "for the second time", "for weeks", "for
   * three days running".
   */
  private boolean forTimeAt(int p, int se) {
    for (int k = p + 1; k < se && k <= p + 4; k++) {
      if (DURATION_NOUNS.has(tok(k))) {
        return true;
      }
      if (!(isDeterminerAt(k) || tok(k).isCount() || tok(k).isLowerCase() && tok(k).text.endsWith("th")
          || tok(k).is("first") || tok(k).is("second") || tok(k).is("third") || tok(k).is("several")
          || tok(k).is("many") || tok(k).is("few") || tok(k).is("last") || tok(k).is("past"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The acts whose nouns take what they ask for, praise or regret after "for": "the protesters'
   * demands for an inquiry", "Labour's call for early elections", "his apology for the remarks".
   */
  private static final Set<SpeechAct> FOR_OBJECT_ACTS = java.util.EnumSet.of(SpeechAct.DEMAND,
      SpeechAct.URGE, SpeechAct.ASK, SpeechAct.PROPOSE, SpeechAct.PRAISE, SpeechAct.APOLOGIZE, SpeechAct.CRITICIZE);

  /**
   * A noun of speech with its own speaker: "Macron's recommendation that …" and "assurances from
   * the US that …" say the clause; "his comments about Berlin deciding …" and "Tsvangirai's
   * allegations of fraud" report an act about the object. A bare "his comments" says nothing.
   */
  private void nominal(Cue cue) {
    int k = cue.start();
    if (isInsideQuote(tok(k).begin)) {
      return;
    }
    int s = sentenceOf[k];
    int ss = sentenceStart[s];
    int se = sentenceEnd[s];
    Ment speaker = null;
    int p = cue.end();
    int afterTime = CueFinder.pastShortTime(toks, p, se);
    if (afterTime > p && afterTime + 1 < se && (tok(afterTime).is("from") || tok(afterTime).is("by"))) {
      // "a warning last week from a senior commander that …": past the time
      p = afterTime;
    }
    Ment described = mentionEndingAt(k, ss);
    int owner = ownerBefore(k, ss);
    if (described != null && described.possessor != null) {
      speaker = described.possessor;
    } else if (described != null && described.author != null) {
      // "the palace issued a statement to the effect …": its author
      speaker = described.author;
    } else if (p + 1 < se && tok(p).is("from")) {
      speaker = speakerAfter(p + 1, se);
    } else if (p + 1 < se && (tok(p).is("of") || tok(p).is("by")) && speakerAfter(p + 1, se) != null
        // but "Her criticism of the plan": the owner before the noun speaks, and the plan is criticised
        && owner < 0) {
      // "the request of Prime Minister Johnson to …"; "allegations of widespread fraud" is an object
      speaker = speakerAfter(p + 1, se);
    } else if (owner >= 0) {
      // "his comments", "Tsvangirai's allegations": the pronoun, or the mention before the possessive
      speaker = startsAt[owner] != null && startsAt[owner].type == Ment.Type.PRONOUN
          ? startsAt[owner] : mentionEndingAt(owner - 1, ss);
    }
    if (speaker == null || !speaker.canSpeak() || p >= se) {
      return;
    }
    if (NOMINAL_OBJECT.has(tok(p))) {
      for (int j = p + 1; j + 1 < se && j < p + 8 && tok(j).isWord(); j++) {
        if (cueAt[j] && tok(j).isLowerCase() && !tok(j).text.endsWith("ing")
            && (tok(j + 1).isPunct(':') || tok(j + 1).is("that") || quoteByOpenToken.containsKey(j + 1))) {
          // "The family's statement on his death read: "…"": the statement is the subject of the cue
          return;
        }
        if (FINITE_VERBS.has(tok(j)) || RELATIVES.has(tok(j)) || tok(j).is("came")
            || tok(j).isLowerCase() && tok(j).text.endsWith("ed")) {
          // but in "allegations of fraud were dismissed by officials who said …" the cue is another's
          break;
        }
      }
    }
    List<Ment> others = new ArrayList<>(1);
    if (speaker.start > k) {
      p = speaker.end;
      // "a proposal by Paraguay and Eswatini to invite Taiwan": each author
      // but "a proposal by Procter and Gamble": one company's name, which the finder may part
      // "criticism from the US, Britain and France": each of a list that ends with "and"
      while (p + 1 < se && (tok(p).is("and") || tok(p).isPunct(',') && listGoesOnToAnd(p + 1, se))
          && listedAt(p + 1, se) != null && listedAt(p + 1, se).canSpeak()
          && others.size() < 4 && knownOrPerson(speaker) && knownOrPerson(listedAt(p + 1, se))) {
        others.add(listedAt(p + 1, se));
        p = listedAt(p + 1, se).end;
      }
    }
    if (p >= se) {
      return;
    }
    int before = drafts.size();
    nominalContent(cue, speaker, k, p, s, ss, se);
    if (drafts.size() == before && speaker.start > k) {
      reactionDrawn(cue, speaker, k, s, ss);
    }
    for (int d = before, made = drafts.size(); d < made; d++) {
      Draft first = drafts.get(d);
      for (Ment other : others) {
        drafts.add(new Draft(other, first.cue, first.contentBegin, first.contentEnd, first.mode, first.act,
            first.sentence));
      }
    }
  }

  /** Verbs whose subject drew a reaction named after them: "drew criticism from", "sparking condemnation from". */
  private static final WordSet DRAWING_VERBS = WordSet.of("drew", "draw", "draws", "drawn", "drawing", "sparked",
      "spark", "sparks", "sparking", "prompted", "prompt", "prompts", "prompting", "triggered", "trigger",
      "triggers", "triggering", "provoked", "provoke", "provokes", "provoking", "attracted", "attracts",
      "attracting", "earned", "earns", "earning", "received", "receives", "receiving", "won", "wins", "winning",
      "garnered", "garners", "garnering");

  /** Verbs of drawing in their bare form, which only a negation or modal comes before: "did not draw". */
  private static final WordSet DRAWING_BARE = WordSet.of("draw", "spark", "prompt", "trigger", "provoke");
  /** Words that make a reaction one not drawn, or not yet. */
  private static final WordSet UNREAL = WordSet.of("not", "never", "n't", "would", "could", "may", "might", "will",
      "can", "to", "should", "must");
  /** The acts of reactions a thing draws from a speaker: criticism, protest, praise, welcome, rejection, alarm. */
  private static final Set<SpeechAct> REACTION_ACTS = java.util.EnumSet.of(SpeechAct.CRITICIZE, SpeechAct.DENOUNCE,
      SpeechAct.PRAISE, SpeechAct.WELCOME, SpeechAct.REJECT, SpeechAct.EXPRESS_CONCERN);
  /** Auxiliaries and adverbs before a verb of drawing. */
  private static final WordSet DRAWING_AUXILIARIES = WordSet.of("has", "have", "had", "was", "were", "is", "are",
      "been", "also", "already", "quickly", "swiftly", "immediately", "soon");

  /**
   * "The embassy siege drew strong protest from the EU", "Syria returned to the Arab League, sparking criticism from
   * the US": a noun of speech after a verb of drawing, from a speaker, is about what drew it: the sentence's subject
   * before the verb, or the clause before a participle and its comma.
   */
  private void reactionDrawn(Cue cue, Ment speaker, int k, int s, int ss) {
    if (!REACTION_ACTS.contains(cue.act()) || speaker.end < tokens.size()
        && (tok(speaker.end).is("'") || tok(speaker.end).is("’"))) {
      // "drew interest from investors", "prompted a call from Biden": no reaction said; "protests from the victims'
      // families": not the victims
      return;
    }
    int v = k - 1;
    while (v > ss && v >= k - 3 && tok(v).isLowerCase() && !DRAWING_VERBS.has(tok(v))
        && (isAdverb(tok(v)) || isDeterminerAt(v) || (tok(v).lexeme.mask & nounBits) == 0 && !cueAt[v])) {
      // "drew strong protest", "sparked widespread criticism", "drew a sharp rebuke"
      v--;
    }
    if (v <= ss || !DRAWING_VERBS.has(tok(v)) || DRAWING_BARE.has(tok(v))) {
      // "failed to draw", "could spark", "did not draw": no reaction drawn
      return;
    }
    int end = v;
    boolean participle = tok(v).text.endsWith("ing");
    if (participle) {
      if (!tok(v - 1).isPunct(',')) {
        return;
      }
      end = v - 1;
    } else {
      while (end - 1 > ss && DRAWING_AUXILIARIES.has(tok(end - 1))) {
        // "The plan has drawn praise"
        end--;
      }
      if (end - 1 > ss && UNREAL.has(tok(end - 1))) {
        // "have not drawn", "never drew", "would draw": no reaction drawn
        return;
      }
      if (end - 1 > ss && tok(end - 1).is("which")) {
        // "The mayor said taxes would rise, which drew criticism from unions": what the relative follows
        end--;
      } else if (end - 1 > ss && tok(end - 1).is("that") && end - 2 > ss && tok(end - 2).isLowerCase()
          && tok(end - 2).isWord() && !cueAt[end - 2] && !FINITE_VERBS.has(tok(end - 2))) {
        // "The plan, a move that sparked criticism from Beijing": the noun the relative follows; and for a noun
        // that sums up the clause before it ("Japan released the water, a move that drew protest from China"),
        // that clause
        end--;
        if (end - 3 > ss && isDeterminerAt(end - 2) && tok(end - 3).isPunct(',')) {
          end -= 2;
        }
      }
      if (tok(end - 1).isPunct(',')) {
        // "The siege, and the refusal to protect staff, drew …"
        end--;
      }
    }
    int begin = Math.max(datelineEnd(tokens, ss, end), ss);
    for (int j = end - 1; j > begin; j--) {
      if (cueAt[j] || tok(j).is("that")) {
        // "China said the drills drew condemnation from Japan": the drills
        begin = j + 1;
        break;
      }
    }
    if (end - begin < 1 || isInsideQuote(tok(begin).begin)) {
      return;
    }
    drafts.add(new Draft(speaker, cue, tok(begin).begin, tok(end - 1).end, StatementMode.REPORTED_ACT, cue.act(), s));
  }

  /**
   * Whether {@code pronoun} is "they" inside what one person said ("Borrell said they agreed to continue …", "Modi
   * said they discussed trade"): others, who speak in a statement of their own; not inside what a body, a group or
   * "they" said ("Police said they arrested two men").
   */
  private boolean othersInsidePerson(Ment pronoun, int s, int at) {
    if (!tok(pronoun.start).is("they") && !tok(pronoun.start).is("They")) {
      return false;
    }
    Draft outer = lastDraftInSentence(s, at);
    if (outer == null || outer.speaker == null || outer.cue == null) {
      return false;
    }
    // "they" opens what was said ("Borrell said they agreed …"; not "… said the Americans had not responded and they
    // had promised …"), and says something after its cue ("agreed to …"; not "agreed on a road map")
    int open = outer.cue.end();
    if (open < pronoun.start && tok(open).is("that")) {
      open++;
    }
    if (open != pronoun.start || at + 1 >= tokens.size()
        || !(tok(at + 1).is("to") || tok(at + 1).is("that") || quoteByOpenToken.containsKey(at + 1))
        || !metBefore(pronoun.start)) {
      return false;
    }
    Ment m = outer.speaker;
    return m.type == Ment.Type.PERSON || m.type == Ment.Type.PRONOUN && (tok(m.start).is("he") || tok(m.start).is("He")
        || tok(m.start).is("she") || tok(m.start).is("She"))
        || m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameEnd - m.nameStart >= 2;
  }

  /**
   * Whether two persons named in the sentence of {@code k} or the one before, before it, have a word of meeting
   * between them ("Vucic met Kurti in Brussels"), whom a "they" at {@code k} stands for.
   */
  private boolean metBefore(int k) {
    int s = sentenceOf[k];
    int from = sentenceStart[Math.max(0, s - 1)];
    Ment last = null;
    boolean meeting = false;
    for (int j = from; j < k; j++) {
      Ment m = startsAt[j];
      if (m != null && (m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName())) {
        if (last != null && meeting) {
          return true;
        }
        last = m;
        meeting = false;
        j = Math.max(j, m.end - 1);
      } else if (last != null && MEETING_WORDS.has(tok(j))) {
        meeting = true;
      }
    }
    return false;
  }

  /** Words of a meeting between two persons named around them. */
  private static final WordSet MEETING_WORDS = WordSet.of("met", "meets", "meeting", "talks", "hosted", "received",
      "visited", "phoned", "called");

  /** Whether {@code m} is a name a list knows, or a titled or full-named person. */
  private static boolean knownOrPerson(Ment m) {
    return m.type == Ment.Type.NAMED || m.type == Ment.Type.PERSON
        || m.type == Ment.Type.CANDIDATE && m.kind == null && m.nameEnd - m.nameStart >= 2;
  }

  /** What a noun of speech says, from {@code p}: its clause, infinitive or object. */
  private void nominalContent(Cue cue, Ment speaker, int k, int p, int s, int ss, int se) {
    if (p + 3 < se && tok(p).is("to") && tok(p + 1).is("the") && tok(p + 2).is("effect")) {
      // "a statement to the effect the king considered it inappropriate"
      clause(cue, speaker, tok(p + 3).is("that") ? p + 4 : p + 3, s, se);
    } else if (tok(p).is("that") && !(p + 1 < se && (FINITE_VERBS.has(tok(p + 1))
        || tok(p + 1).isLowerCase() && pastForm(tok(p + 1)) && !participleBeforeNoun(p + 1, se)))) {
      // but "his account that was linked to the campaign", "protests that grew into a civil war" are relative
      // clauses
      clause(cue, speaker, p + 1, s, se);
    } else if (startsClause(p, se) && finiteVerbWithin(p + 1, se) && !opensSentence(Math.min(k, speaker.start), ss)
        && !afterFrontedPreposition(Math.min(k, speaker.start), ss)) {
      // "Macron's recommendation the fires be added to the agenda": a clause without "that"
      clause(cue, speaker, p, s, se);
    } else if (p + 1 < se && beForms.has(tok(p)) && tok(p + 1).is("that")) {
      // "The government's argument was that …"
      clause(cue, speaker, p + 2, s, se);
    } else if (p + 1 < se && (NOMINAL_OBJECT.has(tok(p))
            || tok(p).is("for") && FOR_OBJECT_ACTS.contains(cue.act()) && !forTimeAt(p, se)
                // "did not respond to Reuters' request for comment": a medium's routine request
                && !NOT_FOR_TOPICS.has(tok(p + 1)) && !(isDeterminerAt(p + 1) && p + 2 < se
                    && NOT_FOR_TOPICS.has(tok(p + 2))))
        && !timeAdjunctAt(p)) {
      // but "her protest on August 20" was made on a day, not about it
      int end = se;
      if (opensSentence(Math.min(k, speaker.start), ss)) {
        // "His comments on trade angered Beijing": the subject's topic ends at the sentence's verb
        for (int j = p + 2; j < se; j++) {
          if (FINITE_VERBS.has(tok(j)) || (IRREGULAR_PAST.has(tok(j)) || TOPIC_ENDING_PAST.has(tok(j)))
                  && !isDeterminerAt(j - 1)
              || tok(j).isLowerCase() && tok(j).text.endsWith("ed")
              && !isDeterminerAt(j - 1) && !isAdverb(tok(j - 1)) && j + 1 < se
              // a verb with its object: "angered Beijing", "sparked a row"; not "tariffs imposed
              // last year"; "appeared to work"
              && (isDeterminerAt(j + 1) || tok(j + 1).isCapitalized() || OBJECT_PRONOUNS.has(tok(j + 1))
                  || tok(j + 1).is("to")
                  // "His family's announcement of his death specified no cause"
                  || tok(j + 1).is("no"))) {
            end = j;
            break;
          }
        }
      }
      object(cue, speaker, p + 1, s, end);
    } else if (includesAt(p, se) > p && speaker.start < k) {
      // "Protesters' demands include an inquiry on June 12, …", "their demands have included …",
      // "… have expanded to …": what they demand, the whole list
      int from = includesAt(p, se);
      int last = lastContentToken(se);
      if (last >= from) {
        add(cue, speaker, tok(from).begin, tok(last).end, s, true);
      }
    } else if (p + 1 < se && tok(p).is("to") && tok(p + 1).isLowerCase() && !isDeterminerAt(p + 1)
        && (tok(p + 1).lexeme.mask & nounBits) == 0 && INFINITIVE_NOUN_ACTS.contains(cue.act())
        && !opensSentence(Math.min(k, speaker.start), ss)) {
      // "Johnson's request to suspend Parliament", "the threat by Washington to impose tariffs"
      clause(cue, speaker, p, s, se);
    }
  }

  /**
   * Where the owner of the noun at {@code k} is marked, within three words before it: a possessive
   * pronoun, or a possessive's mark after the owner's mention; -1 if none.
   */
  private int ownerBefore(int k, int ss) {
    for (int j = k - 1; j >= ss && j >= k - 3; j--) {
      Ment m = startsAt[j];
      if (m != null && m.type == Ment.Type.PRONOUN || tok(j).text.equals("'s") || tok(j).text.equals("’s")
          || tok(j).text.equals("'") || tok(j).text.equals("’")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The token after a time or place between an inverted cue and its speaker, set off by commas (", on
   * Monday in Rabat,") or a time alone ("on Monday"); or -1.
   */
  private int invertedAdjunctEnd(int p, int se) {
    boolean commas = p < se && tok(p).isPunct(',');
    int from = commas ? p + 1 : p;
    if (from >= se || !ADJUNCT_PREPOSITIONS.has(tok(from)) && !TIME_WORDS.has(tok(from))) {
      return -1;
    }
    if (commas) {
      for (int k = from + 1; k + 1 < se && k < from + 8; k++) {
        if (tok(k).isPunct(',')) {
          return adjunctOnly(from, k - 1) ? k + 1 : -1;
        }
      }
      return -1;
    }
    int k = from;
    while (k < se && k < from + 4 && (TIME_GLUE.has(tok(k)) || TIME_WORDS.has(tok(k)) || PARTS_OF_DAY.has(tok(k)))) {
      k++;
    }
    return k > from && k < se && tok(k).isCapitalized() ? k : -1;
  }

  /** The mention that starts at {@code p}, or after a "the" there, if it can be a speaker. */
  private Ment speakerAfter(int p, int se) {
    int at = p < se && (tok(p).is("the") || tok(p).is("The")) && !usable(startsAt[p]) ? p + 1 : p;
    return at < se && usable(startsAt[at]) ? startsAt[at] : null;
  }

  /** Whether the noun phrase at {@code k} follows a preposition that opens the sentence: "After his remarks …". */
  private boolean afterFrontedPreposition(int k, int ss) {
    int j = phraseStart(k, ss);
    return j - 1 == ss && (PREPOSITIONS.contains(tok(ss).text.toLowerCase(java.util.Locale.ROOT))
        || SUBORDINATORS.contains(tok(ss).text.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether the noun phrase around token {@code k} opens its sentence: "Trump's threat to impose
   * tariffs worried markets" has no end to the infinitive that the rules could find.
   */
  private boolean opensSentence(int k, int ss) {
    return phraseStart(k, ss) == ss;
  }

  /** The start of the noun phrase at {@code k}, before up to three determiners. */
  private int phraseStart(int k, int ss) {
    int j = k;
    while (j > ss && j > k - 3 && tok(j - 1).isWord() && (tok(j - 1).lexeme.mask & determinerBit) != 0) {
      j--;
    }
    return j;
  }

  private void attribute(Cue cue) {
    attributing = cue;
    if (cue.start() == skippedCue) {
      return;
    }
    int s = sentenceOf[cue.start()];
    int ss = sentenceStart[s];
    int se = dashAsideEnd(cue.start(), ss, sentenceEnd[s]);
    if (adjunctOnlyInRelativeClause(cue, se)) {
      // "Obanikoro, who tweeted on his official handle on Monday, said …": where the relative clause's
      // speaker spoke, not what; the verb after the clause says it
      return;
    }
    Ment conditioned = cue.start() > ss ? endsAt[cue.start()] : null;
    if (conditioned != null && conditioned.start > ss && CONDITIONAL.has(tok(conditioned.start - 1))
        && !tok(conditioned.start - 1).text.equalsIgnoreCase("whether")
        && !isInsideQuote(tok(cue.start()).begin)) {
      // "ready to assist if local governments requested help": a condition, not a report of speech
      return;
    }
    if (askedInNarrative(ss, sentenceEnd[s])) {
      // "What did Baerbock say in Tianjin?": the writer's question, a heading, asks what was said
      return;
    }
    if (obligedAt(cue.start(), ss)) {
      // "said the government must apologise", "companies should disclose their emissions": what one
      // ought to say, not what was said
      return;
    }
    if (cue.start() > ss && bareVerb(tok(cue.start())) && !isInsideQuote(tok(cue.start()).begin)
        && singularSubjectBefore(cue.start(), ss)) {
      // "demanded that Cambodia express regret", "an official protest note": a verb's bare form right after
      // a singular subject is no act done, but one asked for, or no verb at all
      return;
    }
    if (cue.start() > ss && tok(cue.start() - 1).is("and") && bareFormAt(cue.start())) {
      Draft previous = lastDraftInSentence(s, cue.start());
      // "urged trampers to carry a beacon and tell …"; but in "Doctors urge parents to vaccinate and warn
      // that …" the second verb goes with the first, in the present
      if (previous != null && pastForm(tok(previous.cue.start())) && previous.contentBegin <= tok(cue.start()).begin
          && tok(cue.start()).begin < previous.contentEnd) {
        // "urged trampers to carry a beacon and tell someone their plans": part of what was urged
        return;
      }
    }
    if (cue.according()) {
      according(cue, s, ss, se);
      return;
    }
    if (namedInFreeRelative(cue, s, ss, se) || actedInObjectRelative(cue, s, ss, se)) {
      return;
    }
    if (openingParticipleCue(cue, s, ss, se)) {
      return;
    }
    if (summedUp(cue, s, ss) || citedInAside(cue, s, ss, se)) {
      return;
    }
    if ((tok(cue.start()).lexeme.mask & lightVerbBit) != 0 && relativeCueAfterActNoun(cue.end(), se)) {
      // "issued a statement that read: "…"": the statement speaks, by the cue of its relative clause
      return;
    }
    if (cue.end() - cue.start() == 2 && tok(cue.start() + 1).is("it") && asPutIt(cue, s, ss, se)) {
      return;
    }
    if (previousCue != null && sentenceOf[previousCue.start()] == s && insideContentOfPrevious(cue)
        && tok(cue.start()).text.startsWith("expect") && cue.start() > ss
        && (tok(cue.start() - 1).is("and") || tok(cue.start() - 1).is("but"))) {
      // "said it had no sales in China and expected the measures to have no impact": part of what
      // was said
      return;
    }
    if (previousCue != null && sentenceOf[previousCue.start()] == s && insideContentOfPrevious(cue)) {
      // "North Korea warned that it would respond to the drills": a cue inside another
      // statement's content, with a pronoun for its speaker, is part of that content
      List<Ment> inner = leftSpeakers(cue.start(), ss);
      if (!inner.isEmpty() && inner.get(0).type == Ment.Type.PRONOUN
          // but "said he had been told by CSIS that …": the agent of a passive speaks
          && !(isPassive(cue.start(), ss) && cue.end() + 1 < se && tok(cue.end()).is("by")
              && usable(startsAt[cue.end() + 1]))
          && !othersInsidePerson(inner.get(0), s, cue.start())) {
        return;
      }
      int after = cue.end();
      while (after < se && isAdverb(tok(after))) {
        after++;
      }
      if (after > lastContentToken(se) && !inner.isEmpty() && !quoteClosesBefore(inner.get(0).start, ss)) {
        // "Borrell said the bloc would respond.", "… the government would respond calmly.": a cue
        // ending what another said says nothing of its own; but ""…," the agency said" does
        return;
      }
    }
    if (negated(cue.start(), ss) || cue.end() < se && tok(cue.end()).is("nothing")
        && (cue.end() + 1 >= se || !tok(cue.end() + 1).isWord() || PREPOSITIONS.has(tok(cue.end() + 1)))) {
      // "has not commented", "never confirmed", "said nothing": no statement was made
      return;
    }
    if (cue.end() + 1 < se && tok(cue.end()).is("no") && tok(cue.end() + 1).isLowerCase()
        && !tok(cue.end() + 1).is("one") && !finiteVerbWithin(cue.end() + 1, se)) {
      // "specified no date", "gave no reason": nothing was said; but "said no one was hurt" was
      return;
    }
    if (cue.start() - 2 >= ss && tok(cue.start() - 1).is("to") && REFUSALS.has(tok(cue.start() - 2))) {
      // "declined to comment", "refused to say": no statement
      return;
    }
    if (notSpeech(cue, se)) {
      return;
    }
    int rel = cue.start() - 1;
    while (rel > ss && (beForms.has(tok(rel)) || isAdverb(tok(rel)) || tok(rel).is("has")
        || tok(rel).is("have") || tok(rel).is("had") || RELATIVE_ADVERBS.has(tok(rel))
        // "who last week told parliament …"
        || TIME_WORDS.has(tok(rel)) || tok(rel).is("last") || tok(rel).is("earlier") || tok(rel).is("this"))) {
      // "who was described by police as …", "which has long claimed …"
      rel--;
    }
    if (rel - 1 >= ss && (tok(rel).is("which") || tok(rel).is("who")) && tok(rel - 1).isPunct(',')) {
      // "Beijing, which claims Taiwan as its own territory, has not ruled out …": what the
      // relative clause says ends where the clause does
      int close = relativeClauseEnd(cue.end(), se);
      if (close > 0) {
        se = close;
      }
    }
    if (plannedOnly(cue, ss, se)) {
      // "The minister is expected to announce the plan on Monday": speech to come that no source
      // reports
      return;
    }
    if (cue.start() > ss && (tok(cue.start() - 1).is("As") || tok(cue.start() - 1).is("as")) && cue.end() + 1 < se
        && tok(cue.end()).is("by") && usable(startsAt[cue.end() + 1])
        // but "…," as quoted by Greek Reporter": the medium quotes another's words
        && !QUOTING.has(tok(cue.start()))) {
      asReportedBy(cue, s, ss, se);
      return;
    }
    if (isPassive(cue.start(), ss)) {
      passive(cue, s, ss, se);
      return;
    }
    if (cue.start() == ss && tok(cue.start()).is("Asked") && cue.end() + 1 < se && tok(cue.end()).is("by")) {
      askedBy(cue, s, se);
      return;
    }
    if ((NAMING.has(tok(cue.start())) || tok(cue.start()).is("reported")) && cue.start() - 1 > ss
        && (tok(cue.start() - 1).isWord() && tok(cue.start() - 1).isLowerCase()
            // "The suspect, described by police as armed, fled": set off after its noun
            || tok(cue.start() - 1).isPunct(',') && tok(cue.start() - 2).isWord())
        && cue.end() + 1 < se && tok(cue.end()).is("by")
        && usable(startsAt[cue.end() + 1]) && startsAt[cue.end() + 1].end + 1 < se
        && tok(startsAt[cue.end() + 1].end).is("as") && !NOT_NAMING_AS.has(tok(startsAt[cue.end() + 1].end + 1))) {
      // "a pattern described by Maritime Bulletin as "rather hectic"", "a move labelled by critics as
      // reckless", "a cargo plane, reported by local press as belonging to the military,": a
      // participle after its noun, with its agent and the name given, which a quotation ends
      Ment agent = startsAt[cue.end() + 1];
      nameGiven(cue, agent, agent.end + 1, s, se, true);
      return;
    }
    if (QUOTING.has(tok(cue.start())) && usable(startsAt[cue.end()])) {
      int as = asSayingAfter(startsAt[cue.end()].end, se);
      if (as > 0) {
        // "The BBC cited Budi Gunawan, chief of the agency, as saying …": the one cited speaks, and
        // the medium's citing is an act of its own, whose object is the one cited and what they said
        Ment cited = startsAt[cue.end()];
        int before = drafts.size();
        List<Ment> citing = leftSpeakers(cue.start(), ss);
        // ""We were sleeping," the news agency quoted him as saying.": the quotation closes before the one citing
        saying(cited, s, se, as, citing.isEmpty() ? cited.start : citing.get(0).start);
        if (drafts.size() > before && citing.size() == 1
            && drafts.get(drafts.size() - 1).contentBegin >= tok(cited.start).begin) {
          Draft said = drafts.get(drafts.size() - 1);
          Quote q = quoteByOpenToken.get(as + 2);
          if (q == null && as + 3 < se) {
            q = quoteByOpenToken.get(as + 3);
          }
          // up to what was said, with the closing mark of its quotation
          int end = q != null && q.inner().end() == said.contentEnd ? q.outer().end() : said.contentEnd;
          // after what was said: a verb joined by "and" goes on with the one citing
          drafts.add(new Draft(citing.get(0), cue, tok(cited.start).begin, end, StatementMode.REPORTED_ACT,
              cue.act(), s));
        }
        return;
      }
    }
    if (cue.participle() && framingAside(cue, se)) {
      return;
    }
    if (inQuestion(cue.start(), ss)) {
      // "Asked whether he would endorse another candidate, …": what was asked about, not said
      return;
    }
    if (reducedPassive(cue, s, ss, se)) {
      return;
    }
    if (describesNoun(cue, ss, se)) {
      // "a memo posted online by Senator Dalmau", "Factors cited for the drop include …": a past
      // participle describing the noun before it, not a statement
      return;
    }
    List<Ment> speakers = leftSpeakers(cue.start(), ss);
    if (speakers.size() == 1 && speakers.get(0).kind == dev.demarche.model.ActorKind.DOCUMENT
        && speakers.get(0).type == Ment.Type.DESCRIPTION && cue.participle()) {
      // "the G7 issued a joint statement expressing concern": the statement's author speaks
      Draft previous = lastDraftInSentence(s, cue.start());
      Ment document = speakers.get(0);
      if (previous != null && previous.speaker != null && previous.cue != null
          && previous.contentBegin == tok(document.start).begin
          && (tok(previous.cue.start()).lexeme.mask & lightVerbBit) != 0) {
        // "the US and Japan would issue a joint statement confirming …": what the statement
        // confirms is each issuer's, and the issuing says nothing more
        speakers = speakersOf(previous);
        Cue issued = previous.cue;
        drafts.removeIf(d -> d.cue == issued && d.contentBegin == tok(document.start).begin);
      } else if (previous != null && previous.speaker != null) {
        speakers = List.of(previous.speaker);
      } else if (document.start > ss && tok(document.start - 1).isLowerCase()
          && (tok(document.start - 1).lexeme.mask & lightVerbBit) != 0) {
        // "Pompeo sent a letter requesting the new rules": the sender
        Ment subject = subjectOf(ss, document.start);
        if (subject != null) {
          speakers = List.of(subject);
        }
      }
    }
    if (speakers.size() == 1 && speakers.get(0).kind == dev.demarche.model.ActorKind.DOCUMENT
        && speakers.get(0).end == cue.start() && tok(cue.start()).text.endsWith("ed") && cue.end() < se
        // but "The report warned of rising seas" is the document's act
        && !(cue.act() == SpeechAct.WARN && (tok(cue.end()).is("of") || tok(cue.end()).is("about")))
        && (GOVERNING.has(tok(cue.end())) || cue.end() + 1 < se && GOVERNING.has(tok(cue.end() + 1))
            && (tok(cue.end()).is("online") || isAdverb(tok(cue.end()))))) {
      // "In a statement posted to her account, …": a participle describing the document
      return;
    }
    if (cue.participle() && speakers.size() == 1 && speakers.get(0).start > ss
        && GOVERNING.contains(tok(speakers.get(0).start - 1).text.toLowerCase(java.util.Locale.ROOT))
        && !tok(speakers.get(0).start - 1).text.equalsIgnoreCase("with")
        && !authoredBy(speakers.get(0), ss)) {
      // but "with officials saying …" is said by the officials, and "a letter from the ministry
      // saying …" by the ministry
      // "Pompeo posted a message on Twitter blaming Iran": not the object of "on" but the subject
      Draft previous = lastDraftInSentence(s, cue.start());
      Ment subject = previous != null ? previous.speaker : subjectOf(ss, speakers.get(0).start);
      if (subject != null) {
        speakers = List.of(subject);
      }
    }
    boolean inverted = false;
    boolean inherited = false;
    if (cue.participle() && speakers.size() == 1 && cue.start() > ss && !commaBeforeParticiple(cue.start(), ss)
        && isContinuationCue(cue.start())) {
      // "Oguna lamented the relations between the two countries adding that …": the noun before the
      // participle ends the object of the speaker's act, whose speaker goes on
      Draft previous = lastDraftInSentence(s, cue.start());
      Ment left = speakers.get(0);
      // but "the recorder captured the first officer saying …", inside what a source said, is the officer's
      if (previous != null && previous.speaker != null && previous.speaker != left && !mayBePerson(left)
          && previous.mode == StatementMode.REPORTED_ACT
          && previous.contentEnd == tok(cue.start() - 1).end && tok(left.start).begin >= previous.contentBegin) {
        speakers = speakersOf(previous);
        inherited = true;
      }
    }
    Ment withNamed = cue.participle() ? withAppositiveBefore(cue.start(), ss) : null;
    if (withNamed != null) {
      // "…, with its general secretary, Kofi Amoako, saying …": the one named after "with"
      speakers = List.of(withNamed);
    } else if (cue.participle() && cue.start() > ss && commaBeforeParticiple(cue.start(), ss)) {
      // ", saying …", ", citing …", ", also speaking …": the participle continues the sentence's
      // main clause
      Draft previous = lastDraftInSentence(s, cue.start());
      if (previous != null && tok(cue.start()).is("adding") && previous.mode == StatementMode.REPORTED_ACT
          && holder(previous) != null) {
        // "said both sides had agreed to meet again, adding …": what is added goes on with what was
        // said, not with an act reported inside it; but "said the man told officers he had been
        // drinking, adding …" is the man's, and "said Italy had asked …, fearing …" is Italy's fear
        previous = holder(previous);
      }
      if (previous != null && previous.speaker != null && previous.contentBegin <= tok(cue.start()).begin
          && tok(cue.start()).begin < previous.contentEnd) {
        // "said the militia, claiming to act for the state, had seized the port": part of what was said
        return;
      }
      if (previous == null && tok(cue.start()).text.startsWith("signal")) {
        // "Shares fell 5%, signalling investors were worried": what a fact shows, not what anyone said; but
        // "announced a plan, signalling …" goes on with the speaker's act
        return;
      }
      Ment subject = previous != null ? previous.speaker : subjectOf(ss, cue.start());
      Ment contrasted = previous != null ? contrastedSubject(previous, cue.start(), ss) : null;
      if (contrasted != null) {
        // "Ekdahl called for tougher penalties, while the league defended the clubs, saying …": the
        // subject of the clause the participle ends
        speakers = List.of(contrasted);
        inherited = true;
      } else if (subject != null) {
        // "Kenya and Tanzania called for a ceasefire, warning …": each of the speakers; "The U.S., the EU and
        // Ukraine do not recognize the vote, saying …": each item of the list that is the subject
        speakers = previous != null ? speakersOf(previous) : listedSubjects(subject, ss, cue.start());
        inherited = true;
      }
    } else if (speakers.isEmpty() && cue.participle() && cue.start() - 1 == ss
        && FRONTING.has(tok(ss))) {
      // "When announcing the shutdown, Prime Minister Tuilaepa called on …": the main clause's
      // subject, after the comma
      Ment subject = subjectAfterComma(cue.end(), se);
      if (subject != null) {
        speakers = List.of(subject);
        inherited = true;
        // what was announced ends at the comma before the subject
        se = subject.start - 1;
      }
    } else if (speakers.isEmpty() && cue.participle() && cue.start() > ss && tok(cue.start() - 1).is("by")) {
      // "protested by shouting "…"", "responded by saying": the subject does it; the subject of the verb
      // before "by" when another clause opened the sentence ("News that … made headlines before the team
      // doctor, Deb Robinson, allayed the fears by suggesting …")
      Draft previous = lastDraftInSentence(s, cue.start());
      Ment verbSubject = previous == null ? subjectOfVerbBefore(cue.start() - 1, ss) : null;
      Ment subject = previous != null ? previous.speaker
          : verbSubject != null ? verbSubject : subjectOf(ss, cue.start());
      if (subject != null) {
        speakers = List.of(subject);
        inherited = true;
      }
    } else if (speakers.isEmpty() && cue.participle() && cue.start() > ss
        && !NOMINAL_BEFORE_GERUND.has(tok(cue.start() - 1))) {
      // "…, before adding:" continues the speaker; "blamed him for encouraging farmers" does not
      if (withOthersBefore(cue.start(), ss)) {
        // "…, with some local press claiming …": others speak, whom no mention names
        return;
      }
      Draft previous = lastDraftInSentence(s, cue.start());
      if (previous != null && previous.contentBegin <= tok(cue.start()).begin
          && tok(cue.start()).begin < previous.contentEnd) {
        // "demands include that the government cease referring to …": part of what was said
        return;
      }
      if (previous != null) {
        speakers = speakersOf(previous);
        inherited = true;
      } else if (WORDS_CARRIED.has(tok(cue.start() - 1)) && cue.start() - 2 > ss
              && tok(cue.start() - 2).isLowerCase()
          || PARTICIPLE_SUBORDINATORS.has(tok(cue.start() - 1))
          // "Abe stepped down a year later citing ill health": a reason cited is the subject's, comma or not; but
          // not past a clause of its own ("Shares fell after the company cut its outlook citing …")
          || tok(cue.start()).is("citing") && tok(cue.start() - 1).isWord() && !subordinateBetween(ss, cue.start())) {
        // "The minister was criticised after saying the war was over": the subject speaks;
        // "Protesters chanted slogans calling for his resignation", "held signs reading …": the
        // ones who carry the words; but "Road signs reading "Danger" were removed" have no carrier
        Ment subject = subjectOf(ss, cue.start());
        if (subject != null) {
          speakers = List.of(subject);
          inherited = true;
        }
      }
    }
    if (speakers.isEmpty() && !cue.participle() && cue.start() - 2 > ss && tok(cue.start() - 1).isPunct(',')
        && tok(cue.start()).isLowerCase() && !(usable(startsAt[cue.end()]) && INVERTING.has(tok(cue.start())))
        // but "announced the merger, welcomed by investors": a participle with its agent
        && !(cue.end() < se && (tok(cue.end()).is("by") || tok(cue.end()).is("as")))) {
      // "condemned the attack, called for an inquiry and urged restraint": the middle of a list of
      // acts, whose subject made the act before the comma
      Draft previous = lastDraftInSentence(s, cue.start());
      if (previous != null && previous.contentEnd == tok(cue.start() - 2).end) {
        speakers = speakersOf(previous);
        inherited = true;
      }
    }
    int p = cue.end();
    if (speakers.isEmpty() && NAMING_AFTER_NOUN.has(tok(cue.start())) && cue.end() - cue.start() == 1
        && cue.start() > ss && tok(cue.start() - 1).isPunct(',') && !quoteClosesBefore(cue.start(), ss)) {
      // "a device propelled by turbines, called Flyboard Air": the name of the noun before, no
      // speaker after an inverted cue
      return;
    }
    if (speakers.size() == 1 && speakerAfterAside(cue, speakers.get(0), ss, se)) {
      // "A gunman opened fire in El Paso, Texas, with the toll rising to 22, said officials.": the
      // speaker after the cue, not a place inside what was said
      speakers = List.of();
    }
    if (speakers.isEmpty()) {
      Ment right = rightSpeakerAt(p, se);
      int pastAdjunct = right == null && cue.start() > ss && tok(cue.start() - 1).isPunct(',')
          ? invertedAdjunctEnd(p, se) : -1;
      if (pastAdjunct > p && usable(startsAt[pastAdjunct])) {
        // "…, said, on Monday in Rabat, Foreign Minister Nasser Bourita.", "…, said on Monday Foreign Minister
        // Nasser Bourita.": a time or place between the verb and the speaker after it
        right = startsAt[pastAdjunct];
        p = pastAdjunct;
      }
      if (right == null && quoteClosesBefore(cue.start(), ss)) {
        // ""…," said study co-author Karen Alley": a role in common nouns before the name
        right = nameAfterRoleWords(p, se);
      }
      int afterRight = right == null ? p : afterSpeaker(right, se);
      boolean quoteAfter = afterRight < se && quoteByOpenToken.containsKey(afterRight);
      boolean setOff = cue.start() > ss
          && (tok(cue.start() - 1).isPunct(',') || tok(cue.start() - 1).isPunct(':')
              || tok(cue.start() - 1).kind == Token.Kind.QUOTE);
      // ""…," said Kosgei after the race.": right after a closing quote, what follows the speaker
      // is an adjunct whatever its words
      boolean afterQuote = quoteClosesBefore(cue.start(), ss);
      if (cue.start() == ss && tok(cue.start()).isCapitalized()) {
        // "Remarked scientist Tierra Curry, "…"", "Said one resident: "…"": the verb opens the
        // sentence, its speaker follows, then the quotation after a comma or colon
        if (right == null) {
          return;
        }
        right = named(right);
        if (right.type != Ment.Type.PERSON && right.type != Ment.Type.PRONOUN) {
          // "Remarked Center for Biological Diversity scientist Tierra Curry": the person, not the body
          right = holderAfter(right, se);
        }
        // past an apposition to the comma or colon before the quotation: "Said Tom Yates, a professor
        // at the University of Leicester: "…""
        for (int k = right.end; k + 1 < se && k <= right.end + 25; k++) {
          if ((tok(k).isPunct(',') || tok(k).isPunct(':')) && quoteByOpenToken.containsKey(k + 1)) {
            quote(cue, right, k + 1, s, se);
            break;
          }
          if (tok(k).kind == Token.Kind.QUOTE || k > right.end && !tok(k).isPunct(',') && cueAt[k]) {
            break;
          }
        }
        return;
      }
      if (right == null || !setOff || !leftHasContent(cue, ss)
          || !(endsClause(afterRight, se) || quoteAfter || afterQuote)) {
        return;
      }
      right = named(right);
      if (right.type != Ment.Type.PERSON && right.type != Ment.Type.PRONOUN) {
        // ""…," said UCL astronomer Angelos Tsiaras": the person, not the body
        right = holderAfter(right, se);
      }
      Ment alias = givenNameAfter(right, se);
      if (alias != null) {
        // ""…," said a protester using the pseudonym Katya": the name she gave
        right = alias;
      }
      speakers = List.of(right);
      inverted = true;
      p = Math.min(se, MentionFinder.afterNativeName(tokens, right.end));
    }
    Ment addressee = null;
    if (TELL.has(tok(cue.start())) && !inverted && p + 1 < se && tok(p).is("of")
        && tok(p + 1).isLowerCase()) {
      // "told of being forced to re-evaluate her life": what was told of
      for (Ment speaker : speakers) {
        object(cue, speaker, p + 1, s, se);
      }
      return;
    }
    int that = thatWithin(p, se);
    if ((tok(cue.start()).is("ruled") || tok(cue.start()).is("rules")) && cue.end() - cue.start() == 1) {
      // "ruled 6-3 that …", "ruled 3 to 2 that …": the vote before the ruling's clause
      for (int k = p; k < se && k < p + 5; k++) {
        if (tok(k).is("that")) {
          that = k;
          break;
        }
      }
    }
    boolean pastAdjuncts = false;
    if (!inverted) {
      int past = thatPastAdjuncts(p, se, ADDRESSED.has(tok(cue.start())));
      if (past > p) {
        that = past;
        pastAdjuncts = true;
      }
    }
    // "informed the embassy that …", "reminded residents that …": the one addressed, then the clause
    boolean addressed = that > p && ADDRESSED.has(tok(cue.start()))
        && (usable(startsAt[p]) && startsAt[p].end == that
            // "reminded us that …"
            || OBJECT_PRONOUNS.has(tok(p)) && p + 1 == that);
    if (that > p && (TELL.has(tok(cue.start())) || PREPOSITIONS.has(tok(p)) || pastAdjuncts || addressed
        || tok(cue.start()).is("ruled") || tok(cue.start()).is("rules"))) {
      // "told a regular press briefing on Monday that …", "said at a news conference in Taipei
      // that …": what was said follows "that"
      if ((TELL.has(tok(cue.start())) || addressed) && usable(startsAt[p])) {
        addressee = startsAt[p];
      } else if (WRITE_TO.has(tok(cue.start())) && tok(p).is("to") && p + 1 < se && usable(startsAt[p + 1])) {
        // "wrote to the UN that …"
        addressee = startsAt[p + 1];
      }
      p = that;
    } else if (WRITE_TO.has(tok(cue.start())) && p + 1 < se && tok(p).is("to") && usable(startsAt[p + 1])) {
      // "wrote to the mayor that …", "wrote to the council about the plan": the addressee, then
      // what was written; "wrote to the mayor." writes nothing the text gives
      addressee = startsAt[p + 1];
      p = addressee.end;
      if (p + 1 < se && (tok(p).is("about") || tok(p).is("regarding"))) {
        objectsTold(cue, speakers, addressee, p + 1, s, se);
        return;
      }
      if (p >= lastContentToken(se) || !(tok(p).is("that") || tok(p).isPunct(',') || tok(p).isPunct(':')
          || quoteByOpenToken.containsKey(p) || tok(p).isLowerCase() && tok(p).text.endsWith("ing"))) {
        // "wrote to the mayor.", "wrote to her mother every week": nothing the text gives was written
        return;
      }
    } else if (TELL.has(tok(cue.start())) && p < se && !particleCue(cue)) {
      // but "told of hearing gunfire" tells no one
      int before = p;
      if (OBJECT_PRONOUNS.has(tok(p)) && (startsClause(p + 1, se) || p + 2 < se && tok(p + 1).is("to")
          && tok(p + 2).isLowerCase())) {
        // "told them the plan was dead", "told him Beijing would act", "told them to leave": the
        // addressee, then what was said; but "told her mother …" tells her mother
        p++;
      } else if (usable(startsAt[p])) {
        addressee = startsAt[p];
        p = addressee.end;
        if (p < se && WHERE_OF_ADDRESSEE.has(tok(p))) {
          // "told residents of coastal areas to move to higher ground": where those told are, then
          // what they were told to do
          for (int k = p + 1; k + 1 < se && k <= p + 7 && tok(k).isWord() && !cueAt[k] && !FINITE_VERBS.has(tok(k));
              k++) {
            if (tok(k).is("to") && tok(k + 1).isLowerCase() && tok(k + 1).isWord() && !isDeterminerAt(k + 1)) {
              p = k;
              break;
            }
          }
        }
      } else {
        int k = p;
        if (k < se && (tok(k).is("the") || tok(k).is("a") || tok(k).is("our") || tok(k).is("this"))) {
          k++;
        }
        for (int j = k; j < se && j <= k + 3 && tok(j).isWord() && tok(j).isLowerCase(); j++) {
          if (AUDIENCE.has(tok(j)) || TOLD_EVENTS.has(tok(j))) {
            // "told reporters", "told a regular press briefing", "told a parliamentary committee"
            p = j + 1;
            break;
          }
        }
      }
      if (p > before && p + 1 < se && JOINING_CUES.has(tok(p)) && cueAfterAnd(p + 1)) {
        // "told the committee and warned that …": the addressee, then the next act; nothing told here
        return;
      }
      if (p == before && capitalizedNameToEnd(p, lastContentToken(se))) {
        // "…, a diplomatic source told the Middle East News Agency (MENA).": a name no list knows, told
        p = lastContentToken(se) + 1;
      }
      int about = aboutAfterAddressee(before, se);
      if (about > 0) {
        // "told the participants of the meeting about his decision", "told members of parliament about
        // the plan": what they were told about
        objectsTold(cue, speakers, addressee, about + 1, s, se);
        return;
      }
      int medium = p;
      while (p > before && medium < se && tok(medium).isLowerCase() && MEDIUM_NOUNS_AFTER_NAME.has(tok(medium))) {
        medium++;
      }
      if (medium > p && (medium > lastContentToken(se) || tok(medium).isPunct(',') || tok(medium).is("that")
          || PREPOSITIONS.has(tok(medium)))) {
        // "told the Europa Press news agency": what the addressee is; but in "told Wikinews radio
        // broadcasts were used" the noun begins what was told
        p = medium;
      }
      if (p > before && p <= lastContentToken(se)
          && (PREPOSITIONS.has(tok(p)) && !tok(p).is("to") || TIME_ADVERBS.has(tok(p)) || TIME_WORDS.has(tok(p)))
          && lastContentToken(se) - p < 8 && !verbOrClauseBetween(p, lastContentToken(se) + 1)
          // but "told reporters after the meeting prices rise every winter": a clause after the time
          && contentWordsBetween(p + 1, lastContentToken(se) + 1) <= 2) {
        // "…, the governor told reporters at the scene.", "…, told reporters afterwards.": where or
        // when it was told ends the sentence
        p = lastContentToken(se) + 1;
      }
      int name = p;
      while (name < se && name < p + 5 && tok(name).isWord() && tok(name).isCapitalized()) {
        name++;
      }
      if (name > p && name + 1 < se && (tok(name).isPunct(',') || tok(name).isPunct(':'))
          && quoteByOpenToken.containsKey(name + 1)) {
        // ""…," he told Scientific American, "…"": the rest of a name no list knows whole, told
        // before the quotation
        p = name;
      }
      if (p > before && p + 1 < se && tok(p).isPunct(',') && !quoteByOpenToken.containsKey(p + 1)
          && tok(p + 1).isWord() && !isContinuationCue(p + 1) && !SUBORDINATORS.has(tok(p + 1))
          && !hasLeftQuote(speakers.get(0), cue, ss) && startsAt[p + 1] != null) {
        // "told CNN, neighbours from other lodges attempted …": the clause after the comma
        p++;
      }
    }
    if (cue.act() == SpeechAct.RESPOND && p < se && tok(p).is("to") && !inverted) {
      // "responded to the ruling via Twitter: "…"": what was responded to is no content; what
      // follows it may be
      int k = p + 1;
      while (k < se && tok(k).isWord() && !cueAt[k]) {
        k++;
      }
      if (k <= lastContentToken(se) && !tok(k).isPunct(',') && !tok(k).isPunct(':')
          && !quoteByOpenToken.containsKey(k)) {
        k = p;
      }
      if (k > p && k <= lastContentToken(se)) {
        // but "The ministry responded to the criticism." is the act alone
        if (tok(k).isPunct(',') && k + 1 < se && cueAt[k + 1]) {
          // "…, attacking the subpoena": the participle says it
          return;
        }
        if (tok(k).isPunct(':') && k + 1 < se && !quoteByOpenToken.containsKey(k + 1)) {
          // "The ministry responded to the criticism: the report was false."
          for (Ment speaker : speakers) {
            clause(cue, speaker, k + 1, s, se);
          }
          return;
        }
        if (tok(k).isPunct(':') || quoteByOpenToken.containsKey(k)
            || tok(k).isPunct(',') && k + 1 < se && quoteByOpenToken.containsKey(k + 1)) {
          p = k;
        }
      }
    }
    if (!inverted && (tok(cue.start()).lexeme.mask & lightVerbBit) != 0) {
      for (int k = p; k + 2 < se && k < p + 6; k++) {
        if ((tok(k).lexeme.mask & documentHeadBit) != 0 && (tok(k + 1).is("from") || tok(k + 1).is("by"))
            && usable(startsAt[k + 2]) && (isPersonLike(startsAt[k + 2]) || startsAt[k + 2].kind
                == dev.demarche.model.ActorKind.PERSON)
            && startsAt[k + 2].end < se && tok(startsAt[k + 2].end).isPunct(':')) {
          // "the palace issued the following statement from the king: "…"": the author's words
          speakers = List.of(startsAt[k + 2]);
          break;
        }
      }
    }
    p = skipAdjuncts(p, se);
    for (Ment speaker : speakers) {
      int before = drafts.size();
      content(cue, speaker, speakers.get(0), inverted, inherited, p, s, ss, se);
      for (int k = before; k < drafts.size(); k++) {
        drafts.get(k).addressee = addressee;
      }
    }
  }

  /**
   * "The attack was claimed by the Houthi movement": a passive with its agent is a statement of the
   * agent about the subject; without an agent it reports no speaker and no statement.
   */
  private void passive(Cue cue, int s, int ss, int se) {
    int be = cue.start() - 1;
    while (be > ss && !beForms.has(tok(be))) {
      be--;
    }
    if (be <= ss) {
      return;
    }
    if (tok(cue.start()).text.startsWith("appeal")) {
      for (int k = be - 1; k >= ss && k >= be - 4; k--) {
        if (LEGAL_OBJECTS.has(tok(k))) {
          // "The verdict was appealed by prosecutors": a step in a case, not a plea
          return;
        }
      }
    }
    if (tok(cue.start()).is("quoted") || tok(cue.start()).is("cited")
        // "was reported as saying": as one quoted
        || tok(cue.start()).is("reported") && cue.end() + 1 < se && tok(cue.end()).is("as")
            && asParticiple(cue.end() + 1)) {
      // "was quoted by TASS as saying", "was cited by Interfax as saying"
      quotedAsSaying(cue, s, ss, se, be);
      return;
    }
    int by = cue.end();
    if (by < se && tok(by).is("as") && NAMING_PASSIVES.has(tok(cue.start()))) {
      // "The seaman was identified as Jaypee Galicha by a Coast Guard spokesperson": the agent
      // after the name given
      for (int k = by + 1; k + 1 < se && k < by + 10; k++) {
        if (tok(k).is("by")) {
          by = k;
          break;
        }
        if (!tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER) {
          break;
        }
      }
    }
    if (by + 2 < se && !tok(by).is("by") && timeAdjunctAt(by)) {
      // "was told on Wednesday by the minister that …": the agent after a time
      int t = skipAdjuncts(by, se);
      if (t > by && t + 1 < se && tok(t).is("by")) {
        by = t;
      }
    }
    if (by + 1 >= se || !tok(by).is("by")) {
      agentless(cue, s, ss, se, be);
      return;
    }
    int at = by + 1;
    if (!usable(startsAt[at]) && at + 1 < se && tok(at).isLowerCase()) {
      at++;
    }
    if (!usable(startsAt[at])) {
      return;
    }
    Ment agent = nameAfterDescription(named(startsAt[at]), se);
    if (be - 1 == ss && (tok(ss).is("It") || tok(ss).is("it"))) {
      // "It was reported on Tuesday by Bernama that …": what was reported follows the agent
      int p = skipAdjuncts(agent.end, se);
      if (p + 1 < se && tok(p).is("that")) {
        clause(cue, agent, p + 1, s, se);
        return;
      }
    }
    if (ADDRESSED.has(tok(cue.start()))) {
      // "he was told by the minister of "40 people under the rubble"", "was urged by aides to
      // resign": the subject is who was addressed; what was said follows the agent
      int afterAgent = agent.end;
      if (afterAgent + 2 < se && tok(afterAgent).isPunct('(') && tok(afterAgent + 2).isPunct(')')) {
        // "told by the Canadian Security Intelligence Service (CSIS) in June that": past its short name
        afterAgent += 3;
      }
      int p = skipAdjuncts(afterAgent, se);
      if (p + 1 < se && tok(p).is("that")) {
        clause(cue, agent, p + 1, s, se);
      } else if (p + 1 < se && tok(cue.start()).is("told") && (SUBJECT_PRONOUNS.has(tok(p)) || isDeterminerAt(p))
          && mainClauseAfter(p, lastContentToken(se))) {
        // "the agency had been told by North Korea it planned to launch a satellite": the clause with no "that"
        clause(cue, agent, p, s, se);
      } else if (p + 1 < se && (tok(p).is("of") || tok(p).is("about"))) {
        object(cue, agent, p + 1, s, se);
      } else if (p + 1 < se && tok(p).is("to") && tok(p + 1).isLowerCase()) {
        clause(cue, agent, p, s, se);
      } else if (p + 1 < se && (QUESTION_WORDS.has(tok(p)) || RELATIVE_QUESTION_WORDS.has(tok(p)))
          && tok(cue.start()).is("asked") && !framingAsker(agent, agent.start)) {
        // "The minister was asked by Chen whether the deal was final": the question the agent asked
        clause(cue, agent, p, s, se);
      }
      return;
    }
    if (RAISING.has(tok(cue.start())) && agent.end + 1 < se && tok(agent.end).is("to")
        && tok(agent.end + 1).isLowerCase() && !isDeterminerAt(agent.end + 1)) {
      // "Politicians were reported by local media to have visited the hospital": what was reported
      clause(cue, agent, agent.end, s, se);
      return;
    }
    if (NAMING.has(tok(cue.start())) && agent.end + 1 < se && tok(agent.end).is("as")) {
      // "The results were described by Johnson as a "historic mandate"": the name given
      nameGiven(cue, agent, agent.end + 1, s, se, false);
      return;
    }
    if (be - 3 > ss && (tok(be - 1).is("which") || tok(be - 1).is("that"))
        && (CueFinder.SPEECH_PLURALS.has(tok(be - 2)) && tok(be - 3).isPunct(',')
            || COMMENT_NOUNS.has(tok(be - 2)) && (tok(be - 3).is("a") || tok(be - 3).is("an")) && be - 4 > ss
                && tok(be - 4).isPunct(','))) {
      // "said the vote was rigged, claims which were rejected by the board": what the aside sums up
      int comma = tok(be - 3).isPunct(',') ? be - 3 : be - 4;
      Draft said = lastDraftInSentence(s, comma);
      if (said != null && said.contentEnd <= tok(comma).begin) {
        drafts.add(new Draft(agent, cue, said.contentBegin, said.contentEnd, said.mode, cue.act(), s));
      }
      return;
    }
    // "He said he was praised by the coach": the passive's subject starts after the cue of the clause
    // it is said in, and its "that"
    int subjectFirst = ss;
    for (int k = be - 1; k > ss; k--) {
      if (tok(k).is("that") && cueBetween(ss, k)) {
        subjectFirst = k + 1;
        break;
      }
      if (cueAt[k] && !(cueStarting[k] != null && cueStarting[k].participle())) {
        // but "Reports saying he was killed were denied": a participle inside the subject
        subjectFirst = cueStarting[k] != null ? cueStarting[k].end() : k + 1;
        break;
      }
    }
    int subjectLast = be - 1;
    while (subjectLast > subjectFirst && AUXILIARIES_BEFORE_BE.has(tok(subjectLast))) {
      // "his mother had been questioned": the subject, not its auxiliary
      subjectLast--;
    }
    if (subjectLast - 2 >= subjectFirst && (tok(subjectLast).is("which") || tok(subjectLast).is("who"))
        && tok(subjectLast - 1).isPunct(',')) {
      // "the plan, which was criticised by unions,": the antecedent
      subjectLast -= 2;
    }
    if (subjectFirst > subjectLast) {
      return;
    }
    Ment patient = startsAt[subjectFirst];
    if (tok(cue.start()).is("questioned") && patient != null
        && (patient.end == subjectLast + 1 || tok(patient.end).is("and"))
        && (isPersonLike(patient) || patient.type == Ment.Type.PRONOUN
            || patient.type == Ment.Type.DESCRIPTION && patient.kind == dev.demarche.model.ActorKind.PERSON)) {
      // "his mother had been questioned by Hong Kong police": a person questioned is interrogated
      return;
    }
    if (tok(subjectLast).is("and")) {
      // "The news came from his account and was confirmed by Associated Press": the subject, not its
      // first verb's phrase
      for (int j = ss + 1; j < be - 1; j++) {
        if (tok(j).isLowerCase() && (FINITE_VERBS.has(tok(j)) || pastForm(tok(j)) || cueAt[j])) {
          subjectLast = j - 1;
          break;
        }
      }
    }
    int contentEnd = tok(subjectLast).end;
    drafts.add(new Draft(agent, cue, tok(subjectFirst).begin, contentEnd, StatementMode.REPORTED_ACT, cue.act(), s));
    furtherAgents(agent, cue, tok(subjectFirst).begin, contentEnd, s, se);
  }

  /** Acts that a participle after its noun and before its agent does to the noun: "the plan rejected by Tokyo". */
  private static final Set<SpeechAct> ACTS_ON_A_NOUN = java.util.EnumSet.of(SpeechAct.ANNOUNCE, SpeechAct.CLAIM,
      SpeechAct.CONFIRM, SpeechAct.DENY, SpeechAct.DENOUNCE, SpeechAct.CRITICIZE, SpeechAct.PROPOSE, SpeechAct.WELCOME,
      SpeechAct.PRAISE, SpeechAct.REJECT);
  /**
   * Of those, the acts that a participle set off by a comma does in words more often than in deeds: not "The
   * seat, claimed by the Liberal candidate," nor "The Pope, welcomed by President Lula at the airport,".
   */
  private static final Set<SpeechAct> ACTS_SET_OFF = java.util.EnumSet.of(SpeechAct.ANNOUNCE, SpeechAct.CONFIRM,
      SpeechAct.DENOUNCE, SpeechAct.CRITICIZE, SpeechAct.PROPOSE, SpeechAct.PRAISE);

  /**
   * "including parts claimed by the Philippines", "the plan, criticised by unions, was dropped": a participle
   * right after its noun, or set off after it, with its agent, reports the agent's act on the noun phrase, as a
   * passive reports it on its subject. Returns whether it did.
   */
  private boolean reducedPassive(Cue cue, int s, int ss, int se) {
    int k = cue.start();
    if (!ACTS_ON_A_NOUN.contains(cue.act()) || cue.end() - k != 1 || !pastForm(tok(k)) || !tok(k).isLowerCase()
        || k - 2 < ss || cue.end() + 1 >= se || !tok(cue.end()).is("by") || tok(cue.end() + 1).text.endsWith("ing")
        || (tok(k).lexeme.mask & lightVerbBit) != 0) {
      return false;
    }
    if (tok(k - 1).is("and") || tok(k - 1).is("but")) {
      // "A law condemned by rights groups and criticised by the UN": the second participle's agent acts on
      // the same noun
      Draft previous = lastDraftInSentence(s, k);
      if (previous == null || !reducedPassives.contains(previous)) {
        return false;
      }
      return agentsActOn(cue, previous.contentBegin, previous.contentEnd, s, se);
    }
    boolean setOff = tok(k - 1).isPunct(',');
    if (setOff && !ACTS_SET_OFF.contains(cue.act())) {
      return false;
    }
    int last = setOff ? k - 2 : k - 1;
    Ment named = last >= ss ? endsAt[last + 1] : null;
    int first;
    if (named != null && named.start >= ss) {
      first = named.start;
      while (first < last && !nounLike(first) && !isDeterminerAt(first)) {
        // "including parts": the noun phrase, not the word that brings it in
        first++;
      }
    } else {
      Token head = tok(last);
      if (!head.isWord() || !head.isLowerCase() || !nounLike(last)) {
        return false;
      }
      first = last;
      while (first - 1 >= ss && first > last - 6 && (nounLike(first - 1)
          // "Japan's whaling programme": a gerund before the head
          || tok(first - 1).isLowerCase() && tok(first - 1).text.endsWith("ing") && !cueAt[first - 1]
              && !PREPOSITIONAL_GERUNDS.has(tok(first - 1)))) {
        first--;
      }
    }
    first = phraseStart(first, ss);
    if (first > ss && !(tok(first - 1).isPunct(',') || cueAt[first - 1] || tok(first - 1).text.endsWith("ing")
        || tok(first - 1).isLowerCase() && (pastForm(tok(first - 1)) || FINITE_VERBS.has(tok(first - 1))))) {
      // "A plan to build a dam on the Nile, criticised by Egypt", "The statue of the former king, condemned
      // by activists": the noun after a preposition is no whole phrase the participle follows
      return false;
    }
    return agentsActOn(cue, tok(first).begin, tok(last).end, s, se);
  }

  /** Words in "-ing" that work as prepositions: "including parts claimed by Vietnam". */
  private static final WordSet PREPOSITIONAL_GERUNDS = WordSet.of("including", "regarding", "concerning", "following",
      "excluding", "involving", "during", "according", "notwithstanding");

  /** The drafts that {@link #reducedPassive} made, for a second participle joined to the first. */
  private final Set<Draft> reducedPassives = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * The agents after the "by" that follows {@code cue}, each acting on the content from {@code begin} to
   * {@code end}; returns whether there was one.
   */
  private boolean agentsActOn(Cue cue, int begin, int end, int s, int se) {
    int at = cue.end() + 1;
    if (!usable(startsAt[at]) && at + 1 < se && isDeterminerAt(at)) {
      at++;
    }
    if (!usable(startsAt[at])) {
      // "criticised by name three players": no agent
      return false;
    }
    Ment agent = nameAfterDescription(named(startsAt[at]), se);
    if (agent.end + 1 < se && tok(agent.end).is("to") && tok(agent.end + 1).isLowerCase()) {
      // "a man claimed by investigators to be the group's financier": what the agent claims of him
      return false;
    }
    Draft draft = new Draft(agent, cue, begin, end, StatementMode.REPORTED_ACT, cue.act(), s);
    drafts.add(draft);
    reducedPassives.add(draft);
    furtherAgents(agent, cue, begin, end, s, se);
    return true;
  }

  /**
   * Whether the word at {@code k} may stand in a noun phrase before its head, or be the head: a noun, an
   * adjective, a number, a possessive; no verb, preposition, pronoun, conjunction or determiner.
   */
  private boolean nounLike(int k) {
    Token t = tok(k);
    if (t.text.equals("'s") || t.text.equals("’s") || t.kind == Token.Kind.NUMBER) {
      return true;
    }
    return t.isWord() && !cueAt[k] && !isDeterminerAt(k) && !isAdverb(t) && !(t.isLowerCase()
        && (PREPOSITIONS.has(t) || FINITE_VERBS.has(t) || beForms.has(t) || RELATIVES.has(t)
            || SUBJECT_PRONOUNS.has(t) || DEMONSTRATIVES.has(t)
            || t.is("and") || t.is("or") || t.is("but") || t.is("that") || t.text.endsWith("ing")));
  }

  /**
   * The agents listed after {@code agent}, each with its own record of the passive's content: "welcomed by
   * Turkey and Qatar", "proposed by France, Britain, Germany and the United States".
   */
  private void furtherAgents(Ment agent, Cue cue, int contentBegin, int contentEnd, int s, int se) {
    int k = agent.end;
    for (int agents = 1; agents < 8 && k + 1 < se; agents++) {
      boolean last = tok(k).is("and") || tok(k).isPunct(',') && k + 2 < se && tok(k + 1).is("and");
      int next = tok(k).is("and") ? k + 1 : last ? k + 2 : tok(k).isPunct(',') ? k + 1 : -1;
      if (next >= 0 && next + 1 < se && tok(next).is("by")) {
        // "welcomed by the Helsinki Foundation and by Reporters Without Borders": "by" again
        next++;
      }
      Ment more = next < 0 ? null : listedAt(next, se);
      // but "reported by residents in Aleppo, Idlib and Hama": places of the agent's phrase, no agents
      if (more == null || !more.canSpeak() || !last && !listGoesOnToAnd(next, se) || isPlace(more) && !isPlace(agent)
          || endsInPlacePhrase(agent)
          // "criticised by the opposition PAIGC party, and its leader Domingos Te said …": a speaker with
          // a verb of its own starts a clause
          || more.end < se && cueAt[more.end]) {
        break;
      }
      drafts.add(new Draft(more, cue, contentBegin, contentEnd, StatementMode.REPORTED_ACT, cue.act(), s));
      if (last) {
        break;
      }
      k = more.end;
    }
  }

  /**
   * Whether only a reported act's adjuncts lie between its content and the "and" at {@code j}: "thanked
   * her volunteers at a packed community hall downtown and promised …"; no verb, cue or quotation.
   */
  private boolean adjunctsOnlyAfter(Draft previous, int j) {
    if (previous.mode != StatementMode.REPORTED_ACT || previous.contentEnd > tok(j - 1).end) {
      return false;
    }
    int k = j - 1;
    while (k > previous.cue.end() && tok(k).begin >= previous.contentEnd) {
      Token t = tok(k);
      if (cueAt[k] || t.kind == Token.Kind.QUOTE || FINITE_VERBS.has(t) || t.isPunct(',') || t.isPunct(';')) {
        return false;
      }
      k--;
    }
    return j - k < 12;
  }

  /** Auxiliaries between a passive's subject and its form of "be": "had been", "will be", "could not be". */
  private static final WordSet AUXILIARIES_BEFORE_BE = WordSet.of("had", "has", "have", "will", "would", "could",
      "may", "might", "must", "should", "not", "also", "already", "reportedly");

  /** Whether {@code m} ends in a phrase of place: "residents in Aleppo", "officials from Idlib". */
  private boolean endsInPlacePhrase(Ment m) {
    for (int k = m.start + 1; k < m.end - 1; k++) {
      if (PLACE_LINKS.has(tok(k)) && tok(k + 1).isCapitalized()) {
        return true;
      }
    }
    return false;
  }

  /** The usable mention at {@code k}, or right after a determiner there: "the United States". */
  private Ment listedAt(int k, int se) {
    if (k < se && usable(startsAt[k])) {
      return startsAt[k];
    }
    return k + 1 < se && isDeterminerAt(k) && usable(startsAt[k + 1]) ? startsAt[k + 1] : null;
  }

  /**
   * The items of the list of names that opens the sentence and holds {@code subject}, when a verb follows
   * the list: "The U.S., the EU and Ukraine's new government do not recognize …"; else {@code subject} alone.
   */
  private List<Ment> listedSubjects(Ment subject, int ss, int before) {
    int first = datelineEnd(ss, before);
    Ment item = listedAt(first, before);
    List<Ment> items = new ArrayList<>();
    boolean joined = false;
    while (item != null && items.size() < 8) {
      for (int e = item.end + 1; e <= item.end + 5 && e < before; e++) {
        if (endsAt[e] != null && (endsAt[e].start == item.start || endsAt[e].possessor == item) && usable(endsAt[e])) {
          // "Ukraine's new government": the whole description that begins with the name
          item = endsAt[e];
        }
      }
      items.add(item);
      int end = item.end;
      if (joined || end + 1 >= before) {
        break;
      }
      int next = tok(end).isPunct(',') && tok(end + 1).is("and") ? end + 2
          : tok(end).isPunct(',') || tok(end).is("and") ? end + 1 : -1;
      joined = next > end && tok(next - 1).is("and");
      item = next > 0 ? listedAt(next, before) : null;
    }
    int after = items.isEmpty() ? -1 : items.get(items.size() - 1).end;
    if (after > 0 && after + 1 < before && MentionFinder.isPossessive(tok(after))) {
      // "Ukraine's new government do not recognize": the state's noun ends the last item
      for (int k = after + 1; k < before && k <= after + 3 && tok(k).isWord() && tok(k).isLowerCase(); k++) {
        if ((tok(k).lexeme.mask & nounBits) != 0) {
          after = k + 1;
          break;
        }
      }
    }
    return joined && items.size() >= 2 && items.contains(subject) && after < before && tok(after).isWord()
        && tok(after).isLowerCase() && !tok(after).is("of") ? List.copyOf(items) : List.of(subject);
  }

  /**
   * Whether the list of names going on at {@code k} ends with "and" and one more name: "France,
   * Britain, Germany and the United States"; not "France, a permanent member".
   */
  private boolean listGoesOnToAnd(int k, int se) {
    for (int j = k; j < se && listedAt(j, se) != null; ) {
      int end = listedAt(j, se).end;
      if (end + 1 < se && tok(end).is("and") && listedAt(end + 1, se) != null) {
        return true;
      }
      if (end + 2 < se && tok(end).isPunct(',') && tok(end + 1).is("and") && listedAt(end + 2, se) != null) {
        return true;
      }
      if (end + 1 < se && tok(end).isPunct(',')) {
        j = end + 1;
      } else {
        return false;
      }
    }
    return false;
  }

  /** The name right after a description of it, "the state news agency Bernama"; else {@code m}. */
  private Ment nameAfterDescription(Ment m, int se) {
    if (m.type == Ment.Type.DESCRIPTION && m.end < se && usable(startsAt[m.end])
        && (startsAt[m.end].type == Ment.Type.NAMED || startsAt[m.end].type == Ment.Type.CANDIDATE)) {
      return named(startsAt[m.end]);
    }
    return m;
  }

  /**
   * "As reported by Kompas on Monday, the governor plans to resign", "…, as reported by Kompas.": the
   * agent says the clause after the comma, or the one before.
   */
  private void asReportedBy(Cue cue, int s, int ss, int se) {
    Ment agent = nameAfterDescription(named(startsAt[cue.end() + 1]), se);
    int as = cue.start() - 1;
    int p = skipAdjuncts(agent.end, se);
    if (as == ss && p + 1 < se && tok(p).isPunct(',')) {
      clause(cue, agent, p + 1, s, se);
    } else if (as == ss && p > agent.end && p < se && tok(p - 1).isPunct(',')) {
      // past a time and its comma
      clause(cue, agent, p, s, se);
    } else if (as - 1 > ss && tok(as - 1).isPunct(',') && p > lastContentToken(se)) {
      add(cue, agent, tok(ss).begin, tok(as - 2).end, s, false);
    }
  }

  /**
   * "Sergei Ryabkov was quoted by TASS as saying that Moscow was ready": the subject speaks, the
   * medium only reports; the "saying" after it is part of this statement.
   */
  private void quotedAsSaying(Cue cue, int s, int ss, int se, int be) {
    Ment subject = mentionEndingAt(be - 1, ss);
    if (be - 1 > ss && tok(be - 1).isPunct(',')) {
      // "Eoin Gallagher, a lecturer at University College Dublin, was quoted as saying": the one the
      // aside describes
      List<Ment> before = leftSpeakers(be, ss);
      subject = before.size() == 1 ? before.get(0) : subject;
    }
    if (subject == null) {
      return;
    }
    for (int k = cue.end(); k + 1 < se && k < cue.end() + 8; k++) {
      if (tok(k).is("as") && asParticiple(k + 1)) {
        saying(subject, s, se, k);
        return;
      }
    }
  }

  /** What {@code subject} is quoted as saying, after the "as" at {@code k}. */
  private void saying(Ment subject, int s, int se, int k) {
    saying(subject, s, se, k, subject.start);
  }

  /**
   * What {@code subject} is quoted as saying, after the "as" at {@code k}; with nothing after it, the
   * quotation that closes right before {@code quotedBefore}.
   */
  private void saying(Ment subject, int s, int se, int k, int quotedBefore) {
    skippedCue = k + 1;
    SpeechAct act = cueAt[k + 1] && !tok(k + 1).is("telling") ? cueStarting[k + 1].act() : SpeechAct.SAY;
    Cue cue = new Cue(k + 1, k + 2, act, false, false, true, false);
    int from = k + 2;
    if (tok(k + 1).is("telling")) {
      // "as telling Albanese that …", "as telling reporters that …": past the one told
      int told = from < se && startsAt[from] != null ? startsAt[from].end : from;
      for (int j = told; j < se && j < from + 6 && tok(j).isWord(); j++) {
        if (tok(j).is("that")) {
          told = j;
          break;
        }
      }
      from = told;
    }
    int last = lastContentToken(se);
    for (int t = from + 1; t < last && t < from + 8; t++) {
      if (tok(t).is("that")) {
        if (adjunctsOnlyFrom(from, t - 1)) {
          // "as saying on Wednesday that …", "as saying in Tokyo that …": past the time or place
          from = t;
        }
        break;
      }
    }
    if (from < se && (tok(from).isPunct(',') || tok(from).isPunct(':')) && quoteByOpenToken.containsKey(from + 1)) {
      quote(cue, subject, from + 1, s, se);
    } else if (from < se && quoteByOpenToken.containsKey(from)) {
      quote(cue, subject, from, s, se);
    } else if (from > last || timeOnlyFrom(from, last) || adjunctsOnlyFrom(from, last)) {
      // ""We will analyse this package," Dorokhin was quoted by TASS as saying.": the quotation before; so
      // with only a time or a place after it ("as saying on Tuesday.", "as saying at a news conference.")
      int close = quotedBefore - 1;
      while (close >= sentenceStart[s] && tok(close).isPunct(',')) {
        close--;
      }
      Quote q = close >= sentenceStart[s] ? quoteByCloseToken.get(close) : null;
      if (q != null) {
        addQuote(cue, subject, q, s);
      } else {
        // "The ambassador was summoned, the news agency PAP quoted the minister as saying on Wednesday, as
        // tensions rose": the clause before the one quoting, past the words that name it
        int comma = quotedBefore - 1;
        while (comma > sentenceStart[s] && tok(comma).isWord() && quotedBefore - comma < 5) {
          comma--;
        }
        if (comma > sentenceStart[s] + 1 && tok(comma).isPunct(',')
            && !draftWithin(tok(sentenceStart[s]).begin, tok(comma - 1).end)) {
          add(cue, subject, tok(sentenceStart[s]).begin, tok(comma - 1).end, s, false);
        }
      }
    } else {
      clause(cue, subject, from < se && tok(from).is("that") ? from + 1 : from, s, se);
    }
  }

  /** Whether a statement already found has its content within {@code [begin, end)}. */
  private boolean draftWithin(int begin, int end) {
    for (Draft d : drafts) {
      if (d.contentBegin < end && d.contentEnd > begin) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code from} to {@code last}, or up to a comma before a clause of the writer's,
   * are only adjuncts of time or place: "at a news conference", "in Warsaw on Wednesday, as tensions rose".
   */
  private boolean adjunctsOnlyFrom(int from, int last) {
    if (from > last || !ADJUNCT_PREPOSITIONS.has(tok(from)) && !TIME_WORDS.has(tok(from))) {
      return false;
    }
    int end = last;
    for (int k = from + 1; k < last; k++) {
      if (tok(k).isPunct(',')) {
        if (!TRAILING_SUBORDINATORS.has(tok(k + 1)) && !tok(k + 1).is("amid")) {
          return false;
        }
        end = k - 1;
        break;
      }
    }
    for (int k = from; k <= end; k++) {
      if (tok(k).isLowerCase() && (pastForm(tok(k)) || tok(k).is("that"))) {
        // "as saying the attackers came from Afghanistan": a clause, not a time or a place
        return false;
      }
    }
    return adjunctOnly(from, end);
  }

  /** Whether the words from {@code from} to {@code last} are only a time: "on Tuesday", "last week", "yesterday". */
  private boolean timeOnlyFrom(int from, int last) {
    int k = from;
    while (k <= last && k < from + 4 && (TIME_GLUE.has(tok(k)) || TIME_WORDS.has(tok(k)) || PARTS_OF_DAY.has(tok(k)))) {
      k++;
    }
    return k > from && k > last;
  }

  /** Things written or carried that say what their author says: "a letter from the ministry saying". */
  private static final WordSet AUTHORED_NOUNS = WordSet.of("letter", "letters", "banner", "banners", "placard",
      "placards", "message", "messages", "note", "notice", "leaflet", "leaflets", "memo", "email", "sign", "signs");

  /** Whether {@code m} is the author after "from" or "by" of a letter, banner or document. */
  private boolean authoredBy(Ment m, int ss) {
    if (m.start - 2 < ss || !(tok(m.start - 1).is("from") || tok(m.start - 1).is("by"))) {
      return false;
    }
    Token noun = tok(m.start - 2);
    return noun.isLowerCase() && (AUTHORED_NOUNS.has(noun) || (noun.lexeme.mask & documentHeadBit) != 0);
  }

  /** Which tokens start a reporting cue. */
  private final boolean[] cueAt;
  /** The cue starting at a token, where {@link #cueAt} is set. */
  private final Cue[] cueStarting;

  /** A cue already taken as part of another statement ("as saying" after "was quoted"). */
  private int skippedCue = -1;

  /**
   * Whether the participle cue sits in an aside between a subject and its own cue: "Trump,
   * responding to Pelosi's announcement via Twitter, attacked the inquiry" frames the attack.
   */
  private boolean framingAside(Cue cue, int se) {
    int k = cue.start();
    if (k == 0 || !tok(k - 1).isPunct(',') || !FRAMING.has(tok(k))) {
      return false;
    }
    for (int j = cue.end(); j < se && j < cue.end() + 12; j++) {
      if (tok(j).isPunct(',')) {
        return j + 1 < se && cueAt[j + 1] && !tok(j + 1).text.endsWith("ing");
      }
      if (!tok(j).isWord() || cueAt[j]) {
        return false;
      }
    }
    return false;
  }

  /** Whether the cue at {@code k} is in a "whether" or "if" clause after a verb of asking. */
  private boolean inQuestion(int k, int ss) {
    for (int j = k - 1; j >= ss && j >= k - 6; j--) {
      Token t = tok(j);
      if (!t.isWord()) {
        return false;
      }
      if ((t.is("whether") || t.is("if")) && j - 1 >= ss && ASKING.has(tok(j - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is a verb's bare form: "express", "demand", "discuss"; not "expresses", "demanded". */
  private static boolean bareVerb(Token t) {
    String w = t.text;
    return t.isWord() && t.isLowerCase() && !w.endsWith("ing") && !pastForm(t)
        && (!w.endsWith("s") || w.endsWith("ss"));
  }

  /**
   * Whether the mention that ends right before {@code k} is a singular third person: a name, a singular
   * description, "he", "she" or "it".
   */
  private boolean singularSubjectBefore(int k, int ss) {
    Ment m = endsAt[k];
    if (m == null && k - 1 > ss && tok(k - 1).isPunct(',') && endsAt[k - 1] != null) {
      // "requested that the foreign minister, Sergey Lavrov, confirm the list": the subject before its
      // apposition
      Ment apposed = endsAt[k - 1];
      if (apposed.start - 2 >= ss && tok(apposed.start - 1).isPunct(',') && endsAt[apposed.start - 1] != null
          && apposed.hasName()) {
        m = endsAt[apposed.start - 1];
      }
    }
    if (m == null || m.start < ss || m.plural) {
      return false;
    }
    if (m.type == Ment.Type.PRONOUN) {
      return tok(m.start).is("he") || tok(m.start).is("she") || tok(m.start).is("He") || tok(m.start).is("She");
    }
    if (m.start > ss && (PREPOSITIONS.has(tok(m.start - 1)) || ADJUNCT_PREPOSITIONS.has(tok(m.start - 1))
        || tok(m.start - 1).is("and") || tok(m.start - 1).is("or") || tok(m.start - 1).isPunct(',')
        || isDeterminerAt(m.start - 1) && m.hasName())) {
      // "Scientists at the institute say", "Qatar, Bahrain and Jordan affirm", "the Chuck Jones quote": not
      // the subject, or not one
      return false;
    }
    // a person, or a state; but an organisation or a body may take a plural verb ("Sea-Eye credit
    // themselves", "the government say")
    boolean person = m.type == Ment.Type.PERSON || m.kind == dev.demarche.model.ActorKind.PERSON;
    boolean state = m.type == Ment.Type.NAMED && m.entry != null
        && m.entry.kind() == dev.demarche.model.ActorKind.STATE;
    return person || state;
  }

  /** Modal verbs of obligation: what follows them is owed, not done. */
  private static final WordSet OBLIGING = WordSet.of("must", "should", "ought");

  /**
   * Whether the cue at {@code k} follows a modal of obligation ("must apologise", "should not
   * comment", "ought to condemn"), past a negation or an adverb.
   */
  private boolean obligedAt(int k, int ss) {
    int j = k - 1;
    if (j > ss && tok(j).is("to") && tok(j - 1).is("ought")) {
      return true;
    }
    while (j > ss && tok(j).isLowerCase() && (tok(j).is("not") || tok(j).is("also") || isAdverb(tok(j)))) {
      j--;
    }
    return j >= ss && OBLIGING.has(tok(j)) && !tok(j).isCapitalized();
  }

  private static final WordSet ASKING = WordSet.of("Asked", "asked", "asking", "ask", "asks", "wondered", "questioned");

  /**
   * Whether the cue is a past participle describing the noun before it, with its agent or reason
   * after "by" or "for": "a memo posted online by the senator", "factors cited for the drop".
   */
  private boolean describesNoun(Cue cue, int ss, int se) {
    int k = cue.start();
    if (k <= ss || !tok(k).text.endsWith("ed") || !tok(k - 1).isWord() || beForms.has(tok(k - 1))
        || isSkippableBeforeCue(tok(k - 1)) || tok(k - 1).is("and") || tok(k - 1).is("but") || tok(k - 1).is("or")) {
      // but "said it was sad and asked for donations" is a second verb of the subject
      return false;
    }
    // the noun is a document ("a memo posted by"), or nothing that could speak ("Factors cited for")
    Ment before = mentionEndingAt(k - 1, ss);
    boolean noun = (tok(k - 1).lexeme.mask & documentBit) != 0 && tok(k - 1).isLowerCase()
        || before == null || before.type == Ment.Type.CANDIDATE && before.nameEnd - before.nameStart == 1
            && before.start == ss && before.kind == null;
    int p = cue.end();
    if (p < se && (tok(p).is("online") || isAdverb(tok(p)))) {
      p++;
    }
    if (p + 1 < se && tok(p).is("by") && !tok(p + 1).text.endsWith("ing")) {
      // with no object before its agent, a participle even after a name: "Trump, criticized by Democrats,"
      return true;
    }
    if (p < se && tok(p).is("of") && cue.act() == SpeechAct.ACCUSE && tok(k).is("accused")) {
      // "A nurse accused of poisoning three patients appeared in court": accused by others; one
      // who accuses names whom before "of"
      return true;
    }
    if (p + 1 < se && (tok(p).is("of") || tok(p).is("for")) && finiteVerbBeforeComma(p + 1, se)) {
      // "Three firms accused of helping Russia were sanctioned": the sentence's own verb comes later
      return true;
    }
    int in = before == null ? -1 : before.start - 1;
    if (before != null && before.kind == dev.demarche.model.ActorKind.DOCUMENT && in > ss
        && (tok(in).is("in") || tok(in).is("on")) && cueAt[in - 1]) {
      // "said in a video posted online that …": the document the speech was in, described
      return true;
    }
    if (noun && before != null && p < se && tok(p).isLowerCase() && !tok(p).text.endsWith("ing")
        && (FINITE_VERBS.has(tok(p)) || tok(p).text.endsWith("ed") || cueAt[p])) {
      // "A video posted online showed the mayor", "A statement posted online said …": the
      // sentence's own verb follows the participle
      return true;
    }
    return noun && p < se && tok(p).is("for");
  }

  /**
   * Whether the words from {@code p} to {@code last} are a phrase with no verb of a clause: "in its
   * annual report published on Tuesday".
   */
  private boolean adjunctOnly(int p, int last) {
    for (int k = p; k <= last; k++) {
      Token t = tok(k);
      int after = k > p ? pastBrackets(k, last + 1) : k;
      if (after > k) {
        // "said in Parliament on Monday (Jan 14)", "on Friday (local time)": a short gloss in brackets
        k = after - 1;
        continue;
      }
      // "after meeting Chinese Premier Wu Jianguo (吴建国) in Beijing": a native name in brackets too
      boolean nativeName = t.kind == Token.Kind.CJK
          || t.isPunct('(') && k + 1 <= last && tok(k + 1).kind == Token.Kind.CJK
          || t.isPunct(')') && k > p && tok(k - 1).kind == Token.Kind.CJK;
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER || nativeName) || FINITE_VERBS.has(t)
          || cueAt[k] && !t.text.endsWith("ed")
          || SUBJECT_PRONOUNS.has(t)) {
        return false;
      }
    }
    return true;
  }


  /**
   * The last token before a participle of result set off at the end of {@code [p, last]}, or {@code
   * last}: "said in a report seen by Reuters on Wednesday, leaving the stockpile unverified" ends its
   * adjuncts at "Wednesday"; a participle that is a cue ("adding") is another statement.
   */
  private int beforeResult(int p, int last) {
    for (int k = p + 1; k < last; k++) {
      if (tok(k).isPunct(',')) {
        Token next = tok(k + 1);
        return next.isWord() && next.isLowerCase() && next.text.endsWith("ing") && !cueAt[k + 1] ? k - 1 : last;
      }
    }
    return last;
  }

  /**
   * Whether {@code [p, last]} is "in" a document and a participle that says what the document did:
   * "…, the Commission said in a statement announcing the formal charges, known as …". What the
   * participle says is a statement of its own; nothing after the cue is what the cue said.
   */
  private boolean documentParticiple(int p, int last) {
    if (!tok(p).is("in") || p + 3 > last || !isDeterminerAt(p + 1)) {
      return false;
    }
    for (int k = p + 2; k < last && k <= p + 4; k++) {
      if ((tok(k).lexeme.mask & documentHeadBit) != 0) {
        return cueAt[k + 1] && tok(k + 1).isLowerCase() && tok(k + 1).text.endsWith("ing");
      }
      if (!(tok(k).isWord() && tok(k).isLowerCase())) {
        return false;
      }
    }
    return false;
  }

  /** Conjunctions of time or reason after a trailing cue: "…, it said as it blocked the deal". */
  private static final WordSet TRAILING_SUBORDINATORS = WordSet.of("as", "when", "while", "because", "after",
      "before", "since");

  /**
   * Whether {@code [p, last]} is a short adjunct, maybe none, then a clause of time or reason with its
   * own subject: "on Monday as it blocked the deal", "when asked"; nothing said.
   */
  private boolean trailingSubordinate(int p, int last) {
    int k = p;
    while (k <= last && k < p + 6 && !TRAILING_SUBORDINATORS.has(tok(k))) {
      Token t = tok(k);
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER) || FINITE_VERBS.has(t) || cueAt[k] || SUBJECT_PRONOUNS.has(t)) {
        return false;
      }
      k++;
    }
    if (k + 1 > last || !TRAILING_SUBORDINATORS.has(tok(k)) || k > p && !TRAILING_ADJUNCT_STARTS.has(tok(p))) {
      // but "issued weather alerts as the storm approached": an object before it
      return false;
    }
    Token next = tok(k + 1);
    if (!(SUBJECT_PRONOUNS.has(next) || isDeterminerAt(k + 1) || next.isCapitalized() && startsAt[k + 1] != null)) {
      return false;
    }
    for (int j = k + 2; j <= last && j < k + 8; j++) {
      if (FINITE_VERBS.has(tok(j)) || tok(j).isLowerCase() && pastForm(tok(j))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a finite verb of the sentence's own comes from {@code k} on, before a comma or a cue. */
  private boolean finiteVerbBeforeComma(int k, int se) {
    for (int j = k; j < se && j < k + 12; j++) {
      Token t = tok(j);
      if (cueAt[j] && j > k && t.isLowerCase() && !t.text.endsWith("ing")) {
        // "Police accused of brutality said …": the later cue is the sentence's verb
        return true;
      }
      if (t.isPunct(',') || t.kind == Token.Kind.QUOTE || cueAt[j] || RELATIVES.has(t)
          // "warned of a risk of cholera if the waste was not cleared": a verb of another clause
          || CONDITIONAL.has(t) || t.is("when") || t.is("because") || t.is("while") || t.is("although")) {
        return false;
      }
      if ((t.is("were") || t.is("was") || t.is("have") || t.is("has") || t.is("are") || t.is("is"))
          && j > k && !tok(j - 1).is("that")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "as" of "as saying" right at {@code p}, or after an appositive set off by commas
   * (", chief of the agency,"); or -1.
   */
  private int asSayingAfter(int p, int se) {
    if (p + 1 < se && tok(p).is("as") && asParticiple(p + 1)) {
      // "quoted Xi as telling Albanese that …", "cited the Air Force as stating …"
      return p;
    }
    if (p + 1 < se && tok(p).is("saying")) {
      // "quoted him saying: …": the "as" left out; what is returned is the token before the cue
      return p - 1;
    }
    if (p < se && tok(p).isPunct(',')) {
      for (int k = p + 1; k + 2 < se && k < p + 15; k++) {
        if (tok(k).isPunct(',')) {
          return tok(k + 1).is("as") && asParticiple(k + 2) ? k + 1 : -1;
        }
        if (tok(k).kind == Token.Kind.QUOTE || cueAt[k]) {
          return -1;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the token at {@code k} is what one is quoted or cited "as" doing: "saying", "telling", or
   * the participle of another verb of speech with a clause ("as stating", "as claiming", "as warning").
   */
  private boolean asParticiple(int k) {
    if (tok(k).is("saying") || tok(k).is("telling")) {
      return true;
    }
    Cue c = cueAt[k] ? cueStarting[k] : null;
    return c != null && c.end() == k + 1 && tok(k).text.endsWith("ing") && !c.object() && !c.according()
        && !c.nominal();
  }

  /** Participles that frame another cue's speech rather than report speech of their own. */
  private static final WordSet FRAMING = WordSet.of("responding", "replying", "speaking", "talking", "addressing",
      "writing");

  private static final WordSet FRONTING = WordSet.of("When", "While", "After", "Before", "Upon");

  /** The speaker that starts the clause after the next comma: "When announcing it, the mayor said …". */
  private Ment subjectAfterComma(int p, int se) {
    for (int k = p; k < se && k < p + 25; k++) {
      if (quoteByOpenToken.containsKey(k)) {
        return null;
      }
      if (tok(k).isPunct(',')) {
        return k + 1 < se && usable(startsAt[k + 1]) && startsAt[k + 1].canSpeak() ? startsAt[k + 1] : null;
      }
    }
    return null;
  }

  private static final WordSet PARTICIPLE_ADVERBS = WordSet.of("also", "again", "later", "then", "further", "once");

  /** A comma before the participle at {@code k}, with an adverb between or not: ", also speaking". */
  private boolean commaBeforeParticiple(int k, int ss) {
    if (tok(k - 1).isPunct(',')) {
      return true;
    }
    Token before = tok(k - 1);
    return k - 2 >= ss && tok(k - 2).isPunct(',') && before.isLowerCase()
        && (PARTICIPLE_ADVERBS.has(before) || isAdverb(before));
  }

  /** Whether what follows a participle reads as a passive's: an end, "by", a preposition, an adverb. */
  private boolean passiveTail(int k) {
    if (k >= tokens.size() || !tok(k).isWord()) {
      return true;
    }
    Token t = tok(k);
    return t.is("by") || PREPOSITIONS.has(t) || t.is("for") || t.is("of") || isAdverb(t)
        || TIME_WORDS.has(t);
  }

  /** Short adverbs between a passive's "be" and its participle: "was not said", "are only predicted". */
  private static final WordSet PASSIVE_ADVERBS = WordSet.of("not", "also", "first", "later", "only", "still", "now",
      "already", "again", "since");

  /** "is expected", "has not been stated": a participle after a form of "be" reports no speech. */
  private boolean isPassive(int cueStart, int ss) {
    int k = cueStart - 1;
    for (int participles = 0; participles < 3; participles++) {
      while (k >= ss && (PASSIVE_ADVERBS.has(tok(k)) || isAdverb(tok(k)))
          // "were in turn condemned"
          || k - 1 >= ss && tok(k).is("turn") && tok(k - 1).is("in")) {
        k -= tok(k).is("turn") ? 2 : 1;
      }
      if (k - 1 > ss && (tok(k).is("and") || tok(k).is("or")) && tok(k - 1).text.endsWith("ed")
          && passiveTail(cueStart + 1)) {
        // "She was tested and questioned for hours": a participle coordinated with another; but
        // "was arrested and said he was innocent" is a verb of its own
        k -= 2;
        continue;
      }
      break;
    }
    return k >= ss && beForms.has(tok(k)) && !tok(cueStart).text.endsWith("ing")
        // "Moody's said the outlook …", "McDonald's said": the "'s" of a name, not "is"
        && !(k > ss && (tok(k).text.equals("'s") || tok(k).text.equals("’s")) && tok(k - 1).isCapitalized()
            && startsAt[k] == null && mentionEndingAt(k, ss) != null);
  }

  /** Words that open a clause with a subject of its own after a comma: ", while the league defended". */
  private static final WordSet CONTRASTING = WordSet.of("while", "whereas", "but", "although", "though");

  /**
   * The subject of a clause opened by "while", "whereas", "but" or "although" after {@code previous}'s
   * content and before the participle at {@code participle}, if it speaks: "…, while Svensk
   * Elitfotboll, the association of the top clubs, defended the clubs' work, saying"; or null.
   */
  private Ment contrastedSubject(Draft previous, int participle, int ss) {
    for (int k = participle - 2; k > ss && participle - k <= 30 && tok(k).begin >= previous.contentEnd; k--) {
      if (tok(k).kind == Token.Kind.QUOTE) {
        return null;
      }
      if (CONTRASTING.has(tok(k)) && tok(k - 1).isPunct(',')) {
        Ment m = listedAt(k + 1, participle);
        // the clause's subject must have done something of speech ("defended"), not "two soldiers were
        // wounded" inside what the army said
        boolean spoke = false;
        for (int j = m == null ? participle : m.end; j < participle - 1; j++) {
          spoke |= cueAt[j];
        }
        return usable(m) && spoke && !isPlace(m) && m != previous.speaker && m.end < participle - 1 ? m : null;
      }
    }
    return null;
  }

  /**
   * The subject of the sentence starting at {@code ss}: its first mention, after an opening
   * adverbial set off by a comma ("In late June, the Supreme Court ruled …").
   */
  private Ment subjectOf(int ss, int before) {
    // "BEIJING (AP) - China's military launched …": past a dateline
    ss = datelineEnd(ss, before);
    int k = ss;
    if (subordinateStarts.has(tok(ss)) || tok(ss).isLowerCase()) {
      while (k < before && !tok(k).isPunct(',')) {
        k++;
      }
      k++;
    }
    if (k < before && !usable(startsAt[k]) && tok(k).isLowerCase()) {
      k++;
    }
    if (k < before && usable(startsAt[k])) {
      Ment m = startsAt[k];
      if (m.end < before && usable(startsAt[m.end]) && startsAt[m.end].type == Ment.Type.PERSON) {
        // "Police spokesperson Assistant Commissioner Paul Ncube defended …, saying": the body is
        // the person's, who speaks
        return startsAt[m.end];
      }
      return m;
    }
    // "In the filing itself Ford also made this point, writing": the first actor not governed by
    // a preposition and followed by a verb
    for (int j = ss; j < before; j++) {
      Ment m = startsAt[j];
      if (!usable(m) || m.type == Ment.Type.ADJECTIVE || m.end >= before
          || j > ss && GOVERNING.contains(tok(j - 1).text.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int after = m.end;
      if (after + 3 < before && tok(after).isPunct('(') && tok(after + 2).isPunct(')')) {
        // "The International Air Transport Association (IATA) went further": past its abbreviation
        after += 3;
      }
      if (tok(after).isWord() && tok(after).isLowerCase() && !tok(after).is("of")) {
        return m;
      }
    }
    // "This comes after the Nigerian government recalled its ambassador, stating …": the subject of a clause
    // of time whose verb is in the past, when the main clause has none
    for (int j = ss + 1; j < before; j++) {
      Ment m = startsAt[j];
      if (usable(m) && m.type != Ment.Type.ADJECTIVE && m.end < before && TIMED_SUBORDINATORS.has(tok(j - 1))
          && tok(m.end).isLowerCase() && pastForm(tok(m.end))) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether {@code m} may name persons, whose own words a participle after them gives: "denounced the senator
   * saying that …"; not a state, a body or "the two countries".
   */
  private boolean mayBePerson(Ment m) {
    if (m.type == Ment.Type.NAMED) {
      return false;
    }
    if (m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION) {
      return m.kind == dev.demarche.model.ActorKind.PERSON || m.head == null || !NO_PERSONS.contains(m.head);
    }
    return m.kind == null || m.kind == dev.demarche.model.ActorKind.PERSON;
  }

  /** Heads of descriptions that name no persons: "the two countries", "both sides". */
  private static final WordSet NO_PERSONS = WordSet.of("countries", "nations", "states", "sides", "governments",
      "parties", "companies", "firms", "agencies", "ministries", "relations", "talks", "country", "nation",
      "government", "ministry", "company", "agency");

  /** Words that open a clause before its subject: "before the doctor allayed …", "and the union said …". */
  private static final WordSet CLAUSE_OPENERS = WordSet.of("before", "after", "when", "while", "as", "and", "but",
      "because", "since", "until", "although", "though", "that", "once");

  /**
   * The speaker right before the verb in the past that comes last before {@code k}, within a dozen words, past
   * a name set off by commas: "the team doctor, Deb Robinson, allayed the fears"; or null.
   */
  private Ment subjectOfVerbBefore(int k, int ss) {
    for (int j = k - 1; j > ss && j >= k - 12; j--) {
      Token t = tok(j);
      if (t.kind == Token.Kind.QUOTE || t.isPunct(';')) {
        return null;
      }
      if (t.isWord() && t.isLowerCase() && pastForm(t) && !isDeterminerAt(j - 1)) {
        Ment m = mentionEndingAt(tok(j - 1).isPunct(',') ? j - 2 : j - 1, ss);
        // a subject: first in the sentence, or after a comma or a word that opens a clause; not "tried to have
        // Waseem released"
        boolean subject = m != null && (m.start == ss || tok(m.start - 1).isPunct(',')
            || CLAUSE_OPENERS.has(tok(m.start - 1)));
        return subject && usable(m) && !isPlace(m) && m.type != Ment.Type.PRONOUN ? m : null;
      }
    }
    return null;
  }

  /** Verbs that come before their speaker: "…, said the minister", "…, warned the agency". */
  private static final WordSet INVERTING = WordSet.of("said", "says", "added", "adds", "wrote", "writes", "told",
      "tells", "asked", "asks", "stated", "states", "explained", "continued", "recalled", "noted", "insisted",
      "warned", "warns", "argued", "argues", "claimed", "claims", "replied", "responded", "reported", "reports",
      "announced", "declared", "tweeted", "posted", "acknowledged", "admitted", "confirmed", "concluded");
  private static final WordSet ADD_FORMS = WordSet.of("add", "adds", "added", "adding");

  /**
   * "The leaders of Singapore and Indonesia said", "the foreign ministers of Japan and Australia
   * said": each state of the list after the heads of states, up to {@code j}, the word before the
   * cue; else none.
   */
  private List<Ment> statesOfHeads(Ment m, int j) {
    if (!(m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION) || m.end + 2 > j
        || !HEADS_OF_STATES.has(tok(m.end - 1)) || !tok(m.end).is("of")) {
      return List.of();
    }
    List<Ment> states = new ArrayList<>();
    int k = m.end + 1;
    while (k <= j) {
      Ment state = startsAt[k];
      if (state == null || state.type != Ment.Type.NAMED || state.entry == null
          || state.entry.kind() != dev.demarche.model.ActorKind.STATE) {
        return List.of();
      }
      states.add(state);
      k = state.end;
      if (k > j) {
        break;
      }
      if (tok(k).isPunct(',')) {
        k++;
      }
      if (k <= j && tok(k).is("and")) {
        k++;
      }
      if (k > j) {
        return List.of();
      }
    }
    if (states.size() < 2 || k != j + 1) {
      return List.of();
    }
    int from = tok(m.start).text.equalsIgnoreCase("the") ? m.start + 1 : m.start;
    String title = text.substring(tok(from).begin, tok(m.end - 1).end).toLowerCase(java.util.Locale.ROOT);
    for (Ment state : states) {
      state.ledBy = title;
    }
    return List.copyOf(states);
  }

  /** Plural heads of a list of states after "of": "The presidents of Brazil, Argentina and Uruguay". */
  private static final WordSet HEADS_OF_STATES = WordSet.of("presidents", "leaders", "ministers", "governments",
      "heads", "representatives", "delegations", "ambassadors", "envoys", "federations", "parliaments");

  private static final WordSet GOVERNING = WordSet.of("in", "on", "at", "of", "for", "with", "by", "from", "to",
      "about", "after", "before", "during", "against", "over", "under", "into", "through", "since", "amid");

  /**
   * Whether a medium's lower-case description, its name and a cue start at {@code k}: "…, state news
   * agency Xinhua reported", "…, state news agency SANA reported", a name no list knows after a medium's noun.
   */
  private boolean describedMediumThenCue(int k) {
    if (k >= tokens.size() || startsAt[k] != null) {
      return false;
    }
    int j = k;
    while (j < tokens.size() && j < k + 3 && tok(j).isWord() && tok(j).isLowerCase() && !cueAt[j]) {
      j++;
    }
    Ment medium = j > k && j < tokens.size() ? startsAt[j] : null;
    return medium != null && (medium.type == Ment.Type.NAMED && medium.entry != null
        && medium.entry.kind() == dev.demarche.model.ActorKind.MEDIA
        || medium.type == Ment.Type.CANDIDATE && medium.hasName() && MentionFinder.isPressNoun(tokens, j - 1))
        && speakerThenCue(j);
  }

  /** Whether a mention starts at {@code k} and a reporting cue follows it directly. */
  private boolean speakerThenCue(int k) {
    if (k >= tokens.size() || !usable(startsAt[k])) {
      return false;
    }
    int after = pastAuthor(startsAt[k]);
    if (startsAt[k].type == Ment.Type.DESCRIPTION && after < tokens.size() && usable(startsAt[after])
        && (startsAt[after].hasName() || startsAt[after].type == Ment.Type.NAMED)) {
      // "…, the news agency Reuters reported": a description, then the name it describes
      after = pastAuthor(startsAt[after]);
    }
    if (after + 1 < tokens.size() && tok(after).is("in") && startsAt[after + 1] != null
        && isPlace(startsAt[after + 1])) {
      // "but the German Chamber of Commerce in China said": where the speaker is
      after = startsAt[after + 1].end;
    }
    if (after + 2 < tokens.size() && (tok(after).is("from") || tok(after).is("of")) && !cueAt[after]
        && (startsAt[k].type == Ment.Type.ANONYMOUS || startsAt[k].type == Ment.Type.DESCRIPTION)) {
      // "…, a delegate from one of the eight countries said": where the source is from, then the cue
      for (int j = after + 1; j < tokens.size() && j <= after + 6; j++) {
        if (cueAt[j] && tok(j).isLowerCase() && !tok(j).text.endsWith("ing")) {
          return true;
        }
        if (!tok(j).isWord() && tok(j).kind != Token.Kind.NUMBER) {
          return false;
        }
      }
    }
    return after < cueAt.length && cueAt[after];
  }

  /**
   * The end of {@code m}, or of the author named right after it when it is a document: "a statement
   * from the ministry", "a report by the agency", "a statement issued by the White House".
   */
  private int pastAuthor(Ment m) {
    Ment author = m.author;
    if (author == null || author.start <= m.end || author.start > m.end + 3) {
      return m.end;
    }
    Token before = tok(author.start - 1);
    boolean agent = before.is("from") || before.is("by");
    if (!agent && author.start - 2 >= m.end && isDeterminerAt(author.start - 1)) {
      // "from the ministry"
      before = tok(author.start - 2);
      agent = before.is("from") || before.is("by");
    }
    return agent ? author.end : m.end;
  }

  /**
   * Whether a speaker and its cue start at {@code k}, with adverbs or an aside set off by commas
   * between them: "Gownaris also said", "Gownaris, a biologist, said".
   */
  private boolean speakerAndCueAt(int k, int se) {
    if (k >= se || !usable(startsAt[k])) {
      return false;
    }
    int j = startsAt[k].end;
    if (j < se && tok(j).isPunct(',')) {
      int close = j + 1;
      while (close < se && close < j + 10 && !tok(close).isPunct(',') && tok(close).kind != Token.Kind.QUOTE) {
        close++;
      }
      if (close < se && tok(close).isPunct(',')) {
        j = close + 1;
      }
    }
    while (j < se && isSkippableBeforeCue(tok(j))) {
      j++;
    }
    return j < se && cueAt[j];
  }

  /**
   * Whether a speaker and a cue of their own start at {@code k}, also after a possessive or with
   * an aside between: "and his critics, which include Greenpeace, blame him".
   */
  private boolean anotherSpeakerThenCue(int k) {
    // "…, and on Tuesday she asked the bank …", "and, later, the ministry said": past a time first
    k = pastLeadingTime(k);
    if (k + 1 < tokens.size() && POSSESSIVE_DETERMINERS.has(tok(k)) && usable(startsAt[k + 1])) {
      k++;
    }
    if (k >= tokens.size() || !usable(startsAt[k])) {
      return false;
    }
    int after = startsAt[k].end;
    if (startsAt[k].type == Ment.Type.DESCRIPTION && after < tokens.size() && usable(startsAt[after])
        && startsAt[after].hasName()) {
      // "and the main farm union FNSEA called on …": the description, then the name it describes
      after = startsAt[after].end;
    }
    if (after + 1 < tokens.size() && (tok(after).is("of") || tok(after).is("from")) && startsAt[after + 1] != null
        || after + 1 < tokens.size() && tok(after).is("in") && startsAt[after + 1] != null
            && isPlace(startsAt[after + 1])) {
      // "and Ross Spano of Florida calling …": who the speaker is from; "but the German Chamber of
      // Commerce in China said": where the speaker is
      after = startsAt[after + 1].end;
    }
    while (after < tokens.size() && isAdverb(tok(after)) && after < startsAt[k].end + 2) {
      // "; Redouane consistently claimed"
      after++;
    }
    if (after + 1 < tokens.size() && tok(after).isPunct(',') && !isInsideQuote(tok(after).begin)) {
      // "and his critics, which include Greenpeace, blame him": a speaker, an aside, a cue
      for (int j = after + 1; j < tokens.size() && j < after + 15; j++) {
        if (tok(j).isPunct(',')) {
          return j + 1 < cueAt.length && cueAt[j + 1] && !tok(j + 1).text.endsWith("ing");
        }
        if (!tok(j).isWord() && tok(j).kind != Token.Kind.NUMBER) {
          return false;
        }
      }
      return false;
    }
    return after < cueAt.length && cueAt[after];
  }

  /**
   * A participle opening the sentence with a clause after "that", whose speaker is the subject of
   * the main clause after its comma: "Noting that this year marks the 35th anniversary, Liu said
   * …". Adds the statement and answers true; false when the cue is no such participle.
   */
  private boolean openingParticipleCue(Cue cue, int s, int ss, int se) {
    int first = datelineEnd(ss, cue.start());
    if (cue.start() == first && cue.object() && cue.participle() && tok(cue.start()).isCapitalized()
        && tok(cue.start()).text.endsWith("ing") && !isInsideQuote(tok(cue.start()).begin)) {
      // "Rejecting the accusations levelled against Iranian officials, Kanaani said …": the object up to the
      // comma, the act of the subject after it
      for (int k = cue.end() + 1; k + 1 < se && k < cue.end() + 30; k++) {
        if (tok(k).isPunct(';') || tok(k).isPunct(':') || cueAt[k] || tok(k).kind == Token.Kind.QUOTE) {
          return true;
        }
        Ment subject = tok(k).isPunct(',') ? subjectBeforeVerb(k + 1, se) : null;
        if (subject == null) {
          continue;
        }
        if (verbsBetween(cue.end(), k) == 0) {
          // but "Welcoming guests is a duty, the host said": the participle is a subject with a verb of its own
          object(cue, subject, cue.end(), s, k);
        }
        return true;
      }
      return true;
    }
    if (cue.start() != first || !tok(cue.start()).isCapitalized() || !tok(cue.start()).text.endsWith("ing")
        || cue.end() + 1 >= se || !tok(cue.end()).is("that") || isInsideQuote(tok(cue.start()).begin)) {
      return false;
    }
    for (int k = cue.end() + 2; k + 1 < se && k < cue.end() + 40; k++) {
      if (tok(k).isPunct(';') || tok(k).isPunct(':') || cueAt[k] && k > cue.end() + 1 && tok(k - 1).isPunct(',')) {
        return false;
      }
      Ment subject = tok(k).isPunct(',') && !isInsideQuote(tok(k).begin) ? subjectBeforeVerb(k + 1, se) : null;
      if (subject != null) {
        if (verbsBetween(cue.end() + 1, k) >= 2) {
          // "Admitting that mistakes were made is the first step, the minister said": the participle
          // is the subject of a verb of its own
          return true;
        }
        add(cue, subject, tok(cue.end() + 1).begin, tok(k - 1).end, s, false);
        return true;
      }
    }
    return false;
  }

  /**
   * The mention at {@code k} that is a clause's subject, a verb following it past adverbs: "the minister
   * said", "Kanaani strongly denied"; or null.
   */
  private Ment subjectBeforeVerb(int k, int se) {
    Ment subject = k < se ? startsAt[k] : null;
    if (!usable(subject) || subject.type == Ment.Type.PRONOUN && subject.head != null) {
      return null;
    }
    int verb = subject.end;
    while (verb < se && isAdverb(tok(verb))) {
      verb++;
    }
    return verb < se && (cueAt[verb] || FINITE_VERBS.has(tok(verb)) || pastForm(tok(verb))) ? subject : null;
  }

  /** How many verbs stand in {@code [from, to)}, finite ones or those a gerund subject takes. */
  private int verbsBetween(int from, int to) {
    int verbs = 0;
    for (int f = from; f < to; f++) {
      verbs += FINITE_VERBS.has(tok(f)) || GERUND_SUBJECT_VERBS.has(tok(f)) ? 1 : 0;
    }
    return verbs;
  }

  /** Whether a cue follows {@code m} right away, or after a word of place ("Yancheng city said"). */
  private boolean cueRightAfter(Ment m) {
    int k = m.end;
    if (k < tokens.size() && (tok(k).is("city") || tok(k).is("province") || tok(k).is("county"))) {
      k++;
    }
    return k < tokens.size() && cueAt[k];
  }

  /** Verbs a participle opening a sentence may be the subject of: "Saying that … does not make it so". */
  private static final WordSet GERUND_SUBJECT_VERBS = WordSet.of("is", "was", "does", "did", "makes", "made",
      "means", "meant", "remains", "seems", "helps", "will", "would", "can", "could");

  /** Words that end a time of day: "at 11:30 p.m., when …", "around midnight, when …". */
  private static final WordSet CLOCK_WORDS = WordSet.of("a.m.", "p.m.", "am", "pm", "GMT", "UTC", "midnight", "noon",
      "dawn", "dusk");

  /** People who serve another, named after "to": "an aide to the prime minister". */
  private static final Set<String> AIDES = ImmutableSet.of("aide", "aides", "adviser", "advisers",
      "advisor", "advisors", "assistant", "assistants", "envoy", "envoys", "spokesman", "spokeswoman",
      "spokesperson", "counsel", "secretary");

  /**
   * Whether {@code [from, to)} holds only the words of a phrase of place or time: no finite verb,
   * "that" or quotation, and a participle only after a determiner ("in a televised address").
   */
  private boolean adjunctWordsOnly(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tok(k);
      if (FINITE_VERBS.has(t) || t.is("that") || t.kind == Token.Kind.QUOTE
          || pastForm(t) && !(k > from && isDeterminerAt(k - 1))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a comma lies in {@code [from, to)}. */
  private boolean commaBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tok(k).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /** How many lower-case words other than determiners and prepositions lie in {@code [from, to)}. */
  private int contentWordsBetween(int from, int to) {
    int count = 0;
    for (int k = from; k < to; k++) {
      if (tok(k).isWord() && tok(k).isLowerCase() && !isDeterminerAt(k) && !PREPOSITIONS.has(tok(k))) {
        count++;
      }
    }
    return count;
  }

  /** Whether a cue, a finite verb, "that" or a quotation lies in {@code [from, to)}: "at the scene" has none. */
  private boolean verbOrClauseBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (cueAt[k] || FINITE_VERBS.has(tok(k)) || pastForm(tok(k)) || tok(k).is("that")
          || tok(k).kind == Token.Kind.QUOTE) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subordinator starts at {@code k}, also after "even": "even as", "even though". */
  private boolean subordinatorAt(int k) {
    return SUBORDINATORS.has(tok(k)) || tok(k).is("even") && k + 1 < tokens.size() && SUBORDINATORS.has(tok(k + 1));
  }

  /**
   * Where the last clause before {@code end} starts when it follows a speaker's cue and a comma
   * and a subordinator or "but" ("A truce begins on Tuesday, the ministry said, even as shelling went
   * on, according to residents": "shelling went on"; "Neither club confirmed the fee, but the club
   * paid €18 million, according to a newspaper"), or {@code from} when there is none.
   */
  private int clauseAfterTrailingCue(int from, int end) {
    for (int k = end - 2; k > from + 1; k--) {
      if (!tok(k).isPunct(',') || isInsideQuote(tok(k).begin)) {
        continue;
      }
      int j = k + 1;
      if (tok(j).is("even") && j + 1 < end && (tok(j + 1).is("as") || tok(j + 1).is("though"))) {
        j++;
      }
      if (!(SUBORDINATORS.has(tok(j)) && !tok(j).is("which")) || j + 1 >= end) {
        continue;
      }
      for (int c = k - 1; c >= from && c >= k - 6; c--) {
        if (cueAt[c] && tok(c).isLowerCase() && !tok(c).text.endsWith("ing")) {
          return j + 1;
        }
        if (tok(c).isPunct(',')) {
          break;
        }
      }
      return from;
    }
    return from;
  }

  /**
   * The token after a time that opens a clause at {@code k} ("on Tuesday", "last week", "later",
   * "on March 5", each perhaps set off by commas), or {@code k} when there is none.
   */
  private int pastLeadingTime(int k) {
    int n = tokens.size();
    int j = k < n && tok(k).isPunct(',') ? k + 1 : k;
    if (j < n && (tok(j).is("later") || tok(j).is("earlier") || tok(j).is("then") || tok(j).is("afterwards"))) {
      j++;
    } else {
      int t = j < n && (tok(j).is("on") || tok(j).is("last") || tok(j).is("this") || tok(j).is("late")
          || tok(j).is("early")) ? j + 1 : j;
      if (t == j || t >= n) {
        return k;
      }
      int date = dateEnd(t, n);
      if (TIME_WORDS.has(tok(t))) {
        j = t + 1;
        if (j < n && PARTS_OF_DAY.has(tok(j))) {
          j++;
        }
      } else if (date > t) {
        j = date;
      } else {
        return k;
      }
    }
    return j < n && tok(j).isPunct(',') ? j + 1 : j;
  }

  /** Whether {@code cue} lies in the content of the last statement found. */
  private boolean insideContentOfPrevious(Cue cue) {
    if (drafts.isEmpty()) {
      return false;
    }
    Draft last = drafts.get(drafts.size() - 1);
    int at = tok(cue.start()).begin;
    return last.cue == previousCue && last.contentBegin <= at && at < last.contentEnd;
  }

  /**
   * Whether a cue set off by a comma has its speaker after it, ending the clause, while the one
   * found before it is no subject but a place inside what was said, or the object of a relative
   * clause there: "…, Texas, with the toll rising to 22, said officials.", "The bus, which was
   * carrying 45 passengers, fell 150 metres, said Superintendent Sakshi Verma."
   */
  private boolean speakerAfterAside(Cue cue, Ment left, int ss, int se) {
    int p = cue.end();
    boolean fronted = inFrontedPhrase(left, ss);
    if (cue.object() || TELL.has(tok(cue.start())) || cue.start() - 1 <= ss || !tok(cue.start() - 1).isPunct(',')
        || p >= se || rightSpeakerAt(p, se) == null) {
      return false;
    }
    if ((left.end >= cue.start() - 1 || left.start <= ss + 1 && !fronted
            || !(isPlace(left) || insideRelativeClause(left, ss) || fronted))
        && !(CLAUSE_ONLY_INVERTING.has(tok(cue.start()))
            && afterSpeaker(rightSpeakerAt(p, se), se) > lastContentToken(se))) {
      // "The minister, 45, told the court.": one who speaks to whom the verb names; but "said" names no one
      // spoken to, and a speaker after it that ends the sentence speaks: "The president met Macron, said the
      // spokesman."
      return false;
    }
    Ment right = rightSpeakerAt(p, se);
    return !isPlace(right) && endsClause(afterSpeaker(right, se), se) && leftHasContent(cue, ss)
        // "The World Health Organization, a UN agency, said the virus spread fast": a subject and its apposition,
        // with no verb, are no clause said
        && (verbBetween(ss, cue.start() - 1) || !appositiveSubjectOnly(ss, cue.start() - 1));
  }

  /**
   * Whether the sentence from {@code ss} to {@code comma} is a noun phrase and an apposition set off after it, with
   * no cue or participle in it: "The World Health Organization, a UN agency,".
   */
  private boolean appositiveSubjectOnly(int ss, int comma) {
    Ment first = startsAt[ss];
    if (first == null || first.end >= comma - 1 || !tok(first.end).isPunct(',')
        || !(tok(first.end + 1).is("a") || tok(first.end + 1).is("an") || tok(first.end + 1).is("the"))) {
      return false;
    }
    for (int k = ss; k < comma; k++) {
      if (cueAt[k] || tok(k).isLowerCase() && tok(k).text.endsWith("ing")) {
        return false;
      }
    }
    return true;
  }

  /** Inverting verbs that take no person as object: "…, said the spokesman." has its speaker after it. */
  private static final WordSet CLAUSE_ONLY_INVERTING = WordSet.of("said", "says", "added", "adds", "wrote", "writes",
      "stated", "explained", "continued", "noted", "insisted", "argued", "argues", "replied", "responded",
      "tweeted", "concluded", "recalled");

  /** Prepositions that open a phrase before the clause: "Of the new patients, …", "Among the dead, …". */
  private static final WordSet PHRASE_OPENERS = WordSet.of("of", "among", "in", "at", "on", "for", "from", "with",
      "during", "after", "before", "amid", "despite", "like", "under", "since", "until", "between", "outside");

  /**
   * Whether {@code m} lies in a phrase that opens the sentence with a preposition and ends at a comma, with no
   * verb: "Of the new patients, 382 were admitted, said the ministry".
   */
  private boolean inFrontedPhrase(Ment m, int ss) {
    if (!tok(ss).isCapitalized() || !PHRASE_OPENERS.contains(tok(ss).text.toLowerCase(java.util.Locale.ROOT))
        || m.start <= ss) {
      return false;
    }
    for (int k = ss + 1; k < m.start; k++) {
      if (!tok(k).isWord() || cueAt[k] || FINITE_VERBS.has(tok(k))) {
        return false;
      }
    }
    return m.end < tokens.size() && tok(m.end).isPunct(',');
  }

  /**
   * The speaker right after an inverted cue at {@code p}, also past a "the" that its name leaves out: "said
   * the Department of Health"; or null.
   */
  private Ment rightSpeakerAt(int p, int se) {
    if (usable(startsAt[p])) {
      return startsAt[p];
    }
    return p + 1 < se && (tok(p).is("the") || tok(p).is("The")) && usable(startsAt[p + 1])
        && startsAt[p + 1].hasName() ? startsAt[p + 1] : null;
  }

  /**
   * Where the words about a speaker after its cue end: past adjuncts and a relative clause about it
   * ("said an official who asked not to be named.").
   */
  private int afterSpeaker(Ment right, int se) {
    // "said spokesman Wang Zhengyu (王正宇) on Monday": past the name in native script
    int end = Math.min(se, MentionFinder.afterNativeName(tokens, right.end));
    if (end + 2 < se && tok(end).isPunct('(') && tok(end + 2).isPunct(')') && tok(end + 1).isWord()
        && tok(end + 1).text.equals(tok(end + 1).text.toUpperCase(java.util.Locale.ROOT))) {
      // "said the Directorate General of Health Services (DGHS).": past its short name
      end += 3;
    }
    int after = skipAdjuncts(end, se);
    return after < se && (tok(after).is("who") || tok(after).is("whose")) ? speakerRelativeEnd(after, se) : after;
  }

  /**
   * Whether {@code m} stands after the verb of a relative clause set off by a comma: "passengers" in
   * ", which was carrying 45 passengers,".
   */
  private boolean insideRelativeClause(Ment m, int ss) {
    for (int q = m.start - 1; q > ss && q >= m.start - 12; q--) {
      if (tok(q).isPunct(',')) {
        return q + 2 < m.start && (tok(q + 1).is("which") || tok(q + 1).is("who") || tok(q + 1).is("that"));
      }
      if (!tok(q).isWord() && tok(q).kind != Token.Kind.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code [k, last]} is the rest of an absolute phrase after "with": a noun phrase, then a
   * participle or an adjective of state ("25 others injured", "the toll still rising").
   */
  private boolean withAbsoluteAt(int k, int last) {
    if (k > last || !(tok(k).kind == Token.Kind.NUMBER || tok(k).isCount() || ABSOLUTE_QUANTIFIERS.has(tok(k))
        || tok(k).is("the"))) {
      // "with 25 others injured", "with dozens still missing"; not "with tears streaming down her face"
      // nor "with his arms folded", which tell how the words were said
      return false;
    }
    for (int j = k + 1; j <= last && j <= k + 6; j++) {
      Token t = tok(j);
      if (!t.isWord() && t.kind != Token.Kind.NUMBER) {
        return false;
      }
      if (t.isLowerCase() && (t.text.endsWith("ed") || t.text.endsWith("ing") && t.text.length() > 4
          || ABSOLUTE_STATES.has(t))) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet ABSOLUTE_QUANTIFIERS = WordSet.of("dozens", "hundreds", "thousands", "several",
      "many", "some", "more", "at", "no", "only", "another", "other", "others", "most", "all", "nearly", "about",
      "over", "up");

  private static final WordSet ABSOLUTE_STATES = WordSet.of("dead", "missing", "hurt", "unaccounted", "alive",
      "homeless", "critical", "stranded");

  /** Words that put a person in a place: "from Toronto", "of Ohio", "in Berlin". */
  private static final WordSet PLACE_LINKS = WordSet.of("from", "of", "in");

  /**
   * Whether the place {@code m} follows a comma and a place it locates: "in Kano, Nigeria", "from the
   * Institute in Nanoro, Burkina Faso".
   */
  private boolean placeAppositionBefore(Ment m, int ss) {
    if (m.start - 3 < ss || !tok(m.start - 1).isPunct(',') || !tok(m.start - 2).isCapitalized()) {
      return false;
    }
    for (int k = m.start - 3; k >= ss && k >= m.start - 6; k--) {
      if (PLACE_LINKS.has(tok(k)) || tok(k).is("near") || tok(k).is("at")) {
        return true;
      }
      if (!tok(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The one an aside of place after a comma is about, when the place {@code m} ends it: "Acme Foods,
   * based in Austin, Texas," gives Acme Foods; "a teacher in Leeds, England," the one before "a
   * teacher". The place follows the aside's link ({@code in}, {@code from}, {@code of}), and up to
   * four lower-case words lie between the comma and the link; null when the aside is not of that
   * shape or no speaker precedes it.
   */
  private Ment placedBeforeAside(Ment m, int ss) {
    int link = m.start - 1;
    if (link <= ss || !PLACE_LINKS.has(tok(link))) {
      return null;
    }
    int c = link - 1;
    while (c > ss && link - c <= 4 && tok(c).isWord() && tok(c).isLowerCase()) {
      c--;
    }
    if (c <= ss || !tok(c).isPunct(',')) {
      return null;
    }
    Ment placed = mentionEndingAt(pastAge(c - 1, ss), ss);
    return placed != null && !isPlace(placed) && placed.canSpeak() ? placed : null;
  }

  /**
   * Whether {@code k} holds an abbreviation like a state's or province's, its full stop right after
   * it and a comma after that: "Que.,", "Calif.,".
   */
  private boolean isRegionAbbreviation(int k) {
    return k + 2 < tokens.size() && tok(k).isCapitalized() && tok(k).text.length() <= 5
        && tok(k + 1).isPunct('.') && tok(k + 1).begin == tok(k).end && tok(k + 2).isPunct(',');
  }

  /** Whether the description {@code m} is a title written with capitals: "First Secretary". */
  private boolean isCapitalizedTitle(Ment m) {
    for (int k = m.start; k < m.end; k++) {
      if (!tok(k).isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a mention of one who may speak, not a place, starts at {@code k}. */
  private boolean speakerAt(int k) {
    Ment m = k < tokens.size() ? startsAt[k] : null;
    return usable(m) && !isPlace(m);
  }

  private static boolean isPlace(Ment m) {
    return m.entry != null && (m.entry.kind() == dev.demarche.model.ActorKind.CITY
        || m.entry.kind() == dev.demarche.model.ActorKind.STATE && m.type == Ment.Type.NAMED);
  }

  /**
   * The end of the relative clause about a speaker opened at {@code k} ("who asked not to be
   * named"): the comma, colon or end of sentence that closes it, or {@code k} when a quotation comes
   * first.
   */
  private int speakerRelativeEnd(int k, int se) {
    int last = lastContentToken(se);
    for (int j = k + 1; j <= last && j < k + 20; j++) {
      if (tok(j).isPunct(',') || tok(j).isPunct(':')) {
        return j;
      }
      if (tok(j).kind == Token.Kind.QUOTE) {
        return k;
      }
    }
    return last < k + 20 ? last + 1 : k;
  }

  /** Whether {@code k} ends the clause: the sentence's end, a comma, or a colon. */
  private boolean endsClause(int k, int se) {
    return k > lastContentToken(se) || tok(k).isPunct(',') || tok(k).isPunct(':');
  }

  /**
   * The opening quote of a quotation that resumes after a short adjunct and a comma, with no cue
   * in between: "said Kipchoge after the run, "…"". Returns -1 if there is none.
   */
  private int quoteResumes(int p, int se) {
    // "said on his second day in the witness box, "…"": an adjunct of a dozen words or so
    for (int k = p; k < se && k < p + 16; k++) {
      if (cueAt[k] || quoteByCloseToken.containsKey(k)) {
        return -1;
      }
      if (quoteByOpenToken.containsKey(k)) {
        return k > p && (tok(k - 1).isPunct(',') || tok(k - 1).isPunct(';')) ? k : -1;
      }
    }
    return -1;
  }

  /** A person's name after up to four lower-case words: "student protester Joshua Wong". */
  private Ment nameAfterRoleWords(int p, int se) {
    for (int k = p; k < se && k < p + 5; k++) {
      Ment m = startsAt[k];
      if (k > p && usable(m) && isPersonLike(m) && m.hasName()) {
        return m;
      }
      if (!(tok(k).isWord() && tok(k).isLowerCase())) {
        return null;
      }
    }
    return null;
  }

  /** ", this time", ", on Friday", ", last week": a time adjunct after the comma ends an object. */
  private boolean isTimeAfterComma(int k) {
    int t = k;
    if (t < tokens.size() && (tok(t).is("on") || tok(t).is("this") || tok(t).is("last") || tok(t).is("earlier")
        || tok(t).is("later") || tok(t).is("again"))) {
      if (!tok(t).is("on") && !tok(t).is("this") && !tok(t).is("last")) {
        return true;
      }
      t++;
    }
    if (t + 1 < tokens.size() && (tok(t).is("shortly") || tok(t).is("soon")) && RELATIVE_TIME.has(tok(t + 1))) {
      // "…, shortly after the vote"
      return true;
    }
    if (t + 1 < tokens.size() && (tok(t).is("just") || tok(t).is("only"))) {
      // "…, just hours before the summit"
      t++;
    }
    // "…, a day after China held drills", "…, two weeks before the vote", "…, hours after"
    int u = t < tokens.size() && (COUNTS.has(tok(t)) || tok(t).kind == Token.Kind.NUMBER) ? t + 1 : t;
    if (u + 1 < tokens.size() && TIME_UNITS.has(tok(u)) && RELATIVE_TIME.has(tok(u + 1))) {
      return true;
    }
    return t < tokens.size() && (TIME_WORDS.has(tok(t)) || tok(t).is("time"));
  }

  private static final WordSet COUNTS = WordSet.of("a", "one", "two", "three", "several", "few");
  private static final WordSet TIME_UNITS = WordSet.of("minute", "minutes", "hour", "hours", "day", "days", "week",
      "weeks", "month", "months", "year", "years");
  private static final WordSet RELATIVE_TIME = WordSet.of("after", "before", "later", "earlier", "ago");

  /** Whether a clause may start at {@code k}: a determiner, a subject pronoun or a name, not a time. */
  private static final WordSet FINITE_VERBS = WordSet.of("be", "is", "are", "was", "were", "will", "would",
      "should", "must", "can", "could", "may", "might", "has", "have", "had");

  /** A finite verb or a subjunctive "be" within five words from {@code k}, words only between. */
  private boolean finiteVerbWithin(int k, int se) {
    for (int j = k; j < se && j < k + 5; j++) {
      if (FINITE_VERBS.has(tok(j))) {
        return true;
      }
      if (!tok(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  private boolean startsClause(int k, int se) {
    return k < se && !TIME_WORDS.has(tok(k)) && !MONTH_WORDS.has(tok(k))
        && (isDeterminerAt(k) || SUBJECT_PRONOUNS.has(tok(k)) || tok(k).isCapitalized());
  }

  private boolean isDeterminerAt(int k) {
    return (tok(k).lexeme.mask & determinerBit) != 0;
  }

  /**
   * Whether the act noun of a light verb's cue, within a few words of {@code k}, is followed by a
   * relative pronoun and a cue: "a statement that read", "a post which said".
   */
  private boolean relativeCueAfterActNoun(int k, int se) {
    for (int j = k; j + 2 < se && j < k + 9; j++) {
      if (tok(j).lexeme.actNoun != null) {
        return (tok(j + 1).is("that") || tok(j + 1).is("which")) && cueAt[j + 2];
      }
    }
    return false;
  }

  /** Whether a number or a counting word stands in {@code [from, to)}. */
  private boolean countWithin(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tok(k).kind == Token.Kind.NUMBER || tok(k).isCount()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last participle in {@code (from, to)} right after a comma that counts something, as in ",
   * killing at least 20", or -1.
   */
  private int participleAfterComma(int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (tok(k - 1).isPunct(',') && !isInsideQuote(tok(k).begin)) {
        Token t = tok(k);
        return t.isLowerCase() && t.text.endsWith("ing") && t.text.length() > 5 && !cueAt[k]
            && countWithin(k + 1, Math.min(to, k + 5)) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a clause with its own subject starts at {@code k}: words, then a finite verb or one in the
   * past, within a few words ("dozens of boats entered", "talks resumed"); not "asked about it".
   */
  private boolean subjectThenVerbAt(int k, int se) {
    if (k >= se || !tok(k).isWord() || tok(k).isLowerCase() && (pastForm(tok(k)) || tok(k).text.endsWith("ing"))) {
      return false;
    }
    for (int j = k + 1; j < se && j < k + 8; j++) {
      Token t = tok(j);
      if (FINITE_VERBS.has(t) || t.isLowerCase() && pastForm(t)) {
        return true;
      }
      if (!t.isWord() && t.kind != Token.Kind.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /** Whether token {@code k} is a year ("2020") or a month ("March"). */
  private boolean yearOrMonthAt(int k) {
    Token t = tok(k);
    return t.kind == Token.Kind.NUMBER && t.text.length() == 4 && (t.text.startsWith("1") || t.text.startsWith("2"))
        || MONTH_WORDS.has(t);
  }

  /** Whether the cue is a verb of saying and its preposition: "wrote about", "talked of", "commented on". */
  private boolean particleCue(Cue cue) {
    return cue.end() - cue.start() == 2 && CueFinder.OBJECT_PARTICLES.has(tok(cue.end() - 1));
  }

  /**
   * Where a list a noun of speech takes in begins, after "include", "have included" or "have
   * expanded to" at {@code p}; or {@code p}.
   */
  private int includesAt(int p, int se) {
    int k = p;
    if (k + 1 < se && (tok(k).is("have") || tok(k).is("has") || tok(k).is("had"))) {
      k++;
    }
    if (k + 1 < se && (tok(k).is("include") || tok(k).is("included") || tok(k).is("includes"))) {
      return k + 1;
    }
    if (k > p && k + 2 < se && tok(k).is("expanded") && tok(k + 1).is("to")) {
      return k + 2;
    }
    return p;
  }

  /** Whether ", and" or ", but" stands in {@code [from, to)}. */
  private boolean setOffConjunctionBetween(int from, int to) {
    for (int k = Math.max(from, 1); k < to; k++) {
      if ((tok(k).is("and") || tok(k).is("but")) && tok(k - 1).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the aside set off by dashes that holds the cue at {@code k} ends, or {@code se} when the cue
   * stands in none: in "commented on the matter — which the BBC noted as unusual — "…"", what the BBC
   * noted ends at the second dash.
   */
  private int dashAsideEnd(int k, int ss, int se) {
    if (dashesBefore == null) {
      indexDashes();
    }
    // the dashes outside quotations from the sentence's start up to k, counted from the article's start
    boolean open = ((dashesBefore[k] - dashesBefore[ss]) & 1) != 0;
    if (!open || isInsideQuote(tok(k).begin)) {
      return se;
    }
    return Math.min(nextDash[k + 1], se);
  }

  /**
   * Counts of the dashes outside quotations before each token, and the next such dash at or after
   * it, so that a cue's aside is found without a scan of its sentence.
   */
  private void indexDashes() {
    int n = toks.length;
    dashesBefore = new int[n + 1];
    nextDash = new int[n + 1];
    for (int j = 0; j < n; j++) {
      boolean dash = isDash(toks[j]) && !isInsideQuote(toks[j].begin);
      dashesBefore[j + 1] = dashesBefore[j] + (dash ? 1 : 0);
    }
    nextDash[n] = n;
    for (int j = n - 1; j >= 0; j--) {
      nextDash[j] = dashesBefore[j + 1] > dashesBefore[j] ? j : nextDash[j + 1];
    }
  }

  private static boolean isDash(Token t) {
    return t.kind == Token.Kind.PUNCT && (t.text.equals("—") || t.text.equals("–") || t.text.equals("--"));
  }

  /** Whether the speaker at {@code k} is set off from what precedes it: a comma, colon, dash or quote. */
  private boolean setOffBefore(int k) {
    Token t = tok(k - 1);
    return t.isPunct(',') || t.isPunct(':') || t.isPunct(';') || isDash(t) || t.kind == Token.Kind.QUOTE
        || t.isPunct(')');
  }

  /** Whether the cue at {@code k} is negated: "did not say", "has never confirmed", "didn't comment". */
  private boolean negated(int k, int ss) {
    for (int j = k - 1; j >= ss && j >= k - 10; j--) {
      if (tok(j).is("neither") || tok(j).is("Neither") || tok(j).is("nor")) {
        // "neither the EU nor the United States would endorse the result"
        return true;
      }
      if (tok(j).isPunct(',') || tok(j).isPunct(';') || tok(j).kind == Token.Kind.QUOTE || RELATIVES.has(tok(j))) {
        break;
      }
    }
    for (int j = k - 1; j >= ss && j >= k - 3; j--) {
      Token t = tok(j);
      if (isNegation(t)) {
        return true;
      }
      if (!(t.isWord() && t.isLowerCase()) || !skipBefore.has(t) && !isAdverb(t)) {
        // "an official who could not be named said": only auxiliaries and adverbs lie between
        return false;
      }
    }
    return false;
  }

  /** Words that may follow a cue that has no object of its own at the end of a relative clause. */
  private static final WordSet AFTER_OBJECTLESS_CUE = WordSet.of("as", "on", "in", "last", "this", "earlier", "later",
      "at", "during", "since", "after", "before", "yesterday", "today", "again", "outright", "strongly", "publicly",
      "repeatedly", "immediately", "then");
  /** Prepositions inside a noun phrase, after its head: "the allegations of the party", "a plan for the march". */
  private static final WordSet NOUN_PHRASE_PREPOSITIONS = WordSet.of("of", "for");

  /**
   * Whether the words from {@code begin} are set off by a comma right after what another statement of sentence
   * {@code s} said, whose summary they are ("said the man was armed, a claim his family rejected"; "…, claims which
   * the commission rejected"): their own cue acts on what was said, as another rule reads it.
   */
  private boolean summingUp(int begin, int s) {
    if (begin == 0 || !tok(begin - 1).isPunct(',')) {
      return false;
    }
    int comma = tok(begin - 1).begin;
    for (int k = drafts.size() - 1; k >= 0 && drafts.get(k).sentence == s; k--) {
      Draft d = drafts.get(k);
      if (d.contentEnd >= comma - 1 && d.contentEnd <= comma + 2) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of adverbials, after which "which" takes up a clause: "in some way, which he denied". */
  private static final WordSet ADVERBIAL_NOUNS = WordSet.of("way", "time", "point", "moment", "manner", "sense",
      "extent", "degree", "fashion", "stage");
  /** Auxiliaries between the subject of a relative clause and its cue: "a decision Beijing has rejected". */
  private static final WordSet RELATIVE_AUXILIARIES = WordSet.of("has", "have", "had", "also", "long", "quickly",
      "swiftly", "strongly", "since", "later", "already", "previously");

  /**
   * "increased Chinese military maneuvers around Taiwan, which the German Foreign Ministry condemned", "…, a decision
   * Beijing has rejected", "the sanctions, which Moscow denounced as illegal, …": a cue that takes an object, with
   * none after it, closing a relative clause after "which" or "that", or right after a subject in a description set
   * off by a comma, says its act of what the clause describes: the words before "which" back to a comma, a
   * preposition such as "amid", a verb in the past or the sentence's start, or the description after the comma.
   */
  private boolean actedInObjectRelative(Cue cue, int s, int ss, int se) {
    if (!cue.object()) {
      return false;
    }
    int after = cue.end();
    if (after < se && !(tok(after).kind == Token.Kind.PUNCT || AFTER_OBJECTLESS_CUE.has(tok(after)))
        // "which Ross has referred to as "gamesmanship"": a name given, which is what was said
        || after < se && tok(after).is("as") && cue.act() == SpeechAct.SAY) {
      return false;
    }
    int k = cue.start() - 1;
    while (k > ss && RELATIVE_AUXILIARIES.has(tok(k))) {
      k--;
    }
    Ment subject = mentionEndingAt(k, ss);
    if (subject == null || subject.start - 1 <= ss) {
      return false;
    }
    int before = subject.start - 1;
    int end;
    if (tok(before).is("which") || tok(before).is("that")) {
      end = tok(before - 1).isPunct(',') ? before - 1 : before;
    } else if (tok(before).isLowerCase() && tok(before).isWord() && !isDeterminerAt(before)
        // "…, her daughter Mara Stein announced": a description of the speaker, who ends a clause said
        && (tok(before).lexeme.mask & nounBits) == 0
        && !objectStop.has(tok(before)) && !pastForm(tok(before)) && !isAdverb(tok(before))
        && !PREPOSITIONS.has(tok(before)) && !tok(before).is("and") && !tok(before).is("or")) {
      // "…, a decision Beijing has rejected": a description set off by a comma, its noun right before the subject;
      // not "…, the spokesperson said in a statement posted on …"
      int open = before - 1;
      while (open > ss && tok(open).isWord() && tok(open).isLowerCase() && !cueAt[open] && open > before - 4) {
        open--;
      }
      if (!(tok(open).isPunct(',') && isDeterminerAt(open + 1))) {
        return false;
      }
      for (int j = open + 2; j <= before; j++) {
        if (isDeterminerAt(j)) {
          // "a plan the ruling party dismissed": "the ruling" opens the subject
          return false;
        }
      }
      end = before + 1;
    } else {
      return false;
    }
    int begin = end;
    while (begin > ss && !tok(begin - 1).isPunct(',') && !tok(begin - 1).isPunct(';') && !tok(begin - 1).isPunct(':')
        && tok(begin - 1).kind != Token.Kind.QUOTE && !objectStop.has(tok(begin - 1)) && !cueAt[begin - 1]
        // "comes amid increased maneuvers": a past form after a preposition describes the noun
        && !(tok(begin - 1).isLowerCase() && pastForm(tok(begin - 1)) && begin - 2 >= ss
            && !objectStop.has(tok(begin - 2)) && !PREPOSITIONS.has(tok(begin - 2)) && !isDeterminerAt(begin - 2))) {
      begin--;
    }
    // the noun phrase that ends there: from its last determiner ("sent the police a plan"), or the one before "of" or
    // "for" ("the rigging allegations of the ruling party", "a plan for the march")
    for (int j = end - 1; j > begin; j--) {
      if (isDeterminerAt(j)) {
        begin = j;
        if (j - 2 > ss && NOUN_PHRASE_PREPOSITIONS.has(tok(j - 1))) {
          for (int k2 = j - 2; k2 >= begin - 6 && k2 > ss; k2--) {
            if (!tok(k2).isWord() || cueAt[k2]) {
              break;
            }
            if (isDeterminerAt(k2)) {
              begin = k2;
              break;
            }
          }
        }
        break;
      }
    }
    boolean that = tok(end).is("that");
    if (begin >= end || PREPOSITIONS.has(tok(begin)) || ADVERBIAL_NOUNS.has(tok(end - 1))
        || summingUp(begin, s)
        // "said last week that it agreed": a cue's "that", which opens what was said; "the very notion that the
        // Founders rejected": a noun whose "that" may open its content
        || that && (begin > ss && cueAt[begin - 1] && !isDeterminerAt(begin) || CONTENT_NOUNS.has(tok(end - 1)))) {
      // "was accused of inciting the murder in some way, which he denied": what was denied is a clause's, not a
      // noun's
      return false;
    }
    Draft acted = new Draft(subject, cue, tok(begin).begin, tok(end - 1).end, StatementMode.REPORTED_ACT, cue.act(), s);
    acted.embedded = true;
    drafts.add(acted);
    return true;
  }

  /** Cues that name something as something: "what it called", "what Beijing describes as". */
  private static final WordSet NAMING_CUES = WordSet.of("call", "calls", "called", "describe", "describes",
      "described", "term", "terms", "termed", "label", "labels", "labeled", "labelled", "brand", "brands", "branded",
      "characterize", "characterizes", "characterized", "characterise", "characterises", "characterised");
  /** Naming cues that need "as" before the name they give: "described as". */
  private static final WordSet NAMING_CUES_WITH_AS = WordSet.of("describe", "describes", "described", "characterize",
      "characterizes", "characterized", "characterise", "characterises", "characterised");
  /** The token after the name last given in a free relative ("what it called …"), for a second joined to it. */
  private int freeRelativeEnd = -1;
  /** Words that open a relative clause after a name given: "what it called an attack, which …". */
  private static final WordSet RELATIVE_OPENERS = WordSet.of("which", "who", "whom", "whose");
  /** Forms of "be" that may stand between a naming cue and the name: "what he called was the first result". */
  private static final WordSet NAMING_BE = WordSet.of("was", "is", "were", "are");

  /**
   * "China rejected what Manila calls its exclusive economic zone", "moved into what they call disputed territory and
   * Cambodia calls sovereign": the one named inside a free relative after "what" says of something that it is what
   * follows the cue (past "as", or "was"), a quotation whole, or words up to a mark, a clause's conjunction or
   * another cue. Not a pronoun inside what another statement of the sentence says, which is its speaker's own naming
   * ("MONUSCO condemned what it described as "…""), as the annotation guidelines read embedded speech.
   */
  private boolean namedInFreeRelative(Cue cue, int s, int ss, int se) {
    if (!NAMING_CUES.has(tok(cue.start())) || cue.end() - cue.start() != 1) {
      return false;
    }
    Ment speaker = mentionEndingAt(cue.start() - 1, ss);
    if (speaker == null || speaker.start - 1 < ss || !(tok(speaker.start - 1).is("what")
        // "what they call disputed territory and Cambodia calls sovereign": a second naming joined to the first
        || speaker.start - 1 == freeRelativeEnd && tok(speaker.start - 1).is("and"))) {
      return false;
    }
    Draft outer = speaker.type == Ment.Type.PRONOUN ? lastDraftInSentence(s, cue.start()) : null;
    if (outer != null && outer.contentBegin <= tok(cue.start()).begin && tok(cue.start()).end <= outer.contentEnd) {
      // "MONUSCO condemned what it described as …": the one who condemned names it, in what it condemned, which holds
      // the name already
      return true;
    }
    int from = cue.end();
    if (from < se && tok(from).is("as")) {
      from++;
    } else if (NAMING_CUES_WITH_AS.has(tok(cue.start()))) {
      // "what it described": no name given
      return false;
    }
    if (from < se && NAMING_BE.has(tok(from))) {
      from++;
    }
    if (from < se && OBJECT_PRONOUNS.has(tok(from))) {
      // "she knew what they called him": the one called, whose name is the "what"
      return false;
    }
    int end = from;
    boolean quoted = false;
    while (end < se) {
      Token t = tok(end);
      Quote q = quoteByOpenToken.get(end);
      if (q != null && q.closed()) {
        // the quotation whole, marks and all
        int close = end + 1;
        while (close < se && tok(close).begin < q.outer().end() - 1) {
          close++;
        }
        if (close >= se) {
          break;
        }
        quoted = true;
        end = close + 1;
        continue;
      }
      if (t.kind == Token.Kind.PUNCT || t.kind == Token.Kind.QUOTE || cueAt[end] && end > from
          || objectStop.has(t) || RELATIVE_OPENERS.has(t) && end > from
          || (t.is("and") || t.is("or")) && end + 1 < se
              && (!tok(end + 1).isLowerCase() || pastForm(tok(end + 1)) || SUBJECT_PRONOUNS.has(tok(end + 1)))) {
        break;
      }
      end++;
    }
    if (end == from) {
      return false;
    }
    Draft named = new Draft(speaker, cue, tok(from).begin, tok(end - 1).end,
        quoted ? StatementMode.MIXED : StatementMode.REPORTED_ACT, cue.act(), s);
    named.embedded = true;
    drafts.add(named);
    freeRelativeEnd = end;
    return true;
  }

  /**
   * "…," as one farmer put it.', "As the minister put it, the talks are dead": the speaker between
   * "as" and the cue, and what was said the quotation right before "as", or the clause after the
   * comma when "as" opens the sentence. Returns whether the cue was read so.
   */
  private boolean asPutIt(Cue cue, int s, int ss, int se) {
    Ment speaker = mentionEndingAt(cue.start() - 1, ss);
    int as = speaker == null ? -1 : speaker.start - 1;
    if (as > ss && POSSESSIVE_DETERMINERS.has(tok(as))) {
      // "as his aide put it"
      as--;
    }
    if (speaker == null || as < ss || !tok(as).text.equalsIgnoreCase("as")) {
      return false;
    }
    Quote before = as - 1 >= ss ? quoteByCloseToken.get(tok(as - 1).isPunct(',') && as - 2 >= ss ? as - 2 : as - 1)
        : null;
    if (before != null) {
      addQuote(cue, speaker, before, s);
      return true;
    }
    if (as == ss && cue.end() + 1 < se && tok(cue.end()).isPunct(',')) {
      clause(cue, speaker, cue.end() + 1, s, se);
      return true;
    }
    // "The president, as his aide put it, was furious": an aside whose words this reading cannot split
    return as > ss && tok(as - 1).isPunct(',');
  }

  /**
   * The name set off by commas after "with" and a description, right before the participle at
   * {@code k}: "Kofi Amoako" in "…, with its general secretary, Kofi Amoako, saying …"; or null.
   */
  private Ment withAppositiveBefore(int k, int ss) {
    if (k - 4 < ss || !tok(k - 1).isPunct(',')) {
      return null;
    }
    Ment named = mentionEndingAt(k - 2, ss);
    if (named == null || named.start - 3 < ss || !tok(named.start - 1).isPunct(',')) {
      return null;
    }
    for (int j = named.start - 2; j >= ss && j >= named.start - 8; j--) {
      if (tok(j).is("with")) {
        // "…, with its general secretary, Kofi Amoako, saying": set off itself; but in "spoke with
        // his counterpart, Emmanuel Macron, urging …" the one spoken with is no speaker
        return j < named.start - 2 && j - 1 >= ss && tok(j - 1).isPunct(',') ? named : null;
      }
      if (!tok(j).isWord() || cueAt[j]) {
        return null;
      }
    }
    return null;
  }

  /** Whether "with" and a few words come right before the participle at {@code k}: "with some local press claiming". */
  private boolean withOthersBefore(int k, int ss) {
    for (int j = k - 1; j >= ss && j >= k - 6; j--) {
      if (tok(j).is("with")) {
        return j < k - 1;
      }
      if (!tok(j).isWord() || CARRIERS.has(tok(j)) || WORDS_CARRIED.has(tok(j))) {
        // but "replied with a note saying …", "marched with banners demanding …": what carries the words
        return false;
      }
    }
    return false;
  }

  /** {@code k - 1} when token {@code k} is "the", else {@code k}. */
  private int pastArticle(int k, int ss) {
    return k > ss && (tok(k).is("the") || tok(k).is("The")) ? k - 1 : k;
  }

  /** Conjunctions that open a sentence before its clause: "But on average, life is moving "faster," he said". */
  private static final WordSet OPENING_CONJUNCTIONS = WordSet.of("But", "And", "Yet");
  /** Adverbs after an opening conjunction: "And yet", "But then", "And so". */
  private static final WordSet CONJUNCTION_ADVERBS = WordSet.of("yet", "then", "so", "still", "also");

  /** Words that open a sentence without making a clause of their own: "But "we will win," she said". */
  private static final WordSet CLAUSE_CONNECTIVES = WordSet.of("But", "And", "So", "Yet", "Now", "Still", "Then",
      "Or", "However", "Indeed", "Instead", "Also", "Again");

  /** Whether no quotation mark lies in tokens {@code [from, to)}. */
  private boolean noQuoteBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tok(k).kind == Token.Kind.QUOTE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every quotation that opens in {@code [from, to)} is a partial one inside a clause, after a word
   * and closed before {@code to}: "Zhao said the position was "objective" and that China had "…"".
   */
  private boolean onlyPartialQuotesBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      Quote q = quoteByOpenToken.get(k);
      if (q == null && tok(k).kind == Token.Kind.QUOTE && !quoteByCloseToken.containsKey(k)) {
        return false;
      }
      if (q != null && (k == from || !tok(k - 1).isWord() || !q.closed() || q.outer().end() > tok(to).begin)) {
        return false;
      }
    }
    return true;
  }

  /** Whether "and" and a verb of the subject before start at {@code k}: "…, and was left outside". */
  private boolean andVerbAt(int k) {
    if (k + 1 >= tokens.size() || !tok(k).is("and")) {
      return false;
    }
    Token v = tok(k + 1);
    return FINITE_VERBS.has(v) && !v.is("be") || v.isLowerCase() && !cueAt[k + 1]
        && (v.text.endsWith("ed") || IRREGULAR_PAST.has(v));
  }

  /**
   * Past forms beyond {@link #IRREGULAR_PAST} that end a noun of speech's topic at the sentence's verb:
   * "praise for the police drew criticism".
   */
  private static final WordSet TOPIC_ENDING_PAST = WordSet.of("drew");
  /** Past forms without "-ed" of verbs a subject may go on with: "…, and was left outside". */
  static final WordSet IRREGULAR_PAST = WordSet.of("was", "were", "had", "went", "left", "took", "made",
      "came", "fled", "fell", "hit", "struck", "ran", "set", "put", "kept", "held", "began", "became", "lost",
      "won", "sent", "gave", "got", "found", "paid", "built", "brought", "caught", "led", "met", "rose", "saw",
      "sold", "sought", "spent", "stood", "shot", "withdrew", "broke", "chose", "grew", "knew", "threw", "flew",
      "drove", "fought", "bought", "heard", "drew", "blew", "stole", "dealt", "swept", "tore", "froze", "shook", "sank",
      "overran", "overtook", "undertook", "understood", "forbade", "taught");

  /** The press that words are given to: "confirmed his identity to various news outlets". */
  private static final WordSet PRESS_ADDRESSEES = WordSet.of("reporters", "journalists", "outlets", "media",
      "press", "newspapers", "broadcasters", "correspondents");

  /**
   * Whether the press, as whom something was told to, starts at {@code j}: "to reporters", "to
   * various news outlets".
   */
  private boolean pressAddresseeAt(int j, int last) {
    for (int k = j; k <= last && k <= j + 3; k++) {
      if (PRESS_ADDRESSEES.has(tok(k))) {
        return true;
      }
      if (!tok(k).isWord() || !tok(k).isLowerCase()) {
        return false;
      }
    }
    return false;
  }

  /** Whether a few words and a participle of speech start at {@code j}: "with officials saying". */
  private boolean othersSpeakingAt(int j, int last) {
    for (int k = j + 1; k <= last && k <= j + 5; k++) {
      if ((cueAt[k] || continuingParticiples.has(tok(k)) || tok(k).is("saying")) && tok(k).isLowerCase()
          && tok(k).text.endsWith("ing")) {
        // "with one saying …": the participle of another speaker, a cue or not
        return true;
      }
      if (!tok(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "The state-run Global Times, citing unnamed experts, reported …": a participle of citing set
   * off by commas right after its subject cites its sources, its object up to the closing comma;
   * adds that reported act and returns true, or returns false for no such aside.
   */
  private boolean citedInAside(Cue cue, int s, int ss, int se) {
    int k = cue.start();
    if (!cue.participle() || !QUOTING.has(tok(k)) || k - 2 < ss || !tok(k - 1).isPunct(',')) {
      return false;
    }
    Ment subject = mentionEndingAt(k - 2, ss);
    if (!usable(subject) || !subject.canSpeak()
        // but in "Sky Germany, citing sources, said" the name is longer than any mention of it
        || subject.start > ss && tok(subject.start - 1).isCapitalized()) {
      return false;
    }
    for (int j = cue.end() + 1; j < se && j < cue.end() + 12; j++) {
      if (tok(j).isPunct(',')) {
        drafts.add(new Draft(subject, cue, tok(cue.end()).begin, tok(j - 1).end, StatementMode.REPORTED_ACT,
            cue.act(), s));
        return true;
      }
      if (!tok(j).isWord() && tok(j).kind != Token.Kind.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /**
   * "China says its fishermen have rights in the waters, a claim Jakarta rejects": the cue of an
   * aside that sums up the statement before it is about that statement's content; adds the
   * statement of the aside's speaker and returns true, or returns false when the cue stands in no
   * such aside.
   */
  private boolean summedUp(Cue cue, int s, int ss) {
    int k = cue.start();
    int j = k - 1;
    while (j > ss && j > k - 6 && tok(j).isWord() && !COMMENT_NOUNS.has(tok(j))
        && !CueFinder.SPEECH_PLURALS.has(tok(j))) {
      j--;
    }
    // "said the election had been rigged, claims which the commission rejected": the plural with no article
    boolean plural = j - 1 > ss && CueFinder.SPEECH_PLURALS.has(tok(j)) && tok(j - 1).isPunct(',') && j + 1 < k
        && (tok(j + 1).is("which") || tok(j + 1).is("that")) && j + 2 < k;
    if (plural) {
      j++;
    }
    // the comma before the aside, or a closing quotation mark with the comma inside it
    boolean quoted = j - 3 >= ss && quoteByCloseToken.containsKey(j - 2) && tok(j - 3).isPunct(',');
    if (!plural && (j - 2 < ss || !COMMENT_NOUNS.has(tok(j)) || !(tok(j - 1).is("a") || tok(j - 1).is("an"))
        || !tok(j - 2).isPunct(',') && !quoted || !summaryAppositiveAt(j - 1, lastContentToken(sentenceEnd[s])))) {
      return false;
    }
    int after = skipAdjuncts(cue.end(), sentenceEnd[s]);
    if (after <= lastContentToken(sentenceEnd[s]) && !tok(after).isPunct(',')) {
      // but in "…, a move Kyiv warned could damage relations" the noun is the subject of what follows
      return false;
    }
    Draft said = lastDraftInSentence(s, j - 2);
    if (said == null || said.contentEnd > (quoted ? tok(j - 2).end : tok(j - 2).begin)) {
      return false;
    }
    List<Ment> speakers = leftSpeakers(k, j + 1);
    if (speakers.isEmpty()) {
      return false;
    }
    for (Ment speaker : speakers) {
      drafts.add(new Draft(speaker, cue, said.contentBegin, said.contentEnd, said.mode, cue.act(), s));
    }
    return true;
  }

  /** Words of a reason given after a comma: "in response to", "in reaction to", "in retaliation for". */
  private static final WordSet RESPONSE_NOUNS = WordSet.of("response", "reaction", "reply", "retaliation");

  /**
   * Whether a reason the writer gives for an act opens at {@code j}, after an adverb at most: "apparently in
   * response to a recent spate of entries", "in retaliation for the sanctions".
   */
  private boolean responseAdjunctAt(int j, int last) {
    if (j <= last && isAdverb(tok(j))) {
      j++;
    }
    if (!(j + 2 <= last && tok(j).is("in") && RESPONSE_NOUNS.has(tok(j + 1))
        && (tok(j + 2).is("to") || tok(j + 2).is("for")))) {
      return false;
    }
    // but "said the troops were sent, in response to a request from Mali, to protect civilians": set off inside
    // the clause, which goes on after it
    for (int k = j + 3; k <= last; k++) {
      if (tok(k).isPunct(',')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an aside summing up what was said, with a cue of its own, starts at {@code j}: "a claim
   * the army disputed", "a charge it denied", "an allegation his family rejected".
   */
  private boolean summaryAppositiveAt(int j, int last) {
    if (j + 2 > last || !(tok(j).is("a") || tok(j).is("an")) || !COMMENT_NOUNS.has(tok(j + 1))) {
      return false;
    }
    for (int k = j + 2; k <= last && k <= j + 6; k++) {
      if (cueAt[k]) {
        return k > j + 2;
      }
      if (!tok(k).isWord() && !MentionFinder.isPossessive(tok(k))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a quotation closes right before token {@code k}, a comma between them allowed. */
  private boolean quoteClosesBefore(int k, int ss) {
    // past the words of a description before a name: ""…," state news agency KCNA reported"
    int j = k - 1 >= ss && tok(k - 1).isLowerCase() ? beforeRoleWords(k - 1, ss) : k - 1;
    if (j >= ss && tok(j).isPunct(',')) {
      j--;
    }
    return j >= ss && quoteByCloseToken.containsKey(j);
  }

  /**
   * Whether the quotation that closes before the speaker {@code first} of {@code cue} holds a word or two quoted
   * inside a phrase, not words said: its opening mark follows a word ("Terming the incident as "unfortunate", he
   * said …").
   */
  private boolean quotedInPhrase(Ment first, Cue cue, int ss) {
    int close = Math.min(first.start, cue.start()) - 1;
    while (close >= ss && tok(close).isPunct(',')) {
      close--;
    }
    Quote q = close >= ss ? quoteByCloseToken.get(close) : null;
    if (q == null) {
      return false;
    }
    int open = tokenAtOrBefore(q.outer().begin());
    String inner = text.substring(q.inner().begin(), q.inner().end()).trim();
    return open > ss && tok(open - 1).isWord() && !inner.isEmpty() && inner.split(" ").length <= 3;
  }

  /** Whether a statement found so far, with a cue, lies inside the quotation. */
  private boolean attributed(Quote q) {
    for (Draft d : drafts) {
      if (d.cue != null && d.contentBegin >= q.outer().begin() && d.contentEnd <= q.outer().end()) {
        return true;
      }
    }
    return false;
  }

  private boolean leftHasContent(Cue cue, int ss) {
    int k = cue.start() - 1;
    while (k >= ss && tok(k).kind == Token.Kind.PUNCT) {
      k--;
    }
    return k >= ss;
  }

  private void content(
      Cue cue, Ment speaker, Ment firstSpeaker, boolean inverted, boolean inherited, int p, int s, int ss, int se) {
    int last = lastContentToken(se);
    if (p == cue.end() && p < last && quoteByCloseToken.containsKey(p) && quotedVerbAt(cue.start())) {
      // "Tokyo “sternly protested” the launches": what follows the quoted verb
      p++;
    }
    if (p < last && tok(p).isPunct('(') && p > cue.end() && TIME_WORDS.has(tok(p - 1))) {
      // "said on Thursday (May 8) after talks …": the date in brackets is part of the time
      for (int k = p + 1; k <= last && k < p + 6; k++) {
        if (tok(k).isPunct(')')) {
          p = k + 1;
          break;
        }
      }
    }
    // the first word after a "that" that follows the cue or ends it ("shared that"), or -1
    int afterThat = p + 1 < se && tok(p).is("that") ? p + 1 : tok(cue.end() - 1).is("that") && p < se ? p : -1;
    if (!inverted && !inherited && afterThat > 0 && hasLeftQuote(firstSpeaker, cue, ss)
        && !quoteByOpenToken.containsKey(afterThat) && !TIME_NOUNS.has(tok(afterThat))
        && !TIME_WORDS.has(tok(afterThat))
        && (SUBJECT_PRONOUNS.has(tok(afterThat)) || isDeterminerAt(afterThat) || tok(afterThat).isCapitalized())) {
      // "With excitement and "the stress on my body", she said that she was prone to meltdown": the
      // quotation is hers, and so is the clause after "that"
      int close = Math.min(firstSpeaker.start, cue.start()) - 1;
      while (close >= ss && tok(close).isPunct(',')) {
        close--;
      }
      Quote q = quoteByCloseToken.get(close);
      if (q != null) {
        addQuote(cue, speaker, q, s);
      }
      clause(cue, speaker, afterThat, s, se);
      return;
    }
    if (!inverted && !inherited && hasLeftQuote(firstSpeaker, cue, ss) && p < se
        && (startsClause(p, se) || tok(p).isLowerCase() && tok(p).isWord() && finiteVerbWithin(p + 1, se))
        && quotedInPhrase(firstSpeaker, cue, ss)) {
      // "Terming the incident as "unfortunate", he said accidents should not happen": words quoted inside an
      // opening phrase; what he said follows the cue
      clause(cue, speaker, p, s, se);
      return;
    }
    if (!inverted && !inherited && hasLeftQuote(firstSpeaker, cue, ss)) {
      // ""…," he said in a speech in Tehran": the quotation is the content, whatever follows;
      // ""…," she said, "…"": an interrupted quotation goes on after a comma
      left(cue, speaker, firstSpeaker, false, s, ss);
      int k = p;
      while (k < se && k < p + 8 && (tok(k).isWord() || tok(k).kind == Token.Kind.NUMBER) && !cueAt[k]) {
        // ""…," he told the radio station DZMM, "…"": past the rest of whom it was told
        k++;
      }
      if (k + 1 < se && (tok(k).isPunct(',') || tok(k).isPunct(':')) && quoteByOpenToken.containsKey(k + 1)) {
        quote(cue, speaker, k + 1, s, se);
      }
      return;
    }
    if (!inverted && !inherited && p <= last && commaBefore(firstSpeaker.start, ss)
        && clauseBeforeComma(firstSpeaker.start, ss)
        && ((TRAILING_ADJUNCT_STARTS.has(tok(p))
                // "…, the official told Reuters by telephone"; but "the two leaders spoke by phone" is
                // the call itself
                || mediumAt(p, last) && !SPEAK.has(tok(cue.start()))) && adjunctOnly(p, beforeResult(p, last))
            || trailingSubordinate(p, last))) {
      // "…, the National Electoral Commission announced late in the evening.", "…, electoral
      // commission chair Jean Mensa told a news conference in Accra.", "…, the official told Reuters
      // by telephone.": a trailing speaker with only a time, a place or a medium after the verb said
      // what came before
      left(cue, speaker, firstSpeaker, false, s, ss);
      return;
    }
    if (p + 1 == se && tok(p).isPunct(':') && p + 1 < tokens.size() && quoteByOpenToken.containsKey(p + 1)) {
      // "She said:" ending a paragraph, the quotation opening the next: what she said
      addQuote(cue, speaker, quoteByOpenToken.get(p + 1), s);
      return;
    }
    if (p < se && isDash(tok(p)) && !inverted && commaBefore(firstSpeaker.start, ss)) {
      // "State prosecutors charged the suspect with murder, they said Sunday — murder carrying
      // the death penalty": the dash adds to what came before
      left(cue, speaker, firstSpeaker, false, s, ss);
      return;
    }
    if (!inverted && firstSpeaker.start < cue.start() && p <= last && mediumAt(p, last) && adjunctOnly(p, last)
        && last + 1 == se - 1 && tok(last + 1).isPunct('.') && se < tokens.size() && quoteByOpenToken.containsKey(se)
        && paragraphOf[sentenceOf[se]] == paragraphOf[s]) {
      // "Musk wrote on X. "Please leave."": where it was written ends the sentence; the quotation that
      // opens the next is what was written
      addQuote(cue, speaker, quoteByOpenToken.get(se), s);
      return;
    }
    int ahead = quoteAhead(p, se);
    if (ahead > p && subjectBeforeQuotedPredicate(cue, p, ahead)) {
      // "said the reform, which was approved in May, "changes nothing"": the quotation goes on the
      // clause whose subject the relative clause describes
      ahead = p;
    }
    boolean clauseEnd = p > last || tok(p).isPunct(',');
    boolean pronounClause = p < se && SUBJECT_PRONOUNS.has(tok(p));
    if (cue.weak() && !(p < se && (tok(p).is("that") || quoteByOpenToken.containsKey(p)))
        && ahead == p && !clauseEnd && !inverted && !pronounClause) {
      // "called the deal "lousy"": a quotation in the clause makes the weak cue speech
      // but "added 11 firms to its "entity list"" adds things, and quotes a name for them
      if (p + 1 < se && tok(p).is("by") && cueAt[p + 1] && tok(p + 1).text.endsWith("ing")) {
        // "The statement concludes by warning that …": the participle makes the statement
        return;
      }
      int q = ADD_FORMS.has(tok(cue.start())) ? p : quotedWordsAhead(p, se);
      if (q > p) {
        add(cue, speaker, tok(p).begin, tok(q).end, s, false);
      } else if (SPEAK.has(tok(cue.start())) && p + 1 < se
          && (tok(p).is("on") || tok(p).is("about") || tok(p).is("of"))
          && !TIME_WORDS.has(tok(p + 1)) && !MONTH_WORDS.has(tok(p + 1))
          && !NOT_TOPICS.has(tok(p + 1)) && !mediumAt(p, se - 1)
          && (isDeterminerAt(p + 1) || tok(p + 1).isLowerCase()
              // "spoke of Turkey assuming the duty", "spoke of Ukraine's need": a name the topic begins
              // with; not "spoke of Paris with love"
              || tok(p).is("of") && tok(p + 1).isCapitalized() && startsAt[p + 1] != null
                  && startsAt[p + 1].end < se && (possessiveAt(startsAt[p + 1].end)
                      || tok(startsAt[p + 1].end).isLowerCase() && tok(startsAt[p + 1].end).text.endsWith("ing")))
          && !(isDeterminerAt(p + 1) && p + 2 < se && NOT_TOPICS.has(tok(p + 2)))) {
        // "Lam also spoke on the economy", "spoke about the need for reform", "spoke of the
        // collaboration": what was spoken of
        object(cue, speaker, p + 1, s, se);
      } else if (CALL.has(tok(cue.start()))) {
        int named = namedAs(p, se);
        if (named > p) {
          // "has called the election a fraud", "called him a traitor": a characterisation
          add(cue, speaker, tok(p).begin, tok(named).end, s, false);
        }
      }
      return;
    }
    if (ahead > p && !inverted && !cue.object()) {
      // "wrote on Twitter, "…"", "said in a statement on its website: "…""
      quote(cue, speaker, ahead, s, se);
      return;
    }
    if (p < se && speakerThenCue(p) && !quoteByOpenToken.containsKey(p)
        && !tok(startsAt[p].end).text.endsWith("ing")) {
      Cue inner = cueStarting[startsAt[p].end];
      if (!inverted && inner != null && skipAdjuncts(inner.end(), se) > lastContentToken(se)
          && commaBefore(speaker.start, ss) && cue.start() - speaker.end <= 2) {
        // "…, CNN Philippines reported the governor said.": what the sentence said before them,
        // said by both
        int before = drafts.size();
        left(cue, speaker, firstSpeaker, false, s, ss);
        if (drafts.size() > before) {
          Draft reported = drafts.get(drafts.size() - 1);
          add(inner, startsAt[p], reported.contentBegin, reported.contentEnd, s, false);
          skippedCue = inner.start();
        }
        return;
      }
      // "Znak.com reported its source said that …": a report of another's statement
      clause(cue, speaker, p, s, se);
      return;
    }
    if (!inverted && p <= last && firstSpeaker.start > ss && tok(firstSpeaker.start - 1).isPunct(',')
        && (PREPOSITIONS.has(tok(p)) && !tok(p).is("to") || TIME_WORDS.has(tok(p)))) {
      // "…, the minister said in Lisbon, adding that …", "…, told reporters in a televised address,
      // calling …": a phrase of place or time no list knows, up to the comma before the speaker's
      // next act
      for (int k = p + 1; k <= last && k <= p + 7; k++) {
        if (tok(k).isPunct(',')) {
          if (k + 1 <= last && adjunctWordsOnly(p, k) && (cueAt[k + 1] && tok(k + 1).isLowerCase()
              && tok(k + 1).text.endsWith("ing") || JOINING_CUES.has(tok(k + 1))
              && cueAfterAnd(k + 2) || tok(k + 1).is("while") && anotherSpeakerThenCue(k + 2))) {
            p = k;
          }
          break;
        }
        if (!tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER) {
          break;
        }
      }
    }
    if (!inverted && p - 1 > cue.end() && p <= last && tok(p - 1).isPunct(',') && !quoteByOpenToken.containsKey(p)
        && firstSpeaker.start > ss && tok(firstSpeaker.start - 1).isPunct(',')) {
      // "…, the Red Cross said on Friday, and the toll rose", "…, the chancellor told parliament on
      // Wednesday, meeting the target": past the adjunct, back to its comma, as if the cue ended there
      p--;
    }
    if (p + 1 < se && tok(p).is("that") && (tok(p + 1).is("was") || tok(p + 1).is("is"))) {
      // "said that was a question for the owners": "that" is the subject of what was said
      clause(cue, speaker, p, s, se);
    } else if (p + 1 <= last && tok(p).is("that") && tok(p + 1).isLowerCase() && tok(p + 1).isWord()
        && !SUBJECT_PRONOUNS.has(tok(p + 1)) && !isAdverb(tok(p + 1)) && !tok(p + 1).is("only")
        && (p + 2 > last || tok(p + 2).isPunct('.') || tok(p + 2).isPunct(',') || tok(p + 2).isPunct(';'))
        // but "reported that subsidies, which cost the state $2bn, would be phased out": the subject
        // of a clause before its relative clause
        && !(p + 3 <= last && tok(p + 2).isPunct(',') && (tok(p + 3).is("which") || tok(p + 3).is("who")))) {
      // "the court rejected that alibi.": a determiner before the object, not a clause
      object(cue, speaker, p, s, se);
    } else if (p < se && tok(p).is("that") && !cue.object() || p < se && tok(p).is("that") && p + 1 < se) {
      clause(cue, speaker, p + 1, s, se);
    } else if (p + 1 < se && (tok(p).isPunct(':') || tok(p).isPunct(',')) && quoteByOpenToken.containsKey(p + 1)) {
      if (inverted) {
        left(cue, speaker, firstSpeaker, inverted, s, ss);
      }
      quote(cue, speaker, p + 1, s, se);
    } else if (inverted && p < se && quoteByOpenToken.containsKey(p)) {
      // ""We stand ready" tweeted Johnson "to provide …"": the quotation goes on after the speaker
      left(cue, speaker, firstSpeaker, true, s, ss);
      quote(cue, speaker, p, s, se);
    } else if (p < se && quoteByOpenToken.containsKey(p) && !cue.object()) {
      quote(cue, speaker, p, s, se);
    } else if (!inverted && firstSpeaker.start > ss && !setOffBefore(firstSpeaker.start)
        && !commaBefore(firstSpeaker.start, ss) && (p > last || tok(p).isPunct(','))) {
      // "Over 1,000 rescuers responded.": words before the speaker that are not set off by a
      // comma are part of the subject, not what was said
      return;
    } else if (p > last || inverted
        || PREPOSITIONS.has(tok(p)) && (last - p < 6 || last - p < 12 && tok(p).is("in") && adjunctOnly(p, last)
            || documentParticiple(p, last))
            && firstSpeaker.start > ss
            && commaRightBefore(firstSpeaker.start, ss)
            && !infinitiveAt(cue, p, se)) {
      // "…, the ministry said in a readout.": a short adjunct ends the sentence, and the content is
      // before the speaker set off by a comma
      if (!inverted && firstSpeaker.start > ss && commaBefore(firstSpeaker.start, ss)
          && !clauseBeforeComma(firstSpeaker.start, ss)) {
        // but "Earlier, the party said.", "With 300 dead, the ministry said.": an opening adverbial
        // is nothing said
        return;
      }
      left(cue, speaker, firstSpeaker, inverted, s, ss);
      int resumed = inverted ? quoteResumes(p, se) : -1;
      if (resumed > 0) {
        // ""…," wrote Trump on Twitter, "and …"": the quotation goes on after the adjunct
        quote(cue, speaker, resumed, s, se);
      } else if (inverted && p < last && tok(p).isPunct(',') && !isContinuationCue(p + 1)
          && !quoteByOpenToken.containsKey(p + 1) && !subordinatorAt(p + 1)
          // but "said Tom Hale, a coach who led the team" and "said Dr. Khaled Mansour, the archaeologist who
          // led the excavation" describe the speaker
          && !tok(p + 1).is("a") && !tok(p + 1).is("an") && !describedByRelative(p + 1, last)
          && !isTimeAfterComma(p + 1)
          && (FINITE_VERBS.has(tok(p + 1)) || SUBJECT_PRONOUNS.has(tok(p + 1))
              || mainClauseAfter(p + 1, last))) {
        // "Because warm water is buoyant, says the study, it rises", "The economy, said the minister,
        // would grow": the clause goes on after an inverted cue set off by commas
        clause(cue, speaker, p + 1, s, se);
      } else if (inverted && p + 3 <= last && tok(p).isPunct(',') && tok(p + 1).is("with")
          && !cueBetween(p + 1, last + 1) && withAbsoluteAt(p + 2, last)) {
        // "…, said officials, with 25 others injured": an absolute phrase after the trailing speaker
        // goes on with what was said
        add(cue, speaker, tok(p + 1).begin, tok(last).end, s, false);
      } else if (inverted && p + 2 <= last && tok(p).isPunct(',') && andVerbAt(p + 1)) {
        // "The bomb was placed on a motorcycle, stated the minister, and was left outside a
        // restaurant": the subject's second verb goes on with what was said
        clause(cue, speaker, p + 2, s, se);
      }
    } else if (tok(p).isPunct(',')) {
      left(cue, speaker, firstSpeaker, inverted, s, ss);
      // "While X, officials said, Y", "They had, his father says, paid smugglers": the clause
      // goes on after a cue set off by commas; "…, Bloomberg reported, a concession that …" is
      // an appositive, not said
      if (p + 1 <= last && !isContinuationCue(p + 1) && !subordinatorAt(p + 1)
          && !(tok(p + 1).isLowerCase() && tok(p + 1).text.endsWith("ing"))
          // "…, the State Department said, without giving details": how it was said
          && !(tok(p + 1).is("without") && (withoutSaying(p + 2, last)
              // "…, the air force said, without elaborating on whether …": whatever follows the gerund
              || p + 2 <= last && (WITHOUT_SAYING.has(tok(p + 2)) || WITHOUT_GIVING.has(tok(p + 2)))))
          // "…, the ministry said Tuesday, hours after Japan released …": when it was said
          && !isTimeAfterComma(p + 1)
          && (subordinateStarts.has(tok(ss)) || firstSpeaker.start > ss
              && tok(firstSpeaker.start - 1).isPunct(',') && !tok(p + 1).is("a") && !tok(p + 1).is("an"))
          // "…, the military said, the latest in a string of launches", "…, the coast guard said,
          // in what the president called sabotage": a noun phrase or an adjunct, not a clause; but
          // "…, Roberts said, to determine if it had failed" goes on
          && !((isDeterminerAt(p + 1) || PREPOSITIONS.has(tok(p + 1)) && !tok(p + 1).is("to"))
              && !mainClauseAfter(p + 1, last))
          && !quoteByOpenToken.containsKey(p + 1)
          // but "…, the agency said, and issued a tsunami warning": the speaker's next act of speech; "…,
          // residents said, and burned the market" goes on with what was said
          && !(tok(p + 1).is("and") && p + 2 <= last && tok(p + 2).isLowerCase() && cueAt[p + 2]
              && !(p + 3 <= last && (tok(p + 3).is("with") || tok(p + 3).is("by"))))) {
        // "…, the ministry said, and the rebels fled": what was said goes on after "and"
        clause(cue, speaker, tok(p + 1).is("and") && p + 2 <= last ? p + 2 : p + 1, s, se);
      }
    } else if (cue.object()) {
      // "wrote about the floods that hit the valley": after its preposition a cue takes no clause
      // "criticized delays in delivering weapons that Taiwan has already paid for": a verb of judgement
      // takes an object, whose "that" opens a relative clause
      boolean objectOnly = OBJECT_ONLY_ACTS.contains(cue.act()) && !tok(p).is("that");
      int that = particleCue(cue) || objectOnly ? -1 : thatAhead(p, se);
      if (that > 0) {
        clause(cue, speaker, that + 1, s, se);
      } else {
        int from = p;
        Ment addressee = particleCue(cue) ? null : addresseeAt(p, se);
        int afterAddressee = addressee == null ? -1 : pastExamples(pastRelativeClause(addressee.end, se), se);
        int question = addressee != null && afterAddressee < se ? afterAddressee
            : p < se && OBJECT_PRONOUNS.has(tok(p)) ? p + 1 : p;
        if (question > p && question < se && !QUESTION_WORDS.has(tok(question))) {
          // "asked the minister on Monday whether …": past a time after the addressee
          question = skipAdjuncts(question, se);
        }
        if (cue.act() == SpeechAct.ASK && question < se && question < lastContentToken(se)
            && (QUESTION_WORDS.has(tok(question))
                // "asked who was responsible"; but "asked people who were in the area to come forward"
                || question == p && RELATIVE_QUESTION_WORDS.has(tok(question)))) {
          // "asked Stamenković if he had any ideas", "asked how the money was spent": the question
          clause(cue, speaker, question, s, se);
          return;
        }
        // "called for NATO members to increase spending": those called for are part of the demand
        boolean calledFor = tok(cue.end() - 1).is("for") && cue.end() - cue.start() >= 2;
        if (calledFor) {
          from = p;
        } else if (addressee != null && afterAddressee < se && tok(afterAddressee).is("to")
            // but in "announced a plan to cut taxes" the plan is what was announced
            && addressee.kind != dev.demarche.model.ActorKind.DOCUMENT
            // and in "reiterated its opposition to the sanctions" a possessive owns the noun
            && !POSSESSIVE_DETERMINERS.has(tok(addressee.start))) {
          // "asked the White House to declare ...", "asked Carrie Lam, who is supported by
          // Beijing, to resign": the addressee, then what was asked
          from = afterAddressee;
        } else if (addressee != null && afterAddressee + 1 < se && TO_ACTS.contains(cue.act())
            && pastComplements(afterAddressee, se) + 1 < se && bareVerbAt(pastComplements(afterAddressee, se))) {
          // "asked the court intervene in the case", "asked the District Court for the Southern
          // District of New York intervene": a subjunctive after the addressee
          from = pastComplements(afterAddressee, se);
        } else if (addressee != null && addressee.end + 1 < se && tok(addressee.end).is("for")
            && cue.act() == SpeechAct.ASK) {
          // "asked the Queen for a suspension": what was asked for
          from = addressee.end + 1;
        } else if (TO_ACTS.contains(cue.act()) || tok(cue.start()).text.startsWith("invit")) {
          // "urged allies such as Germany to restrict ...": what was urged starts at "to"; so does what
          // one was invited to do ("invited him to collaborate")
          // past a list or a quotation of addressees: "called on "village councils, …" to instill …"
          for (int k = p, limit = p + 12; k < se && k < limit; k++) {
            Quote q = quoteByOpenToken.get(k);
            if (q != null && q.closed() && q.outer().end() - q.outer().begin() < 300) {
              k = tokenAtOrBefore(q.outer().end() - 1);
              // a long list quoted counts as one addressee
              limit = Math.max(limit, k + 4);
              continue;
            }
            if (tok(k).is("to") && k + 1 < se && (tok(k + 1).isLowerCase() && !isDeterminerAt(k + 1)
                // "directing six committees to "proceed with …"": the infinitive inside a quotation
                || tok(k + 1).kind == Token.Kind.QUOTE && k + 2 < se && tok(k + 2).isLowerCase()
                    && !isDeterminerAt(k + 2))) {
              // the infinitive, not "requesting the new rules to Elaine Chao"; with its negation:
              // "called on both sides not to escalate"
              from = k > p && (tok(k - 1).is("not") || tok(k - 1).is("never")) ? k - 1 : k;
              break;
            }
            if (tok(k).isPunct(',') && k + 1 < se && (tok(k + 1).is("which") || tok(k + 1).is("who")
                || tok(k + 1).isLowerCase() && tok(k + 1).isWord() && !tok(k + 1).is("and"))) {
              // "urged the United States and France, which brokered the ceasefire in November 2024, to
              // pressure Israel", "asked the Netherlands and Japan, home to the world's leading makers of
              // chipmaking equipment, to adopt …": past a relative clause or an apposition set off after
              // the addressees
              limit = Math.max(limit, k + 14);
            }
            if (tok(k).isPunct('(') && k + 2 < se && tok(k + 1).kind == Token.Kind.CJK && tok(k + 2).isPunct(')')) {
              // "urged Chinese President Gu Mingxuan (顾明轩) on Thursday to address …": a native name
              k += 2;
              continue;
            }
            if (!tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER && !MentionFinder.isPossessive(tok(k))
                && !(tok(k).isPunct(',') && k + 1 < se && (tok(k + 1).isWord() || k > p && tok(k - 1).kind
                    == Token.Kind.NUMBER))) {
              break;
            }
          }
        }
        object(cue, speaker, from, s, se);
        int quote = quoteAhead(p, se);
        if (quote > p && !(cue.start() > 0 && RELATIVES.has(tok(cue.start() - 1))
            && cueBetween(sentenceStart[s], cue.start() - 1))) {
          // "defended his decision, "As I have stated…""; but in "told reporters who asked about the
          // deal: "…"" the quotation is the main clause's
          quote(cue, speaker, quote, s, se);
        }
      }
    } else if (!inverted && !cue.object() && (SAID.has(tok(cue.start())) || TELL.has(tok(cue.start())))
        && firstSpeaker.start > ss && commaBefore(firstSpeaker.start, ss) && clauseBeforeComma(firstSpeaker.start, ss)
        && !cueBetween(ss, firstSpeaker.start) && !subordinateStarts.has(tok(ss)) && !tok(ss).is("Once")
        && (PREPOSITIONS.has(tok(p)) || TELL.has(tok(cue.start())))
        && noClauseAfterTrailingCue(p, last)) {
      // "…, prosecutors told a Ljubljana court on Tuesday as his corruption trial opened", "…, an official
      // told reporters travelling with the commissioner": whom, where and when, then nothing said
      left(cue, speaker, firstSpeaker, inverted, s, ss);
    } else {
      clause(cue, speaker, p, s, se);
    }
  }

  /**
   * Whether {@code [p, last]} after a trailing speaker's cue holds no clause of its own: words of
   * whom, where and when, perhaps a clause of time or reason after "as", "when", "because"; no
   * "that", quotation, comma, finite verb or subject pronoun before it.
   */
  private boolean noClauseAfterTrailingCue(int p, int last) {
    if (p > last) {
      return false;
    }
    for (int k = p; k <= last; k++) {
      Token t = tok(k);
      if (k > p && TRAILING_SUBORDINATORS.has(t) && (!t.is("as") || TIME_WORDS.has(tok(k - 1)))) {
        // "… on Tuesday as his trial opened": when; but "described the plan as reckless" says how
        return true;
      }
      if (t.is("to") && k + 1 <= last && tok(k + 1).isLowerCase() && !isDeterminerAt(k + 1)) {
        // "told residents living near the coast to leave": what they were told to do
        return false;
      }
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER || t.isPunct('-')) || t.is("that") || FINITE_VERBS.has(t)
          || SUBJECT_PRONOUNS.has(t) || cueAt[k] && !t.text.endsWith("ing")
          || k > p && t.isLowerCase() && t.text.endsWith("ed")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The opening quotation mark after a comma or colon a few words after the cue, with no clause
   * in between: "wrote on Twitter, “…”". Returns its token, or {@code p} if none.
   */
  private int quoteAhead(int p, int se) {
    boolean relative = false;
    int limit = p + 14;
    boolean aside = false;
    for (int k = p; k + 1 < se && k < limit; k++) {
      Token t = tok(k);
      // "told the crowd, which was growing restless: "…"": the relative clause's verb is no clause
      relative |= RELATIVES.has(t) || t.is("where");
      if ((t.isPunct(',') || t.isPunct(':') || aside && isDash(t)) && quoteByOpenToken.containsKey(k + 1)) {
        return k + 1;
      }
      if (isDash(t) && !aside && k > p && RELATIVES.has(tok(k + 1))) {
        // "commented on the matter — which the BBC noted as unusual — "…"": past a relative aside
        aside = true;
        limit = Math.max(limit, k + 24);
        continue;
      }
      if (t.is("that") || t.kind == Token.Kind.QUOTE || t.isPunct(';')
          // ", warning …" starts another statement; "issued a stern warning: "…"" does not
          || isContinuationCue(k) && !(k > p && tok(k).is("warning") && isDeterminerAt(p) && lowerCaseWords(p, k))
          // "noted implications: Gownaris remarked, "…"": another cue's quotation; but not the cue of
          // a relative clause ("told reporters who asked about the deal: "…"")
          || k > p && cueAt[k] && !t.text.endsWith("ing") && !relative
          || k > p && FINITE_VERBS.has(t) && !cueBetween(p, k) && !relative) {
        // "told the press the drugs were only part of it: "…"": a clause before the quotation
        return p;
      }
    }
    return p;
  }

  /** Verbs of saying whose noun phrase after them is the subject of what was said, never one told. */
  private static final WordSet CLAUSE_TAKING = WordSet.of("said", "says", "say", "added", "adds", "argued",
      "argues", "insisted", "insists", "claimed", "claims", "noted", "notes", "stated", "states", "explained",
      "explains", "maintained", "maintains", "believes", "believed", "thinks", "thought");

  /**
   * Whether the quotation opened at {@code quote}, after a comma, goes on a clause that opens at
   * {@code p}: a noun phrase, a relative clause set off after it, and a quotation in lower case ("said the
   * reform, which was approved in May, "changes nothing""); not "told the crowd, which was restless,
   * "We …"".
   */
  private boolean subjectBeforeQuotedPredicate(Cue cue, int p, int quote) {
    if (!CLAUSE_TAKING.has(tok(cue.start())) || cue.end() - cue.start() != 1 || quote + 1 >= tokens.size()
        || !tok(quote + 1).isWord() || !tok(quote + 1).isLowerCase()
        || !(isDeterminerAt(p) || tok(p).isCapitalized() && tok(p).isWord())) {
      return false;
    }
    for (int k = p + 1; k + 1 < quote; k++) {
      if (tok(k).isPunct(',')) {
        return RELATIVES.has(tok(k + 1)) || tok(k + 1).is("where");
      }
    }
    return false;
  }

  /**
   * Whether {@code k} closes a quotation whose last mark inside is a comma, and a continuing cue or a
   * participle of speech follows: "… to "step up," noting that …".
   */
  private boolean quoteCommaBeforeCue(int k, int from, int se) {
    return quoteByCloseToken.containsKey(k) && k - 1 >= from && tok(k - 1).isPunct(',') && k + 1 < se
        && (isContinuationCue(k + 1) || participleCueAt(k + 1, from, se)
            // "urged tourists to avoid Japan "in the near future," citing …": any participle of speech
            || cueAt[k + 1] && tok(k + 1).isLowerCase() && tok(k + 1).text.endsWith("ing"));
  }

  /** Whether every token of {@code [from, to)} is a word in lower case. */
  private boolean lowerCaseWords(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tok(k).isWord() || !tok(k).isLowerCase()) {
        return false;
      }
    }
    return true;
  }

  private boolean cueBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (cueAt[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last closing quotation mark of the clause after a weak cue, within a few words, or
   * {@code p} if the clause quotes nothing.
   */
  private int quotedWordsAhead(int p, int se) {
    int found = p;
    for (int k = p; k < se && k < p + 16; k++) {
      Token t = tok(k);
      if ((t.isPunct(',') || t.isPunct(';') || t.isPunct('.') || t.isPunct(':')) && !isInsideQuote(t.begin)) {
        break;
      }
      if (k > p && (t.is("and") || t.is("but")) && (anotherSpeakerThenCue(k + 1) || k + 1 < se && cueAt[k + 1]
          && tok(k + 1).isLowerCase() && !tok(k + 1).text.endsWith("ing") && !isInsideQuote(t.begin))) {
        // "calling it "Soviet-style" and Ross Spano calling …": the next speaker's; "called the strike
        // "unnecessary" and said …": the subject's next act
        break;
      }
      Quote q = quoteByOpenToken.get(k);
      if (q != null && q.closed() && !q.paragraphContinued()) {
        // a long quotation opened within reach counts whole: "calling the process "a blatant and
        // obvious coup to unseat a sitting president of the United States""
        int close = tokenAtOrBefore(q.outer().end() - 1);
        if (close >= se) {
          break;
        }
        found = close;
        k = close;
      } else if (quoteByCloseToken.containsKey(k)) {
        found = k;
      }
    }
    return found;
  }

  /** "to continue the operation": an infinitive, not a preposition's phrase. */
  private boolean infinitiveAt(Cue cue, int p, int se) {
    return tok(p).is("to") && p + 1 < se && tok(p + 1).isWord() && tok(p + 1).isLowerCase() && !isDeterminerAt(p + 1)
        && ((tok(p + 1).lexeme.mask & nounBits) == 0 || INFINITIVE_ACTS.contains(cue.act()));
  }

  /** The cue being attributed, whose act tells what its "to" begins. */
  private Cue attributing;

  /**
   * Whether "to" at {@code k} begins an infinitive: a lower-case word after it that is no noun for
   * people, no determiner and no "-ing" form ("to ban", not "to investigators", "to varying degrees").
   */
  private boolean infinitiveVerbAt(int k) {
    if (k + 1 >= tokens.size() || !tok(k).is("to") || attributing == null
        // "admitted to federal prosecutors that …", "said to loud applause that …": an addressee
        || !INFINITIVE_ACTS.contains(attributing.act())) {
      return false;
    }
    Token next = tok(k + 1);
    return next.isWord() && next.isLowerCase() && !isDeterminerAt(k + 1) && (next.lexeme.mask & nounBits) == 0
        && !next.text.endsWith("ing") && !OBJECT_PRONOUNS.has(next) && !POSSESSIVE_DETERMINERS.has(next);
  }

  /** Acts whose "to" begins an infinitive, whatever word follows it: "promised to review the case". */
  private static final Set<SpeechAct> INFINITIVE_ACTS = java.util.EnumSet.of(SpeechAct.PROMISE, SpeechAct.URGE,
      SpeechAct.THREATEN, SpeechAct.AGREE, SpeechAct.PROPOSE, SpeechAct.DEMAND, SpeechAct.ASK);

  private boolean thatLater(int k, int se) {
    for (int j = k; j < se; j++) {
      if (tok(j).is("that")) {
        return true;
      }
    }
    return false;
  }

  /** A "that" within twelve words of {@code p}, with only words before it; or {@code p}. */
  private int thatWithin(int p, int se) {
    if (p + 1 < se && infinitiveVerbAt(p)) {
      // "promised to ban bonuses for companies that pollute": an infinitive, whose "that" is a relative
      return p;
    }
    for (int k = p; k < se && k < p + 12; k++) {
      if (tok(k).is("that")) {
        // but in "said inside the building that was hit, three died" it starts a relative clause,
        // and in "called for more beds so that patients could leave" a purpose
        return k > p && (k + 1 < se && relativeThat(k) || PURPOSE_BEFORE_THAT.has(tok(k - 1))) ? p : k;
      }
      if (k + 2 < se && tok(k).isPunct(',') && tok(k + 1).kind == Token.Kind.NUMBER && tok(k + 2).isPunct(',')) {
        // "told Daniel Crowe, 46, that …": past an age
        k += 2;
        continue;
      }
      if (k > p && k + 2 < se && tok(k).isPunct(',') && usable(startsAt[k + 1]) && startsAt[k + 1].end < se
          && tok(startsAt[k + 1].end).isPunct(',')) {
        // "told the defendant, Gary Pruitt, that …": past the addressee's name
        k = startsAt[k + 1].end;
        continue;
      }
      if (!tok(k).isWord() || isContinuationCue(k)
          // "agreed to the package and warned that …": the "that" of the next act
          || k > p && JOINING_CUES.has(tok(k)) && cueAfterAnd(k + 1)) {
        return p;
      }
    }
    return p;
  }

  /** Acts of judgement that take an object, not a clause: "criticized delays that …" is no clause said. */
  private static final java.util.Set<SpeechAct> OBJECT_ONLY_ACTS = java.util.EnumSet.of(SpeechAct.CRITICIZE,
      SpeechAct.PRAISE, SpeechAct.WELCOME, SpeechAct.DENOUNCE, SpeechAct.APOLOGIZE);

  /** Adverbs of time that stand between a verb and its "that": "said afterwards that …". */
  private static final WordSet TIME_ADVERBS = WordSet.of("afterwards", "afterward", "later", "earlier", "again",
      "also", "then", "now", "today", "yesterday", "tonight", "repeatedly", "once", "separately");

  /** Words before a "that" that opens a clause of purpose or circumstance: "so that", "in order that". */
  private static final WordSet PURPOSE_BEFORE_THAT = WordSet.of("so", "order", "now", "given", "except", "such");

  /**
   * The "that" of a clause after adverbs and phrases of time or place, and, for a verb with an
   * addressee, after a short addressee: "said afterwards that …", "warned consumers on Tuesday
   * that …", "told Chinese President Xi Jinping during a video call on Thursday that …"; else -1.
   * Not "said the plan that was approved …", where the words before "that" are no adjunct.
   */
  private int thatPastAdjuncts(int p, int se, boolean addressed) {
    int k = p;
    if (addressed) {
      // the addressee: a few words with no verb, no punctuation
      int words = 0;
      while (k < se && words < 6 && tok(k).isWord() && !tok(k).is("that") && !cueAt[k]
          && !ADJUNCT_PREPOSITIONS.has(tok(k)) && !TIME_ADVERBS.has(tok(k)) && !FINITE_VERBS.has(tok(k))
          && !RELATIVES.has(tok(k))) {
        k++;
        words++;
      }
    }
    if (k >= se || !(TIME_ADVERBS.has(tok(k)) || ADJUNCT_PREPOSITIONS.has(tok(k)) || isAdverb(tok(k)))
        // "promised to ban bonuses for companies that pollute": an infinitive, whose "that" is a relative
        || k + 1 < se && infinitiveVerbAt(k)) {
      return -1;
    }
    // "warned in a phone call with French President Emmanuel Macron on Monday that …"
    for (int j = k; j < se && j < k + 16; j++) {
      Token t = tok(j);
      if (t.is("that")) {
        // but "told the story in a book that sold a million copies": a relative clause's "that"; and
        // "urged residents to keep away from the site so that rescuers could work": a purpose
        return j > k && j + 1 < se && !relativeThat(j) && !PURPOSE_BEFORE_THAT.has(tok(j - 1)) ? j : -1;
      }
      int apposition = t.isPunct(',') && j > k && tok(j - 1).isCapitalized() ? placeApposition(j, se) : -1;
      if (apposition > 0) {
        // "said at a news conference in Lanzhou, the provincial capital, that …": what the place is
        j = apposition;
        continue;
      }
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER) || cueAt[j] || FINITE_VERBS.has(t) || RELATIVES.has(t)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The comma that closes an apposition of a determiner and up to four words in lower case set off at the
   * comma {@code comma} and followed by "that" (", the provincial capital, that"), or -1.
   */
  private int placeApposition(int comma, int se) {
    int start = comma + 1;
    if (start + 1 < se && tok(start).isCapitalized() && possessiveAt(start + 1)) {
      // "in Lyon, France's third city, that": a place's possessive for the article
      start = start + 1;
    } else if (comma + 2 >= se || !isDeterminerAt(comma + 1)) {
      return -1;
    }
    for (int j = start + 1; j < se && j <= comma + 6; j++) {
      if (tok(j).isPunct(',')) {
        return j > start + 1 && j + 1 < se && tok(j + 1).is("that") ? j : -1;
      }
      if (!(tok(j).isWord() && tok(j).isLowerCase()) || cueAt[j] || FINITE_VERBS.has(tok(j))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the "that" at {@code j} opens a relative clause, a verb right after it: "the building that
   * was hit", "a book that sold a million copies".
   */
  private boolean relativeThat(int j) {
    Token next = j + 1 < tokens.size() ? tok(j + 1) : null;
    return next != null && next.isLowerCase() && (FINITE_VERBS.has(next) || cueAt[j + 1]
        || next.text.endsWith("ed") || MAIN_CLAUSE_VERBS.has(next) || IRREGULAR_PAST.has(next));
  }

  /** Whether "against" stands in {@code [from, to)}, with a noun after it before {@code to}. */
  private boolean againstBefore(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (tok(k).is("against")) {
        return true;
      }
    }
    return false;
  }

  /** "assure their counterparts that ...": a "that" after a short object, before any comma. */
  private int thatAhead(int p, int se) {
    if (p + 1 < se && infinitiveVerbAt(p)) {
      // "promised to ban bonuses for companies that pollute": an infinitive, whose "that" is a relative
      return -1;
    }
    for (int k = p; k < se && k < p + 8; k++) {
      if (tok(k).is("that")) {
        // but "announced a plan that would cut taxes", "promising compensation for every household that
        // lost its home": a relative clause of the object
        // "pushed for a reference to the ruling that invalidated Beijing's claims": a past tense too
        boolean relative = k > p && k + 1 < se && (FINITE_VERBS.has(tok(k + 1)) || IRREGULAR_PAST.has(tok(k + 1))
                || tok(k + 1).isLowerCase() && tok(k + 1).isWord() && tok(k + 1).text.endsWith("ed"))
            && !AUDIENCE.has(tok(k - 1))
            // "warned Washington against moves that infringe on its sovereignty": what is warned against, with a
            // relative clause of its own
            || k > p && againstBefore(p, k);
        // and "called for more beds so that patients could leave": a purpose
        return relative || k > p && PURPOSE_BEFORE_THAT.has(tok(k - 1)) ? -1 : k;
      }
      if (tok(k).kind == Token.Kind.PUNCT || tok(k).kind == Token.Kind.QUOTE || cueAt[k]
          || JOINING_CUES.has(tok(k)) && cueAfterAnd(k + 1)) {
        // "mocked the plan and hinted that …": the "that" is the next cue's
        return -1;
      }
    }
    return -1;
  }

  private boolean hasLeftQuote(Ment speaker, Cue cue, int ss) {
    int k = Math.min(speaker.start, cue.start()) - 1;
    // ""…," 1st Fleet Command's Navy Information Agency head Arba Agung told": the words of
    // the speaker's description before the mention
    k = beforeRoleWords(k, ss);
    while (k >= ss && tok(k).isPunct(',')) {
      k--;
    }
    return k >= ss && (quoteByCloseToken.containsKey(k) || quoteBeforeRole(k, speaker, ss) >= 0);
  }

  /**
   * The token before the words of a description that end at {@code k}, up to eight of them, two roles
   * joined by "and" among them: ""…," captain and goalkeeper Manuel Neuer said".
   */
  private int beforeRoleWords(int k, int ss) {
    for (int words = 0; k >= ss && words < 8 && (isDescriptionWord(k)
        || tok(k).is("and") && k - 1 >= ss && tok(k - 1).isLowerCase() && isDescriptionWord(k - 1)
            && tok(k + 1).isLowerCase()); words++) {
      k--;
    }
    return k;
  }

  /**
   * The closing quotation mark before a role that ends at {@code k} and is set off before the
   * speaker's name, or -1: ""…," the team's leader, Giovanna Tinetti, told", ""…," his widow,
   * Monique, said".
   */
  private int quoteBeforeRole(int k, Ment speaker, int ss) {
    Ment role = mentionEndingAt(k, ss);
    if (role == null || role == speaker || role.type != Ment.Type.DESCRIPTION && role.type != Ment.Type.ANONYMOUS) {
      return -1;
    }
    int before = role.start - 1;
    if (before > ss && tok(before).isPunct(',')) {
      before--;
    }
    return before >= ss && quoteByCloseToken.containsKey(before) ? before : -1;
  }

  /**
   * "In his view, the plan will fail", "In the minister's opinion, …": what follows the frame is
   * said by the one whose view it is, when the frame opens the sentence.
   */
  private void opinion(Cue cue, int s, int ss, int se) {
    Ment speaker = null;
    for (int k = cue.start() + 1; k < cue.end() && speaker == null; k++) {
      speaker = usable(startsAt[k]) ? startsAt[k] : null;
    }
    int p = cue.end() + 1;
    if (speaker == null || cue.start() != ss || p >= se || speakerThenCue(p)
        || cueWithin(p, Math.min(se - 1, p + 2)) && !quoteByOpenToken.containsKey(p)) {
      // "In his view, he said, the reform is overdue": the cue after the frame says it
      return;
    }
    if (RELATIVES.has(tok(p))) {
      // "In her opinion, which she shared with reporters, the deal was bad": past the aside
      while (p < se && !tok(p).isPunct(',')) {
        p++;
      }
      if (++p >= se) {
        return;
      }
    }
    if (quoteByOpenToken.containsKey(p)) {
      // "In his words, "…""
      quote(cue, speaker, p, s, se);
    } else {
      clause(cue, speaker, p, s, se);
    }
  }

  /** Participles whose agent asked or saw what the source said, and is no author of it. */
  private static final WordSet NOT_AUTHORING = WordSet.of("polled", "surveyed", "interviewed", "seen", "obtained",
      "reviewed", "viewed", "leaked", "quoted", "cited", "contacted", "consulted", "questioned", "asked");

  /** Whether {@code t} is a place's name joined to "-based": "Paris-based", "Seoul-based". */
  private static boolean basedModifier(Token t) {
    return t.text.endsWith("-based") && t.text.length() > 7;
  }

  /** "According to X, ..." and "..., according to X." */
  private void according(Cue cue, int s, int ss, int se) {
    if (!tok(cue.start()).text.equalsIgnoreCase("according") && !tok(cue.start()).is("Per")
        && !tok(cue.end() - 1).is("of")) {
      opinion(cue, s, ss, se);
      return;
    }
    if (cue.start() - 2 >= ss && tok(cue.start() - 1).isPunct(',') && cueAt[cue.start() - 2]
        && skipAdjuncts(cue.start() - 1, se) > cue.start()) {
      // "said, according to a transcript, that …": the aside tells where the words are found, and
      // the clause after it is the cue's
      return;
    }
    Draft said = cue.start() - 3 >= ss && tok(cue.start() - 1).isPunct(',') && cueAt[cue.start() - 2]
        ? lastDraftInSentence(s, cue.start()) : null;
    Ment medium = cue.end() < se ? startsAt[cue.end()] : null;
    if (said != null && said.cue != null && said.cue.end() == cue.start() - 1 && said.speaker != null
        && !beForms.has(tok(cue.start() - 3)) && !isAdverb(tok(cue.start() - 3))
        && usable(medium) && medium.end > lastContentToken(se)
        && (medium.kind == dev.demarche.model.ActorKind.MEDIA
            || medium.entry != null && medium.entry.kind() == dev.demarche.model.ActorKind.MEDIA)) {
      // ""…," the spokesman said, according to the Xinhua news agency.": the medium only passes the words on;
      // but in "An inquiry was ordered, according to police" the police speak, and in "Putin told his council
      // the West was to blame, according to the Kremlin" the Kremlin
      return;
    }
    Ment speaker = null;
    int reach = cue.end() + 4;
    for (int k = cue.end(); k < se && k < reach; k++) {
      if (usable(startsAt[k])) {
        speaker = startsAt[k];
        break;
      }
      if (k > cue.end() && tok(k).isCapitalized() && basedModifier(tok(k))) {
        // "according to the Paris-based think tank Ifri": where the source is based, then what it is
        reach = k + 4;
        continue;
      }
      // "according to the summit's organisers": the people of something no list names
      if (!tok(k).isLowerCase() && !possessiveAt(k)) {
        break;
      }
    }
    // "according to a tweet on Monday by US Secretary of State Mike Pompeo": the author
    for (int k = cue.end(); k < se && k < cue.end() + 10 && !tok(k).isPunct(','); k++) {
      if (tok(k).is("by") && k > cue.end() && NOT_AUTHORING.has(tok(k - 1))) {
        // "according to economists polled by Reuters", "a draft seen by Reuters": the agent only
        // asked or saw; the source is before it
        break;
      }
      if ((tok(k).is("by") || tok(k).is("from")) && (speaker == null || k <= speaker.end
          || speaker.kind == dev.demarche.model.ActorKind.DOCUMENT
          // "according to final results released by the Election Commission": who released them
          || k - 1 == speaker.end && MentionFinder.AUTHORING.has(tok(k - 1)) && tok(k).is("by")
          // but in "according to the New York Times about 100 miles from Okinawa" the source came before
          || skipAdjuncts(speaker.end, se) >= k)) {
        // "according to a statement from the presidential office": its author
        Ment author = usable(startsAt[k + 1]) ? startsAt[k + 1]
            : k + 2 < se && isDeterminerAt(k + 1) && usable(startsAt[k + 2]) ? startsAt[k + 2] : null;
        if (author != null) {
          speaker = author;
          break;
        }
      }
    }
    if (speaker == null) {
      // "according to the town's first selectman, Chris Kervick,": a name set off after the role
      for (int k = cue.end(); k + 1 < se && k < cue.end() + 7; k++) {
        if (tok(k).isPunct(',')) {
          Ment named = startsAt[k + 1];
          if (k > cue.end() && usable(named) && isPersonLike(named) && named.hasName() && named.end < se
              && tok(named.end).isPunct(',')) {
            speaker = named;
          }
          break;
        }
        if (!tok(k).isWord()) {
          break;
        }
      }
    }
    if (speaker == null) {
      return;
    }
    if ((speaker.type == Ment.Type.DESCRIPTION || speaker.type == Ment.Type.ANONYMOUS) && speaker.end < se
        && usable(startsAt[speaker.end])
        && (startsAt[speaker.end].type == Ment.Type.NAMED || startsAt[speaker.end].type == Ment.Type.CANDIDATE
            || startsAt[speaker.end].type == Ment.Type.PERSON)) {
      // "according to Chinese state broadcaster CCTV": the name after its description
      speaker = startsAt[speaker.end];
    }
    if (speaker.type == Ment.Type.NAMED && isPlace(speaker) && speaker.end < se && tok(speaker.end).isLowerCase()) {
      // "according to the Wellington cybersecurity firm Kea Security": a place's name that modifies a
      // description, whose name follows
      for (int k = speaker.end; k < se && k < speaker.end + 4 && tok(k).isWord(); k++) {
        if (!tok(k).isLowerCase()) {
          if (usable(startsAt[k]) && startsAt[k].hasName()) {
            speaker = startsAt[k];
          }
          break;
        }
      }
    }
    speaker = holderAfter(speaker, se);
    List<Ment> sources = new ArrayList<>(List.of(named(speaker)));
    int last = speaker.end;
    while (last + 1 < se && tok(last).is("and") && usable(startsAt[last + 1]) && sources.size() < 4) {
      Ment next = startsAt[last + 1];
      if (!(next.entry != null && next.entry.kind() == dev.demarche.model.ActorKind.CITY
          && endsWithPlace(sources.get(sources.size() - 1)))) {
        // "according to Reuters and NBC": each source says it; but "according to three traders in
        // Singapore and Vancouver" names two places of one source (where "officials in Washington and
        // Moscow" are two states' officials)
        sources.add(named(next));
      }
      last = next.end;
    }
    if (last + 1 < se && possessiveAt(last)) {
      // "according to the bank's latest figures": what the source wrote, after its possessive
      int k = last + 1;
      while (k < se && k < last + 4 && tok(k).isLowerCase() && !SOURCE_NOUNS.has(tok(k))
          && isDescriptionWord(k)) {
        k++;
      }
      if (k < se && SOURCE_NOUNS.has(tok(k))) {
        last = k;
      } else if (k > last + 1 && (k > lastContentToken(se) || tok(k).isPunct(','))) {
        // "according to ISRO's mission brochure.": whatever the source's words are called, they end
        // the clause
        last = k;
      } else if (k < se && usable(startsAt[k]) && startsAt[k].hasName()
          && startsAt[k].kind == dev.demarche.model.ActorKind.DOCUMENT
          && (startsAt[k].end > lastContentToken(se) || tok(startsAt[k].end).isPunct(','))) {
        // "according to the bank's Monetary Policy Report, published …", "the bank's latest Inflation
        // Report": the source's document, by its name
        speaker = startsAt[k];
        sources = new ArrayList<>(List.of(speaker));
        last = speaker.end;
      }
    }
    while (last < se && tok(last).isLowerCase() && MEDIUM_NOUNS_AFTER_NAME.has(tok(last))
        && (named(speaker).kind == dev.demarche.model.ActorKind.MEDIA || named(speaker).hasName()
            || MEDIUM_NOUNS_AFTER_NAME.has(tok(last - 1)))) {
      // "according to the TASR news agency": what the medium is, part of its mention
      last++;
    }
    while (last < se && tok(last).isLowerCase() && SOURCE_NOUNS.has(tok(last))) {
      // "according to Federal Aviation Administration records": what the source wrote; "according
      // to IMF forecasts": a noun, not a cue of its own
      if (cueAt[last]) {
        skippedCue = last;
      }
      last++;
    }
    int after = skipAdjuncts(last, se);
    // "…; according to investigators, one was pronounced dead": a semicolon starts a clause as a
    // sentence does
    int cs = ss;
    for (int k = ss; k < cue.start(); k++) {
      if (tok(k).isPunct(';') && !isInsideQuote(tok(k).begin)) {
        cs = k + 1;
      }
    }
    if (cue.start() - 2 > cs && tok(cue.start() - 1).isPunct(',')
        && (tok(cue.start() - 2).is("but") || tok(cue.start() - 2).is("and") || tok(cue.start() - 2).is("yet"))
        && tok(cue.start() - 3).isPunct(',')) {
      // "…, but, according to his agent, he had undergone surgery": so does a conjunction set off
      cs = cue.start();
    }
    if (cue.start() > cs && cue.start() - cs <= 3 && connectivesOnly(cs, cue.start()) && after < se
        && tok(after).isPunct(',')) {
      // "However, according to Doha's foreign minister, the demands …", "But according to police, the suspect
      // fled": connectives that open the sentence say nothing of their own; the clause after the source is
      // what was said
      cs = cue.start();
    }
    for (Ment source : sources) {
      if (after <= lastContentToken(se) && !tok(after).isPunct(',') && tok(after).isWord()
          && !GOVERNING.has(tok(after)) && !(tok(after).isLowerCase() && tok(after).text.endsWith("ed"))
          // "according to a draft seen by Reuters.": a participle with its agent describes the source
          && !(after + 1 < se && tok(after).isLowerCase() && tok(after + 1).is("by"))
          // but "according to CNN who reported that …" goes on with the source's relative clause
          && !RELATIVES.has(tok(after))
          // "killing at least 20 according to officials on Thursday, and leaving thousands stranded":
          // the sentence goes on past the source; what the source said is before it
          && !setOffConjunctionBetween(last, after + 1)
          // "according to the VDA auto industry association.": what the source is, to the end
          && !descriptionToEnd(after, lastContentToken(se))
          && !(cue.start() == cs)) {
        // "... and according to the Ministry he died in the morning": the clause after the source;
        // but "according to the mayor of Yartsevo via Interfax." and "according to a statement
        // posted on its channel." end the sentence
        clause(cue, source, after, s, se);
      } else if (cue.start() == cs || cue.start() == cs + 1 && tok(cs).kind == Token.Kind.QUOTE) {
        int k = pastSource(speaker, last, se);
        if (after < se && after <= lastContentToken(se) && !commaWithin(last, after) && !tok(after).isPunct(',')
            && (SUBJECT_PRONOUNS.has(tok(after)) || isDeterminerAt(after))
            && mainClauseAfter(after, lastContentToken(se))) {
          // "According to his family he has lost 40 pounds": no comma after the source
          clause(cue, source, after, s, se);
        } else if (k + 1 < se && quoteByOpenToken.containsKey(k + 1)) {
          // "According to an eyewitness, "…"": the quotation itself
          quote(cue, source, k + 1, s, se);
        } else if (k + 1 < se) {
          clause(cue, source, k + 1, s, se);
        }
      } else {
        int end = cue.start();
        Quote before = quoteByOpenToken.get(ss);
        int closing = tok(end - 1).isPunct(',') && end - 2 >= ss ? end - 2 : end - 1;
        if (before != null && closing > ss && tok(closing).kind == Token.Kind.QUOTE
            && tokenAtOrBefore(before.outer().end() - 1) == closing) {
          // ""We will win," according to the mayor": the quotation is what was said
          addQuote(cue, source, before, s);
        } else if (tok(end - 1).isPunct(',') && end - 2 > ss && DANGLING.has(tok(end - 2))
            && pastSource(speaker, last, se) < se && tok(pastSource(speaker, last, se)).isPunct(',')
            && pastSource(speaker, last, se) + 1 <= lastContentToken(se)) {
          // "killed 62, including, according to government reports, 54 children": the words before
          // end on a preposition, which what follows the source completes; but in "the man police had
          // been looking for, according to local media." the preposition ends a relative clause
          int k = pastSource(speaker, last, se);
          add(cue, source, tok(k + 1).begin, tok(lastContentToken(se)).end, s, false);
          continue;
        } else if (tok(end - 1).isPunct(',') && end - 2 > ss && (tok(end - 2).is("who") || tok(end - 2).is("which"))) {
          // "the skeletons of 12 people who, according to Quispe, may have been sacrificed": the
          // source's words are the relative clause's, after it; the words before frame them
          int k = pastSource(speaker, last, se);
          int close = end - 3 > ss && tok(end - 3).isPunct(',') && k + 1 < se && tok(k).isPunct(',')
              ? relativeClauseClosed(k, lastContentToken(se) + 1) : -1;
          if (close > 0) {
            // "The man, who, according to police, was armed, fled": up to the clause's closing comma
            add(cue, source, tok(k + 1).begin, tok(close - 1).end, s, false);
            continue;
          }
        } else {
          // "DUBAI (Reuters) - Saudi Arabia …, according to …": past the dateline
          int from = datelineEnd(ss, end - 1);
          int participle = tok(end - 1).isPunct(',') ? -1 : participleAfterComma(from, end);
          if (participle > from) {
            // "The typhoon hit on Wednesday, killing at least 20 according to officials": with no comma
            // before it, the source tells the participle's part
            from = participle;
          }
          from = Math.max(from, clauseAfterTrailingCue(from, end));
          add(cue, source, tok(from).begin, tok(end - 1).end, s, false);
        }
        int k = pastSource(speaker, last, se);
        if (k + 1 < se && tok(k).isPunct(',') && quoteByOpenToken.containsKey(k + 1)
            && tok(closing).kind == Token.Kind.QUOTE) {
          // ""We will win," according to the mayor, "whatever it takes."": the quotation goes on
          quote(cue, source, k + 1, s, se);
        } else if (tok(end - 1).isPunct(',') && k + 2 <= lastContentToken(se) && tok(k).isPunct(',')
            && tok(k + 1).is("with") && !cueBetween(k + 1, lastContentToken(se) + 1)
            && !quoteByOpenToken.containsKey(k + 2)) {
          // "…, according to officials, with burns over 85% of his body": an absolute phrase after the
          // source goes on with what was said
          add(cue, source, tok(k + 1).begin, tok(lastContentToken(se)).end, s, false);
        } else if (tok(end - 1).isPunct(',') && end - 1 > ss && k + 2 < se && tok(k).isPunct(',')
            && tok(k + 1).isWord() && !isAdverb(tok(k + 1))
            && !(PREPOSITIONS.has(tok(k + 1)) && !mainClauseAfter(k + 1, lastContentToken(se)))
            && !CONNECTIVES.has(tok(k + 1)) && !RELATIVES.has(tok(k + 1))
            && !tok(k + 1).is("and") && !tok(k + 1).is("but")
            && !(startsAt[k + 1] != null && startsAt[k + 1].end > lastContentToken(se))
            && !roleToEnd(k + 1, lastContentToken(se))
            && !cueBetween(k + 1, Math.min(se, k + 5))
            && (end - 1 - ss <= 4 && mainClauseAfter(k + 1, lastContentToken(se))
                || FINITE_VERBS.has(tok(k + 1)) || FINITE_VERBS.has(tok(end - 2))
                || pastVerbBeforeObject(end - 2, k + 1))) {
          // "Longer term, according to the administrator, the goal is …", "The president, according
          // to aides, was furious", "The victims were, according to the police, all local", "Thunberg
          // then led, according to Time, the largest demonstration ever held": the clause goes on
          // after the source
          clause(cue, source, k + 1, s, se);
        }
      }
    }
  }

  /** Whether a description ends with where its members are: "three traders in Singapore". */
  private boolean endsWithPlace(Ment m) {
    for (int j = m.end - 2; j > m.start && j >= m.end - 4; j--) {
      if (tok(j).is("in") || tok(j).is("from") || tok(j).is("at")) {
        return m.type != Ment.Type.NAMED;
      }
      if (!tok(j).isCapitalized()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code [from, last]} is no more than a few lower-case nouns ending in an organisation's,
   * a body's or a medium's noun: "auto industry association" after "according to the VDA".
   */
  private boolean descriptionToEnd(int from, int last) {
    if (last < from || last - from > 4 || (tok(last).lexeme.mask & groupHeadBits) == 0) {
      return false;
    }
    for (int k = from; k <= last; k++) {
      if (!(tok(k).isWord() && tok(k).isLowerCase()) || cueAt[k] || FINITE_VERBS.has(tok(k))) {
        return false;
      }
    }
    return true;
  }

  /** Words that join a role to what it is of: "the regional governor of Central Greece". */
  private static final WordSet ROLE_OF = WordSet.of("of", "for", "at", "in", "the", "and");

  /**
   * Whether a person's role without a name runs from {@code p} to {@code last}, the sentence's last word:
   * "…, according to Dimitris Karalis, the regional governor of Central Greece." sets it off after the
   * source, and nothing is said after it.
   */
  private boolean roleToEnd(int p, int last) {
    Ment d = startsAt[p];
    if (d == null || d.type != Ment.Type.DESCRIPTION || d.kind != dev.demarche.model.ActorKind.PERSON
        || d.hasName() || d.end > last + 1) {
      return false;
    }
    for (int j = d.end; j <= last; j++) {
      Token t = tok(j);
      if (!(t.isCapitalized() || ROLE_OF.has(t) || possessiveAt(j) || t.isPunct('-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person named right after a body or medium with their role: "Island Times editor Keni Lesa",
   * "NASA administrator Jim Bridenstine", "the agency's chief Ana Ruiz", "UCL astronomer Angelos
   * Tsiaras"; otherwise {@code source} itself.
   */
  private Ment holderAfter(Ment source, int se) {
    int owned = possessiveAt(source.end) ? source.end + 1 : source.end;
    for (int k = owned; k < se && k <= owned + 4; k++) {
      if (k > owned && owned > source.end && tok(k).isPunct(',') && k + 1 < se && usable(startsAt[k + 1])
          && isPersonLike(startsAt[k + 1]) && startsAt[k + 1].hasName()) {
        // "according to Windsor Locks' first selectman, Chris Kervick,": the person the role is set
        // off before
        return startsAt[k + 1];
      }
      if (startsAt[k] != null && usable(startsAt[k])
          && (startsAt[k].type == Ment.Type.PERSON || k > owned && isPersonLike(startsAt[k]) && startsAt[k].hasName())
          && (k > owned || owned == source.end || tok(k).isLowerCase())) {
        return startsAt[k];
      }
      if (!(tok(k).isLowerCase() && isDescriptionWord(k)) || tok(k).text.endsWith("ing")
          || tok(k).text.endsWith("ed")) {
        // but "the agency representing model Ana Ruiz": a participle, not a role
        break;
      }
    }
    return source;
  }

  /**
   * The comma that ends a source of "according to" that opens its clause, past a relative clause,
   * a participle's aside or the name of one described: the content starts after it.
   */
  private int pastSource(Ment speaker, int last, int se) {
    // "According to CNN, which cited two sources, the envoy …": past the source's relative clause
    int k = pastRelativeClause(last, se);
    k = k > last ? k - 1 : k;
    while (k < se && !tok(k).isPunct(',')) {
      k++;
    }
    if (k + 2 < se && speaker.kind == dev.demarche.model.ActorKind.DOCUMENT && tok(k + 1).isLowerCase()
        && tok(k + 1).text.endsWith("ed") && PARTICIPLE_ADJUNCTS.has(tok(k + 2))) {
      // "According to the statement, released by the ministry on Tuesday, the talks …": past the
      // participle's aside
      for (int j = k + 2; j < se && j < k + 14; j++) {
        if (tok(j).isPunct(',')) {
          if (j + 1 < se && tok(j + 1).kind != Token.Kind.QUOTE) {
            k = j;
          }
          break;
        }
        if (tok(j).kind == Token.Kind.QUOTE) {
          break;
        }
      }
    }
    Ment named = k + 1 < se ? startsAt[k + 1] : null;
    if (named != null && named == speaker.appositive && named.end < se && tok(named.end).isPunct(',')) {
      // "According to Boston's mayor, Ana Ruiz, the …": past the name of the one described
      k = named.end;
    }
    return sourceAppositiveEnd(k, se);
  }

  /**
   * The comma that ends a description of the source set off after the comma at {@code k}, or
   * {@code k}: "According to UpGuard, a cybersecurity firm, two databases …", "according to Ana
   * Ruiz, Hagan's former spokeswoman, Hagan died …". Only an indefinite or a possessive description
   * is one: "According to police, the suspect, a 32-year-old man, fled" names no source.
   */
  private int sourceAppositiveEnd(int k, int se) {
    int p = k + 1;
    if (p + 2 >= se || !tok(k).isPunct(',')) {
      return k;
    }
    boolean possessive = false;
    for (int j = p + 1; j < se && j <= p + 3 && !possessive; j++) {
      possessive = possessiveAt(j) && (tok(j - 1).isCapitalized() || j == p + 1);
    }
    if (!(tok(p).is("a") || tok(p).is("an") || possessive)) {
      return k;
    }
    for (int j = p + 1; j < se && j <= p + 10; j++) {
      Token t = tok(j);
      if (t.isPunct(',')) {
        // but in "According to police, a teenager, Tom Hale, died" the name set off after the
        // description is what it describes, the subject of what was said
        boolean named = j + 1 < se && usable(startsAt[j + 1]) && startsAt[j + 1].end < se
            && tok(startsAt[j + 1].end).isPunct(',');
        return j > p + 1 && j + 1 < se && !named && (startsClause(j + 1, se) || quoteByOpenToken.containsKey(j + 1))
            ? j : k;
      }
      if (!t.isWord() && !possessiveAt(j) && !t.isPunct('-') || t.is("and") || t.is("who") || t.is("which")
          || FINITE_VERBS.has(t) || cueAt[j]) {
        return k;
      }
    }
    return k;
  }

  /**
   * The first token after a dateline that opens the sentence ("TOKYO (Reuters) -", "WASHINGTON,
   * Jan. 5 —"), or {@code ss} if there is none: a place in capitals, perhaps a date and an agency
   * in brackets, then a dash.
   */
  private int datelineEnd(int ss, int last) {
    return datelineEnd(tokens, ss, last);
  }

  /** {@link #datelineEnd(int, int)} of the sentence starting at {@code ss} of {@code tokens}. */
  static int datelineEnd(List<Token> tokens, int ss, int last) {
    int bare = bareDatelineEnd(tokens, ss, last);
    if (bare > ss) {
      return bare;
    }
    if (!tokens.get(ss).isAllCaps()) {
      return titleCaseDatelineEnd(tokens, ss, last);
    }
    for (int k = ss + 1; k < last && k < ss + 12; k++) {
      Token t = tokens.get(k);
      if (isDash(t) || t.isPunct('-') || t.isPunct(':') && tokens.get(k - 1).isAllCaps()) {
        // "TOKYO (Reuters) -", "BERLIN:"; "SEOUL (Yonhap) --": a dash typed as two hyphens
        return t.isPunct('-') && k + 1 < last && tokens.get(k + 1).isPunct('-') ? k + 2 : k + 1;
      }
      // "NEW DELHI/ISLAMABAD, May 14 (AFP) -": two places
      if (!(t.isAllCaps() || t.isPunct(',') || t.isPunct('.') || t.isPunct('(') || t.isPunct(')')
          || t.isPunct('/') || t.isCapitalized() || t.kind == Token.Kind.NUMBER)) {
        return ss;
      }
    }
    return ss;
  }

  /**
   * The end of a dateline that lost its dash, at the article's start ("BERLIN France's foreign minister urged …"),
   * as the analyzer marked it on the first token; {@code ss} if there is none.
   */
  private static int bareDatelineEnd(List<Token> tokens, int ss, int last) {
    int k = ss == 0 ? tokens.get(0).bareDateline : 0;
    return k > 0 && k < last ? k : ss;
  }

  /**
   * The end of a dateline whose place is written in title case, as some agencies write it: "Tokyo,
   * 12 March (AFP) —", "Taipei, May 14 (CNA)", "Berlin (dpa) -", "Manila, March 3 —". Up to three
   * capitalised words, then a date, an agency in brackets or both, and a dash; a date needs a bracket
   * or a dash after it, and a bracket without a date needs the dash, so that "Abe (left) said" and
   * "Tokyo, the capital, said" are no datelines. Returns {@code ss} if the sentence opens with none.
   */
  private static int titleCaseDatelineEnd(List<Token> tokens, int ss, int last) {
    int k = ss;
    while (k < last && k < ss + 3 && tokens.get(k).isCapitalized()) {
      k++;
    }
    if (k == ss || k + 2 >= last) {
      return ss;
    }
    boolean date = false;
    if (tokens.get(k).isPunct(',')) {
      int d = k + 1;
      if (TimeFinder.isMonth(tokens.get(d).text) && tokens.get(d + 1).kind == Token.Kind.NUMBER) {
        d += 2;
      } else if (tokens.get(d).kind == Token.Kind.NUMBER && TimeFinder.isMonth(tokens.get(d + 1).text)) {
        d += 2;
      } else {
        return ss;
      }
      // "Sept. 9", "March 3, 2025"
      if (d < last && tokens.get(d).isPunct('.') && tokens.get(d - 1).kind != Token.Kind.NUMBER) {
        d++;
      }
      if (d + 1 < last && tokens.get(d).isPunct(',') && tokens.get(d + 1).isYear()) {
        d += 2;
      }
      date = true;
      k = d;
    }
    boolean bracket = false;
    if (k + 2 < last && tokens.get(k).isPunct('(') && tokens.get(k + 1).isWord()) {
      int close = k + 2;
      while (close < last && close < k + 4 && tokens.get(close).isWord()) {
        close++;
      }
      if (close >= last || !tokens.get(close).isPunct(')')) {
        return ss;
      }
      bracket = true;
      k = close + 1;
    }
    boolean dash = false;
    if (k < last && (isDash(tokens.get(k)) || tokens.get(k).isPunct('-'))) {
      dash = true;
      k = tokens.get(k).isPunct('-') && k + 1 < last && tokens.get(k + 1).isPunct('-') ? k + 2 : k + 1;
    }
    return date && (bracket || dash) || bracket && dash ? k : ss;
  }

  /** Content before the speaker: a quotation closed right before it, or the clause. */
  private void left(Cue cue, Ment speaker, Ment firstSpeaker, boolean inverted, int s, int ss) {
    int end = inverted ? cue.start() : firstSpeaker.start;
    if (!inverted && end - 3 > ss && tok(end - 1).isPunct(',')) {
      // "The cause was heart failure, his daughter, Renee Bell, said": the description before the
      // name set off by commas belongs to the speaker
      Ment described = firstSpeaker.hasName() && firstSpeaker.end < tokens.size() && tok(firstSpeaker.end).isPunct(',')
          ? mentionEndingAt(end - 2, ss) : null;
      if (described != null && described.start - 1 > ss && tok(described.start - 1).isPunct(',')
          && (described.type == Ment.Type.DESCRIPTION || described.type == Ment.Type.ANONYMOUS)) {
        end = described.start;
      } else if (firstSpeaker.hasName() && firstSpeaker.end < tokens.size() && tok(firstSpeaker.end).isPunct(',')) {
        // "“…?” United States’ envoy to NATO, Douglas Lute, told reporters": a role with no verb before the name
        // set off by commas, after a quotation or a comma, is the speaker's too
        int from = end - 2;
        while (from > ss && !tok(from - 1).isPunct(',') && tok(from - 1).kind != Token.Kind.QUOTE) {
          from--;
        }
        if (from < end - 1 && end - 1 - from <= 8 && (from == ss || tok(from - 1).isPunct(',')
                || tok(from - 1).kind == Token.Kind.QUOTE)
            && !verbBetween(from, end - 1) && !cueBetween(from, end - 1) && tok(from).isWord()
            // "the lawyer for the family, Ben Crump, said": a role after a determiner too
            && (!tok(from).isLowerCase() || isDeterminerAt(from) || POSSESSIVE_DETERMINERS.has(tok(from)))
            && !ADJUNCT_PREPOSITIONS.contains(tok(from).text.toLowerCase(java.util.Locale.ROOT))) {
          end = from;
        }
      }
    }
    if (!inverted && commaBefore(end, ss) && !tok(end - 1).isPunct(',')) {
      // "…, her son Anderson Cooper announced": the role words belong to the speaker
      while (end > ss && !tok(end - 1).isPunct(',')) {
        end--;
      }
    }
    int k = end - 1;
    if (!inverted) {
      // the words of a description before the speaker's name: ""…," agency head Arba Agung told"
      int w = beforeRoleWords(k, ss);
      while (w >= ss && tok(w).isPunct(',')) {
        w--;
      }
      if (w >= ss && w < k && quoteByCloseToken.containsKey(w)) {
        k = w;
      }
    }
    if (!inverted && end - 2 > ss && tok(end - 1).isPunct(',') && quoteBeforeRole(end - 2, firstSpeaker, ss) >= 0) {
      // ""…," the team's leader, Giovanna Tinetti, told the BBC": the quotation before the role
      k = quoteBeforeRole(end - 2, firstSpeaker, ss);
    }
    while (k >= ss && (tok(k).isPunct(',') || tok(k).is("and"))) {
      k--;
    }
    if (k < ss) {
      // the quotation may close the previous sentence: "…stability." she said. But not one that
      // ends the paragraph before
      if (k >= 0 && quoteByCloseToken.containsKey(k) && k >= ss - 2
          && paragraphOf[sentenceOf[k]] == paragraphOf[sentenceOf[ss]] && !attributed(quoteByCloseToken.get(k))) {
        // nor one a cue before it already gave its speaker: "Ruiz wrote, "Sad news." The mayor
        // responded angrily."
        Quote q = quoteByCloseToken.get(k);
        addQuote(cue, speaker, q, s);
      }
      return;
    }
    Quote q = quoteByCloseToken.get(k);
    if (q != null) {
      int open = tokenAtOrBefore(q.outer().begin());
      // "But on average, life is moving "much faster," he said": the clause after a connective; not "So far,
      // …", "But for the rain, …"
      int cs = OPENING_CONJUNCTIONS.has(tok(ss)) && ss + 1 < open ? ss + 1 : ss;
      if (cs > ss && (tok(cs).isPunct(',') || CONJUNCTION_ADVERBS.has(tok(cs)))) {
        cs++;
      }
      if (cs > ss && tok(cs).is("for")) {
        cs = ss;
      }
      // "China and Germany were partners, "not rivals," he said": after a comma, a quotation in lower
      // case goes on the clause before it
      boolean continues = open > cs + 2 && tok(open - 1).isPunct(',') && tok(open - 2).isWord()
          && open + 1 < tokens.size() && tok(open + 1).isWord() && tok(open + 1).isLowerCase();
      if (open > cs + 1 && (tok(open - 1).isWord() || continues) && onlyPartialQuotesBetween(cs, open)
          && !(cs == ss && CLAUSE_CONNECTIVES.has(tok(ss)))
          && !(tok(cs).isCapitalized() && (tok(cs).text.endsWith("ed") || tok(cs).text.endsWith("ing"))
              && !clauseAfterOpeningPhrase(cs, open))
          && !cueBetween(open - 1, open)) {
        // "The detention was "unacceptable," the ministry said": the clause the quotation ends,
        // not the quoted words alone
        add(cue, speaker, tok(cs).begin, q.outer().end(), s, false);
        return;
      }
      addQuote(cue, speaker, q, s);
      return;
    }
    int as = end - 1 >= ss && tok(end - 1).is("as") ? end - 1 : tok(end).is("as") ? end : -1;
    if (!inverted && as - 2 >= ss && tok(as - 1).isPunct(',') && firstSpeaker.start == as + 1) {
      // "Judge Yusuf said Chile had bound itself to talks, as Bolivia had argued": what the
      // statement before the comma said is what the speaker after "as" said too; but not what was denied ("the
      // strike did not hit a hospital, as Hamas claimed") nor an act's object ("denied any wrongdoing, as …")
      Draft before = lastDraftInSentence(s, as);
      if (before != null && before.contentEnd == tok(as - 2).end && before.speaker != speaker
          && before.mode != StatementMode.REPORTED_ACT && !negatedBetween(before.contentBegin, before.contentEnd)) {
        add(cue, speaker, before.contentBegin, before.contentEnd, s, false);
        return;
      }
    }
    // content before a speaker not set off by a comma starts after an earlier cue of the sentence:
    // in "The council said last week that it agreed", "it agreed" is what the council said; but
    // "..., administration officials said" takes the whole sentence before it
    boolean setOff = end > ss && tok(end - 1).isPunct(',');
    if (!setOff && previousCue != null && sentenceOf[previousCue.start()] == s && previousCue.end() <= k) {
      return;
    }
    // a subject alone is no content: "The mayor, Rosa Diaz, agreed."; but in "The plan, he said,
    // would cost millions" the clause goes on after the cue
    int after = inverted ? speaker.end : cue.end();
    Token next = after + 1 < tokens.size() && tok(after).isPunct(',') ? tok(after + 1) : null;
    // a clause that goes on after the cue: a verb, not a participle ("agreed, saying …")
    boolean goesOn = next != null && !(next.isLowerCase() && next.text.endsWith("ing")) && (FINITE_VERBS.has(next)
        || next.isLowerCase() && next.text.endsWith("ed")
        || mainClauseAfter(after + 1, lastContentToken(sentenceEnd[sentenceOf[after]])));
    Ment subject = startsAt[ss];
    if (subject != null && subject.end == k + 1 && !goesOn) {
      return;
    }
    if (!inverted && firstSpeaker.start > ss && RELATIVES.has(tok(firstSpeaker.start - 1))) {
      // "a plan for the march, which they rejected": the antecedent was rejected, not the clause
      return;
    }
    // the clause, from the sentence start, a semicolon, or a quotation that opened before it
    int from = Math.max(datelineEnd(ss, k), k - MAX_CONTENT_TOKENS);
    for (int j = k; j > from; j--) {
      if (tok(j).isPunct(';') && !isInsideQuote(tok(j).begin)) {
        // "…died in a storm; they had, his father says, paid smugglers"
        from = j + 1;
        break;
      }
    }
    if (frontedAdjunct(from, k) && !goesOn) {
      // "On October 6, Trump and Erdoğan spoke.": when they spoke, not what they said; but in "On
      // trade, the official said, talks would go on" the clause goes on after the cue
      return;
    }
    int begin = tok(from).begin;
    Quote open = quoteBefore(begin - 1);
    if (open != null && open.outer().end() > begin && open.outer().end() <= tok(k).end) {
      begin = open.outer().begin();
    }
    add(cue, speaker, begin, tok(k).end, s, false);
  }

  /**
   * Whether a participle's phrase that opens the sentence at {@code ss} is set off by a comma and a clause of
   * at least three words follows it before the quotation at {@code open}: "Propelled by winds, the fire
   * quickly leapt "from hilltop to hilltop," he said"; not "Asked about the deal, "…," he said".
   */
  private boolean clauseAfterOpeningPhrase(int ss, int open) {
    for (int k = ss + 1; k < open && k <= ss + 12; k++) {
      if (tok(k).isPunct(',')) {
        for (int j = k + 1; j < open; j++) {
          if (!tok(j).isWord() || cueAt[j]) {
            return false;
          }
        }
        return open - k > 3;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code from} to {@code k} are only a short phrase that opens the sentence with
   * a preposition, and no verb: "On October 6", "In Paris", "During the talks".
   */
  private boolean frontedAdjunct(int from, int k) {
    if (k - from > 3 || k == from || !tok(from).isCapitalized()
        || !ADJUNCT_PREPOSITIONS.contains(tok(from).text.toLowerCase(java.util.Locale.ROOT))
        // "At least two people died, police said"
        || tok(from + 1).is("least") || tok(from + 1).is("most")) {
      return false;
    }
    for (int j = from + 1; j <= k; j++) {
      Token t = tok(j);
      if (!t.isWord() && t.kind != Token.Kind.NUMBER || FINITE_VERBS.has(t)
          // "In 2018 exports doubled, the data showed": a verb
          || t.isLowerCase() && t.text.endsWith("ed")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a verb in the past starts at {@code k}, with no noun right after it that would make it an
   * adjective: "left", "walked out", "thanked his fans"; not "armed men", "allied militias".
   */
  private boolean pastVerbAt(int k, int se) {
    if (!(k < se && tok(k).isWord() && tok(k).isLowerCase()
        && (tok(k).text.endsWith("ed") && tok(k).text.length() > 4 || MAIN_CLAUSE_VERBS.has(tok(k))))) {
      return false;
    }
    Token next = k + 1 < se ? tok(k + 1) : null;
    return next == null || !next.isWord() || isDeterminerAt(k + 1) || OBJECT_PRONOUNS.has(next)
        || POSSESSIVE_DETERMINERS.has(next) || PREPOSITIONS.has(next) || PARTICLES.has(next) || isAdverb(next);
  }

  /**
   * Whether a verb in the past at {@code verb} has its object at {@code object}, past an aside: "led,
   * according to Time, the largest march"; not "the alleged, …" nor "a group called, …".
   */
  private boolean pastVerbBeforeObject(int verb, int object) {
    Token v = tok(verb);
    return verb > 0 && v.isWord() && v.isLowerCase() && (v.text.endsWith("ed") || MAIN_CLAUSE_VERBS.has(v))
        && !isDeterminerAt(verb - 1) && tok(verb - 1).isWord() && !cueAt[verb]
        // "35 were rescued, according to officials, some of whom …": a passive has no object
        && !PASSIVE_AUXILIARIES.has(tok(verb - 1))
        && (isDeterminerAt(object) || tok(object).kind == Token.Kind.NUMBER)
        && !(object + 2 < tokens.size() && tok(object + 1).is("of") && RELATIVES.has(tok(object + 2)))
        // "resigned, according to Reuters, the day after the vote", "rose, according to the office, the
        // most in a decade": when or how much, not an object
        && !(object + 1 < tokens.size() && (TIME_NOUNS.has(tok(object + 1)) || TIME_WORDS.has(tok(object + 1))
            || DEGREE_WORDS.has(tok(object + 1))));
  }

  private static final WordSet DEGREE_WORDS = WordSet.of("most", "least");

  private static final WordSet PASSIVE_AUXILIARIES = WordSet.of("is", "are", "was", "were", "be", "been", "being",
      "get", "got", "gets");

  /** Particles of phrasal verbs after a deed: "walked out", "stepped down". */
  private static final WordSet PARTICLES = WordSet.of("out", "off", "away", "up", "down", "back", "on");

  private void quote(Cue cue, Ment speaker, int open, int s, int se) {
    Quote q = quoteByOpenToken.get(open);
    int last = lastContentToken(se);
    int after = tokenAtOrBefore(q.outer().end() - 1) + 1;
    // the quotation right after the cue, or after a setting: "wrote on Twitter "…" and thanked …"
    boolean right = cue.end() == open || skipAdjuncts(cue.end(), se) == open;
    boolean adjunctAfter = after < se && (tok(after).isPunct(',') || tok(after).isPunct(';')
        || (tok(after).is("and") || tok(after).is("but")) && (",.".indexOf(text.charAt(q.inner().end() - 1)) >= 0
            // "tweeted "Deeply saddened by the loss" and offered condolences": another act follows;
            // "said "the fight is over" and left": another deed
            || right && (cueAfterAnd(after + 1) || pastVerbAt(after + 1, se))))
        // "said "we will win" before leaving the hall": a time of the saying
        || right && after + 1 < se && (tok(after).is("before") || tok(after).is("after")
            || tok(after).is("while") || tok(after).is("when")) && tok(after + 1).isLowerCase()
            && tok(after + 1).text.endsWith("ing");
    // ""… is difficult." ((es)) …", "shouting "shame on you!" and holding signs": a full stop
    // inside the marks ends the utterance; what follows is narrative
    int lastChar = q.inner().end() - 1;
    while (lastChar > q.inner().begin() && (Character.isWhitespace(text.charAt(lastChar))
        || text.charAt(lastChar) == '\'' || text.charAt(lastChar) == '’')) {
      // "… said, 'Let's talk about it tomorrow.' ": the full stop of a quotation inside it
      lastChar--;
    }
    if (lastChar > q.inner().begin() + 1 && text.charAt(lastChar) == ']'
        && ".!?".indexOf(text.charAt(lastChar - 1)) >= 0) {
      // "… is effective[.]": an editor's full stop
      lastChar--;
    }
    boolean fullStop = q.inner().length() > 5 && ".!?".indexOf(text.charAt(lastChar)) >= 0;
    if (q.outer().end() >= tok(last).end || q.paragraphContinued() || adjunctAfter || fullStop
        // "banners reading "Free Tibet" outside the embassy": a participle's quotation is all it says
        || cue.participle() && cue.end() == open && !(after <= last && quotedModifier(q, after))
        || sentenceOf[tokenAtOrBefore(q.outer().end() - 1)] != s) {
      // ""They need to stand by us", while addressing the press": the quotation is what was said
      addQuote(cue, speaker, q, s);
    } else if (cue.participle() && cue.end() == open && !finiteVerbAfterQuote(after, last)) {
      // "alleging "blatant" rigging of the election": a word quoted before its noun, in the object; but in
      // "claiming "foreign" agents were behind the protests" the noun is a clause's subject
      object(cue, speaker, open, s, se);
    } else {
      add(cue, speaker, q.outer().begin(), tok(last).end, s, false);
    }
  }

  /**
   * Whether a finite verb follows the noun after a quotation, before a comma: ""foreign" agents were behind the
   * protests", ""real" progress had been made".
   */
  private boolean finiteVerbAfterQuote(int after, int last) {
    for (int k = after; k <= last && k < after + 8; k++) {
      Token t = tok(k);
      if (!t.isWord() || RELATIVES.has(t)) {
        return false;
      }
      if (FINITE_VERBS.has(t) && !t.is("be")) {
        return true;
      }
    }
    return false;
  }

  /** Words after a quotation that do not make it a noun's modifier: "outside the embassy", "as it left". */
  private static final WordSet NOT_AFTER_MODIFIER = WordSet.of("of", "for", "as", "by", "about", "against", "than",
      "into", "onto", "toward", "towards", "until", "while", "when", "because", "if", "so", "then");

  /**
   * Whether the quotation {@code q} is one or two words quoted before the noun at {@code after}, which goes on
   * with them: "“blatant” rigging", "the "one China" policy".
   */
  private boolean quotedModifier(Quote q, int after) {
    String inner = text.substring(q.inner().begin(), q.inner().end()).trim();
    return !inner.isEmpty() && inner.split(" ").length <= 2 && Character.isLetter(inner.charAt(inner.length() - 1))
        && tok(after).isWord() && tok(after).isLowerCase() && !NOT_AFTER_MODIFIER.has(tok(after))
        // "rigging" is a noun as much as a gerund
        && (nounLike(after) || tok(after).text.endsWith("ing") && !cueAt[after] && !isDeterminerAt(after));
  }

  private int tokenAtOrBefore(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (tok(mid).begin <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void clause(Cue cue, Ment speaker, int from, int s, int se) {
    if (from + 1 < se && (tok(from).is("and") || tok(from).is("or")) && cueAt[from + 1]) {
      // "said or implied that the election was stolen": what the two verbs share
      from = cueStarting[from + 1].end();
      if (from < se && tok(from).is("that")) {
        from++;
      }
    } else if (from < se && (tok(from).is("and") || tok(from).is("or")) && !quoteByOpenToken.containsKey(from + 1)) {
      // "Through everything it says and does, …": a verb joined to the cue, whose object is the gap of a
      // relative clause; nothing said follows
      return;
    }
    if (from < se && tok(from).isPunct(',')) {
      // "said that, after the first Olympiad, a community emerged": the aside is part of it
      from++;
    }
    if (from > cue.end() && tok(from - 1).isPunct(',') && trailingCueEnds(from, se)) {
      // "Manila protested on Monday, the foreign ministry said": the speaker and cue after the comma say what
      // came before it, and nothing after the cue is said
      return;
    }
    if (from + 1 < se && tok(from).is("by") && tok(from + 1).text.endsWith("ing")) {
      // "responded by saying …": the manner, whose participle makes the statement
      return;
    }
    if (from + 1 < se && tok(from).is("with") && !cue.object() && thatAhead(from, se) < 0
        && !quoteByOpenToken.containsKey(from + 1) && noVerbIn(from + 1, lastContentToken(se))) {
      // ""Brazil mourns with the families," she wrote", "said with a smile.": with whom or how, not
      // what was said
      return;
    }
    int last = Math.min(lastContentToken(se), from + MAX_CONTENT_TOKENS);
    if (from < se && ADJUNCT_PREPOSITIONS.has(tok(from))) {
      for (int k = from + 1; k < last && k < from + 7 && tok(k).isWord(); k++) {
        if (tok(k + 1).isPunct(',') && k + 2 <= last && cueAt[k + 2] && tok(k + 2).isLowerCase()
            && tok(k + 2).text.endsWith("ing")) {
          // "testified at the hearing, claiming he was deceived": the participle says it
          return;
        }
      }
    }
    int end = last;
    int colonQuote = -1;
    boolean opening = inOpeningSubordinate(cue) || inRelativeAside(cue);
    for (int k = from; k < last; k++) {
      if (opening && k > from && tok(k).isPunct(',') && mainClauseAfter(k + 1, last) && !isInsideQuote(tok(k).begin)) {
        // "Although the minister said the talks had failed, the deal was signed": the main clause
        // is the journalist's
        end = k - 1;
        break;
      }
      if (k > from && tok(k).is("without") && withoutSaying(k + 1, last) && !isInsideQuote(tok(k).begin)) {
        // "said he died in London without elaborating": how it was said, not what
        end = k - 1;
        break;
      }
      if (k > from + 1 && (cue.act() == SpeechAct.URGE || cue.act() == SpeechAct.ASK || cue.act() == SpeechAct.DEMAND
              || TELL.has(tok(cue.start())) && infinitiveWithin(from, Math.min(k, from + 5)))
          && (tok(k).is("then") && k + 1 <= last && tok(k + 1).isLowerCase() && pastForm(tok(k + 1))
              || (tok(k).is("and") || tok(k).isPunct(',')) && k + 2 <= last && SEQUENCE_ADVERBS.has(tok(k + 1))
                  && tok(k + 2).isLowerCase() && pastForm(tok(k + 2)))
          // but "explain why it had delayed the flight and then cancelled it": a participle after an auxiliary
          && !auxiliaryWithin(from, k)
          && !isInsideQuote(tok(k).begin)) {
        // "demanded that Kyiv withdraw its troops and then launched …": what was demanded is no deed done, so a
        // deed in the past after "then" is the speaker's next
        end = tok(k - 1).isPunct(',') ? k - 2 : k - 1;
        break;
      }
      if (k > from + 1 && nextDeedAt(cue, from, k, last, true)) {
        // "called it an illegal land-grab and imposed sanctions on Moscow": what was called has no verb of its
        // own, so a verb in the past after "and" is the subject's next deed
        end = k - 1;
        break;
      }
      if (k > from && (tok(k).isPunct(',') || isDash(tok(k)) || tok(k).isPunct('-')) && k + 2 <= last
          && tok(k + 1).is("with")
          && othersSpeakingAt(k + 2, last) && !isInsideQuote(tok(k).begin)) {
        // "said he lost control, with some local press claiming …", "… is almost certain - with one saying it could
        // happen within days": others' words, not the speaker's
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && k + 2 <= last && tok(k + 1).is("in") && mediumAt(k + 1, last)
          && !isInsideQuote(tok(k).begin) && !commaBetween(k + 1, last + 1)) {
        // "has said he was ordered to burn villages, in an interview published on Wednesday": where
        // it was said, set off after what was said
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && k + 3 <= last && tok(k + 1).is("in") && tok(k + 2).is("line")
          && tok(k + 3).is("with") && !isInsideQuote(tok(k).begin)) {
        // "said its deposit rate would remain at 2%, in line with the expectations of economists": the
        // writer's comparison, not what was said
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && responseAdjunctAt(k + 1, last) && !isInsideQuote(tok(k).begin)) {
        // "said the talks would resume, apparently in response to …": why the writer thinks it was said
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && summaryAppositiveAt(k + 1, last) && !isInsideQuote(tok(k).begin)) {
        // "said the man was armed, a claim his family rejected": the writer's aside on what was said
        end = k - 1;
        break;
      }
      if (k > from && quoteByCloseToken.containsKey(k) && tok(k - 1).isPunct(',') && summaryAppositiveAt(k + 1, last)) {
        // "said the village had been left "to defend itself," a claim the fire service rejected": the
        // quotation ends what was said, its comma inside it
        end = k;
        break;
      }
      if (k > from && tok(k).isPunct(':') && quoteByOpenToken.containsKey(k + 1) && !isInsideQuote(tok(k).begin)) {
        // "the manifesto could strengthen the case: "The key factor …"": the clause, then the
        // quotation as direct speech
        end = k - 1;
        colonQuote = k + 1;
        break;
      }
      if (tok(k).isPunct(',') && k + 1 < se && (tok(k + 1).is("which") || tok(k + 1).is("who"))
          && !isInsideQuote(tok(k).begin)) {
        int close = relativeClauseClosed(k + 1, last);
        if (close > 0) {
          // "said gas, which leaks often, was the trigger": the clause goes on after the aside
          k = close;
          continue;
        }
        if (tok(k + 1).is("which") && (startsClause(from, se) || tok(from).kind == Token.Kind.NUMBER
                // "said work had already begun on a package, which could target gas": a bare noun, but
                // a clause by its verb
                || finiteVerbWithin(from + 1, k))
            && relativeSaidToo(k + 1, last)) {
          // "said the coating repels bacteria, which reduces smells": a relative clause at the end
          // of a clause said goes on saying it; but "claimed victory, which was marred by fraud"
          // describes what was claimed
          k++;
          continue;
        }
      }
      if (tok(k).isPunct(',') && k > from && timeBeforeSubordinatorAt(k + 1, last) && !isInsideQuote(tok(k).begin)
          && !commaWithin(k + 1, last)) {
        // "said talks had failed, two days before the vote", "…, a day after the talks ended": when
        // it was said, the writer's, to the end; but "said the timing, weeks before the summit,
        // suggested …" and "said the deal was signed, a day after talks resumed, and that …" go on
        end = k - 1;
        break;
      }
      if (tok(k).isPunct(',') && k + 1 < se && tok(k + 1).is("while") && startsClause(from, se)
          && !isInsideQuote(tok(k).begin) && contrastSaidToo(k + 1, last)) {
        // "said the baby was critically ill, while two adults were seriously injured": the contrast
        // is said too
        k++;
        continue;
      }
      if (k > from && quoteCommaBeforeCue(k, from, se)) {
        // "urged donors to "step up," noting that …": the comma inside the closing mark ends it
        end = k;
        break;
      }
      if (tok(k).isPunct(',') && k + 1 < se && (isContinuationCue(k + 1) || participleCueAt(k + 1, from, se)
              || tallyAt(k + 1, se)
              || SUBORDINATORS.has(tok(k + 1))
              && !(tok(k + 1).is("as") && k + 2 < se && FINITE_VERBS.has(tok(k + 2)))
              // "said it was the worst since early 2020, when boats entered the zone": the time's
              // relative clause goes on
              && !(tok(k + 1).is("when") && k > from && (yearOrMonthAt(k - 1) || TIME_WORDS.has(tok(k - 1))
                  || PARTS_OF_DAY.has(tok(k - 1)) || CLOCK_WORDS.has(tok(k - 1))) && subjectThenVerbAt(k + 2, se))
              // "said he was interested, but there are no facilities": the contrast is said too
              && !(tok(k + 1).is("but") && contrastSaid(k + 1, from, se)))
          && !isInsideQuote(tok(k).begin)) {
        // but "…, as were seventeen soldiers" goes on
        end = k - 1;
        break;
      }
      if ((tok(k).is("and") || tok(k).is("but") || tok(k).isPunct(';')
              || (TEMPORAL_SUBORDINATORS.has(tok(k)) || CONTRASTIVE.has(tok(k)))
                  && anotherSpeakerThenCue(k + 1)) && k > from
          && (anotherSpeakerThenCue(k + 1) || cueAfterAnd(k + 1)) && !isInsideQuote(tok(k).begin)
          // but in "said France and Germany agreed on the need" the names are one subject
          && !(tok(k).is("and") && startsAt[from] != null && startsAt[from].end == k)) {
        // "described him as an "emerging" figure when they offered a reward": a statement of its own
        // "said people changed their minds and several said they wanted …": another statement
        end = tok(k - 1).isPunct(',') ? k - 2 : k - 1;
        break;
      }
      if (k > from && quoteByCloseToken.containsKey(k) && k + 1 < last && !isInsideQuote(tok(k + 1).begin)
          && mediumAt(k + 1, last) && !finiteVerbBetween(k + 1, last + 1)) {
        // "described the tribunal as a "kangaroo court" in a statement released through her son": the
        // medium after the quoted words is not said
        end = k;
        break;
      }
      if (k > from && quoteByCloseToken.containsKey(k) && tok(k - 1).isPunct(',') && k + 1 < last
          && (SUBORDINATORS.has(tok(k + 1)) || speakersThenCueAt(k + 1, se))) {
        // "urged China to take "appropriate action," Kyodo News reported": so does a speaker after it
        // "told MSNBC Cummings "was a great man," while Trump noted …": the comma inside the marks
        end = k;
        break;
      }
      if (k > from && (tok(k).isPunct(',') && speakersThenCueAt(k + 1, se) || tok(k).isPunct(':') && speakerAndCueAt(k + 1, se))
          && !isInsideQuote(tok(k).begin)) {
        // "said the risks were high: Gownaris said, "…"": another statement after the colon
        // "assure … that Japan shares a concern, administration officials and a diplomat said"
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && k + 3 <= last && (tok(k + 1).is("a") || tok(k + 1).is("an"))
          && COMMENT_NOUNS.has(tok(k + 2)) && !isInsideQuote(tok(k).begin)
          // with what the comment says of it: "disputed by", "that angered"; not "a pledge, a
          // promise to cut emissions"
          && (tok(k + 3).is("that") || tok(k + 3).is("which") || tok(k + 3).isLowerCase() && tok(k + 3).text.endsWith("ed"))) {
        // "said the spill was harmless, a claim disputed by residents": the writer's comment on it
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(',') && k + 2 <= last && CueFinder.SPEECH_PLURALS.has(tok(k + 1))
          && !isInsideQuote(tok(k).begin)
          && (tok(k + 2).is("that") || tok(k + 2).is("which")
              || tok(k + 2).isLowerCase() && tok(k + 2).text.endsWith("ed"))) {
        // "said the army must guarantee the outcome, remarks that drew sharp criticism": the same, in
        // the plural
        end = k - 1;
        break;
      }
      if (k > from && tok(k).isPunct(';') && !isInsideQuote(tok(k).begin)
          // but "reported that coal caused most deaths; that race was a factor; and that …": one
          // more clause of what was reported
          && !(from > 0 && tok(from - 1).is("that")
              && (k + 2 < se && tok(k + 1).is("and") && tok(k + 2).is("that") || thatClauseAt(k + 1, se)))) {
        // "indicated they would appeal; Quirin wept": a semicolon ends what was reported
        end = k - 1;
        break;
      }
      if (k > from && (tok(k).is("saying") || tok(k).is("adding")
              // "reported him to be dead citing sources"; but "the company was citing old figures"
              || (tok(k).is("citing") || tok(k).is("quoting")) && !beForms.has(tok(k - 1)))
          && !isInsideQuote(tok(k).begin)) {
        // "tweeted her reasoning saying, "…"": the participle starts a statement of its own
        end = k - 1;
        break;
      }
    }
    while (end > from && (tok(end).is("but") || tok(end).is("and") || tok(end).is("or"))
        && !isInsideQuote(tok(end).begin)) {
      // "claimed the vote was rigged, but without offering evidence": no conjunction ends it
      end--;
    }
    if (end < from) {
      return;
    }
    add(cue, speaker, tok(from).begin, tok(end).end, s, false);
    if (colonQuote > 0) {
      quote(cue, speaker, colonQuote, s, se);
    }
  }

  /**
   * Whether the contrast that "but" at {@code k} opens is part of what was said from {@code from}:
   * not after an infinitive ("promised to act, but did not say when"), before a participle ("but also
   * warning"), nor before another cue ("but the referee said", "but later admitted", "but, she
   * added,"). A verb with no subject of its own goes on too, as the annotations read it ("said he had
   * made films, but grew tired of reviews"), though it is sometimes the speaker's own deed.
   */
  private boolean contrastSaid(int k, int from, int se) {
    if (tok(from).is("to") || k + 1 >= se || tok(k + 1).isPunct(',') || participleAfter(k + 1, se)) {
      return false;
    }
    if (tok(k + 1).is("that")) {
      // "said it was willing to meet …, but that the strike would continue": a second clause said
      return true;
    }
    // "but the German Chamber of Commerce in China said": a long name before the cue
    for (int j = k + 1; j < se && j < k + 12 && tok(j).isWord(); j++) {
      if (cueAt[j] && !tok(j).text.endsWith("ing")) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet FOCUS_ADVERBS = WordSet.of("also", "not", "only", "even", "still", "instead");

  /** Whether a participle starts at {@code k}, after adverbs: "also recommending". */
  private boolean participleAfter(int k, int se) {
    while (k < se && (isAdverb(tok(k)) || FOCUS_ADVERBS.has(tok(k)))) {
      k++;
    }
    return k < se && tok(k).isLowerCase() && tok(k).text.endsWith("ing");
  }

  /** The nouns of a writer's comment set off after what was said: ", a claim disputed by residents". */
  private static final WordSet COMMENT_NOUNS = WordSet.of("claim", "view", "charge", "allegation", "assertion",
      "accusation", "position", "stance", "argument", "move", "step", "decision", "sentiment", "remark",
      "statement", "contention", "suggestion", "warning", "promise", "pledge", "characterization",
      "characterisation", "description", "version", "account", "assessment", "figure", "estimate", "plan",
      "proposal", "idea", "offer");

  /** Words of a time before a subordinator that opens the sentence: "Hours before …", "A day after …". */
  private static final WordSet TIME_BEFORE_SUBORDINATOR = WordSet.of("Hours", "Days", "Weeks", "Months", "Years",
      "Minutes", "Moments", "Shortly", "Soon", "Just", "Long", "Only", "hours", "days", "weeks", "months", "years",
      "minutes", "moments", "day", "week", "month", "year", "hour", "minute", "Two", "Three", "Four", "Five");
  /**
   * Whether a span of time and a subordinator start at {@code k}: "a day after", "two days before",
   * "hours after", "only weeks after".
   */
  private boolean timeBeforeSubordinatorAt(int k, int last) {
    // "nearly two years after", "just hours before", "more than a week after": an approximation first
    int j = k;
    if (j <= last && SPAN_APPROXIMATORS.has(tok(j))) {
      j++;
      if (j <= last && tok(j - 1).is("more") && tok(j).is("than")) {
        j++;
      }
    }
    int start = j;
    while (j <= last && j < start + 3 && (tok(j).is("a") || tok(j).is("an") || tok(j).isCount()
        || TIME_BEFORE_SUBORDINATOR.has(tok(j)))) {
      j++;
    }
    k = start;
    return j > k && j <= last && TIME_BEFORE_SUBORDINATOR.has(tok(j - 1)) && TIMED_SUBORDINATORS.has(tok(j))
        && !tok(j).is("when");
  }

  /** Words that make a span of time approximate: "nearly two years after". */
  private static final WordSet SPAN_APPROXIMATORS = WordSet.of("nearly", "almost", "about", "some", "just", "only",
      "barely", "roughly", "around", "more", "less", "over", "under");

  /** Whether a comma lies in tokens {@code [k, last]}. */
  private boolean commaWithin(int k, int last) {
    for (int j = k; j <= last; j++) {
      if (tok(j).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /** Subordinators a time may come before: "Hours before", "Two days after". */
  private static final WordSet TIMED_SUBORDINATORS = WordSet.of("before", "after", "since", "until", "when");
  /** Words that open a subordinate clause before the main clause of a sentence. */
  private static final WordSet OPENING_SUBORDINATORS = WordSet.of("Although", "Though", "While", "Whereas", "With",
      "Because", "Since", "When", "After", "Before", "Unless", "If", "Even", "Once", "Despite", "Amid", "Following");

  /**
   * Whether the cue is in a relative clause set off by a comma, not yet closed: "In France, where
   * temperatures were forecast to break records, the government …".
   */
  private boolean inRelativeAside(Cue cue) {
    int ss = Math.max(sentenceStart[sentenceOf[cue.start()]], cue.start() - MAX_CONTENT_TOKENS);
    for (int k = cue.start() - 1; k > ss; k--) {
      Token t = tok(k);
      if (t.isPunct(',') || t.kind == Token.Kind.QUOTE) {
        return false;
      }
      if ((t.is("where") || t.is("which") || t.is("who")) && tok(k - 1).isPunct(',')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue stands in a subordinate clause that opens its sentence, before the sentence's
   * first comma: "Although the minister said …, the deal was signed".
   */
  private boolean inOpeningSubordinate(Cue cue) {
    int s = sentenceOf[cue.start()];
    int ss = sentenceStart[s];
    int first = datelineEnd(ss, cue.start());
    for (int k = first; k < first + 3 && k + 1 < cue.start(); k++) {
      // "Hours before …", "Two days after …", "Shortly after …": a time before the subordinator
      if (TIME_BEFORE_SUBORDINATOR.has(tok(k)) || tok(k).isCount() || tok(k).is("A") || tok(k).is("a")
          || tok(k).is("few")) {
        if (TIMED_SUBORDINATORS.has(tok(k + 1))) {
          first = k + 1;
          break;
        }
        continue;
      }
      break;
    }
    if (first >= cue.start() || !OPENING_SUBORDINATORS.has(tok(first)) && !TIMED_SUBORDINATORS.has(tok(first))) {
      return false;
    }
    for (int k = first; k < cue.start(); k++) {
      if (tok(k).isPunct(',') || tok(k).kind == Token.Kind.QUOTE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a main clause starts at {@code k}: words up to a finite verb within five words, and no
   * "and" or comma before it that would make the words the next items of a list.
   */
  private boolean mainClauseAfter(int k, int last) {
    if (k + 1 <= last && (tok(k).is("over") || tok(k).is("about") || tok(k).is("nearly") || tok(k).is("almost"))
        && tok(k + 1).isCount()) {
      // "over four thousand exoplanets have been discovered": a number's approximation
      k++;
    }
    if (k > last || !tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER || tok(k).is("and") || tok(k).is("or")
        || tok(k).is("but")
        || RELATIVES.has(tok(k)) || PREPOSITIONS.has(tok(k))) {
      return false;
    }
    for (int j = k; j <= last && j < k + 6; j++) {
      if (FINITE_VERBS.has(tok(j)) || j > k && tok(j).isLowerCase() && (tok(j).text.endsWith("ed")
              || MAIN_CLAUSE_VERBS.has(tok(j)) || cueAt[j] && !tok(j).text.endsWith("ing"))
          && !tok(j - 1).is("the") && !tok(j - 1).is("a")) {
        return true;
      }
      if (!tok(j).isWord() || tok(j).is("and") || tok(j).is("or")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code [k, last]} is a noun phrase with a determiner and a relative clause about a
   * person: "the Egyptian archaeologist who led the excavation", "the lawyer whose client won".
   */
  private boolean describedByRelative(int k, int last) {
    if (k > last || !isDeterminerAt(k)) {
      return false;
    }
    for (int j = k + 1; j <= last && j <= k + 8; j++) {
      if (tok(j).is("who") || tok(j).is("whose")) {
        return j > k + 1;
      }
      if (!tok(j).isWord() || FINITE_VERBS.has(tok(j)) || cueAt[j]) {
        return false;
      }
    }
    return false;
  }

  /** Adverbs of what came next between "and" and a verb: "and later suspended". */
  private static final WordSet SEQUENCE_ADVERBS = WordSet.of("later", "then", "subsequently", "eventually",
      "afterwards", "afterward", "soon", "also");

  /** Past forms of cue verbs that end in no "-ed", besides those of {@link #IRREGULAR_PAST}: "said", "wrote". */
  private static final WordSet CUE_PAST = WordSet.of("said", "told", "wrote", "spoke", "gave", "sent", "read", "let",
      "cut", "bid", "swore", "forecast", "broke", "drew");

  /** Whether {@code t} is a verb in the past: "urged", "told". */
  private static boolean pastForm(Token t) {
    return t.text.endsWith("ed") || CUE_PAST.has(t) || IRREGULAR_PAST.has(t);
  }

  /**
   * Whether a clause runs in tokens {@code [from, to)}: a verb in the past after a subject ("the
   * driver lost control"), or a restrictive relative clause ("the soldiers who fought the fire"); not
   * "what he called the negligence", whose verb is a relative clause's of the object.
   */
  private boolean verbAfterSubjectWithin(int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if ((tok(j).is("who") || tok(j).is("that") || tok(j).is("which"))
          && !(j - 1 >= from && tok(j - 1).isPunct(','))) {
        // "praised the soldiers who fought the fire and saved the village": the relative clause's
        // verbs go on
        return true;
      }
      if (tok(j).isLowerCase() && pastForm(tok(j)) && !isDeterminerAt(j - 1) && tok(j - 1).isWord()
          && !(SUBJECT_PRONOUNS.has(tok(j - 1)) && j - 2 >= from && tok(j - 2).is("what"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} is a verb's bare form: "tell", "report"; not "told", "says", "telling". */
  private boolean bareFormAt(int k) {
    Token t = tok(k);
    String w = t.text;
    return t.isWord() && t.isLowerCase() && !w.endsWith("s") && !w.endsWith("ing") && !pastForm(t)
        && !MAIN_CLAUSE_VERBS.has(t);
  }

  /** Verbs of a main clause that do not end in "-ed", in the past or present: "drivers kept using it". */
  private static final WordSet MAIN_CLAUSE_VERBS = WordSet.of("kept", "went", "took", "made", "began", "came",
      "left", "found", "gave", "saw", "got", "held", "stood", "ran", "fell", "rose", "won", "lost", "paid", "sent",
      "spent", "built", "brought", "thought", "felt", "met", "led", "fled", "struck", "sought", "caught", "drove",
      "broke", "chose", "grew", "knew", "became", "fought", "hit", "shut", "cut", "sold", "bought", "dealt",
      "withdrew", "wept", "told", "remain", "remains", "continue", "continues");

  /** Ways of saying something with no object: "without elaborating". */
  private static final WordSet WITHOUT_SAYING = WordSet.of("elaborating", "specifying", "explaining", "commenting");
  /** Ways of saying something with an object: "without giving details". */
  private static final WordSet WITHOUT_GIVING = WordSet.of("giving", "providing", "offering", "presenting",
      "citing", "producing", "disclosing");
  /** What a speaker gives or not: "without providing evidence", "without giving any further details". */
  private static final WordSet WITHOUT_WHAT = WordSet.of("details", "detail", "evidence", "specifics", "proof");
  private static final WordSet WITHOUT_HOW_MUCH = WordSet.of("any", "further", "more", "additional");

  /**
   * "without elaborating.", "without giving details.", "without providing evidence.": at the end of a
   * sentence, how the speaker said it, not a part of what was said; but "opened fire without giving
   * any warning" is what was said.
   */
  private boolean withoutSaying(int k, int last) {
    if (k > last) {
      return false;
    }
    if (WITHOUT_SAYING.has(tok(k))) {
      return k == last;
    }
    if (!WITHOUT_GIVING.has(tok(k)) || last - k < 1 || last - k > 3) {
      return false;
    }
    for (int j = k + 1; j < last; j++) {
      if (!WITHOUT_HOW_MUCH.has(tok(j))) {
        return false;
      }
    }
    return WITHOUT_WHAT.has(tok(last));
  }

  /**
   * Whether token {@code k}, after the comma that closes a relative clause, is the verb of the
   * clause the aside sits in ("X, which …, has not ruled out", "held drills", "remains valid"):
   * a lower-case word that is no determiner, preposition, conjunction, participle or known noun.
   */
  private boolean verbAfterAside(int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token next = tok(k);
    return next.isWord() && next.isLowerCase() && !isDeterminerAt(k) && !GOVERNING.has(next)
        && !PREPOSITIONS.has(next) && !next.is("and") && !next.is("but") && !next.is("or")
        && !next.text.endsWith("ing") && (next.lexeme.mask & nounBits) == 0;
  }

  /**
   * The comma that closes a relative clause whose cue ends before {@code k}, when the sentence's
   * own verb follows it ("Beijing, which claims Taiwan, has not ruled out …"); -1 if none.
   */
  private int relativeClauseEnd(int k, int se) {
    for (int j = k; j + 1 < se && j < k + 30; j++) {
      if (isInsideQuote(tok(j).begin)) {
        continue;
      }
      if (tok(j).isPunct(',')) {
        return verbAfterAside(j + 1) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Whether the clause that "while" at {@code k} opens goes on with what was said: one with a subject,
   * a form of "be" or "have" or a modal soon after it, and no cue, quotation or "also" of its own; but
   * "…, while the mayor noted …", "…, while the rebels launched an offensive" and "…, while Duterte
   * also cancelled classes" are others' words and deeds.
   */
  private boolean contrastSaidToo(int k, int last) {
    if (k + 1 > last || !startsClause(k + 1, last + 1) && tok(k + 1).kind != Token.Kind.NUMBER
        // "while two adults were seriously injured" states a fact beside the one said; "while Kurdish
        // forces prepared for an offensive" is the writer's account of what others did
        || !finiteVerbWithin(k + 1, last + 1)) {
      return false;
    }
    for (int j = k + 1; j <= last; j++) {
      Token t = tok(j);
      if (cueAt[j] || t.kind == Token.Kind.QUOTE || t.is("also")
          || t.isPunct(',') && speakersThenCueAt(j + 1, last + 1)) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of the reaction a statement drew: "…, which drew criticism", "…, which angered residents". */
  private static final WordSet REACTION_VERBS = WordSet.of("drew", "prompted", "sparked", "angered", "triggered",
      "provoked", "infuriated", "outraged", "fuelled", "fueled", "irked", "upset", "raised", "caused", "led",
      "contradicts", "contradicted", "echoed", "echoes", "mirrored", "mirrors");

  /**
   * Whether the non-restrictive "which" at {@code which} goes on with what was said: a subject
   * relative whose verb follows ("…, which has implications for …"); not the writer's note on the
   * statement, with a subject of its own ("…, which he denied", "…, which the ministry disputes"),
   * a reaction ("…, which drew criticism") or a cue ("…, which officials said …").
   */
  private boolean relativeSaidToo(int which, int last) {
    int v = which + 1;
    while (v < last && v < which + 3 && tok(v).isLowerCase() && tok(v).text.endsWith("ly")) {
      // "which itself was", "which collectively house": an adverb before the verb
      v++;
    }
    if (v >= last) {
      return false;
    }
    Token t = tok(v);
    if (!t.isLowerCase() || SUBJECT_PRONOUNS.has(t) || OBJECT_PRONOUNS.has(t) || isDeterminerAt(v)
        || REACTION_VERBS.has(t) || cueAt[v]) {
      return false;
    }
    for (int j = v; j <= last && j < which + 25; j++) {
      if (cueAt[j] || tok(j).isPunct(',') && speakersThenCueAt(j + 1, last) || WRITER_NOTES.has(tok(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words by which a relative clause judges or dates what was said, the writer's, not the speaker's:
   * "…, which could not be independently verified", "…, which is false", "…, which was later delayed".
   */
  private static final WordSet WRITER_NOTES = WordSet.of("false", "untrue", "verified", "verify", "confirmed",
      "disputed", "denied", "contradicted", "disproved", "later", "since", "subsequently", "eventually",
      "baseless", "unfounded", "independently", "inaccurate", "incorrect", "misleading", "wrong", "rejected");

  /**
   * The comma that closes a relative clause set off inside a reported clause, when a finite verb
   * follows it ("gas, which leaks often, was the trigger"); -1 if none.
   */
  private int relativeClauseClosed(int k, int last) {
    for (int j = k + 1; j < last && j < k + 25; j++) {
      Token t = tok(j);
      if (t.isPunct(',')) {
        // "current safety tests, which only check …, "miss the effects"": the verb may open a quotation
        int v = j + 1 < last && quoteByOpenToken.containsKey(j + 1) ? j + 2 : j + 1;
        return verbAfterAside(v) ? j : -1;
      }
      if (!t.isWord() && t.kind != Token.Kind.NUMBER || isInsideQuote(t.begin)
          // but "the reform, which was approved by parliament, "changes nothing"": a passive's participle
          || cueAt[j] && !beForms.has(tok(j - 1))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a participle that goes on with the speaker's own words starts at {@code k}, after a
   * comma: ", urging Beijing to …", ", accusing Washington of …"; but not one set off as an aside
   * inside the clause ("the militia, vowing to fight, had seized the port").
   */
  private boolean participleCueAt(int k, int from, int se) {
    Cue c = cueStarting[k];
    if (c == null || !c.participle() || !continuingParticiples.has(tok(k))
        // "calling for reforms" may be anyone's; "calling on Beijing", "calling it a disgrace" the speaker's
        || tok(k).is("calling") && k + 1 < se && tok(k + 1).is("for")) {
      return false;
    }
    // "said the militia, vowing to fight, took the port": after no more than a noun phrase, the
    // participle is an aside of the clause's subject
    Ment subject = startsAt[from] != null ? startsAt[from]
        : from + 1 < se && isDeterminerAt(from) ? startsAt[from + 1] : null;
    if (THIRD_PARTY_PARTICIPLES.has(tok(k)) && subject != null && usable(subject) && subject.canSpeak()
        && verbAfterSubjectWithin(from, k)) {
      // "Officials said protesters blocked the road, demanding the governor's resignation": the demand is the
      // protesters', part of what was said; but "insisted that the increase was real, alleging …" is the speaker's
      return false;
    }
    return !(subject != null && subject.end == k - 1 || k - 1 - from <= 2);
  }

  /** Participles of the speaker's next act that a clause's own subject, who may speak, often makes instead. */
  private static final WordSet THIRD_PARTY_PARTICIPLES = WordSet.of("alleging", "claiming", "demanding", "stating",
      "confirming", "announcing");

  /** ", saying", ", adding", ", according to": a cue that starts another statement. */
  private boolean isContinuationCue(int k) {
    String w = tok(k).text;
    return w.equals("saying") || w.equals("adding") || w.equals("according") || w.equals("noting")
        || w.equals("stressing") || w.equals("warning") || w.equals("insisting");
  }

  private void object(Cue cue, Ment speaker, int from, int s, int se) {
    int joined = from < se && (tok(from).is("and") || tok(from).is("or")) ? from + 1 : from;
    if (joined < se && cueAt[joined] && cueStarting[joined].object() && joined - 1 == cue.end()
        && (tok(joined - 1).is("and") || tok(joined - 1).is("or"))) {
      // "has condemned and denounced the attack": the second verb's object is the first's too
      from = cueStarting[joined].end();
    }
    if (speaker != null && speaker.start - 1 > sentenceStart[s] && speaker.end <= cue.start()
        && tok(speaker.start - 1).is("which") && tok(speaker.start - 2).isPunct(',') && cue.end() < se
        && (TIME_GLUE.has(tok(cue.end())) || TIME_WORDS.has(tok(cue.end())) || tok(cue.end()).isPunct(','))) {
      // "maneuvers around Taiwan, which the German Foreign Ministry condemned on Wednesday, and in the wake of …":
      // the relative pronoun is the object; what follows the verb is no object of it
      return;
    }
    if (from < se && (tok(from).is("was") || tok(from).is("were") || tok(from).is("is") || tok(from).is("are"))) {
      // "The plan that Beijing rejected was bold": the main clause's verb, no object (but "told of being
      // forced out" is)
      return;
    }
    if (speaker != null && speaker.head != null && VOTERS.contains(speaker.head.toLowerCase(java.util.Locale.ROOT))
        && (cue.act() == SpeechAct.REJECT || cue.act() == SpeechAct.AGREE)) {
      // "voters in Ireland narrowly rejected a proposal": a vote cast, no words said
      return;
    }
    if (cue.act() == SpeechAct.APOLOGIZE && from + 2 < se && tok(from).is("to")) {
      // "apologised to customers for the disruption": whom, then what for
      for (int k = from + 1; k + 1 < se && k < from + 8 && tok(k).isWord(); k++) {
        if (tok(k).is("for")) {
          from = k + 1;
          break;
        }
      }
    }
    if (cue.act() == SpeechAct.WARN && from + 2 < se) {
      // "had warned management about outdated servers", "warned the public about scams": whom, then
      // what they were warned of
      boolean mention = usable(startsAt[from]) && startsAt[from].canSpeak();
      int whom = mention ? startsAt[from].end
          : tok(from).isLowerCase() && tok(from).isWord() && !isDeterminerAt(from) && !cueAt[from] ? from + 1 : -1;
      if (whom > from && whom + 1 < se && (tok(whom).is("about") || mention && tok(whom).is("of"))) {
        from = whom;
      }
    }
    if (cue.act() == SpeechAct.WARN && from + 1 < se && (tok(from).is("of") || tok(from).is("about")
        || tok(from).is("against")) && (tok(from + 1).isWord() || quoteByOpenToken.containsKey(from + 1))) {
      // "warned of potential flash floods", "warned of "a slow-motion evacuation"": what was warned of
      from++;
    }
    if (from + 1 < se && tok(from).is("there") && FINITE_VERBS.has(tok(from + 1))) {
      // "suggested there were not enough votes": "there" is no object but a clause's subject
      clause(cue, speaker, from, s, se);
      return;
    }
    if (from + 1 < se && tok(from).is("by") && tok(from + 1).text.endsWith("ing")) {
      // "protested by shouting": how, not what
      return;
    }
    if (from < se && ADVERBIAL_OBJECTS.has(tok(from))
        && (from + 1 >= se || !tok(from + 1).isWord() || PREPOSITIONS.has(tok(from + 1))
            || TIME_WORDS.has(tok(from + 1)))) {
      // "She protested alone on the first day": how, not what; but "denied again any wrongdoing"
      // and "praised home owners" have objects
      return;
    }
    if (from < se && ADJUNCT_PREPOSITIONS.has(tok(from))) {
      // "the notion that the Founders rejected at the inception of the Republic": no object
      return;
    }
    int last = Math.min(lastContentToken(se), from + MAX_CONTENT_TOKENS / 2);
    int end = from - 1;
    // "committed to proceeding with such a trial": a gerund keeps its own adjuncts
    // "committed to proceeding with such a trial", "vowed to press ahead with the offensive": a
    // gerund or an infinitive keeps its own adjuncts
    // "not to escalate": the infinitive past its negation
    int verbal = (tok(from).is("not") || tok(from).is("never")) && from + 1 <= last ? from + 1 : from;
    boolean gerund = tok(from).isLowerCase() && tok(from).text.endsWith("ing") && tok(from).text.length() > 5
        || tok(verbal).is("to") && verbal + 1 <= last && tok(verbal + 1).isLowerCase() && !isDeterminerAt(verbal + 1);
    int relative = Integer.MIN_VALUE / 2;
    boolean untilClause = false;
    boolean opening = inOpeningSubordinate(cue) || inRelativeAside(cue);
    // what one is urged or asked to do is no deed done: "to avoid travel", "the vessels leave"
    boolean nonPast = tok(verbal).is("to")
        || cue.act() == SpeechAct.URGE || cue.act() == SpeechAct.ASK || cue.act() == SpeechAct.DEMAND;
    for (int k = from; k <= last; k++) {
      Token t = tok(k);
      if (k > from && (t.is("and") || t.isPunct(',')) && nonPast && k + 2 <= last
          && SEQUENCE_ADVERBS.has(tok(k + 1)) && tok(k + 2).isLowerCase() && pastForm(tok(k + 2))
          && !isInsideQuote(t.begin)) {
        // "urging Chinese citizens to avoid travel to Japan and later suspended imports": the
        // speaker's next deed, which an infinitive or a bare verb cannot go on with
        end = k - 1;
        break;
      }
      if (k > from + 1 && nextDeedAt(cue, from, k, last, false)) {
        // "called it an illegal land-grab and imposed sanctions on Moscow": the subject's next deed, with its
        // own object, which no object of a verb of speech goes on with
        end = k - 1;
        break;
      }
      if (k > from + 1 && t.is("then") && nonPast && k + 1 <= last && tok(k + 1).isLowerCase()
          && pastForm(tok(k + 1)) && !auxiliaryWithin(from, k) && !isInsideQuote(t.begin)) {
        // "demanded the vessels leave then deployed patrol boats": the same with no "and"
        end = k - 1;
        break;
      }
      if (opening && k > from && t.isPunct(',') && mainClauseAfter(k + 1, last) && !isInsideQuote(t.begin)) {
        // "Even though he confessed to acting alone, several accomplices were tried"
        break;
      }
      if (k > from && (t.is("of") || t.is("for") || t.is("to")) && k + 1 <= last && tok(k + 1).isLowerCase()
          && tok(k + 1).text.endsWith("ing") && tok(k + 1).text.length() > 5) {
        // "accused Pelosi of putting politics ahead of the country", "reaffirmed their commitment to
        // working closely with Washington": the gerund keeps its adjuncts
        gerund = true;
      }
      if (k > from && k <= from + 4 && t.is("to") && k + 1 <= last && bareFormAt(k + 1) && !isDeterminerAt(k + 1)
          && !POSSESSIVE_DETERMINERS.has(tok(k + 1)) && !OBJECT_PRONOUNS.has(tok(k + 1))
          && (cue.act() == SpeechAct.URGE || cue.act() == SpeechAct.ASK || cue.act() == SpeechAct.DEMAND)) {
        // "called for it to comply with past pledges": what the one urged is to do keeps its adjuncts
        gerund = true;
      }
      if (t.is("with") && k > from && tok(cue.start()).text.startsWith("credit")) {
        // "credits itself with 14,000 lives saved during 60 rescues": what it is credited with
        // keeps its adjuncts
        gerund = true;
      }
      boolean quoted = isInsideQuote(t.begin);
      if (gerund && k > from && t.is("while") && !quoted) {
        // "urged drivers to avoid the motorway while the bridge is inspected": the clause of time
        // goes with what was urged, up to its comma or the sentence's end
        int stop = k + 1;
        while (stop <= last && !tok(stop).isPunct(',') && !tok(stop).isPunct(';')) {
          stop++;
        }
        end = stop - 1;
        break;
      }
      if (k > from && quoteByCloseToken.containsKey(k) && tok(k - 1).isPunct(',') && speakersThenCueAt(k + 1, se)) {
        // "urged China to take "appropriate action," Kyodo News reported": the quotation ends it
        end = k;
        break;
      }
      int gloss = t.isPunct('(') && k > from ? glossEnd(k, last) : -1;
      if (gloss > 0) {
        // "complained of theft (vol), not rape (viol)": a word glossed in brackets goes on
        end = gloss;
        k = gloss;
        continue;
      }
      if (!quoted && (t.isPunct(',') && endsObject(k + 1, last) && !warningGoesOn(cue, k + 1, last)
          || t.isPunct(';') || t.isPunct('(') || isDash(t) && k > from
          // "noted implications for conservation: Gownaris remarked, …": a colon ends the object
          || t.isPunct(':') && k > from
          || objectStop.has(t) && k > from && !(gerund && GERUND_ADJUNCTS.has(t))
              // "a supplementary budget of at least 30 trillion won": a count, no adjunct
              && !(t.is("at") && k + 1 <= last && (tok(k + 1).is("least") || tok(k + 1).is("most")))
              // "to delay his ruling until after the hearing": how long, part of what was asked
              && !tok(k - 1).is("until")
              // "promised protests every week until Sweden joined": how long, part of the promise; but
              // "praised the general until the two fell out" is the writer's time
              && !(t.is("until") && LASTING_ACTS.contains(cue.act()))
              // "threatened to strike if the offer was not improved": the condition is the threat's
              && !(t.is("if") && (LASTING_ACTS.contains(cue.act()) || cue.act() == SpeechAct.WARN))
              // "talked of being cast in a pilot while a guest actor on the show": a role, no clause
              && !(t.is("while") && roleAfterWhile(k + 1, last))
              // "called on MPs to reopen consultations before tabling any new tax measure": when the act
              // urged is to be done, part of it
              && !((t.is("before") || t.is("after") || t.is("without")) && k + 1 <= last
                  && (cue.act() == SpeechAct.URGE || cue.act() == SpeechAct.DEMAND || cue.act() == SpeechAct.ASK
                      || cue.act() == SpeechAct.PROPOSE)
                  // but "urged Congress to pass the bill before departing for Europe": the speaker's going
                  && !GOING.has(tok(k + 1))
                  && tok(k + 1).isLowerCase() && tok(k + 1).text.endsWith("ing") && infinitiveBetween(from, k))
              && !(t.is("with") && (withNouns.has(tok(k - 1)) || tok(cue.start()).text.startsWith("credit")))
              // "expressed shock at the attack": what the feeling is about
              && !((t.is("at") || t.is("with")) && feelingNouns.has(tok(k - 1)))
              // "condemned the killing of two guards at the embassy": where the deed named was done
              && !(t.is("at") && !OBJECT_PRONOUNS.has(tok(k - 1)) && siteAfter(k + 1, last))
              // "condemned racist abuse directed at its forward": the participle's own phrase
              && !(k - 1 > from && tok(k - 1).isLowerCase() && tok(k - 1).text.endsWith("ed") && !cueAt[k - 1]
                  && (tok(k - 2).lexeme.mask & determinerBit) == 0 && !timeAdjunctAt(k))
              // "warned of flash floods, with up to 30 inches of rain": what the warning describes
              && !(t.is("with") && tok(k - 1).isPunct(',') && warningGoesOn(cue, k, last))
          // "issued weather alerts as the storm approached": when, not what
          || k > from && t.is("as") && startsClause(k + 1, last + 1) && mainClauseAfter(k + 1, last)
          // "confirmed the deal Sunday as talks ended": a day with no preposition, then when
          || k > from && t.isCapitalized() && TIME_WORDS.has(t) && k + 1 <= last
              && TRAILING_SUBORDINATORS.has(tok(k + 1))
          // "congratulated the couple on behalf of the government": for whom, not what
          // but "accused him of spying on behalf of China": the gerund's own adjunct
          || k > from && t.is("on") && k + 2 <= last && tok(k + 1).is("behalf") && tok(k + 2).is("of") && !gerund
          || k > from + 1 && startsAt[k] != null && startsAt[k].type == Ment.Type.PERSON && startsAt[k].title != null
              && tok(k - 1).isLowerCase() && (tok(k - 1).lexeme.mask & (determinerBit | nounBits)) != 0
              && t.isCapitalized() || k > from && timeAdjunctAt(k)
          // "has claimed the territory for more than a century": how long it was held, not what; other
          // objects keep their term ("a pay rise of 9.5% a year for three years")
          || k > from && t.is("for") && durationAt(k + 1) && HELD_ACTS.contains(cue.act()) && !gerund
          // but "proposed holding the meeting by video link": how the proposed act is done
          || k > from && mediumAt(k, last) && !(gerund && (t.is("by") || t.is("via")))
          || k > from && JOINING_CUES.has(t) && cueAfterAnd(k + 1)
              // but "urged trampers to carry a beacon and tell someone their plans": a second
              // infinitive of what was urged
              && !(tok(verbal).is("to") && bareFormAt(k + 1) && pastForm(tok(cue.start())))
          || k > from && JOINING_CUES.has(t) && clauseAfterAnd(k + 1, last)
          // "announced an investigation and suspended the operator's franchise": the subject's next
          // act, a verb in the past before its own object
          || k > from && t.is("and") && k + 2 <= last && tok(k + 1).isLowerCase() && pastForm(tok(k + 1))
              && (isDeterminerAt(k + 2) || OBJECT_PRONOUNS.has(tok(k + 2)) || POSSESSIVE_DETERMINERS.has(tok(k + 2))
                  // "… and summoned India's acting high commissioner": a name that owns the object
                  || startsAt[k + 2] != null && startsAt[k + 2].end <= last && possessiveAt(startsAt[k + 2].end))
              // but in "suggested the driver lost control and left the road" the clause's subject goes on
              && !verbAfterSubjectWithin(from, k)
          // "pledged $150 million and Saudi Arabia promised …": another speaker's act
          || k > from && (t.is("and") || t.is("but") || t.is("while")) && speakerThenCue(k + 1)
          // "conveyed its concerns to Beijing", "issued a warning to residents": whom a light verb's
          // act went to
          || k > from + 1 && t.is("to") && !gerund && !tok(verbal).is("to") && k + 1 <= last
              && (tok(cue.start()).lexeme.mask & lightVerbBit) != 0 && usable(startsAt[k + 1])
              && startsAt[k + 1].canSpeak()
              && (startsAt[k + 1].end > last || PREPOSITIONS.has(tok(startsAt[k + 1].end))
                  // but "issued a warning to residents to stay indoors" warns them to do something
                  && !tok(startsAt[k + 1].end).is("to"))
          || k > from + 1 && t.is("to") && !gerund && !tok(verbal).is("to") && ADDRESSED_ACTS.contains(cue.act())
              && usable(startsAt[k + 1])
              && (startsAt[k + 1].type == Ment.Type.PERSON || isPersonLike(startsAt[k + 1])
                  && startsAt[k + 1].nameEnd - startsAt[k + 1].nameStart >= 2)
              && !possessiveAt(startsAt[k + 1].end)
          || k > from && FINITE_AFTER_OBJECT.has(t) && k - relative > 2 && !untilClause
          || k > from && t.is("without") && withoutSaying(k + 1, last)
          || k > from && t.isPunct(',') && summaryAppositiveAt(k + 1, last)
          // "urged China to stop its military pressure on Taiwan, apparently in response to …"
          || k > from && t.isPunct(',') && responseAdjunctAt(k + 1, last)
          || k > from && t.is("to") && !gerund && pressAddresseeAt(k + 1, last))) {
        break;
      }
      if (k > from && quoteCommaBeforeCue(k, from, se)) {
        // "accused London of "double standards," pointing to …": the comma inside the closing mark ends it
        end = k;
        break;
      }
      if (k > from && RELATIVES.has(t)) {
        // "a bill that would have allowed …": the verbs right after a relative pronoun are the
        // relative clause's, and stay in the object
        relative = k;
      }
      if (k == from && t.is("what") && k + 2 <= last && usable(startsAt[k + 1]) && startsAt[k + 1].end <= last
          && cueAt[startsAt[k + 1].end]) {
        // "denounced what it said were baseless claims": the verb after the speaker's cue is the free relative's
        relative = startsAt[k + 1].end;
      }
      if (k > from && (t.is("until") || t.is("if"))) {
        // "to suspend the ruling until the appeal was heard", "to strike if the offer was not
        // improved": the clause's verb stays too
        untilClause = true;
      }
      if (k > from && t.is("that") && !quoted && (tok(k - 1).lexeme.actNoun != null || CONTENT_NOUNS.has(tok(k - 1)))) {
        // "expressed concern about reports that armed groups were preventing aid convoys": what the
        // reports say, a clause whose verbs stay
        untilClause = true;
      }
      end = k;
    }
    if (end > from && end + 1 < tokens.size() && TIME_ADVERBS_BEFORE.has(tok(end)) && objectStop.has(tok(end + 1))) {
      // "issued the order shortly after noon": the adverb goes with the time after it
      end--;
    }
    if (end > from && tok(end).is("than")) {
      // "proposed a budget no larger than last year's": a comparison cut short by a time is no
      // comparison
      end--;
    }
    if (end < from || end == from && tok(from).isLowerCase() && tok(from).text.length() <= 3) {
      return;
    }
    if (end - from <= 2 && CARRIERS.has(tok(end)) && end + 1 < se
        && (cueAt[end + 1] && tok(end + 1).text.endsWith("ing")
            || mediumAt(end + 1, se - 1) && !(end + 3 < se && tok(end + 3).is("channels")))) {
      // "posted a message on Twitter blaming Iran": the message frames the statement that follows;
      // but "sent a protest note through diplomatic channels" is the act itself
      return;
    }
    for (int k = from; k <= end && k < from + 5; k++) {
      if (cue.act() == SpeechAct.RESPOND && (RESPONSE_ACTIONS.has(tok(k))
              // "police responded to multiple reports of a shooting": reports of an event, a deed
              || (tok(k).is("reports") || tok(k).is("report")) && k + 1 <= end && tok(k + 1).is("of"))
          && !(k + 1 <= end && tok(k + 1).is("for"))) {
        // "Police answering a call found the man", "responded to the fire": a deed, not words
        return;
      }
      if (k == from && tok(cue.start()).text.startsWith("dismiss") && peopleAt(from, end)
          && !wordWithin("as", from, end + 1)) {
        // "dismissed more than 400 of the striking doctors", "dismissed two aides": fired them,
        // no words dismissed; but "dismissed the critics as cowards" speaks
        return;
      }
      if (actionObjects.has(tok(k)) && STATE_ACTS.contains(cue.act()) && !tok(verbal).is("to") && !gerund
          && !particleCue(cue)
          // but "issued an emergency warning": the act's noun comes after it
          && !(k + 1 <= end && tok(k + 1).lexeme.actNoun != null)
          // nor "announced an emergency fund", "called an emergency meeting": what the word describes
          && !(k + 1 <= end && MODIFIED_BY_ACTION.has(tok(k + 1)))) {
        // "declared independence", "declared a state of emergency": an act of state, not speech;
        // but "asked the White House to declare an emergency" asks for one, and "denied holding
        // prisoners of war" denies a deed
        return;
      }
    }
    // "urged allies to restrict exports": what was urged or asked is indirect speech
    boolean infinitive = tok(verbal).is("to") && (cue.act() == SpeechAct.URGE || cue.act() == SpeechAct.ASK
        || tok(cue.start()).text.startsWith("invit"));
    add(cue, speaker, tok(from).begin, tok(end).end, s, !infinitive);
  }

  /**
   * Whether a place where a deed is done starts at {@code k}, after an object's "at": "the mine", "its
   * plant in Ohio", "the country's embassy"; not an occasion of speech ("a news conference") nor a time.
   */
  private boolean siteAfter(int k, int last) {
    for (int j = k; j <= last && j < k + 5; j++) {
      Token t = tok(j);
      if (siteNouns.has(t)) {
        return j == k || !tok(j - 1).isPunct(',');
      }
      boolean modifier = isDeterminerAt(j) || POSSESSIVE_DETERMINERS.has(t) || MentionFinder.isPossessive(t)
          || t.isWord() && (t.isCapitalized() || t.isLowerCase() && t.lexeme.cue == null && !FINITE_VERBS.has(t)
              && !PREPOSITIONS.has(t) && !TIME_WORDS.has(t));
      if (!modifier) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether "while" before {@code k} gives a role its subject had, not a clause: "while a guest actor
   * on the show", "while a student at Harvard".
   */
  private boolean roleAfterWhile(int k, int last) {
    if (k > last || !(tok(k).is("a") || tok(k).is("an"))) {
      return false;
    }
    for (int j = k + 1; j <= last && j < k + 10; j++) {
      Token t = tok(j);
      if (!t.isWord()) {
        return true;
      }
      if (FINITE_VERBS.has(t) || t.isLowerCase() && pastForm(t)
          // "while a crowd of mourners gathers outside": a noun, then a verb in the present
          || j > k + 1 && t.isLowerCase() && t.text.endsWith("s") && !t.text.endsWith("ss")
              && tok(j - 1).isLowerCase() && tok(j - 1).isWord() && !PREPOSITIONS.has(tok(j - 1))
              && !isDeterminerAt(j - 1)) {
        return false;
      }
    }
    return true;
  }

  /** Those whose acceptance or rejection of a proposal is a vote: "voters rejected the amendment". */
  private static final Set<String> VOTERS = Set.of("voters", "electorate", "electors");

  /** Nouns an act of state's word may describe: "an emergency fund", "an emergency meeting". */
  private static final WordSet MODIFIED_BY_ACTION = WordSet.of("fund", "funds", "funding", "aid", "assistance",
      "relief", "package", "budget", "loan", "loans", "payment", "payments", "meeting", "session", "summit", "talks");

  /** Nouns whose "that" opens what they say or hold, not a relative clause: "reports that", "fears that". */
  private static final WordSet CONTENT_NOUNS = WordSet.of("reports", "report", "claims", "claim", "allegations",
      "allegation", "rumours", "rumors", "news", "fears", "fear", "suggestions", "suggestion", "speculation",
      "evidence", "signs", "indications", "assurances", "hopes", "belief", "view", "idea", "notion", "fact", "proof",
      "sign", "indication", "confirmation", "assurance", "ruling", "decision", "finding", "findings", "rumour",
      "rumor", "announcement", "conclusion", "verdict", "judgment", "judgement");

  /** Adverbs that go with a time after them: "shortly after noon", "immediately before the vote". */
  private static final WordSet TIME_ADVERBS_BEFORE = WordSet.of("shortly", "immediately", "soon", "just", "right",
      "directly", "long", "well");

  /** Whether {@code word} is one of tokens {@code [from, to)}. */
  private boolean wordWithin(String word, int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (tok(k).is(word)) {
        return true;
      }
    }
    return false;
  }

  /** Counts of people before a noun phrase: "more than 400", "dozens of". */
  private static final WordSet PEOPLE_COUNTS = WordSet.of("more", "some", "all", "several", "dozens", "hundreds",
      "thousands", "about", "nearly", "over");

  /**
   * Whether people, not words, start at {@code k}: a count, or a noun for people that owns nothing
   * ("two aides", "the doctors", "Tom Reed"; not "the minister's claims").
   */
  private boolean peopleAt(int k, int end) {
    Token t = tok(k);
    if (t.isCount() || t.kind == Token.Kind.NUMBER || PEOPLE_COUNTS.has(t)) {
      return true;
    }
    int noun = isDeterminerAt(k) && k + 1 <= end ? k + 1 : k;
    if ((tok(noun).lexeme.mask & nounBits) != 0 && !possessiveAt(noun + 1)) {
      return true;
    }
    Ment m = startsAt[k];
    return m != null && m.type == Ment.Type.PERSON && !possessiveAt(m.end);
  }

  private boolean possessiveAt(int k) {
    return k < tokens.size() && (tok(k).text.equals("'s") || tok(k).text.equals("’s")
        // a plural possessive's apostrophe, a word once the quotations are known
        || tok(k).isWord() && (tok(k).is("'") || tok(k).is("’")));
  }

  /**
   * The mention that starts the addressee at {@code p}: right there, or after "the" and the words
   * of a name before it ("the United States District Court"); null if none.
   */
  private Ment addresseeAt(int p, int se) {
    if (startsAt[p] != null) {
      return startsAt[p];
    }
    int k = p < se && tok(p).is("the") ? p + 1 : p;
    for (int j = k; j < se && j < k + 4; j++) {
      if (startsAt[j] != null) {
        return j == p + 1 || tok(j - 1).isCapitalized() ? startsAt[j] : null;
      }
      if (!tok(j).isCapitalized()) {
        return null;
      }
    }
    return null;
  }

  /** Past the rest of a name and its complements: "District Court for the Southern District of New York". */
  private int pastComplements(int k, int se) {
    while (k < se && tok(k).isCapitalized()) {
      // the rest of the name: "the United States District Court"
      k++;
    }
    while (k + 1 < se && (tok(k).is("of") || tok(k).is("for"))) {
      int at = k + 1 < se && tok(k + 1).is("the") ? k + 2 : k + 1;
      if (at >= se || !tok(at).isCapitalized()) {
        break;
      }
      while (at < se && tok(at).isCapitalized()) {
        at++;
      }
      k = at;
    }
    return k;
  }

  /**
   * Whether token {@code k} reads as a bare verb after an addressee: a lower-case word that is no
   * preposition, determiner or conjunction and has no ending of a participle, adverb or plural
   * ("intervene", "be", "stop"; not "for", "the", "immediately", "officials").
   */
  private boolean bareVerbAt(int k) {
    Token t = tok(k);
    String w = t.text;
    return t.isWord() && t.isLowerCase() && w.length() > 1 && !GOVERNING.contains(w) && !PREPOSITIONS.contains(w)
        && !objectStop.contains(w) && !isDeterminerAt(k) && !w.equals("and") && !w.equals("or") && !w.equals("that")
        && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly") && !w.endsWith("s") && !cueAt[k]
        && !RELATIVES.has(t) && (t.lexeme.mask & nounBits) == 0;
  }

  /** Nouns for what carries words, which frame a statement rather than make one: "posted a message". */
  private static final WordSet CARRIERS = WordSet.of("message", "messages", "statement", "post", "tweet", "video",
      "letter", "note");

  /** Gerunds of the speaker's going, after what was urged: "before departing for Europe". */
  private static final WordSet GOING = WordSet.of("departing", "leaving", "heading", "travelling", "traveling",
      "flying", "returning", "arriving", "boarding", "wrapping", "ending", "concluding", "meeting");

  /** Whether an infinitive, "to" and a lower-case verb, lies in {@code [from, to)}: "to reopen consultations". */
  private boolean infinitiveBetween(int from, int to) {
    for (int j = from; j + 1 < to; j++) {
      if (tok(j).is("to") && tok(j + 1).isLowerCase() && tok(j + 1).isWord() && !isDeterminerAt(j + 1)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet GERUND_ADJUNCTS = WordSet.of("with", "at", "during", "amid", "via", "than", "ahead",
      "until", "while");
  /**
   * The acts whose verb can itself perform an act of state on its object: "declared war", "confirmed
   * the nomination", "rejected the appointment". A verb of judgement speaks of the act instead:
   * "condemned the war", "blamed the disaster on poor materials", "praised the nomination".
   */
  private static final java.util.Set<SpeechAct> STATE_ACTS = java.util.EnumSet.of(SpeechAct.SAY,
      SpeechAct.ANNOUNCE, SpeechAct.CONFIRM, SpeechAct.CLAIM, SpeechAct.AGREE, SpeechAct.REJECT, SpeechAct.PROPOSE,
      SpeechAct.PROMISE, SpeechAct.RESPOND, SpeechAct.REPORT);

  /** Acts whose object may last "until" something: "promised protests every week until Sweden joined". */
  private static final java.util.Set<SpeechAct> LASTING_ACTS = java.util.EnumSet.of(SpeechAct.PROMISE,
      SpeechAct.DEMAND, SpeechAct.URGE, SpeechAct.ASK, SpeechAct.PROPOSE, SpeechAct.THREATEN);

  /**
   * The token after examples that follow an addressee ("allies such as Germany and Japan", "partners
   * including France"), or {@code k} when none start there.
   */
  private int pastExamples(int k, int se) {
    if (k < 0 || k + 1 >= se) {
      return k;
    }
    int j = tok(k).is("such") && tok(k + 1).is("as") ? k + 2
        : tok(k).is("including") || tok(k).is("like") ? k + 1 : -1;
    if (j < 0) {
      return k;
    }
    int after = k;
    while (j < se && usable(startsAt[j])) {
      after = startsAt[j].end;
      j = after;
      if (j + 1 < se && (tok(j).isPunct(',') || tok(j).is("and") || tok(j).is("or"))) {
        j = tok(j + 1).is("and") || tok(j + 1).is("or") ? j + 2 : j + 1;
      }
    }
    return after;
  }

  /** The token after a relative clause set off by commas at {@code k} (", who …,"), or {@code k}. */
  private int pastRelativeClause(int k, int se) {
    if (k + 1 < se && tok(k).isPunct(',') && RELATIVES.has(tok(k + 1))) {
      for (int j = k + 2; j < se && j < k + 32; j++) {
        if (tok(j).isPunct(',')) {
          return j + 1;
        }
        if (tok(j).kind == Token.Kind.QUOTE) {
          break;
        }
      }
    }
    return k;
  }

  /**
   * Whether one or more speakers joined by "and" start at {@code k} and a cue follows them:
   * "administration officials and a foreign diplomat said".
   */
  private boolean speakersThenCueAt(int k, int se) {
    int j = k;
    for (int speakers = 0; j < se && speakers < 4; speakers++) {
      int described = j;
      while (speakers == 0 && described < se && described < j + 4 && !usable(startsAt[described])
          && tok(described).isWord() && tok(described).isLowerCase() && !cueAt[described]
          && !isDeterminerAt(described) && !RELATIVES.has(tok(described))) {
        // "…," state news agency KCNA reported": the words of a description before the name
        described++;
      }
      if (described > j && described < se && usable(startsAt[described]) && startsAt[described].hasName()
          || described > j && described < se && usable(startsAt[described])
              && startsAt[described].type == Ment.Type.NAMED) {
        j = described;
      }
      if (!usable(startsAt[j])) {
        return false;
      }
      Ment first = startsAt[j];
      j = pastAuthor(first);
      if (first.type == Ment.Type.DESCRIPTION && j < se && usable(startsAt[j])
          && (startsAt[j].hasName() || startsAt[j].type == Ment.Type.NAMED)) {
        // "…, the news site The Register reported": a description, then the name it describes
        j = pastAuthor(startsAt[j]);
      }
      while (j < se && isSkippableBeforeCue(tok(j))) {
        j++;
      }
      if (j < se && cueAt[j] && !tok(j).text.endsWith("ing")) {
        // the cue ends the sentence, perhaps with a day: "…, officials said Friday."; a cue with a
        // clause of its own is speech inside the content
        int after = cueStarting[j] != null ? cueStarting[j].end() : j + 1;
        int last = lastContentToken(se);
        if (after < se && (TIME_WORDS.has(tok(after)) || tok(after).is("on") || tok(after).is("in"))) {
          // "…, officials said on Friday", "…, the ministry said in a statement": a short adjunct
          int words = after;
          while (words <= last && words < after + 5 && (tok(words).isWord() || tok(words).kind == Token.Kind.NUMBER)) {
            words++;
          }
          after = words > last ? words : j + 3;
        }
        if (after <= last && TELL.has(tok(j)) && (usable(startsAt[after]) && afterSpeaker(startsAt[after], se) > last
            || capitalizedNameToEnd(after, last))) {
          // "…, a diplomatic source told the Middle East News Agency (MENA).": whom it was told ends the sentence
          return true;
        }
        return after > last;
      }
      if (j + 1 < se && tok(j).is("and")) {
        j++;
      } else {
        return false;
      }
    }
    return false;
  }

  /** A cue within four words from {@code k}, words only between. */
  private boolean cueWithin(int k, int last) {
    for (int j = k; j <= last && j < k + 4; j++) {
      if (cueAt[j]) {
        return true;
      }
      if (!tok(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  private static final WordSet MEDIUM_PREPOSITIONS = WordSet.of("by", "on", "over", "via", "in", "through");

  /**
   * Past the medium at {@code p} when a clause or its "that" follows it: "announced via Twitter phase
   * one had been completed", "said on its website the plant had closed"; else {@code p}.
   */
  private int pastMedium(int p, int se) {
    // the media's prepositions but "by" (an agent) and "in" ("in a statement", which the adjuncts skip)
    if (p + 2 >= se || !MEDIUM_PREPOSITIONS.has(tok(p)) || tok(p).is("by") || tok(p).is("in")) {
      return p;
    }
    for (int j = p + 1; j + 1 < se && j <= p + 3; j++) {
      if (media.has(tok(j))) {
        Token next = tok(j + 1);
        boolean clause = next.is("that") && j + 2 < se
            || SUBJECT_PRONOUNS.has(next) && !next.is("it") || isDeterminerAt(j + 1) && !PREPOSITIONS.has(next)
            || next.isCapitalized() && startsAt[j + 1] != null
            // a bare noun and a verb: "phase one had been completed"
            || next.isWord() && next.isLowerCase() && !PREPOSITIONS.has(next) && !cueAt[j + 1]
                && !next.text.endsWith("ing") && !next.text.endsWith("ly") && !next.text.endsWith("ed")
                && finiteVerbWithin(j + 2, Math.min(se, j + 5));
        return clause ? j + 1 : p;
      }
      if (!tok(j).isLowerCase() || !tok(j).isWord()) {
        return p;
      }
    }
    return p;
  }

  /**
   * Whether token {@code k} starts the medium of the act, not part of its object: "announced the
   * change on live television", "proposed a plan in a letter".
   */
  private boolean mediumAt(int k, int last) {
    if (!MEDIUM_PREPOSITIONS.has(tok(k))) {
      return false;
    }
    if ((tok(k).is("through") || tok(k).is("via")) && k + 2 <= last && tok(k + 2).is("channels")
        && (tok(k + 1).is("diplomatic") || tok(k + 1).is("official"))
        && (k + 3 > last || !tok(k + 3).isWord() || AFTER_CHANNELS.has(tok(k + 3))) && !infinitiveBefore(k)) {
      // "protested the move through diplomatic channels and called for …": the way it went, at the
      // object's end; but "urged Manila to resolve the dispute through diplomatic channels" is what
      // was urged, and "expressed concern through diplomatic channels about …" goes on
      return true;
    }
    // "in a series of tweets": the medium past the words of its number
    int reach = k + 3 < last && tok(k + 2).is("series") && tok(k + 3).is("of") ? k + 4 : k + 3;
    for (int j = k + 1; j <= last && j <= reach; j++) {
      if (media.has(tok(j)) && tok(k).is("by") && !tok(j).isLowerCase()) {
        // "the decision by Facebook": a platform after "by" is the agent, not the medium
        return false;
      }
      if (media.has(tok(j))) {
        // the medium heads its phrase: "on television", not "on television advertising"
        Token next = j + 1 < tokens.size() ? tok(j + 1) : null;
        return next == null || !next.isWord() || PREPOSITIONS.has(next) || next.is("and")
            // "on the radio station COPE", "on a television programme"
            || MEDIUM_KIND_NOUNS.has(next)
            // "on social media site Facebook"
            || PLATFORMS.has(next)
            || next.is("by") || next.is("of") || TIME_WORDS.has(next) || next.isCapitalized()
            || next.is("earlier") || next.is("later") || next.is("last") || next.is("this") || next.is("late")
            || next.is("early")
            // "in a statement hours later"
            || TIME_SPANS.has(next) && j + 2 < tokens.size() && (tok(j + 2).is("later") || tok(j + 2).is("earlier"))
            || next.isLowerCase() && next.text.endsWith("ing") && cueAt[j + 1]
            // "in a statement carried by KCNA", "in a speech delivered in Berlin"
            || next.isLowerCase() && next.text.endsWith("ed");
      }
      if (!tok(j).isLowerCase()) {
        return false;
      }
    }
    return false;
  }

  /** Words after "through diplomatic channels" that end what went through them: "and called for", "after the vote". */
  private static final WordSet AFTER_CHANNELS = WordSet.of("and", "after", "before", "on", "in", "last", "this",
      "earlier", "late", "following");

  /** Whether an infinitive's "to" comes in the ten words before {@code k}, within the sentence. */
  private boolean infinitiveBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 10 && sentenceOf[j] == sentenceOf[k]; j--) {
      if (tok(j).is("to") && j + 1 < k && tok(j + 1).isLowerCase()) {
        return true;
      }
    }
    return false;
  }

  /** Spans of time before "later" or "earlier": "in a statement hours later". */
  private static final WordSet TIME_SPANS = WordSet.of("minutes", "hours", "days", "weeks", "months");

  /** Nouns after a medium's word that say what kind of outlet it is: "radio station", "television programme". */
  private static final WordSet MEDIUM_KIND_NOUNS = WordSet.of("station", "stations", "programme", "program", "show",
      "channel", "network", "broadcast", "interview", "appearance", "message", "messages", "link", "call", "calls");

  /** The closing bracket of a gloss of one to three words opening at {@code k}, or -1. */
  private int glossEnd(int k, int last) {
    for (int j = k + 1; j <= last && j <= k + 4; j++) {
      if (tok(j).isPunct(')')) {
        return j > k + 1 ? j : -1;
      }
      if (!tok(j).isWord() && tok(j).kind != Token.Kind.NUMBER || PHOTO_WORDS.has(tok(j))
          || startsAt[j] != null && startsAt[j].type == Ment.Type.NAMED) {
        // "(pictured)", "(Reuters)": no gloss
        return -1;
      }
    }
    return -1;
  }

  private static final WordSet PHOTO_WORDS = WordSet.of("pictured", "left", "right", "centre", "center", "above",
      "below", "file", "photo", "video", "inset", "top", "bottom");

  /**
   * Whether {@code [from, to]}, up to a quotation mark, holds no verb that could make a clause: "with
   * the families" has none; "with the new funding, the school would expand" has one.
   */
  private boolean noVerbIn(int from, int to) {
    for (int j = from; j <= to && tok(j).kind != Token.Kind.QUOTE; j++) {
      Token t = tok(j);
      if (FINITE_VERBS.has(t) || SUBJECT_PRONOUNS.has(t) || t.isLowerCase() && (t.text.endsWith("ed")
          || MAIN_CLAUSE_VERBS.has(t) || IRREGULAR_PAST.has(t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a warning or forecast goes on after its comma with what it describes: "warned of
   * flash floods, with up to 30 inches of rain in the north"; not "…, with officials saying …".
   */
  private boolean warningGoesOn(Cue cue, int k, int last) {
    if (cue.act() != SpeechAct.WARN && cue.act() != SpeechAct.PREDICT || k > last || !tok(k).is("with")) {
      return false;
    }
    for (int j = k + 1; j <= last && j <= k + 12; j++) {
      if (cueAt[j] || tok(j).isPunct(';') || tok(j).kind == Token.Kind.QUOTE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a comma before token {@code k} ends an object: a new clause, a participle or a
   * subordinate clause follows, not the next item of a list or an apposition.
   */
  private boolean endsObject(int k, int last) {
    if (k > last) {
      return true;
    }
    Token t = tok(k);
    return isContinuationCue(k) || SUBORDINATORS.has(t) && !(t.is("which") && !passiveWithAgentAt(k + 1, last))
        // ", even though the count was under way", ", even as talks went on"
        || t.is("even") && k + 1 <= last && SUBORDINATORS.has(tok(k + 1))
        || objectStop.has(t) || speakerThenCue(k) || tallyAt(k, last + 1)
        || describedMediumThenCue(k)
        // "blamed the referee, comments which were later withdrawn": the writer's summing up
        || CueFinder.SPEECH_PLURALS.has(t) && k + 1 <= last && (tok(k + 1).is("which") || tok(k + 1).is("that"))
        || cueAt[k] && t.isLowerCase() && !t.text.endsWith("ing")
        // but "demanded reforms, including a fairer election": what the object takes in is part of it;
        // "condemned the attack, including Biden and Macron" names who condemned it
        || t.isLowerCase() && t.text.endsWith("ing") && !(t.is("including") && !speakerAt(k + 1))
            // but "pledged to build barracks, training grounds and schools": a list of nouns goes on
            && !nounListAt(k, last)
        || commaBeforeParticiple(k + 1, k - 1) && k + 1 <= last
            && tok(k + 1).isLowerCase() && tok(k + 1).text.endsWith("ing")
        // a relative clause stays in the object, unless it says something of its own: "praised the
        // police, who said the city was calm"
        || (t.is("who") || t.is("which")) && cueWithin(k + 1, last)
        // "…, which cited two sources, the envoy had resigned": a clause starts after the comma
        || isDeterminerAt(k) && finiteVerbWithin(k + 1, last + 1) || isTimeAfterComma(k)
        || t.is("and") || t.is("but") || t.isCapitalized() && (t.lexeme.mask & determinerBit) == 0 && !listGoesOn(k)
        || SUBJECT_PRONOUNS.has(t) || t.kind == Token.Kind.QUOTE
        // "reported, citing unnamed sources, that …": the aside ends before the main cue's clause
        || t.is("that")
        // "proposed a merger, a move that angered the board", "…, an idea the board rejected": the
        // writer's comment on it
        || (t.is("a") || t.is("an")) && k + 1 <= last && (COMMENT_NOUNS.has(tok(k + 1)) || tok(k + 1).is("idea"))
        // "…, the ninth year in a row that …", "…, the latest in a series of …": the writer's count
        || t.is("the") && k + 1 <= last && RANKS.has(tok(k + 1))
        // "agreed to slash tariffs, in a deal that sent stocks soaring", "…, in a move seen as …"
        || t.is("in") && k + 2 <= last && (tok(k + 1).is("a") || tok(k + 1).is("an"))
            && (COMMENT_NOUNS.has(tok(k + 2)) || FRAMING_NOUNS.has(tok(k + 2)));
  }

  /** Participles that carry a count on: "bringing the total to 145". */
  private static final WordSet TALLY_VERBS = WordSet.of("bringing", "taking", "raising", "pushing", "lifting",
      "putting");
  /** Nouns of a running count: "the death toll", "the total", "the tally". */
  private static final WordSet TALLY_NOUNS = WordSet.of("total", "toll", "tally", "number", "count", "death",
      "overall", "cumulative", "official");

  /**
   * Whether a participle that carries a count on starts at {@code k}: "…, bringing the total to 145", "…,
   * raising the death toll to 12"; the writer's sum, not what was said or reported.
   */
  private boolean tallyAt(int k, int se) {
    return k + 2 < se && TALLY_VERBS.has(tok(k)) && (tok(k + 1).is("the") || tok(k + 1).is("its")
        || tok(k + 1).is("their")) && TALLY_NOUNS.has(tok(k + 2));
  }

  /** Adverbs without "-ly" that come before a verb: "which again was marred", "which also was". */
  private static final WordSet SHORT_ADVERBS = WordSet.of("again", "also", "later", "since", "then", "still", "soon");

  /**
   * Whether a passive with its agent starts at {@code k}, past adverbs: "was marred by fraud", "again was
   * criticised by rights groups"; after ", which" the writer's comment on the object, not part of it.
   */
  private boolean passiveWithAgentAt(int k, int last) {
    int j = k;
    while (j <= last && j < k + 2 && (isAdverb(tok(j)) || SHORT_ADVERBS.has(tok(j)))) {
      j++;
    }
    if (j > last || !beForms.has(tok(j))) {
      return false;
    }
    j++;
    while (j <= last && isAdverb(tok(j))) {
      j++;
    }
    return j + 1 <= last && tok(j).isLowerCase() && pastForm(tok(j)) && tok(j + 1).is("by");
  }

  /** Nouns of the writer's framing after "in a": "in a deal that …", "in a bid to …", "in a sign of …". */
  private static final WordSet FRAMING_NOUNS = WordSet.of("deal", "bid", "sign", "rebuke", "blow", "setback",
      "boost", "signal", "show", "reversal", "break", "departure", "shift", "victory", "defeat");

  /** Words of rank after "the" in a writer's comment: "the ninth year in a row", "the latest in a series". */
  private static final WordSet RANKS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "latest", "last");

  /**
   * Whether a list of nouns goes on at {@code k}: a noun in "-ing" and a plural noun ("training
   * grounds"), then "and" or "or" and another word within a few words.
   */
  private boolean nounListAt(int k, int last) {
    // the item before the comma a bare plural ("to build barracks, training grounds and schools"), not
    // an object a participle's clause follows ("announced a strike, disrupting flights and trains")
    Token before = k >= 2 ? tok(k - 2) : null;
    if (before == null || !before.isLowerCase() || !before.text.endsWith("s") || k >= 3 && isDeterminerAt(k - 3)) {
      return false;
    }
    if (k + 3 > last || !tok(k + 1).isLowerCase() || !tok(k + 1).isWord() || !tok(k + 1).text.endsWith("s")
        || OBJECT_PRONOUNS.has(tok(k + 1)) || POSSESSIVE_DETERMINERS.has(tok(k + 1)) || cueAt[k + 1]) {
      return false;
    }
    for (int j = k + 2; j <= last && j < k + 5; j++) {
      Token w = tok(j);
      if (w.is("and") || w.is("or")) {
        return j + 1 <= last && tok(j + 1).isLowerCase() && tok(j + 1).isWord();
      }
      if (!w.isWord() || !w.isLowerCase() || FINITE_VERBS.has(w)) {
        return false;
      }
    }
    return false;
  }

  private boolean isInsideQuote(int offset) {
    Quote q = quoteBefore(offset - 1);
    return q != null && offset < q.outer().end() - 1;
  }

  /** The last quotation opening at or before {@code offset}, or null. */
  private Quote quoteBefore(int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    Quote found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quote q = quotes.get(mid);
      if (q.outer().begin() <= offset) {
        found = q;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The first quotation opening at or after {@code offset}, or null. */
  private Quote quoteFrom(int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    Quote found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Quote q = quotes.get(mid);
      if (q.outer().begin() >= offset) {
        found = q;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  private int lastContentToken(int se) {
    int k = se - 1;
    while (k > 0 && tok(k).kind == Token.Kind.PUNCT && (tok(k).isPunct('.') || tok(k).isPunct('!')
        || tok(k).isPunct('?') || tok(k).isPunct(';') || tok(k).isPunct(','))) {
      k--;
    }
    return k;
  }

  /**
   * Whether a "that" starting a clause is at {@code k}: before a determiner, a pronoun, a number or a
   * name, or before a bare noun in a series closed by "and that"; not the pronoun of "that was clear"
   * nor the determiner of "that approach was abandoned".
   */
  private boolean thatClauseAt(int k, int se) {
    if (k + 1 >= se || !tok(k).is("that") || FINITE_VERBS.has(tok(k + 1))) {
      return false;
    }
    Token w = tok(k + 1);
    if (isDeterminerAt(k + 1) || SUBJECT_PRONOUNS.has(w) || w.kind == Token.Kind.NUMBER || w.isCapitalized()) {
      return true;
    }
    for (int j = k + 2; j + 1 < se; j++) {
      if (tok(j).is("and") && tok(j + 1).is("that")) {
        return w.isWord();
      }
    }
    return false;
  }

  /**
   * Whether a speaker starts at {@code from} with a verb of saying right after it that is followed by nothing said:
   * the sentence's end, or only an adjunct ("the foreign ministry said.", "the ministry said in a statement.").
   */
  private boolean trailingCueEnds(int from, int se) {
    Ment m = from < se ? startsAt[from] : null;
    if (!usable(m) || m.end >= se || !cueAt[m.end] || !CLAUSE_ONLY_INVERTING.has(tok(m.end))) {
      return false;
    }
    int after = cueStarting[m.end].end();
    return after > lastContentToken(se) || skipAdjuncts(after, se) > lastContentToken(se);
  }

  /** Skips "in a statement", "on Friday", "during a news conference" when a boundary follows. */
  private int skipAdjuncts(int p, int se) {
    p = pastMedium(p, se);
    if (p < se && ADJUNCT_PREPOSITIONS.has(tok(p))
        // "said at least 40 schools were "operating on a knife-edge"": a count, no adjunct
        && !(p + 1 < se && tok(p).is("at") && (tok(p + 1).is("least") || tok(p + 1).is("most")))) {
      // "Day said in her 1976 autobiography, "…"": a place or time before the quotation goes on;
      // so does "said in a press release "…"", "wrote on Twitter "…"", with no comma
      for (int k = p + 1; k < se && k <= p + 8; k++) {
        if (tok(k).isPunct(',') && k + 1 < se && quoteByOpenToken.containsKey(k + 1)) {
          return k;
        }
        if (tok(k).isPunct(',') && k + 2 < se && (tok(k + 1).is("where") || tok(k + 1).is("which"))) {
          // "said in The Hague, where the court is based, he would keep fighting": a relative clause of the
          // place, set off, then the clause said
          for (int c = k + 2; c + 1 < se && c < k + 14 && tok(c).kind != Token.Kind.QUOTE; c++) {
            if (tok(c).isPunct(',')) {
              if (tok(c + 1).is("that") || startsClause(c + 1, se) && mainClauseAfter(c + 1, lastContentToken(se))) {
                return c + 1;
              }
              break;
            }
          }
          break;
        }
        if (tok(k).isPunct(':') && k + 1 == se && k + 1 < tokens.size() && quoteByOpenToken.containsKey(k + 1)) {
          // "told reporters in Kyiv:" ending a paragraph, the quotation opening the next
          return k;
        }
        if (k > p + 1 && quoteByOpenToken.containsKey(k) && tok(k - 1).isWord() && !isDeterminerAt(k - 1)) {
          int after = tokenAtOrBefore(quoteByOpenToken.get(k).outer().end() - 1) + 1;
          // but "wrote in her memoir "Becoming" that …": a title in quotation marks, then the clause
          return after < se && tok(after).is("that") ? after : k;
        }
        if (cueAt[k] || k > p + 1 && isDeterminerAt(k) || FINITE_VERBS.has(tok(k))
            || k > p + 1 && SUBJECT_PRONOUNS.has(tok(k))) {
          // "said in their filing the matter "…"", "indicated on Monday a "significant development"
          // was likely", "said in 40 schools pupils were "…"", "said on Wednesday it supported "…"": a
          // clause's subject or verb, not more of the adjunct
          break;
        }
        if (!tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER) {
          break;
        }
      }
    }
    if (p < se && isDash(tok(p))) {
      // "said — as reported by Hurriyet Daily News — "…"": an aside between dashes
      for (int k = p + 1; k < se && k <= p + 15; k++) {
        if (isDash(tok(k))) {
          p = k + 1;
          break;
        }
        if (tok(k).kind == Token.Kind.QUOTE) {
          break;
        }
      }
    }
    while (p < se && (isAdverb(tok(p)) || tok(p).is("only") && p + 1 < se && tok(p + 1).is("that")

        // "said afterwards he would veto the bill"
        || TIME_ADVERBS.has(tok(p)) && p + 1 < se && (SUBJECT_PRONOUNS.has(tok(p + 1)) || isDeterminerAt(p + 1)))) {
      // "said only that …"
      p++;
    }
    if (p + 3 < se && tok(p).isPunct(',') && CONNECTIVES.has(tok(p + 1)) && tok(p + 2).isPunct(',')) {
      // "His lawyer said, however, that he would plead not guilty"
      p += 3;
    }
    if (p + 3 < se && tok(p).isPunct(',') && tok(p + 1).isWord()) {
      // "reported, citing unnamed sources, that …", "said, according to a transcript released by his
      // office, that …": past an aside to the clause
      for (int k = p + 2; k + 1 < se && k <= p + 14; k++) {
        if (tok(k).isPunct(',')) {
          if (tok(k + 1).is("that")) {
            return k + 1;
          }
          break;
        }
        if (!tok(k).isWord() && tok(k).kind != Token.Kind.NUMBER) {
          break;
        }
      }
    }
    // "alleged, by way of example, Mahan had ...", "said, we understand, the deal …": a short aside
    // set off by commas; but in "…, says the study, it rises above cooler water, creating …" or "…, it
    // rises, and it forms …" the clause said goes on past its comma: a subject starts an aside only
    // with a verb right after it
    boolean subject = p + 1 < se && (SUBJECT_PRONOUNS.has(tok(p + 1)) || isDeterminerAt(p + 1));
    if (p + 2 < se && tok(p).isPunct(',') && tok(p + 1).isLowerCase() && !isContinuationCue(p + 1)
        && !SUBORDINATORS.has(tok(p + 1))) {
      for (int k = p + 2; k < se && k <= (subject ? p + 4 : p + 6); k++) {
        if (tok(k).isPunct(',') && k + 1 < se && (tok(k + 1).is("and") || tok(k + 1).is("but"))) {
          break;
        }
        if (tok(k).isPunct(',')) {
          if (k + 1 < se && !quoteByOpenToken.containsKey(k + 1)) {
            return k + 1;
          }
          if (k + 1 < se) {
            // "suggested, in likelihood, "…"": the comma before the quotation
            return k;
          }
          break;
        }
        if (!tok(k).isWord()) {
          break;
        }
      }
    }
    if (p + 2 < se && tok(p).is("in") && timeAdjunctAt(p)) {
      // "wrote in 2010 that …", "said in March 2019 that …"
      int after = p + 2 < se && tok(p + 2).isYear() ? p + 3 : p + 2;
      if (after < se && tok(after).is("that")) {
        return after;
      }
    }
    // "said on Sunday it had …", "said yesterday the talks …": a time needs no boundary after it
    int t = p;
    if (t + 1 < se && (tok(t).is("late") || tok(t).is("early")) && tok(t + 1).is("on")) {
      // "said late on Monday that …"
      t++;
    }
    if (t < se && (tok(t).is("on") || tok(t).is("last") || tok(t).is("this") || tok(t).is("late") || tok(t).is("early"))) {
      t++;
    }
    boolean possessive = t + 1 < se && possessiveAt(t + 1);
    int date = p < se && tok(p).is("on") ? dateEnd(t, se) : t;
    if (t < se && (TIME_WORDS.has(tok(t)) || date > t) && !possessive) {
      // but "said Monday's attack killed five": the day begins what was said
      p = Math.max(t + 1, date);
      if (p < se && PARTS_OF_DAY.has(tok(p))) {
        // "said yesterday morning the road …"
        p++;
      }
      int dateAfter = p + 1 < se && tok(p).isPunct(',') ? dateEnd(p + 1, se) : p;
      if (dateAfter > p + 1 && dateAfter < se && tok(dateAfter).isPunct(',')) {
        // "said on Tuesday, March 12, that …"
        p = dateAfter + 1;
      }
      if (p + 3 < se && tok(p).isPunct(',')) {
        // "reported on Sunday, citing government sources, that …": an aside after the time
        int aside = skipAdjuncts(p, se);
        if (aside > p && aside < se && tok(aside).is("that")) {
          return aside;
        }
      }
      if (p < se && (FINITE_VERBS.has(tok(p)) || possessiveAt(p))) {
        // but "said Tuesday night was the worst", "said Friday afternoon's storm …": the time is
        // the subject of what was said
        return t;
      }
      if (p + 1 < se && tok(p).isPunct(',') && tok(p + 1).isWord() && !isContinuationCue(p + 1)
          && !SUBORDINATORS.has(tok(p + 1)) && !cueAt[p + 1] && !tok(p + 1).is("a")
          && !tok(p + 1).is("an")) {
        // "reported on Thursday, coverage had risen …"; but "…, Bloomberg reported last month, a
        // concession that …" is an appositive
        return p + 1;
      }
    }
    int timed = p + 1 < se && tok(p).is("back") ? p + 1 : p;
    if (timed + 1 < se && timeAdjunctAt(timed)) {
      // "agreed in January to continue", "had agreed back in January to set up", "pledged in 2019 to cut":
      // a time between the verb and its infinitive
      int inf = timed + 2;
      while (inf < se && inf < timed + 5 && (tok(inf).kind == Token.Kind.NUMBER || TIME_WORDS.has(tok(inf))
          || MONTH_WORDS.has(tok(inf)))) {
        inf++;
      }
      if (inf + 1 < se && tok(inf).is("to") && infinitiveVerbAt(inf)) {
        return inf;
      }
    }
    int k = p;
    boolean inDocument = p < se && tok(p).is("in");
    // a medium is an adjunct only after its preposition: "said in a statement the …"; but "criticized the
    // message the agency sent" criticized the message
    boolean mediumAdjunct = p < se && MEDIUM_PREPOSITIONS.has(tok(p));
    while (k < se && k < p + 8 && (skipAfter.has(tok(k)) || inDocument && IN_DOCUMENT.has(tok(k))
        // but in "pledged to release a fix", "to post" is a verb, no medium
        || k > p && mediumAdjunct && (media.has(tok(k)) && !tok(k - 1).is("to") && startsClause(k + 1, se)
            || tok(k).is("social") && k + 1 < se && media.has(tok(k + 1))))) {
      if (k > p && (ADJUNCT_NOUNS.has(tok(k)) || mediumAdjunct && media.has(tok(k))
          || inDocument && IN_DOCUMENT.has(tok(k)) && !POSSESSIVE_DETERMINERS.has(tok(k))
          // "said to reporters the plan was dead"
          || AUDIENCE.has(tok(k)) && tok(p).is("to"))
          && startsClause(k + 1, se)) {
        // "said in a joint statement the emergency was fake", "indicated on Twitter the girl was
        // ill": a clause right after the adjunct
        return k + 1;
      }
      k++;
    }
    if (k == p) {
      return p;
    }
    if (k + 1 < se && tok(k).isPunct(',') && ADJUNCT_PREPOSITIONS.has(tok(p)) && tok(k + 1).isWord()
        && !isContinuationCue(k + 1) && !SUBORDINATORS.has(tok(k + 1)) && !cueAt[k + 1]
        && startsClause(k + 1, se) && !tok(k + 1).is("a") && !tok(k + 1).is("an") && !thatLater(k + 1, se)
        // and "Manila protested on Monday, the foreign ministry said": a speaker and its cue say it all
        && !speakersThenCueAt(k + 1, se)) {
      // but "said in a statement, issued late on Monday, that …" goes on to its "that"
      // "said in its report, the fault makes …", "said in a statement, the talks …"
      return k + 1;
    }
    if (k + 1 < se && tok(k).isPunct(',') && ADJUNCT_PREPOSITIONS.has(tok(p)) && thatLater(k + 1, se)) {
      // "said in a statement, issued late on Monday, that five people had died": past the aside
      for (int j = k + 1; j < se && j < k + 20; j++) {
        if (tok(j).is("that") && j > k + 1 && tok(j - 1).isPunct(',')) {
          return j;
        }
      }
    }
    if (k >= lastContentToken(se) + 1 || tok(k).is("that") || tok(k).isPunct(',') || tok(k).isPunct(':')) {
      return k;
    }
    if (k > p && ADJUNCT_NOUNS.has(tok(k - 1)) && startsClause(k, se)) {
      return k;
    }
    if (quoteByOpenToken.containsKey(k) && (tok(k - 1).isPunct(',') || tok(k - 1).isPunct(':'))) {
      return k;
    }
    return p;
  }

  /**
   * Whether the cue opens a relative clause after "who" and only a phrase of where or when follows it, up to
   * the verb of the clause's antecedent: "Obanikoro, who tweeted on his official handle on Monday, said",
   * "Obanikoro who tweeted on his handle said".
   */
  private boolean adjunctOnlyInRelativeClause(Cue cue, int se) {
    int k = cue.end();
    if (cue.participle() || cue.start() == 0 || !tok(cue.start() - 1).is("who") || k >= se
        || !PREPOSITIONS.has(tok(k))) {
      return false;
    }
    for (int j = k + 1; j < se && j < k + 12; j++) {
      if (cueAt[j] && tok(j).isLowerCase() || tok(j).isPunct(',') && j + 1 < se && cueAt[j + 1]) {
        return true;
      }
      if (!(tok(j).isWord() || tok(j).kind == Token.Kind.NUMBER) || SUBJECT_PRONOUNS.has(tok(j))
          || FINITE_VERBS.has(tok(j))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the past form at {@code k} is a participle before its noun, opening a clause ("claims that armed men
   * attacked", "that occupied territories would be retaken"), not a relative clause's verb ("protests that grew
   * into a civil war").
   */
  private boolean participleBeforeNoun(int k, int se) {
    if (k + 1 >= se || FINITE_VERBS.has(tok(k)) || !tok(k + 1).isWord() || !tok(k + 1).isLowerCase()) {
      return false;
    }
    Token next = tok(k + 1);
    return !PREPOSITIONS.has(next) && !GOVERNING.has(next) && !isDeterminerAt(k + 1) && !isAdverb(next)
        && !next.is("to") && !next.is("by") && !next.is("as") && !next.is("and") && !next.is("or")
        && !FINITE_VERBS.has(next) && !pastForm(next) && !SUBJECT_PRONOUNS.has(next) && !cueAt[k + 1];
  }

  /** Whether a negation stands in the text from {@code begin} to {@code end}: "not", "n't", "never", "no". */
  private boolean negatedBetween(int begin, int end) {
    for (int k = tokenAtOrBefore(begin); k < tokens.size() && tok(k).begin < end; k++) {
      if (isNegation(tok(k)) || tok(k).is("no")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} negates its verb: "not", "never", "didn't". */
  private static boolean isNegation(Token t) {
    return t.is("not") || t.is("never") || t.text.endsWith("n't") || t.text.endsWith("n’t");
  }

  /** Conjunctions and connectives that open a sentence before a source: "But", "And yet", "Still,". */
  private static final WordSet OPENING_CONNECTIVES = WordSet.of("but", "and", "yet", "so", "still", "however",
      "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "thus", "separately",
      "also", "then", "now", "though", "indeed", "besides", "likewise", "similarly");

  /** Whether the tokens of {@code [from, to)} are only opening connectives, adverbs in "-ly" and commas. */
  private boolean connectivesOnly(int from, int to) {
    boolean word = false;
    for (int k = from; k < to; k++) {
      Token t = tok(k);
      if (t.isPunct(',')) {
        continue;
      }
      if (!(OPENING_CONNECTIVES.contains(t.text.toLowerCase(java.util.Locale.ROOT)) || isAdverb(t)
          || t.isCapitalized() && t.text.endsWith("ly") && t.text.length() > 4 && k == from)) {
        return false;
      }
      word = true;
    }
    return word;
  }

  /** Adjectives of readiness before "to" and an act: "was quick to condemn", "was the first to congratulate". */
  private static final WordSet EAGER = WordSet.of("quick", "quicker", "swift", "keen", "eager", "careful", "first",
      "ready", "anxious", "happy", "at pains");
  /** Words between a form of "be" and an adjective of readiness: "was also quick", "was among the first". */
  private static final WordSet BEFORE_EAGER = WordSet.of("the", "among", "also", "always", "very", "quite", "equally",
      "particularly", "especially", "again");
  /** Forms of "go" before "on to": "went on to criticize". */
  private static final WordSet GO_ON = WordSet.of("go", "goes", "went", "gone", "going");
  /** Forms of "take" before "to" and a platform: "took to Twitter to denounce". */
  private static final WordSet TAKE_TO = WordSet.of("take", "takes", "took", "taken", "taking");
  /** Verbs of using an occasion to speak: "used the speech to urge", "seized the chance to". */
  private static final WordSet USE_OCCASION = WordSet.of("use", "uses", "used", "using", "take", "takes", "took",
      "taking", "seize", "seized", "seizes", "seizing");
  /** The occasions one uses to speak: "used the speech to urge", "took the opportunity to reiterate". */
  private static final WordSet OCCASIONS = WordSet.of("speech", "address", "occasion", "opportunity", "chance",
      "meeting", "visit", "summit", "interview", "appearance", "remarks", "statement", "conference", "briefing",
      "rally", "forum", "event", "session", "debate", "hearing", "platform", "moment", "trip", "ceremony");

  /** Whether a finite verb of the list stands in {@code [from, to)}: "in a report by the UN was inaccurate". */
  private boolean finiteVerbBetween(int from, int to) {
    for (int k = from; k < to && k < tokens.size(); k++) {
      if (FINITE_VERBS.has(tok(k)) && !isInsideQuote(tok(k).begin)) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that open a clause of time, reason or condition. */
  private static final WordSet CLAUSE_CONJUNCTIONS = WordSet.of("after", "before", "when", "while", "since", "because",
      "as", "if", "once", "until", "although", "though");

  /** Whether a conjunction that opens a clause of time, reason or condition stands in {@code [from, to)}. */
  private boolean subordinateBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (CLAUSE_CONJUNCTIONS.has(tok(k))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of calling an envoy in, whose subject speaks in the infinitive after: "summoned … to protest". */
  private static final WordSet SUMMONED = WordSet.of("summoned", "summon", "summons", "summoning");
  /** The acts one who summons an envoy makes: protests, demands, warnings, complaints. */
  private static final Set<SpeechAct> SUMMONING_ACTS = java.util.EnumSet.of(SpeechAct.DENOUNCE,
      SpeechAct.CRITICIZE, SpeechAct.DEMAND, SpeechAct.URGE, SpeechAct.WARN, SpeechAct.EXPRESS_CONCERN,
      SpeechAct.REJECT, SpeechAct.ACCUSE);

  /**
   * The last token before the speaker's own verb that governs the "to" at {@code to}, when that verb
   * makes the act after "to" the speaker's: "went on to criticize", "was quick to condemn", "took to
   * Twitter to denounce", "used the speech to urge"; or -1. Not "was not quick to": the negation
   * stops the walk.
   */
  private int catenativeBefore(int to, int ss) {
    Token before = tok(to - 1);
    if (before.is("on") && GO_ON.has(tok(to - 2))) {
      return to - 3;
    }
    if (EAGER.has(before) || before.is("pains") && tok(to - 2).is("at")) {
      int k = before.is("pains") ? to - 3 : to - 2;
      while (k >= ss && BEFORE_EAGER.has(tok(k))) {
        k--;
      }
      return k >= ss && (beForms.has(tok(k)) || tok(k).is("seemed") || tok(k).is("appeared")
          || tok(k).is("proved")) ? k - 1 : -1;
    }
    for (int k = to - 2; k >= ss && k >= to - 4; k--) {
      // "took to Twitter", "took to social media"
      if (tok(k).is("to") && k - 1 >= ss && TAKE_TO.has(tok(k - 1)) && media.has(before)) {
        return k - 2;
      }
      if (!tok(k).isWord()) {
        break;
      }
    }
    for (int k = to - 2; k > ss && k >= to - 8; k--) {
      if (!tok(k).isWord()) {
        break;
      }
      if (SUMMONED.has(tok(k)) && to + 1 < tokens.size() && cueAt[to + 1]
          && SUMMONING_ACTS.contains(cueStarting[to + 1].act())) {
        // "Manila summoned Chinese Ambassador Huang Xilian to press for the withdrawal": the one who summoned
        // speaks, to protest, demand or warn; but "summoned the CEO to explain", "to testify" are the envoy's
        return k - 1;
      }
    }
    boolean occasion = false;
    for (int k = to - 1; k > ss && k >= to - 7; k--) {
      Token t = tok(k);
      if (!t.isWord()) {
        return -1;
      }
      occasion |= OCCASIONS.has(t);
      if (USE_OCCASION.has(t)) {
        return occasion && k + 1 < to - 1 && isDeterminerAt(k + 1) ? k - 1 : -1;
      }
    }
    return -1;
  }

  /**
   * The document that {@code m} is the addressee of, after "to" within a few words of modifiers and
   * possessives ("a letter to the UN Security Council", "the report to the agency's 35-nation Board of
   * Governors"), or null.
   */
  private Ment documentSentTo(Ment m, int ss) {
    for (int k = m.start - 1; k - 1 >= ss && k >= m.start - 10; k--) {
      Token t = tok(k);
      if (t.is("to")) {
        Ment document = mentionEndingAt(k - 1, ss);
        return document != null && document.kind == dev.demarche.model.ActorKind.DOCUMENT
            && document.type == Ment.Type.DESCRIPTION ? document : null;
      }
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER || MentionFinder.isPossessive(t)) || cueAt[k]) {
        return null;
      }
    }
    return null;
  }

  /** The speakers right before the cue at {@code cueStart}, a name rather than the description set off after it. */
  private List<Ment> leftSpeakers(int cueStart, int ss) {
    List<Ment> found = leftSpeakersAsWritten(cueStart, ss);
    if (found.size() == 1 && found.get(0).end < cueStart) {
      Ment alias = givenNameAfter(found.get(0), cueStart);
      if (alias != null && (alias.end == cueStart || alias.end < cueStart && tok(alias.end).isPunct(','))
          && found.get(0).appositive == null) {
        // "one man, who gave his name only as Steven, said": the description speaks, for the name he gave
        found.get(0).appositive = alias;
      }
    }
    if (found.size() <= 1 && cueStart - 3 >= ss && OBJECT_CASE.has(tok(cueStart - 1))
        && tok(cueStart - 2).isLowerCase() && (tok(cueStart - 2).text.endsWith("ing")
            || tok(cueStart - 2).text.endsWith("ed"))) {
      // "The hospital treating him said": no object pronoun speaks, but the noun the participle describes
      Ment before = mentionEndingAt(cueStart - 3, ss);
      if (usable(before) && before.canSpeak()) {
        return List.of(before);
      }
    }
    if (found.size() == 1 && found.get(0).start - 1 > ss && tok(found.get(0).start - 1).isPunct(',')
        && (tok(found.get(0).start).is("a") || tok(found.get(0).start).is("an"))
        && tok(cueStart - 1).isPunct(',')) {
      // "A spokeswoman for the International Maritime Organization, a U.N. agency, said": the apposition set off
      // after the object of the subject's preposition describes that object; the subject speaks
      Ment subject = subjectOf(ss, found.get(0).start);
      if (usable(subject) && subject != found.get(0) && subject.end == found.get(0).start - 1) {
        return List.of(subject);
      }
    }
    if (found.size() == 1 && found.get(0).type == Ment.Type.DESCRIPTION && found.get(0).appositive != null
        && found.get(0).appositive.end < found.get(0).start && found.get(0).appositive.hasName()
        && found.get(0).end < cueStart && tok(found.get(0).end).isPunct(',')) {
      // "Tom Reed, head of the Acme Group, the country's largest firm, said": the name the description is set
      // off after
      return List.of(found.get(0).appositive);
    }
    if (found.size() == 3 && found.get(0).hasName() && isPersonLike(found.get(0))
        && found.get(1).start == found.get(0).end + 1 && tok(found.get(0).end).isPunct(',')
        && (tok(found.get(1).start).is("a") || tok(found.get(1).start).is("an"))
        && (found.get(1).type == Ment.Type.ANONYMOUS || found.get(1).type == Ment.Type.DESCRIPTION)
        && found.get(2).start == found.get(1).end + 1 && tok(found.get(1).end).is("and")
        && !found.get(2).hasName() && found.get(2).type != Ment.Type.NAMED && !found.get(2).plural
        && tok(found.get(2).start).isLowerCase() && !isDeterminerAt(found.get(2).start)
        && !POSSESSIVE_DETERMINERS.has(tok(found.get(2).start)) && !tok(found.get(2).start).isCount()) {
      // "Chamisa, a lawyer and member of parliament said": roles set off after the name, with no comma
      // closing them, the last with no article, describe the one person; but "Tom Hale, a farmer and Ana Ruiz,
      // a teacher, said" are two, and so are "Kamau, a farmer and his wife"
      return List.of(found.get(0));
    }
    return found;
  }

  /**
   * Whether a noun of a deed, no person's, body's, document's or speech's, stands at {@code k}: in the plural
   * ("actions", "attacks") or after a determiner ("the attack").
   */
  private boolean deedNounAt(int k, int ss) {
    Token t = tok(k);
    return t.isWord() && t.isLowerCase() && (t.lexeme.mask & nounBits) == 0 && t.lexeme.actNoun == null
        && !cueAt[k] && !t.text.endsWith("ed") && !t.text.endsWith("ing") && !beForms.has(t)
        && (t.text.endsWith("s") && !t.text.endsWith("ss") || k - 1 >= ss && isDeterminerAt(k - 1));
  }

  /** Pronouns in the object case, which are no subject of a verb after them. */
  private static final WordSet OBJECT_CASE = WordSet.of("him", "them", "us", "me");

  private List<Ment> leftSpeakersAsWritten(int cueStart, int ss) {
    int j = cueStart - 1;
    while (j >= ss) {
      if (isSkippableBeforeCue(tok(j))) {
        j--;
      } else if (j >= cueStart - 2 && j - 1 >= ss && quoteByOpenToken.containsKey(j) && quotedVerbAt(cueStart)) {
        // "Tokyo “sternly protested” the launches": the mark of a quotation that opens with the verb
        j--;
      } else if (tok(j).is("only") && !(j - 1 >= ss && tok(j - 1).is("not"))) {
        // "would only say that …"; but in "not only implying …" the participle is the subject's
        j--;
      } else if (j - 1 >= ss && EMPHATICS.has(tok(j)) && mentionEndingAt(j - 1, ss) != null) {
        // "The president himself said", "The two leaders both said", "He too warned": the speaker is
        // before it
        j--;
      } else if (tok(j).isPunct('.') && j - 1 >= ss && (tok(j - 1).is("al") || MentionFinder.COMPANY_SUFFIXES.has(tok(j - 1)))
          && tok(j).begin == tok(j - 1).end) {
        // "Smith et al. argue", "Taiwan Railway Corp. said": the abbreviation's full stop
        j--;
      } else if (tok(j).isPunct(')') && mentionEndingAt(j, ss) == null && openingBracket(j, ss) > ss) {
        // "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told": past the aside
        j = openingBracket(j, ss) - 1;
      } else if (tok(j).is("to") && j - 1 >= ss && (INTENT.has(tok(j - 1))
          || CueFinder.RAISING.has(tok(j - 1)) && tok(j + 1).is("have"))) {
        // "officials plan to assure", "the minister is set to announce", "the minister is reported
        // to have said"
        j -= 2;
      } else if (tok(j).is("to") && j - 2 >= ss && catenativeBefore(j, ss) >= ss) {
        // "went on to criticize", "was quick to condemn", "took to Twitter to denounce", "used the
        // speech to urge": the act is the speaker's own
        j = catenativeBefore(j, ss);
      } else if (TIME_GLUE.has(tok(j)) && j + 1 < cueStart && isTimeBeforeCue(j + 1)) {
        // the "on" of "Beijing on Wednesday lodged"
        j--;
      } else if (j - 1 >= ss && isTimeBeforeCue(j)) {
        // "Timo Fischer, a party member, in May last year proposed"
        j = timePhraseStart(j, ss) - 1;
      } else if (tok(j).is("to") && j - 1 >= ss && mentionEndingAt(j - 1, ss) != null
          && mentionEndingAt(j - 1, ss).start - 1 >= ss
          && CAUSATIVES.has(tok(mentionEndingAt(j - 1, ss).start - 1))) {
        // "prompting China to lodge a protest", "forcing the ministry to deny …": the one made to speak
        j--;
        break;
      } else {
        break;
      }
    }
    Ment m = j >= ss ? mentionEndingAt(j, ss) : null;
    if (m != null && m.start - 2 >= ss && tok(m.start - 1).is("by") && deedNounAt(m.start - 2, ss)) {
      // "Such actions by the Chinese military threaten the region": the deeds are the verb's subject, and
      // their agent says nothing
      return List.of();
    }
    if (m != null && isPlace(m) && placeAppositionBefore(m, ss)) {
      // "Police in Kano, Nigeria said": the state tells where the place before it lies; the
      // sentence's subject speaks
      Ment subject = subjectOf(ss, m.start);
      if (usable(subject) && !isPlace(subject)) {
        m = subject;
      }
    }
    if (m == null && j - 1 >= ss && AFFILIATION_HEADS.has(tok(j)) && mentionEndingAt(j - 1, ss) != null
        && mentionEndingAt(j - 1, ss).type == Ment.Type.ANONYMOUS && mentionEndingAt(j - 1, ss).plural) {
      // "Independent observers from the African Union mission described": the people, whose
      // affiliation's name ends before its noun
      m = mentionEndingAt(j - 1, ss);
    }
    if (m != null && m.start - 2 >= ss && (tok(m.start - 1).is("on") || tok(m.start - 1).is("via"))
        && media.has(tok(m.start)) && !tok(cueStart).text.endsWith("ing")) {
      // "Trump on Twitter referred to …", "…, and on Twitter referred to …": the platform is
      // where, the one before it speaks
      j = m.start - 2;
      m = mentionEndingAt(j, ss);
    }
    Ment sentTo = m == null ? null : documentSentTo(m, ss);
    if (sentTo != null) {
      // "The quarterly report to the agency's Board of Governors said": the document, not whom it went to
      m = sentTo;
    }
    if (m == null && j > ss && (tok(j).lexeme.mask & documentHeadBit) != 0 && tok(j).isLowerCase()) {
      for (int k = j - 1; k >= ss && k >= j - 3; k--) {
        if (startsAt[k] != null && startsAt[k].type == Ment.Type.PRONOUN) {
          // "His statement said …", "Its report says", "Their statement read": the one whose document
          // it is
          m = startsAt[k];
          break;
        }
        if (!tok(k).isLowerCase()) {
          break;
        }
      }
    }
    if ((m == null || !m.canSpeak()) && j > ss + 1) {
      for (int k = j; k > ss + 1 && k > j - 7 && tok(k).isWord(); k--) {
        if (NOMINAL_OBJECT.has(tok(k)) && !tok(k).is("of")) {
          Ment document = mentionEndingAt(k - 1, ss);
          if (document != null && document.kind == dev.demarche.model.ActorKind.DOCUMENT) {
            // "The family's statement on his death read": the document, not its topic
            m = document;
          }
          break;
        }
      }
    }
    if (m == null && j > ss + 1) {
      // "The protesters Reuters interviewed said", "Residents the BBC spoke to said": the people,
      // not the one who talked to them
      int v = tok(j).is("to") || tok(j).is("with") ? j - 1 : j;
      if (INTERVIEWING.has(tok(v))) {
        Ment asker = mentionEndingAt(v - 1, ss);
        Ment people = asker == null ? null : mentionEndingAt(asker.start - 1, ss);
        if (people != null && (people.type == Ment.Type.ANONYMOUS
            || people.type == Ment.Type.DESCRIPTION && people.kind == dev.demarche.model.ActorKind.PERSON)) {
          m = people;
        }
      }
    }
    if (m == null && j > ss && tok(j).isPunct(',')) {
      List<Ment> listed = membersInAside(j, ss);
      if (!listed.isEmpty()) {
        return listed;
      }
    }
    if (m == null && j > ss && tok(j).isPunct(',')) {
      // "The mayor of London, Sadiq Khan, tweeted": the name set off just before the cue
      Ment named = mentionEndingAt(j - 1, ss);
      if (named != null && isPersonLike(named) && named.start > ss
          && setOffWithRoleWords(named.start, ss)) {
        m = named;
        Ment owner = ownerOfApposed(named, ss);
        if (owner != null) {
          // "The family of one victim, Jacques Perrin, said": the name is the victim's
          m = owner;
        }
        Ment subject = subjectBeforeAgentAside(named, ss);
        if (subject != null) {
          // "The Amman Declaration, read out by the league's assistant secretary-general, Mahmoud
          // Zaki, rejected …": the name is the agent of a participle set off after the subject
          m = subject;
        }
      }
    }
    if (m == null && j > ss && tok(j).isPunct(',')) {
      int k = j - 1;
      while (k > ss && !tok(k).isPunct(',') && j - k < 30 && tok(k).kind != Token.Kind.QUOTE) {
        k--;
      }
      if (k > ss && tok(k).kind == Token.Kind.QUOTE) {
        // "Elisabeth Forsberg, who last month urged the Riksbank to "think carefully", said": a
        // relative clause may quote words
        int r = k - 1;
        while (r > ss && !tok(r).isPunct(',') && j - r < 40) {
          r--;
        }
        if (r > ss && tok(r).isPunct(',') && (tok(r + 1).is("who") || tok(r + 1).is("whose"))) {
          k = r;
        }
      }
      if (k > ss && tok(k).isPunct(',')) {
        // "The ministry has, in a statement, called on drivers": auxiliaries before the aside
        int e = k - 1;
        while (e > ss && AUXILIARIES_BEFORE_ASIDE.has(tok(e))) {
          e--;
        }
        // "Maria Lopez, 45, a teacher, said": past the age; "The company that makes the vaccine,
        // AstraZeneca, said": the subject before its relative clause
        m = mentionEndingAt(pastAge(e, ss), ss);
        if (m != null && (isPlace(m) || m.type == Ment.Type.CANDIDATE) && k + 1 < j
            && (startsAt[k + 1] != null && isPlace(startsAt[k + 1]) || isRegionAbbreviation(k + 1))) {
          // "Bruce McArthur, from Toronto, Canada, admitted", "Acme Foods, headquartered in Austin,
          // Texas, said", "a cheesemaker based in Saint-Hyacinthe, Que., said": the one the aside
          // places, before it
          Ment from = placedBeforeAside(m, ss);
          if (from != null) {
            m = from;
          }
        }
        if (m == null) {
          m = relativeAntecedent(e, ss);
        }
        if (m != null && !(m.type == Ment.Type.PERSON && m.title != null)) {
          // "Nadia Farouk, whose company is a rival based in Austin, Texas, called": the person a
          // relative clause opened after, not a name inside the clause
          Ment opened = relativeOpenerBefore(m.start, ss);
          if (opened != null) {
            m = opened;
          }
        }
        if (m == null && k + 1 < j && isDeterminerAt(k + 1)) {
          // "Dr Vogler, who is on a state visit, the first by a German head of state since 2017, said":
          // past an apposition to the relative clause, the person before it
          int r = k - 1;
          while (r > ss && !tok(r).isPunct(',') && k - r < 25 && tok(r).kind != Token.Kind.QUOTE) {
            r--;
          }
          Ment before = r - 1 > ss && tok(r).isPunct(',') && tok(r + 1).is("who")
              ? mentionEndingAt(pastAge(r - 1, ss), ss) : null;
          if (before != null && isPersonLike(before)) {
            m = before;
          }
        }
        if (m == null && k + 1 < j && (tok(k + 1).is("who") || tok(k + 1).is("which"))) {
          // "a staff member at a nearby cafe, who did not want to be named, told": the speaker
          // before the place or body its relative clause follows
          m = beforePrepositionalPhrase(e, ss);
        }
        Ment employee = m != null && m.start - 3 >= ss && tok(m.start - 1).is("of") && tok(m.start - 2).isPunct(',')
            ? mentionEndingAt(pastAge(m.start - 3, ss), ss) : null;
        int of = m == null ? -1 : m.start - 1 > ss && tok(m.start - 1).is("the") ? m.start - 2 : m.start - 1;
        if (employee == null && m != null && of - 2 >= ss && tok(of).is("of") && k + 1 < j
            && startsAt[k + 1] != null && startsAt[k + 1].type == Ment.Type.DESCRIPTION
            && startsAt[k + 1].kind != dev.demarche.model.ActorKind.PERSON) {
          // "Toshiko Amemiya, policy chief of the Japan Innovation Party, the LDP's coalition partner,
          // said": role words before "of" after the person, and a description of the party after it
          int c = of - 1;
          while (c > ss && of - 1 - c < 4 && tok(c).isWord() && tok(c).isLowerCase()) {
            c--;
          }
          Ment holder = c > ss && c < of - 1 && tok(c).isPunct(',') ? mentionEndingAt(pastAge(c - 1, ss), ss) : null;
          if (holder != null && isPersonLike(holder) && holder.hasName()) {
            employee = holder;
          }
        }
        if (employee != null && isPersonLike(employee)
            && !(employee.start > ss && (tok(employee.start - 1).is("of") || tok(employee.start - 1).is("for")))) {
          // "Anderson Cooper, of CNN, one of her sons, stated": the person, past where they work
          m = employee;
        } else if (employee != null && employee.start - 2 >= ss && tok(employee.start - 1).is("of")
            && mentionEndingAt(employee.start - 2, ss) != null
            && mentionEndingAt(employee.start - 2, ss).kind == dev.demarche.model.ActorKind.PERSON) {
          // but in "The mother of Tom Reed, of Ohio, a nurse, said" the speaker is the mother
          m = mentionEndingAt(employee.start - 2, ss);
        }
        Ment named = k + 1 < j ? startsAt[k + 1] : null;
        if (named == null && k + 2 < j && tok(k + 1).isLowerCase()) {
          named = startsAt[k + 2];
        }
        if (named == null && k + 2 < j && isDeterminerAt(k + 1)) {
          // "Her coach, the former Ethiopian steeplechaser Getachew Bekele, said": the name that ends
          // the aside, after the words describing it
          Ment last = mentionEndingAt(j - 1, ss);
          if (last != null && last.start > k + 1 && last.hasName()
              && (last.type == Ment.Type.CANDIDATE || last.type == Ment.Type.PERSON)
              // but "One victim, a 74-year-old widow from Mölndal, said": a place the person is from
              && !PREPOSITIONS.has(tok(last.start - 1)) && !isPlace(last)) {
            named = last;
          }
        }
        if (m != null && (m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION) && usable(named)
            && (named.type == Ment.Type.NAMED || named.type == Ment.Type.CANDIDATE || named.type == Ment.Type.PERSON)
            && named.end >= j - 3 && !possessiveAt(named.end)
            // but in "The mayor of Toronto, Canada, said" the state tells where the place is
            && !(isPlace(named) && m.country != null && m.end == k)) {
          // "One of these groups, the Syrian Democratic Forces (SDF), opposed": the name given; not
          // the owner in "The bank, Switzerland's second largest, said"
          m = named;
        } else if (m != null && isPlace(m) && m.start - 2 > ss
            && (tok(m.start - 1).is("in") || tok(m.start - 1).is("of"))
            && usable(named) && named.end == j && !isPlace(named)
            && (named.type == Ment.Type.NAMED || named.type == Ment.Type.CANDIDATE && named.hasName())
            && tok(m.start - 2).isLowerCase() && ((tok(m.start - 2).lexeme.mask & groupHeadBits) != 0
                || AFFILIATION_HEADS.has(tok(m.start - 2)) || GROUP_HEADS.has(tok(m.start - 2)))) {
          // "The U.N. mission in South Sudan, UNMISS, said": the body's name, set off after where it serves
          m = named;
        }
      }
    }
    if (m == null) {
      // "Terri Collins who sponsored the bill remarked": a relative clause between them
      for (int k = j; k > ss && k > j - 10; k--) {
        Token t = tok(k);
        if (t.kind != Token.Kind.WORD) {
          break;
        }
        if ((t.is("who") || t.is("which")) && mentionEndingAt(k - 1, ss) != null) {
          m = mentionEndingAt(k - 1, ss);
          break;
        }
        if (t.is("that") && k == j && mentionEndingAt(k - 1, ss) != null
            && mentionEndingAt(k - 1, ss).kind == dev.demarche.model.ActorKind.DOCUMENT
            && mentionEndingAt(k - 1, ss).start > ss && tok(mentionEndingAt(k - 1, ss).start - 1).isLowerCase()) {
          // only a document that is an object: "The message that said "Go home" was posted" is not
          // "issued a report that said …": the document, which speaks for its author
          m = mentionEndingAt(k - 1, ss);
          break;
        }
        if ((t.is("who") || t.is("which")) && k - 2 >= ss && tok(k - 1).isPunct(',')
            && mentionEndingAt(k - 2, ss) != null) {
          // "according to police, who said officers arrived": the antecedent before the comma
          m = mentionEndingAt(k - 2, ss);
          if (t.is("who")) {
            // "Mark Hay, a marine ecologist and professor at GT, who said": the person the aside
            // describes
            int c = m.start - 1;
            while (c > ss && c > m.start - 12 && !tok(c).isPunct(',') && tok(c).kind != Token.Kind.QUOTE) {
              c--;
            }
            Ment described = c > ss && tok(c).isPunct(',') && (tok(c + 1).is("a") || tok(c + 1).is("an")
                || tok(c + 1).is("the")) ? mentionEndingAt(c - 1, ss) : null;
            if (described != null && described != m && isPersonLike(described) && described.hasName()
                && !(m.type == Ment.Type.PERSON && m.title != null && m.nameEnd - m.nameStart >= 2)) {
              // but in "Ana Ruiz, a former aide to Senator Tom Reed, who said" the senator said it
              m = described;
            }
          }
          break;
        }
        if (t.is("who") && k - 4 >= ss && tok(k - 1).isPunct(',') && tok(k - 2).kind == Token.Kind.NUMBER
            && tok(k - 3).isPunct(',') && mentionEndingAt(k - 4, ss) != null) {
          // "Thomas Gray, 24, who cited …": past the age
          m = mentionEndingAt(k - 4, ss);
          break;
        }
      }
    }
    if (m == null) {
      // "Regina Ip from the pro-Beijing camp said": a named person and the group they belong to
      for (int k = j; k > ss && k > j - 7; k--) {
        Token t = tok(k);
        if (t.kind != Token.Kind.WORD) {
          break;
        }
        if (t.is("of") || t.is("from")) {
          Ment named = mentionEndingAt(k - 1, ss);
          if (named != null && (isPersonLike(named) && named.hasName()
              || named.type == Ment.Type.DESCRIPTION && named.kind == dev.demarche.model.ActorKind.PERSON)) {
            // "The owner of the Make Crate subscription service stated"
            m = named;
          }
          break;
        }
      }
    }
    if (j > ss && (m == null || m.start > ss + 1 && m.type != Ment.Type.PRONOUN
        // but in "Britain pushed for an embargo on Sudan and Russia signalled" the name after "and"
        // opens a clause of its own
        && !((tok(m.start - 1).is("and") || tok(m.start - 1).is("but")) && m.end == j + 1
            && (m.type == Ment.Type.NAMED || m.type == Ment.Type.PERSON)))) {
      // "Police accused of brutality said", "The officer accused of shooting the boy said": the subject
      // before its reduced relative, not a mention inside it
      for (int k = m == null ? j : m.start - 1; k > ss && k > j - 10 && tok(k).isWord(); k--) {
        if (tok(k).isLowerCase() && (tok(k).text.endsWith("ed")
                && (tok(k).lexeme.cue != null || INTERVIEWING.has(tok(k))) || NOT_AUTHORING.has(tok(k))) && k + 1 <= j
            && (tok(k + 1).is("of") || tok(k + 1).is("for") || tok(k + 1).is("by") || tok(k + 1).is("online")
                || tok(k + 1).is("on") || tok(k + 1).is("in") || tok(k + 1).is("at")
                // "Economists surveyed weekly by the central bank forecast": an adverb before the agent
                || k + 2 <= j && (isAdverb(tok(k + 1)) || tok(k + 1).text.endsWith("ly")) && tok(k + 2).is("by"))) {
          // "Residents interviewed by the BBC said", "A statement posted online said": the residents,
          // the statement
          Ment subject = mentionEndingAt(k - 1, ss);
          if (subject != null && usable(subject)) {
            m = subject;
          }
          break;
        }
      }
    }
    if (m != null && m.start - 2 >= ss && (tok(m.start - 1).is("by") || tok(m.start - 1).is("from"))
        && mentionEndingAt(m.start - 2, ss) != null && mentionEndingAt(m.start - 2, ss).author == m) {
      // "…, a report by the ministry said": the document, which speaks for its author
      m = mentionEndingAt(m.start - 2, ss);
    }
    if (m == null || m.type != Ment.Type.PRONOUN) {
      // "researchers from the University of Colorado and the College of Wooster in Ohio
      // reported", "militias associated with Iran had made threats", "The Aam Aadmi Party in
      // Goa, in its statement, said": who speaks comes before where they are from
      int from = m != null ? m.start - 1 : j;
      for (int k = from; k > ss && k > from - 25; k--) {
        Token t = tok(k);
        if (t.kind == Token.Kind.QUOTE || cueAt[k] || t.isPunct(',') || t.isPunct(';')) {
          break;
        }
        Ment affiliated = mentionEndingAt(k, ss);
        if (affiliated != null && affiliated != m && affiliated.writtenEnd >= 0 && isPersonLike(affiliated)) {
          // "Arnel dela Vega of the army's Western Mindanao Command said": the person whose
          // affiliation runs up to the organisation
          m = affiliated;
          break;
        }
        if (t.is("of") && k > from - 8) {
          // "Arnel dela Vega of the army's Western Mindanao Command said"
          Ment person = mentionEndingAt(k - 1, ss);
          if (person != null && (isPersonLike(person) && person.hasName() && person.nameEnd - person.nameStart >= 2
              || person.type == Ment.Type.ANONYMOUS && person.plural
              // "The emergency management bureau of Yancheng city said": the body of the place
              || person.type == Ment.Type.DESCRIPTION && person.kind == dev.demarche.model.ActorKind.GOVERNMENT_BODY
                  && startsAt[k + 1] != null && (isPlace(startsAt[k + 1])
                      || startsAt[k + 1].type == Ment.Type.CANDIDATE && startsAt[k + 1].kind == null)
                  && cueRightAfter(startsAt[k + 1]))) {
            m = person;
            k = person.start;
          }
          continue;
        }
        if (t.is("to") && k > from - 8) {
          // "an aide to the prime minister told Kyodo": the aide
          Ment person = mentionEndingAt(k - 1, ss);
          if (person != null && (person.type == Ment.Type.ANONYMOUS || person.type == Ment.Type.DESCRIPTION
              && person.kind == dev.demarche.model.ActorKind.PERSON) && AIDES.contains(person.head)
              && m != null && cueRightAfter(m)) {
            m = person;
            k = person.start;
          }
          continue;
        }
        if (t.is("for") && k > from - 8) {
          // "The defence lawyer for former police officer Derek Chauvin asked": the lawyer
          Ment person = mentionEndingAt(k - 1, ss);
          if (person != null && (person.type == Ment.Type.DESCRIPTION
              && person.kind == dev.demarche.model.ActorKind.PERSON
              // "Lawyers for the family said": the lawyers
              || person.type == Ment.Type.ANONYMOUS && person.plural)) {
            m = person;
            k = person.start;
          }
          continue;
        }
        if (PUBLISHED.has(t) && mentionEndingAt(k - 1, ss) != null
            && mentionEndingAt(k - 1, ss).kind == dev.demarche.model.ActorKind.DOCUMENT
            // but in "In a statement issued on Friday the ministry said" the statement is where
            && !afterPreposition(mentionEndingAt(k - 1, ss), ss)) {
          // "A study published on Tuesday in the journal Marine Ecology suggests": the study
          m = mentionEndingAt(k - 1, ss);
          k = m.start;
          continue;
        }
        if (LINKS.has(t)) {
          Ment people = mentionEndingAt(k - 1, ss);
          if (people != null && j > ss && JOINING_CUES.has(tok(j)) && people.start > ss
              && !tok(people.start - 1).is("of")
              && (afterPreposition(people, ss)
                  || tok(people.start - 1).isLowerCase() && !isDeterminerAt(people.start - 1))) {
            // "spoke to the protesters from a trailer and told them …": those spoken to, not the
            // subject of the verb after "and"
            people = null;
          }
          if (people != null && m != null && m.end == j + 1 && m.hasName() && m.nameEnd - m.nameStart >= 2
              && (m.type == Ment.Type.CANDIDATE && m.kind == null || m.type == Ment.Type.PERSON)
              && people.type == Ment.Type.DESCRIPTION
              && (people.start == datelineEnd(ss, cueStart) || people.start > ss && tok(people.start - 1).isPunct(','))
              // the body the title is held in ends right before the name ("… to the UN Shreya Raghunath")
              && mentionEndingAt(m.start - 1, ss) != null && mentionEndingAt(m.start - 1, ss) != people
              && !isPersonLike(mentionEndingAt(m.start - 1, ss)) && m.country == null
              && startsAt[people.end] == null && isCapitalizedTitle(people)) {
            // "First Secretary in India's Permanent Mission to the UN Shreya Raghunath said": a title
            // with where it is held, then the name of the one who holds it, who speaks
            people = null;
          }
          if (people != null && (people.type == Ment.Type.ANONYMOUS
              || people.type == Ment.Type.DESCRIPTION && people.kind == dev.demarche.model.ActorKind.PERSON
              || isPersonLike(people) && people.hasName()
              || !t.is("from") && isOrganisation(people)
              // "…, a statement from the ministry said": the document, which speaks for its author
              || people.kind == dev.demarche.model.ActorKind.DOCUMENT && people.author != null
                  && people.author == m)) {
            // the leftmost: "researchers from X and the Port of Y in Z"
            m = people;
            k = people.start;
          }
        }
      }
    }
    if (m != null && j > ss && JOINING_CUES.has(tok(j)) && m.end <= j) {
      // "praised the families for their patience and called on Tehran …": a mention inside what
      // the act before "and" was about is not the next act's subject
      Draft previous = lastDraftInSentence(sentenceOf[cueStart], cueStart);
      if (previous != null && previous.speaker != null
          && (previous.contentEnd == tok(j - 1).end || adjunctsOnlyAfter(previous, j))
          && (tok(m.start).begin >= previous.contentBegin || m.start >= previous.cue.end())) {
        // "apologised to passengers for the delay and promised …": the one apologised to is no
        // subject either
        m = outermost(previous, cueStart).speaker;
      } else if (previous != null && previous.speaker != null && tok(m.start).begin >= previous.contentEnd
          && (m.kind == dev.demarche.model.ActorKind.DOCUMENT || isPlace(m)) && afterPreposition(m, ss)) {
        // "congratulated Tane in a post on social media but warned that …": where the first act was
        // done is no subject of the next
        m = outermost(previous, cueStart).speaker;
      }
    }
    if (m == null && j > ss && JOINING_CUES.has(tok(j))) {
      // "Tom Watson called the deal lousy and said ...", "…, but urged restraint": the subject of
      // the sentence
      Draft previous = lastDraftInSentence(sentenceOf[cueStart], cueStart);
      // "The National Agency of Drug and Food Control ordered … and said": a name after its article;
      // "MUMBAI (Reuters) - The Reserve Bank of India left … and said": past the dateline
      int first = datelineEnd(ss, cueStart);
      Ment subject = startsAt[first] != null || first + 1 >= cueStart || !(tok(first).is("The") || tok(first).is("the"))
          ? startsAt[first] : startsAt[first + 1];
      if (subject != null && subject.start == first + 1 && subject.end < cueStart && tok(subject.end).isLowerCase()
          && (tok(subject.end).lexeme.mask & nounBits) != 0) {
        // but in "The Moscow court sentenced him and said" the name only modifies the noun after it
        subject = null;
      }
      if (subject != null && subject.end < cueStart && (subject.type == Ment.Type.CANDIDATE
          || subject.type == Ment.Type.NAMED) && personAfter(subject.end, cueStart) != null) {
        // "Bayern sporting director Christoph Falk declined to comment but told reporters …": the
        // person the name before describes, not the name
        subject = personAfter(subject.end, cueStart);
      }
      Ment relative = openRelativeAntecedent(j, ss);
      if (relative != null && (previous == null || tok(previous.cue.start()).begin < tok(relative.end).begin)) {
        // "Sandhu replaces Martin Lebel, who had held the portfolio since 2023 and announced that …":
        // the second verb of a relative clause still open is its antecedent's
        m = relative;
      } else if (previous != null && previous.speaker != null) {
        // "Johnson stressed his support …, and reiterated that …": the same speaker goes on; "Lin said
        // the consul had been responding to comments and accused Tokyo": the speaker of the statement
        // that reports the other
        m = outermost(previous, cueStart).speaker;
      } else if (usable(subject) && j - first <= 30) {
        m = subject;
      }
    }
    if (m == null ? j > ss : m.start > ss) {
      Ment antecedent = relativeAntecedent(m == null ? j : m.start - 1, ss);
      if (antecedent != null) {
        // "The firm that makes it said", "The company that will make the vaccine, AstraZeneca,
        // said": the sentence's subject, not a mention inside its relative clause
        m = antecedent;
      }
    }
    if (m != null && m.start - 2 >= ss && tok(m.start - 1).is("of") && m.end == j + 1) {
      // "A supporter of Navalny said", "A classmate of the victim told": the one described by whom they
      // belong to speaks, not that one
      Ment belonging = mentionEndingAt(m.start - 2, ss);
      if (belonging != null && belonging.head != null
          && (belonging.type == Ment.Type.ANONYMOUS || belonging.type == Ment.Type.DESCRIPTION)
          && (MentionFinder.toldOfByWhomTheyBelong(belonging.head.toLowerCase(java.util.Locale.ROOT))
              // "A spokesman of the president said": the spokesman, as "for" the president
              || belonging.title != null && belonging.title.isSpokesperson())) {
        m = belonging;
      }
    }
    if (m != null) {
      m = holderOfTitleAt(m, ss);
    }
    if (m != null && m.end == j + 1) {
      Ment holder = holderBeforeUnclosedRole(m, ss);
      if (holder != null) {
        // "Martin Baron, the executive editor of the Post said": the comma that would close the role is
        // missing
        m = holder;
      }
    }
    if (m == null) {
      return List.of();
    }
    List<Ment> listed = statesOfHeads(m, j);
    if (!listed.isEmpty()) {
      return listed;
    }
    int with = m.start - 1;
    if (with - 3 >= ss && isDeterminerAt(with)) {
      with--;
    }
    if (with - 3 >= ss && tok(with).is("with") && (tok(with - 1).is("along") || tok(with - 1).is("together"))
        && tok(with - 2).isPunct(',')) {
      // "Planned Parenthood, along with the American Civil Liberties Union, have announced": both
      Ment first = mentionEndingAt(with - 3, ss);
      if (first != null && usable(first)) {
        return List.of(named(first), m);
      }
    }
    // "X and Y said", "X and the US said", "X and his Russian counterpart Y said"; but "Deputy
    // Minister and spokesman Liang Wen-chieh said" is one person with two titles
    int and = m.start - 1;
    for (int words = 0; and > ss && words < 4 && !tok(and).is("and"); words++) {
      Ment state = mentionEndingAt(and, ss);
      if (tok(and).isLowerCase() || startsAt[and] != null && startsAt[and].type == Ment.Type.ADJECTIVE) {
        and--;
      } else if (state != null && state.type == Ment.Type.NAMED && state.entry != null
          && state.entry.kind() == dev.demarche.model.ActorKind.STATE && state.start > ss
          && POSSESSIVE_DETERMINERS.has(tok(state.start - 1)) && state.end < m.start && tok(state.end).isLowerCase()) {
        // "X and his Papua New Guinea counterpart Y said": a state's name as the title's modifier
        and = state.start - 1;
      } else {
        break;
      }
    }
    if (and > ss && tok(and).is("and")) {
      boolean serialComma = and - 1 > ss && tok(and - 1).isPunct(',');
      Ment first = mentionEndingAt(serialComma ? and - 2 : and - 1, ss);
      Ment apposed = serialComma ? apposedBefore(and - 1, ss) : null;
      if (apposed != null) {
        // "The European Union, a major donor, and Kenya called for …": the first item, past its apposition
        return List.of(named(apposed), m);
      }
      // "Deputy Minister and spokesman Liang Wen-chieh said", "Study co-author and geochemist
      // Seth John said": one person with two roles; but "a witness and Ana Ruiz said" are two
      boolean twoTitles = first != null && (first.type == Ment.Type.DESCRIPTION
          && first.kind == dev.demarche.model.ActorKind.PERSON && m.type == Ment.Type.PERSON
          || and + 1 < m.start && isPersonLike(m) && m.hasName() && isRole(first));
      // "an area from Gulfport to New Orleans and other forecasters predicted": a city ends the words
      // before the people, who are no list with it
      boolean placeThenPeople = first != null && first.entry != null
          && first.entry.kind() == dev.demarche.model.ActorKind.CITY && m.type == Ment.Type.ANONYMOUS
          && first.start > ss && PREPOSITIONS.contains(tok(first.start - 1).text.toLowerCase(java.util.Locale.ROOT));
      // "pushed for an embargo on Sudan and Russia signalled": the first name is in the object of an act
      // before, after its preposition, and the second opens a clause of its own
      boolean inEarlierObject = first != null && first.start - 1 > ss && !serialComma
          && PREPOSITIONS.contains(tok(first.start - 1).text.toLowerCase(java.util.Locale.ROOT))
          && cueBetween(ss, first.start - 1);
      if (first != null && !twoTitles && !placeThenPeople && !inEarlierObject && (!serialComma || usable(first))) {
        // "Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced": every item
        List<Ment> items = new ArrayList<>(List.of(first, m));
        // "Japan, Australia, the Philippines and …": an article before an item is no part of its name
        int k = pastArticle(first.start - 1, ss);
        while (k > ss && tok(k).isPunct(',') && items.size() < 12) {
          Ment previous = mentionEndingAt(k - 1, ss);
          // the first item may follow "of" after the heads of states: "The presidents of Brazil, Argentina
          // and Uruguay said"; but not "In Berlin, Merkel, and …", nor "the security of Taiwan, officials
          // and a diplomat said"
          boolean ofHeads = previous != null && previous.start - 2 >= ss && tok(previous.start - 1).is("of")
              && HEADS_OF_STATES.has(tok(previous.start - 2));
          if (previous == null || !usable(previous) || previous.start - 1 >= ss && !ofHeads
              && GOVERNING.contains(tok(previous.start - 1).text.toLowerCase(java.util.Locale.ROOT))) {
            break;
          }
          items.add(0, previous);
          k = pastArticle(previous.start - 1, ss);
        }
        if (items.size() == 2 && serialComma) {
          // "In Berlin, Merkel, and …" is no list of two
          return List.of(m);
        }
        return List.copyOf(items);
      }
    }
    return List.of(m);
  }

  /**
   * The person named before a role set off by a comma and never closed, whose organisation is {@code m}:
   * "Martin Baron, the executive editor of the Post said" gives Martin Baron; else null.
   */
  private Ment holderBeforeUnclosedRole(Ment m, int ss) {
    if (m.type != Ment.Type.NAMED && m.type != Ment.Type.CANDIDATE || m.start - 4 < ss) {
      return null;
    }
    int of = tok(m.start - 1).is("of") || tok(m.start - 1).is("at") ? m.start - 1
        : tok(m.start - 1).is("the") && tok(m.start - 2).is("of") ? m.start - 2 : -1;
    if (of - 2 <= ss || (tok(of - 1).lexeme.mask & personNounBits) == 0) {
      return null;
    }
    int c = of - 1;
    while (c > ss && c > of - 6 && tok(c).isWord() && tok(c).isLowerCase()) {
      c--;
    }
    if (c - 1 <= ss || !tok(c).isPunct(',') || !isDeterminerAt(c + 1)) {
      return null;
    }
    Ment name = mentionEndingAt(c - 1, ss);
    return name != null && usable(name) && name.type == Ment.Type.PERSON && name.hasName()
        && (name.start == ss || !tok(name.start - 1).isWord()) ? name : null;
  }

  /**
   * The name before an apposition set off by commas that ends at the comma {@code comma}: "The European
   * Union, a major donor," gives the European Union; null when the words after the first comma are a name of
   * their own, as in a list ("Japan, the Philippines,").
   */
  private Ment apposedBefore(int comma, int ss) {
    Ment inside = mentionEndingAt(comma - 1, ss);
    if (inside != null && inside.type != Ment.Type.ANONYMOUS && inside.type != Ment.Type.DESCRIPTION) {
      return null;
    }
    for (int c = comma - 2; c > ss && c >= comma - 8; c--) {
      if (tok(c).kind == Token.Kind.QUOTE || cueAt[c]) {
        return null;
      }
      if (tok(c).isPunct(',')) {
        Ment named = mentionEndingAt(c - 1, ss);
        // "a major donor", "the host", "Europe's largest economy"
        boolean described = tok(c + 1).is("a") || tok(c + 1).is("an") || tok(c + 1).is("the")
            || possessiveAppositionAt(c + 1, comma);
        return described && (inside == null || inside.start == c + 1) && named != null && usable(named)
            && (named.type == Ment.Type.NAMED || named.type == Ment.Type.PERSON
                || named.type == Ment.Type.CANDIDATE && named.hasName())
            && !(named.start - 1 >= ss && (tok(named.start - 1).isPunct(',')
                || GOVERNING.contains(tok(named.start - 1).text.toLowerCase(java.util.Locale.ROOT)))) ? named : null;
      }
    }
    return null;
  }

  /**
   * Whether an apposition of an owner's name in up to three capitalised words, its possessive and lower-case words
   * runs from {@code k} to the comma {@code comma}: "Europe's largest economy", "Latin America's largest economy".
   */
  private boolean possessiveAppositionAt(int k, int comma) {
    int j = k;
    while (j < comma && j < k + 3 && tok(j).isCapitalized()) {
      j++;
    }
    return j > k && j + 1 < comma && MentionFinder.isPossessive(tok(j)) && tok(j + 1).isLowerCase();
  }

  /**
   * "Ana Ruiz, the mayor of Esperanza, said", "…, the governor of Cebu, Philippines, said": the
   * place a title is held in ends the aside, and the one who holds the title speaks.
   */
  private Ment holderOfTitleAt(Ment m, int ss) {
    if (m.type != Ment.Type.CANDIDATE && m.type != Ment.Type.NAMED && m.type != Ment.Type.PERSON) {
      return m;
    }
    int k = m.start - 1;
    boolean region = false;
    boolean placeLike = m.type == Ment.Type.NAMED || m.type == Ment.Type.CANDIDATE && m.nameEnd - m.nameStart <= 1
        || m.type == Ment.Type.PERSON && m.title != null;
    if (k - 1 > ss && tok(k).isPunct(',') && placeLike) {
      // "Houston, Texas", "Esperanza, Sultan Kudarat": a place and its region; not "Houston,
      // Sylvester Turner"
      Ment place = mentionEndingAt(k - 1, ss);
      if (place != null && (place.type == Ment.Type.CANDIDATE || place.type == Ment.Type.NAMED)) {
        k = place.start - 1;
        region = true;
      }
    }
    if (m.type == Ment.Type.PERSON && (!region || m.title == null) || k - 1 <= ss || !(tok(k).is("of") || tok(k).is("in"))) {
      return m;
    }
    Ment title = mentionEndingAt(k - 1, ss);
    if (title != null && title.type == Ment.Type.DESCRIPTION && title.kind == dev.demarche.model.ActorKind.PERSON
        && title.appositive == null && placeLike && (title.start == ss || tok(title.start - 1).isPunct(','))) {
      // "The mayor of Houston, Texas, said", "On Monday, the mayor of Houston, Texas, said": the mayor
      return title;
    }
    if (title == null || title.type != Ment.Type.DESCRIPTION || title.kind != dev.demarche.model.ActorKind.PERSON
        || title.start <= ss || !tok(title.start - 1).isPunct(',')) {
      return m;
    }
    // "On Monday, the governor of Cebu, Gwen Garcia, said": no name before the title, so the name
    // after it, as found
    return title.appositive != null && usable(title.appositive) && title.appositive.end <= title.start
        ? title.appositive : m;
  }

  /**
   * The name an unnamed person is given right after the description: "a protester using the
   * pseudonym Katya", "a student who gave her name as Mei", "a man identified only as Ivan".
   */
  private Ment givenNameAfter(Ment m, int se) {
    if (m.type != Ment.Type.ANONYMOUS && m.type != Ment.Type.DESCRIPTION) {
      return null;
    }
    int k = m.end;
    if (k + 3 < se && tok(k).isPunct(',') && (tok(k + 1).is("who") || tok(k + 1).is("using")
        || tok(k + 1).is("identified"))) {
      // "one man, who gave his name only as Steven, said"
      k++;
    }
    if (k + 2 < se && tok(k).is("using") && tok(k + 1).is("the")
        && (tok(k + 2).is("pseudonym") || tok(k + 2).is("name") || tok(k + 2).is("alias"))) {
      k += 3;
    } else if (k + 4 < se && tok(k).is("who") && (tok(k + 1).is("gave")
        // "a teacher who only gave her name as Mrs. Lee"
        || tok(k + 1).is("only") && tok(k + 2).is("gave"))) {
      k += tok(k + 1).is("only") ? 3 : 2;
      if (tok(k).is("only")) {
        k++;
      }
      if (k + 1 < se && POSSESSIVE_DETERMINERS.has(tok(k))) {
        k++;
      }
      if (k < se && (tok(k).is("first") || tok(k).is("last"))) {
        k++;
      }
      if (!(k + 1 < se && (tok(k).is("name") || tok(k).is("surname")) && (tok(k + 1).is("as")
          || tok(k + 1).isPunct(',') || k + 2 < se && tok(k + 1).is("only") && tok(k + 2).is("as")))) {
        // "who gave only her first name, Maria", "who gave only his surname, Kovalenko": the name after a comma
        return null;
      }
      k += tok(k + 1).is("only") ? 3 : 2;
    } else if (k + 5 < se && tok(k).is("who") && tok(k + 1).is("asked") && tok(k + 2).is("to") && tok(k + 3).is("be")
        && tok(k + 4).is("identified") && (tok(k + 5).is("as") || tok(k + 5).is("only"))) {
      // "one woman, who asked to be identified only as Olga,"
      k += 5;
      k += tok(k).is("only") ? 2 : 1;
    } else if (k + 3 < se && (tok(k).is("identified") || tok(k).is("who") && tok(k + 1).is("identified"))) {
      // "a man identified only as Ivan", "a man who identified himself only as Samir"
      k += tok(k).is("who") ? 2 : 1;
      if (k < se && (tok(k).is("himself") || tok(k).is("herself") || tok(k).is("themselves"))) {
        k++;
      }
      if (k + 1 < se && tok(k).is("only") && tok(k + 1).is("as")) {
        k += 2;
      } else if (k < se && tok(k).is("as")) {
        k++;
      } else {
        return null;
      }
    } else {
      return null;
    }
    Ment name = k < se ? startsAt[k] : null;
    return name != null && usable(name) && isPersonLike(name) ? name : null;
  }

  /** What a medium named before them is: "the TASR news agency", "the Kommersant daily". */
  private static final WordSet MEDIUM_NOUNS_AFTER_NAME = WordSet.of("news", "agency", "newspaper", "daily",
      "broadcaster", "channel", "website", "magazine", "outlet", "radio", "television", "tabloid", "weekly");

  /** Nouns after an affiliation's name: "observers from the African Union mission". */
  private static final WordSet AFFILIATION_HEADS = WordSet.of("mission", "delegation", "team", "office", "embassy");

  private static final WordSet INTERVIEWING = WordSet.of("interviewed", "contacted", "surveyed", "polled",
      "spoke", "talked", "met", "reached");
  static final WordSet POSSESSIVE_DETERMINERS = WordSet.of("his", "her", "their", "its", "His", "Her", "Their", "Its");

  /**
   * The members named in an aside that ends at the comma {@code j}: "his critics, which include the
   * group Greenpeace, blame him" gives Greenpeace; "Both Trump and some Democrats, such as
   * O'Rourke, have expressed" gives Trump and O'Rourke.
   */
  private List<Ment> membersInAside(int j, int ss) {
    int k = j - 1;
    while (k > ss && !tok(k).isPunct(',') && j - k < 30 && tok(k).kind != Token.Kind.QUOTE) {
      k--;
    }
    if (k <= ss || !tok(k).isPunct(',')) {
      return List.of();
    }
    List<Ment> members = members(k + 1, j);
    if (members.isEmpty()) {
      return members;
    }
    Ment group = mentionEndingAt(k - 1, ss);
    Ment with = group == null ? null : coordinatedBefore(group, ss);
    if (with == null || !usable(with)) {
      return members;
    }
    List<Ment> all = new ArrayList<>();
    all.add(with);
    all.addAll(members);
    return all;
  }

  /** The mention joined to {@code m} by an "and" just before it: "Trump and some Democrats". */
  private Ment coordinatedBefore(Ment m, int ss) {
    int and = m.start - 1;
    while (and > ss && and >= m.start - 3 && !tok(and).is("and") && tok(and).isLowerCase()) {
      and--;
    }
    return and > ss && tok(and).is("and") ? mentionEndingAt(and - 1, ss) : null;
  }

  private static final WordSet INCLUDE = WordSet.of("include", "includes", "included", "including");

  /**
   * The named members in an aside from {@code k} to {@code end} that lists a group's members:
   * "which include Greenpeace and the WWF", "including Germany". Empty if the aside is another.
   */
  private List<Ment> members(int k, int end) {
    int p = k;
    if (p < end && (tok(p).is("which") || tok(p).is("who"))) {
      p++;
    }
    if (p + 1 < end && tok(p).is("such") && tok(p + 1).is("as")) {
      p++;
    } else if (p >= end || !INCLUDE.has(tok(p))) {
      return List.of();
    }
    List<Ment> found = new ArrayList<>();
    for (int i = p + 1; i < end; i++) {
      Ment x = startsAt[i];
      if (x != null && usable(x) && (x.type == Ment.Type.NAMED || x.type == Ment.Type.PERSON
          || x.type == Ment.Type.CANDIDATE && x.hasName())) {
        found.add(x);
        i = x.end - 1;
      }
    }
    return found;
  }

  /**
   * The end of a calendar date that starts at {@code k}: "March 12", "12 March", "March 12, 2019",
   * "12 March 2019"; or {@code k} if none does.
   */
  private int dateEnd(int k, int se) {
    if (k + 1 >= se) {
      return k;
    }
    int end;
    if (MONTH_WORDS.has(tok(k)) && isDayOfMonth(tok(k + 1))) {
      end = k + 2;
      if (end + 1 < se && tok(end).isPunct(',') && tok(end + 1).isYear()) {
        end += 2;
      }
    } else if (isDayOfMonth(tok(k)) && MONTH_WORDS.has(tok(k + 1))) {
      end = k + 2;
      if (end < se && tok(end).isYear()) {
        end++;
      }
    } else {
      return k;
    }
    return end;
  }

  private static boolean isDayOfMonth(Token t) {
    return t.kind == Token.Kind.NUMBER && t.text.length() <= 2;
  }

  /** Whether token {@code j} ends a time phrase such as "on Friday", "in May last year". */
  private boolean isTimeBeforeCue(int j) {
    Token t = tok(j);
    return TIME_WORDS.has(t) || MONTH_WORDS.has(t) && !endsName(j)
        || t.kind == Token.Kind.NUMBER && j > 0 && MONTH_WORDS.has(tok(j - 1));
  }

  /** Whether token {@code j} ends a name of two words or more: the "May" of "Theresa May". */
  private boolean endsName(int j) {
    Ment m = endsAt[j + 1];
    return m != null && m.start < j && (m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE);
  }

  /** Nouns of groups, whose members a person's name set off after them does not name: "the delegation". */
  private static final WordSet GROUP_HEADS = WordSet.of("delegation", "team", "mission", "crew", "committee",
      "panel", "board", "group", "company", "firm", "party", "union", "campaign", "family", "household", "club",
      "band", "coalition", "alliance", "consortium");

  /**
   * The one who owns the person a name set off by commas is apposed to, or null: "The family of
   * one victim, Jacques Perrin," gives the family; "The mayor of London, Sadiq Khan," gives null.
   */
  private Ment ownerOfApposed(Ment named, int ss) {
    int c = named.start - 1;
    while (c > ss && !tok(c).isPunct(',')) {
      c--;
    }
    Ment apposed = c > ss ? mentionEndingAt(c - 1, ss) : null;
    if (apposed == null || apposed.start - 2 < ss || !tok(apposed.start - 1).is("of")
        || !(apposed.type == Ment.Type.DESCRIPTION && apposed.kind == dev.demarche.model.ActorKind.PERSON
            // "one victim", not a body named in capitals: "The general manager of Abu Dhabi Media, …"
            || apposed.type == Ment.Type.ANONYMOUS && tok(apposed.end - 1).isLowerCase())
        // but in "The head of the Russian delegation, Gennady Ostrovsky, said" and "The head of the
        // government's delegation, …" the name is the head's: a group has no name of a person
        || GROUP_HEADS.has(tok(apposed.end - 1))) {
      return null;
    }
    Ment owner = mentionEndingAt(apposed.start - 2, ss);
    // the name set off goes with the nearest noun: in "The mother of one victim, Jacques Perrin,
    // said" it names the victim
    return owner != null && (owner.type == Ment.Type.DESCRIPTION || owner.type == Ment.Type.ANONYMOUS) ? owner : null;
  }

  /** A titled person right after {@code k}, past up to two lower-case words, before {@code before}; or null. */
  private Ment personAfter(int k, int before) {
    for (int q = k; q < before && q <= k + 2; q++) {
      Ment m = startsAt[q];
      if (usable(m) && m.type == Ment.Type.PERSON && m.title != null) {
        return m;
      }
      if (!(tok(q).isWord() && tok(q).isLowerCase())
          // "Ruto met Paul Kagame, president of Rwanda, and said": a verb, whose object is no one the name describes
          || pastForm(tok(q)) || FINITE_VERBS.has(tok(q)) || cueAt[q]) {
        return null;
      }
    }
    return null;
  }

  /**
   * The speaker right before a prepositional phrase that ends at {@code e}: "a staff member" in "a
   * staff member at a nearby cafe"; null if none within eight words.
   */
  private Ment beforePrepositionalPhrase(int e, int ss) {
    for (int r = e - 1; r >= ss && r > e - 9; r--) {
      if (!tok(r + 1).isWord()) {
        return null;
      }
      if (PREPOSITIONS.has(tok(r + 1)) || tok(r + 1).is("of")) {
        Ment m = mentionEndingAt(r, ss);
        if (m != null && usable(m) && m.canSpeak()) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The subject that opens the sentence when a relative clause runs from it to {@code k}: "The firm
   * that makes it", "The company that will make the vaccine,"; or null.
   */
  private Ment relativeAntecedent(int k, int ss) {
    for (int r = k; r > ss && r > k - 10; r--) {
      Token t = tok(r);
      if (t.is("that") || t.is("who") || t.is("which")) {
        Ment subject = mentionEndingAt(r - 1, ss);
        if (subject != null) {
          return phraseStart(subject.start, ss) == ss ? subject : null;
        }
        // "The party that ruled that country": an earlier "that" may open the clause
      }
      if (!t.isWord()) {
        return null;
      }
    }
    return null;
  }

  /**
   * The person a relative clause set off by a comma stands for when the clause is still open at
   * {@code j}: ", who had held the portfolio since 2023 and" gives the name before the comma; null
   * when a comma, a semicolon or a quotation closes the clause first.
   */
  private Ment openRelativeAntecedent(int j, int ss) {
    for (int r = j - 1; r > ss + 1 && r > j - 20; r--) {
      Token t = tok(r);
      if (t.is("who") && tok(r - 1).isPunct(',')) {
        Ment antecedent = mentionEndingAt(r - 2, ss);
        return antecedent != null && isPersonLike(antecedent) && usable(antecedent) ? antecedent : null;
      }
      if (t.isPunct(',') || t.isPunct(';') || t.kind == Token.Kind.QUOTE || t.is("which") || t.is("that")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The person-like name before ", who" or ", whose" that opens a relative clause before {@code at}
   * in its sentence, within 20 tokens, with no cue between the clause's opening and {@code at}; or
   * null.
   */
  private Ment relativeOpenerBefore(int at, int ss) {
    for (int r = at - 1; r > ss + 1 && r > at - 20; r--) {
      Token t = tok(r);
      if (cueAt[r] || t.kind == Token.Kind.QUOTE || t.isPunct(';')) {
        return null;
      }
      if ((t.is("who") || t.is("whose")) && tok(r - 1).isPunct(',')) {
        Ment antecedent = mentionEndingAt(r - 2, ss);
        // "The CAAP, whose director general, Raul Santos, flew …, said": a business or a body too
        return antecedent != null && (isPersonLike(antecedent) || t.is("whose") && antecedent.canSpeak())
            && antecedent.hasName() && usable(antecedent) ? antecedent : null;
      }
    }
    return null;
  }

  /** The opening bracket of the brackets that close at {@code j}, within 20 tokens, or -1. */
  private int openingBracket(int j, int ss) {
    for (int k = j - 1; k >= ss && k > j - 20; k--) {
      if (tok(k).isPunct('(')) {
        return k;
      }
      if (tok(k).isPunct(')') || tok(k).kind == Token.Kind.QUOTE) {
        return -1;
      }
    }
    return -1;
  }

  /** Before an age set off by commas that ends at {@code e} (", 45"), or {@code e} if there is none. */
  private int pastAge(int e, int ss) {
    return e - 2 >= ss && tok(e).kind == Token.Kind.NUMBER && tok(e).text.length() <= 3 && tok(e - 1).isPunct(',')
        ? e - 2 : e;
  }

  /** The first token of the time phrase ending at {@code j}. */
  private int timePhraseStart(int j, int ss) {
    int k = j;
    while (k - 1 >= ss && (TIME_WORDS.has(tok(k - 1)) || MONTH_WORDS.has(tok(k - 1))
        || TIME_GLUE.has(tok(k - 1)) || tok(k - 1).kind == Token.Kind.NUMBER
        || tok(k - 1).isPunct('.') && k - 2 >= ss && MONTH_WORDS.has(tok(k - 2)))) {
      k--;
    }
    return k;
  }

  /** "toward Taiwan, China and other regional issues": a list whose items go on after a comma. */
  private boolean listGoesOn(int k) {
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token t = tok(j);
      if (t.is("and") || t.is("or") || t.isPunct(',')) {
        return true;
      }
      if (!t.isWord() || cueAt[j]) {
        return false;
      }
    }
    return false;
  }

  /** "in August", "on Monday", "last week": a time adjunct that ends an object. */
  private boolean timeAdjunctAt(int k) {
    Token t = tok(k);
    if (!(t.is("in") || t.is("on") || t.is("last") || t.is("this") || t.is("next") || t.is("during") || t.is("earlier"))) {
      return false;
    }
    if (k + 1 >= tokens.size()) {
      return false;
    }
    Token n = tok(k + 1);
    if (k + 2 < tokens.size() && MentionFinder.isPossessive(tok(k + 2))) {
      // "the results of last week's election": a time that owns what follows, no adjunct
      return false;
    }
    return TIME_WORDS.has(n) || MONTH_WORDS.has(n)
        || n.kind == Token.Kind.NUMBER && n.text.length() == 4;
  }

  /** Words that measure a span of time: "for decades", "for more than a century". */
  private static final WordSet DURATIONS = WordSet.of("century", "centuries", "decade", "decades", "year", "years",
      "month", "months", "week", "weeks", "day", "days", "hour", "hours", "generation", "generations");
  /** Words before a span of time, besides counts: "more than", "nearly", "the past". */
  private static final WordSet BEFORE_DURATIONS = WordSet.of("more", "than", "over", "nearly", "almost", "about",
      "at", "least", "the", "past", "last", "several", "many", "a", "an", "some");

  /**
   * Acts held over a span of time, which a duration after their object measures ("has claimed the territory
   * for more than a century"); other objects keep their own term ("announced a freeze on fuel prices for six
   * months", "demanded a pay rise for three years").
   */
  private static final java.util.Set<SpeechAct> HELD_ACTS = java.util.EnumSet.of(SpeechAct.CLAIM,
      SpeechAct.DENY, SpeechAct.REJECT, SpeechAct.CRITICIZE, SpeechAct.DENOUNCE, SpeechAct.ACCUSE);

  /**
   * Whether a span of time starts at {@code k}, up to five words: "more than a century", "decades"; not
   * "years of service".
   */
  private boolean durationAt(int k) {
    for (int j = k; j < tokens.size() && j < k + 5; j++) {
      Token w = tok(j);
      if (DURATIONS.has(w)) {
        return !(j + 1 < tokens.size() && tok(j + 1).is("of"));
      }
      if (!BEFORE_DURATIONS.has(w) && !w.isCount()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The subject before an aside that opens with a past participle and names its agent after "by", or
   * with "who", ending where the name set off at {@code named} begins: "The Amman Declaration, read out
   * … by the league's assistant secretary-general, Mahmoud Zaki,"; or null.
   */
  private Ment subjectBeforeAgentAside(Ment named, int ss) {
    int close = named.start - 1;
    if (close <= ss || !tok(close).isPunct(',')) {
      return null;
    }
    boolean by = false;
    for (int k = close - 1; k > ss && close - k < 25; k--) {
      Token t = tok(k);
      if (t.kind == Token.Kind.QUOTE || cueAt[k] && !(k - 1 > ss && tok(k - 1).isPunct(','))) {
        // a verb of speech only as the participle itself: "read out by"
        return null;
      }
      if (t.is("by")) {
        by = true;
      }
      if (t.isPunct(',')) {
        Token first = tok(k + 1);
        boolean participle = first.isWord() && first.isLowerCase()
            && (first.text.length() > 4 && first.text.endsWith("ed") || Resolver.IRREGULAR_PARTICIPLES.has(first));
        // "The parish priest, Father Michel Lambotte, who discovered the theft with the church's
        // sacristan, Marie Dethier, welcomed …": a relative clause about the subject, whatever it names
        boolean relative = first.is("who") || first.is("whose");
        if (!(by && participle || relative)) {
          return null;
        }
        Ment subject = mentionEndingAt(k - 1, ss);
        return subject != null && subject.canSpeak() && subject.type != Ment.Type.PRONOUN ? subject : null;
      }
    }
    return null;
  }

  /**
   * Whether a comma comes right before {@code k}, or after role words in lower case, perhaps joined
   * by "and": "The mayor of London, Sadiq Khan,", "Another co-author, civil and environmental
   * engineering professor Julian Marshall,"; also after a state's adjective that opens the role:
   * "The Parliament's lead negotiator, Dutch lawmaker Jeroen Aalbers,".
   */
  private boolean setOffWithRoleWords(int k, int ss) {
    for (int j = k - 1; j >= ss && j >= k - 7; j--) {
      if (tok(j).isPunct(',')) {
        return true;
      }
      Ment role = startsAt[j];
      if (j - 1 > ss && tok(j - 1).isPunct(',') && role != null && role.end == k && role.isRoleOfState()
          && tok(k - 1).isLowerCase()) {
        return true;
      }
      if (!(tok(j).isWord() && (tok(j).isLowerCase() || Character.isDigit(tok(j).text.charAt(0)))) || cueAt[j]
          || NOT_ROLE_WORDS.has(tok(j)) && !(tok(j).is("and") && j - 1 >= ss && tok(j - 1).isLowerCase())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the comma before the speaker at {@code k} ends more than an opening adverbial: "Turnout
   * reached a record, the commission announced …", not "Earlier, the president announced …".
   */
  private boolean clauseBeforeComma(int k, int ss) {
    int comma = k - 1;
    while (comma > ss && !tok(comma).isPunct(',')) {
      comma--;
    }
    if (comma - ss < 2) {
      return false;
    }
    String opener = tok(ss).text.toLowerCase(java.util.Locale.ROOT);
    if (!PREPOSITIONS.contains(opener) && !SUBORDINATORS.contains(opener) && !OPENING_ADVERBIALS.contains(opener)
        // "At least two people died, police said", "By June Beijing had agreed, officials said": a
        // clause with its verb, though it opens with a preposition; not an absolute "With …" phrase
        || !tok(ss).is("With") && !tok(ss).is("Without") && verbBetween(ss + 1, comma)) {
      return true;
    }
    // "On Sunday, voters went to the polls, the commission announced": a clause after the opening
    // adverbial's own comma
    int first = ss;
    while (first < comma && !tok(first).isPunct(',')) {
      first++;
    }
    return first < comma && comma - first > 3;
  }

  /** Whether a finite verb comes in {@code [from, to)}: "died", "had agreed", "went". */
  private boolean verbBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tok(k);
      if (FINITE_VERBS.has(t) || IRREGULAR_PAST.has(t) || TOPIC_ENDING_PAST.has(t)
          || t.isLowerCase() && t.text.length() > 3 && t.text.endsWith("ed") && !isDeterminerAt(k - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words besides prepositions and subordinators that open an adverbial before the subject, in lower
   * case: "Meanwhile, …", "Hours later, …".
   */
  private static final WordSet OPENING_ADVERBIALS = WordSet.of("meanwhile", "earlier", "later", "within", "last",
      "hours", "days", "minutes", "moments", "separately", "also", "yesterday", "today", "without", "under", "by",
      "for", "among", "across");

  private boolean commaBefore(int k, int ss) {
    // "…, the national disaster agency CONRED said": up to six words of a description; "…, the
    // country's Disaster and Emergency Management Authority said": an owner before them
    for (int j = k - 1; j >= ss && j >= k - 6; j--) {
      if (tok(j).isPunct(',')) {
        return true;
      }
      if (tok(j).isPunct(')') && j - 3 >= ss && tok(j - 2).isPunct('(') && tok(j - 1).isCapitalized()
          && tok(j - 3).isWord() && tok(j - 3).isLowerCase() && !NOT_ROLE_WORDS.has(tok(j - 3))) {
        // "…, Railway Board member (Traffic) Mohd Jamshed told media": a role's field in brackets
        j -= 2;
        continue;
      }
      boolean owner = possessiveAt(j) && j - 1 >= ss
          && (tok(j - 1).isLowerCase() || startsAt[j - 1] != null || j - 2 >= ss && startsAt[j - 2] != null)
          // but "Within minutes, Apple's Tim Cook responded": an opening adverbial, not a clause
          && clauseBeforeComma(k, ss);
      if (!owner && (!(tok(j).isWord() && tok(j).isLowerCase()) || NOT_ROLE_WORDS.has(tok(j)))) {
        if (j + 1 < k && possessiveAt(j + 1) && tok(j).isCapitalized() && j - 1 >= ss && tok(j - 1).isPunct(',')
            && clauseBeforeComma(k, ss)) {
          // "…, Turkey's disaster agency said"
          return true;
        }
        Ment adjective = startsAt[j] != null ? startsAt[j] : j - 1 >= ss && tok(j - 1).is("the") ? startsAt[j - 1] : null;
        int comma = startsAt[j] != null ? j - 1 : j - 2;
        if (j + 1 < k && tok(j).isCapitalized() && adjective != null && adjective.country != null
            && adjective.end <= k && comma >= ss && tok(comma).isPunct(',') && clauseBeforeComma(k, ss)) {
          // "…, German newspaper Bild reported", "…, the Japanese broadcaster NHK said": a state's
          // adjective before the description
          return true;
        }
        if (tok(j).isPunct(')') && j - 3 >= ss && tok(j - 2).isPunct('(') && tok(j - 1).isCapitalized()) {
          // "…, European Union (EU) foreign policy chief Josep Borrell said": a known organisation and its
          // abbreviation in brackets before the role
          Ment abbreviated = endsAt[j - 2];
          return abbreviated != null && abbreviated.type == Ment.Type.NAMED && abbreviated.entry != null
              && abbreviated.entry.kind() != dev.demarche.model.ActorKind.STATE
              && abbreviated.entry.kind() != dev.demarche.model.ActorKind.CITY
              && abbreviated.start >= ss && commaRightBefore(abbreviated.start, ss) && clauseBeforeComma(k, ss);
        }
        Ment org = endsAt[j + 1];
        // "…, National Maritime Council spokesperson Jose Sarmiento said": a body's name no list knows, its
        // kind known by its last word
        boolean named = org != null && org.entry == null && org.hasName()
            && (org.kind == dev.demarche.model.ActorKind.ORGANIZATION
                || org.kind == dev.demarche.model.ActorKind.GOVERNMENT_BODY);
        if ((j + 1 < k || named) && org != null && (org.entry != null || named) && org.start >= ss
            && org.kind != dev.demarche.model.ActorKind.PERSON
            && (named || org.entry.kind() != dev.demarche.model.ActorKind.STATE
                && org.entry.kind() != dev.demarche.model.ActorKind.CITY)
            && commaRightBefore(org.start, ss)
            && clauseBeforeComma(k, ss)) {
          // "…, IMF mission chief Sofia Marklund said", "…, World Bank country director Ana Ruiz said": a
          // known organisation before the role
          return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a comma stands right before {@code k}, or before a determiner right before it, within the
   * sentence from {@code ss}: "…, the Commission said", "…, IMF mission chief …".
   */
  private boolean commaRightBefore(int k, int ss) {
    return k - 1 > ss && tok(k - 1).isPunct(',')
        || k - 2 > ss && isDeterminerAt(k - 1) && tok(k - 2).isPunct(',');
  }

  /** A word that may describe a speaker before the name: "1st Fleet Command's agency head". */
  private boolean isDescriptionWord(int k) {
    Token t = tok(k);
    if (!t.isWord() && t.kind != Token.Kind.NUMBER || cueAt[k]) {
      return false;
    }
    return !t.isLowerCase() || !(NOT_ROLE_WORDS.has(t) || SUBORDINATORS.has(t)
        || objectStop.has(t) || PREPOSITIONS.has(t) || t.is("that") || t.is("which")
        || t.is("who") || t.is("of"));
  }

  private static final WordSet AUXILIARIES_BEFORE_ASIDE =
      WordSet.of("has", "have", "had", "will", "would", "also", "did", "does", "was", "were", "is", "are");

  /**
   * "witness Pia Lund", "protester Joshua Wong", "his daughter Nettie Baker": a source noun or a tie
   * standing as the title of a name.
   */
  private Ment named(Ment m) {
    if ((m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION && m.relation) && !m.plural
        && m.end < startsAt.length && usable(startsAt[m.end])
        && isPersonLike(startsAt[m.end]) && startsAt[m.end].hasName()) {
      return startsAt[m.end];
    }
    return m;
  }

  /** Words that are no part of a role before a name: "Trump, also on Twitter, said". */
  private static final WordSet NOT_ROLE_WORDS =
      WordSet.of("of", "on", "in", "at", "by", "via", "also", "then", "later", "from", "with", "for", "to", "and", "or",
          "but", "who", "which", "whose");

  /**
   * Whether a clause of its own starts at {@code k}, after an object and "and": a subject of up to
   * four words, opened by a name or a determiner, and a finite verb ("pledged funds and Syria is
   * taxing goods").
   */
  private boolean clauseAfterAnd(int k, int last) {
    if (k > last || !(tok(k).isCapitalized() || isDeterminerAt(k))) {
      return false;
    }
    // one word, or a determiner and one word: not "the Trade and Industry Ministry was closed"
    for (int j = k + 1; j <= last && j <= (isDeterminerAt(k) ? k + 2 : k + 1); j++) {
      if (FINITE_VERBS.has(tok(j)) && !tok(j).is("be")) {
        return true;
      }
      if (!tok(j).isWord() || RELATIVES.has(tok(j))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a cue verb follows "and" at {@code k}, perhaps after an adverb: "and also warned". */
  private boolean cueAfterAnd(int k) {
    int n = tokens.size();
    if (k < n && isAdverb(tok(k)) && !cueAt[k]) {
      k++;
    }
    if (k < n && (tok(k).is("also") || tok(k).is("then"))) {
      k++;
    }
    if (k + 2 < n && NEGATED_AUXILIARIES.has(tok(k)) && (tok(k + 1).is("not") || tok(k + 1).is("n't"))) {
      // "confirmed the donation but did not say when": what the speaker did not do next
      k += 2;
    }
    if (k + 1 < n && PERFECT_AUXILIARIES.has(tok(k)) && cueAt[k + 1] && pastForm(tok(k + 1))
        && tok(k - 1).is("and") && k >= 2 && tok(k - 2).isPunct(',')) {
      // "said it has no intention of attacking, and has called for …": the speaker's next act
      k++;
    }
    return k < n && (cueAt[k] && tok(k).isLowerCase() && !tok(k).text.endsWith("ing")
        // "said it had no sales in China and expected the measures to …": an expectation goes on
        // with what was said
        && !tok(k).text.startsWith("expect")
        // "requested that the minister confirm and explain the list": two verbs of what was asked
        && !(k >= 2 && tok(k - 1).is("and") && cueAt[k - 2] && bareFormAt(k - 2) && bareFormAt(k))
        // "said the meeting was private and declined to give details": what the speaker did next
        || k + 1 < n && REFUSALS.has(tok(k)) && tok(k + 1).is("to"));
  }

  /**
   * Whether "and" at {@code k} opens the subject's next deed after an object or a verbless clause that starts at
   * {@code from}: a verb in the past, no cue, with an object of its own ("and imposed sanctions", "and summoned
   * the envoy"), after a cue in the past. A plural noun alone counts as the object after a clause
   * ({@code bareObjects}), but not after an object, where "demanded higher pay and improved conditions" lists two.
   */
  private boolean nextDeedAt(Cue cue, int from, int k, int last, boolean bareObjects) {
    if (!tok(k).is("and") || k + 2 > last || !tok(k + 1).isLowerCase() || !pastForm(tok(k + 1)) || cueAt[k + 1]
        || !pastForm(tok(cue.start())) || quoteByOpenToken.containsKey(from) || isInsideQuote(tok(k).begin)
        || pastVerbWithin(from, k) || finiteVerbBetween(from, k)) {
      return false;
    }
    for (int j = from; j < k; j++) {
      if (RELATIVES.has(tok(j)) || tok(j).is("that")) {
        // "praised the soldiers who fought the fire and saved the village": the relative clause goes on
        return false;
      }
    }
    Token object = tok(k + 2);
    return isDeterminerAt(k + 2) || POSSESSIVE_DETERMINERS.has(object) || object.isCount()
        || bareObjects && object.isLowerCase() && object.text.endsWith("s") && !object.text.endsWith("ss")
            && (object.lexeme.mask & nounBits) == 0 && !PREPOSITIONS.has(object);
  }

  /** Auxiliaries before a participle: "had delayed", "had been collected". */
  private static final WordSet PARTICIPLE_AUXILIARIES = WordSet.of("had", "has", "have", "been", "being", "was",
      "were", "is", "are", "be");

  /** Whether an auxiliary of a participle stands in {@code [from, to)}: "why it had delayed the flight". */
  private boolean auxiliaryWithin(int from, int to) {
    for (int j = from; j < to; j++) {
      if (PARTICIPLE_AUXILIARIES.has(tok(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb in the past stands in {@code [from, to)}, not as an adjective after a determiner: "the driver
   * lost control" has one, "an illegal land-grab" and "the armed men" none.
   */
  private boolean pastVerbWithin(int from, int to) {
    for (int j = from; j < to; j++) {
      if (tok(j).isWord() && tok(j).isLowerCase() && pastForm(tok(j)) && !(j > from && isDeterminerAt(j - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Auxiliaries of the perfect: ", and has called for …". */
  private static final WordSet PERFECT_AUXILIARIES = WordSet.of("has", "have", "had");
  /** Conjunctions before a speaker's next act: "warned Americans to prepare, yet urged the public to remain calm". */
  private static final WordSet JOINING_CUES = WordSet.of("and", "but", "yet");

  /** Verbs that make someone speak: "prompting China to lodge a protest". */
  private static final WordSet CAUSATIVES = WordSet.of("prompting", "prompted", "forcing", "forced", "leading",
      "led", "causing", "caused", "compelling", "compelled", "spurring", "spurred", "pushing", "pushed");

  /** Auxiliaries before "not" and a verb of speech: "did not say", "would not comment". */
  private static final WordSet NEGATED_AUXILIARIES = WordSet.of("did", "does", "do", "would", "could", "has", "have",
      "had", "will");

  private static boolean isOrganisation(Ment m) {
    dev.demarche.model.ActorKind kind = m.type == Ment.Type.NAMED && m.entry != null ? m.entry.kind() : m.kind;
    return kind == dev.demarche.model.ActorKind.ORGANIZATION || kind == dev.demarche.model.ActorKind.GOVERNMENT_BODY
        || kind == dev.demarche.model.ActorKind.MEDIA;
  }

  /** Whether {@code m} is one person's role without an article: "study co-author", "the lead author". */
  private boolean isRole(Ment m) {
    Token first = tok(m.start);
    return (m.type == Ment.Type.DESCRIPTION && m.kind == dev.demarche.model.ActorKind.PERSON
            || m.type == Ment.Type.ANONYMOUS)
        && !m.plural && !m.hasName() && !first.isCount()
        && !first.is("a") && !first.is("A") && !first.is("an") && !first.is("An");
  }

  private static boolean isPersonLike(Ment m) {
    return m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE && m.kind == null;
  }

  /** Words that stress who speaks, after the speaker: "himself", "both", "each". */
  private static final WordSet EMPHATICS = WordSet.of("himself", "herself", "itself", "themselves", "both", "too",
      "each");

  private boolean isSkippableBeforeCue(Token t) {
    return skipBefore.has(t) || isAdverb(t);
  }

  /**
   * Whether {@code t} is an adverb in "-ly" ("repeatedly", "publicly"), and not a noun the
   * lexicons know ("family", "assembly", "ally").
   */
  private boolean isAdverb(Token t) {
    return t.isLowerCase() && t.text.endsWith("ly") && t.text.length() > 4 && (t.lexeme.mask & nounBits) == 0
        && !NOT_ADVERBS.has(t);
  }

  /** Nouns and verbs in "-ly", which no adverb is: "said supply was ample", "the rally", "a reply". */
  private static final WordSet NOT_ADVERBS = WordSet.of("supply", "reply", "apply", "comply", "imply", "multiply",
      "rally", "family", "assembly", "monopoly", "anomaly", "belly", "bully", "jelly", "folly", "homily", "butterfly",
      "melancholy", "oversupply", "resupply", "lonely", "friendly", "unfriendly", "costly", "elderly", "deadly",
      "lovely", "lively", "ugly", "holy", "silly", "likely", "unlikely", "orderly", "timely", "worldly", "scholarly",
      "cowardly");

  /** Whether a preposition comes right before {@code m}, within the sentence from {@code ss}. */
  private boolean afterPreposition(Ment m, int ss) {
    if (m.start <= ss) {
      return false;
    }
    String before = tok(m.start - 1).text.toLowerCase(java.util.Locale.ROOT);
    return ADJUNCT_PREPOSITIONS.contains(before) || PREPOSITIONS.contains(before);
  }

  /** The speaking mention whose last token is {@code j}, looking through "(習近平)" after a name. */
  private Ment mentionEndingAt(int j, int ss) {
    if (j < ss || j < 0) {
      return null;
    }
    if (tok(j).isPunct(')') && j - 2 >= ss && tok(j - 2).isPunct('(')) {
      j -= 3;
    }
    if (j < ss) {
      return null;
    }
    Ment m = endsAt[j + 1];
    return usable(m) && m.start >= ss ? m : null;
  }

  private static boolean usable(Ment m) {
    return m != null && m.canSpeak() && !m.insideQuote;
  }

  /**
   * Every speaker of the statement {@code last} and of those made with it by the same cue:
   * "Kenya and Tanzania called for a ceasefire, warning that …" warns for both.
   */
  private List<Ment> speakersOf(Draft last) {
    List<Ment> all = new ArrayList<>(2);
    for (int k = drafts.size() - 1; k >= 0 && all.size() < 4; k--) {
      Draft d = drafts.get(k);
      if (d.sentence < last.sentence) {
        break;
      }
      if (d.cue == last.cue && d.speaker != null && !all.contains(d.speaker)) {
        all.add(0, d.speaker);
      }
    }
    return all.isEmpty() ? List.of(last.speaker) : all;
  }

  /**
   * The statement of the sentence of {@code d} whose content holds the cue of {@code d}, with a speaker
   * before that content: "Lin said the consul had been responding to comments" reports the response.
   * Else, and when the cue of {@code d} follows an auxiliary that a verb after "and" may share ("had
   * warned … and promised"), {@code d} itself; but not when that verb, at {@code next}, is followed
   * by "that".
   */
  private Draft outermost(Draft d, int next) {
    if (d.cue.start() > 0 && AUXILIARIES_SHARED.has(tok(d.cue.start() - 1))
        && !(next + 1 < tokens.size() && tok(next + 1).is("that"))) {
      // but "said the governor had warned of floods and promised to send troops": the verb after "and"
      // shares the auxiliary, and so the subject, of the reported one; "said Beijing had lodged
      // representations and demanded that …" is the first speaker's report going on
      return d;
    }
    Draft outer = holder(d);
    return outer != null ? outer : d;
  }

  /**
   * The statement of the same sentence whose content holds the cue and the content of {@code d},
   * its speaker before it, or null: in "said both sides had agreed to meet again", what was said
   * holds what both sides agreed.
   */
  private Draft holder(Draft d) {
    int at = tok(d.cue.start()).begin;
    for (int k = drafts.size() - 1; k >= 0 && drafts.get(k).sentence == d.sentence; k--) {
      Draft outer = drafts.get(k);
      if (outer != d && outer.speaker != null && outer.cue != null && !outer.cue.nominal()
          && outer.contentBegin <= at && at < outer.contentEnd && tok(outer.speaker.start).begin < outer.contentBegin
          && outer.contentEnd >= d.contentEnd) {
        return outer;
      }
    }
    return null;
  }

  /** Auxiliaries that a second verb after "and" may share: "had warned … and promised". */
  private static final WordSet AUXILIARIES_SHARED = WordSet.of("had", "has", "have", "would", "will", "could",
      "should", "might", "may");

  private Draft lastDraftInSentence(int s, int before) {
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      if (d.sentence < s) {
        return null;
      }
      if (d.sentence == s && d.cue != null && d.cue.start() < before && d.speaker != null
          // "rejected Poland's demand for reparations, saying …": a noun's speaker is not the clause's, nor
          // one inside what it rejected ("what Manila calls its zone, saying …")
          && !d.cue.nominal() && !d.embedded) {
        // a statement whose speaker the text does not give ("was said to have …") lends none
        return d;
      }
    }
    return null;
  }

  private void addQuote(Cue cue, Ment speaker, Quote q, int s) {
    if (q.inner().isEmpty()) {
      return;
    }
    if (!q.paragraphContinued() || text.indexOf('\n', q.inner().begin()) < 0
        || text.indexOf('\n', q.inner().begin()) >= q.inner().end()) {
      drafts.add(new Draft(speaker, cue, q.inner().begin(), q.inner().end(), StatementMode.DIRECT, cue.act(), s));
      return;
    }
    // a quotation that goes on over paragraphs, its opening mark repeated: one statement a
    // paragraph, the one next to the cue with the cue, the others going on from it
    List<int[]> parts = paragraphParts(q);
    if (parts.isEmpty()) {
      return;
    }
    boolean cueAfter = tok(cue.start()).begin >= q.outer().end();
    int cued = cueAfter ? parts.size() - 1 : 0;
    Draft main = new Draft(speaker, cue, parts.get(cued)[0], parts.get(cued)[1], StatementMode.DIRECT, cue.act(), s);
    for (int i = 0; i < parts.size(); i++) {
      if (i == cued) {
        drafts.add(main);
      } else {
        int[] part = parts.get(i);
        Draft d = new Draft(speaker, null, part[0], part[1], StatementMode.DIRECT, SpeechAct.SAY,
            sentenceOf[tokenAtOrBefore(part[0])]);
        d.continues = main;
        drafts.add(d);
      }
    }
  }

  /**
   * The inner text of a quotation that goes on over paragraphs, one stretch a paragraph, without
   * the repeated opening marks and the spaces around.
   */
  private List<int[]> paragraphParts(Quote q) {
    List<int[]> parts = new ArrayList<>();
    int b = q.inner().begin();
    while (b < q.inner().end()) {
      int nl = text.indexOf('\n', b);
      int e = nl < 0 || nl > q.inner().end() ? q.inner().end() : nl;
      int from = b;
      while (from < e && (Character.isWhitespace(text.charAt(from)) || "\"“„'‘".indexOf(text.charAt(from)) >= 0)) {
        from++;
      }
      int to = e;
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        parts.add(new int[] {from, to});
      }
      b = e + 1;
    }
    return parts;
  }

  /**
   * Adds the cue-less quotation {@code q} as going on from {@code before}'s speaker (or from no one
   * when {@code speaker} is null), one statement a paragraph; returns the last.
   */
  private Draft addContinuation(Ment speaker, Quote q, int s, Draft before) {
    List<int[]> parts = q.paragraphContinued() ? paragraphParts(q) : List.of();
    if (parts.size() < 2) {
      Draft d = new Draft(speaker, null, q.inner().begin(), q.inner().end(), StatementMode.DIRECT, SpeechAct.SAY, s);
      d.continues = before;
      drafts.add(d);
      return d;
    }
    Draft d = before;
    for (int[] part : parts) {
      Draft next = new Draft(speaker, null, part[0], part[1], StatementMode.DIRECT, SpeechAct.SAY,
          sentenceOf[tokenAtOrBefore(part[0])]);
      next.continues = speaker == null ? null : d;
      drafts.add(next);
      d = next;
    }
    return d;
  }

  /** Conjunctions that join what was said to something else when left at its edge. */
  private static final List<String> EDGE_CONJUNCTIONS = List.of("and", "but", "or");

  /** How far past its clause a quotation opened in it may go on, in characters. */
  private static final int MAX_QUOTE_OVERHANG = 2000;

  /**
   * The name given after "as", from {@code p}: up to the end of a quotation in it followed by a comma
   * ("as a "squirrel whisperer", for …"), or when {@code endsAtQuote}, of a quotation that starts it
   * ("described by Maritime Bulletin as "rather hectic" emerged"); else up to a comma or the end of
   * the clause.
   */
  private void nameGiven(Cue cue, Ment speaker, int p, int s, int se, boolean endsAtQuote) {
    int last = lastContentToken(se);
    int end = last;
    for (int k = p; k <= last; k++) {
      Quote q = quoteByOpenToken.get(k);
      if (q != null) {
        int close = tokenAtOrBefore(q.outer().end() - 1);
        if (close + 1 <= last && tok(close + 1).isPunct(',') || endsAtQuote && k == p) {
          end = close;
        }
        break;
      }
      if (tok(k).isPunct(',') || k > p && k + 1 <= last && tok(k).is("and") && tok(k + 1).is("by")) {
        // "reported by The Guardian as convicted of assaults and by Associated Press of …": another
        // agent's words follow
        end = k - 1;
        break;
      }
    }
    if (end >= p) {
      add(cue, speaker, tok(p).begin, tok(end).end, s, false);
    }
  }

  private void add(Cue cue, Ment speaker, int begin, int end, int s, boolean reportedAct) {
    while (begin < end && (Character.isWhitespace(text.charAt(begin)) || ",;:".indexOf(text.charAt(begin)) >= 0)) {
      begin++;
    }
    while (end > begin && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    // a conjunction at either edge joins what was said to something else: "…, and", "and the rebels fled"
    for (String c : EDGE_CONJUNCTIONS) {
      if (end - begin > c.length() + 1 && text.startsWith(c, end - c.length())
          && text.charAt(end - c.length() - 1) == ' ') {
        end -= c.length() + 1;
        while (end > begin && ",;: ".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
      }
      if (end - begin > c.length() + 1 && text.startsWith(c, begin) && text.charAt(begin + c.length()) == ' ') {
        begin += c.length() + 1;
      }
    }
    if (end <= begin) {
      return;
    }
    Quote first = quoteFrom(begin);
    boolean quoted = first != null && first.outer().begin() < end;
    Quote lastQuote = quoted ? quoteBefore(end - 1) : null;
    if (!reportedAct && lastQuote != null && lastQuote.closed() && !lastQuote.paragraphContinued()
        && lastQuote.outer().end() > end && lastQuote.outer().end() - end < MAX_QUOTE_OVERHANG) {
      // "said he was "humbled" and "we will not … . And I will …"": the quotation opened in the
      // clause goes on past the sentence end inside it
      end = lastQuote.outer().end();
    }
    StatementMode mode =
        reportedAct ? StatementMode.REPORTED_ACT : quoted ? StatementMode.MIXED : StatementMode.INDIRECT;
    drafts.add(new Draft(speaker, cue, begin, end, mode, cue.act(), s));
  }

  /**
   * A quotation that fills its sentence without a cue continues the statement of the speaker
   * quoted just before, in the same or the previous paragraph; without one, it is unattributed.
   */
  private void addContinuations() {
    // the drafts only grow from here on, so their sentences are counted as they come
    draftsInSentence = new int[sentenceStart.length];
    draftsCounted = 0;
    List<Draft> found = new ArrayList<>(drafts);
    found.sort((a, b) -> Integer.compare(a.contentEnd, b.contentEnd));
    java.util.BitSet covered = new java.util.BitSet(text.length());
    for (Draft d : found) {
      covered.set(d.contentBegin, d.contentEnd);
    }
    int next = 0;
    Draft previous = null;
    for (Quote q : quotes) {
      while (next < found.size() && found.get(next).contentEnd <= q.outer().begin()) {
        if (found.get(next).speaker != null) {
          previous = found.get(next);
        }
        next++;
      }
      int c = covered.nextSetBit(q.outer().begin());
      if (q.inner().isEmpty() || c >= 0 && c < q.outer().end()) {
        continue;
      }
      int first = tokenAtOrBefore(q.outer().begin());
      int s = sentenceOf[first];
      Draft before = previous;
      if (endsLikeSpeech(q)) {
        // speech nobody is found to have said breaks the chain: what follows it is not the
        // earlier speaker's
        previous = null;
      }
      Ment subject = colonSubject(q, first, s);
      if (subject != null) {
        // "Val Tilburg disagreed with these findings: "…"": a quotation introduced by a colon is
        // the subject's
        previous = addContinuation(subject, q, s, null);
        continue;
      }
      boolean goesOn = before != null && before.mode == StatementMode.DIRECT
          && paragraphOf[s] == paragraphOf[before.sentence];
      if (!fillsSentence(q, s) || q.inner().length() < 20 && !goesOn) {
        // a short quotation alone is more often a title or a slogan than speech, unless it goes on
        // from a quotation of the same paragraph: ""We will win," she said. "Always.""
        continue;
      }
      Ment narrated = before != null && before.sentence >= s - 1 ? null : personJustBefore(s);
      if (narrated != null) {
        // "Underwhelmed with her role, she left the series. "This is not what I wanted …"": the
        // person the sentence right before is about, when no one spoke in it
        previous = addContinuation(narrated, q, s, null);
      } else if (before != null && (paragraphOf[s] - paragraphOf[before.sentence] <= 1
          || paragraphOf[s] - paragraphOf[before.sentence] == 2 && narrationOnlyBetween(before.sentence, s))) {
        // ""…," the Briton said. / Another reason for him to step away is his son. / "…"": the speaker goes
        // on after a paragraph of narration in which no one speaks
        previous = addContinuation(before.speaker, q, s, before);
      } else {
        addContinuation(null, q, s, null);
      }
    }
  }

  /**
   * Whether the sentences after sentence {@code from} and before sentence {@code to}, past their own
   * paragraphs, are one paragraph of narration about one person: no quotation mark, no statement found, and a
   * pronoun of one person ("Another reason for him to step away …"; not "Not everyone is convinced.").
   */
  private boolean narrationOnlyBetween(int from, int to) {
    int paragraph = -1;
    boolean backReference = false;
    for (int s = from + 1; s < to; s++) {
      if (paragraphOf[s] == paragraphOf[from] || paragraphOf[s] == paragraphOf[to]) {
        continue;
      }
      if (paragraph >= 0 && paragraphOf[s] != paragraph || hasDraftIn(s)) {
        return false;
      }
      paragraph = paragraphOf[s];
      for (int k = sentenceStart[s]; k < sentenceEnd[s]; k++) {
        if (tok(k).kind == Token.Kind.QUOTE) {
          return false;
        }
        backReference |= PERSONAL_PRONOUNS.has(tok(k));
      }
    }
    return paragraph >= 0 && backReference;
  }

  /** Pronouns of one person: "Another reason for him to step away …". */
  private static final WordSet PERSONAL_PRONOUNS = WordSet.of("he", "He", "him", "his", "His", "she", "She", "her",
      "Her", "himself", "herself");

  /**
   * Whether the words from {@code k} to {@code last} are a name in capitals, after "the" at most, with its short
   * name in brackets at most: "the Middle East News Agency (MENA)".
   */
  private boolean capitalizedNameToEnd(int k, int last) {
    int j = k <= last && (tok(k).is("the") || tok(k).is("The")) ? k + 1 : k;
    int words = 0;
    while (j <= last && tok(j).isWord() && (tok(j).isCapitalized() || words > 0 && NAME_GLUE.has(tok(j)))) {
      words += tok(j).isCapitalized() ? 1 : 0;
      j++;
    }
    if (j + 2 <= last && tok(j).isPunct('(') && tok(j + 2).isPunct(')')) {
      j += 3;
    }
    return words >= 2 && j > last && (tok(j - 1).isCapitalized() || tok(j - 1).isPunct(')'));
  }

  /** Words inside an organisation's name: "Ministry of Health", "Bureau for Statistics". */
  private static final WordSet NAME_GLUE = WordSet.of("of", "for", "and", "on");

  /** Each speaker's object from {@code from}, told to {@code addressee}: "wrote to the council about the plan". */
  private void objectsTold(Cue cue, List<Ment> speakers, Ment addressee, int from, int s, int se) {
    int first = drafts.size();
    for (Ment speaker : speakers) {
      object(cue, speaker, from, s, se);
    }
    for (int k = first; k < drafts.size(); k++) {
      drafts.get(k).addressee = addressee;
    }
  }

  /** Words for what is told before "about": "something", "little", "more". */
  private static final WordSet TOLD_QUANTITIES = WordSet.of("something", "anything", "nothing", "everything", "little",
      "much", "more", "lot", "all");

  /**
   * The "about" or "regarding" after the ones told, who start at {@code before}, or -1: "the participants of
   * the meeting about", "members of parliament about"; only words, no verb, cue, "that" or "to" before it.
   */
  private int aboutAfterAddressee(int before, int se) {
    for (int j = before; j + 1 < se && j <= before + 7; j++) {
      Token t = tok(j);
      if ((t.is("about") || t.is("regarding")) && j > before) {
        return j;
      }
      if (!t.isWord() || cueAt[j] && j > before || FINITE_VERBS.has(t) || t.is("that") || t.is("to")
          // "told us something about the health of the oceans": what was told is the word's
          || TOLD_QUANTITIES.has(t)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether a draft was found in sentence {@code s}; for {@link #addContinuations} only. */
  private boolean hasDraftIn(int s) {
    for (; draftsCounted < drafts.size(); draftsCounted++) {
      draftsInSentence[drafts.get(draftsCounted).sentence]++;
    }
    return draftsInSentence[s] > 0;
  }

  /**
   * The person the sentence right before sentence {@code s} is about, in the same paragraph, or at
   * the end of the paragraph before when {@code s} opens its own: its subject, a named person or
   * "he" or "she", when no statement was found in it; or null.
   */
  private Ment personJustBefore(int s) {
    if (s == 0) {
      return null;
    }
    int prev = s - 1;
    int ss = sentenceStart[prev];
    boolean opensParagraph = paragraphOf[s] != paragraphOf[prev];
    if (opensParagraph && (paragraphOf[s] - paragraphOf[prev] > 1 || sentenceStart[s] != firstOfParagraph(s))) {
      return null;
    }
    if (hasDraftIn(prev)) {
      return null;
    }
    for (int k = ss; k < sentenceEnd[prev]; k++) {
      if (tok(k).kind == Token.Kind.QUOTE) {
        return null;
      }
    }
    Ment subject = subjectOf(ss, sentenceEnd[prev]);
    if (subject != null && subject.start == ss && subject.type == Ment.Type.CANDIDATE && subject.end == ss + 1) {
      // "Underwhelmed with her role, she left": a capitalised first word, then the subject after the
      // opening phrase
      int comma = ss;
      while (comma < sentenceEnd[prev] && !tok(comma).isPunct(',')) {
        comma++;
      }
      subject = comma + 1 < sentenceEnd[prev] ? subjectOf(comma + 1, sentenceEnd[prev]) : null;
    }
    if (subject == null || subject.insideQuote) {
      return null;
    }
    boolean person = subject.type == Ment.Type.PERSON
        || subject.type == Ment.Type.CANDIDATE && subject.kind == null && subject.hasName()
            && subject.nameEnd - subject.nameStart >= 2
        || subject.type == Ment.Type.PRONOUN && !subject.plural && subject.gender != Ment.Gender.UNKNOWN
        // "The coach was blunt. "We played badly."": a person described
        || subject.type == Ment.Type.DESCRIPTION && subject.kind == dev.demarche.model.ActorKind.PERSON;
    return person ? subject : null;
  }

  /** The first token of the paragraph of sentence {@code s}. */
  private int firstOfParagraph(int s) {
    int first = s;
    while (first > 0 && paragraphOf[first - 1] == paragraphOf[s]) {
      first--;
    }
    return sentenceStart[first];
  }

  /**
   * The subject of a sentence whose quotation follows a colon and runs to its end, if that
   * subject is an actor: "The study itself outlined the correlation: "…"".
   */
  private Ment colonSubject(Quote q, int open, int s) {
    int ss = sentenceStart[s];
    if (open <= ss || !tok(open - 1).isPunct(':') || q.inner().length() < 20) {
      return null;
    }
    int last = lastContentToken(sentenceEnd[s]);
    if (tok(last).end > q.outer().end() + 1 && sentenceOf[tokenAtOrBefore(q.outer().end() - 1)] == s) {
      return null;
    }
    Ment subject = startsAt[ss];
    if (!usable(subject) || subject.type == Ment.Type.ADJECTIVE || subject.end >= open - 1) {
      return null;
    }
    for (int k = subject.end; k < open - 1; k++) {
      if (tok(k).kind == Token.Kind.QUOTE) {
        return null;
      }
      if (tok(k).isWord() && tok(k).isLowerCase() && !tok(k).is("of")) {
        // a verb, or some lower-case word standing for one, follows the subject
        return subject;
      }
    }
    return null;
  }

  /** Whether a quotation ends as spoken words do: with a comma or a sentence mark inside it. */
  private boolean endsLikeSpeech(Quote q) {
    int e = q.inner().end();
    return e > q.inner().begin() && ",.!?".indexOf(text.charAt(e - 1)) >= 0;
  }

  /** Whether the quotation takes up its whole sentence, but for punctuation. */
  private boolean fillsSentence(Quote q, int s) {
    int ss = sentenceStart[s];
    int last = lastContentToken(sentenceEnd[s]);
    int open = tokenAtOrBefore(q.outer().begin());
    // "… intends to appeal; "The UK government needs …"": after a semicolon, as good as a sentence
    boolean afterSemicolon = open > ss && tok(open - 1).isPunct(';');
    return (tok(ss).begin >= q.outer().begin() - 1 || afterSemicolon) && tok(last).end <= q.outer().end() + 1;
  }
}
