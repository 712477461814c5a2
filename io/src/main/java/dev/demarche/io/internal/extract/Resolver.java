package dev.demarche.io.internal.extract;

import com.google.common.collect.ImmutableSet;
import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Role;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves mentions to actors within one article, in text order: gazetteer names to their entries
 * (a generic body to its country when the mention gives one), persons by full name or surname,
 * pronouns and definite descriptions to the nearest fitting antecedent, anonymous sources to
 * themselves. Builds the article's actors with deterministic ids, in order of first mention. One
 * instance serves one article on one thread.
 */
final class Resolver {
  /** An actor being built. */
  static final class Record {
    final String key;
    final ActorKind kind;
    String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> natives = new LinkedHashSet<>();
    CountryCode country;
    final List<Role> roles = new ArrayList<>();
    Ment.Gender gender = Ment.Gender.UNKNOWN;
    String head;
    boolean plural;
    boolean spoke;
    /** The last word of the generic body's name as last written: "ministry", "office". */
    String writtenHead;
    /** Named after "the" ("the Due Process Clause of the Constitution"): no one a pronoun stands for. */
    boolean definite;
    /** The family ties or friendships the text gives a person ("daughter"). */
    final Set<String> ties = new LinkedHashSet<>();
    /** Heads of descriptions set off beside the name ("party" in "X, the country's largest party,"). */
    final Set<String> describedAs = new LinkedHashSet<>();
    String titleRank;
    /** The ranks of every title the person was named with: "DIPLOMAT" for an ambassador. */
    final Set<String> ranks = new LinkedHashSet<>();
    String principalKey;
    /** Whether the gazetteer entry's names were added, which its first mention does for all. */
    boolean entryNamed;

    Record(String key, ActorKind kind, String name) {
      this.key = key;
      this.kind = kind;
      this.name = name;
    }
  }

  /** Names of one state's bodies that other states' bodies share: "the Senate" of the Philippines. */
  private static final Set<String> SHARED_NAMES = ImmutableSet.of("Senate", "House of Representatives", "Congress",
      "National Security Council");
  /** The last words of the titles of those who speak for others. */
  private static final Set<String> SPOKESPERSON_HEADS = ImmutableSet.of("spokesman", "spokeswoman", "spokesperson");
  /** The last words of a court's judgments; a decision is a document only after its issuer. */
  private static final Set<String> JUDGMENTS = ImmutableSet.of("ruling", "judgment", "judgement", "verdict",
      "decision");
  /**
   * Nouns that stand for anyone holding a title of some ranks: "the envoy" for an ambassador, "the lawmaker" for a
   * senator, "the official" for a deputy minister, "the leader" for a president.
   */
  private static final Map<String, Set<String>> RANK_NOUNS = Map.of(
      "diplomat", Set.of("DIPLOMAT"),
      "envoy", Set.of("DIPLOMAT"),
      "lawmaker", Set.of("LEGISLATOR"),
      "legislator", Set.of("LEGISLATOR"),
      "parliamentarian", Set.of("LEGISLATOR"),
      "official", Set.of("OFFICIAL", "DIPLOMAT", "SPOKESPERSON", "MINISTER"),
      "leader", Set.of("HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"),
      "politician", Set.of("LEGISLATOR", "PARTY", "MINISTER", "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT"));
  /** The rank of one who heads a state's diplomacy, for "the top diplomat". */
  private static final String TOP_DIPLOMAT = "TOP_DIPLOMAT";
  /** The bodies whose head is a state's top diplomat. */
  private static final Set<String> FOREIGN_AFFAIRS_BODIES =
      Set.of("body:foreign-ministry", "body:state-department", "body:mea");
  /** Words that may stand between "the" and such a noun without making another person of it: "the top diplomat". */
  private static final WordSet RANK_NOUN_MODIFIERS = WordSet.of("senior", "top", "veteran", "visiting");
  /** How far back, in tokens, such a noun looks for the person it stands for. */
  private static final int RANK_NOUN_REACH = 600;
  /** Words after such a noun that tell of another person: "the official of the ministry", "the envoy to Japan". */
  private static final WordSet RANK_NOUN_COMPLEMENTS = WordSet.of("of", "for", "to", "from", "at", "in", "with",
      "who");
  private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "their", "His", "Her", "Their");
  /** Words for the authors of a study, which name the same team. */
  private static final WordSet STUDY_AUTHORS = WordSet.of("researchers", "scientists", "authors", "co-authors",
      "team");
  /** A team's own documents: "the study", "the paper". */
  private static final WordSet STUDY_DOCUMENTS = WordSet.of("study", "paper", "research", "analysis");

  /** Common nouns for a business: "the company", "the carmaker"; the mention finder reads them before names too. */
  static final WordSet COMPANY_NOUNS = WordSet.of("company", "firm", "carmaker", "automaker", "chipmaker",
      "retailer", "airline", "carrier", "lender", "insurer", "manufacturer", "developer", "publisher", "startup",
      "conglomerate", "supplier", "refiner", "miner", "giant", "brand", "chain", "bank", "exporter", "importer",
      "shipper", "utility", "maker", "drugmaker", "planemaker", "steelmaker", "operator", "producer", "distributor",
      "provider", "builder", "brewer", "processor", "grocer", "contractor", "caterer", "trader", "meatpacker",
      "toolmaker", "truckmaker", "toymaker", "tyremaker", "tiremaker", "glassmaker", "papermaker", "shipbuilder",
      "homebuilder", "telecom", "wholesaler", "railroad", "railway", "cooperative", "co-operative", "co-op",
      "handler", "agribusiness");
  /** A size before a common noun: "10-member", "27-nation", "five-member". */
  private static final java.util.regex.Pattern SIZE =
      java.util.regex.Pattern.compile("(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+");
  /** Common nouns for a public body: "the agency", "the regulator". */
  private static final WordSet BODY_NOUNS = WordSet.of("agency", "regulator", "watchdog", "commission", "authority",
      "administration");
  /** Common nouns for any organisation: "the group", "the charity". */
  private static final WordSet GROUP_NOUNS = WordSet.of("group", "organisation", "organization", "charity", "club",
      "federation", "bloc", "alliance", "coalition", "association", "union");
  /** Nouns that stand for a body or organisation whose name has them: "the institute", "the foundation". */
  private static final WordSet NAME_NOUNS = WordSet.of("institute", "institution", "foundation", "centre", "center",
      "bureau", "university", "museum", "hospital", "observatory", "society", "academy", "mission");
  /** Nouns for groups of states: "the bloc", "the alliance". */
  private static final WordSet INTERNATIONAL_GROUP_NOUNS = WordSet.of("bloc", "alliance", "coalition");
  /** Words in the names of organisations a later "the union" may stand for: "Irish Nurses and Midwives Organisation". */
  private static final Set<String> UNION_NAME_WORDS = ImmutableSet.of("Union", "Organisation", "Organization",
      "Federation", "Association", "Congress", "Confederation");
  /** Words in the names of organisations that are a public body's: "Food and Drug Administration". */
  private static final Set<String> BODY_NAME_WORDS = ImmutableSet.of("Agency", "Administration", "Authority",
      "Commission", "Board", "Bureau", "Office", "Service", "Regulator", "Directorate", "Department", "Inspectorate");
  /** The prefix of a gazetteer entry's id that makes it a business: {@code company:toyota}. */
  static final String COMPANY_PREFIX = "company:";
  /** Words in the names of businesses among the heads of organisations' names: "Veltra Motors", "Acme Corp". */
  private static final Set<String> BUSINESS_NAME_WORDS = ImmutableSet.of("Group", "Corporation", "Company", "Bank",
      "Network", "Fund", "Trust", "Corp", "Inc", "Ltd", "LLC", "Plc", "PLC", "plc", "Limited", "Incorporated",
      // legal forms of other countries: "Rheinhold AG", "Vale SA", "Volvo AB"
      "AG", "GmbH", "KGaA", "SE", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "AB", "ASA", "Oyj", "SpA", "S.p.A.", "PJSC",
      "JSC", "Bhd", "Tbk", "Holdings", "Motors", "Airlines",
      "Airways", "Technologies", "Industries", "Pharmaceuticals", "Enterprises", "Resorts", "Entertainment",
      "Studios", "Semiconductor", "Electronics", "Telecom", "Communications", "Laboratories", "Insurance",
      "Petroleum", "Sons", "Partners", "Associates", "Brothers",
      // a bank in other languages: "Banco Meridional", "Banca Etruria", "Banque Populaire"
      "Banco", "Banca", "Banque");
  /**
   * Words in the names of organisations that are no business: the heads of organisations' names of
   * {@code words.tsv} other than a business's ("Institute", "Union", "Party" …), and a few more
   * ("Amnesty International", "Red Cross").
   */
  private static final Set<String> NOT_BUSINESS_NAME_WORDS = notBusinessNameWords();

  private static Set<String> notBusinessNameWords() {
    Set<String> words = new java.util.HashSet<>(WordClasses.bundled().get("organization-name-head").words());
    words.removeAll(BUSINESS_NAME_WORDS);
    words.addAll(List.of("International", "Nations", "Cross", "Crescent", "Amnesty"));
    return Set.copyOf(words);
  }
  private static final WordSet OFFICIAL_DOCUMENTS = WordSet.of("statement", "communique", "communiqué", "declaration",
      "readout");
  /**
   * Whether {@code head} names a document in {@code [from, to)}: "its annual report"; not "a report of shots fired"
   * nor "reports that …", which tell of news.
   */
  private boolean documentNamedBetween(String head, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < toks.length; k++) {
      if (toks[k].isLowerCase() && toks[k].text.equalsIgnoreCase(head)
          && !(k + 1 < toks.length && (toks[k + 1].is("of") || toks[k + 1].is("that")))) {
        return true;
      }
    }
    return false;
  }

  /** How far before a medium's statement a report named earlier is looked for, in tokens. */
  private static final int REPORT_REACH = 300;

  /**
   * The first token of the sentence of {@code k}, looking back at most {@code reach} tokens, so that the work stays
   * linear in the article; or where the look stopped, when no sentence ends within it.
   */
  private int sentenceStartNear(int k, int reach) {
    int from = k;
    while (from > 0 && k - from < reach && !endsSentence(toks[from - 1])) {
      from--;
    }
    return from;
  }

  /** What a medium publishes: "the report" after "The Times said …". */
  private static final WordSet MEDIA_DOCUMENTS = WordSet.of("report", "article", "story", "dispatch");
  /**
   * The one organisation, body or medium mentioned of late whose name has {@code word} as a word
   * ("Court" in "International Criminal Court", "Court of Arbitration for Sport"); null if none or several.
   */
  private String onlyRecentWithWord(String word) {
    String found = null;
    for (String key : recent) {
      Record r = records.get(key);
      if (r.kind == ActorKind.PERSON || r.kind == ActorKind.ANONYMOUS || excluded.contains(key)) {
        continue;
      }
      String name = " " + withoutCountry(r.name) + " ";
      if (name.contains(" " + word + " ") && !name.equals(" " + word + " ")) {
        if (found != null && !found.equals(key)) {
          return null;
        }
        found = key;
      }
    }
    return found;
  }

  /** A name without the country in brackets after it: "Foreign Ministry" for "Foreign Ministry (Japan)". */
  private static String withoutCountry(String name) {
    int paren = name.endsWith(")") ? name.lastIndexOf(" (") : -1;
    return paren > 0 ? name.substring(0, paren) : name;
  }

  /** {@code text} without a leading "the", "a" or "an", in any case. */
  static String withoutArticle(String text) {
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (text.regionMatches(true, 0, article, 0, article.length())) {
        return text.substring(article.length());
      }
    }
    return text;
  }
  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  private final List<Token> tokens;
  /** The tokens as an array, read without a list's indirection in the hottest loops. */
  private final Token[] toks;
  private final LexiconData gazetteer;
  private final Map<String, Record> records = new LinkedHashMap<>();
  private final List<String> order = new ArrayList<>();
  private final Set<String> used = new LinkedHashSet<>();

  Resolver(List<Token> tokens, LexiconData gazetteer, CountryCode homeCountry, CountryCode datelineCountry,
      long properHeadBit, long placeHeadBits, long properModifierBit, long maleNounBit, long femaleNounBit) {
    this.tokens = tokens;
    this.toks = tokens.toArray(new Token[0]);
    this.gazetteer = gazetteer;
    this.homeCountry = homeCountry;
    this.datelineCountry = datelineCountry;
    this.properHeadBit = properHeadBit;
    this.properModifierBit = properModifierBit;
    this.placeHeadBits = placeHeadBits;
    this.maleNounBit = maleNounBit;
    this.femaleNounBit = femaleNounBit;
  }

  /** The nouns of men and of women ("son", "daughter", "spokeswoman"), which give a name after them its gender. */
  private final long maleNounBit;
  private final long femaleNounBit;

  /** The last words of names of places and organisations: "Rose Garden", "Grant Park". */
  private final long placeHeadBits;

  /** The word class whose capitalised words are proper nouns ("Republicans"), kept as written. */
  private final long properHeadBit;
  /** Modifiers written with a capital anywhere: "European", "Asian", "Western". */
  private final long properModifierBit;

  /**
   * The country of the article's source, if known: a newspaper's unqualified "the Ministry of
   * Foreign Affairs" is its own country's.
   */
  private final CountryCode homeCountry;
  /**
   * The country of the article's dateline ("MANILA —", "TOKYO (Reuters) -"), if it has one: the
   * country of a generic body named before any state ("The foreign ministry said").
   */
  private final CountryCode datelineCountry;

  Record record(String key) {
    return records.get(key);
  }

  /** The mentions that speak, in the article being resolved. */
  private Set<Ment> speaking = Set.of();

  /**
   * Resolves every mention, in text order; speakers are marked so pronouns prefer them, except those
   * in {@code reported}, named inside what another said ("Lin said the consul had been responding …").
   */
  void resolve(List<Ment> mentions, Set<Ment> speakers, Set<Ment> reported) {
    resolve(mentions, speakers, reported, Map.of());
  }

  /**
   * As {@link #resolve(List, Set, Set)}, where {@code saidBefore} gives, for a pronoun that speaks
   * after what it said, the token range {@code [from, to)} of what it said: a person named there is
   * not the pronoun ("Valdivia had lost six ministers, he noted").
   */
  void resolve(List<Ment> mentions, Set<Ment> speakers, Set<Ment> reported, Map<Ment, int[]> saidBefore) {
    this.all = mentions;
    this.speaking = speakers;
    Ment lastSpeaker = null;
    Ment lastName = null;
    // the name before it, for a pronoun the last name cannot be: "Einav Zaugauker, whose son Matan …, she said"
    Ment nameBefore = null;
    Ment previous = null;
    sentenceFirst = null;
    boolean lastNameOpened = false;
    for (int index = 0; index < mentions.size(); index++) {
      Ment m = mentions.get(index);
      if (previous != null && previous == sentenceFirst && !previous.insideQuote && previous.hasName()
          && opensSentence(previous) && (previous.type == Ment.Type.PERSON || previous.type == Ment.Type.CANDIDATE
              && (previous.kind == null || previous.kind == ActorKind.PERSON))) {
        lastSubjectName = previous;
        lastSubjectIndex = index - 1;
      }
      if (previous == null || !sameSentence(previous, m)) {
        // the first mention of each sentence, and that of the sentence before
        previousSubject = sentenceFirst;
        sentenceFirst = m;
        sentenceFirstOutside = null;
        sentenceNo++;
      }
      if (sentenceFirstOutside == null && !m.insideQuote) {
        sentenceFirstOutside = m;
      }
      Ment before = previous;
      previous = m;
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameEnd - m.nameStart >= 2
          && m.nameEnd - m.nameStart <= 3 && !m.insideQuote && !placed(m)
          && (toks[m.nameEnd - 1].lexeme.mask & placeHeadBits) == 0
          && (startsWithGivenName(m)
              // "Mohamed Shaker and Moataz Moussa": a full name joined by "and" to a person's
              || before != null && before.type == Ment.Type.PERSON && before.hasName() && !before.insideQuote
                  && before.writtenEnd() + 1 == m.start && toks[before.writtenEnd()].is("and") && !beforeNoun(m))
          && anyByName(text(m.nameStart, m.nameEnd)) == null) {
        // "Emily Spanton, 39, …": a full name that starts with a known given name is a person,
        // an antecedent for "she" even before she speaks
        m.type = Ment.Type.PERSON;
      }
      if (m.epithet && lastName != null && lastName.actorKey == null && m.start - lastName.end < 80
          && (startsWithGivenName(lastName) || lastNameOpened)) {
        // "Giorgio Rossi was fined. The Italian told reporters …": the full name just before is a
        // person, the one the epithet stands for
        lastName.type = Ment.Type.PERSON;
        lastName.actorKey = person(lastName);
        mentioned(lastName.actorKey);
      }
      if ((m.type == Ment.Type.CANDIDATE && m.kind == null || m.type == Ment.Type.PERSON) && m.hasName()
          && m.title == null && m.titleText == null && !m.insideQuote) {
        counterpart(m, mentions, index);
      }
      int[] said = m.type == Ment.Type.PRONOUN ? saidBefore.get(m) : null;
      if (said != null) {
        excluded = new HashSet<>();
        // back from the pronoun over what it said only: the work stays linear in the article
        for (int back = index - 1; back >= 0 && mentions.get(back).start >= said[0]; back--) {
          Ment o = mentions.get(back);
          if (o.start < said[1] && o.actorKey != null && o.hasName() && !o.insideQuote
              && (o.type == Ment.Type.PERSON || o.type == Ment.Type.CANDIDATE || o.type == Ment.Type.NAMED)
              // a name that is a subject, not one that qualifies a noun: "The Peters family had farmed
              // the land", "had ignored Park's objections"
              && o.end < toks.length && !MentionFinder.isPossessive(toks[o.end])
              && !(toks[o.end].isWord() && toks[o.end].isLowerCase() && toks[o.end].lexeme.cue == null
                  && !FINITE_AFTER_NAME.has(toks[o.end]) && !toks[o.end].text.endsWith("ed")
                  && !SUBJECT_VERBS.has(toks[o.end]))) {
            excluded.add(o.actorKey);
          }
        }
      }
      String key = resolve(m, lastSpeaker);
      excluded = Set.of();
      if (key != null && (m.type == Ment.Type.NAMED || m.type == Ment.Type.ADJECTIVE)
          && records.get(key).kind == ActorKind.STATE
          // but "called off a visit to Tokyo": a place someone goes to or comes from names no state acting
          && !(m.type == Ment.Type.NAMED && goneTo(m))
          // nor a dateline's place, "Kyiv (AFP) —", which says where the story was filed
          && m.start >= datelineTokens()) {
        // "Iran seized a British-flagged tanker": both states count
        namedStates.add(key);
        if (firstState == null) {
          firstState = key;
        }
      }
      if (key != null && records.get(key).kind == ActorKind.STATE && namesGovernment(m)) {
        // "the Samoan government", "the government of Samoa": "the government" after it
        lastGovernment = key;
      }
      if (key == null && m.type == Ment.Type.PRONOUN && !m.plural && !"it".equals(m.head)) {
        // "John Rhys-Davies broke news when he revealed …": a full name not known as anyone yet,
        // just before the pronoun, is a person; past a name the pronoun cannot be
        Ment name = unknownNameFor(m, lastName) ? lastName
            : lastName != null && unknownNameFor(m, nameBefore) && nameBefore.nameEnd - nameBefore.nameStart >= 2
                ? nameBefore : null;
        if (name != null) {
          name.type = Ment.Type.PERSON;
          key = person(name);
          name.actorKey = key;
          mentioned(key);
        }
      }
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && !m.insideQuote && !placed(m)
          // nor a place by its last word after a word of its phrase: "in Tel Aviv's so-called Hostages Square"; but
          // "Lauryn Hill cancelled" is a woman
          && ((toks[m.nameEnd - 1].lexeme.mask & placeHeadBits) == 0 || startsWithGivenName(m) || m.start == 0
              || !(toks[m.start - 1].isLowerCase() && toks[m.start - 1].isWord()
                  || MentionFinder.isPossessive(toks[m.start - 1])))
          && (m.nameEnd - m.nameStart >= 2 || m.start > 0 && toks[m.start - 1].isWord() && !topicModifier(m))) {
        // a full name, or a single name inside a sentence ("Wikinews asked Kokesh about his plans.
        // He replied"), not a capitalised first word
        nameBefore = lastName;
        lastName = m;
        // a name that opens its sentence is its subject, a person more often than a place that
        // something reached
        lastNameOpened = m == sentenceFirst;
      }
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.end + 1 < toks.length
          && toks[m.end].isPunct(',') && toks[m.end + 1].is("which")) {
        // "Lumo, which is headquartered in Amsterdam": a thing, not a person, wherever it is named
        namedWithWhich.add(text(m.nameStart, m.nameEnd));
      }
      if (key == null && m.type == Ment.Type.CANDIDATE && m.kind == null && speakers.contains(m)) {
        // an unknown name that speaks: a person, or an organisation if written as an acronym or once
        // described with "which"
        String name = text(m.nameStart, m.nameEnd);
        boolean withOrganization = lastOrganization != null && m.nameEnd - m.nameStart == 1
            && joined(lastOrganization.writtenEnd(), m.start);
        if (name.length() >= 2 && name.equals(name.toUpperCase(Locale.ROOT)) || withOrganization
            || namedWithWhich.contains(name)) {
          // "Toyota and Honda agreed": a name joined to a company's is another company's
          m.kind = ActorKind.ORGANIZATION;
          key = organization(m, true);
        } else {
          m.type = Ment.Type.PERSON;
          key = person(m);
        }
      }
      m.actorKey = key;
      String ownerOfCounterpart = counterpartOwner.get(m);
      if (key != null && ownerOfCounterpart != null && records.get(key).kind == ActorKind.PERSON) {
        counterpartOf.put(key, ownerOfCounterpart);
      }
      groups(m, key);
      if (key == null && m.type == Ment.Type.CANDIDATE && m.hasName()
          // but "a recall of Vega S9 smartphones": a product's name before a common noun is no
          // organisation that a later "the company" may be
          && !(m.end < tokens.size() && toks[m.end].isLowerCase() && toks[m.end].isWord()
              && m.start > 0 && (toks[m.start - 1].isLowerCase() && !toks[m.start - 1].is("the")
                  || toks[m.start - 1].kind == Token.Kind.NUMBER))
          // nor a sentence's first word before a noun that is no name anywhere else: "Net income rose …";
          // but "Hasbro hosted a panel" may be the company
          && !(m.nameEnd - m.nameStart == 1 && opensSentence(m) && m.end < toks.length
              && toks[m.end].isWord() && toks[m.end].isLowerCase() && !toks[m.end].text.endsWith("ed")
              // "Adjusted earnings fell": a participle before its noun, though the noun ends in "s"
              && (!toks[m.end].text.endsWith("s") || isParticiple(toks[m.nameStart].text))
              && !FINITE_AFTER_NAME.has(toks[m.end])
              && !capitalisedInsideSentence(toks[m.nameStart].text, m.start))
          // nor a name owned by the one before it, "the company's Weibo account", nor a product's with
          // its number, "Aurora 7 SUVs"
          && !(m.start > 0 && (MentionFinder.isPossessive(toks[m.start - 1]) && !possessorOpensSentence(m.start - 1)
              || isModelNumber(toks[m.start - 1])))
          // nor a common noun that opens a sentence: "Salt can eat …" where the article says "road salt"
          && !(m.nameEnd - m.nameStart == 1 && opensSentence(m) && writtenLowerCase(toks[m.nameStart].text))
          // nor the first word of a compound modifier: "Hong Kong-listed shares"
          && !(m.end < toks.length && compoundAfterHyphen(toks[m.end].text))
          // nor a place: "close plants in Zwickau and Salzgitter"
          && !afterPlacePreposition(m.start)
          && !(m.end < toks.length && isModelNumber(toks[m.end]))) {
        lastUnresolvedName = m.start;
        lastUnresolved = m;
      }
      if (key != null) {
        if (m.trade) {
          byTrade.add(key);
        }
        if (m.type != Ment.Type.PRONOUN) {
          firstMention.putIfAbsent(key, m.start);
          lastMention.put(key, m.start);
          lastMentionEnd.put(key, m.end);
          if (m.head != null && m.country != null) {
            countryOfHead.put(m.end - 1, m.country);
          }
        } else if ("it".equals(m.head) && !m.insideQuote) {
          lastIt = m;
        }
        // "Mexico's foreign secretary, Luisa Fernanda Cantú, met …": the name beside the subject is
        // the subject too
        subjects.put(key, m == sentenceFirst || sentenceFirst != null && sentenceFirst.appositive == m);
        if (m == sentenceFirst && m.type == Ment.Type.ANONYMOUS && m.titleOrg != null) {
          // "Netflix subscribers rose …, the company said": the business a subject's group is told of by
          // is what the sentence is about, which "the company" may stand for
          String org = organization(m);
          if (org != null) {
            subjects.put(org, true);
            firstMention.putIfAbsent(org, m.start);
            lastMention.put(org, m.start);
          }
        }
      }
      if ((!m.insideQuote || speakers.contains(m)) && !addressedInterviewer(m)) {
        // a name inside a quotation is no antecedent for the pronouns of the narrative, nor the
        // one spoken to in "Speaking to Martin Smith of PBS, he said"
        mentioned(key);
      }
      if (lead != null && m == sentenceFirstOutside && sentenceNo == leadSentence + 1) {
        // "The former finance director of Brightwell Power told a London jury … Nigel Ashworth, 54, is on
        // trial": a person described in the lead and named in full, for the first time, as the subject
        // that opens the next sentence; or as the one who speaks first after a quotation that opens it
        // ("The chief executive of Borealis Air apologised … "…," Nathalie Desrochers said")
        Record named = key == null ? null : records.get(key);
        if (named != null && named.kind == ActorKind.PERSON && m.hasName() && m.nameEnd - m.nameStart >= 2
            && firstMention.getOrDefault(key, -1) == m.start && compatible(named.gender, lead.gender)
            // introduced with an age or an apposition, and no title of another office
            && m.title == null && m.start == m.nameStart && m.end < toks.length
            && (m == sentenceFirst && toks[m.end].isPunct(',')
                || speakers.contains(m) && m.start > 0 && toks[m.start - 1].kind == Token.Kind.QUOTE
                // "…, a Chinese Foreign Ministry spokesman told a regular press briefing Thursday. Hong Lei
                // was commenting on …": a spokesperson described, then named by the wire's words for the one
                // who spoke ("was commenting", "was responding", "made the remarks"); not "Joe Biden said"
                || m == sentenceFirst && speakers.contains(m) && isSpokespersonLead(lead)
                    && namedAsTheOneWhoSpoke(m))) {
          lead.actorKey = key;
          if (isSpokespersonLead(lead)) {
            // whom "the spokesman" stands for after it, and whom the spokesman speaks for
            named.describedAs.add(lead.head);
            String body = organization(lead);
            if (named.principalKey == null && body != null) {
              named.principalKey = body;
            }
            if (named.country == null) {
              named.country = lead.country != null ? lead.country
                  : lead.titleOrg != null ? lead.titleOrg.country().orElse(null) : null;
            }
          } else if (stateOwned(lead)) {
            // "France's foreign minister called … "…," Jean-Marc Ayrault said": the state's title is the
            // person's
            if (named.country == null) {
              named.country = lead.country;
            }
            if (named.roles.isEmpty()) {
              named.roles.add(Role.builder().title(lead.titleText).build());
            }
          }
        }
        lead = null;
      } else if (lead != null && sentenceNo > leadSentence + 1) {
        lead = null;
      }
      if (key != null && speakers.contains(m) && !m.insideQuote && m.type == Ment.Type.DESCRIPTION
          && m.kind == ActorKind.PERSON && !m.plural && records.get(key).kind == ActorKind.ANONYMOUS
          && (m.possessor == null && (isDefinite(m) || isSpokespersonLead(m)) || stateOwned(m))
          && firstSentence(m) && !leadSeen) {
        // a definite description only: "A coroner has said …" introduces someone the story may name later;
        // "France's foreign minister called …" is as definite
        lead = m;
        leadSentence = sentenceNo;
      }
      if (titledLead != null && sentenceNo > titledLeadSentence + 1) {
        titledLead = null;
      }
      if (titledLead != null && sentenceNo == titledLeadSentence + 1 && key != null && speakers.contains(m)
          && !m.insideQuote && m.titleText != null && m.hasName() && records.get(key).kind == ActorKind.PERSON
          && firstMention.getOrDefault(key, -1) == m.start && compatible(records.get(key).gender, titledLead.gender)
          && describesTitle(titledLead, m.titleText) && !formerTitle(m)
          // the title alone before the name: not "Deputy Health Minister", "Union Health Minister"
          && m.nameStart > m.start && text(m.start, m.nameStart).equalsIgnoreCase(m.titleText)
          // of the same state: not "Japan's foreign minister said … South Korean Foreign Minister Cho said"
          && (records.get(key).country == null || titledLead.actorKey == null
              || records.get(titledLead.actorKey).country == null
              || records.get(key).country.equals(records.get(titledLead.actorKey).country))) {
        // "Kerala has recorded two new cases, the state's health minister said. … Health Minister Leela
        // Menon said": the lead's description is the title of the person who speaks, named, next
        Record described = titledLead.actorKey == null ? null : records.get(titledLead.actorKey);
        if (described != null && records.get(key).country == null) {
          records.get(key).country = described.country;
        }
        titledLead.actorKey = key;
        titledLead = null;
      }
      if (key != null && speakers.contains(m) && !m.insideQuote && m.type == Ment.Type.DESCRIPTION
          && m.kind == ActorKind.PERSON && !m.plural && records.get(key).kind == ActorKind.ANONYMOUS
          && descriptionWordsStart(m) > m.start && firstSentence(m) && !leadSeen) {
        titledLead = m;
        titledLeadSentence = sentenceNo;
      }
      if (firstSentence(m)) {
        leadSeen |= key != null && speakers.contains(m) && m.type != Ment.Type.DESCRIPTION;
      }
      if (key != null && speakers.contains(m) && !m.insideQuote) {
        // a speaker quoted inside another's quotation does not take the pronouns after it, nor does
        // one named inside what another said
        if (!reported.contains(m)) {
          lastSpeaker = m;
        }
        records.get(key).spoke = true;
      }
    }
    resolveForward(mentions);
    resolveCataphora(mentions);
    for (Ment m : mentions) {
      if (m.actorKey == null && (m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION)
          && m.appositive != null && m.appositive.start > m.end
          && m.appositive.actorKey != null) {
        // "one man, who gave his name only as Steven, said": the name, resolved after the description
        m.actorKey = m.appositive.actorKey;
      }
      if (m.ledBy != null && m.actorKey != null && records.get(m.actorKey).kind == ActorKind.STATE) {
        String holder = holder(records.get(m.actorKey).country, m.ledBy);
        if (holder != null) {
          // "the leaders of Samoa and New Zealand said" after Samoa's prime minister was named: she speaks
          m.distributed = List.of(holder);
        }
      }
    }
  }

  /** Plural titles whose holders no text names: "the governments of", "the delegations of". */
  private static final Set<String> NO_HOLDERS = ImmutableSet.of("governments", "delegations", "federations",
      "parliaments", "representatives");

  /**
   * The only person of state {@code country} named in the article who holds the plural {@code title} ("foreign
   * ministers", "presidents"), or who leads the state or its government for "leaders" and "heads"; else null.
   */
  private String holder(CountryCode country, String title) {
    String[] words = title.split(" ");
    String last = words[words.length - 1];
    if (country == null || NO_HOLDERS.contains(last) || !last.endsWith("s")) {
      return null;
    }
    boolean leads = last.equals("leaders") || last.equals("heads");
    words[words.length - 1] = last.substring(0, last.length() - 1);
    String found = null;
    for (Record r : records.values()) {
      if (r.kind != ActorKind.PERSON || !country.equals(r.country) || pastHolders.contains(r.key)) {
        continue;
      }
      boolean holds = leads ? "HEAD_OF_STATE".equals(r.titleRank) || "HEAD_OF_GOVERNMENT".equals(r.titleRank)
          : r.roles.stream().anyMatch(x -> Arrays.asList(x.title().toLowerCase(Locale.ROOT).split(" "))
              .containsAll(Arrays.asList(words)));
      if (holds) {
        if (found != null) {
          return null;
        }
        found = r.key;
      }
    }
    return found;
  }

  /**
   * Persons or businesses named together ("Antoine Quirin and Nicolas Redouane", "Kanto Motors and Seiwa
   * Automobile"), whom a plural mention may stand for.
   */
  private static final class Group {
    final List<String> keys = new ArrayList<>();
    /** The token after the last person named. */
    int end;
    /** Where the group or a mention standing for it was last mentioned. */
    int lastAt;
    /** The kind of its actors: persons, or organisations. */
    ActorKind kind = ActorKind.PERSON;
  }

  /** The persons or businesses named together last, or null. */
  private Group group;
  /** The last person mention, which the next may join in a group. */
  private Ment lastPerson;
  /** The plural descriptions that name a group's persons: "officers" of "officers Antoine Quirin and Nicolas Redouane". */
  private final Map<String, Group> groupOf = new java.util.HashMap<>();
  /** The last organisation named, which the next may join in a group. */
  private Ment lastOrganization;
  /** The mention just before {@link #lastPerson}: a description that may name the group. */
  private Ment beforeLastPerson;
  /** The mention looked at last. */
  private Ment lastSeen;
  /** Where the last of two states named together stands, or -1. */
  private int lastStatePair = -1;
  /** The two states named together last, or null. */
  private List<String> statePair;
  /**
   * The states named together last as a subject or after "between", which plural mentions after may stand for:
   * "Egypt, Sudan and Ethiopia".
   */
  private List<String> stateList;
  /** The token after the last state of {@link #stateList}. */
  private int stateListEnd = -1;
  /** Whether {@link #stateList} opened its sentence, as the subject of what followed. */
  private boolean stateListSubject;
  /** Where {@link #stateList}, or a mention standing for it, was last mentioned. */
  private int stateListAt = -1;
  /**
   * The mentions of the last two persons named outside quotations, the later last, null where none: persons
   * resolved, or full names no list knows, which are persons once "the two" stands for them.
   */
  private final Ment[] lastPersons = new Ment[2];
  /** The last two persons named with a word of meeting between them, in one sentence; or null. */
  private Ment[] metPair;
  /** The person named before those of {@link #lastPersons}, or null. */
  private Ment thirdPerson;

  /**
   * Notes persons, businesses and states named together, and gives a plural mention that stands for
   * them each of them (its statements are then made once for each): "officers Antoine Quirin and
   * Nicolas Redouane … They said", "Tom Hale and Ana Ruiz … Both researchers said", "Kanto Motors and
   * Seiwa Automobile … the companies said", "India and Pakistan … The two said". A mention stands for
   * the group when it resolves to a description named with it; when it is "they" at most a sentence
   * after the group, with no other plural source mentioned since and none in the group's own sentence;
   * when it is "the couple" or "the pair" of two persons, "both" or "the two" of a plural noun for
   * persons or businesses, or "the two" alone for the two named together last.
   */
  private void groups(Ment m, String key) {
    Ment before = lastSeen;
    lastSeen = m;
    if (m.insideQuote) {
      return;
    }
    Record r = key == null ? null : records.get(key);
    if (r != null && r.kind == ActorKind.STATE && m.type == Ment.Type.NAMED && before != null
        && before.actorKey != null && records.get(before.actorKey).kind == ActorKind.STATE
        && joined(before.writtenEnd(), m.start)) {
      // "India and Pakistan": states named together, whom "the two" may stand for instead
      lastStatePair = m.start;
      statePair = List.of(before.actorKey, key);
    }
    if (r != null && r.kind == ActorKind.STATE && m.type == Ment.Type.NAMED && !m.plural) {
      listStates(m, key, before);
    }
    // "The sides agreed …", "both sides said": those who met, however many when it is "the sides" alone
    boolean sides = m.type == Ment.Type.ANONYMOUS && !m.insideQuote && SIDES.has(toks[m.end - 1])
        && (m.distributive && m.distributiveCount == 2 || m.end - m.start == 2 && bare(m));
    if ("two".equals(m.head) && m.distributive || sides) {
      // "The two said …": the last two persons, businesses or states named together, not long before;
      // else no one
      boolean any = sides && !m.distributive;
      // "the parties" of a meeting ("Kang and Kono met …"), not those of an election
      boolean parties = sides && toks[m.end - 1].is("parties");
      boolean groupFits = group != null && (any ? group.keys.size() >= 2 : group.keys.size() == 2)
          && sentencesBetween(group.lastAt, m.start) <= 2
          && (!parties || meetingIn(group.end - 1));
      boolean pairFits = sides
          ? stateList != null && sentencesBetween(stateListAt, m.start) <= 2 && listMet(parties)
              && (any || stateList.size() == 2)
          : statePair != null && sentencesBetween(lastStatePair, m.start) <= 2;
      int pairAt = sides ? stateListAt : lastStatePair;
      if (sides && pairFits && stateListSubject) {
        // "Russia and Ukraine agreed to release journalists Sushchenko and Vyshinsky. Both sides …": the states the
        // sentence is about, not those named in its object
        groupFits = groupFits && sentencesBetween(stateListAt, group.lastAt) > 0;
      }
      // "Wang Yi met his Russian counterpart Sergei Lavrov. The two agreed …": the last two persons named,
      // in the sentence before, when no group or pair was named since
      boolean personsFit = lastPersons[0] != null
          // both in the sentence before, the only persons named there: not "Spokesman Ned Price said the two …",
          // nor "Blinken told Lavrov that Biden was ready to meet Putin. The two …"
          && sentencesBetween(lastPersons[0].start, m.start) == 1
          && sentencesBetween(lastPersons[1].start, m.start) == 1
          && !(thirdPerson != null && sentencesBetween(thirdPerson.start, m.start) == 1)
          && !according(lastPersons[0]) && !according(lastPersons[1])
          && (!groupFits || lastPersons[0].start > group.lastAt)
          && (!pairFits || lastPersons[0].start > pairAt)
          && !(sides && pairFits && stateListSubject && sentencesBetween(stateListAt, lastPersons[0].start) == 0)
          // the sides: two who met ("Wang Yi met Sergei Lavrov"), not a judge and the one she sentenced; or two
          // named together, when not "the parties" ("Thune and Schumer blamed each other")
          && (!sides || meetingWithin(lastPersons[0].end, lastPersons[1].start)
              || !parties && lastPersons[0].writtenEnd() < toks.length && toks[lastPersons[0].writtenEnd()].is("and"));
      if (personsFit) {
        List<String> two = new ArrayList<>(2);
        for (Ment p : lastPersons) {
          if (p.actorKey == null) {
            p.type = Ment.Type.PERSON;
            p.actorKey = person(p);
            mentioned(p.actorKey);
          }
          two.add(p.actorKey);
        }
        m.distributed = List.copyOf(two);
      } else if (groupFits && (!pairFits || group.lastAt > pairAt)) {
        m.distributed = List.copyOf(group.keys);
        group.lastAt = m.start;
      } else if (pairFits) {
        m.distributed = sides ? List.copyOf(stateList) : statePair;
        if (sides) {
          stateListAt = m.start;
          if (key != null) {
            stateListNames.add(key);
          }
        }
      }
      return;
    }
    if ((r != null && r.kind == ActorKind.PERSON && m.type != Ment.Type.PRONOUN
            || key == null && m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName()
                && m.nameEnd - m.nameStart >= 2 && m.nameEnd - m.nameStart <= 3 && !placed(m) && !beforeNoun(m))
        && !m.plural) {
      if (lastPersons[1] != null && key != null && key.equals(lastPersons[1].actorKey)) {
        // "Defence Secretary Delfin Lorenzana said … Lorenzana and Lloyd Austin held a call": the same person,
        // now named here
        lastPersons[1] = m;
      } else {
        if (lastPersons[0] != null && key != null && key.equals(lastPersons[0].actorKey)) {
          // "Vucic met Kurti. Vucic said …": the two, in the order last named
          lastPersons[0] = lastPersons[1];
        } else {
          thirdPerson = lastPersons[0];
          lastPersons[0] = lastPersons[1];
        }
        lastPersons[1] = m;
        if (lastPersons[0] != null && lastPersons[0].actorKey != null && key != null
            && sentencesBetween(lastPersons[0].start, m.start) == 0 && (meetingWithin(lastPersons[0].end, m.start)
                // "Vucic and Kurti met in Brussels", "Lorenzana and his counterpart Lloyd Austin held a phone call"
                || toks[lastPersons[0].writtenEnd()].is("and")
                    && meetingWithin(m.writtenEnd(), Math.min(m.writtenEnd() + 5, sentenceAround(m.start)[1])))) {
          // "Vucic met Kurti in Brussels": two who met, whom a "they" after them may stand for
          metPair = new Ment[] {lastPersons[0], m};
        }
      }
    }
    if (r != null && r.kind == ActorKind.PERSON && m.type != Ment.Type.PRONOUN && !m.plural) {
      String sharing = sharesSurname(m, key, before);
      if (sharing != null) {
        // "Cherie and Sean O'Donnell": two persons, the first named by her given name alone
        group = new Group();
        group.keys.add(sharing);
        group.keys.add(key);
        group.end = m.writtenEnd();
        group.lastAt = m.start;
        lastPerson = m;
        beforeLastPerson = before;
        return;
      }
      join(m, key, lastPerson, ActorKind.PERSON);
      lastPerson = m;
      beforeLastPerson = before;
      return;
    }
    if (r != null && r.kind == ActorKind.ORGANIZATION && !m.plural && (m.hasName() || m.type == Ment.Type.NAMED)) {
      // "Kanto Motors and Seiwa Automobile … the companies said"
      join(m, key, lastOrganization, ActorKind.ORGANIZATION);
      lastOrganization = m;
      return;
    }
    if (m.plural && m.distributed != null && m.type != Ment.Type.PRONOUN && m.distributed.size() >= 2
        && m.distributed.stream().allMatch(k -> records.get(k).kind == ActorKind.PERSON)) {
      // "the two leaders" shared out to the last persons named: a group, which a "they" after it
      // stands for too
      if (group == null || !group.keys.equals(m.distributed)) {
        group = new Group();
        group.keys.addAll(m.distributed);
      }
      if (key != null && !"two".equals(m.head)) {
        // "the two leaders … the leaders said": the description names the group; but "the two" alone
        // may name any two
        groupOf.put(key, group);
      }
      group.end = m.end;
      group.lastAt = m.start;
      return;
    }
    if (m.plural && m.distributed == null && m.type == Ment.Type.ANONYMOUS && m.head != null && isDefinite(m)
        && m.possessor == null && !m.insideQuote && lastPersons[0] != null
        && (group == null || group.lastAt < lastPersons[0].start) && lastTwoHold(m)) {
      // "Kishida met Chinese President Xi Jinping in Lima, and the leaders agreed …": the two persons who
      // met, when both hold the title; a group from then on
      group = new Group();
      group.keys.add(lastPersons[0].actorKey);
      group.keys.add(lastPersons[1].actorKey);
      group.end = m.end;
      group.lastAt = m.start;
      m.distributed = List.copyOf(group.keys);
      if (key != null) {
        groupOf.put(key, group);
      }
      return;
    }
    if (m.plural && m.distributed == null && objectList != null && objectListAt > stateListAt
        && (group == null || group.lastAt < objectListAt) && sentencesBetween(stateListAt, m.start) > 2
        && m.type == Ment.Type.ANONYMOUS && m.possessor == null && STATE_GROUPS.has(toks[m.end - 1]) && bare(m)
        && sentencesBetween(objectListAt, m.start) <= 1 && !otherPluralSince(objectListAt, key)
        && (m.end - m.start == 2 || MentionFinder.countOf(toks[m.start + 1]) == objectList.size())) {
      // "Washington imposed tariffs on Canada and Mexico. The countries said …": the states named in passing,
      // when no list of states was a subject lately
      m.distributed = List.copyOf(objectList);
      return;
    }
    if (m.plural && m.distributed == null && stateList != null && (group == null || group.lastAt < stateListAt)
        && standsForStates(m, key)) {
      // "India and China held talks. They agreed …", "the three countries said"
      m.distributed = List.copyOf(stateList);
      stateListAt = m.start;
      if (key != null) {
        stateListNames.add(key);
      }
      return;
    }
    if (m.type == Ment.Type.PRONOUN && m.plural && m.distributed == null && metPair != null
        && toks[m.start].text.equalsIgnoreCase("they") && sentencesBetween(metPair[0].start, m.start) <= 1
        && (group == null || group.lastAt < metPair[0].start) && (stateList == null || stateListAt < metPair[0].start)
        && !otherPluralSince(metPair[1].start, key)
        // the first actor of its sentence, or the first after a person's: not "Lavrov said the Americans had not
        // responded and they …"
        && (before == null || sentencesBetween(before.start, m.start) > 0
            || before.actorKey != null && records.get(before.actorKey).kind == ActorKind.PERSON)) {
      // "Vucic met Kurti in Brussels. Borrell said they agreed …": the two who met, a group from then on
      group = new Group();
      group.keys.add(metPair[0].actorKey);
      group.keys.add(metPair[1].actorKey);
      group.end = m.end;
      group.lastAt = m.start;
      m.distributed = List.copyOf(group.keys);
      return;
    }
    if (group == null || !m.plural || m.start < group.end) {
      return;
    }
    boolean stands = names(key, group);
    if (!stands && m.type == Ment.Type.PRONOUN) {
      // but "Police arrested Derek Noonan and Fred Alcott. They said …", "Lawyers for A and B asked …
      // They said …": a plural source of the group's own sentence is who "they" is
      Integer at = key == null ? null : lastMention.get(key);
      // the source as the sentence's subject: not "… that it sent Russian soldiers into Ukraine, so it was not
      // clear how Alexandrov and Yerofeyev would be treated. … they had accused Moscow"
      boolean ownSentence = at != null && records.get(key).plural && sentencesBetween(at, group.lastAt) == 0
          && subjects.getOrDefault(key, true);
      stands = sentencesBetween(group.lastAt, m.start) <= 1 && !otherPluralSince(group) && !ownSentence;
    }
    if (group.kind == ActorKind.ORGANIZATION) {
      if (!stands && m.type == Ment.Type.ANONYMOUS && m.head != null && BUSINESSES.contains(m.head)
          && (isDefinite(m) || bothOrTwo(m)) && sentencesBetween(group.lastAt, m.start) <= 2) {
        // "the companies said", "both firms"
        stands = true;
      }
      if (stands) {
        m.distributed = List.copyOf(group.keys);
        group.lastAt = m.start;
      }
      return;
    }
    if (!stands && m.type == Ment.Type.ANONYMOUS && m.head != null && group.keys.size() == 2
        && MentionFinder.PAIRS.contains(m.head)) {
      // "the couple", "the pair"
      stands = true;
    }
    if (!stands && m.type == Ment.Type.ANONYMOUS && m.head != null && !NOT_PERSONS.contains(m.head)
        && bothOrTwo(m) && group.keys.size() == 2
        && !otherPluralSince(group)) {
      stands = true;
    }
    if (!stands && m.type == Ment.Type.ANONYMOUS && m.head != null && isDefinite(m) && m.possessor == null
        && allHold(group, m.head, modifiers(m))
        && (sentencesBetween(group.lastAt, m.start) <= 2 && !otherPluralSince(group)
            || noOtherHolder(group, m.head) && !sameHeadSince(group, m.head))) {
      // "Kishida and Yun met in Seoul. The ministers reaffirmed …": the title every one of them holds;
      // further on too, when no one else named since holds it
      stands = true;
    }
    if (stands) {
      m.distributed = List.copyOf(group.keys);
      group.lastAt = m.start;
      if (key != null && m.type == Ment.Type.ANONYMOUS) {
        // "The foreign ministers agreed … They also condemned …": the description names the group
        groupOf.put(key, group);
      }
    }
  }

  /**
   * Whether the last two persons named, resolved, both in the sentence of {@code m} or the one before and no
   * third person with them, both hold the plural title of {@code m}: "the leaders", "the ministers".
   */
  private boolean lastTwoHold(Ment m) {
    Ment first = lastPersons[0];
    Ment second = lastPersons[1];
    if (first.actorKey == null || second == null || second.actorKey == null || first.actorKey.equals(second.actorKey)
        || sentencesBetween(first.start, m.start) > 1
        || thirdPerson != null && sentencesBetween(thirdPerson.start, m.start) <= 1
        || according(first) || according(second)) {
      return false;
    }
    Group two = new Group();
    two.keys.add(first.actorKey);
    two.keys.add(second.actorKey);
    return allHold(two, m.head, modifiers(m));
  }

  /**
   * Notes the states named together in a list that {@code m}, of state {@code key}, goes on or begins
   * ("India and China", "China and the United States", "Egypt, Sudan and Ethiopia"): the list whose subject
   * opens its sentence, or that follows "between", is the one later plural mentions may stand for; a list
   * named in passing ("host talks between …" aside) leaves the one before it.
   */
  private void listStates(Ment m, String key, Ment before) {
    if (building != null && buildingEnd >= 0 && statesJoined(buildingEnd, m.start) && !building.contains(key)) {
      building.add(key);
      buildingEnd = m.writtenEnd();
    } else if (before != null && before.actorKey != null && !before.actorKey.equals(key)
        && records.get(before.actorKey).kind == ActorKind.STATE && statesJoined(before.writtenEnd(), m.start)) {
      building = new ArrayList<>();
      building.add(before.actorKey);
      building.add(key);
      buildingEnd = m.writtenEnd();
      buildingSubject = before == sentenceFirst || before == sentenceFirstOutside;
      buildingBetween = before.start > 0 && toks[before.start - 1].is("between")
          || before.start > 1 && toks[before.start - 2].is("between") && toks[before.start - 1].is("the");
    } else {
      return;
    }
    // "Switzerland and Austria offered to host talks between Armenia and Azerbaijan": the subject's list stays
    boolean subjectBefore = stateList != building && stateListSubject && stateListAt >= 0
        && sentencesBetween(stateListAt, m.start) == 0;
    if (buildingSubject || buildingBetween && !subjectBefore) {
      stateList = building;
      stateListEnd = buildingEnd;
      stateListSubject = buildingSubject;
      stateListBetween = buildingBetween;
      stateListAt = m.start;
      stateListNames.clear();
    } else {
      objectList = building;
      objectListAt = m.start;
    }
  }

  /** The states named together last in passing, not as a subject: "imposed tariffs on Canada and Mexico". */
  private List<String> objectList;
  private int objectListAt = -1;

  /** Whether a state named at {@code start} goes on a list ending at {@code end}: "and" or a comma, "the" perhaps. */
  private boolean statesJoined(int end, int start) {
    if (start > end && toks[start - 1].is("the") && start - 1 > end) {
      start--;
    }
    return joined(end, start);
  }

  /** A list of states being named, not yet known to be a subject or after "between"; null when none. */
  private List<String> building;
  private int buildingEnd = -1;
  private boolean buildingSubject;
  private boolean buildingBetween;
  /** Whether {@link #stateList} followed "between": "talks between India and China". */
  private boolean stateListBetween;
  /** The descriptions that stood for {@link #stateList}: "the countries", whom a "they" after them stands for too. */
  private final Set<String> stateListNames = new java.util.HashSet<>();

  /** Words of a meeting between those named: "India and China held talks", "Wang Yi met Sergei Lavrov". */
  private static final WordSet MEETING = WordSet.of("met", "meet", "meets", "meeting", "talks", "talked",
      "negotiations", "negotiated", "summit", "discussed", "discussions", "dialogue", "hosted", "received",
      "visited", "phoned", "spoke", "consultations", "agreed", "signed", "agreement", "conversation", "phone",
      "telephone");
  /** Words that make those named the go-betweens of a meeting, not its sides: "mediated talks between …". */
  private static final WordSet GO_BETWEEN = WordSet.of("between", "mediated", "mediate", "mediating", "brokered",
      "hosted", "host", "hosting");

  /** Whether a word of a meeting stands in {@code [from, to)}. */
  private boolean meetingWithin(int from, int to) {
    for (int k = Math.max(0, from); k < to && k < toks.length; k++) {
      if (MEETING.has(toks[k])) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of a meeting stands in the sentence of token {@code k}. */
  private boolean meetingIn(int k) {
    int[] sentence = sentenceAround(k);
    return meetingWithin(sentence[0], sentence[1]);
  }

  /** The sentence of token {@code k}, as the token range {@code [start, end)} of its words. */
  private int[] sentenceAround(int k) {
    int from = k;
    while (from > 0 && !(toks[from - 1].isPunct('.') || toks[from - 1].isPunct('!') || toks[from - 1].isPunct('?'))) {
      from--;
    }
    int to = k;
    while (to < toks.length && !(toks[to].isPunct('.') || toks[to].isPunct('!') || toks[to].isPunct('?'))) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * Whether the states of {@link #stateList} are the sides of something: named after "between" ("talks between
   * India and China"), or as the subject of a sentence that names no go-betweens ("Cambodia and Thailand exchanged
   * fire"; not "Egypt and Qatar mediated talks between Israel and Hamas"), of a meeting if it must be ({@code
   * meeting}: "India and China held talks").
   */
  private boolean listMet(boolean meeting) {
    if (stateListBetween) {
      return true;
    }
    int[] sentence = sentenceAround(stateListAt);
    for (int k = stateListEnd; k < sentence[1]; k++) {
      if (GO_BETWEEN.has(toks[k])) {
        return false;
      }
    }
    return !meeting || meetingWithin(stateListEnd, sentence[1]);
  }

  /**
   * Whether people the list's own sentence names after it may be whom a "they" stands for: "Russia and Ukraine
   * exchanged 200 prisoners. They said …".
   */
  private boolean peopleAfterList() {
    int[] sentence = sentenceAround(stateListAt);
    for (int k = stateListEnd; k < sentence[1]; k++) {
      Token t = toks[k];
      if (t.isLowerCase() && (t.lexeme.mask & properHeadBit) != 0 && (t.text.endsWith("s") || t.text.endsWith("men")
          || t.is("people"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a plural source other than {@code key} or a description of the list was mentioned after {@code at}. */
  private boolean otherPluralSince(int at, String key) {
    for (String k : recent) {
      Record r = records.get(k);
      if (r.plural && !k.equals(key) && !stateListNames.contains(k) && lastMention.getOrDefault(k, -1) > at) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet OWNERS = WordSet.of("his", "her", "their", "its");

  /** The persons named as counterparts, each with the one whose counterpart they are. */
  private final Map<String, String> counterpartOf = new java.util.HashMap<>();

  /**
   * Gives the name {@code m}, the {@code index}th of {@code mentions}, the state of the adjective or name before
   * "counterpart" after "his", "her" or a possessive ("Blinken's"), and notes whose counterpart it is: "Foreign Minister Kang Kyung-wha met
   * her Japanese counterpart Taro Kono" makes Taro Kono Japanese, and one of "the ministers" with Kang. The title is
   * not copied: a counterpart may hold the same office under another name ("Secretary of State", "Foreign
   * Minister").
   */
  private void counterpart(Ment m, List<Ment> mentions, int index) {
    int k = m.start - 1;
    if (k >= 0 && toks[k].isPunct(',')) {
      k--;
    }
    if (k < 1 || !toks[k].is("counterpart") || m.start != m.nameStart
        // "his Mexican counterpart, Baja California Governor Jaime Bonilla": a title follows, not the name
        || m.end < toks.length && toks[m.end].isWord() && toks[m.end].isCapitalized()) {
      return;
    }
    Ment state = index > 0 && mentions.get(index - 1).end == k ? mentions.get(index - 1) : null;
    CountryCode country = state != null && (state.type == Ment.Type.ADJECTIVE || state.type == Ment.Type.NAMED)
        ? state.country : null;
    int owner = (country != null ? state.start : k) - 1;
    // "his Russian counterpart", "Blinken's Chinese counterpart"
    if (owner < 0 || !OWNERS.has(toks[owner]) && !MentionFinder.isPossessive(toks[owner])) {
      return;
    }
    if (country != null && m.country == null) {
      m.country = country;
    }
    if (m.nameEnd - m.nameStart >= 2 && m.nameEnd - m.nameStart <= 3) {
      // a full name after "counterpart": a person's
      m.type = Ment.Type.PERSON;
    }
    for (int back = index - (state != null ? 2 : 1); back >= 0; back--) {
      Ment p = mentions.get(back);
      if (!sameSentence(p, m)) {
        return;
      }
      if (p.end <= owner && p.actorKey != null && records.get(p.actorKey).kind == ActorKind.PERSON && !p.plural) {
        // the one whose counterpart this is: the person named last before "his" or "her"
        counterpartOwner.put(m, p.actorKey);
        return;
      }
    }
  }

  /** The counterpart mentions of this article, each with the actor of whose counterpart it is. */
  private final Map<Ment, String> counterpartOwner = new java.util.IdentityHashMap<>();

  /** The sides to talks: "the sides", "the parties". */
  private static final WordSet SIDES = WordSet.of("sides", "parties");
  /** Plural nouns for states: "the countries", "the three nations". */
  private static final WordSet STATE_GROUPS = WordSet.of("countries", "nations", "governments", "states", "powers",
      "allies");
  /** Words after a plural description that narrow it to some of a group: "the countries of the region". */
  private static final WordSet NARROWING = WordSet.of("of", "to", "in", "that", "which", "who", "whose", "involved",
      "concerned", "with", "from", "at", "on");

  /**
   * Whether {@code m} is "the" and its plural noun alone, or with a number before it, and nothing after
   * it that narrows it: "the sides", "the three countries"; not "the other countries", "the parties to
   * the conflict".
   */
  private boolean bare(Ment m) {
    int head = m.end - 1;
    boolean counted = head == m.start + 2 && MentionFinder.countOf(toks[m.start + 1]) > 0;
    return (head == m.start + 1 || counted) && toks[m.start].text.equalsIgnoreCase("the")
        && !(m.end < toks.length && NARROWING.has(toks[m.end]));
  }

  /**
   * Whether {@code m}, with {@code key} its actor so far, stands for the states of {@link #stateList}: "they"
   * in the sentence after a list that opened its sentence, or "the countries", "the three nations" (when three
   * were named) up to two sentences after it, with no other plural source mentioned since.
   */
  private boolean standsForStates(Ment m, String key) {
    int far = sentencesBetween(stateListAt, m.start);
    if (far > 2 || m.distributive) {
      return false;
    }
    if (otherPluralSince(stateListAt, key)) {
      return false;
    }
    if (m.type == Ment.Type.PRONOUN) {
      // "The countries said … They also called …": "they" after a description that stood for the list; else
      // after the list as the subject, when the list's sentence names no people after it
      return far <= 1 && toks[m.start].text.equalsIgnoreCase("they")
          && (key != null && stateListNames.contains(key)
              || stateListSubject && !peopleAfterList()
                  && (key == null || lastMention.getOrDefault(key, -1) < stateListAt));
    }
    if (m.type != Ment.Type.ANONYMOUS || m.possessor != null || !STATE_GROUPS.has(toks[m.end - 1]) || !bare(m)) {
      return false;
    }
    int count = m.end - m.start == 3 ? MentionFinder.countOf(toks[m.start + 1]) : stateList.size();
    return count == stateList.size();
  }

  /**
   * Whether every person of {@code group} holds a title with the singular of {@code plural} in it ("ministers"
   * of two foreign ministers), or leads a state or a government when it is "leaders".
   */
  private boolean allHold(Group group, String plural) {
    return allHold(group, plural, List.of());
  }

  /**
   * As {@link #allHold(Group, String)}, where each title must also have every word of {@code modifiers} ("foreign"
   * of "the foreign ministers"); a counterpart holds what the one whose counterpart they are holds, when that one
   * is of the group.
   */
  private boolean allHold(Group group, String plural, List<String> modifiers) {
    String head = plural.toLowerCase(Locale.ROOT);
    if (!head.endsWith("s") || head.length() < 5) {
      return false;
    }
    String singular = head.substring(0, head.length() - 1);
    for (String key : group.keys) {
      String owner = counterpartOf.get(key);
      if (!holds(records.get(key), singular, modifiers)
          && !(owner != null && group.keys.contains(owner) && holds(records.get(owner), singular, modifiers))) {
        return false;
      }
    }
    return true;
  }

  /** Whether person {@code r} holds a title with {@code singular} and every word of {@code modifiers} in it. */
  private static boolean holds(Record r, String singular, List<String> modifiers) {
    List<String> wanted = modifiers.stream().map(Resolver::spelledOneWay).toList();
    return r.kind == ActorKind.PERSON && (r.roles.stream().anyMatch(x -> {
      List<String> words = Arrays.asList(spelledOneWay(x.title().toLowerCase(Locale.ROOT)).split(" "));
      // "the defence chiefs" for a defence secretary and a defense minister: any title with the words
      return (words.contains(singular) || singular.equals("chief") && !wanted.isEmpty()) && words.containsAll(wanted);
    }) || singular.equals("leader")
        && ("HEAD_OF_STATE".equals(r.titleRank) || "HEAD_OF_GOVERNMENT".equals(r.titleRank)));
  }

  /** Words of titles spelt one way, American or British: "defense" as "defence". */
  private static String spelledOneWay(String words) {
    return words.replace("defense", "defence").replace("labor", "labour");
  }

  /** The lower-case words of a plural title before its noun: "foreign" of "the two foreign ministers". */
  private List<String> modifiers(Ment m) {
    List<String> words = new ArrayList<>();
    for (int k = m.start; k < m.end - 1; k++) {
      Token t = toks[k];
      if (t.isWord() && t.isLowerCase() && !t.is("the") && !t.is("both") && !t.isCount()) {
        words.add(t.text);
      }
    }
    return words;
  }

  /**
   * Whether no person outside {@code group} who holds the title of {@code plural}, as {@link #allHold}
   * reads it, was mentioned since the group was named.
   */
  private boolean noOtherHolder(Group group, String plural) {
    String head = plural.toLowerCase(Locale.ROOT);
    String singular = head.substring(0, head.length() - 1);
    for (String key : recent) {
      Record r = records.get(key);
      if (r.kind == ActorKind.PERSON && !group.keys.contains(key) && lastMention.getOrDefault(key, -1) >= group.end
          && holds(r, singular, List.of())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a plural description with the head {@code head} was mentioned since {@code group} was named: "Dozens
   * of heads of state attended" before "The heads of state said".
   */
  private boolean sameHeadSince(Group group, String head) {
    for (String key : recent) {
      Record r = records.get(key);
      if (r.plural && head.equals(r.head) && lastMention.getOrDefault(key, -1) >= group.end) {
        return true;
      }
    }
    return false;
  }

  /** Plural heads of "both …" that are no persons: "both nations". */
  private static final Set<String> NOT_PERSONS = ImmutableSet.of("countries", "nations", "sides", "governments",
      "states", "parties", "companies", "firms", "groups", "agencies", "organisations", "organizations", "unions",
      "families", "teams", "authorities", "police", "media");

  /** Whether the actor {@code key} is a description named with the persons of {@code group}, there or before. */
  private boolean names(String key, Group group) {
    Group named = key == null ? null : groupOf.get(key);
    return named != null && named.keys.equals(group.keys);
  }

  /** Plural nouns for businesses named together: "the companies", "both carmakers". */
  private static final Set<String> BUSINESSES = ImmutableSet.of("companies", "firms", "carmakers", "automakers",
      "groups", "banks", "airlines", "lenders", "insurers", "chipmakers", "retailers", "businesses", "corporations");

  /**
   * Joins {@code m}, of actor {@code key}, to the group of {@code previous} when "and" or a list's
   * comma joins them; a new group begins when {@code previous} ends none.
   */
  private void join(Ment m, String key, Ment previous, ActorKind kind) {
    Ment p = previous;
    if (p == null || p.actorKey == null || p.actorKey.equals(key) || !joined(p.writtenEnd(), m.start)) {
      return;
    }
    if (group == null || group.kind != kind || group.end != p.writtenEnd() || !group.keys.contains(p.actorKey)) {
      group = new Group();
      group.kind = kind;
      group.keys.add(p.actorKey);
      Ment head = kind == ActorKind.PERSON ? headBefore(p) : null;
      if (head != null) {
        // "officers Antoine Quirin and Nicolas Redouane": the description names the group
        groupOf.put(head.actorKey, group);
      }
    }
    if (!group.keys.contains(key)) {
      group.keys.add(key);
    }
    group.end = m.writtenEnd();
    group.lastAt = m.start;
  }

  /** Whether {@code m} is a source after "according to", within three words of it. */
  private boolean according(Ment m) {
    for (int k = m.start - 1; k >= 1 && k >= m.start - 4; k--) {
      if (toks[k].is("to") && (toks[k - 1].is("according") || toks[k - 1].is("According"))) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions, conjunctions and relatives after a name, which no noun it qualifies follows. */
  private static final WordSet LINKS = WordSet.of("after", "before", "in", "on", "at", "with", "for", "from", "to",
      "of", "and", "or", "but", "during", "who", "which", "whose", "by", "about", "over", "since", "while");

  /** Whether a name qualifies the lower-case noun after it: "Grateful Dead drummer Mickey Hart". */
  private boolean beforeNoun(Ment m) {
    return m.end < toks.length && toks[m.end].isWord() && toks[m.end].isLowerCase() && !LINKS.has(toks[m.end])
        && toks[m.end].lexeme.cue == null && !FINITE_AFTER_NAME.has(toks[m.end])
        && !toks[m.end].text.endsWith("ed") && !SUBJECT_VERBS.has(toks[m.end])
        && !Attributor.IRREGULAR_PAST.has(toks[m.end]);
  }

  /** Whether {@code m} is "both …" or "the two …": "Both officers", "the two men". */
  private boolean bothOrTwo(Ment m) {
    for (int k = m.start; k <= m.start + 1 && k < m.end; k++) {
      if (toks[k].is("both") || toks[k].is("Both")) {
        return true;
      }
      if (toks[k].is("two") && k > 0 && (toks[k - 1].is("the") || toks[k - 1].is("The"))) {
        return true;
      }
    }
    return m.start > 0 && (toks[m.start - 1].is("both") || toks[m.start - 1].is("Both")
        || toks[m.start - 1].is("two") && m.start > 1 && (toks[m.start - 2].is("the") || toks[m.start - 2].is("The")));
  }

  /**
   * The person named by a given name alone before "and" and the full name {@code m}, whose surname
   * the two share: "Cherie" of "Cherie and Sean O'Donnell"; or null. The given name must be known as
   * one, and stand alone: "John Kerry and Sean O'Donnell" names no Kerry O'Donnell.
   */
  private String sharesSurname(Ment m, String key, Ment before) {
    int k = m.nameStart;
    if (k < 2 || m.nameEnd - k < 2 || !toks[k - 1].is("and") || !startsWithGivenName(m)) {
      return null;
    }
    Token given = toks[k - 2];
    if (!given.isCapitalized() || !gazetteer.givenNames.containsKey(given.text) || gazetteerName(k - 2)
        || k >= 3 && toks[k - 3].isCapitalized() && gazetteer.givenNames.containsKey(toks[k - 3].text)
        || before != null && before.end == k - 1 && before.actorKey != null) {
      return null;
    }
    String name = given.text + " " + text(k + 1, m.nameEnd);
    String first = personByName(name);
    if (first == null) {
      first = "person:" + slug(name);
      Record r = ensure(first, ActorKind.PERSON, name);
      alias(r, given.text);
      r.gender = gazetteer.givenNames.getOrDefault(given.text, Ment.Gender.UNKNOWN);
      r.country = records.get(key).country;
    }
    used.add(first);
    firstMention.putIfAbsent(first, k - 2);
    lastMention.put(first, k - 2);
    mentioned(first);
    return first;
  }

  /** Whether only "and" or a list's commas stand between tokens {@code end} and {@code start}. */
  private boolean joined(int end, int start) {
    if (start - end == 1) {
      return toks[end].is("and") || toks[end].isPunct(',') || toks[end].is("&");
    }
    return start - end == 2 && toks[end].isPunct(',') && toks[end + 1].is("and");
  }

  /** The plural description right before person mention {@code p}: "officers" of "officers Antoine Quirin". */
  private Ment headBefore(Ment p) {
    Ment b = beforeLastPerson;
    return b != null && b.actorKey != null && b.plural && b.end == p.start && b.type == Ment.Type.ANONYMOUS
        ? b : null;
  }

  /** Whether a plural source other than {@code group}'s was mentioned since it. */
  private boolean otherPluralSince(Group group) {
    for (String k : recent) {
      Record r = records.get(k);
      if (r.plural && !names(k, group) && lastMention.getOrDefault(k, -1) > group.lastAt) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet INTERVIEW_WORDS = WordSet.of("Speaking", "speaking", "Talking", "talking",
      "interview", "Interviewed", "interviewed");

  /** Whether {@code m} is the one spoken to in "Speaking to X, …" or "In an interview with X, …". */
  private boolean addressedInterviewer(Ment m) {
    if (m.start < 2 || !(toks[m.start - 1].is("to") || toks[m.start - 1].is("with")
        || toks[m.start - 1].is("by"))) {
      return false;
    }
    for (int k = m.start - 2; k >= 0 && k >= m.start - 5; k--) {
      Token t = toks[k];
      if (INTERVIEW_WORDS.has(t)) {
        return true;
      }
      if (!t.isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Prepositions before a topic: "a dispute regarding Kashmir issue". */
  private static final WordSet TOPIC_PREPOSITIONS = WordSet.of("regarding", "concerning", "about", "over", "on", "for",
      "against", "with", "by", "under", "between");
  private static final WordSet FUNCTION_WORDS_AFTER_NAME = WordSet.of("and", "or", "but", "to", "of", "in", "on", "at",
      "for", "with", "about", "from", "by", "as", "that", "who", "which", "when", "after", "before", "during", "since");

  /**
   * Whether a single name stands as a modifier of the noun after it, after a preposition of topic: "a
   * dispute regarding Kashmir issue", "talks on Brexit deal"; a thing, which "he" does not stand for.
   */
  private boolean topicModifier(Ment m) {
    if (m.nameEnd - m.nameStart != 1 || m.start == 0 || m.end >= toks.length
        || !TOPIC_PREPOSITIONS.has(toks[m.start - 1])) {
      return false;
    }
    Token next = toks[m.end];
    return next.isWord() && next.isLowerCase() && next.lexeme.cue == null && !FUNCTION_WORDS_AFTER_NAME.has(next)
        && !next.text.endsWith("ly") && !next.text.endsWith("ed");
  }

  private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "at", "near", "from", "to", "into", "across",
      "outside", "inside", "around", "the", "The", "of");

  /** Whether a name stands where a place does: "arrested in Tikrit", "at the Rose Garden". */
  private boolean placed(Ment m) {
    return m.start > 0 && PLACE_PREPOSITIONS.has(toks[m.start - 1]);
  }

  /** A definite title with no holder before it, kept to look for its holder named later. */
  private record Forward(Ment mention, String organization, String anonymousKey) {}

  private final List<Forward> forward = new ArrayList<>();

  /**
   * Whether {@code m} is a state's title in the article's first sentence (its headline, in newswire):
   * "Lebanon's president says …", "PNG prime minister says …"; not "Another Japanese minister", nor a
   * title held before now, nor one whose holder was named before it.
   */
  private boolean headlineTitleOfState(Ment m) {
    if (m.title == null || m.titleText == null || m.country == null || m.start + 1 >= m.end
        || !toks[m.start].isCapitalized()
        // "Another Japanese minister said", "One French minister": someone else
        || m.start > 0 && toks[m.start - 1].isWord() && NOT_THE_HOLDER.has(toks[m.start - 1])) {
      return false;
    }
    for (int k = 0; k < m.start; k++) {
      if (toks[k].isPunct('.') || toks[k].isPunct('!') || toks[k].isPunct('?')) {
        return false;
      }
    }
    if (pastTitleWord(m.start - 1, m.end)) {
      return false;
    }
    // a holder of the title named before it is the one meant
    for (String key : recent) {
      Record r = records.get(key);
      if (r.kind == ActorKind.PERSON && holds(r, m, null)) {
        return false;
      }
    }
    return true;
  }

  /** Words before a state's title that make its holder someone else: "Another Japanese minister". */
  private static final WordSet NOT_THE_HOLDER = WordSet.of("Another", "another", "One", "one", "Every", "every",
      "No", "no", "A", "a", "An", "an", "Each", "each", "Some", "some", "Any", "any");

  /** Words of a title held before now: "Former Japanese Foreign Minister Taro Kono". */
  private static final WordSet PAST_TITLE_WORDS = WordSet.of("former", "Former", "then", "late", "ousted", "retired",
      "deposed", "previous", "ex");

  /** How many mentions after a title without a holder are looked at for the person who holds it. */
  private static final int FORWARD_REACH = 400;

  /**
   * Gives a definite title that had no holder before it to the first person named later, within the
   * next {@link #FORWARD_REACH} mentions, with the same title of the same state or body: one state has
   * one foreign minister at a time.
   */
  private void resolveForward(List<Ment> mentions) {
    if (forward.isEmpty()) {
      return;
    }
    Map<Ment, Integer> index = new java.util.IdentityHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      index.put(mentions.get(i), i);
    }
    for (Forward f : forward) {
      Ment m = f.mention();
      Integer at = index.get(m);
      if (at == null || !f.anonymousKey().equals(m.actorKey)) {
        continue;
      }
      // among the mentions that follow it, a bounded number, so the work stays linear in the article
      for (Ment later : mentions.subList(at + 1, Math.min(mentions.size(), at + 1 + FORWARD_REACH))) {
        if (later.start < m.end || later.actorKey == null || later.actorKey.equals(m.actorKey)) {
          continue;
        }
        Record r = records.get(later.actorKey);
        if (r.kind != ActorKind.PERSON || heldBefore(later)) {
          continue;
        }
        if (holds(r, m, f.organization())) {
          m.actorKey = r.key;
          break;
        }
        if (m.country != null && (m.country.equals(r.country)
                || r.country == null && !otherStateBetween(mentions, m, later)
                    && !otherStateAround(mentions, later, m.country))
            && sameOffice(r, m)) {
          // "The Philippine defense chief told … Defense Secretary Delfin Lorenzana": two titles of one office
          m.actorKey = r.key;
          if (r.country == null) {
            r.country = m.country;
          }
          break;
        }
        if (r.country == null && m.country != null && hasTitle(r, m.titleText) && !otherStateBetween(mentions, m, later)
            && !(later.start > 0 && (toks[later.start].text.equalsIgnoreCase("shadow")
                || toks[later.start - 1].text.equalsIgnoreCase("shadow")))) {
          // "Australia's trade minister said … Trade Minister Michael Hartley said": the title the
          // story gives without its state again, and the state it gave first
          m.actorKey = r.key;
          r.country = m.country;
          break;
        }
      }
    }
  }

  /** How far back a pronoun looks for the start of its sentence when it may point forward. */
  private static final int CATAPHORA_REACH = 30;
  /** Words that open a clause of time before a participle: "After meeting …", "While visiting …". */
  private static final WordSet PARTICIPLE_OPENERS = WordSet.of("After", "Before", "While", "When", "Since", "On",
      "Upon");

  /**
   * Gives "he" or "she" in a participle's clause that opens the sentence to the person who is the subject of the
   * main clause after it: "Referring to what he described as the carnage in Nice, Kerry said …". Only a bounded
   * number of tokens is looked at around each pronoun, so the work stays linear in the article.
   */
  private void resolveCataphora(List<Ment> mentions) {
    for (int i = 0; i < mentions.size(); i++) {
      Ment m = mentions.get(i);
      if (m.type != Ment.Type.PRONOUN || m.plural || m.insideQuote || !(toks[m.start].text.equalsIgnoreCase("he")
          || toks[m.start].text.equalsIgnoreCase("she"))) {
        continue;
      }
      int start = sentenceStartNear(m.start, CATAPHORA_REACH);
      if (start > 0 && !endsSentence(toks[start - 1]) || start >= m.start) {
        continue;
      }
      int participle = PARTICIPLE_OPENERS.has(toks[start]) ? start + 1 : start;
      if (participle >= m.start || !toks[participle].text.endsWith("ing") || toks[participle].text.length() < 5
          || participle > start && !toks[participle].isLowerCase()
          // "Quoting what he told colleagues, Gaetz said": words passed on, most often another's
          || RELAYING.contains(toks[participle].text.toLowerCase(Locale.ROOT))
          || personInSentenceBefore(mentions, i, start, m.gender)) {
        continue;
      }
      int comma = m.end;
      while (comma < toks.length && comma - m.end < CATAPHORA_REACH && !toks[comma].isPunct(',')
          && !endsSentence(toks[comma])) {
        comma++;
      }
      for (int k = start; k < m.start; k++) {
        if (toks[k].isPunct(',') || toks[k].kind == Token.Kind.QUOTE) {
          // the pronoun is not in the opening clause
          comma = -1;
          break;
        }
      }
      if (comma < 0 || comma + 1 >= toks.length || !toks[comma].isPunct(',')) {
        continue;
      }
      Ment subject = null;
      for (int j = i + 1; j < mentions.size() && mentions.get(j).start <= comma + 1; j++) {
        if (mentions.get(j).start == comma + 1) {
          subject = mentions.get(j);
        }
      }
      if (subject == null || subject.actorKey == null || subject.type == Ment.Type.PRONOUN
          || subject.end >= toks.length || !toks[subject.end].isWord() || !toks[subject.end].isLowerCase()) {
        continue;
      }
      Record r = records.get(subject.actorKey);
      if (r != null && r.kind == ActorKind.PERSON && compatible(r.gender, m.gender)) {
        m.actorKey = r.key;
      }
    }
  }

  /** Whether {@code x} opens its sentence, after an article at most: "China's Commerce Ministry", "The Chinese …". */
  private boolean opensItsSentence(Ment x) {
    int k = x.start;
    if (k > 0 && (toks[k - 1].is("The") || toks[k - 1].is("the"))) {
      k--;
    }
    return k == 0 || endsSentence(toks[k - 1]) || toks[k - 1].kind == Token.Kind.QUOTE || k < datelineTokens() + 1;
  }

  /** Participles of passing on words, whose pronoun is most often another's: "Quoting what he told …". */
  private static final Set<String> RELAYING = Set.of("quoting", "citing", "summarising", "summarizing", "repeating",
      "recalling", "echoing", "paraphrasing", "recounting", "relaying");

  /**
   * Whether a person of a gender that fits is named in the sentence before the one that starts at {@code start},
   * looking back over at most {@link #CATAPHORA_REACH} mentions: "Erdogan spoke to Putin. Summarising what he told
   * …" may point back.
   */
  private boolean personInSentenceBefore(List<Ment> mentions, int index, int start, Ment.Gender gender) {
    int before = sentenceStartNear(start - 1, 2 * CATAPHORA_REACH);
    for (int j = index - 1; j >= 0 && j > index - CATAPHORA_REACH; j--) {
      Ment x = mentions.get(j);
      if (x.start < before) {
        break;
      }
      if (x.start < start && x.actorKey != null && records.get(x.actorKey).kind == ActorKind.PERSON
          && compatible(records.get(x.actorKey).gender, gender)
          && (x.start <= before + 1 || j > 0 && mentions.get(j - 1).start <= before + 1 && x.start > 0
              && toks[x.start - 1].isPunct(','))) {
        // a person who opened that sentence as its subject, or set off after it: "Kevin McCarthy was ousted …",
        // "The defendant, Marcus Reed, declined …"
        return true;
      }
      if (x.start < start && x.type == Ment.Type.CANDIDATE && x.hasName() && x.actorKey == null && x.start == before
          && toks[x.nameStart].lexeme.unknown && x.end < toks.length && toks[x.end].isWord()
          && toks[x.end].isLowerCase()) {
        // a name no list knows yet as the subject of that sentence, who may be the one meant: "Erdogan spoke to …"
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(Token t) {
    return t.isPunct('.') || t.isPunct('!') || t.isPunct('?');
  }

  /**
   * Whether the title before the person named at {@code later} was held before now: "Former Japanese
   * Foreign Minister Taro Kono".
   */
  private boolean heldBefore(Ment later) {
    return pastTitleWord(later.start - 1, Math.min(later.end, later.start + 2));
  }

  /** Whether a word of a title held before now stands in {@code [from, to)}. */
  private boolean pastTitleWord(int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (PAST_TITLE_WORDS.has(toks[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a state other than {@code m}'s is named between {@code m} and {@code later}: "China's
   * Commerce Ministry welcomed the move. Trade Minister Wang Wentao said" is no longer about the
   * trade minister of the state named first.
   */
  private boolean otherStateBetween(List<Ment> mentions, Ment m, Ment later) {
    for (Ment x : mentions) {
      if (x.start >= later.start) {
        break;
      }
      if (x.start >= m.end && x.country != null && !x.country.equals(m.country)
          && (x.type == Ment.Type.NAMED || x.type == Ment.Type.ADJECTIVE || x.entry != null)
          // but "told his Chinese counterpart": the other side of a meeting, no new subject
          && !(x.end < toks.length && toks[x.end].text.startsWith("counterpart"))
          // a state that opens a sentence, as its subject or its subject's owner, not one named in an object
          && opensItsSentence(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a state other than {@code country} is named in the sentence of {@code later}, looking at a bounded
   * number of mentions around it: "Defense Minister Minoru Kihara said Japan would send patrol boats".
   */
  private boolean otherStateAround(List<Ment> mentions, Ment later, CountryCode country) {
    int[] sentence = {sentenceStartNear(later.start, REPORT_REACH), later.end};
    while (sentence[1] < toks.length && sentence[1] - later.end < REPORT_REACH && !endsSentence(toks[sentence[1]])) {
      sentence[1]++;
    }
    int at = java.util.Collections.binarySearch(mentionStarts(mentions), later.start);
    for (int j = Math.max(0, at - CATAPHORA_REACH); j >= 0 && j < mentions.size() && j < at + CATAPHORA_REACH; j++) {
      Ment x = mentions.get(j);
      if (x.start >= sentence[0] && x.end <= sentence[1] && x.country != null && !x.country.equals(country)
          && (x.type == Ment.Type.NAMED || x.type == Ment.Type.ADJECTIVE)) {
        return true;
      }
    }
    return false;
  }

  /** The start of each mention, in order, built once per article. */
  private List<Integer> mentionStarts;

  private List<Integer> mentionStarts(List<Ment> mentions) {
    if (mentionStarts == null) {
      mentionStarts = new ArrayList<>(mentions.size());
      for (Ment x : mentions) {
        mentionStarts.add(x.start);
      }
    }
    return mentionStarts;
  }

  /** Whether {@code r} holds a title the lists know of the same body and rank as {@code m}'s. */
  private boolean sameOffice(Record r, Ment m) {
    if (m.title == null || m.title.body().isEmpty()) {
      return false;
    }
    for (Role role : r.roles) {
      TitleEntry held = gazetteer.titlesByText.get(role.title().toLowerCase(Locale.ROOT));
      if (held != null && held.body().equals(m.title.body()) && held.rank().equals(m.title.rank())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTitle(Record r, String title) {
    for (Role role : r.roles) {
      if (role.title().equalsIgnoreCase(title)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code r} holds {@code m}'s title in {@code organization}, or, with none, in {@code m}'s state. */
  private static boolean holds(Record r, Ment m, String organization) {
    if (organization == null) {
      return m.country != null && m.country.equals(r.country) && hasTitle(r, m.titleText);
    }
    for (Role role : r.roles) {
      if (role.title().equalsIgnoreCase(m.titleText)
          && role.organization().map(o -> o.value().equals(organization)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** The actors referred to by {@code keys} and by every mention kept, in order of first mention. */
  List<Actor> actors(Set<String> keep) {
    List<Actor> actors = new ArrayList<>();
    for (String key : order) {
      if (!keep.contains(key)) {
        continue;
      }
      Record r = records.get(key);
      Actor.Builder actor =
          Actor.builder().id(ActorId.of(r.key)).kind(r.kind).name(r.name).roles(r.roles);
      for (String alias : r.aliases) {
        if (!alias.equals(r.name) && !alias.isBlank() && alias.strip().equals(alias)) {
          actor.addAliases(alias);
        }
      }
      actor.nativeNames(r.natives);
      if (r.country != null) {
        actor.country(r.country);
      }
      actors.add(actor.build());
    }
    return actors;
  }

  /** Keys of actors that a statement needs or that were named (not only inferred). */
  Set<String> namedKeys() {
    return used;
  }

  /** Names folded by {@link #fold}: "Erdogan" finds "Erdoğan". */
  private final Map<String, String> personsByName = new java.util.HashMap<>();
  /** The author of the statement last said to be issued, for a later "the statement". */
  private String lastAuthor;
  /** The author of the document last said to be issued, by its head noun: "lawsuit", "report". */
  private final Map<String, String> authorByHead = new java.util.HashMap<>();
  private final Map<String, String> actorsByName = new java.util.HashMap<>();
  /**
   * Organisations, bodies and media of names of two words or more, by the initials of their
   * capitalised words ("GFA" for the Ghana Football Association) and by their first word ("Qingyun" for
   * Qingyun Motors); {@link #SEVERAL} where more than one has it.
   */
  private final Map<String, String> organizationsByInitials = new java.util.HashMap<>();
  private final Map<String, String> organizationsByFirstWord = new java.util.HashMap<>();
  private static final String SEVERAL = "";

  private Record ensure(String key, ActorKind kind, String name) {
    Record r = records.get(key);
    if (r == null) {
      r = new Record(key, kind, name);
      records.put(key, r);
      order.add(key);
      index(r, name);
    }
    return r;
  }

  /**
   * A name without its diacritics, for lookups: news spells one name both ways ("Erdoğan",
   * "Erdogan"). Names of plain ASCII letters are returned as they are.
   */
  static String fold(String name) {
    boolean ascii = true;
    for (int i = 0; i < name.length() && ascii; i++) {
      ascii = name.charAt(i) < 0x80;
    }
    if (ascii) {
      return name;
    }
    String d = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(switch (c) {
        case 'ı' -> 'i';
        case 'ł' -> 'l';
        case 'Ł' -> 'L';
        case 'ø' -> 'o';
        case 'Ø' -> 'O';
        case 'đ' -> 'd';
        case 'Đ' -> 'D';
        default -> c;
      });
    }
    return b.toString();
  }

  /** Adds {@code alias} to {@code r}, and to the index of names. */
  private void alias(Record r, String alias) {
    if (r.aliases.add(alias)) {
      index(r, alias);
    }
  }

  private void index(Record r, String name) {
    if (r.kind == ActorKind.PERSON) {
      String folded = fold(name);
      String held = personsByName.get(folded);
      if (held == null || name.indexOf(' ') >= 0 || held.equals(r.key) || records.get(held).name.equals(name)
          || !records.get(held).ties.isEmpty()) {
        personsByName.put(folded, r.key);
      }
      // but a surname alone stays with the person first named by it, unless a family tie introduced
      // them: "Elijah Cummings … His parents, Robert Cummings Sr. and Ruth Elma Cummings, … Cummings
      // passed the bar exam"; "his daughter Nettie Baker … Ginger Baker was born Peter Edward Baker"
    }
    actorsByName.putIfAbsent(fold(name), r.key);
    if ((r.kind == ActorKind.ORGANIZATION || r.kind == ActorKind.GOVERNMENT_BODY || r.kind == ActorKind.MEDIA)
        && !r.key.startsWith("anon:")) {
      indexOrganization(r, name);
    }
  }

  /** Notes the initials and the first word of an organisation's name of two words or more. */
  private void indexOrganization(Record r, String name) {
    int space = name.indexOf(' ');
    if (space < 0) {
      return;
    }
    StringBuilder initials = new StringBuilder();
    int words = 0;
    // "The Independent Electoral Commission" is the IEC
    for (int i = name.startsWith("The ") ? 4 : 0; i < name.length(); i++) {
      if (i == 0 || name.charAt(i - 1) == ' ') {
        char c = name.charAt(i);
        if (Character.isUpperCase(c)) {
          initials.append(c);
          words++;
        } else if (!Character.isLowerCase(c)) {
          // "Sudan People's Liberation Movement (SPLM)": a bracket or a number, no initials
          initials.setLength(0);
          break;
        }
      }
    }
    if (words >= 2) {
      organizationsByInitials.merge(initials.toString(), r.key, Resolver::oneKey);
      String first = name.substring(0, space);
      if (words >= 3 && first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT))) {
        // "NSW Rural Fire Service" is the RFS too: the initials past an abbreviation of where it serves
        organizationsByInitials.merge(initials.substring(1), r.key, Resolver::oneKey);
      }
    }
    int from = name.startsWith("The ") ? 4 : 0;
    int end = name.indexOf(' ', from);
    String first = end < 0 ? "" : name.substring(from, end);
    if (first.length() >= 3 && Character.isUpperCase(first.charAt(0))) {
      organizationsByFirstWord.merge(fold(first), r.key, Resolver::oneKey);
    }
  }

  /**
   * The one person named before whose title the single name of {@code m} shortens after "the": "the CEC
   * stressed" after "Chief Election Commissioner Muhammad Raza Khan"; or null.
   */
  private String personByTitleInitials(Ment m, String name) {
    if (m.nameEnd - m.nameStart != 1 || m.nameStart == 0 || !toks[m.nameStart - 1].text.equalsIgnoreCase("the")
        || name.length() > 4 || !name.equals(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    String person = personsByTitleInitials.get(name);
    return person == null || person.equals(SEVERAL) ? null : person;
  }

  /** Whether the title of {@code m} is one held before: "Former Chief Election Commissioner S.Y. Quraishi". */
  private boolean formerly(Ment m) {
    for (int k = Math.max(0, m.start - 1); k < m.nameStart && k < toks.length; k++) {
      if (toks[k].text.equalsIgnoreCase("former") || toks[k].text.regionMatches(true, 0, "ex-", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** Persons named with a title held before or not yet: "Former Foreign Minister Taro Kono". */
  private final Set<String> pastHolders = new java.util.HashSet<>();

  /** Persons by the initials of a title they hold: "CEC" for a Chief Election Commissioner. */
  private final Map<String, String> personsByTitleInitials = new java.util.HashMap<>();

  /**
   * The initials of a title of two words or more, without "of", "and", "the" and "for": "CEC" for "Chief
   * Election Commissioner", "IGP" for "Inspector General of Police"; or null.
   */
  private static String titleInitials(String title) {
    if (title == null) {
      return null;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : title.split(" ")) {
      if (word.isEmpty() || TITLE_GLUE.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isLetter(word.charAt(0))) {
        return null;
      }
      initials.append(Character.toUpperCase(word.charAt(0)));
    }
    return initials.length() >= 2 && initials.length() <= 4 ? initials.toString() : null;
  }

  private static final Set<String> TITLE_GLUE = ImmutableSet.of("of", "and", "the", "for");

  private static String oneKey(String held, String key) {
    return held.equals(key) ? held : SEVERAL;
  }

  /**
   * The one organisation, body or medium named before whose name {@code name} shortens: its
   * initials written in capitals ("the GFA said" after "the Ghana Football Association", "The CAAP"
   * after "the Civil Aviation Authority of the Philippines"), or its first word ("Qingyun said" after
   * "Qingyun Motors", if no lexicon knows the word: not "Defense" for the Defense Ministry); null if
   * none, or more than one.
   */
  private String organizationShortened(String name, boolean unknownWord) {
    String key = byInitials(name, 2);
    if (key == null && unknownWord && name.length() >= 3) {
      key = organizationsByFirstWord.get(fold(name));
    }
    return key == null || key.equals(SEVERAL) ? null : key;
  }

  /**
   * The one organisation whose initials {@code written} is, if it is written in capitals with
   * {@code fewest} to six letters; null if none or several.
   */
  private String byInitials(String written, int fewest) {
    if (written.length() < fewest || written.length() > 6 || !written.equals(written.toUpperCase(Locale.ROOT))) {
      return null;
    }
    String key = organizationsByInitials.get(written);
    return key == null || key.equals(SEVERAL) ? null : key;
  }

  /**
   * The first mention of the sentence being resolved; its subject when it opens the sentence
   * ({@link #opensSentence}).
   */
  private Ment sentenceFirst;
  /** Businesses named after a noun for their trade: "grain handler CBH". */
  private final Set<String> byTrade = new java.util.HashSet<>();
  /** The last "it" resolved outside quotations, or null. */
  private Ment lastIt;

  /** Verbs and auxiliaries that may follow a name as its subject's verb: "Lindenau will cut …". */
  static final WordSet FINITE_AFTER_NAME = WordSet.of("will", "would", "can", "could", "may", "might",
      "must", "shall", "should", "had", "did", "said", "told", "sold", "made", "won", "lost", "cut", "put", "set",
      "took", "gave", "became", "began", "saw", "paid", "held", "left", "kept", "hit", "ran", "rose", "fell",
      "grew");

  /**
   * Whether {@code head} stands between {@code from} and {@code m}, but not as the head of a description of
   * another state than {@code m}'s: "the top U.S. diplomat" brings no one in for "China's top diplomat".
   */
  private boolean headOfSameStateBetween(Ment m, String head, int from) {
    for (int k = Math.max(0, from); k < m.start && k < toks.length; k++) {
      if (toks[k].isLowerCase() && toks[k].text.equalsIgnoreCase(head)
          && (m.country == null || countryOfHead.getOrDefault(k, m.country).equals(m.country))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case word {@code word} stands in {@code [from, to)}. */
  private boolean wordBetween(String word, int from, int to) {
    for (int k = Math.max(0, from); k < to && k < toks.length; k++) {
      if (toks[k].isLowerCase() && toks[k].text.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** Words written with a capital right after a word in lower case somewhere in the article; built when first asked. */
  private Set<String> capitalisedInside;

  /**
   * Whether {@code word} stands capitalised right after a word in lower case somewhere in the article,
   * as a name does and a sentence's first word need not ("Net income rose …").
   */
  private boolean capitalisedInsideSentence(String word, int at) {
    if (capitalisedInside == null) {
      capitalisedInside = new HashSet<>();
      for (int k = 1; k < toks.length; k++) {
        if (toks[k].isCapitalized() && toks[k - 1].isWord() && toks[k - 1].isLowerCase()) {
          capitalisedInside.add(toks[k].text);
        }
      }
    }
    return capitalisedInside.contains(word);
  }

  /** Whether {@code word} joins a name to a lower-case word with a hyphen: "Kong-listed", "Beijing-based". */
  private static boolean compoundAfterHyphen(String word) {
    int hyphen = word.indexOf('-');
    return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
  }

  /** Words the article writes in lower case, built on first use. */
  private Set<String> lowerCaseWords;

  /** Whether the article writes {@code word} in lower case somewhere: "Salt can eat …" after "road salt". */
  private boolean writtenLowerCase(String word) {
    if (lowerCaseWords == null) {
      lowerCaseWords = new HashSet<>();
      for (Token t : toks) {
        if (t.isWord() && t.isLowerCase()) {
          lowerCaseWords.add(t.text);
        }
      }
    }
    return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} has the ending of a past participle: "Adjusted", "Combined". */
  private static boolean isParticiple(String word) {
    return word.length() >= 5 && word.endsWith("ed");
  }

  /**
   * Whether the name {@code m} opens its sentence and the wire's words for the one who just spoke follow it:
   * "Hong Lei was commenting on …", "Hong was responding to …", "Hong made the remarks …".
   */
  private boolean namedAsTheOneWhoSpoke(Ment m) {
    int k = m.end;
    if (!opensSentence(m)) {
      return false;
    }
    if (k + 1 < toks.length && toks[k].is("was") && toks[k + 1].isLowerCase() && toks[k + 1].text.endsWith("ing")) {
      return true;
    }
    return k + 2 < toks.length && toks[k].is("made") && toks[k + 1].is("the")
        && (toks[k + 2].is("remarks") || toks[k + 2].is("comments"));
  }

  /** Whether {@code m} describes a spokesperson with no name: "a Chinese Foreign Ministry spokesman". */
  private static boolean isSpokespersonLead(Ment m) {
    return m.head != null && SPOKESPERSON_HEADS.contains(m.head) && !m.hasName();
  }

  /** Whether {@code m} comes right after the dateline that opens its sentence: "FRANKFURT (Reuters) - Lindenau". */
  private boolean afterDateline(Ment m) {
    // a dateline is at most a dozen tokens, at the start of the article's text or after a line's end
    int ss = m.start;
    while (ss > 0 && m.start - ss < 14 && !(toks[ss - 1].isPunct('.') && !(ss > 1 && Attributor.MONTH_ABBREVIATIONS.has(toks[ss - 2])))
        && !toks[ss - 1].isPunct('!') && !toks[ss - 1].isPunct('?')) {
      // "TOKYO, Sept. 9 (Kyodo) --": a month's dot ends no sentence
      ss--;
    }
    return (ss == 0 || m.start - ss < 14) && ss < m.start && Attributor.datelineEnd(tokens, ss, m.start) == m.start;
  }

  /** Whether {@code m} opens its sentence, after nothing but an article. */
  private boolean opensSentence(Ment m) {
    int k = m.start;
    if (k > 0 && toks[k - 1].isWord() && (toks[k - 1].is("The") || toks[k - 1].is("the"))) {
      k--;
    }
    return CueFinder.opensSentence(toks, k);
  }

  /** States named as such, not only by an adjective ("Chinese exports"), in order. */
  private final Set<String> namedStates = new LinkedHashSet<>();
  /**
   * Prepositions before a state's or capital's name that make it a place gone to or come from: "a
   * visit to Tokyo"; not where something happens ("gathered in Beijing"), often the speaker's state.
   */
  private static final WordSet STATE_AS_PLACE = WordSet.of("to", "from", "toward", "towards", "via");
  /**
   * Words of going or coming before such a preposition: "a visit to", "flew to", "returned from";
   * "from" makes a place after other nouns too.
   */
  private static final WordSet MOVEMENT = WordSet.of("visit", "visits", "trip", "trips", "journey", "travel",
      "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flies", "flying", "flight",
      "flights", "return", "returns", "returned", "returning", "went", "go", "goes", "going", "headed", "heading",
      "sailed", "tour", "voyage", "delegation", "arrived", "came", "come", "coming", "moved", "deployed", "sent");

  /** The state whose government or administration was last named: "the Samoan government". */
  private String lastGovernment;

  /** Words for a state's government: "the Samoan government", "according to government reports". */
  static final WordSet GOVERNMENT_HEADS = WordSet.of("government", "administration", "regime");

  /**
   * "the government" alone: the state whose government the article last named. "Johnson's
   * government": the state of its head, when known.
   */
  private String government(Ment m) {
    if (m.country != null || m.head == null || !GOVERNMENT_HEADS.contains(m.head) || m.end - m.start != (m.possessor == null ? 2 : m.possessor.end - m.start + 2)) {
      return null;
    }
    if (m.possessor == null) {
      // "the government", or "government reports": the government's own
      if (!toks[m.start].text.equalsIgnoreCase("the") && !toks[m.start].text.equals(m.head)) {
        return null;
      }
      if (lastGovernment != null) {
        return lastGovernment;
      }
      String state = namedStates.isEmpty() ? onlyCountryState() : onlyState();
      if (state == null && datelineCountry != null && noCountryYet() && !otherPlaceInSentence(m, datelineCountry)) {
        // "SEOUL (Yonhap) -- The government said": with no state named before it, the dateline's
        return gazetteer.country(datelineCountry).map(this::state).orElse(null);
      }
      return state;
    }
    String head = resolve(m.possessor, null);
    m.possessor.actorKey = head;
    Record r = head == null ? null : records.get(head);
    if (r == null || r.kind != ActorKind.PERSON || r.country == null) {
      return null;
    }
    mentioned(head);
    return gazetteer.country(r.country).map(this::state).orElse(null);
  }

  /**
   * "the country", "the nation", alone or as a possessor ("the country's foreign ministry"): the
   * state mentioned last; null if none was.
   */
  private String describedState(Ment m) {
    if (m.end - m.start != 2 || !isDefinite(m) || !MentionFinder.STATE_NOUNS.has(toks[m.start + 1])) {
      return null;
    }
    String noun = toks[m.start + 1].text;
    if (noun.equals("island") || noun.equals("archipelago")) {
      // "the island's defence ministry": the island state named last ("Taiwan"), not a state named since; but
      // not when an island of a name came after it ("China sent jets toward Woody Island. The island …")
      String island = lastMatching(r -> r.kind == ActorKind.STATE && r.country != null
          && ISLAND_STATES.contains(r.country.code()), m.start);
      for (int k = m.start - 1; island != null && k >= 0 && k >= lastMention.getOrDefault(island, 0); k--) {
        if (toks[k].is("Island") || toks[k].is("Islands") || toks[k].is("Isle")) {
          return null;
        }
      }
      return island;
    }
    if (noun.equals("kingdom")) {
      return lastMatching(r -> r.kind == ActorKind.STATE && r.country != null
          && KINGDOMS.contains(r.country.code()), m.start);
    }
    return lastMatching(r -> r.kind == ActorKind.STATE, m.start);
  }

  /** States that lie on islands of their own, which news calls "the island" or "the archipelago". */
  private static final Set<String> ISLAND_STATES = ImmutableSet.of("TWN", "JPN", "PHL", "IDN", "SGP", "LKA", "CUB",
      "CYP", "MLT", "ISL", "IRL", "NZL", "MDG", "JAM", "BHR", "MDV", "MUS", "SYC", "FJI", "SLB", "VUT", "WSM", "TON",
      "KIR", "TUV", "NRU", "PLW", "FSM", "MHL", "BRB", "TTO", "BHS", "GRD", "LCA", "VCT", "KNA", "ATG", "DMA", "CPV",
      "STP", "COM", "HKG", "MAC", "PRI", "GUM");
  /** States with a monarch at their head, which news calls "the kingdom". */
  private static final Set<String> KINGDOMS = ImmutableSet.of("SAU", "GBR", "JOR", "MAR", "THA", "ESP", "NLD",
      "BEL", "SWE", "NOR", "DNK", "BTN", "KHM", "BHR", "LSO", "SWZ", "TON");

  /** Whether {@code m} has a word for a government in it: "the Samoan government", "the government of Samoa". */
  private boolean namesGovernment(Ment m) {
    for (int k = m.start; k < m.end; k++) {
      for (String head : GOVERNMENT_HEADS) {
        // without a lower-case copy of every word of every name
        if (head.equalsIgnoreCase(toks[k].text)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state the story names first after its dateline, or null; see {@link #datelineTokens}. */
  private String firstState;
  private int datelineTokens = -1;

  /** The tokens of the article's dateline, whose place names no state the story speaks of. */
  private int datelineTokens() {
    if (datelineTokens < 0) {
      datelineTokens = datelineCountry == null || toks.length == 0 ? 0 : Attributor.datelineEnd(tokens, 0, toks.length);
    }
    return datelineTokens;
  }

  /** Whether no actor with a country, news media aside, has been met so far in the article. */
  private boolean noCountryYet() {
    for (Record r : records.values()) {
      if (r.country != null && r.kind != ActorKind.MEDIA) {
        return false;
      }
    }
    return true;
  }

  /**
   * The state a name that many states share stands for ("the Senate", "National Security Council"): the
   * one country of every actor resolved so far; with several, the dateline's when it is the first state
   * the story names and the name's own state ({@code own}) is not named ("MANILA (AP) — The Philippines
   * accused China … National Security Council spokesman Ramon Villareal said"; not "Seoul (AFP) — South
   * Korea and the United States signed a deal. The Senate said"); else null.
   */
  private CountryCode storyState(CountryCode own) {
    CountryCode state = onlyCountry();
    if (state == null && datelineCountry != null && firstState != null
        && datelineCountry.equals(records.get(firstState).country) && !countryNamed(own)) {
      return datelineCountry;
    }
    return state;
  }

  /** Whether a state of {@code country} has been named so far: "the Senate" then is more likely its own. */
  private boolean countryNamed(CountryCode country) {
    for (String key : namedStates) {
      if (records.get(key).country != null && records.get(key).country.equals(country)) {
        return true;
      }
    }
    return false;
  }

  /** The one country of every actor resolved so far, or null if there are none or several. */
  private CountryCode onlyCountry() {
    CountryCode found = null;
    for (Record r : records.values()) {
      if (r.country != null && !r.country.equals(found)) {
        if (found != null) {
          return null;
        }
        found = r.country;
      }
    }
    return found;
  }

  /**
   * The one state mentioned so far, if only one was: "Twin bombings struck … Philippines. … the
   * government announced".
   */
  private String onlyState() {
    String found = null;
    for (String key : namedStates) {
      if (found != null) {
        return null;
      }
      found = key;
    }
    return found;
  }

  /**
   * "Junior doctors in Zimbabwe went on strike. The government offered …": with no state named as
   * such, the state of the one country given to all the article's actors so far; null if none or
   * several.
   */
  private String onlyCountryState() {
    CountryCode only = null;
    for (Record r : records.values()) {
      if (r.country != null && r.kind != ActorKind.MEDIA) {
        if (only != null && !only.equals(r.country)) {
          return null;
        }
        only = r.country;
      }
    }
    return only == null ? null : gazetteer.country(only).map(this::state).orElse(null);
  }

  private String resolve(Ment m, Ment lastSpeaker) {
    if (m.possessor != null && m.country == null) {
      String state = describedState(m.possessor);
      if (state != null) {
        // "the country's foreign ministry", "the nation's military": a body or person of the
        // state mentioned last
        m.possessor.actorKey = state;
        mentioned(state);
        m.country = records.get(state).country;
      }
    }
    if (m.type == Ment.Type.DESCRIPTION || m.type == Ment.Type.ANONYMOUS) {
      String state = government(m);
      if (state == null) {
        state = describedState(m);
      }
      if (state != null) {
        return state;
      }
      if (m.type == Ment.Type.DESCRIPTION && m.possessor == null && m.head != null && GOVERNMENT_HEADS.contains(m.head)
          && !isDefinite(m)) {
        // "according to government figures" with no state known: some government, not an organisation
        // whose name holds the word ("the Government Medical College")
        return anonymousRecord(m, ActorKind.GOVERNMENT_BODY);
      }
    }
    switch (m.type) {
      case NAMED:
        return named(m);
      case ADJECTIVE:
        return state(m.entry);
      case PERSON:
        return person(m);
      case CANDIDATE:
        if (m.kind == ActorKind.DOCUMENT) {
          return document(m);
        }
        if (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.MEDIA || m.kind == ActorKind.GOVERNMENT_BODY) {
          return organization(m, true);
        }
        noteFullName(m);
        return known(m);
      case DESCRIPTION:
        return description(m, lastSpeaker);
      case ANONYMOUS:
        return anonymous(m);
      case PRONOUN:
        return pronoun(m, lastSpeaker);
      default:
        return null;
    }
  }

  private String state(ActorEntry entry) {
    String key = entry.id();
    Record r = ensure(key, ActorKind.STATE, entry.name());
    r.country = entry.country().orElse(null);
    if (!r.entryNamed) {
      // a state is named often: its other names are added once
      r.entryNamed = true;
      entry.aliases().forEach(a -> alias(r, a));
    }
    used.add(key);
    return key;
  }

  private String named(Ment m) {
    String defined = definedAbbreviation(m);
    if (defined == null) {
      defined = initialsOfNamed(m);
    }
    if (defined != null) {
      used.add(defined);
      return defined;
    }
    ActorEntry e = m.entry;
    if (e.kind() == ActorKind.CITY && m.end - m.start == 1) {
      // "Patricia Scotland said … Scotland added": a place's name that is the surname of a person named
      String person = personByName(toks[m.start].text);
      if (person != null && !records.get(person).name.equals(toks[m.start].text)) {
        used.add(person);
        return person;
      }
    }
    if (e.kind() == ActorKind.STATE) {
      return state(e);
    }
    if (e.isGeneric() && m.country == null && m.end > m.start && toks[m.start].text.equalsIgnoreCase("the")
        && e.name().equals("Central Bank")) {
      // "The Bank of Japan raised its rate … the central bank said": the central bank named before
      String bank = lastMatching(r -> r.entryNamed && !r.name.startsWith("Central Bank")
          && (r.kind == ActorKind.GOVERNMENT_BODY && (r.name.contains("Bank") || r.name.startsWith("Federal Reserve"))
              || r.name.contains("Central Bank")), m.start);
      if (bank != null) {
        return bank;
      }
    }
    String key = e.id();
    String name = e.name();
    CountryCode country = e.country().orElse(null);
    CountryCode first = firstState == null ? null : records.get(firstState).country;
    CountryCode given = m.country;
    if (given == null && e.isGeneric() && homeCountry != null
        && (datelineCountry == null ? noCountryYet() || countryNamed(homeCountry) : homeCountry.equals(first))) {
      // the source's own country: "the Ministry of Foreign Affairs" in the Taipei Times; in a story with a
      // dateline, only when the story names the source's state first ("Beijing (AFP) — France summoned
      // China's ambassador … the foreign ministry said"), not in "Tokyo (AFP) — Japan lodged a protest";
      // without one, only when the story names no state before it or names the source's (not a Reuters story
      // of China and the United States, where "the Defense Ministry" is no British body)
      given = homeCountry;
    }
    if (m.country == null && e.isGeneric() && !e.id().contains("embassy") && !e.id().contains("consulate")) {
      // "In Moscow, the Foreign Ministry said": the state of the capital the sentence opens with; not
      // an embassy's, which sits abroad
      CountryCode opening = openingPlace(m);
      if (opening != null) {
        given = opening;
      }
    }
    if (given == null && e.isGeneric() && datelineCountry != null
        && (noCountryYet() || datelineCountry.equals(onlyCountry()) || datelineCountry.equals(first))) {
      // "TOKYO (Reuters) - The foreign ministry said": with no state named before it, or only the
      // dateline's, the dateline's; and so when the story names the dateline's state first ("Tokyo (AFP) —
      // Japan lodged a protest with China, the foreign ministry said")
      given = datelineCountry;
    }
    if (given == null && e.isGeneric() && e.kind() == ActorKind.GOVERNMENT_BODY && m.end > m.start
        && toks[m.start].text.equalsIgnoreCase("its")) {
      // "Sudan has shifted its position. Its foreign ministry said …": the state its own sentence opens
      // with ("Senegal called for dialogue, according to a statement from its foreign ministry"), else the
      // one the sentence before opens with, else the state named last
      Ment opener = sentenceFirst != null && sentenceFirst != m && sentenceFirst.actorKey != null
          && records.get(sentenceFirst.actorKey).kind == ActorKind.STATE ? sentenceFirst : previousSubject;
      Record subject = opener == null || opener.actorKey == null ? null : records.get(opener.actorKey);
      String state = subject != null && subject.kind == ActorKind.STATE ? subject.key
          : lastMatching(r -> r.kind == ActorKind.STATE, m.start);
      given = state == null ? null : records.get(state).country;
    }
    if (given == null && e.isGeneric() && e.kind() == ActorKind.GOVERNMENT_BODY && m.end > m.start
        && toks[m.start].text.equalsIgnoreCase("the") && MINISTERIAL.matcher(e.name()).find()) {
      // "Beijing reacted angrily. The foreign ministry accused …": the body of the one state named
      String only = onlyState();
      given = only == null ? null : records.get(only).country;
    }
    if (given == null && e.isGeneric() && m.end > m.start && toks[m.start].text.equalsIgnoreCase("the")) {
      // "Pakistan's foreign ministry said … The foreign ministry added": the body of that name that
      // spoke last with a country, when nothing else gives one; not "Chinese coast guard ships"
      String prefix = e.id() + ":";
      String head = toks[m.end - 1].text.toLowerCase(Locale.ROOT);
      String before = lastMatching(r -> r.spoke && r.key.startsWith(prefix) && head.equals(r.writtenHead), m.start);
      if (before != null && records.get(before).country.equals(lastSpeakingCountry())) {
        // but not after a speaker of another state: "Pakistan's foreign ministry said … Indian Foreign
        // Secretary Vikram Misri said … The foreign ministry said" is not known to be Pakistan's
        given = records.get(before).country;
      }
    }
    boolean other = !e.isGeneric() && (SHARED_NAMES.contains(e.name()) || m.country != null && !m.country.equals(country));
    // the name as written, only for a body that may be another state's: few mentions pay for the string
    String written = other && m.end > m.start ? text(m.start, m.end).transform(Resolver::withoutArticle) : e.name();
    if (other && SHARED_NAMES.contains(written)
        && (m.country == null || m.country.equals(country)) && country != null) {
      // "the Senate" in a story that names one state only, not the Senate's own: that state's
      CountryCode state = storyState(country);
      if (state != null && !state.equals(country)) {
        given = state;
      }
    }
    if ((e.isGeneric() || given != null && !given.equals(country)) && given != null) {
      key = e.id() + ":" + given;
      // another state's body of the same name is named as written: "Investigative Committee (Armenia)"
      int possessive = Math.max(written.lastIndexOf("'s "), written.lastIndexOf("’s "));
      String base = e.isGeneric() || SHARED_NAMES.contains(written) || m.end <= m.start ? e.name()
          : possessive >= 0 ? written.substring(possessive + 3) : written;
      country = given;
      name = base + " (" + gazetteer.country(given).map(ActorEntry::name).orElse(given.code()) + ")";
    }
    boolean overridden = !e.isGeneric() && given != null && !given.equals(e.country().orElse(null));
    Record r = ensure(key, e.kind(), name);
    r.country = country;
    if (e.isGeneric() && m.end > m.start) {
      // "Britain's Foreign Office said … The foreign ministry said" is no longer the office's
      r.writtenHead = toks[m.end - 1].text.toLowerCase(Locale.ROOT);
    }
    if (!r.entryNamed) {
      // the same for every mention of the key: done once
      r.entryNamed = true;
      r.head = e.name().toLowerCase(Locale.ROOT);
      alias(r, e.name());
      for (String a : overridden ? List.<String>of() : e.aliases()) {
        // the US Senate's other names are not the Philippine Senate's
        alias(r, a);
      }
    }
    if (m.end > m.start) {
      // "the country's army" names the army as "army"
      int from = m.possessor != null && m.possessor.start == m.start ? m.possessor.end + 1 : m.start;
      alias(r, text(from, m.end).transform(Resolver::withoutArticle));
    }
    if (m.abbreviation != null) {
      alias(r, m.abbreviation);
      abbreviations.putIfAbsent(m.abbreviation, key);
    }
    used.add(key);
    return key;
  }

  /**
   * The actors of the abbreviations the article defines, by abbreviation: "the paramilitary Rapid
   * Support Forces (RSF)" makes a later "The RSF" theirs, not Reporters Without Borders'.
   */
  private final Map<String, String> abbreviations = new java.util.HashMap<>();

  /** The actor the article defined the abbreviation {@code m} as, or null. */
  private String definedAbbreviation(Ment m) {
    if (abbreviations.isEmpty() || m.abbreviation != null) {
      return null;
    }
    int last = m.end - 1;
    if (last < m.start || !(last == m.start || last == m.start + 1 && toks[m.start].text.equalsIgnoreCase("the"))) {
      return null;
    }
    return abbreviations.get(toks[last].text);
  }

  /**
   * The organisation named in the article whose initials a gazetteer's abbreviation of another, not
   * named, also is: "the paramilitary Rapid Support Forces … the RSF said" is theirs, not Reporters
   * Without Borders'; or null.
   */
  private String initialsOfNamed(Ment m) {
    if (organizationsByInitials.isEmpty() || m.abbreviation != null || records.containsKey(m.entry.id())) {
      return null;
    }
    int last = m.end - 1;
    if (last < m.start || !(last == m.start || last == m.start + 1 && toks[m.start].text.equalsIgnoreCase("the"))) {
      return null;
    }
    // three letters at least: two ("UN" of the Ukrainian Navy) are too often another's
    return byInitials(toks[last].text, 3);
  }

  /** A capitalised name not in the gazetteer: a known person by surname or full name, or nothing. */
  private String known(Ment m) {
    if (!m.hasName()) {
      return null;
    }
    String name = text(m.nameStart, m.nameEnd);
    String key = anyByName(name);
    if (key == null && m.nameEnd - m.nameStart == 1) {
      key = surnameSpeltOtherwise(name);
    } else if (key == null && m.nameEnd - m.nameStart <= 4) {
      key = fullNameSpeltOtherwise(name);
    }
    if (key == null) {
      // "the FM" after "Foreign Minister of Kyrgyzstan Ruslan Kazakbayev": the person's title, before any
      // body whose name has the same initials ("Foreign Ministry")
      key = personByTitleInitials(m, name);
    }
    if (key == null && m.nameEnd - m.nameStart == 1
        // but "Hinduja, 84, said he would step back": an age marks a person
        && !(m.end + 1 < toks.length && toks[m.end].isPunct(',') && toks[m.end + 1].kind == Token.Kind.NUMBER)) {
      key = organizationShortened(name, toks[m.nameStart].lexeme.unknown);
    }
    if (key != null) {
      used.add(key);
    }
    return key;
  }

  /** How many of the actors named last are looked at for a surname spelt another way. */
  private static final int SPELLING_REACH = 400;

  /**
   * The person whose surname {@code name} is spelt another way, for transliterated names spelt two ways in one
   * article ("Yahya Sarea … Saree said") and for a letter left out or typed twice ("Vivian Balakrishnan …
   * Balakrishan said"); only among the last {@link #SPELLING_REACH} actors named, and only if one person matches
   * ("Micron" is not "Macron").
   */
  private String surnameSpeltOtherwise(String name) {
    if (name.length() < 5) {
      return null;
    }
    String found = null;
    // among the actors named last, a bounded number, so the work stays linear in the article
    for (int i = order.size() - 1; i >= 0 && i >= order.size() - SPELLING_REACH; i--) {
      Record r = records.get(order.get(i));
      if (r.kind != ActorKind.PERSON) {
        continue;
      }
      int space = r.name.lastIndexOf(' ');
      String surname = space < 0 ? r.name : r.name.substring(space + 1);
      if (speltOtherwise(surname, name)) {
        if (found != null && !found.equals(r.key)) {
          return null;
        }
        found = r.key;
      }
    }
    return found;
  }

  /**
   * The person whose full name {@code name} is, with the same given names and the surname spelt another way
   * ("Deb Robinson … Deb Robsinson said"); only among the last {@link #SPELLING_REACH} actors named, and only if one
   * person matches.
   */
  private String fullNameSpeltOtherwise(String name) {
    int space = name.lastIndexOf(' ');
    if (space <= 0) {
      return null;
    }
    String given = fold(name.substring(0, space));
    String surname = name.substring(space + 1);
    String found = null;
    for (int i = order.size() - 1; i >= 0 && i >= order.size() - SPELLING_REACH; i--) {
      Record r = records.get(order.get(i));
      int at = r.name.lastIndexOf(' ');
      if (r.kind == ActorKind.PERSON && at > 0 && fold(r.name.substring(0, at)).equals(given)
          && speltOtherwise(r.name.substring(at + 1), surname)) {
        if (found != null && !found.equals(r.key)) {
          return null;
        }
        found = r.key;
      }
    }
    return found;
  }

  /**
   * Whether {@code b} is the surname {@code a} spelt another way: of five letters or more, with one of its last two
   * letters changed ("Sarea", "Saree"); or, of eight letters or more, with one letter more or fewer after its first
   * three ("Balakrishnan", "Balakrishan"; "Robinson", "Robsinson"; not "Johnson" and "Johnston").
   */
  private static boolean speltOtherwise(String a, String b) {
    if (a.length() == b.length()) {
      return a.length() >= 5 && a.charAt(0) == b.charAt(0) && a.regionMatches(0, b, 0, b.length() - 2)
          && oneLetterApart(a, b);
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() != shorter.length() + 1 || shorter.length() < 8 || !longer.regionMatches(0, shorter, 0, 3)) {
      return false;
    }
    int k = 0;
    while (k < shorter.length() && longer.charAt(k) == shorter.charAt(k)) {
      k++;
    }
    return longer.regionMatches(k + 1, shorter, k, shorter.length() - k);
  }

  private static boolean oneLetterApart(String a, String b) {
    int differences = 0;
    for (int i = 0; i < a.length() && differences < 2; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        differences++;
      }
    }
    return differences == 1;
  }

  /** Full names seen, by their last word, for a later mention by surname: "Gáspár Maróth". */
  private final Map<String, String> fullNames = new java.util.HashMap<>();

  private void noteFullName(Ment m) {
    if (m.hasName() && m.nameEnd - m.nameStart >= 2 && m.nameEnd - m.nameStart <= 4) {
      String full = text(m.nameStart, m.nameEnd);
      fullNames.put(fold(toks[m.nameEnd - 1].text), full);
      fullNames.putIfAbsent(fold(toks[m.nameStart].text), full);
    }
  }

  /** An organisation known by capitalised words ending in an organisation noun. */
  private String organization(Ment m, boolean record) {
    String name = undotted(text(m.nameStart, m.nameEnd));
    if (m.kind == ActorKind.GOVERNMENT_BODY && name.startsWith("government of ")) {
      // "the government of Gilgit-Baltistan" is the Government of Gilgit-Baltistan
      name = "G" + name.substring(1);
    }
    String key = anyByName(name);
    if (key == null && record) {
      key = personByTitleInitials(m, name);
      if (key != null) {
        used.add(key);
        return key;
      }
    }
    if (key == null && m.nameEnd - m.nameStart == 1) {
      // "Gulfmark said" after "oil refiner Gulfmark Energy": the one organisation whose name it begins,
      // or whose initials it is
      key = organizationShortened(name, toks[m.nameStart].lexeme.unknown);
    }
    if (key == null && m.nameEnd - m.nameStart == 1 && m.nameStart > 0 && toks[m.nameStart - 1].text.equalsIgnoreCase("the")
        && NOT_BUSINESS_NAME_WORDS.contains(name)) {
      // "The European Commission opened a case … the Commission said": the one body of late whose
      // name has the noun; none when several have it
      key = onlyRecentWithWord(name);
    }
    if (key == null) {
      // "Health Canada" is a body by its name; the others are organisations or media
      ActorKind kind = m.kind == ActorKind.MEDIA || m.kind == ActorKind.GOVERNMENT_BODY ? m.kind : ActorKind.ORGANIZATION;
      key = (kind == ActorKind.MEDIA ? "media:" : kind == ActorKind.GOVERNMENT_BODY ? "body:" : "org:") + slug(name);
      Record r = ensure(key, kind, name);
      r.country = m.country;
    }
    if (m.abbreviation != null) {
      alias(records.get(key), m.abbreviation);
      abbreviations.putIfAbsent(m.abbreviation, key);
    }
    if (m.end > m.nameEnd && toks[m.nameEnd].is("of")) {
      // "the Civil Aviation Authority of the Philippines": its state, named in full, is a name of it too
      alias(records.get(key), undotted(text(m.nameStart, m.end)));
    } else if (m.end == m.nameEnd + 1 && toks[m.nameEnd].isLowerCase()) {
      // "the Republican Renewal party": known by its noun, for "the party" later
      records.get(key).describedAs.add(toks[m.nameEnd].text);
    }
    used.add(key);
    return key;
  }

  /** Initials with dots: "U.K.", "U.S.", "U.N.". */
  private static final java.util.regex.Pattern DOTTED_INITIALS =
      java.util.regex.Pattern.compile("\\b((?:\\p{Lu}\\.){2,3})(?=\\s)");

  /**
   * An organisation's name of several words with its dotted initials written without dots ("U.K.
   * Health Security Agency" is "UK Health Security Agency"), so that both spellings name one actor.
   */
  static String undotted(String name) {
    if (name.indexOf('.') < 0 || name.indexOf(' ') < 0) {
      return name;
    }
    java.util.regex.Matcher m = DOTTED_INITIALS.matcher(name);
    StringBuilder b = new StringBuilder(name.length());
    while (m.find()) {
      m.appendReplacement(b, m.group(1).replace(".", ""));
    }
    m.appendTail(b);
    return b.toString();
  }

  private String anyByName(String name) {
    String folded = fold(name);
    String person = personsByName.get(folded);
    return person != null ? person : actorsByName.get(folded);
  }

  private String personByName(String name) {
    return personsByName.get(fold(name));
  }

  /** Articles joined to Arabic surnames by a hyphen, which a later mention may leave out: "al-Shammari". */
  private static final Set<String> ARABIC_ARTICLES = ImmutableSet.of("al", "el", "ad", "ar", "as", "ash", "an", "at",
      "az");

  /**
   * The person named last whose surname is {@code surname} and whose gender agrees with {@code gender}, or
   * {@code fallback}.
   */
  private String sameSurname(String surname, Ment.Gender gender, String fallback) {
    String best = fallback;
    int bestAt = -1;
    for (Record r : records.values()) {
      if (r.kind == ActorKind.PERSON && r.name.endsWith(" " + surname) && compatible(r.gender, gender)
          && lastMention.getOrDefault(r.key, -1) > bestAt) {
        best = r.key;
        bestAt = lastMention.getOrDefault(r.key, -1);
      }
    }
    return best;
  }

  /** A person first named by surname only, now named in full: "Pelosi", then "Nancy Pelosi". */
  private String personBySurname(String name) {
    int space = name.lastIndexOf(' ');
    if (space < 0) {
      return null;
    }
    String surname = name.substring(space + 1);
    String key = personsByName.get(fold(surname));
    Record r = key == null ? null : records.get(key);
    if (r != null && r.name.equals(surname)) {
      r.name = name;
      index(r, name);
      return r.key;
    }
    return null;
  }

  private String person(Ment m) {
    if (!m.hasName()) {
      return null;
    }
    String name = text(m.nameStart, m.nameEnd);
    String full = m.nameEnd - m.nameStart == 1 ? fullNames.get(fold(name)) : null;
    if (full != null) {
      name = full;
    }
    noteFullName(m);
    String key = personByName(name);
    if (key == null) {
      key = personBySurname(name);
    }
    if (key == null) {
      // "Vivian Balakrishnan … Dr Balakrishan said", "Deb Robsinson … Dr Robinson": a name typed another way
      key = m.nameEnd - m.nameStart == 1 ? surnameSpeltOtherwise(name) : fullNameSpeltOtherwise(name);
    }
    if (key != null && m.nameEnd - m.nameStart == 1 && !compatible(records.get(key).gender, m.gender)) {
      // "Sister Margaret Lange said … Mr Lange once described": the man of that surname named last
      key = sameSurname(text(m.nameStart, m.nameEnd), m.gender, key);
    }
    Record r;
    if (key == null) {
      key = "person:" + slug(name);
      r = ensure(key, ActorKind.PERSON, name);
      String[] parts = name.split(" ");
      if (parts.length > 1) {
        String last = parts[parts.length - 1];
        alias(r, last);
        int dash = last.indexOf('-');
        if (dash > 0 && dash <= 3 && ARABIC_ARTICLES.contains(last.substring(0, dash).toLowerCase(Locale.ROOT))
            && last.length() - dash > 3 && Character.isUpperCase(last.charAt(dash + 1))) {
          // "Haidar Salman al-Shammari … Shammari said": the surname without its article
          alias(r, last.substring(dash + 1));
        }
      }
      // "the Due Process Clause of the Constitution": no one a pronoun stands for; but "the Dalai
      // Lama" is
      r.definite = m.title == null && m.nameStart > 0 && parts.length >= 3
          && (toks[m.nameStart - 1].is("the") || toks[m.nameStart - 1].is("The"));
      if (parts.length > 2 && !parts[parts.length - 2].isEmpty()
          && Character.isLowerCase(parts[parts.length - 2].charAt(0))) {
        // "Bill de Blasio": "de Blasio", and "De Blasio" at a sentence start
        String particle = parts[parts.length - 2];
        alias(r, particle + " " + parts[parts.length - 1]);
        alias(r, Character.toUpperCase(particle.charAt(0)) + particle.substring(1) + " " + parts[parts.length - 1]);
      }
    } else {
      r = records.get(key);
    }
    if (m.nativeName != null) {
      r.natives.add(m.nativeName);
      String[] parts = r.name.split(" ");
      if (parts.length > 1) {
        // "Xi Jinping (習近平)": the family name comes first
        alias(r, parts[0]);
      }
    }
    CountryCode shared = m.titleOrg != null && SHARED_NAMES.contains(m.titleOrg.name())
        && (m.country == null || m.titleOrg.country().map(m.country::equals).orElse(false))
        ? storyState(m.titleOrg.country().orElse(null)) : null;
    if (shared != null && r.country == null) {
      // "Senate President Thomas Rivera Schatz" in a story about Puerto Rico alone
      r.country = shared;
    }
    if (m.country != null && r.country == null) {
      r.country = m.country;
    }
    if (m.titleOrg != null && r.country == null) {
      r.country = m.titleOrg.country().orElse(null);
    }
    if (m.titleText != null && r.roles.stream().noneMatch(x -> x.title().equalsIgnoreCase(m.titleText))) {
      Role.Builder role = Role.builder().title(m.titleText);
      String org = organization(m);
      if (org != null) {
        // "Kuomintang Chairman Eric Chu": the party is mentioned too, for "the party" after it
        mentioned(org);
        role.organization(ActorId.of(org));
        if (m.title != null && m.title.isSpokesperson()) {
          r.principalKey = org;
        }
      }
      r.roles.add(role.build());
      if (formerTitle(m)) {
        // "Former Samoan Prime Minister Tuilaepa Sailele": not who "the leaders of Samoa …" are
        pastHolders.add(r.key);
      }
      String initials = titleInitials(m.titleText);
      if (initials != null && !formerly(m)) {
        personsByTitleInitials.merge(initials, r.key, Resolver::oneKey);
      }
      int of = m.titleText.indexOf(" of ");
      String before = of > 0 ? titleInitials(m.titleText.substring(0, of)) : null;
      if (before != null && !before.equals(initials) && !formerly(m)) {
        // "the FM" for "Foreign Minister of the Kyrgyz Republic Erlan Abdyldaev": the title's own words, before
        // the state it is of
        personsByTitleInitials.merge(before, r.key, Resolver::oneKey);
      }
      if (m.titleText != null && m.title != null && !m.title.isSpokesperson()) {
        // "Army spokesman Colonel Onyema Nwachukwu": a spokesperson's noun before a rank
        for (String word : m.titleText.toLowerCase(Locale.ROOT).split(" ")) {
          if (SPOKESPERSON_HEADS.contains(word)) {
            r.describedAs.add(word);
          }
        }
      }
      if (m.title != null) {
        r.titleRank = m.title.rank();
        r.ranks.add(m.title.rank());
        if (m.title.body().map(FOREIGN_AFFAIRS_BODIES::contains).orElse(false)) {
          // "Secretary of State John Kerry … The top U.S. diplomat said": a state's top diplomat
          r.ranks.add(TOP_DIPLOMAT);
        }
      }
    }
    if (m.tie != null) {
      r.ties.add(m.tie);
    }
    if (m.gender != Ment.Gender.UNKNOWN) {
      r.gender = m.gender;
    }
    if (r.gender == Ment.Gender.UNKNOWN) {
      r.gender = gazetteer.givenNames.getOrDefault(toks[m.nameStart].text, Ment.Gender.UNKNOWN);
    }
    genderFromTitle(r, m);
    genderFromAside(r, m);
    used.add(key);
    return key;
  }

  /** Prepositions that open an aside whose possessive pronoun is the named person's: "on her third day". */
  private static final WordSet ASIDE_PREPOSITIONS = WordSet.of("on", "in", "at", "with", "during", "after", "before",
      "from");

  /**
   * "State prosecutor Naledi Mahlangu, on her third day of questioning, told him": a possessive pronoun
   * in an aside set off right after a person's name tells the person's gender, when it is not known.
   */
  private void genderFromAside(Record r, Ment m) {
    if (r.gender != Ment.Gender.UNKNOWN || m.end + 2 >= toks.length || !toks[m.end].isPunct(',')) {
      return;
    }
    if (!ASIDE_PREPOSITIONS.has(toks[m.end + 1])) {
      // but in "Kim Soo-hyun, her lawyer, said" the pronoun is someone else's
      return;
    }
    for (int k = m.end + 2; k < toks.length && k <= m.end + 4; k++) {
      Token t = toks[k];
      if (t.is("her")) {
        r.gender = Ment.Gender.FEMALE;
        return;
      }
      if (t.is("his")) {
        r.gender = Ment.Gender.MALE;
        return;
      }
      if (!t.isWord() || !t.isLowerCase()) {
        return;
      }
    }
  }

  private void genderFromTitle(Record r, Ment m) {
    if (m.titleText == null) {
      return;
    }
    String t = m.titleText.toLowerCase(Locale.ROOT);
    if (t.contains("woman") || t.startsWith("queen") || t.startsWith("mrs") || t.startsWith("ms")) {
      r.gender = Ment.Gender.FEMALE;
    } else if (t.endsWith("man") || t.startsWith("king") || t.startsWith("mr")) {
      r.gender = Ment.Gender.MALE;
    }
  }

  /** The organisation a title is held in: written next to it, or the title's own body. */
  private String organization(Ment m) {
    if (m.titleOrg != null) {
      Ment org = new Ment(m.start, m.start, Ment.Type.NAMED);
      org.entry = m.titleOrg;
      // "Senate President …": which state's Senate, the story decides
      org.country = SHARED_NAMES.contains(m.titleOrg.name()) ? null : m.country;
      return namedQuiet(org);
    }
    if (m.title != null && m.title.body().isPresent()) {
      ActorEntry body = gazetteer.entry(m.title.body().get()).orElse(null);
      // a spokesperson speaks for the body even where the text gives it no state
      if (body != null && (!body.isGeneric() || m.country != null || m.title.isSpokesperson())) {
        Ment org = new Ment(m.start, m.start, Ment.Type.NAMED);
        org.entry = body;
        org.country = m.country;
        return namedQuiet(org);
      }
    }
    return null;
  }

  private String namedQuiet(Ment org) {
    String key = named(org);
    return key;
  }

  private String document(Ment m) {
    String name = text(m.nameStart >= 0 ? m.nameStart : m.start, m.nameEnd >= 0 ? m.nameEnd : m.end);
    String key = "doc:" + slug(name);
    Record r = ensure(key, ActorKind.DOCUMENT, name);
    if (m.country != null) {
      r.country = m.country;
    }
    used.add(key);
    return key;
  }

  private String description(Ment m, Ment lastSpeaker) {
    String possessor = null;
    if (m.possessor != null) {
      // "Merkel's spokesperson": the possessor is mentioned too, and a spokesperson speaks for it
      possessor = resolve(m.possessor, null);
      if (possessor == null && m.possessor.type == Ment.Type.CANDIDATE && m.possessor.hasName()) {
        m.possessor.type = Ment.Type.PERSON;
        possessor = person(m.possessor);
      }
      m.possessor.actorKey = possessor;
      mentioned(possessor);
    }
    if (possessor != null && m.voice) {
      // "the ministry's press service", "its press office": the office speaks for its owner, as the owner
      return possessor;
    }
    if (possessor != null && m.kind == ActorKind.DOCUMENT) {
      // "Judge Miller's statement reads": a document speaks for its author, and so does a later "the
      // statement" ("according to the company's recall report … the report said")
      if (m.head != null && !possessor.startsWith("anon:")) {
        // but not a group's ("the team's study"), which the study's own rules give its authors
        authorByHead.put(m.head, possessor);
      }
      return possessor;
    }
    String key = describedActor(m, lastSpeaker);
    if (possessor != null && key != null && m.title != null && m.title.isSpokesperson()
        && records.get(key).kind == ActorKind.ANONYMOUS) {
      records.get(key).principalKey = possessor;
    } else if (possessor != null && key != null && m.appositive != null && key.equals(m.appositive.actorKey)
        && (m.title != null && m.title.isSpokesperson() || m.head != null && SPOKESPERSON_HEADS.contains(m.head))
        && records.get(key).kind == ActorKind.PERSON && records.get(key).principalKey == null
        && records.get(possessor).kind != ActorKind.PERSON) {
      // "Andrés Pizarro, a spokesman for the National Forestry Corporation,": he speaks for it
      records.get(key).principalKey = possessor;
    }
    return key;
  }

  private String describedActor(Ment m, Ment lastSpeaker) {
    if (m.appositive != null) {
      // "the Japanese foreign minister, Nobutaka Machimura,": the person named beside it
      if (m.appositive.actorKey == null) {
        m.appositive.actorKey = resolve(m.appositive, null);
      }
      if (m.appositive.actorKey != null && m.head != null && m.kind != ActorKind.PERSON) {
        // "Jamaat-e-Islami, Bangladesh's largest Islamist party, … The party said": known by that noun
        records.get(m.appositive.actorKey).describedAs.add(m.head.toLowerCase(Locale.ROOT));
      }
      return m.appositive.actorKey;
    }
    if (m.author != null) {
      // "the task force released a statement saying …": the statement speaks for its author
      if (m.author.actorKey == null) {
        m.author.actorKey = resolve(m.author, null);
      }
      if (m.author.actorKey != null) {
        lastAuthor = m.author.actorKey;
        authorByHead.put(m.head, m.author.actorKey);
        return m.author.actorKey;
      }
    }
    if (m.kind == ActorKind.PERSON) {
      // "the spokesman", "the foreign minister": the last person holding such a title; "a
      // spokesperson" is someone new
      String found = null;
      // "The Prime Minister's spokesman" is not the spokesman named before for someone else
      // "this minister" as well, when it speaks: a demonstrative points back as the article does; but not
      // "This president, he said, had betrayed the party", said of someone
      boolean definite = (toks[m.start].text.equalsIgnoreCase("the")
          || toks[m.start].text.equalsIgnoreCase("this") && speaking.contains(m)) && m.possessor == null;
      String org = organization(m);
      // "White House press secretary Karine Jean-Pierre said … The spokeswoman added": a spokesperson's
      // noun alone names the last person who held any spokesperson's title
      boolean bareSpokesperson = m.title != null && m.title.isSpokesperson() && org == null && m.end - m.start == 2;
      // "the French minister" after a French minister and a prime minister of no known state: the French one
      String ofTheState = null;
      for (String key : definite ? recent : List.<String>of()) {
        Record r = records.get(key);
        if (r.kind == ActorKind.PERSON
            // "the French minister" is no British prime minister
            && (m.country == null || r.country == null || m.country.equals(r.country))
            && (r.roles.stream().anyMatch(x -> titleMatches(x.title(), m)
                    && (org == null || x.organization().map(o -> o.value().equals(org)).orElse(true)))
                || bareSpokesperson && ("SPOKESPERSON".equals(r.titleRank) || describedAsSpokesperson(r))
                    && compatible(r.gender, m.gender))) {
          found = r.key;
          if (m.country != null && m.country.equals(r.country)) {
            ofTheState = r.key;
          }
        } else if (bareSpokesperson && r.kind == ActorKind.ANONYMOUS && r.head != null
            && SPOKESPERSON_HEADS.contains(r.head) && found != null && compatible(r.gender, m.gender)
            && (m.gender == Ment.Gender.UNKNOWN || r.head.equals(m.head))
            && lastMention.getOrDefault(key, -1) > lastMention.getOrDefault(found, -1)) {
          // "A spokeswoman for the Pentagon declined to comment. The spokeswoman later said": the one
          // brought in since, unnamed
          found = r.key;
        }
      }
      if (ofTheState != null) {
        found = ofTheState;
      }
      boolean bareThe = (toks[m.start].is("the") || toks[m.start].is("The")) && m.end - m.start == 2
          && !(m.end < toks.length && toks[m.end].is("of"));
      if (found == null && m.relation && m.head != null && m.possessor == null
          && (POSSESSIVE_PRONOUNS.has(toks[m.start]) || bareThe)) {
        // "his daughter Nettie Baker … his daughter said": the person the text gave that tie; so is
        // "the brother" after "The referee's brother, Yaw Asare-Bediako,"
        for (String key : recent) {
          Record r = records.get(key);
          if (r.kind == ActorKind.PERSON && r.ties.contains(m.head)
              // but not past another of that tie: "Another father whose children drowned … The father said"
              && !(bareThe && wordBetween(m.head, lastMention.getOrDefault(key, -1) + 1, m.start))) {
            found = r.key;
          }
        }
      }
      if (found == null && m.epithet) {
        // "Neymar scored twice. "…," the Brazilian said.": the person of that country named last,
        // or else the person named last whose country is not known
        found = m.country == null ? null
            : lastMatching(r -> r.kind == ActorKind.PERSON && !r.definite && m.country.equals(r.country), m.start);
        if (found == null) {
          found = lastMatching(r -> r.kind == ActorKind.PERSON && !r.definite && r.country == null, m.start);
        }
      }
      if (found == null) {
        // "Ambassador Rahm Emanuel … the envoy": a noun for a title's rank, when no one held its own title
        found = rankHolder(m);
      }
      if (found != null) {
        return found;
      }
      boolean complemented = m.end < tokens.size() && (toks[m.end].is("of") || toks[m.end].is("for"));
      if (definite && m.title == null && !m.relation && !complemented && lastSpeaker != null && lastSpeaker.actorKey != null
          && records.get(lastSpeaker.actorKey).kind == ActorKind.PERSON
          && compatible(records.get(lastSpeaker.actorKey).gender, m.gender)
          // but "Foreign Minister Wang Yi said … The ministry spokesman said": one who speaks for
          // another is no one known by another title
          && (!SPOKESPERSON_HEADS.contains(m.head) || !heldOtherOffice(records.get(lastSpeaker.actorKey)))) {
        // ""…," said Karen Alley. The Wooster professor added": a definite common noun for a
        // person is most often the one who just spoke
        return lastSpeaker.actorKey;
      }
      if (m.epithet && m.country == null) {
        // "Kenya's Wilson Keter broke the record. Keter ran alone ahead of Ethiopia's Dawit Gebre. "…,"
        // said the 26-year-old": when no person of unknown country and no one who spoke came before, an
        // age stands for the person named last as a sentence's subject, of any country
        String subject = subjectPersonBefore(m);
        if (subject != null) {
          return subject;
        }
      }
      String key = anonymousRecord(m, ActorKind.ANONYMOUS);
      if (definite && m.title != null && m.titleText != null && (org != null || m.country != null)
          || headlineTitleOfState(m)) {
        // "the Greek foreign minister … Greek Foreign Minister George Katrougalos", "Lebanon's
        // president says …" in the first sentence, then "Lebanese President Joseph Aoun said": the
        // title may be named after it
        forward.add(new Forward(m, org, key));
      }
      if (org != null && m.title != null && m.title.isSpokesperson()) {
        // "a State Department spokesperson" speaks for the State Department
        records.get(key).principalKey = org;
      }
      return key;
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && authorByHead.containsKey(m.head)
        && toks[m.start].text.equalsIgnoreCase("the")) {
      // "The states filed a lawsuit … The lawsuit alleges": the one who filed it
      return authorByHead.get(m.head);
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && OFFICIAL_DOCUMENTS.contains(m.head)
        && toks[m.start].text.equalsIgnoreCase("the") && lastAuthor != null) {
      // "… released a statement. … read the statement": the statement last issued
      return lastAuthor;
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && OFFICIAL_DOCUMENTS.contains(m.head)
        && toks[m.start].text.equalsIgnoreCase("the") && lastSpeaker != null
        && lastSpeaker.actorKey != null) {
      // "The statement also said …": the statement of the one who spoke last, when no document
      // of that name was mentioned
      Record speaker = records.get(lastSpeaker.actorKey);
      boolean named = recent.stream().anyMatch(k -> k.startsWith("doc:")
          && records.get(k).name.toLowerCase(Locale.ROOT).contains(m.head));
      if (!named && speaker.kind != ActorKind.ANONYMOUS && speaker.kind != ActorKind.DOCUMENT) {
        return speaker.key;
      }
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && m.head != null && MEDIA_DOCUMENTS.contains(m.head)
        && toks[m.start].text.equalsIgnoreCase("the") && lastSpeaker != null && lastSpeaker.actorKey != null
        && records.get(lastSpeaker.actorKey).kind == ActorKind.MEDIA
        && recent.stream().noneMatch(k -> k.startsWith("doc:") && records.get(k).name.toLowerCase(Locale.ROOT)
            .contains(m.head))
        // but "The audit office published its annual report. CNN said … The report said": a report named before the
        // medium's sentence is that one
        && !documentNamedBetween(m.head, Math.max(0, lastSpeaker.start - REPORT_REACH),
            sentenceStartNear(lastSpeaker.start, REPORT_REACH))) {
      // "The Times said sources had confirmed it. The report, quoting Russian channels, said …": the report of
      // the medium that spoke last
      return lastSpeaker.actorKey;
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && JUDGMENTS.contains(m.head) && isDefinite(m)) {
      // "According to the ruling, …": the judgment of the court named last
      String court = lastMatching(r -> (r.kind == ActorKind.GOVERNMENT_BODY || r.kind == ActorKind.ORGANIZATION)
          && (mentionsHead(r, "court") || mentionsHead(r, "tribunal")), m.start);
      if (court != null) {
        return court;
      }
    }
    if (m.kind == ActorKind.DOCUMENT && m.country == null && STUDY_DOCUMENTS.contains(m.head) && isDefinite(m)) {
      // "Researchers from the University of Colorado reported … says the study": the team's study
      String team = lastMatching(r -> r.kind == ActorKind.ANONYMOUS && r.plural && STUDY_AUTHORS.contains(r.head),
          m.start);
      if (team != null) {
        return team;
      }
    }
    if (m.kind == ActorKind.DOCUMENT && m.country != null && OFFICIAL_DOCUMENTS.contains(m.head)) {
      // "the Turkish statement": an official statement with a country is its state's
      return gazetteer.country(m.country).map(this::state).orElse(null);
    }
    if (m.possessor != null && m.possessor.hasName()) {
      // "Karam's office said": the office of the person named, not a body named before whose names
      // include an office ("Foreign Office")
      String office = officeOfPerson(m, lastSpeaker);
      if (office != null) {
        return office;
      }
    }
    String held = bodyOfHolder(m, lastSpeaker);
    if (held != null) {
      return held;
    }
    // "the ministry", "the statement": the last actor of that kind whose name has the head word
    String found = null;
    // "The Aviation Herald reported … the industry publication": the medium named last
    boolean plainMedium = m.kind == ActorKind.MEDIA && isPlainMediumDescription(m);
    // "The airline said … A rival airline said": an indefinite description brings in one not named before
    Token first = toks[m.start];
    boolean indefinite = (first.is("a") || first.is("A") || first.is("an") || first.is("An") || first.is("another")
        || first.is("Another")) && !m.issuerOfDocument;
    for (String key : indefinite ? List.<String>of() : recent) {
      Record r = records.get(key);
      // a body the gazetteer does not know is an organisation by its name: "the ministry" after
      // "Vietnam's Ministry of Industry and Trade"
      boolean kindFits = r.kind == m.kind || m.kind == ActorKind.GOVERNMENT_BODY && r.kind == ActorKind.ORGANIZATION
          && !r.key.startsWith("anon:");
      if (kindFits && (mentionsHead(r, m.head)
          || m.kind == ActorKind.DOCUMENT && OFFICIAL_DOCUMENTS.contains(m.head) && !isJudgment(r) && isDefinite(m)
          || plainMedium && r.key.startsWith("media:"))
          && (m.country == null || r.country == null || m.country.equals(r.country))
          // nor is "the Sinaloa government" "the Jalisco government"
          && placesFit(m, r)) {
        // but "Israel's military" is not "South Korea's military"
        found = key;
      }
    }
    if (found != null && !found.startsWith("anon:") && m.head != null
        && GROUP_NOUNS.contains(m.head.toLowerCase(Locale.ROOT)) && !records.get(found).spoke && isDefinite(m)) {
      // "owned by the Chinese e-commerce group Hengyuan. The consumer association Consumentenbond welcomed the
      // fine. The group said": an organisation that spoke since as a subject, not one the noun described before
      String found0 = found;
      String spoke = lastMatching(r -> r.kind == ActorKind.ORGANIZATION && !r.key.startsWith("anon:") && r.spoke
          && Boolean.TRUE.equals(subjects.get(r.key))
          && lastMention.getOrDefault(r.key, -1) > lastMention.getOrDefault(found0, -1), m.start);
      if (spoke != null) {
        found = spoke;
      }
    }
    int introduced = found == null ? -1 : firstMention.getOrDefault(found, -1);
    if (found != null && found.startsWith("anon:") && introduced >= 0
        // but "a group set up by parents … the group said": an indefinite description brought in a
        // new one, whom the definite one names again
        && !(toks[introduced].is("a") || toks[introduced].is("A") || toks[introduced].is("an")
            || toks[introduced].is("An"))) {
      // "the bloc's deepening rift … said the Economic Community of West African States … The bloc
      // warned": an organisation named since the description stood alone is what it described
      String named = namedByCommonNoun(m);
      // one that spoke since, not one named only as an object ("It lent money to Evergrande Group")
      if (named != null && records.get(named).spoke
          && lastMention.getOrDefault(named, -1) > lastMention.getOrDefault(found, -1)) {
        found = named;
      }
    }
    if (found == null) {
      found = namedByCommonNoun(m);
    }
    if (found == null) {
      found = officeOfPerson(m, lastSpeaker);
    }
    if (found != null) {
      return found;
    }
    if (m.possessor != null && m.kind != null) {
      // "Day's animal foundation": a body of its own, whatever its kind
      String key = anonymousRecord(m, m.kind);
      used.add(key);
      return key;
    }
    // "the newspaper", "the ministry", "the party": unnamed, but of their kind, and never a "he"
    boolean keepsKind = m.kind == ActorKind.DOCUMENT || m.kind == ActorKind.MEDIA
        || m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.GOVERNMENT_BODY;
    return anonymousRecord(m, keepsKind ? m.kind : ActorKind.ANONYMOUS);
  }

  /**
   * "The company said", "the agency said", "the group said": a definite common noun for a
   * business, a public body or any organisation stands for the one of that kind named last; null
   * if none fits.
   */
  private String namedByCommonNoun(Ment m) {
    // "the Munich-based company": where it is based, whose country is no other's
    boolean based = m.end - m.start == 3 && toks[m.start + 1].text.endsWith("-based")
        && toks[m.start + 1].text.length() > 7;
    // "Taiwan Railway Corporation … The railway company denied": a word of the name before the noun
    // "… chairwoman of the state-owned railway company": the word right before the noun, after one other
    String modifier = (m.end - m.start == 3 || m.end - m.start == 4 && toks[m.start + 1].isLowerCase())
        && !based && toks[m.end - 2].isLowerCase() && toks[m.end - 2].isWord()
        && !SIZE.matcher(toks[m.end - 2].text).matches() ? toks[m.end - 2].text : null;
    if (!isDefinite(m) || m.plural || m.possessor != null || m.country != null && !based || m.head == null
        // "the company", or with a size: "the 10-member bloc", "the 27-nation union"
        || m.end - m.start != 2 && !based && modifier == null
            && !(m.end - m.start == 3 && SIZE.matcher(toks[m.start + 1].text).matches())) {
      return null;
    }
    String head = m.head.toLowerCase(Locale.ROOT);
    if (modifier != null) {
      if (!COMPANY_NOUNS.contains(head) && !BODY_NOUNS.contains(head) || GENERIC_MODIFIERS.contains(modifier)) {
        return null;
      }
      String word = modifier;
      boolean body = BODY_NOUNS.contains(head);
      // a business for a business's noun, a body for a body's: "The energy giant" is no International
      // Energy Agency, "The oil company" no Oil Ministry
      String last = lastMatching(r -> !r.key.startsWith("anon:") && hasWord(r.name, word) && (body
          ? r.kind == ActorKind.GOVERNMENT_BODY || r.kind == ActorKind.ORGANIZATION && namedLike(r, BODY_NAME_WORDS)
          : r.kind == ActorKind.ORGANIZATION && !namedLike(r, NOT_BUSINESS_NAME_WORDS) && !namedLike(r, BODY_NAME_WORDS)),
          m.start);
      if (last == null && !body) {
        // "grain handler CBH … the grain cooperative": with no business whose name has the word, the one
        // business the story has named, if it named only one, after a noun for its trade, by a name of one word
        // that tells nothing of it (not "Taiwan Railway Corporation … The oil company")
        Test business = r -> !r.key.startsWith("anon:") && r.kind == ActorKind.ORGANIZATION
            && !namedLike(r, NOT_BUSINESS_NAME_WORDS) && !namedLike(r, BODY_NAME_WORDS)
            && (r.key.startsWith(COMPANY_PREFIX) || !r.entryNamed);
        String only = null;
        for (String key : recent) {
          Record r = records.get(key);
          if (r.key.startsWith("anon:") && r.head != null && COMPANY_NOUNS.contains(r.head)
              && only != null && lastMention.getOrDefault(key, -1) > lastMention.getOrDefault(only, -1)) {
            // "Gazprom cut supplies to a Moldovan utility. The gas company said": maybe the business unnamed
            return null;
          }
          if (business.test(r) && !excluded.contains(key)) {
            if (only != null && !only.equals(key)) {
              // "BHP and Rio Tinto said … The mining company said": which one, the words do not say
              return null;
            }
            only = key;
          }
        }
        int at = only == null ? -1 : lastMention.getOrDefault(only, -1);
        // named in a list, "BHP and Rio Tinto", it is one of others whatever they are
        boolean listed = at > 0 && (toks[at - 1].is("and") || toks[at - 1].isPunct(','))
            || at >= 0 && at + 1 < toks.length && (toks[at + 1].is("and") || toks[at + 1].isPunct(',')
                && at + 2 < toks.length && toks[at + 2].isCapitalized());
        return only != null && records.get(only).name.indexOf(' ') < 0 && !listed && byTrade.contains(only)
            && at > lastUnresolvedName ? only : null;
      }
      // the word of its name says which, past any name no list knows
      return last;
    }
    if (NAME_NOUNS.contains(head)) {
      // "The Philippine Institute of Volcanology and Seismology … The institute said": the body or
      // organisation named last whose name has the noun
      // "The United Nations Interim Force in Lebanon … the mission said": a UN force is a mission too
      boolean mission = head.equals("mission");
      return lastMatching(r -> !r.key.startsWith("anon:")
          && (r.kind == ActorKind.ORGANIZATION || r.kind == ActorKind.GOVERNMENT_BODY) && (hasWord(r.name, head)
              || mission && r.name.startsWith("United Nations")
                  && (hasWord(r.name, "force") || hasWord(r.name, "operation"))),
          m.start);
    }
    if (GROUP_NOUNS.contains(head)) {
      // "Amnesty International condemned … The group said": the organisation named last, if no
      // group of people was described after it
      // but "the union" and "the association" are not the company whose workers they speak for: only
      // one named as such; "the bloc", "the alliance" and "the coalition" are international, no
      // company or party of one state
      boolean union = head.equals("union") || head.equals("association");
      boolean international = INTERNATIONAL_GROUP_NOUNS.contains(head);
      String last = lastMatching(r -> !r.key.startsWith("anon:") && r.kind == ActorKind.ORGANIZATION
              && (!union || namedLike(r, UNION_NAME_WORDS)) && (!international || r.country == null)
          || r.key.startsWith("anon:") && head.equals(r.head), m.start);
      return last != null && !last.startsWith("anon:") && lastMention.getOrDefault(last, -1) > lastUnresolvedName
          ? last : null;
    }
    if (COMPANY_NOUNS.contains(head) || BODY_NOUNS.contains(head)) {
      // "Meridian Resorts said … The company said", "The FDA approved … The agency said": a common
      // noun for a business or a body stands for the organisation, or body, named last
      boolean body = BODY_NOUNS.contains(head);
      Test fits = r -> !r.key.startsWith("anon:") && (body
          ? r.kind == ActorKind.GOVERNMENT_BODY || r.kind == ActorKind.ORGANIZATION && namedLike(r, BODY_NAME_WORDS)
          // a business by its name, or one the text named that no gazetteer entry (an NGO, a union) is
          : r.kind == ActorKind.ORGANIZATION && !namedLike(r, NOT_BUSINESS_NAME_WORDS)
              && (!r.entryNamed || namedLike(r, BUSINESS_NAME_WORDS)
                  // a company of the gazetteer the text made its subject, not one in a clause about it:
                  // "Ryanair cancelled flights after Boeing delayed deliveries. The company said"
                  || r.key.startsWith(COMPANY_PREFIX) && (r.spoke || Boolean.TRUE.equals(subjects.get(r.key)))));
      // but not past a name of no known kind after it, which may be the company: "Hasbro hosted …"
      String last = lastMatching(fits, m.start);
      if (last != null && based && !records.get(last).spoke) {
        // "Volkswagen bought a stake in Rivian. The California-based company said": where a company is
        // based may tell it from the one named last, so only a company that already spoke is taken
        return null;
      }
      if (last != null && (body && !(lastUnresolved != null && opensSentence(lastUnresolved))
          || lastMention.getOrDefault(last, -1) > lastUnresolvedName)) {
        // a name no list knows after it may be the business, but is seldom a public body: "the agency"
        // past "Kinmen's main island"; but not past one that opened a sentence ("Basarnas deployed …")
        return last;
      }
      Ment named = lastUnresolved;
      if (!body && named != null && named.actorKey == null && named.kind == null && named.type == Ment.Type.CANDIDATE
          && !named.insideQuote && named.start < m.start
          // the same sentence, or the one before when the business opened it and "the company" opens this one:
          // "Aer Lingus had to cancel 13 flights. The airline has apologised"
          && (sentencesBetween(named.start, m.start) == 0
              || sentencesBetween(named.start, m.start) == 1 && opensSentence(m) && opensSentence(named))
          && (opensSentence(named) || afterDateline(named)) && !startsWithGivenName(named)
          // a name, capitalised inside a sentence elsewhere too; not "Net income rose …, the company said"
          && (named.nameEnd - named.nameStart >= 2 || capitalisedInsideSentence(toks[named.nameStart].text, named.start))) {
        // "Lindenau will cut 9,500 jobs, the carmaker said": the name no list knows that opens what the
        // business said is the business
        named.kind = ActorKind.ORGANIZATION;
        named.actorKey = organization(named, true);
        mentioned(named.actorKey);
        return named.actorKey;
      }
      return null;
    }
    return null;
  }

  /**
   * The person named last as the subject that opens a sentence, within 80 tokens before {@code m}; or
   * null. A name no list knows yet is taken for a person, as an age describes one; a single name only
   * when it is the surname of a full name before it.
   */
  private String subjectPersonBefore(Ment m) {
    Ment subject = lastSubjectName;
    if (subject == null || subject.start >= m.start || m.start - subject.end >= 80 || otherAge(subject, m)) {
      return null;
    }
    if (subject.actorKey != null) {
      Record r = records.get(subject.actorKey);
      return r != null && r.kind == ActorKind.PERSON && !r.definite ? subject.actorKey : null;
    }
    String name = text(subject.nameStart, subject.nameEnd);
    if (subject.nameEnd - subject.nameStart == 1 && personBySurname(name) == null && personByName(name) == null) {
      // "Kenya's Wilson Keter broke the record. Keter ran …": the surname of a full name before it
      Ment full = fullNameBefore(lastSubjectIndex);
      if (full == null || otherAge(full, m)) {
        return null;
      }
      if (full.actorKey == null) {
        full.type = Ment.Type.PERSON;
        full.actorKey = person(full);
      }
    }
    subject.type = Ment.Type.PERSON;
    subject.actorKey = person(subject);
    mentioned(subject.actorKey);
    return subject.actorKey;
  }

  /**
   * A full name, of a person or of no known kind, that ends with the one-word name of the mention at
   * {@code at}, among the 400 mentions before it; or null.
   */
  private Ment fullNameBefore(int at) {
    String surname = toks[all.get(at).nameStart].text;
    Ment found = null;
    for (int k = at - 1; k >= 0 && k >= at - 400; k--) {
      Ment o = all.get(k);
      if (o.hasName() && o.nameEnd - o.nameStart >= 2 && toks[o.nameEnd - 1].text.equals(surname) && !o.insideQuote
          && (o.type == Ment.Type.PERSON || o.type == Ment.Type.CANDIDATE && o.kind == null) && !placed(o)) {
        if (found != null && !text(o.nameStart, o.nameEnd).equals(text(found.nameStart, found.nameEnd))) {
          // "Wilson Keter … his brother Paul Keter": two of that surname, so neither
          return null;
        }
        if (o.actorKey != null && records.get(o.actorKey).kind != ActorKind.PERSON) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }

  /**
   * Whether an age set off after the name of {@code person} ("Erling Haaland, 22,") differs from the
   * age of the epithet {@code epithet} ("the 52-year-old").
   */
  private boolean otherAge(Ment person, Ment epithet) {
    int k = person.end;
    if (k + 1 >= toks.length || !toks[k].isPunct(',') || toks[k + 1].kind != Token.Kind.NUMBER) {
      return false;
    }
    String age = toks[epithet.start + 1].text;
    int dash = age.indexOf('-');
    return dash > 0 && !age.substring(0, dash).equals(toks[k + 1].text);
  }

  /**
   * "the newspaper", "the industry publication": a definite medium by its kind alone; not "the
   * newspapers", nor "the state broadcaster", which may be another.
   */
  private boolean isPlainMediumDescription(Ment m) {
    if (!isDefinite(m) || m.plural || m.head.endsWith("s") || m.end - m.start > 3) {
      return false;
    }
    return m.end - m.start == 2 || PLAIN_MEDIUM_MODIFIERS.has(toks[m.start + 1])
        || isEpithet(toks[m.start + 1]) && mediaSpoken() == 1;
  }

  /** How many media have spoken so far; a dateline's agency named before has not. */
  private int mediaSpoken() {
    int count = 0;
    for (Record r : records.values()) {
      if (r.key.startsWith("media:") && r.spoke) {
        count++;
      }
    }
    return count;
  }

  private static final WordSet PLAIN_MEDIUM_MODIFIERS = WordSet.of("industry", "news", "online", "trade");
  /**
   * Endings of the adjectives a writer describes the one medium that has spoken with: "the
   * nationalist tabloid", "the influential daily".
   */
  private static final List<String> EPITHET_ENDINGS = List.of("ist", "ive", "ial", "ian", "ent", "ous");
  /** Adjectives that set another medium apart: "a rival paper", "the local newspaper", "the commercial broadcaster". */
  private static final WordSet NOT_EPITHETS = WordSet.of("rival", "local", "foreign", "commercial", "alternative",
      "investigative", "independent", "different", "prestigious", "progressive", "regional", "provincial",
      "international", "national", "official", "financial", "religious", "partisan", "opposition");

  /** Whether {@code t} is an adjective describing a medium just named: "nationalist", "influential". */
  private static boolean isEpithet(Token t) {
    String w = t.text;
    return t.isLowerCase() && w.length() >= 6 && !NOT_EPITHETS.has(t) && t.lexeme.mask == 0 && t.lexeme.cue == null
        && EPITHET_ENDINGS.stream().anyMatch(w::endsWith);
  }

  /** Whether a state's name owns the description {@code m}: "France's foreign minister". */
  private boolean stateOwned(Ment m) {
    if (m.possessor != null) {
      return m.possessor.type == Ment.Type.NAMED && m.possessor.entry != null
          && m.possessor.entry.kind() == ActorKind.STATE && m.titleText != null;
    }
    int words = descriptionWordsStart(m);
    return m.titleText != null && m.country != null && words > m.start + 1 && words < m.end
        && MentionFinder.isPossessive(toks[words - 1]) && toks[m.start].isCapitalized()
        && !toks[m.start].text.equalsIgnoreCase("the");
  }

  private boolean isDefinite(Ment m) {
    // "a club statement": one statement of the club named before
    return toks[m.start].text.equalsIgnoreCase("the") || m.issuerOfDocument;
  }

  /** A court's decision, ruling or verdict: no statement of anyone's. */
  private static boolean isJudgment(Record r) {
    String name = r.name.toLowerCase(Locale.ROOT);
    return JUDGMENTS.stream().anyMatch(name::endsWith);
  }

  /** Whether a word of the name of {@code r} is one of {@code words}. */
  private static boolean namedLike(Record r, Set<String> words) {
    for (String w : r.name.split(" ")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} ends in an organisation's noun other than {@code head}: "Irish Airline Pilots'
   * Guild" is a guild, no airline; "Japan Airlines" is one.
   */
  private static boolean headedByAnother(String name, String head) {
    String last = withoutCountry(name);
    int of = last.indexOf(" of ");
    if (of > 0) {
      // "Ministry of Internal Affairs and Communications" is headed by its first noun
      last = last.substring(0, of);
    }
    last = last.substring(last.lastIndexOf(' ') + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    return (NOT_BUSINESS_NAME_WORDS.contains(last) || BUSINESS_NAME_WORDS.contains(last))
        && !lower.equals(head) && !lower.equals(head + "s");
  }

  /** Whether the name or an alias of {@code r} has the word {@code head}: "the party" for the KMT. */
  private static boolean mentionsHead(Record r, String head) {
    if (r.name.toLowerCase(Locale.ROOT).contains(head) && !headedByAnother(r.name, head) || r.describedAs.contains(head)) {
      return true;
    }
    if (r.writtenHead != null) {
      // a generic body is known by the noun the article wrote, not by the names of every state's body of
      // its kind: "Rwanda's foreign ministry" is no "office" for being a "Foreign Office" elsewhere
      return r.writtenHead.equals(head);
    }
    for (String alias : r.aliases) {
      String lower = alias.toLowerCase(Locale.ROOT);
      int of = lower.indexOf(" of ");
      // but "Taiwan Affairs Office of the State Council" is no council: a noun after "of" heads nothing
      if ((of > 0 ? lower.substring(0, of) : lower).contains(head)) {
        return true;
      }
    }
    return false;
  }

  private boolean titleMatches(String title, Ment m) {
    String a = title.toLowerCase(Locale.ROOT);
    String b = m.titleText.toLowerCase(Locale.ROOT);
    if (a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a)) {
      // "the foreign minister" for a foreign minister, and for one named only "the country's minister"
      return true;
    }
    if (a.endsWith(m.head)) {
      // "the minister" for any minister; but not "the foreign minister" for a prime minister: two titles the lists
      // know, of two ranks
      TitleEntry known = gazetteer.titlesByText.get(a);
      return wordsWithin(b, a) || known == null || m.title == null || known.rank().equals(m.title.rank());
    }
    int of = a.indexOf(" of ");
    if (of > 0 && (a.substring(0, of).endsWith(" " + b) || a.substring(0, of).equals(b))) {
      // "the minister" for "Foreign Minister of Kyrgyzstan Ruslan Kazakbayev", "the secretary" for the
      // "Secretary of State": the title's noun before its "of"
      return true;
    }
    if (b.indexOf(' ') > 0 && a.contains(" of ") && wordsWithin(b, a)) {
      // "the fire chief" for "Kevin Theriault, chief of the fire department", "the health minister" for the
      // "Minister of Health": the same words, with "of"
      return true;
    }
    // "the foreign minister" for "Foreign Secretary Marcelo Ebrard": two titles of one office,
    // unless someone described with the mention's own title was mentioned ("Iran's foreign minister")
    TitleEntry held = gazetteer.titlesByText.get(a);
    if (held != null && m.title != null && "JUDGE".equals(held.rank()) && "JUDGE".equals(m.title.rank())
        && !describedWith(b)) {
      // "Justice Andrew Seah … the judge said": a court's judges by any of their titles
      return true;
    }
    return held != null && m.title != null && held.body().isPresent() && held.body().equals(m.title.body())
        && held.rank().equals(m.title.rank()) && !describedWith(b);
  }

  /** Whether every word of {@code words} is a word of {@code text}. */
  private static boolean wordsWithin(String words, String text) {
    List<String> all = Arrays.asList(text.split(" "));
    for (String w : words.split(" ")) {
      if (!all.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether an actor mentioned lately is a description that holds {@code title}: "Iran's foreign minister". */
  private boolean describedWith(String title) {
    for (String key : recent) {
      Record r = records.get(key);
      if (r.kind == ActorKind.ANONYMOUS && r.name != null && r.name.toLowerCase(Locale.ROOT).contains(title)) {
        return true;
      }
    }
    return false;
  }

  private String anonymous(Ment m) {
    if (m.appositive != null && !m.plural) {
      // "one resident, Tom Hart,": the person named beside the description
      if (m.appositive.actorKey == null) {
        m.appositive.actorKey = resolve(m.appositive, null);
      }
      return m.appositive.actorKey;
    }
    if (m.distributive && !"two".equals(m.head)) {
      // "both countries said": each of the last two states mentioned, or leaders of them
      List<String> states = new ArrayList<>();
      int count = m.distributiveCount;
      for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext() && states.size() < count; ) {
        Record r = records.get(it.next());
        // "both ministers", "the two men": the last persons named
        boolean leaders = MentionFinder.DISTRIBUTIVE_PERSONS.contains(m.head) || MentionFinder.PAIRS.contains(m.head);
        if (leaders ? r.kind == ActorKind.PERSON : r.kind == ActorKind.STATE) {
          states.add(0, r.key);
        }
      }
      if (states.size() == count) {
        m.distributed = List.copyOf(states);
      }
    }
    String holder = rankHolder(m);
    if (holder != null) {
      return holder;
    }
    String named = namedByCommonNoun(m);
    if (named != null) {
      // "…, the regulator said": the body named before
      used.add(named);
      return named;
    }
    String description = description(m);
    String bare = description.transform(Resolver::withoutArticle);
    // "A family statement said": the family that a document's article left bare is one named before
    if (description.toLowerCase(Locale.ROOT).startsWith("the ") || m.issuerOfDocument) {
      for (String key : recent) {
        Record r = records.get(key);
        if (r.kind == ActorKind.ANONYMOUS && r.name.toLowerCase(Locale.ROOT).endsWith(bare.toLowerCase(Locale.ROOT))) {
          used.add(key);
          return key;
        }
      }
      if (STUDY_AUTHORS.contains(m.head)) {
        // "scientists from Tsinghua University reported … The authors proposed": one team
        for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
          Record r = records.get(it.next());
          if (r.kind == ActorKind.ANONYMOUS && r.plural && STUDY_AUTHORS.contains(r.head)) {
            used.add(r.key);
            return r.key;
          }
        }
      }
      if ("sources".equalsIgnoreCase(bare) && speaking.contains(m)) {
        // "warplanes targeted rebels, military officials said. The fighting killed 28 people, the sources said":
        // the unnamed group that spoke last
        for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
          Record r = records.get(it.next());
          if (r.kind == ActorKind.ANONYMOUS && r.plural && r.spoke && SOURCE_GROUPS.contains(r.head)) {
            used.add(r.key);
            return r.key;
          }
        }
      }
    }
    return anonymousRecord(m, ActorKind.ANONYMOUS);
  }

  /** The heads of unnamed groups that "the sources" may stand for. */
  private static final Set<String> SOURCE_GROUPS = ImmutableSet.of("officials", "sources", "diplomats", "insiders",
      "aides", "people", "officers", "negotiators");

  /**
   * "Ambassador Rahm Emanuel said … The envoy said", "Senator Mary Jones … the lawmaker said": a definite noun
   * that speaks and stands for any holder of a title of some ranks, alone or after a state's adjective or a word
   * such as "senior", names the last person named with a title of those ranks, in the state it gives (but not "the
   * official artbooks", a word before a noun); null when none was named
   * lately, when one the noun describes was brought in since ("a senior official"), or when another such person was
   * named in the same sentence as the last.
   */
  private String rankHolder(Ment m) {
    Set<String> ranks = m.head == null ? null : RANK_NOUNS.get(m.head);
    if ("diplomat".equals(m.head) && m.end - m.start >= 3 && wordBetween("top", m.start + 1, m.end - 1)) {
      // "the top U.S. diplomat": the state's foreign minister or secretary of state, or a diplomat
      ranks = Set.of("DIPLOMAT", TOP_DIPLOMAT);
    }
    // "China's top diplomat" as well as "the Chinese top diplomat"
    int owner = m.possessor != null ? m.possessor.end : m.start + 1;
    boolean ofState = m.country != null && owner < m.end - 1 && MentionFinder.isPossessive(toks[owner])
        && (m.possessor != null ? m.possessor.type == Ment.Type.NAMED && m.possessor.entry != null
                && m.possessor.entry.kind() == ActorKind.STATE && m.possessor.start == m.start
            : toks[m.start].isCapitalized() && !toks[m.start].text.equalsIgnoreCase("the"));
    if (ranks == null || m.plural || m.possessor != null && !ofState || m.appositive != null || !speaking.contains(m)
        || !(ofState || toks[m.start].is("the") || toks[m.start].is("The") || toks[m.start].is("this")
            || toks[m.start].is("This"))
        || !toks[m.end - 1].text.equals(m.head)
        || m.end < toks.length && RANK_NOUN_COMPLEMENTS.has(toks[m.end])) {
      return null;
    }
    for (int k = ofState ? owner + 1 : m.start + 1; k < m.end - 1; k++) {
      // "the Chinese diplomat", "the top diplomat"; but not "the rebel leader", "the Labour leader"
      if (!RANK_NOUN_MODIFIERS.has(toks[k]) && !(m.country != null && toks[k].isCapitalized())) {
        return null;
      }
    }
    String found = null;
    int foundAt = -1;
    for (String key : recent) {
      Record r = records.get(key);
      int at = lastMention.getOrDefault(key, -1);
      if (r.kind == ActorKind.PERSON && at > foundAt && at < m.start && m.start - at <= RANK_NOUN_REACH
          && r.ranks.stream().anyMatch(ranks::contains) && compatible(r.gender, m.gender)
          && (m.country == null || m.country.equals(r.country))) {
        found = key;
        foundAt = at;
      }
    }
    // past the words of the mention itself: "The top U.S. diplomat said … The top American diplomat said"
    int since = Math.max(foundAt + 1, found == null ? 0 : lastMentionEnd.getOrDefault(found, 0));
    if (found == null || headOfSameStateBetween(m, m.head, since) || headOfSameStateBetween(m, m.head + "s", since)) {
      return null;
    }
    int sentenceStart = foundAt;
    while (sentenceStart > 0 && foundAt - sentenceStart < RANK_NOUN_REACH && !(toks[sentenceStart - 1].isPunct('.')
        || toks[sentenceStart - 1].isPunct('!') || toks[sentenceStart - 1].isPunct('?'))) {
      sentenceStart--;
    }
    for (String key : recent) {
      Record r = records.get(key);
      int at = lastMention.getOrDefault(key, -1);
      if (!key.equals(found) && r.kind == ActorKind.PERSON && at >= sentenceStart && at < foundAt
          && r.ranks.stream().anyMatch(ranks::contains) && (m.country == null || m.country.equals(r.country))) {
        // "Ambassador Li met Ambassador Kim. The diplomat said": either
        return null;
      }
    }
    return found;
  }

  /** A description's words as written, but a year after its determiner: "a 2015 federal court" is "a federal court". */
  private String description(Ment m) {
    // "the ministry" of "the ministry press office": the owner's words, not those of its voice
    int end = m.ownerEnd > m.start ? m.ownerEnd : m.end;
    if (m.sharedHead != null) {
      // "Israeli" of "Israeli and Palestinian officials": Israeli officials
      return text(m.start, end) + " " + m.sharedHead;
    }
    return end - m.start > 2 && toks[m.start + 1].isYear()
        // the year dates what was said, not who said it
        ? text(m.start, m.start + 1) + " " + text(m.start + 2, end)
        : text(m.start, end);
  }

  private String anonymousRecord(Ment m, ActorKind kind) {
    if (m.titleOrg != null) {
      // "a Free Democratic Party member of …", "members of the Social Democratic Party": the party
      // named in the description is an actor of its own
      String org = organization(m);
      if (org != null) {
        mentioned(org);
      }
    }
    String description = description(m);
    String bare = description.transform(Resolver::withoutArticle);
    String key = "anon:" + slug(bare) + (m.country == null ? "" : ":" + m.country);
    Record r = ensure(key, kind, lowerFirst(description, m));
    r.plural = m.plural;
    r.head = m.head;
    if (m.gender != Ment.Gender.UNKNOWN) {
      // "his daughter", "the spokeswoman": "he" does not stand for her
      r.gender = m.gender;
    }
    if (m.country != null) {
      r.country = m.country;
    }
    if (m.type != Ment.Type.DESCRIPTION && !m.quantifier && !m.distributive) {
      // "an alliance", "the government", "many", "the two nations": an actor only when it speaks
      used.add(key);
    }
    return key;
  }

  /**
   * "Her ministry said", "his department": the body of a role held by the person the pronoun stands
   * for, whose name has the noun, even with another such body named since ("Lebanon's health
   * ministry"); null if the person holds none.
   */
  private String bodyOfHolder(Ment m, Ment lastSpeaker) {
    if (m.possessor != null || m.head == null || m.end - m.start != 2 || !(toks[m.start].is("his")
        || toks[m.start].is("His") || toks[m.start].is("her") || toks[m.start].is("Her"))) {
      return null;
    }
    Ment pronoun = new Ment(m.start, m.start + 1, Ment.Type.PRONOUN);
    pronoun.gender = toks[m.start].text.equalsIgnoreCase("his") ? Ment.Gender.MALE : Ment.Gender.FEMALE;
    String holder = pronoun(pronoun, lastSpeaker);
    String body = holder == null ? null : heldBody(records.get(holder), m);
    if (body != null) {
      return body;
    }
    // the pronoun's antecedent holds no such body: the last person of its gender who does ("the French
    // minister … A UNIFIL spokeswoman, Giulia Moretti, told AFP … Her ministry said")
    for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
      Record r = records.get(it.next());
      if (r.kind == ActorKind.PERSON && r.gender == pronoun.gender) {
        body = heldBody(r, m);
        if (body != null) {
          return body;
        }
      }
    }
    return null;
  }

  /** The body of one of {@code person}'s roles of {@code m}'s kind whose name has its noun, or null. */
  private String heldBody(Record person, Ment m) {
    if (person == null || person.kind != ActorKind.PERSON) {
      return null;
    }
    for (Role role : person.roles) {
      Record body = role.organization().map(id -> records.get(id.value())).orElse(null);
      if (body != null && body.kind == m.kind && mentionsHead(body, m.head)) {
        return body.key;
      }
    }
    return null;
  }

  /**
   * The office of a person, as a body of its own named after them: "Office of Elijah Cummings" for
   * "His office said" after Cummings, and for "Senator Mitch McConnell's office"; or null when
   * {@code m} is no office of a named person ("the governor's office").
   */
  private String officeOfPerson(Ment m, Ment lastSpeaker) {
    if (m.kind != ActorKind.GOVERNMENT_BODY || !"office".equals(m.head) || !toks[m.end - 1].is("office")) {
      return null;
    }
    String holder = null;
    if (m.possessor != null && m.possessor.end + 2 == m.end) {
      if (m.possessor.actorKey == null) {
        m.possessor.actorKey = resolve(m.possessor, null);
      }
      holder = m.possessor.actorKey;
    } else if (m.end - m.start == 2 && POSSESSIVE_PRONOUNS.has(toks[m.start])) {
      Ment pronoun = new Ment(m.start, m.start + 1, Ment.Type.PRONOUN);
      pronoun.gender = toks[m.start].text.equalsIgnoreCase("his") ? Ment.Gender.MALE
          : toks[m.start].text.equalsIgnoreCase("her") ? Ment.Gender.FEMALE : Ment.Gender.UNKNOWN;
      pronoun.plural = pronoun.gender == Ment.Gender.UNKNOWN;
      holder = pronoun.plural ? null : pronoun(pronoun, lastSpeaker);
    }
    Record person = holder == null ? null : records.get(holder);
    if (person == null || person.kind != ActorKind.PERSON || person.definite) {
      return null;
    }
    String rank = person.titleRank != null ? person.titleRank
        : m.possessor != null && m.possessor.title != null ? m.possessor.title.rank() : null;
    String headsOffice = "HEAD_OF_STATE".equals(rank) ? "body:presidential-office"
        : "HEAD_OF_GOVERNMENT".equals(rank) ? "body:prime-ministers-office" : null;
    boolean former = false;
    for (int k = Math.max(0, m.start - 2); k < m.end; k++) {
      former |= toks[k].text.equalsIgnoreCase("former") || toks[k].text.startsWith("ex-");
    }
    if (headsOffice != null && !former) {
      // "President Arif Santoso's office said": the presidential office of the president's state; a
      // former leader's office is their own
      ActorEntry body = gazetteer.entry(headsOffice).orElse(null);
      CountryCode c = person.country;
      if (body != null && c != null) {
        Ment office = new Ment(m.start, m.end, Ment.Type.NAMED);
        office.entry = body;
        office.country = c;
        return named(office);
      }
    }
    String key = "office:" + person.key;
    Record r = ensure(key, ActorKind.GOVERNMENT_BODY, "Office of " + person.name);
    r.head = "office";
    r.country = person.country;
    used.add(key);
    return key;
  }

  private String lowerFirst(String description, Ment m) {
    // "Senior Japanese officials" at a sentence start keeps its words; only a capitalised
    // determiner or modifier is lowered
    Token first = toks[m.start];
    // "Merkel's spokesperson" starts with a name; "A spokesman for Merkel" does not
    boolean namedPossessor = m.possessor != null && m.possessor.start == m.start
        && m.possessor.type != Ment.Type.DESCRIPTION && m.possessor.type != Ment.Type.ANONYMOUS
        && m.possessor.type != Ment.Type.PRONOUN;
    // "Republicans" is listed capitalised among the heads of sources: a proper noun
    Token head = toks[m.end - 1];
    boolean proper = (head.lexeme.mask & properHeadBit) != 0 && head.isCapitalized();
    // "European leaders", "Western diplomats": a modifier written with a capital anywhere keeps it
    proper |= (first.lexeme.mask & properModifierBit) != 0;
    // "…, Tyrol police said": a capital inside a sentence is the word's own
    boolean midSentence = m.type == Ment.Type.ANONYMOUS && m.start > 0 && toks[m.start - 1].isPunct(',')
        && first.lexeme.unknown;
    if (first.isCapitalized() && !proper && !midSentence && !gazetteerName(m.start) && !namedPossessor
        && !hasInnerCapital(first.text)) {
      return Character.toLowerCase(description.charAt(0)) + description.substring(1);
    }
    return description;
  }

  /** "MPs", "NGOs": an acronym keeps its case. */
  private static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every place named inside the description {@code m}, by a capitalised word no lexicon
   * knows or by a city or region the gazetteer knows, is named in {@code r} too.
   */
  private boolean placesFit(Ment m, Record r) {
    String name = r.name.toLowerCase(Locale.ROOT);
    for (int k = m.start + 1; k < m.end - 1; k++) {
      Token t = toks[k];
      if (!t.isCapitalized()) {
        continue;
      }
      boolean place = t.lexeme.unknown;
      if (!place) {
        PhraseTrie.Match<Surface> known = gazetteer.names.longestAt(tokens, k, m.end);
        place = known != null && known.values().get(0).entry().kind() == ActorKind.CITY;
      }
      if (place && !name.contains(t.text.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private boolean gazetteerName(int k) {
    return gazetteer.names.longestAt(tokens, k, tokens.size()) != null;
  }

  private String pronoun(Ment m, Ment lastSpeaker) {
    if (m.plural) {
      if (lastSpeaker != null && records.get(lastSpeaker.actorKey).plural) {
        return lastSpeaker.actorKey;
      }
      String plural = lastMatching(r -> r.plural, m.start);
      if (lastSpeaker != null && collective(records.get(lastSpeaker.actorKey))
          && (plural == null || moreRecent(lastSpeaker.actorKey, plural) && sameSentence(lastSpeaker, m))) {
        // "The commission criticized the move. They released a statement": a body is a "they" too,
        // when no plural source was mentioned since it spoke
        return lastSpeaker.actorKey;
      }
      if (m.end < toks.length && OWNED_DOCUMENTS.has(toks[m.end])) {
        // "The government of American Samoa issued a statement …: "…" Their statement also read": who
        // issued a document of that name owns it, whoever was named in what it said
        String issuer = authorByHead.get(toks[m.end].text.toLowerCase(Locale.ROOT));
        if (issuer != null) {
          return issuer;
        }
        // "Nurses walked out on Monday. The ministry said the strike was illegal. Their statement
        // demanded …": a group that was a sentence's subject just before
        String group = lastMatching(r -> r.plural && r.kind == ActorKind.ANONYMOUS
            && Boolean.TRUE.equals(subjects.get(r.key)), m.start);
        if (group != null && sentencesBetween(lastMention.getOrDefault(group, -1), m.start) <= 2) {
          return group;
        }
        if (plural != null && sentencesBetween(lastMention.getOrDefault(plural, -1), m.start) <= 1) {
          return plural;
        }
        // else the body or state that spoke, else the last group, body or state named
        if (lastSpeaker != null && (collective(records.get(lastSpeaker.actorKey))
            || records.get(lastSpeaker.actorKey).kind == ActorKind.STATE)) {
          return lastSpeaker.actorKey;
        }
        String owner = lastMatching(r -> r.plural || collective(r) || r.kind == ActorKind.STATE, m.start);
        if (owner != null) {
          return owner;
        }
      }
      return plural;
    }
    if ("it".equals(m.head)) {
      if (sentenceFirst != null && sentenceFirst != m && sentenceFirst.actorKey != null && !sentenceFirst.insideQuote
          && m.start > 0 && (toks[m.start - 1].is("that") || toks[m.start - 1].is("which"))
          && opensSentence(sentenceFirst) && (lastSpeaker == null || !sameSentence(lastSpeaker, m))) {
        Record subject = records.get(sentenceFirst.actorKey);
        if (subject.kind == ActorKind.STATE || nonPerson(subject) && subject.kind != ActorKind.DOCUMENT) {
          // "Israel has kept troops at positions that it says are strategic": in a relative clause,
          // the subject that opens the sentence, not whoever spoke before it
          return subject.key;
        }
      }
      String opener = m.insideQuote ? null : openingStateOrBody(m);
      if (opener != null && m.start > 1 && toks[m.start - 1].isPunct(',')) {
        int from = sentenceAround(m.start)[0];
        if (OPENING_CLAUSES.has(toks[from]) && sentenceFirst.start > from && sentenceFirst.start <= from + 2) {
          // "Although the United States lays no claims to the waters, it has challenged …": the subject of the
          // clause the sentence opens with
          return opener;
        }
      }
      if (m.start > 0 && toks[m.start - 1].is("what") && !m.insideQuote) {
        // "after North Korea's nuclear test, of what it said was a hydrogen bomb", "The ministry said Pyongyang
        // launched what it called a satellite": the state or body named last in the sentence, whoever spoke;
        // but the one an "it" before stood for in the sentence ("Although the United States lays no claims, it
        // has challenged China's claims … for what it calls freedom of navigation"), or the one it opens with
        int from = sentenceAround(m.start)[0];
        for (int k = m.start - 2; k > from; k--) {
          if (toks[k].is("by") && k + 1 < m.start) {
            // "Google was fined by the European Union for what it described as …": the agent after "by"
            int by = k;
            String agent = lastMatching(r -> (r.kind == ActorKind.STATE || collective(r) && r.kind != ActorKind.MEDIA)
                && lastMention.getOrDefault(r.key, -1) > by && lastMention.get(r.key) <= by + 5
                && lastMention.get(r.key) < m.start, m.start);
            if (agent != null) {
              return agent;
            }
            break;
          }
        }
        if (lastIt != null && lastIt.start >= from && lastIt.actorKey != null) {
          return lastIt.actorKey;
        }
        if (opener != null && sentenceFirst.start >= from) {
          return opener;
        }
        String near = lastMatching(r -> (r.kind == ActorKind.STATE || collective(r) && r.kind != ActorKind.MEDIA)
            && lastMention.getOrDefault(r.key, -1) >= from && lastMention.get(r.key) < m.start, m.start);
        if (near != null) {
          return near;
        }
      }
      if (opener != null && toks[m.start].text.equalsIgnoreCase("its") && !relativeBetween(sentenceFirst.end, m.start)
          && sentenceFirst.start < m.start && sameSentence(sentenceFirst, m)
          && opensSentence(sentenceFirst) && (lastSpeaker == null || !sameSentence(lastSpeaker, m))) {
        // "Japan summoned the Chinese ambassador to press its demand for …": the state or body the sentence opens
        // with owns what "its" names, when no one spoke in it (but "Taiwan, it said, is part of China" is who
        // spoke before)
        return opener;
      }
      Record last = lastSpeaker == null ? null : records.get(lastSpeaker.actorKey);
      if (last != null && (nonPerson(last) || last.kind == ActorKind.STATE || collective(last)
          // "A press release from the city police said … It said …": the document that spoke, for its issuer
          || lastSpeaker.kind == ActorKind.DOCUMENT && !lastSpeaker.plural && last.kind != ActorKind.PERSON)) {
        // "North Korea warned that it would respond": a state is an "it" too; and a body no list knows ("A
        // government taskforce said … It said …")
        return lastSpeaker.actorKey;
      }
      return lastMatching(r -> r.kind == ActorKind.GOVERNMENT_BODY || r.kind == ActorKind.ORGANIZATION
          || r.kind == ActorKind.MEDIA || r.kind == ActorKind.DOCUMENT, m.start);
    }
    Ment.Gender gender = m.gender;
    if (sentenceFirst != null && sentenceFirst != m && sentenceFirst.actorKey != null && !sentenceFirst.insideQuote
        && !m.insideQuote && m.start > 0 && SUBORDINATE_OPENERS.has(toks[m.start - 1])
        && sameSentence(sentenceFirst, m) && opensSentence(sentenceFirst)) {
      Record subject = records.get(sentenceFirst.actorKey);
      if (subject.kind == ActorKind.PERSON && !subject.definite && compatible(subject.gender, gender)) {
        // "Albers angered Beijing in September when she described the drills as …": in a clause of
        // time or reason, the person the sentence opens with, whoever spoke before
        return subject.key;
      }
    }
    String introduced = lastSpeaker == null ? null : introducedBefore(m, lastSpeaker, gender);
    if (introduced != null) {
      // "Sufianov said it was English. Alexander Gagay, who took third place last year, is a
      // student. This year, he said, …": a person named in full for the first time as the subject
      // of the sentence before is who "he" is now, not the one who spoke before
      return introduced;
    }
    String actedBefore = lastSpeaker == null ? null : actedInSentenceBefore(m, lastSpeaker, gender);
    if (actedBefore != null) {
      return actedBefore;
    }
    if (lastSpeaker != null) {
      Record r = records.get(lastSpeaker.actorKey);
      String named = gender == Ment.Gender.UNKNOWN || r.gender != Ment.Gender.UNKNOWN && compatible(r.gender, gender) ? null
          : lastMatching(x -> x.kind == ActorKind.PERSON && !x.definite && x.gender == gender, m.start);
      if (named != null && !named.equals(r.key) && moreRecent(named, r.key)
          && Boolean.TRUE.equals(subjects.get(named))) {
        // "The judge ruled that … Emily Stone wrote books. She wrote …": a woman named as a
        // sentence's subject since a speaker of unknown gender, or a man, spoke; but not "The union
        // has clashed with Mark Harper."
        return named;
      }
      if ((r.kind == ActorKind.PERSON && !r.definite || isOnePerson(r)) && compatible(r.gender, gender)
          && !excluded.contains(r.key)) {
        // "'We are ready,' the foreign secretary said. He added: …"
        return r.key;
      }
    }
    if (lastSpeaker == null && previousSubject != null && previousSubject.type != Ment.Type.PRONOUN
        && startsSentence(m)) {
      Ment p = previousSubject;
      if (p.actorKey == null && p.type == Ment.Type.CANDIDATE && p.kind == null && p.hasName()
          && p.nameEnd - p.nameStart >= 2 && !p.insideQuote && startsWithGivenName(p)) {
        // a full name not known as anyone yet is a person
        p.type = Ment.Type.PERSON;
        p.actorKey = person(p);
      }
      Record subject = p.actorKey == null ? null : records.get(p.actorKey);
      if (subject != null && (subject.kind == ActorKind.PERSON && !subject.definite
              // "The prime minister arrived in Paris. She said …": one person by role, when no person
              // named before could be the one ("Maria Lopez lost her job. The manager closed the shop.
              // She said …" is Maria Lopez)
              || isOnePerson(subject) && p.type == Ment.Type.DESCRIPTION && !passiveAfter(p.end)
                  && lastMatching(r -> r.kind == ActorKind.PERSON && !r.definite && compatible(r.gender, gender),
                      m.start) == null)
          && compatible(subject.gender, gender)) {
        // "Barrichello spent six seasons alongside Schumacher. He said …": with no one who spoke
        // before, the subject of the sentence before
        return subject.key;
      }
    }
    return lastMatching(r -> r.kind == ActorKind.PERSON && !r.definite && compatible(r.gender, gender), m.start);
  }

  /**
   * The person the sentence before introduced as its subject, named in full for the first time
   * there and after {@code lastSpeaker} spoke, if a pronoun of {@code gender} fits; or null.
   */
  private String introducedBefore(Ment pronoun, Ment lastSpeaker, Ment.Gender gender) {
    Ment p = previousSubject;
    if (p != null && p.actorKey == null && gender != Ment.Gender.UNKNOWN && p.type == Ment.Type.CANDIDATE
        && p.kind == null && p.hasName() && p.nameEnd - p.nameStart >= 2 && p.nameEnd - p.nameStart <= 3
        && !p.insideQuote && p.start >= lastSpeaker.end && startsSentence(p)
        && (toks[p.nameEnd - 1].lexeme.mask & placeHeadBits) == 0 && anyByName(text(p.nameStart, p.nameEnd)) == null
        && verbAfterSubject(p.end) && !passiveAfter(p.end) && personEvidence(p)) {
      // "Fisherman Alfredo Ruiz, 61, spent the night in a gym. "…," he said": a full name no list
      // knows, as the subject of the sentence before, is the person "he" or "she" stands for
      p.type = Ment.Type.PERSON;
      p.actorKey = person(p);
      firstMention.putIfAbsent(p.actorKey, p.start);
      lastMention.putIfAbsent(p.actorKey, p.start);
      mentioned(p.actorKey);
    }
    if (p != null && p.type == Ment.Type.DESCRIPTION && p.kind == ActorKind.PERSON && p.appositive != null
        && p.appositive.actorKey != null && !p.insideQuote && p.start >= lastSpeaker.end && startsSentence(p)
        && firstMention.getOrDefault(p.appositive.actorKey, -1) >= p.start
        && lastMention.getOrDefault(p.appositive.actorKey, p.appositive.start) <= p.appositive.start
        && !passiveAfter(p.appositive.end)) {
      // "Japan's ambassador to China, Kazuo Teramura, met Vice Foreign Minister Sun Meihua … He told
      // reporters": a person named for the first time beside the subject of the sentence before, whose
      // given name says the gender; not one who declined to comment, nor one named in what is said
      // ("The team's captain, Harry Kane, trained alone. He said Kane would be fit")
      Record subject = records.get(p.appositive.actorKey);
      int verb = p.appositive.end < toks.length && toks[p.appositive.end].isPunct(',') ? p.appositive.end + 1
          : p.appositive.end;
      return subject.kind == ActorKind.PERSON && !subject.definite && gender != Ment.Gender.UNKNOWN
          && subject.gender == gender && !(verb < toks.length && Attributor.REFUSALS.has(toks[verb]))
          && !namedInSentenceAfter(subject, pronoun.end) ? subject.key : null;
    }
    if (p == null || p.actorKey == null || p.insideQuote || p.start < lastSpeaker.end || !startsSentence(p)
        || p.nameEnd - p.nameStart < 2 || !Integer.valueOf(p.start).equals(firstMention.get(p.actorKey))
        // "Asked about Holm, he said": named again since, as another than the one who speaks; but not by its
        // apposition ("Chris Ruf, the mission's lead scientist, was elated")
        || lastMention.getOrDefault(p.actorKey, p.start) > p.start
            && sentencesBetween(p.start, lastMention.getOrDefault(p.actorKey, p.start)) > 0
        // "John Doe, 45, was killed in the blast": the subject of a passive is no speaker to come
        || passiveAfter(p.end)) {
      return null;
    }
    Record subject = records.get(p.actorKey);
    return subject.kind == ActorKind.PERSON && !subject.definite && gender != Ment.Gender.UNKNOWN
        && compatible(subject.gender, gender) ? subject.key : null;
  }

  /**
   * Whether the text marks the name as a person's: an age after it ("Alfredo Ruiz, 61,"), a role
   * before it ("Fisherman Alfredo Ruiz"), or "his" or "her" later in its sentence ("spent the night
   * with his family"); not "Tata Steel cut 300 jobs".
   */
  private boolean personEvidence(Ment p) {
    if (p.end + 2 < toks.length && toks[p.end].isPunct(',') && toks[p.end + 1].kind == Token.Kind.NUMBER) {
      return true;
    }
    if (p.titleText != null || p.nameStart > p.start) {
      return true;
    }
    if (p.end + 2 < toks.length && toks[p.end].isPunct(',') && (toks[p.end + 1].is("who")
        || toks[p.end + 1].is("whose") && KIN.has(toks[p.end + 2]))) {
      // "Einav Zaugauker, whose son Matan is one of the last hostages,": a person's relative clause
      return true;
    }
    for (int k = p.end; k < toks.length && k < p.end + 25 && !toks[k].isPunct('.'); k++) {
      if (toks[k].is("his") || toks[k].is("her") || toks[k].is("himself") || toks[k].is("herself")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Bellini said he would keep his seat. Okonjo did not concede. In a post on Facebook, he wrote …": a
   * person named before, who opens the sentence right before the pronoun's as its subject with a verb of
   * its own after the last speaker spoke, is who the pronoun opening its clause stands for; or null.
   */
  private String actedInSentenceBefore(Ment pronoun, Ment lastSpeaker, Ment.Gender gender) {
    Ment p = previousSubject;
    if (p == null || p.actorKey == null || p.insideQuote || pronoun.insideQuote || p.start < lastSpeaker.end
        || !startsSentence(p) || !p.hasName() || sentencesBetween(p.end, pronoun.start) != 1
        || p.actorKey.equals(lastSpeaker.actorKey)) {
      return null;
    }
    boolean acted = verbAfterSubject(p.end) && !passiveAfter(p.end);
    // "Kerry has been accused of … But he stressed …": a person done to, whose gender the pronoun's is
    boolean done = !acted && gender != Ment.Gender.UNKNOWN && p.end + 1 < toks.length
        && (toks[p.end].is("has") || toks[p.end].is("had") || toks[p.end].is("was")) && passiveAfter(p.end)
        && records.get(p.actorKey).gender == gender;
    if (!(acted || done) || !(startsSentence(pronoun) || pronoun.start > 0 && toks[pronoun.start - 1].isPunct(',')
        || pronoun.start > 1 && OPENING_CONJUNCTIONS.has(toks[pronoun.start - 1])
            && (toks[pronoun.start - 2].isPunct('.') || toks[pronoun.start - 2].isPunct('!')
                || toks[pronoun.start - 2].isPunct('?')))) {
      return null;
    }
    for (int k = p.end; k < pronoun.start; k++) {
      if (toks[k].kind == Token.Kind.QUOTE) {
        // "Okonjo shook his head. "…," he said": a quotation between is another matter
        return null;
      }
    }
    Record subject = records.get(p.actorKey);
    return subject.kind == ActorKind.PERSON && !subject.definite && compatible(subject.gender, gender)
        && !excluded.contains(subject.key) ? subject.key : null;
  }

  /** Conjunctions that open a sentence before its subject: "But he stressed …". */
  private static final WordSet OPENING_CONJUNCTIONS = WordSet.of("But", "And", "Yet");

  /** Whether a lower-case verb follows the subject ending at {@code k}, past an age: "Ana Ruiz, 61, spent". */
  private boolean verbAfterSubject(int k) {
    if (k + 2 < toks.length && toks[k].isPunct(',') && toks[k + 1].kind == Token.Kind.NUMBER
        && toks[k + 2].isPunct(',')) {
      k += 3;
    } else if (k + 2 < toks.length && toks[k].isPunct(',') && (toks[k + 1].is("who") || toks[k + 1].is("whose"))) {
      // "Einav Zaugauker, whose son is one of the hostages, rejoiced": past the relative clause
      int close = k + 2;
      while (close < toks.length && close < k + 25 && !toks[close].isPunct(',') && !toks[close].isPunct('.')) {
        close++;
      }
      if (close < toks.length && toks[close].isPunct(',')) {
        k = close + 1;
      }
    }
    // not "Fort Myers was badly hit": places are, and are done to, as people are
    return k < toks.length && toks[k].isWord() && toks[k].isLowerCase() && !toks[k].is("and")
        && !toks[k].is("of") && !toks[k].is("said") && !STATE_VERBS.has(toks[k]);
  }

  /** Whether a name no list knows, {@code name}, just before {@code pronoun}, may be who the pronoun stands for. */
  private boolean unknownNameFor(Ment pronoun, Ment name) {
    return name != null && pronoun.start - name.end < 60 && name.actorKey == null
        && compatible(gazetteer.givenNames.getOrDefault(toks[name.nameStart].text, Ment.Gender.UNKNOWN),
            pronoun.gender)
        // "whose son Matan": the kin noun before the name gives its gender
        && compatible(kinGender(name), pronoun.gender);
  }

  /** The gender a noun of a man or a woman right before a name gives it ("his son Matan"), or unknown. */
  private Ment.Gender kinGender(Ment name) {
    if (name.start == 0 || !toks[name.start - 1].isLowerCase()) {
      return Ment.Gender.UNKNOWN;
    }
    long mask = toks[name.start - 1].lexeme.mask;
    return (mask & maleNounBit) != 0 ? Ment.Gender.MALE : (mask & femaleNounBit) != 0 ? Ment.Gender.FEMALE
        : Ment.Gender.UNKNOWN;
  }

  /** Kin a person has: "whose son". */
  private static final WordSet KIN = WordSet.of("son", "daughter", "sons", "daughters", "wife", "husband", "mother",
      "father", "brother", "sister", "child", "children", "parents", "grandson", "granddaughter", "family");

  /** Verbs after a name that tell of a state or what was done to it, as of a place: "Fort Myers was hit". */
  private static final WordSet STATE_VERBS = WordSet.of("is", "was", "are", "were", "has", "had", "have", "will",
      "would", "remains", "remained");

  /** Where each actor was first mentioned, by the first token of the mention. */
  private final Map<String, Integer> firstMention = new java.util.HashMap<>();
  /** Where each actor was last mentioned, by the first token of the mention. */
  private final Map<String, Integer> lastMention = new java.util.HashMap<>();
  /** The country a description gave, by the token of its head: "diplomat" of "the top U.S. diplomat". */
  private final Map<Integer, CountryCode> countryOfHead = new java.util.HashMap<>();
  /** The end of the mention counted in {@link #lastMention}. */
  private final Map<String, Integer> lastMentionEnd = new java.util.HashMap<>();

  /** Past participles that do not end in "-ed": "was hurt", "read out by", "written by". */
  static final WordSet IRREGULAR_PARTICIPLES = WordSet.of("hurt", "hit", "shot", "born", "held", "struck",
      "found", "sent", "kept", "left", "lost", "caught", "sold", "bought", "brought", "told", "put", "cut", "read",
      "written", "given", "made", "taken", "shown", "drawn", "led", "run", "set", "spoken", "known", "seen");

  /** Whether the first verb of the sentence after token {@code k} is a passive: "was killed", "were told". */
  private boolean passiveAfter(int k) {
    for (int j = k; j + 1 < tokens.size() && j < k + 15; j++) {
      Token t = toks[j];
      if (t.isPunct('.') || t.isPunct('?') || t.isPunct('!')) {
        return false;
      }
      if (t.is("was") || t.is("were") || t.is("is") || t.is("are") || t.is("been")) {
        Token next = toks[j + 1];
        // "Tom Ruf was elated": a feeling, which a speaker has; not a passive done to the subject
        return next.isLowerCase() && (next.text.endsWith("ed") || next.text.endsWith("en")
            || IRREGULAR_PARTICIPLES.has(next)) && !FEELINGS.has(next);
      }
    }
    return false;
  }

  /** The first mention of the sentence being resolved outside a quotation, or null. */
  private Ment sentenceFirstOutside;
  /** The first mention of the sentence before the one being resolved. */
  private Ment previousSubject;
  /** The last name, of a person or of no known kind, that opened its sentence; or null. */
  private Ment lastSubjectName;
  /** The index of {@link #lastSubjectName} among the mentions. */
  private int lastSubjectIndex;
  /** For each actor, whether it was last mentioned first in its sentence, as its subject most often. */
  private final java.util.Map<String, Boolean> subjects = new java.util.HashMap<>();
  /** Names no list knows that a relative clause with "which" followed: things, not persons. */
  private final Set<String> namedWithWhich = new java.util.HashSet<>();

  /** Whether the name of {@code m} starts with a known given name: "Rubens Barrichello", not "Fort Myers". */
  private boolean startsWithGivenName(Ment m) {
    return m.nameStart >= 0 && gazetteer.givenNames.containsKey(toks[m.nameStart].text);
  }

  /** Whether {@code m} is the first word of its sentence, or the speaker right after a quotation and its comma. */
  private boolean startsSentence(Ment m) {
    if (m.start == 0) {
      return true;
    }
    Token before = toks[m.start - 1];
    if (before.isPunct(',') && m.start >= 3 && OPENING_ADVERBS.has(toks[m.start - 2])
        && (toks[m.start - 3].isPunct('.') || toks[m.start - 3].isPunct('!') || toks[m.start - 3].isPunct('?'))) {
      // "Meanwhile, Chris Ruf, the mission's lead scientist, was elated."
      return true;
    }
    // also the speaker right after a quotation: ""We are here to listen," she said"
    return before.isPunct('.') || before.isPunct('!') || before.isPunct('?') || before.kind == Token.Kind.QUOTE
        && m.start >= 2 && (toks[m.start - 2].isPunct('.') || toks[m.start - 2].isPunct('?')
            || toks[m.start - 2].isPunct(',') || toks[m.start - 2].isPunct('!'));
  }

  /** Participles of feeling after "was": "was elated", "was disappointed". */
  private static final WordSet FEELINGS = WordSet.of("elated", "delighted", "pleased", "disappointed", "surprised",
      "shocked", "saddened", "relieved", "thrilled", "frustrated", "concerned", "worried", "satisfied", "encouraged",
      "excited", "upset", "angered", "dismayed", "heartened", "overjoyed", "unimpressed", "unconvinced");
  /** Adverbs that open a sentence before its subject and a comma: "Meanwhile, Chris Ruf …". */
  private static final WordSet OPENING_ADVERBS = WordSet.of("Meanwhile", "However", "Separately", "Later",
      "Earlier", "Elsewhere", "Similarly", "Likewise", "Still", "Instead", "Nevertheless", "Also");

  /** An anonymous source that is one person: "the foreign secretary", "a senior official". */
  private static boolean isOnePerson(Record r) {
    return r.kind == ActorKind.ANONYMOUS && !r.plural && r.head != null
        && !r.head.equals("source") && !r.head.equals("media") && !r.head.equals("people")
        && !COLLECTIVE_HEADS.contains(r.head);
  }

  private static final WordSet COLLECTIVE_HEADS = WordSet.of("department", "ministry", "office", "agency",
      "government", "administration", "company", "firm", "police", "council", "committee", "party", "group",
      "commission", "army", "military", "court", "board", "union", "organization", "organisation",
      "movement", "coalition", "alliance", "statement", "report", "family", "campaign", "taskforce", "force",
      "panel", "authority", "bureau", "tribunal", "service", "association", "federation", "team", "unit",
      "delegation", "regime", "junta", "cabinet", "parliament", "assembly", "secretariat", "foundation", "institute",
      "watchdog", "regulator", "body", "newspaper", "network", "mission", "embassy", "consulate", "presidency");

  /**
   * The state or body the sentence of {@code m} opens with, named outside quotations before or after {@code m}; or
   * null.
   */
  private String openingStateOrBody(Ment m) {
    if (sentenceFirst == null || sentenceFirst == m || sentenceFirst.actorKey == null || sentenceFirst.insideQuote) {
      return null;
    }
    Record r = records.get(sentenceFirst.actorKey);
    return r.kind == ActorKind.STATE || collective(r) ? r.key : null;
  }

  /** Whether a relative pronoun stands in {@code [from, to)}: "… alarmed Israel, which renewed its threat". */
  private boolean relativeBetween(int from, int to) {
    for (int k = Math.max(0, from); k < to; k++) {
      if (toks[k].is("which") || toks[k].is("who") || toks[k].is("whose") || toks[k].is("that")) {
        return true;
      }
    }
    return false;
  }

  /** Conjunctions that open a sentence with a clause before its main one: "Although the United States …, it". */
  private static final WordSet OPENING_CLAUSES = WordSet.of("Although", "Though", "While", "Whilst", "After",
      "Before", "Since", "As", "When", "Because", "If", "Once", "Until");

  /** Conjunctions that open a clause of time or reason inside a sentence: "… when she described". */
  private static final WordSet SUBORDINATE_OPENERS = WordSet.of("when", "after", "before", "because", "since",
      "while", "as", "until", "once");

  /** Documents that "their" before them gives to whoever issued one, or to a group or body just named. */
  private static final WordSet OWNED_DOCUMENTS = WordSet.of("statement", "statements", "report", "letter",
      "release", "announcement", "communique", "communiqué", "declaration");

  /** Adjectives too general to pick one organisation by a word of its name: "the new company", "the state lender". */
  private static final Set<String> GENERIC_MODIFIERS = ImmutableSet.of("new", "state", "national", "federal", "former",
      "local", "foreign", "private", "public", "main", "largest", "big", "major", "global", "international",
      "regional", "central", "general", "first", "other");

  /** Whether {@code name} has {@code word} as one of its words, whatever its case. */
  private static boolean hasWord(String name, String word) {
    int at = name.toLowerCase(Locale.ROOT).indexOf(word);
    return at >= 0 && (at == 0 || name.charAt(at - 1) == ' ')
        && (at + word.length() == name.length() || name.charAt(at + word.length()) == ' ');
  }

  /** A number of up to four digits that is no year: "Aurora 7", "Ridgeback 1500", "737". */
  private static boolean isModelNumber(Token t) {
    return t.kind == Token.Kind.NUMBER && (t.text.length() <= 3
        || t.text.length() == 4 && !t.text.startsWith("19") && !t.text.startsWith("20"));
  }

  /** Whether the last word of the person's name comes after {@code from} in its sentence. */
  private boolean namedInSentenceAfter(Record person, int from) {
    int space = person.name.lastIndexOf(' ');
    String surname = space < 0 ? person.name : person.name.substring(space + 1);
    for (int j = from; j < toks.length && j < from + 40; j++) {
      if (toks[j].isPunct('.') || toks[j].isPunct('?') || toks[j].isPunct('!')) {
        return false;
      }
      if (toks[j].text.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions before a place's name, seldom before a business's: "in Zwickau", "near Harlow". */
  private static final WordSet PLACE_ONLY_PREPOSITIONS = WordSet.of("in", "near", "outside");
  /** Words before "in" that make a business of the name after it: "a stake in Mistral AI", "invested in G42". */
  private static final WordSet STAKES = WordSet.of("stake", "stakes", "invest", "invests", "invested", "investing",
      "investment", "investments", "interest", "shares", "holding", "holdings", "merger", "deal");

  /**
   * Whether a place's preposition comes before the name at {@code k}, perhaps across other
   * capitalised names of a list: "in Zwickau and Salzgitter".
   */
  private boolean afterPlacePreposition(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 8; j--) {
      Token t = toks[j];
      if (PLACE_ONLY_PREPOSITIONS.has(t)) {
        // but "invested $1.5 billion in G42", "a stake in Mistral AI"
        if (t.is("in")) {
          for (int b = j - 1; b >= 0 && b >= j - 5; b--) {
            if (STAKES.has(toks[b])) {
              return false;
            }
          }
        }
        return true;
      }
      // across a list joined by "and", not past a comma: "Huawei's partner in Shenzhen, SMIC,"
      if (!(t.isCapitalized() && j < k - 1 || t.is("and"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the possessor whose mark is at {@code mark} opens its sentence: "Alphabet's Waymo will
   * expand …", whose name after the mark is the sentence's subject.
   */
  private boolean possessorOpensSentence(int mark) {
    int j = mark - 1;
    while (j > 0 && j > mark - 5 && (toks[j - 1].isCapitalized() || toks[j - 1].is("the")) && toks[j - 1].isWord()) {
      j--;
    }
    return j == 0 || toks[j - 1].isPunct('.') || toks[j - 1].isPunct('!') || toks[j - 1].isPunct('?')
        || toks[j - 1].kind == Token.Kind.QUOTE;
  }

  /** Ranks of offices whose holders have others speak for them. */
  private static final Set<String> SPOKEN_FOR_RANKS = ImmutableSet.of("MINISTER", "HEAD_OF_STATE", "HEAD_OF_GOVERNMENT",
      "OFFICIAL", "LEGISLATOR", "DIPLOMAT", "JUDGE", "PARTY");

  /**
   * Whether the person was named with the title of an office whose holder others speak for (a
   * minister, a head of state, an official, a legislator, an ambassador), and never as a spokesperson; not an
   * officer, who may be the spokesperson himself ("Lieutenant Colonel Nadav Shoshani … The military
   * spokesman said").
   */
  private static boolean heldOtherOffice(Record r) {
    return SPOKEN_FOR_RANKS.contains(r.titleRank) && !(r.head != null && SPOKESPERSON_HEADS.contains(r.head)
        || describedAsSpokesperson(r));
  }

  /** Whether the person was described with a spokesperson's noun: "Army spokesman Colonel …". */
  private static boolean describedAsSpokesperson(Record r) {
    return r.describedAs.stream().anyMatch(SPOKESPERSON_HEADS::contains);
  }

  /** A body that a plural pronoun may stand for: "The department said … They also said". */
  private static boolean collective(Record r) {
    return nonPerson(r) && r.kind != ActorKind.DOCUMENT
        || r.kind == ActorKind.ANONYMOUS && !r.plural && r.head != null && COLLECTIVE_HEADS.contains(r.head);
  }

  private static boolean nonPerson(Record r) {
    return r.kind != ActorKind.PERSON && r.kind != ActorKind.ANONYMOUS && r.kind != ActorKind.STATE;
  }

  private static boolean compatible(Ment.Gender a, Ment.Gender b) {
    return a == Ment.Gender.UNKNOWN || b == Ment.Gender.UNKNOWN || a == b;
  }

  private interface Test {
    boolean test(Record r);
  }

  /** Bodies of a government's executive, which a lone state named before owns: ministries, offices. */
  private static final java.util.regex.Pattern MINISTERIAL =
      java.util.regex.Pattern.compile("Ministry|Department|Office|Embassy|Cabinet");

  /** How many sentence ends lie in tokens {@code [from, to)}, at most three; three for no {@code from}. */
  private int sentencesBetween(int from, int to) {
    if (from < 0) {
      return 3;
    }
    int ends = 0;
    for (int k = from; k < to && ends < 3; k++) {
      if (toks[k].isPunct('.') || toks[k].isPunct('!') || toks[k].isPunct('?')) {
        ends++;
      }
    }
    return ends;
  }

  /** Whether no sentence ends between mention {@code a} and the later mention {@code b}. */
  private boolean sameSentence(Ment a, Ment b) {
    for (int k = a.end; k < b.start && k < tokens.size(); k++) {
      Token t = toks[k];
      if (t.isPunct('.') || t.isPunct('!') || t.isPunct('?')) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code a} was mentioned after {@code b}. */
  private boolean moreRecent(String a, String b) {
    for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
      String key = it.next();
      if (key.equals(a)) {
        return true;
      }
      if (key.equals(b)) {
        return false;
      }
    }
    return false;
  }

  /** The most recently mentioned actor that passes {@code test}, mentioned before {@code before}. */
  private String lastMatching(Test test, int before) {
    String found = null;
    for (String key : recent) {
      Record r = records.get(key);
      if (test.test(r) && !excluded.contains(key)) {
        found = key;
      }
    }
    return found;
  }

  /**
   * Whether {@code m} names a place gone to or come from ("a visit to Tokyo", "send a delegation to
   * Pyongyang", "shrimp from Ecuador"; not "a protest from China").
   */
  private boolean goneTo(Ment m) {
    return m.start > 1 && STATE_AS_PLACE.has(toks[m.start - 1])
        && (MOVEMENT.has(toks[m.start - 2])
            || toks[m.start - 1].is("from") && toks[m.start - 2].isLowerCase()
                && toks[m.start - 2].lexeme.cue == null && toks[m.start - 2].lexeme.actNoun == null);
  }

  /** A person described, not named, who speaks in the article's first sentence; null once the next is read. */
  private Ment lead;
  /** Whether another speaker was named in the first sentence. */
  private boolean leadSeen;
  /**
   * A person described, not named, who speaks in the article's first sentence, with or without an owner
   * ("the state's health minister"), for a title that names them in the next; and its sentence.
   */
  private Ment titledLead;
  private int titledLeadSentence;

  /**
   * Whether the words of description {@code lead} after its determiner or owner and {@code title} are
   * the same title, or the title is the shorter: "the state's health minister" and "Health Minister".
   */
  private boolean describesTitle(Ment lead, String title) {
    int from = descriptionWordsStart(lead);
    if (from >= lead.end) {
      return false;
    }
    String described = text(from, lead.end).toLowerCase(Locale.ROOT);
    String held = title.toLowerCase(Locale.ROOT);
    // the title as the description words it, or shorter ("Minister"); not a longer one, which is another
    // post ("Deputy Health Minister", "Shadow Foreign Secretary")
    return described.equals(held) || described.endsWith(" " + held);
  }

  /**
   * Whether a title before {@code m}'s name is not simply held now: "Former Foreign Minister Taro Kono",
   * "ex-President", "Then-Health Minister", "Incoming Finance Minister", "Acting Health Minister".
   */
  private boolean formerTitle(Ment m) {
    for (int k = Math.max(0, m.start - 1); k < m.nameStart; k++) {
      String w = toks[k].text.toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.startsWith("ex-") || w.startsWith("then-") || w.equals("incoming")
          || w.equals("outgoing") || w.equals("acting")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the words of a definite description start, after "the" or an owner ("the state's health
   * minister", "Australia's defense minister"); {@code m.start} if it is not definite.
   */
  private int descriptionWordsStart(Ment m) {
    if (m.possessor != null) {
      return m.possessor.end + 1;
    }
    for (int k = m.start; k < m.end - 1; k++) {
      if (MentionFinder.isPossessive(toks[k])) {
        return k + 1;
      }
    }
    return isDefinite(m) ? m.start + 1 : m.start;
  }

  /** The number of the sentence being resolved, counted from 1, and that of {@link #lead}. */
  private int sentenceNo;
  private int leadSentence;

  /** The first token that ends a sentence, found once per article; the article's length if none. */
  private int firstSentenceEnd = -1;

  /** Whether {@code m} stands in the article's first sentence. */
  private boolean firstSentence(Ment m) {
    if (firstSentenceEnd < 0) {
      int k = 0;
      while (k < toks.length && !(toks[k].isPunct('.') || toks[k].isPunct('!') || toks[k].isPunct('?'))) {
        k++;
      }
      firstSentenceEnd = k;
    }
    return m.start <= firstSentenceEnd;
  }

  /** How far from a mention its sentence's other mentions are looked for, in tokens. */
  private static final int MAX_SENTENCE_TOKENS = 80;

  /** The article's mentions, in order, while they are resolved. */
  private List<Ment> all = List.of();

  /**
   * Whether the sentence of {@code m} names a state or city of another country than {@code country}:
   * "DUBAI (Reuters) - The government said it would raise fuel prices in Iran" is no government of
   * the dateline's.
   */
  private boolean otherPlaceInSentence(Ment m, CountryCode country) {
    // mentions are in text order and short: from the first that may reach into the window
    int from = Sorted.firstAtLeast(all, o -> o.start, m.start - 2 * MAX_SENTENCE_TOKENS);
    for (int i = from; i < all.size(); i++) {
      Ment o = all.get(i);
      if (o.end < m.start - MAX_SENTENCE_TOKENS) {
        continue;
      }
      if (o.start > m.end + MAX_SENTENCE_TOKENS) {
        break;
      }
      if (o != m && o.entry != null && (o.entry.kind() == ActorKind.STATE || o.entry.kind() == ActorKind.CITY)
          && o.entry.country().isPresent() && !o.entry.country().get().equals(country) && !goneTo(o)
          && (o.start < m.start ? sameSentence(o, m) : sameSentence(m, o))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country of the capital a sentence opens with, before {@code m} in it: Russia for "In Moscow,
   * the Foreign Ministry said"; null if the sentence opens otherwise, or with a state's name or a
   * region, where news is more often from than whose body speaks ("JERUSALEM - In Lebanon, the army
   * said" is Israel's army).
   */
  private CountryCode openingPlace(Ment m) {
    int from = Sorted.firstAtLeast(all, o -> o.start, m.start - MAX_SENTENCE_TOKENS);
    for (int i = from; i < all.size() && all.get(i).start < m.start; i++) {
      Ment o = all.get(i);
      if (o.entry != null && o.entry.kind() == ActorKind.STATE && o.entry.country().isPresent()
          && o.start > 0 && toks[o.start - 1].is("In") && o.end < toks.length && toks[o.end].isPunct(',')
          && sameSentence(o, m) && writtenAsCapital(o)) {
        for (int j = i + 1; j < all.size() && all.get(j).start < m.start; j++) {
          if (all.get(j).entry != null && all.get(j).entry.kind() == ActorKind.STATE) {
            // "In Kabul, the U.S. army said": another state named before the body
            return null;
          }
        }
        return o.entry.country().get();
      }
    }
    return null;
  }

  /** The country of the actor with a country that spoke last, or null. */
  private CountryCode lastSpeakingCountry() {
    for (java.util.Iterator<String> it = recent.descendingIterator(); it.hasNext(); ) {
      Record r = records.get(it.next());
      if (r.spoke && r.country != null && r.kind != ActorKind.MEDIA) {
        return r.country;
      }
    }
    return null;
  }

  /** Whether a state's mention is written as no name of the state: its capital ("Moscow"). */
  private boolean writtenAsCapital(Ment o) {
    String written = withoutArticle(text(o.start, o.end));
    return !written.equals(o.entry.name()) && !o.entry.aliases().contains(written);
  }

  /** Forms of "be" and "have" after a subject's name: "Valdivia had lost", "Smith was". */
  private static final WordSet SUBJECT_VERBS = WordSet.of("is", "was", "are", "were", "has", "have", "had", "does");

  /** Actors a pronoun being resolved cannot be: those named in what it said before it. */
  private Set<String> excluded = Set.of();

  /** Where the last name that no actor took stands: a company, perhaps, the finders could not tell. */
  private int lastUnresolvedName = -1;
  /** The mention at {@link #lastUnresolvedName}, or null. */
  private Ment lastUnresolved;

  /** The actors mentioned last, most recent last; antecedents are looked for among them only. */
  private final java.util.ArrayDeque<String> recent = new java.util.ArrayDeque<>();

  private static final int RECENT = 64;

  /** Notes that {@code key} was mentioned, for pronouns and descriptions after it. */
  void mentioned(String key) {
    if (key != null && !key.equals(recent.peekLast())) {
      recent.remove(key);
      recent.addLast(key);
      if (recent.size() > RECENT) {
        recent.removeFirst();
      }
    }
  }

  /**
   * The words of {@code [start, end)} as a name: one space between words, and a typographic
   * apostrophe written plain, so that "Exporters’ Council" and "Exporters' Council", "O’Brien" and
   * "O'Brien" are one name whichever the source typed.
   */
  String text(int start, int end) {
    if (end - start == 1) {
      // one word, the most common name: its own string
      String w = toks[start].text;
      return w.indexOf('’') < 0 ? w : w.replace('’', '\'');
    }
    if (end <= start) {
      return "";
    }
    StringBuilder b = new StringBuilder(toks[end - 1].end - toks[start].begin);
    for (int k = start; k < end; k++) {
      if (k > start && toks[k - 1].end < toks[k].begin) {
        b.append(' ');
      }
      b.append(toks[k].text);
    }
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) == '’') {
        b.setCharAt(i, '\'');
      }
    }
    return b.toString();
  }

  static String slug(String name) {
    String ascii = isAscii(name)
        ? name
        : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < ascii.length(); ) {
      int c = ascii.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        b.appendCodePoint(Character.toLowerCase(c));
        dash = false;
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == '-') {
      end--;
    }
    return end == 0 ? "unnamed" : b.substring(0, end);
  }

  /** Whether {@code s} is all ASCII, which has no marks to strip. */
  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
