package dev.demarche.io.internal.extract;

import com.google.common.collect.ImmutableSet;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the mentions of possible actors in the tokens of one article, in one left-to-right pass
 * with bounded look-ahead: gazetteer names, titled persons ("Secretary of State Condoleezza
 * Rice"), anonymous sources ("administration officials"), descriptions ("the ministry"), pronouns,
 * and unknown capitalised names; then appositives ("Porter Goss, the head of the CIA,") and native
 * names in parentheses ("Xi Jinping (習近平)") attach to the mention before them.
 *
 * <p>One instance serves one article on one thread.
 */
final class MentionFinder {
  private final List<Token> tokens;
  /** The tokens as an array, read without a list's indirection in the hottest loops. */
  private final Token[] toks;
  private final LexiconData gazetteer;
  private final WordClasses words;
  /** The word classes whose lower-case words may start a mention. */
  private final long startBits;
  private final int[] sentenceOf;
  private final boolean[] inQuote;
  private final List<Ment> mentions = new ArrayList<>();
  /** Gazetteer and title matches by token, looked up once: a Match, NONE, or null if not yet. */
  private Object[] names;
  private Object[] titles;
  private boolean[] isDeterminer;
  private static final Object NONE = new Object();

  @SuppressWarnings("unchecked")
  private PhraseTrie.Match<Surface> nameAt(int k) {
    Object m = names[k];
    if (m == null) {
      m = gazetteer.names.longestFrom(tokens.get(k).lexeme.name, tokens, k);
      names[k] = m == null ? NONE : m;
    }
    return m == NONE ? null : (PhraseTrie.Match<Surface>) m;
  }

  @SuppressWarnings("unchecked")
  private PhraseTrie.Match<TitleEntry> titleAt(int k) {
    Object m = titles[k];
    if (m == null) {
      m = gazetteer.titles.longestFrom(tokens.get(k).lexeme.title, tokens, k);
      if (m == null && tok(k).isCapitalized() && sentenceStart(k)) {
        // "Opposition leader Karl Mendez said": a title of several words, capitalised only because it
        // opens the sentence
        PhraseTrie.Match<TitleEntry> lower = gazetteer.titles.longestFrom(
            gazetteer.titles.firstWord(tok(k).text.toLowerCase(java.util.Locale.ROOT)), tokens, k);
        m = lower != null && lower.end() > k + 1 ? lower : null;
      }
      titles[k] = m == null ? NONE : m;
    }
    return m == NONE ? null : (PhraseTrie.Match<TitleEntry>) m;
  }

  /** For each token, the index of the next head of an anonymous source, for a quick rejection. */
  private int[] nextHead;
  private static final WordSet PREPOSITIONS = WordSet.of("with", "to", "on", "of", "about", "in");
  private static final WordSet AUTHORED = WordSet.of("issued", "released", "published", "posted", "signed");
  private static final java.util.Map<String, Ment.Gender> HONORIFICS =
      java.util.Map.of(
          "Mr", Ment.Gender.MALE, "Mrs", Ment.Gender.FEMALE, "Ms", Ment.Gender.FEMALE,
          "Miss", Ment.Gender.FEMALE, "Dr", Ment.Gender.UNKNOWN, "Prof", Ment.Gender.UNKNOWN);

  private final WordSet determiners;
  private final long headBits;
  private final long speechObjectBit;
  private final long placeHeadBit;
  private final long notNameBit;
  private final long anonymousModifierBit;
  private final long quantifierBit;
  private final long honorificBit;
  private final long descriptionHeadBits;
  private final long documentHeadBit;
  private final long personDescriptionBit;
  private final long personNounBit;
  private final WordSet femaleNouns;
  private final WordSet relationNouns;
  private final WordSet maleNouns;
  private final WordSet anonymousHeads;
  private final WordSet anonymousModifiers;
  private final WordSet pluralHeads;
  private final WordSet needsTail;
  private final WordSet tails;
  private final WordSet bodyHeads;
  private final WordSet documentHeads;
  private final WordSet mediaHeads;
  private final WordSet personNouns;
  private final WordSet particles;
  private final WordSet notNames;
  private final WordSet organizationHeads2;
  private final WordSet connectors;
  private final WordSet institutionHeads;
  private final WordSet sectorsBeforePlace;
  private final WordSet publicSectorsBeforePlace;
  private final WordSet mediaNameHeads;
  private final long bodyHeadBit;
  private final long organizationHeadBit;
  private final long commonCapitalisedBit;
  private final WordSet mediaHeadsAfterThe;
  private final WordSet stateHeads;
  private final WordSet sentenceStarters;
  private final WordSet opinionNouns;
  private final WordSet titleModifiers;

  MentionFinder(
      List<Token> tokens, LexiconData gazetteer, WordClasses words, int[] sentenceOf, boolean[] inQuote) {
    this.tokens = tokens;
    this.toks = tokens.toArray(new Token[0]);
    this.gazetteer = gazetteer;
    this.words = words;
    long starts = 0;
    for (String c : List.of("determiner", "anonymous-head", "anonymous-needs-tail", "anonymous-modifier",
        "plural-anonymous-head", "body-head", "document-head", "media-head", "organization-head", "person-noun",
        "person-description-head", "relation-noun", "female-noun", "male-noun", "pronoun-male", "pronoun-female",
        "pronoun-neuter", "pronoun-plural", "name-particle", "quantifier-head", "honorific", "place-head",
        "state-head", "with-noun", "medium")) {
      starts |= words.bit(c);
    }
    this.startBits = starts;
    this.sentenceOf = sentenceOf;
    this.inQuote = inQuote;
    this.determiners = words.get("determiner");
    this.headBits = words.bit("anonymous-head") | words.bit("anonymous-head-capitalised");
    this.notNameBit = words.bit("not-name");
    this.anonymousModifierBit = words.bit("anonymous-modifier");
    this.quantifierBit = words.bit("quantifier-head");
    this.honorificBit = words.bit("honorific");
    this.personDescriptionBit = words.bit("person-description-head");
    this.personNounBit = words.bit("person-noun");
    this.femaleNouns = words.get("female-noun");
    this.relationNouns = words.get("relation-noun");
    this.maleNouns = words.get("male-noun");
    this.organizationHeadBit = words.bit("organization-head");
    this.descriptionHeadBits = words.bit("body-head") | words.bit("document-head")
        | words.bit("media-head") | words.bit("organization-head");
    this.anonymousHeads = words.get("anonymous-head");
    this.anonymousModifiers = words.get("anonymous-modifier");
    this.pluralHeads = words.get("plural-anonymous-head");
    this.needsTail = words.get("anonymous-needs-tail");
    this.tails = words.get("anonymous-tail");
    this.bodyHeads = words.get("body-head");
    this.documentHeads = words.get("document-head");
    this.mediaHeads = words.get("media-head");
    this.personNouns = words.get("person-noun");
    this.particles = words.get("name-particle");
    this.notNames = words.get("not-name");
    this.organizationHeads2 = words.get("organization-name-head");
    this.connectors = words.get("organization-name-connector");
    this.institutionHeads = words.get("institution-name-head");
    this.sectorsBeforePlace = words.get("sector-before-place");
    this.publicSectorsBeforePlace = words.get("public-sector-before-place");
    this.mediaNameHeads = words.get("media-name-head");
    this.bodyHeadBit = words.bit("body-head");
    this.documentHeadBit = words.bit("document-head");
    this.speechObjectBit = words.bit("speech-object");
    this.placeHeadBit = words.bit("place-head");
    this.commonCapitalisedBit = words.bit("common-noun-capitalised");
    this.mediaHeadsAfterThe = words.get("media-name-head-after-the");
    this.stateHeads = words.get("state-head");
    this.sentenceStarters = words.get("sentence-starter");
    this.opinionNouns = words.get("opinion-noun");
    this.titleModifiers = words.get("title-modifier");
  }

  List<Ment> find() {
    int n = tokens.size();
    names = new Object[n];
    titles = new Object[n];
    isDeterminer = new boolean[n];
    long determinerBit = words.bit("determiner");
    nextHead = new int[n + 1];
    nextHead[n] = Integer.MAX_VALUE;
    for (int k = n - 1; k >= 0; k--) {
      long mask = tokens.get(k).lexeme.mask;
      isDeterminer[k] = (mask & determinerBit) != 0;
      nextHead[k] = (mask & (headBits | quantifierBit)) != 0 || REPORT_NOUNS.has(tokens.get(k)) && isReportSource(k)
          ? k : nextHead[k + 1];
    }
    // a dateline that lost its dash names no one: "BERLIN France's foreign minister urged …"
    int i = n == 0 ? 0 : tokens.get(0).bareDateline;
    while (i < n) {
      int next = mentionAt(i);
      i = next > i ? next : i + 1;
    }
    mentions.removeIf(this::isFieldOfStudy);
    kindsFromAppositives();
    namedDocuments();
    rolesJoinedBefore();
    partiesByName();
    attachConjoinedPortfolios();
    attachListedPortfolios();
    attachPortfoliosBeforeTitles();
    attachPlacesBeforeForces();
    attachEditionWords();
    namedByKind();
    attachPlacesToNames();
    attachRegionalSections();
    attachPlacesBeforeNames();
    attachModifiersOfTitles();
    attachTitledOffices();
    attachCrowds();
    attachTeams();
    attachTails();
    attachPossessives();
    attachOwners();
    attachIssuers();
    attachEditions();
    attachPortfolios();
    attachTwoPartPortfolios();
    attachPortfolioListsToTitles();
    pluralTitlesBeforeNames();
    attachOfState();
    governmentsOfPlaces();
    attachNumberedUnits();
    // after "of" and a state lengthened names: "the Catholic Bishops' Conference of the Philippines (CBCP)"
    attachPlacesByAbbreviation();
    attachParentheses();
    joinNamesByAbbreviation();
    attachAppositives();
    statesOfRolesBeforeNames();
    attachAuthors();
    sharedHeads();
    attachRegionWords();
    mentions.removeIf(this::isNickname);
    mentions.removeIf(this::isProductName);
    mentions.removeIf(this::isNounBeforeThatClause);
    pressServices();
    for (Ment m : mentions) {
      m.insideQuote = inQuote[m.start];
      if ((m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON)
          && m.gender == Ment.Gender.UNKNOWN && !m.plural) {
        // "the prince", "a policewoman": a gender the noun gives, which a later pronoun must agree with
        m.gender = genderOfNoun(m.head);
      }
      if (isNamedPerson(m) && m.tie == null && m.start >= 2 && tok(m.start - 1).isLowerCase()
          && relationNouns.has(tok(m.start - 1)) && possessiveGender(tok(m.start - 2).text) != null) {
        // "her son Anderson Cooper": a person, with a tie that "her son" stands for later
        m.type = Ment.Type.PERSON;
        m.tie = tok(m.start - 1).text;
      }
    }
    return mentions;
  }

  /** Nouns of time after "that": "Zelensky that evening said". */
  private static final WordSet TIME_AFTER_THAT = WordSet.of("evening", "morning", "afternoon", "night", "day", "week",
      "month", "year", "weekend", "time", "season", "summer", "winter", "spring", "autumn", "fall");

  /**
   * Whether {@code m} is a single capitalised word that opens its sentence before "that", a noun and its
   * clause, which no name takes: "News that the two would be missing made the headlines", "Fears that …".
   */
  private boolean isNounBeforeThatClause(Ment m) {
    return m.type == Ment.Type.CANDIDATE && m.kind == null && m.end - m.start == 1 && sentenceStart(m.start)
        && m.end + 1 < tokens.size() && tok(m.end).is("that") && sameSentence(m.start, m.end)
        // but "Zelensky that evening said": a time
        && !TIME_AFTER_THAT.has(tok(m.end + 1));
  }

  /**
   * Joins a region's word to the known place before it, which a mention ends with: "The governor of Lagos
   * State said" names no one called State.
   */
  private void attachRegionWords() {
    for (int idx = 1; idx < mentions.size(); idx++) {
      Ment c = mentions.get(idx);
      Ment before = mentions.get(idx - 1);
      if (c.type != Ment.Type.CANDIDATE || c.end - c.start != 1 || !tok(c.start).isCapitalized()
          || !REGION_WORDS.contains(tok(c.start).text.toLowerCase(java.util.Locale.ROOT))
          || before.end != c.start || !sameSentence(c.start - 1, c.start)) {
        continue;
      }
      PhraseTrie.Match<Surface> place = nameAt(c.start - 1);
      if (place == null || place.end() != c.start
          || place.values().stream().noneMatch(v -> v.entry().kind() == ActorKind.CITY
              || v.entry().kind() == ActorKind.STATE)) {
        continue;
      }
      before.end = c.end;
      if (before.nameEnd == c.start) {
        before.nameEnd = c.end;
      }
      mentions.remove(idx--);
    }
  }

  /**
   * Whether {@code m} is a company's name used for its product: "its Boeing 737 fleet", "an Airbus
   * A320"; the company is no actor there.
   */
  private boolean isProductName(Ment m) {
    if (m.type != Ment.Type.NAMED || m.entry == null || m.entry.kind() != ActorKind.ORGANIZATION
        || m.end >= tokens.size()) {
      return false;
    }
    Token next = tok(m.end);
    boolean model = next.kind == Token.Kind.NUMBER || next.isWord() && next.text.length() <= 6 && hasDigit(next.text);
    boolean owned = m.start > 0 && Attributor.POSSESSIVE_DETERMINERS.has(tok(m.start - 1)) && next.isLowerCase();
    return model || owned;
  }

  private static boolean hasDigit(String word) {
    for (int c = 0; c < word.length(); c++) {
      if (Character.isDigit(word.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The Ministry of Agriculture and Rural Development", "the Ministry of Foreign Affairs and Trade":
   * a body's or an organisation's name with "of" goes on after "and" with capitalised words no list
   * knows that end in a portfolio's word, which name no one of their own. A word no list knows after
   * "the" goes on after "and" into the name after it: "The Medical and Dental Consultants' Association".
   */
  private void attachConjoinedPortfolios() {
    List<Ment> kept = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      kept.add(m);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (next != null && m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName()
          && m.nameEnd - m.nameStart == 1 && m.nameStart > 0 && isDeterminer[m.nameStart - 1]
          && tok(m.nameStart - 1).text.equalsIgnoreCase("the") && m.end < tokens.size() && tok(m.end).is("and")
          && next.start == m.end + 1 && next.type == Ment.Type.CANDIDATE && next.hasName()
          && next.nameStart == next.start && next.title == null && sameSentence(m.start, next.start)
          && !gazetteer.givenNames.containsKey(tok(m.nameStart).text)
          && !gazetteer.givenNames.containsKey(tok(next.start).text)
          // an adjective's ending: not "The Maasai and Tanzania Wildlife Authority", two speakers
          && ADJECTIVE_ENDINGS.stream().anyMatch(tok(m.nameStart).text::endsWith)) {
        // "The Medical and Dental Consultants' Association": a word no list knows after "the", joined by
        // "and" to the name after it, begins that name
        m.end = next.end;
        m.nameEnd = next.nameEnd;
        m.kind = next.kind;
        m.country = next.country;
        idx++;
        continue;
      }
      if (next == null || m.end >= tokens.size() || !tok(m.end).is("and") || next.start != m.end + 1
          || next.type != Ment.Type.CANDIDATE || next.kind != null && next.kind != ActorKind.ORGANIZATION
          || next.end - next.start > 3
          || !sameSentence(m.start, next.start) || !ofInside(m)
          || !(m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() == ActorKind.GOVERNMENT_BODY
              || m.type == Ment.Type.CANDIDATE && (m.kind == ActorKind.GOVERNMENT_BODY
                  // "The Federal Ministry of Health and Social Welfare", "the University of Science and
                  // Technology"
                  || m.kind == ActorKind.ORGANIZATION))) {
        continue;
      }
      boolean words = PORTFOLIO_WORDS.has(tok(next.end - 1));
      for (int k = next.start; k < next.end; k++) {
        words &= isNameWord(k) && !gazetteer.givenNames.containsKey(tok(k).text);
      }
      if (words) {
        if (m.nameEnd == m.end) {
          m.nameEnd = next.end;
        }
        m.end = next.end;
        idx++;
      }
    }
    mentions.clear();
    mentions.addAll(kept);
  }

  /**
   * "the Department for Culture, Media and Sport", "the Ministry of Housing, Communities and Local
   * Government": a body's name with "of" or "for" goes on through a list of capitalised portfolios
   * joined by commas and "and", whose words name no one of their own.
   */
  private void attachListedPortfolios() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      int e = m.end;
      if (e + 3 >= n || !tok(e).isPunct(',') || !tok(e - 1).isCapitalized() || !sameSentence(m.start, e + 1)
          || !(e - 2 > m.start && (tok(e - 2).is("of") || tok(e - 2).is("for"))
              || e - 3 > m.start && (tok(e - 3).is("of") || tok(e - 3).is("for")))) {
        continue;
      }
      int k = e;
      boolean and = false;
      int end = -1;
      while (k + 1 < n && k < e + 12 && (tok(k).isPunct(',') && !and || tok(k).is("and"))
          && isNameWord(k + 1) && sameSentence(m.start, k + 1)) {
        and |= tok(k).is("and");
        k++;
        while (k < n && isNameWord(k) && sameSentence(m.start, k)) {
          k++;
        }
        if (and) {
          end = k;
          break;
        }
      }
      if (end < 0 || !PORTFOLIO_WORDS.has(tok(end - 1))) {
        continue;
      }
      m.end = end;
      if (m.nameEnd >= 0 && m.nameEnd == e) {
        m.nameEnd = end;
      }
      while (idx + 1 < mentions.size() && mentions.get(idx + 1).start < end) {
        mentions.remove(idx + 1);
      }
    }
  }

  /**
   * "Interior Cabinet Secretary Joseph Kiprono", "Health Secretary Ana Ruiz": a portfolio's word no
   * list joins to the title after it is part of the title, not a name of its own.
   */
  private void attachPortfoliosBeforeTitles() {
    List<Ment> kept = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (next != null && m.type == Ment.Type.CANDIDATE && m.end - m.start == 1 && next.start == m.end
          && next.type == Ment.Type.PERSON && next.title != null && sameSentence(m.start, next.start)
          && (PORTFOLIO_WORDS.has(tok(m.start)) || PORTFOLIO_FIRST_WORDS.has(tok(m.start)))) {
        next.start = m.start;
        continue;
      }
      kept.add(m);
    }
    mentions.clear();
    mentions.addAll(kept);
  }

  /**
   * "the Federal Highway Police", "Tyrol police", "Tyrol state police": capitalised words no list
   * knows before the police or the authorities name their place; with "Police" capitalised they are
   * one force's name.
   */
  private void attachPlacesBeforeForces() {
    List<Ment> kept = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (next != null && m.type == Ment.Type.CANDIDATE && (m.kind == null || m.kind == ActorKind.ORGANIZATION)
          && m.title == null && next.start == m.end && next.type == Ment.Type.ANONYMOUS && next.possessor == null
          && FORCES.contains(next.head) && sameSentence(m.start, next.start)
          && !gazetteer.givenNames.containsKey(tok(m.nameStart >= 0 ? m.nameStart : m.start).text)) {
        if (tok(next.start).isCapitalized() && next.end == next.start + 1 && m.end - m.start >= 2
            && !(m.end - m.start == 2 && isDeterminer[m.start])) {
          // "the Federal Highway Police": a force's name; "NSW Police", "Derbyshire Police" are the
          // police the story may have named in full before
          m.end = next.end;
          m.kind = ActorKind.GOVERNMENT_BODY;
          m.nameEnd = next.end;
          kept.add(m);
        } else if (tok(next.start).isLowerCase() && m.end - m.start <= 2) {
          // "Tyrol police", "Tyrol state police": the police of the place
          next.start = m.start;
          kept.add(next);
        } else {
          kept.add(m);
          continue;
        }
        idx++;
        continue;
      }
      kept.add(m);
    }
    mentions.clear();
    mentions.addAll(kept);
  }

  private static final Set<String> FORCES = ImmutableSet.of("police", "authorities");

  /**
   * "Climate Crisis and Civil Protection Minister Petros Andreadis": a portfolio of two parts joined by
   * "and" before a titled person, once the title has taken in its own portfolio words.
   */
  private void attachTwoPartPortfolios() {
    List<Ment> kept = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (next != null && m.type == Ment.Type.CANDIDATE && m.kind == null && next.start == m.end + 1
          && tok(m.end).is("and") && next.type == Ment.Type.PERSON && next.title != null && next.titleText != null
          && sameSentence(m.start, next.start) && next.nameStart > next.start + 1
          && tok(next.start).isCapitalized() && !PORTFOLIO_FIRST_WORDS.has(tok(next.start))
          && !gazetteer.givenNames.containsKey(tok(m.start).text)
          && (m.end - m.start >= 2 || PORTFOLIO_WORDS.has(tok(m.start)))) {
        // "Climate Crisis and Civil Protection Minister Petros Andreadis": a portfolio of two parts
        // before the title
        next.start = m.start;
        continue;
      }
      kept.add(m);
    }
    mentions.clear();
    mentions.addAll(kept);
  }

  /**
   * "Minister for Climate Crisis and Civil Protection Nikos Andrianakis", "Minister of Environment,
   * Urbanisation and Climate Change Selim Aydınoğlu": a capitalised title, then portfolios joined by
   * "for" or "of", commas and "and", the last of them running into a name that starts with a known given
   * name, is one titled person. In one pass, into a new list.
   */
  private void attachPortfolioListsToTitles() {
    List<Ment> merged = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment person = portfolioListPerson(m, idx);
      if (person == null) {
        if (merged != null) {
          merged.add(m);
        }
        continue;
      }
      if (merged == null) {
        merged = new ArrayList<>(mentions.subList(0, idx));
      }
      merged.add(person);
      while (idx + 1 < mentions.size() && mentions.get(idx + 1).start < person.end) {
        idx++;
      }
    }
    if (merged != null) {
      mentions.clear();
      mentions.addAll(merged);
    }
  }

  /**
   * "Foreign Ministers Wang Yi and Sergei Lavrov", "Prime Ministers Narendra Modi and Shinzo Abe": a title in the
   * plural before two names joined by "and" is each one's title, in the singular.
   */
  private void pluralTitlesBeforeNames() {
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment n = mentions.get(idx + 1);
      if (m.type != Ment.Type.CANDIDATE || m.kind != null || !m.hasName() || m.nameEnd - m.nameStart < 3
          || m.end >= tokens.size() || !tok(m.end).is("and") || n.start != m.end + 1 || !n.hasName()
          || !(n.type == Ment.Type.CANDIDATE && n.kind == null || n.type == Ment.Type.PERSON && n.title == null)
          || !sameSentence(m.start, n.start)) {
        continue;
      }
      for (int k = m.nameStart; k < m.nameStart + 3 && k + 1 < m.nameEnd; k++) {
        String word = tok(k).text;
        if (!tok(k).isCapitalized() || !word.endsWith("s") || word.length() < 4) {
          continue;
        }
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
            : word.substring(0, word.length() - 1);
        String title = (k > m.nameStart ? text(m.nameStart, k) + " " : "") + singular;
        List<TitleEntry> entries = gazetteer.titles.get(title);
        if (entries.isEmpty()) {
          continue;
        }
        m.type = Ment.Type.PERSON;
        m.nameStart = k + 1;
        m.title = entries.get(0);
        m.titleText = title;
        if (n.title == null) {
          n.type = Ment.Type.PERSON;
          n.title = entries.get(0);
          n.titleText = title;
        }
        Ment second = idx >= 1 ? mentions.get(idx - 1) : null;
        Ment first = idx >= 2 ? mentions.get(idx - 2) : null;
        if (second != null && second.type == Ment.Type.ADJECTIVE && second.end == m.start && second.country != null
            && first != null && first.type == Ment.Type.ADJECTIVE && first.end + 1 == second.start
            && tok(first.end).is("and") && first.country != null) {
          // "Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov": each state's in turn
          m.country = first.country;
          n.country = second.country;
        }
        break;
      }
    }
  }

  /** The titled person whose portfolios follow the title {@code m}, or null: {@link #attachPortfolioListsToTitles}. */
  private Ment portfolioListPerson(Ment m, int idx) {
    int n = tokens.size();
    if (m.type != Ment.Type.DESCRIPTION || m.kind != ActorKind.PERSON || m.title == null || m.possessor != null
        || !tok(m.start).isCapitalized() || m.end >= n) {
      return null;
    }
    int pos = m.end;
    boolean list;
    if (tok(pos).is("for") || tok(pos).is("of")) {
      list = false;
    } else if ((tok(pos).isPunct(',') || tok(pos).is("and")) && ofInside(m)) {
      list = true;
    } else {
      return null;
    }
    pos++;
    for (int j = idx + 1; j < mentions.size() && j <= idx + 6; j++) {
      Ment c = mentions.get(j);
      if (c.start == pos && (c.type == Ment.Type.ADJECTIVE || c.type == Ment.Type.NAMED && c.end - c.start == 1
              && c.entry != null && c.entry.kind() == ActorKind.STATE)
          && j + 1 < mentions.size() && mentions.get(j + 1).start == c.end) {
        // "and Moroccan Expatriates Nasser Bourita": a state's adjective in a portfolio
        pos = c.end;
        continue;
      }
      // "and International Cooperation Ahmed Abdallah": a portfolio's word may have made it an organisation's name
      if (c.start != pos || c.type != Ment.Type.CANDIDATE || c.kind != null && c.kind != ActorKind.ORGANIZATION
          || c.title != null || !c.hasName() || !sameSentence(m.start, c.start)) {
        return null;
      }
      boolean organization = c.kind == ActorKind.ORGANIZATION;
      // "…, African Cooperation and Moroccans Abroad, Nasser Bourita.": after the list, the name set off by a
      // comma, when no comma follows it; else the name is in apposition ("…, Arts and Culture, Abena Owusu-Darko,
      // called")
      int firstName = list && tok(c.start - 1).isPunct(',') && j > idx + 1 && !(c.end < n && tok(c.end).isPunct(','))
          ? c.start : c.start + 1;
      for (int g = firstName; g + 1 < c.end; g++) {
        Ment.Gender gender = gazetteer.givenNames.get(tok(g).text);
        // but not "and Ghana Revenue Authority Commissioner-General Julie Essiam": another's title before the name
        if (gender != null && (list || j > idx + 1) && !(organization && !(g > c.start
            && PORTFOLIO_WORDS.has(tok(g - 1))))) {
          // the name begins at the given name: "Civil Protection | Nikos Andrianakis"
          Ment p = new Ment(m.start, c.end, Ment.Type.PERSON);
          p.nameStart = g;
          p.nameEnd = c.end;
          p.title = m.title;
          p.titleText = m.titleText;
          p.country = m.country;
          p.gender = gender;
          return p;
        }
      }
      if (c.end >= n || !(tok(c.end).isPunct(',') || tok(c.end).is("and"))) {
        return null;
      }
      list = true;
      pos = c.end + 1;
    }
    return null;
  }

  /** Portfolio words that begin a title: "Interior Minister", "Foreign Secretary". */
  private static final WordSet PORTFOLIO_FIRST_WORDS = WordSet.of("Interior", "Foreign", "Defence", "Defense",
      "Home", "Treasury", "Internal", "External");

  /**
   * Last words of a ministry's second portfolio: "and Rural Development", "and Trade"; not a company's
   * name ("the Ministry of Health and Sinovac").
   */
  private static final WordSet PORTFOLIO_WORDS = WordSet.of("Development", "Trade", "Industry", "Environment",
      "Affairs", "Welfare", "Care", "Services", "Resources", "Energy", "Tourism", "Culture", "Sport", "Sports",
      "Youth", "Housing", "Planning", "Transport", "Infrastructure", "Fisheries", "Forestry", "Agriculture",
      "Health", "Education", "Science", "Technology", "Innovation", "Labour", "Labor", "Employment", "Security",
      "Justice", "Finance", "Economy", "Communications", "Information", "Water", "Sanitation", "Heritage", "Arts",
      "Works", "Lands", "Mines", "Commerce", "Investment", "Cooperation", "Integration", "Family", "Women",
      "Children", "Gender", "Climate", "Veterans", "Immigration", "Citizenship", "Training", "Research", "Law",
      "Legal", "Defence", "Defense", "Interior", "Digital", "Reform", "Statistics", "Budget", "Revenue", "Customs",
      "Pensions", "Equality", "Unification", "Maritime", "Aviation", "Food", "Media", "Religion", "Religious",
      "Government", "Communities", "Marine", "Protection");

  /** Whether "of" joins words inside {@code m}: "Ministry of Agriculture". */
  private boolean ofInside(Ment m) {
    for (int k = m.start + 1; k < m.end - 1; k++) {
      if (tok(k).is("of")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Israeli and Palestinian officials", "US and Chinese diplomats": a state's adjective, or its name
   * in capitals, before "and" shares the anonymous source's head after it, as a source of its own; but
   * in "talks between Israel and Palestinian officials" Israel is the state.
   */
  private void sharedHeads() {
    for (int idx = 1; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment x = mentions.get(idx - 1);
      boolean city = x.entry != null && x.entry.kind() == ActorKind.CITY && x.type == Ment.Type.NAMED;
      if (m.type != Ment.Type.ANONYMOUS || m.head == null || m.country == null && !city || m.end - m.start < 2
          || m.start < 2 || !tok(m.start - 1).is("and") || x.end != m.start - 1 || x.end - x.start > 2
          || !tok(m.start).isCapitalized() || x.entry == null || x.entry.kind() != ActorKind.STATE && !city) {
        continue;
      }
      // "Chicago and Boston officials": a city's name shares the head as a state's does
      boolean adjective = x.type == Ment.Type.ADJECTIVE || city
          || x.type == Ment.Type.NAMED && x.end - x.start == 1 && tok(x.start).isAllCaps();
      if (!adjective) {
        continue;
      }
      x.type = Ment.Type.ANONYMOUS;
      x.country = x.entry.country().orElse(null);
      x.entry = null;
      x.head = m.head;
      x.plural = m.plural;
      // the words after the second name: "officials" of "Boston officials", "security officials" of
      // "Palestinian security officials"
      int head = m.start + 1;
      while (head < m.end - 1 && tok(head).isCapitalized()) {
        head++;
      }
      x.sharedHead = text(head, m.end);
    }
  }

  /**
   * Whether {@code word}, a noun, is plural: "officials", "the people", "Police"; not "the press", "a
   * virus".
   */
  static boolean isPluralNoun(String word) {
    return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") || IRREGULAR_PLURALS.contains(word)
        || !word.isEmpty() && Character.isUpperCase(word.charAt(0))
            && IRREGULAR_PLURALS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** What a listed business's name comes before: "Chemours shares plunged". */
  private static final WordSet STOCK_NOUNS = WordSet.of("shares", "stock", "stocks");

  /** Nouns for the press alone: "the newspaper NRC", "press agency PAP"; not "the UN health agency WHO". */
  private static final WordSet PRESS_NOUNS = WordSet.of("newspaper", "daily", "broadcaster", "tabloid", "magazine",
      "weekly", "channel", "outlet", "publication", "portal");

  /**
   * "the state news agency PAP", "the newspaper NRC": a name the gazetteer gives another kind of actor
   * names a medium when a noun of the press comes right before it; so does the same name written
   * alone later in the article.
   */
  private void namedByKind() {
    Set<ActorEntry> media = new HashSet<>();
    // the names a business noun introduced ("oil refiner Gulfmark Energy"), and so their first words
    Set<String> businesses = new HashSet<>();
    Ment previous = null;
    Ment lastBusiness = null;
    for (Ment m : mentions) {
      Ment before = previous;
      previous = m;
      if (m.hasName() && m.nameStart == m.start && m.start > 0 && tok(m.start - 1).text.endsWith("s")
          && businessNounAt(m.start - 1)) {
        // "automakers Kanto Motors and …": the first of the businesses the plural noun names
        lastBusiness = m;
      }
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameStart == m.start && m.start > 0
          && businessNounAt(m.start - 1)
          // but "film producer Tom Hale": a person's full name after a noun a person is called by too
          && !(PERSONAL_BUSINESS_NOUNS.has(tok(m.start - 1)) && m.nameEnd - m.nameStart >= 2
              && m.nameEnd - m.nameStart <= 3 && gazetteer.givenNames.containsKey(tok(m.nameStart).text))
          // and "Sky News Arabia producer Jamal al-Harbi": such a role at the body named before it; not
          // "Network Rail contractor Balfour Beatty", nor "Fashion retailer Ted Baker"
          && !(PERSONAL_BUSINESS_NOUNS.has(tok(m.start - 1)) && before != null && before.end == m.start - 1
              && before.type != Ment.Type.ADJECTIVE
              && (kindOf(before) == ActorKind.MEDIA || kindOf(before) == ActorKind.ORGANIZATION))) {
        // "oil refiner Gulfmark Energy", "budget carrier SkyBharat", "Premier League club Everton": a
        // business or a club, not a person, whatever it says
        m.kind = ActorKind.ORGANIZATION;
        m.trade = true;
        businesses.add(tok(m.nameStart).text);
        businesses.add(text(m.nameStart, m.nameEnd));
      } else if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && lastBusiness != null
          && lastBusiness.end + 1 == m.start && tok(lastBusiness.end).is("and")
          && businessNounAt(lastBusiness.start - 1)
          && tok(lastBusiness.start - 1).text.endsWith("s")) {
        // "automakers Kanto Motors and Seiwa Automobile": the second business of the plural noun
        m.kind = ActorKind.ORGANIZATION;
        businesses.add(tok(m.nameStart).text);
        businesses.add(text(m.nameStart, m.nameEnd));
      } else if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameEnd - m.nameStart >= 2
          && (COMPANY_SUFFIXES.has(tok(m.nameEnd - 1)) && m.nameEnd < tokens.size() && tok(m.nameEnd).isPunct('.')
                  && tok(m.nameEnd).begin == tok(m.nameEnd - 1).end
              // "Rheinhold AG", "Vale SA", "Equinor ASA": a legal form ending the name
              || LEGAL_FORMS.has(tok(m.nameEnd - 1)))
          && m.title == null
          && !gazetteer.givenNames.containsKey(tok(m.nameStart).text)) {
        // "Taiwan Railway Corp.", "Apple Inc.": a company, whatever it says; but "Tom Co." is a person
        m.kind = ActorKind.ORGANIZATION;
        if (m.nameStart > m.start && tok(m.start).isCapitalized() && !isDeterminer[m.start]
            // but "South Korea's Hyundai Motor Co.": the state's possessive is no part of the name
            && !isPossessive(tok(m.nameStart - 1))) {
          // "Japan Railway Co.": the state's name is the company's first word, not its country's adjective
          m.nameStart = m.start;
        }
      } else if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameEnd - m.nameStart == 1
          && businesses.contains(tok(m.nameStart).text)) {
        // "Gulfmark said" after "oil refiner Gulfmark Energy"
        m.kind = ActorKind.ORGANIZATION;
      } else if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.title == null
          && m.end + 1 < tokens.size() && STOCK_NOUNS.has(tok(m.end))
          && (FINITE_AFTER_WHO.has(tok(m.end + 1)) || Attributor.IRREGULAR_PAST.has(tok(m.end + 1))
              || tok(m.end + 1).isLowerCase() && tok(m.end + 1).text.endsWith("ed"))) {
        // "Chemours shares plunged", "Toyota stock fell": a listed business
        m.kind = ActorKind.ORGANIZATION;
        businesses.add(tok(m.nameStart).text);
        businesses.add(text(m.nameStart, m.nameEnd));
      } else if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameStart == m.start
          && m.start > 1 && PRESS_NOUNS.has(tok(m.start - 1)) && tok(m.start - 1).isLowerCase()) {
        // "the country's news portal Newsfirst", "the daily Kompas": a medium the noun before it names
        m.kind = ActorKind.MEDIA;
      }
      if (m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.MEDIA
          && m.entry.kind() != ActorKind.STATE
          && (media.contains(m.entry) && m.end - m.start == 1 || m.start > 0 && pressNounAt(m.start - 1))) {
        media.add(m.entry);
        m.type = Ment.Type.CANDIDATE;
        m.kind = ActorKind.MEDIA;
        m.entry = null;
        m.country = null;
        m.nameStart = m.start;
        m.nameEnd = m.end;
      }
    }
  }

  /** Verbs that lead one to speak of one's own accord, not by force: "prompting him to announce". */
  private static final WordSet PROMPTING = WordSet.of("prompting", "prompted", "leading", "led", "spurring",
      "spurred");

  /** Nouns for a business that name persons as often: "film producer Tom Hale", "art dealer Ana Ruiz". */
  private static final WordSet PERSONAL_BUSINESS_NOUNS = WordSet.of("producer", "trader", "dealer", "builder",
      "operator", "handler");

  /** The kind of actor {@code m} names, from the finders or its gazetteer entry; or null. */
  private static ActorKind kindOf(Ment m) {
    return m.kind != null ? m.kind : m.entry != null ? m.entry.kind() : null;
  }

  /** Abbreviations that end a company's name before their full stop: "Corp.", "Co.", "Inc.". */
  static final WordSet COMPANY_SUFFIXES = WordSet.of("Corp", "Co", "Inc", "Ltd", "Bros", "Plc", "PLC", "LLC");
  /** Legal forms of businesses that end their names without a dot: "Rheinhold AG", "Vale SA", "Nokia Oyj". */
  private static final WordSet LEGAL_FORMS = WordSet.of("AG", "GmbH", "KGaA", "SE", "SA", "S.A.", "NV", "N.V.", "BV",
      "B.V.", "AB", "ASA", "Oyj", "SpA", "S.p.A.", "PJSC", "JSC", "Bhd", "Tbk", "plc", "Plc", "PLC", "Limited", "Incorporated");

  /**
   * Nouns a person is called by as well as a business, which give no business before a name: "site
   * operator Jong Woo Son", "game developer Ana Ruiz", "publisher Tom Hale".
   */
  private static final WordSet PERSON_OR_BUSINESS = WordSet.of("developer", "publisher");

  /**
   * Whether the lower-case noun at {@code k} names a business or a club before a name: "oil refiner
   * Gulfmark Energy", "Premier League club Everton"; the nouns are the resolver's for a business.
   */
  private boolean businessNounAt(int k) {
    Token t = tok(k);
    if (t.isLowerCase() && t.text.length() > 4 && t.text.endsWith("s")) {
      // "automakers Kanto Motors and Seiwa Automobile": the plural of a business noun
      String one = t.text.substring(0, t.text.length() - 1);
      return Resolver.COMPANY_NOUNS.contains(one) && !PERSON_OR_BUSINESS.contains(one);
    }
    return Resolver.COMPANY_NOUNS.has(t) && !PERSON_OR_BUSINESS.has(t) || t.is("club");
  }

  private static final WordSet APPROXIMATORS = WordSet.of("More", "more", "Over", "over", "About", "about", "Nearly",
      "nearly", "Almost", "almost", "Around", "around", "Some", "some");
  /** "two million people", "more than 100 people": a number right before the head word at {@code j}. */
  private boolean counted(int i, int j) {
    Token before = j > i ? tok(j - 1) : null;
    return before != null && before.isCount();
  }

  /**
   * "Don Imus, known to fans as the I-Man", "Margaret Thatcher, nicknamed the Iron Lady": another name
   * given in an aside after a person's name, not another person; but "A hacker known as Guccifer said"
   * names the one speaker.
   */
  private boolean isNickname(Ment m) {
    if (!(m.type == Ment.Type.CANDIDATE && m.kind == null || m.type == Ment.Type.PERSON && m.title == null)) {
      return false;
    }
    int k = m.start - 1;
    if (k >= 0 && (tok(k).is("the") || tok(k).is("The"))) {
      k--;
    }
    int participle = -1;
    if (k >= 0 && (tok(k).is("nicknamed") || tok(k).is("dubbed"))) {
      participle = k;
    } else if (k >= 1 && tok(k).is("as")) {
      for (int j = k - 1; j >= 0 && j >= k - 4 && tok(j).isWord() && sameSentence(j, k); j--) {
        if (tok(j).is("known")) {
          participle = j;
          break;
        }
      }
    }
    return participle >= 2 && tok(participle - 1).isPunct(',') && (tok(participle - 2).isCapitalized()
        || tok(participle - 2).kind == Token.Kind.CJK || tok(participle - 2).isPunct(')'));
  }

  private boolean pressNounAt(int k) {
    return isPressNoun(tokens, k);
  }

  /** Whether the token at {@code k} is a noun for the press: "newspaper", "broadcaster", "news agency". */
  static boolean isPressNoun(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return t.isLowerCase() && (PRESS_NOUNS.has(t)
        || t.is("agency") && k > 0 && (tokens.get(k - 1).is("news") || tokens.get(k - 1).is("press")));
  }

  private boolean sameSentence(int a, int b) {
    return b < tokens.size() && sentenceOf[a] == sentenceOf[b];
  }

  private Token tok(int i) {
    return toks[i];
  }

  /** Finds a mention starting at {@code i}; returns the index after it, or {@code i} if none. */
  private int mentionAt(int i) {
    Token t = tok(i);
    if (i + 1 < tokens.size() && tok(i + 1).is("$") && tok(i + 1).begin == t.end && t.isWord()) {
      // "US$100", "NZ$28 million": a currency, no mention of the state
      return i + 1;
    }
    if (t.kind == Token.Kind.NUMBER && i + 1 < tokens.size()
        && (tok(i + 1).is("people") || tok(i + 1).isCount() && tok(i + 1).isWord())) {
      // "300 people said"
      return anonymousAt(i);
    }
    if (!t.isWord() || t.lexeme.unknown && t.isLowerCase() && !t.is("them") && !t.is("each") && !t.is("heads")
            && !nounBeforeHead(i, i) && !isParticleName(t) && nextHead[i] != i
        || t.isLowerCase() && (t.lexeme.mask & startBits) == 0 && nextHead[i] != i && t.lexeme.name == null
            && t.lexeme.title == null && !isParticleName(t)
            && !OTHER_STARTS.has(t) && !t.isCount()
            // but "appeal judges", "human rights groups": a noun before a group's head
            && !(i + 1 < tokens.size() && isHead(i + 1))
            && !(i + 2 < tokens.size() && isHead(i + 2) && isPlainNoun(i) && isPlainNoun(i + 1))) {
      // a lower-case word of no class that names, describes or counts people starts no mention
      // ("said", "of", "the" aside): the finders below need not look at it
      return i;
    }
    if (i > 0 && (t.is("television") || t.is("TV") || t.is("radio")) && tok(i - 1).isCapitalized()
        && tok(i - 1).isWord() && sameSentence(i - 1, i)) {
      // "Al-Qahera News television reported": what the medium named before it is
      return i;
    }
    String w = t.text;
    if (w.equals("he") || w.equals("He")) {
      return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.gender = Ment.Gender.MALE);
    }
    if (w.equals("she") || w.equals("She")) {
      return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.gender = Ment.Gender.FEMALE);
    }
    if (w.equals("it") || w.equals("It")) {
      return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.head = "it");
    }
    if (w.equals("they") || w.equals("They")) {
      return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.plural = true);
    }
    Ment.Gender g = isDeterminer[i] && w.length() <= 5 ? possessiveGender(w) : null;
    if (g != null && (actNounWithin(i + 1) || opinionOf(i))) {
      // "his comments about …", "their demands": the pronoun is the speaker of the noun
      Ment m = possessivePronoun(i);
      mentions.add(m);
      return m.end;
    }
    if (i >= 2 && w.length() <= 4 && tok(i - 1).is("to")
            && (tok(i - 2).is("according") || tok(i - 2).is("According"))
        || i >= 1 && w.length() <= 4 && i + 1 < tokens.size() && Attributor.QUOTING.has(tok(i - 1))
            && tok(i + 1).is("as")
        || i >= 1 && (w.equals("him") || w.equals("her")) && i + 2 < tokens.size() && PROMPTING.has(tok(i - 1))
            && tok(i + 1).is("to") && tok(i + 2).isLowerCase()) {
      // "according to him", "quoted him as saying": an object pronoun as the source; "prompting him to announce":
      // the one made to speak
      if (w.equals("him")) {
        return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.gender = Ment.Gender.MALE);
      }
      if (w.equals("her") && !(i + 1 < tokens.size() && possessedAfterHer(i + 1))) {
        return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.gender = Ment.Gender.FEMALE);
      }
      if (w.equals("them")) {
        return add(new Ment(i, i + 1, Ment.Type.PRONOUN), m -> m.plural = true);
      }
    }
    if (statePossessorAt(i) && sameSentence(i, i + 3)
        // but "the country's foreign ministry": a known body's name, which the owner is attached to
        && gazetteer.names.longestFrom(tok(i + 3).lexeme.name, tokens, i + 3) == null) {
      // "the country's disaster management authority", "the nation's top diplomat": a description
      // owned by the state; the owners are attached later
      int j = i + 3;
      int head = descriptionHead(j);
      int person = personDescriptionHead(j);
      if (person > j && person > head && !(person < tokens.size() && isNameWord(person))) {
        return addPersonDescription(i, person);
      }
      if (head > j && !(head < tokens.size() && isNameWord(head))) {
        while (head < tokens.size() && head < j + 5 && tok(head).isLowerCase()
            && (tok(head).lexeme.mask & descriptionHeadBits) != 0 && sameSentence(i, head)) {
          head++;
        }
        return addDescription(i, head, null);
      }
    }
    int regional = regionalGovernmentAt(i);
    if (regional > i) {
      return regional;
    }
    int office = officeOfTheAt(i);
    if (office > i) {
      return office;
    }
    if (isDeterminer[i] && i + 2 < tokens.size() && tok(i + 1).isCapitalized()
        && (tok(i).isLowerCase() || sentenceStart(i))) {
      int body = unknownBodyBeforeHead(i + 1);
      if (body > i + 1 && (tok(body).lexeme.mask & personNounBit) != 0) {
        // "a Department of Education spokesman": the person of a body no list knows
        return addPersonDescription(i, body + 1);
      }
    }
    int epithet = epithetAt(i);
    if (epithet > i) {
      return epithet;
    }
    // the first finder that takes the token: a website, "both countries", "one of the children", an
    // anonymous source, then a chunk of names and titles
    int end = websiteAt(i);
    if (end == i) {
      end = headsOfStateAt(i);
    }
    if (end == i) {
      end = distributiveAt(i);
    }
    if (end == i) {
      end = partitiveAt(i);
    }
    if (end == i) {
      end = anonymousAt(i);
    }
    end = end > i ? end : chunkAt(i);
    return end > i ? end : subjectBeforeSpeechAt(i);
  }

  /** Words after an object pronoun "her" that make no noun of hers: "according to her on Monday". */
  private static final WordSet AFTER_OBJECT_HER = WordSet.of("as", "on", "in", "at", "and", "or", "but", "for",
      "from", "during", "after", "before", "to", "of", "with", "that", "when", "while", "by", "last", "this",
      "yesterday", "today", "too", "also", "again");

  /**
   * Whether the word at {@code k} is what "her" before it owns: "according to her publisher", "according to her
   * Facebook post"; not "according to her, …" nor "quoted her as saying".
   */
  private boolean possessedAfterHer(int k) {
    Token t = tok(k);
    return t.isWord() && !AFTER_OBJECT_HER.has(t) && sameSentence(k - 1, k);
  }

  /**
   * "the 52-year-old", "the Brazilian" right before a cue or a punctuation mark: a person named
   * before, described by age or nationality alone.
   */
  private int epithetAt(int i) {
    int n = tokens.size();
    if (!isDeterminer[i] || i + 2 >= n || !(tok(i).is("the") || tok(i).is("The"))) {
      return i;
    }
    if (tok(i + 1).is("general")) {
      int verb = i + 2;
      while (verb < n && verb < i + 4 && (GENERAL_BEFORE_VERB.has(tok(verb))
          || tok(verb).isLowerCase() && tok(verb).text.endsWith("ly"))) {
        // "the general also said", "the general has said", "the general later told"
        verb++;
      }
      if (verb < n && (SPEECH_VERBS.has(tok(verb)) || tok(i + 2).isPunct(',')
          || tok(i + 2).isPunct('.'))) {
        // "the general said": an officer, the last general named
        Ment m = new Ment(i, i + 2, Ment.Type.DESCRIPTION);
        m.kind = ActorKind.PERSON;
        m.head = "general";
        m.titleText = "General";
        mentions.add(m);
        return i + 2;
      }
      return i;
    }
    Token after = tok(i + 2);
    if (!after.isPunct(',') && !after.isPunct('.') && after.lexeme.cue == null || !sameSentence(i, i + 2)) {
      return i;
    }
    boolean cue = after.lexeme.cue != null || SPEECH_VERBS.has(after);
    if (!(cue || after.isPunct(',') || after.isPunct('.'))) {
      return i;
    }
    Token word = tok(i + 1);
    boolean age = word.text.endsWith("-year-old") && Character.isDigit(word.text.charAt(0));
    PhraseTrie.Match<Surface> demonym = age ? null : nameAt(i + 1);
    // one person of a nation ("the Brazilian", "the Israeli") before a cue; but "the British",
    // "the French" and "the Chinese" are the nation
    // "The Spaniard, 36, told": an age set off before the cue
    boolean agedAside = after.isPunct(',') && i + 4 < n && tok(i + 3).kind == Token.Kind.NUMBER
        && tok(i + 4).isPunct(',');
    boolean nationality = (cue || agedAside) && demonym != null && demonym.end() == i + 2
        && (word.text.endsWith("an") || word.text.endsWith("i")
            // "the Spaniard", "the Briton", "the Swede": a noun with a plural of its own among the forms
            || gazetteer.names.firstWord(word.text + "s") != null)
        && demonym.values().stream().anyMatch(v -> v.form() == Surface.Form.ADJECTIVE
            && v.entry().kind() == ActorKind.STATE);
    if (!age && !nationality) {
      return i;
    }
    Ment m = new Ment(i, i + 2, Ment.Type.DESCRIPTION);
    m.kind = ActorKind.PERSON;
    m.head = word.text;
    m.titleText = word.text;
    m.epithet = true;
    if (nationality) {
      m.country = demonym.values().stream().filter(v -> v.form() == Surface.Form.ADJECTIVE)
          .findFirst().flatMap(v -> v.entry().country()).orElse(null);
    }
    mentions.add(m);
    return i + 2;
  }

  /** Endings of adjectives: "environmental", "scientific", "conservative", "various", "military". */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ic", "ive", "ous", "ary", "ant", "ent");

  /**
   * Whether the word at {@code j} is an adjective no lexicon knows right before a plural head of an
   * anonymous group: "environmental groups", "Conservative lawmakers" at a sentence start.
   */
  private boolean adjectiveBeforeHead(int i, int j) {
    Token t = tok(j);
    if (t.lexeme.mask != 0 || j + 1 >= tokens.size() || !isHead(j + 1) || nameAt(j) != null
        || !pluralHeads.contains(tok(j + 1).text.toLowerCase(java.util.Locale.ROOT)) && !REPORT_NOUNS.has(tok(j + 1))
        || !(t.isLowerCase() || j == i && sentenceStart(j)) || t.text.length() < 5) {
      return false;
    }
    String w = t.text.toLowerCase(java.util.Locale.ROOT);
    return ADJECTIVE_ENDINGS.stream().anyMatch(w::endsWith);
  }

  /**
   * Whether the word at {@code j} is a noun no lexicon knows that modifies the head of a group after
   * it, alone or with one more such noun: "human rights groups", "aid workers", "bomb disposal
   * experts". Only where a noun phrase may start (a sentence's start, after a determiner, a
   * preposition, a number, a verb of speech or an opening mark), so that no verb is taken for one
   * ("He met officials", "Spanton, 39, met officers").
   */
  private boolean nounBeforeHead(int i, int j) {
    int n = tokens.size();
    if (j + 1 >= n || nextHead[j + 1] > j + 2) {
      // no head in the two words after it: the common case, answered by one look
      return false;
    }
    if (!(j + 1 < n && isHead(j + 1) || j + 2 < n && isHead(j + 2) && isPlainNoun(j + 1)) || !isPlainNoun(j)) {
      return false;
    }
    if (j > i) {
      return true;
    }
    if (j == 0 || !sameSentence(j - 1, j)) {
      return true;
    }
    Token before = tok(j - 1);
    return before.isPunct('(') || before.kind == Token.Kind.QUOTE || isDeterminer[j - 1] || before.isCount()
        || before.lexeme.cue != null || NOUN_PHRASE_OPENERS.has(before);
  }

  /** Words after which a noun phrase starts; not "and" nor "to", after which a verb may ("and met aid workers"). */
  private static final WordSet NOUN_PHRASE_OPENERS = WordSet.of("by", "of", "from", "with", "among", "for",
      "said", "says", "told", "according", "including");

  /** Lower-case words that are no nouns, though no lexicon knows them. */
  private static final WordSet NOT_NOUNS = WordSet.of("and", "or", "but", "nor", "of", "to", "in", "on", "at", "by",
      "for", "with", "from", "as", "than", "that", "which", "who", "whom", "whose", "where", "when", "while", "if",
      "whether", "because", "into", "about", "after", "before", "are", "were", "was", "is", "be", "been", "have",
      "has", "had", "not", "all", "both", "also", "only", "even", "such", "very", "most", "more", "less", "these",
      "those", "this", "its", "their", "our", "your", "they", "them", "him", "her", "any", "each", "every", "own",
      "out", "over", "under", "against", "among", "between", "through", "during", "without", "within", "via",
      "like", "unlike", "including", "many", "much", "few", "other", "another", "same", "did", "does", "can",
      "could", "will", "would", "should", "may", "might", "must", "then", "there", "here", "now", "still", "just",
      // adverbs that open a sentence: "Elsewhere rescue workers said"
      "elsewhere", "meanwhile", "instead", "overnight", "afterwards", "afterward", "nevertheless", "nonetheless",
      "however", "moreover", "furthermore", "today", "yesterday", "tomorrow", "tonight", "separately", "later",
      "earlier", "again", "thus", "hence", "otherwise");

  /** A lower-case word no lexicon knows and no verb or adverb by its ending: "rights", "aid", "bomb". */
  private boolean isPlainNoun(int k) {
    Token t = tok(k);
    String w = t.text;
    return (t.isLowerCase() || t.isCapitalized() && sentenceStart(k) && !isNameWord(k + 1))
        && t.lexeme.mask == 0 && t.lexeme.cue == null && t.lexeme.actNoun == null
        && w.length() >= 3 && !w.endsWith("ed") && !w.endsWith("ing") && !w.endsWith("ly")
        && !(t.isLowerCase() ? NOT_NOUNS.has(t) : NOT_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)))
        && w.indexOf('\'') < 0 && w.indexOf('’') < 0;
  }

  /**
   * Whether {@code noun} names one who does something, by its ending: "publisher", "biographer", "assistant",
   * "historian"; not "memoirs", "diary".
   */
  private static boolean agentNoun(String noun) {
    String w = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    return w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ant") || w.endsWith("ent")
        || w.endsWith("ian");
  }

  /** Conjunctions that join a clause after a comma: "…, but the landlord said". */
  private static final WordSet CLAUSE_JOINERS = WordSet.of("but", "and", "yet", "while", "whereas");
  /** Articles before a source no lexicon knows after "according to": "the operator", "a biographer". */
  private static final WordSet ARTICLES = WordSet.of("the", "The", "a", "A", "an", "An");
  /** Determiners that open a speaker's noun phrase no lexicon knows: "the landlord", "her publisher". */
  private static final WordSet SUBJECT_DETERMINERS = WordSet.of("the", "The", "a", "A", "an", "An", "his", "His",
      "her", "Her", "its", "Its", "their", "Their", "some", "Some", "several", "Several");
  private static final WordSet WEEKDAYS = WordSet.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");
  /** Words of time between a subject and its verb: "The landlord yesterday said". */
  private static final WordSet TIMES_BEFORE_VERB = WordSet.of("yesterday", "today", "earlier", "later", "also",
      "previously", "recently");

  /**
   * The verbs of speech that make the noun phrase right before them a speaker; not those that are
   * also adjectives before a noun ("the total reported casualties", "a noted author").
   */
  private static final WordSet SPEECH_VERBS = WordSet.of("said", "says", "told", "tells", "added", "stated",
      "announced", "warned", "explained", "claimed", "insisted", "argued", "tweeted", "urged", "acknowledged",
      "admitted", "wrote", "replied", "responded", "countered", "estimated", "noted", "concluded", "confirmed",
      "reported");

  /**
   * A noun phrase of a determiner and one to three lower-case words right before a verb of speech:
   * "The landlord said", "the accused told the jury", "her publisher said". Whoever the lexicons do
   * not know as a speaker is one when the sentence makes them say something; an anonymous source
   * described by its words.
   */
  private int subjectBeforeSpeechAt(int i) {
    int n = tokens.size();
    // "…, according to the operator.", "According to her publisher, …": a source no lexicon knows, set off, up to
    // a comma or the end of the sentence; not "Prices vary according to the season"
    boolean according = i >= 2 && tok(i - 1).is("to")
        && (tok(i - 2).is("According") || tok(i - 2).is("according") && i >= 3 && tok(i - 3).isPunct(','));
    if (!isDeterminer[i] || i + 1 >= n || !according && i + 2 >= n || !SUBJECT_DETERMINERS.has(tok(i))
        || !(according || sentenceStart(i) || afterOpeningConjunction(i) || tok(i - 1).isPunct(',')
        // "…, but some eastern allies said": the subject of a clause joined after a comma
        || i >= 2 && CLAUSE_JOINERS.has(tok(i - 1)) && tok(i - 2).isPunct(',')
        || tok(i - 1).kind == Token.Kind.QUOTE || tok(i - 1).isPunct(':') || tok(i - 1).isPunct(';')
        // "The manager said his roommates said …": the subject of a clause of speech
        || SPEECH_VERBS.has(tok(i - 1)))) {
      // a subject: at the start of the sentence, or after a comma, quotation mark, colon, semicolon
      // or verb of speech
      return i;
    }
    int j = i + 1;
    // words no lexicon knows, so not a known speaker, nor a function word, cue or pronoun
    while (j < n && j <= i + 3 && tok(j).isWord() && tok(j).isLowerCase() && sameSentence(i, j)
        && (tok(j).lexeme.unknown
            // "The defence said": a word that only starts a title or a name, or that modifies an
            // anonymous head, as the head
            || j == i + 1 && j + 1 < n && SPEECH_VERBS.has(tok(j + 1))
                && ((tok(j).lexeme.mask & ~anonymousModifierBit) == 0) && tok(j).lexeme.cue == null
                && tok(j).lexeme.actNoun == null
            // "a security guard": a known modifier before the noun
            || anonymousModifiers.has(tok(j)) && j + 1 < n && tok(j + 1).lexeme.unknown
                && tok(j + 1).isLowerCase())) {
      j++;
    }
    if (according) {
      if (j == i + 1 || j < n && !(tok(j).isPunct(',') || tok(j).isPunct('.') || tok(j).isPunct(';'))
          // "according to her publisher", but not "according to her memoirs": a possessive only before one who
          // does something
          || !ARTICLES.has(tok(i)) && !agentNoun(tok(j - 1).text)) {
        return i;
      }
      Ment m = new Ment(i, j, Ment.Type.ANONYMOUS);
      m.head = tok(j - 1).text;
      m.plural = isPluralNoun(m.head);
      mentions.add(m);
      return j;
    }
    int verb = j < n && tok(j).isPunct(',') && j > i + 1 ? pastAside(j) : j;
    if (verb + 2 < n && tok(verb).is("on") && WEEKDAYS.has(tok(verb + 1))) {
      // "The civic body on Friday warned": a day between the subject and its verb
      verb += 2;
    } else if (verb + 1 < n && TIMES_BEFORE_VERB.has(tok(verb))) {
      verb++;
    }
    if (verb != j && invertedAside(verb)) {
      // "The explosion, heard across the city, said witnesses, shattered windows": the speaker is after
      // the verb
      return i;
    }
    if (verb + 1 < n && (tok(verb).is("was") || tok(verb).is("were")) && Attributor.QUOTING.has(tok(verb + 1))) {
      // "The suspect was quoted by police as saying": the one quoted
      verb++;
    }
    if (j == i + 1 || verb >= n || !SPEECH_VERBS.has(tok(verb)) && !Attributor.QUOTING.has(tok(verb))
        || !sameSentence(i, verb)
        || inQuote[verb] != inQuote[i]
        // "The tunnel said to link the towns": a passive
        || verb + 1 < n && tok(verb + 1).is("to") && tok(verb).is("said")
        // "the total reported casualties", "the hotel estimated cost": a participle before its noun
        || ADJECTIVAL_CUES.has(tok(verb)) && verb + 1 < n && tok(verb + 1).isWord() && tok(verb + 1).isLowerCase()
            && !isDeterminer[verb + 1] && !tok(verb + 1).is("that") && !SUBJECT_PRONOUNS.has(tok(verb + 1))) {
      return i;
    }
    String head = tok(j - 1).text;
    if (QUANTIFIERS.has(tok(i)) && needsTail.contains(head)) {
      // "Some people said they were afraid": no source, but how many thought so
      return i;
    }
    Ment m = new Ment(i, j, Ment.Type.ANONYMOUS);
    m.head = head;
    m.plural = isPluralNoun(head);
    mentions.add(m);
    return j;
  }

  /** Determiners that count, before a group: "some allies", "several lawmakers". */
  private static final WordSet QUANTIFIERS = WordSet.of("some", "Some", "several", "Several");

  /** Words that end a subject read leftwards from its verb: function words, verbs, adverbs of time. */
  private static final WordSet NOT_IN_SUBJECT = WordSet.of("and", "or", "but", "nor", "that", "which", "who",
      "whom", "whose", "what", "when", "where", "while", "as", "if", "than", "then", "so", "to", "of", "for",
      "with", "in", "on", "at", "by", "from", "into", "about", "after", "before", "over", "under", "against",
      "through", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could",
      "should", "can", "may", "might", "must", "shall", "do", "does", "did", "not", "also", "it", "he", "she",
      "they", "we", "you", "i", "me", "him", "us", "them", "this", "these", "those", "there", "here", "because",
      "although", "though", "since", "until", "all", "both", "each", "some", "many", "most", "more", "several",
      "other", "others", "said", "says", "say", "told", "now", "today", "yesterday", "still", "just", "only",
      "even", "later", "earlier", "again", "already", "however", "meanwhile", "one", "two", "three", "his", "her",
      "its", "their", "our", "my", "your");

  /** Cue verbs that are as often participles before a noun: "the reported casualties", "a planned visit". */
  private static final WordSet ADJECTIVAL_CUES = WordSet.of("reported", "alleged", "noted", "proposed", "planned",
      "promised", "expected", "predicted", "estimated", "feared", "threatened", "requested", "demanded",
      "recommended", "suggested", "stated", "announced", "claimed", "disputed", "agreed", "rumoured", "rumored");

  /** Verbs of speech that need no object, so that a preposition may follow them: "warned in a statement". */
  private static final WordSet INTRANSITIVE_SPEECH = WordSet.of("said", "warned", "insisted", "argued",
      "explained", "replied", "responded", "complained", "apologised", "apologized", "vowed", "pledged", "added",
      "stated", "wrote", "told", "appealed", "called", "noted", "stressed", "emphasised", "emphasized", "declared",
      "announced", "confirmed", "claimed", "acknowledged", "admitted", "tweeted", "countered", "urged");
  /** Words right after a participle that make it one: "The hotel described in the report". */
  private static final WordSet PARTICIPLE_PREPOSITIONS = WordSet.of("in", "by", "as", "at", "on", "for", "from",
      "with", "during", "after", "under", "to", "earlier", "last");

  /** Beside {@link #SPEECH_VERBS}, the verbs of speech whose subject is a speaker whatever it is. */
  private static final WordSet SUBJECT_VERBS = WordSet.of("say", "write", "writes", "confirmed", "stressed",
      "emphasised", "emphasized", "called", "welcomed", "condemned", "criticised", "criticized", "praised",
      "opposed", "expressed", "appealed", "vowed", "pledged", "apologised", "apologized", "accused", "blamed",
      "thanked", "noted", "warns", "urges", "calls", "announces", "claims", "argues", "insists", "believes",
      "believe", "predicted", "denounced", "rejected", "dismissed", "hailed", "demanded", "reiterated",
      "declared", "described", "questioned", "recommended", "proposed", "complained");

  private static final WordSet CALLED_FOR = WordSet.of("for", "on", "upon");

  /** Words that end a noun phrase without being its noun: "Ana Ruiz first said", "the president himself said". */
  private static final WordSet NOT_HEADS = WordSet.of("first", "often", "never", "always", "himself", "herself",
      "itself", "themselves", "ourselves", "too", "alone", "twice", "instead", "yet", "together", "public",
      "ever", "recently", "finally", "immediately", "publicly", "privately", "repeatedly");

  /**
   * The opening bracket of a gloss that closes at {@code close}: one to four capitalised words in brackets ("(Young
   * Russia)"); or -1.
   */
  private int glossOpening(int close) {
    for (int k = close - 1; k >= 0 && k >= close - 5; k--) {
      if (tok(k).isPunct('(')) {
        return k < close - 1 ? k : -1;
      }
      if (!tok(k).isWord() || !tok(k).isCapitalized()) {
        return -1;
      }
    }
    return -1;
  }

  /** Nouns of a stretch of time that a word before them makes a time: "last week", "this afternoon". */
  private static final WordSet TIME_NOUNS = WordSet.of("week", "month", "year", "weekend", "morning", "afternoon",
      "evening", "night");
  /** Words that make a time of the noun of time after them. */
  private static final WordSet TIME_DEICTICS = WordSet.of("this", "last", "that", "next");

  /**
   * Adverbs between a subject and its verb: "The federation also said", "the board later announced", "the
   * ministry nevertheless insisted".
   */
  private static final WordSet BEFORE_VERB = WordSet.of("also", "later", "earlier", "then", "again", "further",
      "previously", "separately", "jointly", "subsequently", "initially", "originally", "once", "nevertheless",
      "nonetheless", "likewise", "meanwhile", "however", "therefore", "thus", "instead");

  /**
   * "The Spanish federation said", "Indonesia's military chief said", "Shop owners say", "the
   * surviving members wrote": the noun phrase right before a cue verb that no mention ends at, in
   * the place of a subject, is the speaker, described by its words; a state's adjective or
   * possessive in it gives its country. The mentions inside it give way to it. Runs once the cues
   * are known, so that no verb but a cue's makes a speaker of the words before it.
   */
  void subjectsOf(List<Cue> cues) {
    int n = tokens.size();
    // the mentions in order of start (they come so from the passes before; a stable sort keeps ties), and
    // indexes of them, so that each cue's subject is checked against them in a few steps: where they
    // end, the tokens they cover, the earliest start of those that cover a token, those starting at it
    mentions.sort(java.util.Comparator.comparingInt(m -> m.start));
    boolean[] ends = new boolean[n + 1];
    boolean[] covered = new boolean[n + 1];
    int[] minStartCovering = new int[n + 1];
    java.util.Arrays.fill(minStartCovering, Integer.MAX_VALUE);
    int[] firstStarting = new int[n + 1];
    java.util.Arrays.fill(firstStarting, -1);
    int[] nextStarting = new int[mentions.size()];
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Ment m = mentions.get(i);
      ends[m.end] = true;
      for (int k = m.start; k < m.end; k++) {
        covered[k] = true;
        minStartCovering[k] = Math.min(minStartCovering[k], m.start);
      }
      nextStarting[i] = firstStarting[m.start];
      firstStarting[m.start] = i;
    }
    boolean[] coveredByAdded = new boolean[n + 1];
    List<Ment> added = new ArrayList<>();
    for (Cue cue : cues) {
      int v = cue.start();
      if (cue.nominal() || cue.according() || cue.participle() || v == 0 || !tok(v).isLowerCase() || inQuote[v]) {
        continue;
      }
      if (!SUBJECT_VERBS.has(tok(v)) && !SPEECH_VERBS.has(tok(v))
          || tok(v).is("said") && v + 1 < n && tok(v + 1).is("to")) {
        // only verbs that are speech whoever their subject is; and "the tunnel said to link" is a passive
        continue;
      }
      if ((tok(v).is("called") || tok(v).is("calls")) && !(v + 1 < n && CALLED_FOR.has(tok(v + 1)))) {
        // "a process called "exfiltration"": a name given, not a call for something
        continue;
      }
      if (ADJECTIVAL_CUES.has(tok(v)) && v + 1 < n && tok(v + 1).isLowerCase() && !isDeterminer[v + 1]
          && !NOT_IN_SUBJECT.has(tok(v + 1))) {
        // "The total reported casualties rose": a participle before a noun, not a verb
        continue;
      }
      if (!INTRANSITIVE_SPEECH.has(tok(v)) && tok(v).text.endsWith("ed") && v + 1 < n
          && PARTICIPLE_PREPOSITIONS.has(tok(v + 1))) {
        // "The hotel described in the report was demolished": a verb that needs an object, with none
        continue;
      }
      // after a quotation, or a clause set off by a comma; not after a name set off by commas ("Her
      // publisher, Eckhart & Sons, announced her death")
      if ((tok(v - 1).isPunct(',') && v > 1 && !covered[v - 2] || tok(v - 1).kind == Token.Kind.QUOTE) && v + 2 < n
          && INVERTED_VERBS.has(tok(v)) && !covered[v + 1] && SUBJECT_DETERMINERS.has(tok(v + 1))
          && sameSentence(v, v + 2)) {
        // ""Our hearts are broken," wrote the band in a post": the speaker after the verb
        int k = v + 2;
        while (k < n && k < v + 7 && sameSentence(v, k) && !covered[k] && tok(k).isWord()
            && !NOT_IN_SUBJECT.has(tok(k)) && !(tok(k).isLowerCase() && tok(k).text.endsWith("ly"))) {
          k++;
        }
        // the speaker ends the sentence, or an adjunct or aside follows it; but in "said the match
        // would go ahead" a clause does
        if (k > v + 2 && subjectHead(k - 1) && (k >= n || !sameSentence(v, k)
            || !tok(k).isWord() && !tok(k).isPunct('\'') || AFTER_INVERTED_SPEAKER.has(tok(k)))) {
          Ment m = new Ment(v + 1, k, Ment.Type.ANONYMOUS);
          m.head = tok(k - 1).text.toLowerCase(java.util.Locale.ROOT);
          m.plural = isPluralNoun(tok(k - 1).text);
          m.insideQuote = inQuote[v + 1];
          added.add(m);
          for (int j = v + 1; j < k; j++) {
            covered[j] = true;
            coveredByAdded[j] = true;
          }
          continue;
        }
      }
      int end = v;
      while (true) {
        if (end - 1 > 0 && BEFORE_VERB.has(tok(end - 1)) && sameSentence(end - 1, v)) {
          end--;
        } else if (end - 2 > 0 && WEEKDAYS.has(tok(end - 1)) && tok(end - 2).is("on") && sameSentence(end - 2, v)) {
          // "The city's civic body on Friday warned": a day between the subject and its verb
          end -= 2;
        } else if (end - 2 > 0 && TIME_NOUNS.has(tok(end - 1)) && sameSentence(end - 2, v)
            && (TIME_DEICTICS.has(tok(end - 2)) || WEEKDAYS.has(tok(end - 2)) && tok(end - 1).text.endsWith("ing")
                || WEEKDAYS.has(tok(end - 2)) && tok(end - 1).is("night"))) {
          // "Grant Robertson last week said", "the minister this afternoon announced", "the council on Friday
          // evening warned": a time between the subject and its verb
          end -= WEEKDAYS.has(tok(end - 2)) ? 1 : 2;
        } else {
          break;
        }
      }
      // "A Norwegian delegate, speaking on condition of anonymity, said", "A shopkeeper who works
      // nearby said": the noun phrase before an aside or a relative clause
      int aside = asideStart(end, v);
      if (aside > 0 && !ends[end]) {
        end = aside;
      }
      int last = end - 1;
      int from = ends[end] ? lastMentionBefore(end) : -1;
      Ment place = ends[end] ? placeEndingAt(end, from) : null;
      Ment owner = ends[end] && place == null ? ownerEndingAt(end, from) : null;
      if (place != null && place.start >= 2 && PLACE_PREPOSITIONS.has(tok(place.start - 1))
          && subjectHead(place.start - 2) && !ends[place.start - 1]) {
        // "A former city councillor in Lyon admitted", "Shop owners in Lyon said": the people, not
        // the place they are in
        last = place.start - 2;
      } else if (owner != null && owner.start >= 3 && (tok(owner.start - 1).is("of") || tok(owner.start - 1).is("for"))
          && RELATIONS.has(tok(owner.start - 2))) {
        // "The widow of Tom Hale said", "The lawyer for Ana Ruiz said": the widow, the lawyer, not the
        // one they are of
        last = owner.start - 2;
      } else if (ends[end] || !sameSentence(last, v) || !subjectHead(last)) {
        continue;
      }
      int start = last;
      boolean determiner = false;
      boolean marked = false;
      int reach = last - 6;
      for (int k = last - 1; k >= 0 && k >= reach && sameSentence(k, last); k--) {
        Token t = tok(k);
        if (SUBJECT_DETERMINERS.has(t) || t.is("This") || t.is("this")) {
          start = k;
          determiner = true;
          break;
        }
        if (t.isLowerCase() && t.isWord() && !NOT_IN_SUBJECT.has(t) && !t.text.endsWith("ly")
            && t.lexeme.cue == null) {
          start = k;
        } else if (t.isCapitalized() && !(sentenceStart(k)
            && NOT_IN_SUBJECT.contains(t.text.toLowerCase(java.util.Locale.ROOT)))) {
          start = k;
          marked = true;
        } else if (isPossessive(t) && k > 0 && tok(k - 1).isWord()) {
          start = k;
          marked = true;
        } else if (t.isPunct('-') && k > 0 && tok(k - 1).end == t.begin && t.end == tok(k + 1).begin) {
          start = k;
        } else if (t.isPunct(')') && k - 2 >= 0 && glossOpening(k) > 0 && glossOpening(k) - 1 >= 0
            && tok(glossOpening(k) - 1).isCapitalized()) {
          // "The Rossiya Molodaya (Young Russia) youth movement said": a name's gloss in brackets before the noun
          reach -= k - glossOpening(k) + 1;
          k = glossOpening(k);
          start = k;
          marked = true;
        } else {
          break;
        }
      }
      if (tok(start).isPunct('-') || isPossessive(tok(start))) {
        continue;
      }
      boolean placed = start == 0 || sentenceStart(start) || afterOpeningConjunction(start)
          || tok(start - 1).isPunct(',')
          // "After the regulator said …, depositors withdrew cash"
          || SUBORDINATORS_BEFORE_SUBJECT.has(tok(start - 1))
          || tok(start - 1).isPunct(':') || tok(start - 1).isPunct(';');
      boolean plural = isPluralNoun(tok(last).text);
      // without a determiner: a possessive or name in it ("Lebanon's culture minister"), or a plural
      // of two words or more ("Shop owners")
      boolean enough = determiner ? last > start : marked || plural && last > start;
      if (!placed || !enough || start > 0 && covered[start - 1] && !ends[start]
          || inQuote[start] != inQuote[v]) {
        continue;
      }
      // no mention, found or added, may cross the subject's edges
      boolean crosses = minStartCovering[start] < start || end < n && minStartCovering[end] < end;
      for (int j = start; j < end && !crosses; j++) {
        crosses = coveredByAdded[j];
      }
      if (crosses) {
        continue;
      }
      // the country of the first mention within it that has one
      CountryCode country = null;
      int first = Integer.MAX_VALUE;
      for (int j = start; j < end; j++) {
        for (int i = firstStarting[j]; i >= 0 && i < first; i = nextStarting[i]) {
          Ment m = mentions.get(i);
          if (m.end <= end && m.country != null) {
            first = i;
            country = m.country;
          }
        }
      }
      Ment m = new Ment(start, end, Ment.Type.ANONYMOUS);
      m.head = tok(last).text.toLowerCase(java.util.Locale.ROOT);
      m.plural = plural;
      m.country = country;
      m.insideQuote = inQuote[start];
      if (country == null) {
        ownedByState(m);
      }
      added.add(m);
      ends[end] = true;
      for (int j = start; j < end; j++) {
        covered[j] = true;
        coveredByAdded[j] = true;
      }
    }
    if (added.isEmpty()) {
      return;
    }
    for (Ment m : added) {
      // "The prince accepted …", "the actress recalled": the gender its noun gives
      m.gender = genderOfNoun(m.head);
    }
    // the mentions within an added subject give way to it, and each added one goes before the first
    // mention that starts where it starts or later: in one merge, since the list is in order of start
    Ment[] owner = new Ment[n + 1];
    for (Ment m : added) {
      for (int j = m.start; j < m.end; j++) {
        owner[j] = m;
      }
    }
    List<Ment> byStart = new ArrayList<>(added);
    byStart.sort(java.util.Comparator.comparingInt(m -> m.start));
    List<Ment> merged = new ArrayList<>(mentions.size() + added.size());
    int a = 0;
    for (Ment x : mentions) {
      while (a < byStart.size() && byStart.get(a).start <= x.start) {
        merged.add(byStart.get(a++));
      }
      if (owner[x.start] == null || owner[x.start] != owner[x.end - 1]) {
        merged.add(x);
      }
    }
    merged.addAll(byStart.subList(a, byStart.size()));
    mentions.clear();
    mentions.addAll(merged);
  }

  /**
   * The index of the last mention that starts before {@code end}, where a scan back for a mention
   * ending there begins, found by halving the mentions in order of start; or -1.
   */
  private int lastMentionBefore(int end) {
    int lo = 0;
    int hi = mentions.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start < end) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Verbs of speech that come before their speaker: "…," wrote the band. */
  private static final WordSet INVERTED_VERBS = WordSet.of("said", "says", "wrote", "writes", "added", "adds",
      "told", "tweeted", "explained", "recalled", "noted", "warned", "insisted", "argued", "stated", "replied",
      "responded", "asked");

  /** Words that may follow a speaker after its verb: "wrote the band in a post", "said the coach after the game". */
  private static final WordSet AFTER_INVERTED_SPEAKER = WordSet.of("in", "on", "at", "after", "during", "before",
      "from", "via", "when", "while", "as", "late", "earlier");

  /** Words that open an aside between a subject and its verb: "A delegate, speaking on condition …, said". */
  private static final WordSet ASIDE_OPENERS = WordSet.of("who", "which", "whose", "however", "meanwhile",
      "though", "too", "also", "a", "an", "the", "speaking", "citing", "according", "in", "at");

  /**
   * Where an aside or relative clause starts that ends right before {@code end}, set off by commas
   * or opened by "who": the comma or the "who"; or -1.
   */
  private int asideStart(int end, int v) {
    if (end - 2 > 0 && tok(end - 1).isPunct(',')) {
      for (int c = end - 2; c > 0 && c >= end - 14 && sameSentence(c, v); c--) {
        Token t = tok(c);
        if (t.isPunct(',')) {
          Token first = tok(c + 1);
          return c + 1 < end - 1 && (ASIDE_OPENERS.has(first) || first.isLowerCase()
              && (first.text.endsWith("ing") || first.text.endsWith("ed"))) ? c : -1;
        }
        if (!(t.isWord() || t.kind == Token.Kind.NUMBER) || inQuote[c] != inQuote[v]) {
          return -1;
        }
      }
      return -1;
    }
    for (int r = end - 2; r > 0 && r >= end - 8 && sameSentence(r, v); r--) {
      Token t = tok(r);
      if (t.is("who")) {
        // a clause with its own verb right after "who", not "The tenant who the landlord said had left"
        return r + 1 < end && tok(r + 1).isLowerCase() && !isDeterminer[r + 1] && !NOT_IN_SUBJECT.has(tok(r + 1))
            || FINITE_AFTER_WHO.has(tok(r + 1)) ? r : -1;
      }
      if (!t.isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /** Verbs of a relative clause's own right after "who": "A man who was there said". */
  private static final WordSet FINITE_AFTER_WHO = WordSet.of("was", "were", "is", "are", "has", "had", "have");

  private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "from", "at");

  /**
   * The end of a university's name that goes on with its campus after a comma: "University of
   * California, San Diego", "University of Wisconsin, Madison"; else {@code k}. Not a state, nor a
   * name a verb or another name follows.
   */
  private int campusEnd(int j, int k) {
    int n = tokens.size();
    if (k + 1 >= n || !tok(k).isPunct(',') || !(tok(j).is("University") || tok(j).is("College"))
        || !isNameWord(k + 1) || isStateName(k + 1) || !sameSentence(k, k + 1)) {
      return k;
    }
    int e = k + 1;
    while (e < n && e < k + 4 && isNameWord(e) && !isStateName(e)) {
      e++;
    }
    boolean ends = e >= n || !sameSentence(k, e) || tok(e).isPunct(',') || tok(e).isPunct('.')
        || tok(e).isLowerCase() && tok(e).isWord();
    return ends && e > k + 1 ? e : k;
  }

  /** People known by whom they are of: "the widow of Tom Hale", "the family of the singer". */
  private static final WordSet RELATIONS = WordSet.of("widow", "widower", "wife", "husband", "son", "daughter",
      "mother", "father", "brother", "sister", "family", "families", "parents", "children", "relatives", "friend",
      "friends", "lawyer", "lawyers", "attorney", "attorneys", "agent", "manager", "publicist", "partner",
      "fiancee", "fiancée", "fiance", "fiancé", "niece", "nephew", "grandson", "granddaughter", "cousin",
      "colleague", "colleagues", "neighbour", "neighbor", "neighbours", "neighbors", "supporters", "fans", "aide",
      "aides", "biographer", "estate", "heirs", "descendants", "classmates", "teammates", "relative", "supporter",
      "fan", "heir", "descendant", "classmate", "teammate");

  /**
   * The mention of a person or organisation that ends at {@code end}, or null, looked for back from
   * the mention at {@code from}.
   */
  private Ment ownerEndingAt(int end, int from) {
    for (int i = from; i >= 0; i--) {
      Ment m = mentions.get(i);
      if (m.end == end) {
        return m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE || m.type == Ment.Type.NAMED
            || m.type == Ment.Type.DESCRIPTION ? m : null;
      }
      if (m.end < end && m.start < end - 8) {
        return null;
      }
    }
    return null;
  }

  /**
   * The mention of a place or state that ends at {@code end}, or null, looked for back from the mention
   * at {@code from}.
   */
  private Ment placeEndingAt(int end, int from) {
    for (int i = from; i >= 0; i--) {
      Ment m = mentions.get(i);
      if (m.end == end) {
        boolean state = m.type == Ment.Type.NAMED && m.entry != null
            && (m.entry.kind() == ActorKind.STATE || m.entry.kind() == ActorKind.CITY);
        boolean place = m.type == Ment.Type.CANDIDATE && m.kind == null && m.title == null && m.end - m.start == 1;
        return state || place ? m : null;
      }
      if (m.end < end && m.start < end - 8) {
        return null;
      }
    }
    return null;
  }

  /** Subordinators a clause's subject follows: "After the regulator said …". */
  private static final WordSet SUBORDINATORS_BEFORE_SUBJECT = WordSet.of("After", "after", "Before", "before",
      "When", "when", "While", "while", "Because", "because", "Since", "since", "Although", "although", "Though",
      "though", "Once", "once", "Until", "until", "Unless", "unless", "If", "if", "Whereas", "whereas");

  private static final WordSet OPENING_CONJUNCTIONS = WordSet.of("But", "And", "Yet", "So", "Or", "Nor", "Still",
      "Now", "Instead", "Also", "Then");

  /** Whether {@code i} follows a conjunction that opens its sentence: "But a miner told reporters …". */
  private boolean afterOpeningConjunction(int i) {
    return i > 0 && OPENING_CONJUNCTIONS.has(tok(i - 1)) && sentenceStart(i - 1);
  }

  /** Whether the word at {@code k} can end a subject as its head noun: a lower-case word, not a verb's form. */
  private boolean subjectHead(int k) {
    Token t = tok(k);
    return t.isWord() && t.isLowerCase() && t.text.length() > 2 && !NOT_IN_SUBJECT.has(t)
        && !t.text.endsWith("ly") && !t.text.endsWith("ed") && !t.text.endsWith("ing")
        && t.lexeme.cue == null && t.lexeme.actNoun == null
        // "The decision said": what is said, or a document, speaks for someone the finders know or none
        && (t.lexeme.mask & (documentHeadBit | speechObjectBit)) == 0 && !NOT_HEADS.has(t);
  }

  /**
   * The token after an aside set off by commas from the comma at {@code k} ("The landlord, a retired
   * teacher, said", "The bank, Switzerland's second largest, said", "The prosecution, however,
   * argued"), or {@code k} if no short aside of words closes there.
   */
  private int pastAside(int k) {
    int n = tokens.size();
    for (int j = k + 1; j < n && j <= k + 10; j++) {
      Token t = tok(j);
      if (t.isPunct(',')) {
        return j > k + 1 ? j + 1 : k;
      }
      if (!(t.isWord() || t.kind == Token.Kind.NUMBER) || inQuote[j] != inQuote[k]) {
        return k;
      }
    }
    return k;
  }

  private static final WordSet DOMAINS = WordSet.of("com", "org", "net", "ru", "io", "co", "uk", "de", "fr", "info", "news", "ua", "in", "cn", "jp");

  /** Lower-case words outside the word classes that still start a mention: "both countries", "more than 100 people". */
  private static final WordSet OTHER_STARTS = WordSet.of("them", "each", "both", "all", "more", "over", "about",
      "nearly", "almost", "around", "some", "him", "her", "social", "one", "most", "none", "several", "many",
      // "heads of state"
      "heads");

  /** Words between "the general" and its verb of speech. */
  private static final WordSet GENERAL_BEFORE_VERB = WordSet.of("also", "later", "then", "has", "had", "again");

  /** Whether a verb of speech at {@code k} has its speaker after it, set off by a comma: "said witnesses,". */
  private boolean invertedAside(int k) {
    for (int j = k + 1; j < tokens.size() && j <= k + 5; j++) {
      if (tok(j).isPunct(',')) {
        return j > k + 1;
      }
      if (!tok(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Months, written out or cut short, that are also surnames: "Dong Jun", "Theresa May". */
  private static final WordSet MONTH_SURNAMES = WordSet.of("Jun", "May", "June", "April", "Jan");

  /**
   * Whether the month at {@code k} is a surname: right after a name word no lexicon knows as a day or
   * month, with no number after it ("Defence Minister Dong Jun", not "on Friday Jun 5").
   */
  private boolean monthAsSurname(int k) {
    if (k == 0 || !MONTH_SURNAMES.has(tok(k)) || !sameSentence(k - 1, k)) {
      return false;
    }
    Token before = tok(k - 1);
    return before.isCapitalized() && (before.lexeme.mask & notNameBit) == 0 && before.lexeme.title == null
        && !(k + 1 < tokens.size() && tok(k + 1).kind == Token.Kind.NUMBER)
        // "Theresa May said" opens a sentence too, but "In May" does not name anyone
        && (before.lexeme.unknown || !sentenceStart(k - 1));
  }

  /** Months that are also given names. */
  private static final WordSet MONTH_NAMES = WordSet.of("May", "April", "June", "Jan");
  /** Words before a month that make it a date: "in May", "last June", "on Jan 5". */
  private static final WordSet BEFORE_DATES = WordSet.of("in", "In", "on", "On", "since", "Since", "until",
      "Until", "by", "By", "of", "last", "Last", "next", "Next", "this", "This", "early", "Early", "late", "Late",
      "mid", "from", "From", "to", "before", "Before", "after", "After", "during", "During", "through", "between",
      "and", "or", "Between", "the", "The");

  /**
   * Whether the month at {@code k} is a given name: "May Chen said", "April Ryan asked"; not a
   * date ("in May", "June 5") nor a month before a name ("By June Beijing had …").
   */
  private boolean monthAsGivenName(int k) {
    int n = tokens.size();
    char c = tok(k).text.charAt(0);
    if (c != 'M' && c != 'A' && c != 'J' || !MONTH_NAMES.has(tok(k)) || k + 1 >= n || !sameSentence(k, k + 1)) {
      return false;
    }
    Token next = tok(k + 1);
    return next.isCapitalized() && (next.lexeme.mask & notNameBit) == 0 && next.lexeme.unknown
        && (k == 0 || !BEFORE_DATES.has(tok(k - 1)) && tok(k - 1).kind != Token.Kind.NUMBER);
  }

  /** Two lower-case letters right after a dot: a country's domain, "Ikon.mn", "Rappler.ph". */
  private static boolean isCountryDomain(String w) {
    return w.length() == 2 && w.charAt(0) >= 'a' && w.charAt(0) <= 'z' && w.charAt(1) >= 'a' && w.charAt(1) <= 'z';
  }

  /** "Znak.com", "Meduza.io", "Ikon.mn", "Stuff.co.nz": a news website named by its address. */
  private int websiteAt(int i) {
    int n = tokens.size();
    if (i + 2 < n && tok(i + 1).isPunct('.') && tok(i + 1).begin == tok(i).end && tok(i).isCapitalized()
        && tok(i + 2).begin == tok(i + 1).end && (DOMAINS.has(tok(i + 2)) || isCountryDomain(tok(i + 2).text))) {
      int end = i + 3;
      if (end + 1 < n && tok(end).isPunct('.') && tok(end).begin == tok(end - 1).end
          && tok(end + 1).begin == tok(end).end && isCountryDomain(tok(end + 1).text)) {
        // "Stuff.co.nz": a second level of the address
        end += 2;
      }
      Ment m = new Ment(i, end, Ment.Type.CANDIDATE);
      m.kind = ActorKind.MEDIA;
      m.nameStart = i;
      m.nameEnd = end;
      mentions.add(m);
      return end;
    }
    return i;
  }

  /** The gender a possessive pronoun gives its noun's speaker, or null for no possessive pronoun. */
  private static Ment.Gender possessiveGender(String w) {
    if (w.equals("his") || w.equals("His")) {
      return Ment.Gender.MALE;
    }
    if (w.equals("her") || w.equals("Her")) {
      return Ment.Gender.FEMALE;
    }
    if (w.equals("their") || w.equals("Their") || w.equals("its") || w.equals("Its")) {
      return Ment.Gender.UNKNOWN;
    }
    return null;
  }

  /**
   * The pronoun of the possessive determiner at {@code i} ("his", "her", "its", "their"), with its
   * gender and number.
   */
  private Ment possessivePronoun(int i) {
    String w = tok(i).text;
    Ment m = new Ment(i, i + 1, Ment.Type.PRONOUN);
    m.gender = possessiveGender(w);
    m.plural = w.equalsIgnoreCase("their");
    if (w.equalsIgnoreCase("its")) {
      m.head = "it";
    }
    return m;
  }

  /** Whether the possessive at {@code i} holds a view: "In his view,", "From her own perspective,". */
  private boolean opinionOf(int i) {
    if (i == 0 || !(tok(i - 1).is("In") || tok(i - 1).is("in") || tok(i - 1).is("From") || tok(i - 1).is("from"))) {
      return false;
    }
    int k = i + 1 < tokens.size() && tok(i + 1).is("own") ? i + 2 : i + 1;
    if (k + 2 < tokens.size() && tok(k).is("point") && tok(k + 1).is("of")) {
      k += 2;
    }
    return k + 1 < tokens.size() && opinionNouns.has(tok(k)) && tok(k + 1).isPunct(',');
  }

  /** Whether an act noun follows within three lower-case words from {@code k}. */
  private boolean actNounWithin(int k) {
    for (int j = k; j < tokens.size() && j < k + 3 && tok(j).isWord() && tok(j).isLowerCase(); j++) {
      if (tok(j).lexeme.actNoun != null) {
        return true;
      }
      if ((tok(j).lexeme.mask & (personDescriptionBit | headBits)) != 0) {
        // "His lawyer calls for …": the pronoun belongs to the person, who speaks
        return false;
      }
    }
    return false;
  }

  /** The heads of "both …" and "the two …" that stand for persons, not states: "both ministers", "the two men". */
  static final WordSet DISTRIBUTIVE_PERSONS = WordSet.of("leaders", "leader", "ministers", "minister", "presidents",
      "president", "men", "women", "candidates", "candidate");
  /** Words between "the two" and their verb: "the two also said", "the two have agreed". */
  private static final WordSet ALSO_OR_AUXILIARY = WordSet.of("also", "both", "have", "had", "will", "would",
      "later", "jointly", "then");
  /** Nouns for two persons together: "the couple", "the pair". */
  static final WordSet PAIRS = WordSet.of("couple", "pair", "duo");
  /** The heads of "both …" and "the two …": the states' and the persons'. */
  private static final WordSet DISTRIBUTIVE_HEADS = WordSet.copyOf(com.google.common.collect.Sets.union(
      java.util.Set.of("countries", "nations", "sides", "governments", "states", "country", "nation", "side",
          "government", "state"), DISTRIBUTIVE_PERSONS.words()));

  private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("two", 2, "three", 3, "four", 4,
      "five", 5);

  /** What "heads of" leads: "heads of state", "heads of the states", "heads of government". */
  private static final WordSet LED = WordSet.of("state", "states", "government", "governments");

  /**
   * "the heads of state", "The heads of the states", "heads of government": the leaders of states, a
   * plural source whose head is "leaders".
   */
  private int headsOfStateAt(int i) {
    int n = tokens.size();
    int j = isDeterminer[i] ? i + 1 : i;
    if (j + 2 >= n || !(tok(j).is("heads") || tok(j).is("Heads")) || !tok(j + 1).is("of")) {
      return i;
    }
    int k = tok(j + 2).is("the") && j + 3 < n ? j + 3 : j + 2;
    if (!LED.has(tok(k)) || !sameSentence(i, k)) {
      return i;
    }
    Ment m = new Ment(i, k + 1, Ment.Type.ANONYMOUS);
    m.head = "leaders";
    m.plural = true;
    mentions.add(m);
    return k + 1;
  }

  /** The number a word of two to five gives, "three" 3, else 0. */
  static int countOf(Token t) {
    return COUNTS.getOrDefault(t.text, 0);
  }

  /**
   * "both countries", "each side", "the two nations", "all three countries": a source standing for
   * each of the actors last named.
   */
  private int distributiveAt(int i) {
    int n = tokens.size();
    int j = i;
    int count = 2;
    if (tok(i).is("both") || tok(i).is("Both") || tok(i).is("each") || tok(i).is("Each")) {
      j = i + 1;
    } else if ((tok(i).is("the") || tok(i).is("The")) && i + 1 < n && tok(i + 1).is("two")
        || (tok(i).is("all") || tok(i).is("All")) && i + 1 < n && COUNTS.containsKey(tok(i + 1).text)) {
      // "the two nations", "all three countries"; "the three countries" may be any three
      j = i + 2;
      count = COUNTS.get(tok(i + 1).text);
    } else if ((tok(i).is("the") || tok(i).is("The")) && i + 1 < n
        && (PAIRS.has(tok(i + 1)) || i + 2 < n && tok(i + 1).isLowerCase() && PAIRS.has(tok(i + 2)))
        // but "the couple of hundred protesters": a number
        && !(PAIRS.has(tok(i + 1)) ? i + 2 < n && tok(i + 2).is("of") : i + 3 < n && tok(i + 3).is("of"))) {
      // "the couple", "the married couple", "the pair": two persons
      j = PAIRS.has(tok(i + 1)) ? i + 1 : i + 2;
    } else {
      return i;
    }
    if (j < n && j == i + 2 && tok(i + 1).is("two") && tok(j).isLowerCase() && sameSentence(i, j)
        && (tok(j).lexeme.cue != null || ALSO_OR_AUXILIARY.has(tok(j)))) {
      // "The two urged the administration …", "the two said": two actors named before, of one kind
      Ment m = new Ment(i, i + 2, Ment.Type.ANONYMOUS);
      m.head = "two";
      m.plural = true;
      m.distributive = true;
      m.distributiveCount = 2;
      mentions.add(m);
      return i + 2;
    }
    if (j >= n || !(DISTRIBUTIVE_HEADS.has(tok(j)) || PAIRS.has(tok(j))) || !sameSentence(i, j)) {
      return i;
    }
    Ment m = new Ment(i, j + 1, Ment.Type.ANONYMOUS);
    m.head = tok(j).text;
    m.plural = true;
    m.distributive = true;
    m.distributiveCount = count;
    mentions.add(m);
    return j + 1;
  }

  private static final WordSet PARTITIVES = WordSet.of("one", "One", "some", "Some", "many", "Many", "several",
      "Several", "two", "Two", "three", "Three", "most", "Most", "none", "None", "each", "Each");

  /**
   * "One of the children", "some of them", "one of the protesters Wikinews interviewed": a part of
   * a group of people, an anonymous source.
   */
  private int partitiveAt(int i) {
    int n = tokens.size();
    if (i + 2 >= n || !tok(i + 1).is("of")
        // "Seven of the suspects", "12 of the victims": any count as well
        || !PARTITIVES.has(tok(i)) && !tok(i).isCount() && tok(i).kind != Token.Kind.NUMBER) {
      return i;
    }
    int j = i + 2;
    if (tok(j).is("them") || tok(j).is("those")) {
      Ment m = new Ment(i, j + 1, Ment.Type.ANONYMOUS);
      m.head = tok(j).text;
      m.plural = !tok(i).text.equalsIgnoreCase("one") && !tok(i).text.equalsIgnoreCase("each");
      mentions.add(m);
      return j + 1;
    }
    if (!isDeterminer[j]) {
      return i;
    }
    for (int k = j + 1; k < n && k <= j + 3 && sameSentence(i, k) && tok(k).isWord() && tok(k).isLowerCase(); k++) {
      String w = tok(k).text;
      if ((w.endsWith("s") && w.length() > 3 || IRREGULAR_PLURALS.contains(w)) && !(k + 1 < n && tok(k + 1).isWord() && tok(k + 1).isLowerCase()
          && tok(k + 1).text.endsWith("s") && !cueWord(k + 1))) {
        // the plural head of the group: "the children", "his former colleagues"
        Ment m = new Ment(i, k + 1, Ment.Type.ANONYMOUS);
        m.head = w;
        m.plural = !tok(i).text.equalsIgnoreCase("one") && !tok(i).text.equalsIgnoreCase("each");
        mentions.add(m);
        return k + 1;
      }
    }
    return i;
  }

  /** Plural nouns of people that end in no "s": "the people said", "police said". */
  private static final WordSet IRREGULAR_PLURALS = WordSet.of("children", "people", "men", "women", "staff",
      "police", "crew", "clergy", "faculty", "personnel");

  private boolean cueWord(int k) {
    return tok(k).lexeme.cue != null;
  }

  /** Whether token {@code k}, or its lower-case form at a sentence start, heads an anonymous source. */
  private boolean isHead(int k) {
    return (tok(k).lexeme.mask & headBits) != 0 || REPORT_NOUNS.has(tok(k)) && isReportSource(k);
  }

  /**
   * Reports, studies and figures, which speak as anonymous sources do, though no person is named by
   * them: "Media reports said", "according to official figures".
   */
  private static final WordSet REPORT_NOUNS = WordSet.of("reports", "Reports", "studies", "Studies",
      "investigations", "Investigations", "findings", "Findings", "figures", "Figures", "data", "Data",
      "statistics", "Statistics", "press", "results", "Results", "estimates", "Estimates");
  /** Nouns that "press" modifies: "press release", "press conference". */
  private static final WordSet PRESS_COMPOUNDS = WordSet.of("release", "releases", "conference", "conferences",
      "briefing", "briefings", "statement", "statements", "office", "secretary", "officer", "freedom", "event",
      "call", "pass", "card", "room", "corps", "gallery", "service");
  /** Participles after a report's noun that say whose or where it is: "data presented at a conference". */
  private static final WordSet REPORT_PARTICIPLES = WordSet.of("presented", "released", "published", "collected",
      "compiled", "issued", "provided", "gathered");
  /** Words between a report noun and its verb: "reports have suggested", "studies also showed". */
  private static final WordSet BEFORE_REPORT_VERB = WordSet.of("also", "have", "had", "later", "previously",
      "initially", "now", "further", "earlier");

  /**
   * Whether the report noun at {@code k} is a source: before a verb a report speaks with ("Media reports said",
   * "Preliminary investigations suggest", "studies have shown") or cited with a word of whose they
   * are ("according to local reports"); "CNN reports that …" is a verb, "denied reports that …" no
   * source, and "according to reports" a hedge.
   */
  private boolean isReportSource(int k) {
    int n = tokens.size();
    if (tok(k).is("press") && k + 1 < n && PRESS_COMPOUNDS.has(tok(k + 1))) {
      // "a press release from the ministry", "a press conference": the noun after it, no press
      return false;
    }
    int v = k + 1;
    while (v < n && v < k + 3 && BEFORE_REPORT_VERB.has(tok(v))) {
      v++;
    }
    if (k > 0 && tok(k - 1).isCapitalized() && !sentenceStart(k - 1)) {
      // "According to Reuters reports", "CNN reports that …": the medium's, or its verb
      return false;
    }
    if (v < n && CueFinder.REPORT_VERBS.has(tok(v)) && (!tok(v).text.endsWith("ing") || withBefore(k))
        // but "figures said to be from the ministry": a hedge, no source
        && !(v + 1 < n && tok(v + 1).is("to"))) {
      // a participle only after "with": "with some local press claiming …"; "Reports saying he was
      // killed were denied" are what was denied
      return true;
    }
    for (int j = k - 1; j >= 1 && j >= k - 4; j--) {
      Token t = tok(j);
      if (t.is("by") && j < k - 1 && tok(j - 1).text.endsWith("ed") && CueFinder.REPORT_VERBS.has(tok(j - 1))) {
        // "a cargo plane, reported by local press as belonging to …": the agent of a report's verb,
        // with a word of whose it is
        return true;
      }
      if (t.is("to") && (tok(j - 1).is("according") || tok(j - 1).is("According"))) {
        // but "according to reports" is a hedge, as "reportedly" is, and names no source; "according to
        // the data" stands for data named before, whose authors the rules cannot tell
        // but "according to data presented at a conference", "official results released Monday" name
        // their source by where or when they were given
        // and "according to the news reports", "according to unconfirmed media reports" say what kind, not whose
        return j < k - 1 && !(j == k - 2 && (tok(k - 1).is("the") || tok(k - 1).is("these"))) && !kindOnly(j + 1, k)
            || k + 1 < tokens.size() && REPORT_PARTICIPLES.has(tok(k + 1));
      }
      if (!t.isWord() || !t.isLowerCase() && j != k - 1) {
        return false;
      }
    }
    return false;
  }

  /** Words before a report's noun that tell what kind of report it is, not whose: "the news reports". */
  private static final WordSet REPORT_KINDS = WordSet.of("the", "these", "news", "media", "press", "some", "several",
      "unconfirmed", "recent", "earlier", "initial", "early", "many", "numerous", "various", "conflicting");

  /** Whether every word from {@code from} up to {@code k} only tells the kind of report. */
  private boolean kindOnly(int from, int k) {
    for (int j = from; j < k; j++) {
      if (!REPORT_KINDS.has(tok(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether "with" comes within four words before the noun at {@code k}: "with some local press". */
  private boolean withBefore(int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4 && tok(j).isWord(); j--) {
      if (tok(j).is("with") || tok(j).is("With")) {
        return true;
      }
    }
    return false;
  }

  private interface Setup {
    void apply(Ment m);
  }

  private int add(Ment m, Setup setup) {
    setup.apply(m);
    mentions.add(m);
    return m.end;
  }

  /**
   * An anonymous source: modifiers, then a head noun such as "officials", then for some heads a
   * tail such as "familiar with the matter".
   */
  private int anonymousAt(int i) {
    if (nextHead[i] - i > 8) {
      return i;
    }
    PhraseTrie.Match<TitleEntry> title = titleAt(i);
    if (title != null && title.end() > i + 1 && tok(i).isCapitalized()) {
      // "Police chief Tom Lind", "Police Commissioner …": a title of several words, not the police
      return i;
    }
    if (tok(i).is("media") && i > 0 && tok(i - 1).is("social")) {
      // "on social media": where it was said, not who said it
      return i;
    }
    if (tok(i).isCapitalized() && tok(i).lexeme.name != null) {
      PhraseTrie.Match<Surface> named = nameAt(i);
      // but "State Department officials said": the body's people
      if (named != null && named.end() > i + 1 && !(named.end() < tokens.size() && isHead(named.end()))) {
        // "Executive Yuan spokeswoman Tsai Pei-chun": a known name, not executives
        return i;
      }
    }
    int j = i;
    CountryCode country = null;
    ActorEntry org = null;
    boolean countryOfOrg = false;
    int n = tokens.size();
    // modifiers: determiners, adjectives, country adjectives and names, organisation names
    while (j < n && sameSentence(i, j)) {
      Token t = tok(j);
      int named = j > i && isDeterminer[i] && t.isCapitalized() && !sentenceStart(j) ? organizationNameBeforeHead(j) : j;
      if (named > j) {
        // "a senior Citizens' Alliance lawmaker", "a senior Democratic Party official": the person's
        // organisation, by a name no list knows
        j = named;
        continue;
      }
      if (t.isCapitalized() && pluralPossessiveInName(j + 1)) {
        // "The Workers' Party": a name, not workers
        return i;
      }
      if (j == i && j + 1 < n && (t.lexeme.mask & quantifierBit) != 0 && !isHead(j + 1)
          && (i == 0 || !sameSentence(i - 1, i) || !tok(i - 1).isWord() || tok(i - 1).isCapitalized()
              || QUANTIFIER_OPENERS.has(tok(i - 1)))
          && (tok(j + 1).lexeme.mask & descriptionHeadBits) == 0 && tok(j + 1).isLowerCase() && !tok(j + 1).is("of")
          && !anonymousModifiers.has(tok(j + 1)) && !adjectiveBeforeHead(i, j + 1)
          && !nounBeforeHead(i, j + 1)) {
        // "several said", "others argued": a quantifier standing alone for people; an actor
        // only if it speaks
        Ment m = new Ment(i, j + 1, Ment.Type.ANONYMOUS);
        m.head = t.text.toLowerCase(java.util.Locale.ROOT);
        m.plural = true;
        m.quantifier = true;
        mentions.add(m);
        return j + 1;
      }
      if (isHead(j) && !(j + 1 < n && (isHead(j + 1) || anonymousModifiers.has(t) && tok(j + 1).isLowerCase()
          && (tok(j + 1).lexeme.mask & (personDescriptionBit | personNounBit)) != 0))) {
        // but "a family spokesman": the head word is a modifier of the person noun after it
        if (j + 1 < n && j - i <= 1 && tok(j + 1).isLowerCase() && (tok(j + 1).lexeme.mask & bodyHeadBit) != 0
            && sameSentence(j, j + 1) && !(i > 0 && isNameWord(i - 1) && sameSentence(i - 1, i))) {
          // "the police authority", "the police department": a body the group's noun modifies
          return addDescription(i, j + 2, country);
        }
        if (j + 1 < n && j - i <= 3 && tok(j + 1).isLowerCase() && mediaHeads.has(tok(j + 1)) && !tok(j + 1).text.endsWith("s")
            && sameSentence(j, j + 1) && isDeterminer[i]) {
          // "a television channel", "the state television network": a medium the group's noun modifies
          return addDescription(i, j + 2, country);
        }
        break;
      }
      PhraseTrie.Match<Surface> name = nameAt(j);
      if (name != null) {
        Surface s = name.values().get(0);
        if (s.entry().kind() == ActorKind.STATE) {
          country = s.entry().country().orElse(null);
        } else {
          org = s.entry();
          if (country == null && s.entry().country().isPresent()) {
            country = s.entry().country().get();
            countryOfOrg = true;
          }
        }
        j = name.end();
        if (j < n && isDeterminer[j]) {
          // "told Agence France-Presse the victim was": a name, then another noun phrase
          return i;
        }
        continue;
      }
      if (t.isCount() && j + 1 < n && (tok(j + 1).is("people") || tok(j + 1).isCount())) {
        // "two million people", "100 people"
        j++;
        continue;
      }
      if (j == i && APPROXIMATORS.has(t) && j + 2 < n
          && (tok(j + 1).isCount() || tok(j + 1).is("than") && tok(j + 2).isCount())) {
        // "more than 100 people", "about 50 people"
        j += tok(j + 1).is("than") ? 2 : 1;
        continue;
      }
      if (anonymousModifiers.has(t) || adjectiveBeforeHead(i, j) || nounBeforeHead(i, j)
          // "media reports said", "police investigations found": the group's noun before a report's
          || isHead(j) && j + 1 < n && REPORT_NOUNS.has(tok(j + 1)) && isHead(j + 1)
          // "Several member states": a group's noun before another's
          || j > i && isHead(j) && t.isLowerCase() && !t.text.endsWith("s") && j + 1 < n && isHead(j + 1)
              && tok(j + 1).isLowerCase() && pluralHeads.contains(tok(j + 1).text)
          // "a senior Lagoon executive": a name no list knows, a company's, before the person's noun
          || j > i && isDeterminer[i] && t.isCapitalized() && t.lexeme.unknown && !sentenceStart(j) && j + 1 < n
              && isHead(j + 1) && tok(j + 1).isLowerCase() && !gazetteer.givenNames.containsKey(t.text)) {
        j++;
        continue;
      }
      if (j > i && t.isLowerCase() && (t.lexeme.mask & descriptionHeadBits) != 0
          && (t.lexeme.mask & documentHeadBit) == 0 && j + 1 < n && isHead(j + 1)) {
        // "a court official", "a party member": a body's noun before the person noun
        j++;
        continue;
      }
      return i;
    }
    if (j >= n || !isHead(j) || !sameSentence(i, j)) {
      // but "… at 4 p.m. Police said": the modifiers end with their sentence
      return i;
    }
    if (tok(j).isCapitalized() && !sentenceStart(j) && j + 1 < n && sameSentence(i, j + 1)
        && (organizationHeadAhead(j + 1) || (tok(j + 1).is("and") || tok(j + 1).is("&")) && organizationHeadAhead(j + 2)
            // "the medical charity Aide Medicale Sahel": a name no list knows the head begins
            || isNameWord(j + 1) && nameAt(j + 1) == null && titleAt(j + 1) == null && !isHead(j + 1)
            // "Executive Mayor Thandiwe Mokoena": a word of the title after it
            || i == j && titleAt(j + 1) != null)) {
      // "the Swedish Police Authority", "the Irish Nurses and Midwives Organisation": a name the head
      // begins; but "Students and University staff said" are two groups
      return i;
    }
    String head = tok(j).text.toLowerCase(java.util.Locale.ROOT);
    if (head.equals("sides") && !isDeterminer[i] && country == null) {
      // "take sides", "“choose sides”": an idiom, not the sides to talks
      return i;
    }
    if (head.equals("presidents") && j + 1 < n && tok(j + 1).isCapitalized() && sameSentence(j, j + 1)) {
      // "Presidents Donald Trump and Xi Jinping": a title in the plural before the names
      return i;
    }
    if (countryOfOrg && CLIENTS.contains(head)) {
      // "Facebook users", "BBC viewers": those a company serves live anywhere, not where it is based
      country = null;
    }
    // the head at a sentence start ("Officials said") is the same head
    int end = j + 1;
    if (end < n && tok(end).is("general") && (head.equals("attorneys") || head.equals("attorney"))) {
      // "the state attorneys general"
      end++;
    }
    boolean hasTail = end < n && tails.has(tok(end));
    if (head.startsWith("member") && end + 1 < n && tok(end).is("of") && sameSentence(i, end + 1)) {
      // "members of the council", "a member of the National Assembly": whose members they are
      int k = end + 1;
      if (isDeterminer[k]) {
        k++;
      }
      int named = k;
      while (k < n && k < named + 6 && sameSentence(i, k) && (isNameWord(k)
          || k > named && connectors.has(tok(k)) && k + 1 < n && isNameWord(k + 1))) {
        k++;
      }
      if (k == named) {
        // "members of the ruling party", "members of the city council": up to three words, to the
        // verb
        while (k < n && k < named + 3 && tok(k).isWord() && tok(k).isLowerCase() && sameSentence(i, k)
            && tok(k).lexeme.cue == null && !tok(k).is("who") && !tok(k).is("that") && !tok(k).is("which")
            // "members of the city council voted": not the verb
            && !(k > named && tok(k).text.endsWith("ed"))) {
          k++;
        }
      }
      PhraseTrie.Match<Surface> body = k > named && isNameWord(named) ? nameAt(named) : null;
      if (body != null && body.end() != k) {
        body = null;
      }
      if (body != null && body.values().get(0).entry().kind() == ActorKind.STATE && k < n) {
        // "a member of the Ukrainian delegation", "members of China's negotiating team": the state's
        // group, a few lower-case words to the verb
        int q = isPossessive(tok(k)) ? k + 1 : k;
        int from = q;
        while (q < n && q < from + 6 && sameSentence(i, q)
            && (tok(q).isWord() && tok(q).isLowerCase() && tok(q).lexeme.cue == null && !determiners.has(tok(q))
                && !tok(q).is("who") && !tok(q).is("that") && !tok(q).is("which") && !(q > from && tok(q).text.endsWith("ed"))
                // "a member of Russia's parliament on Sunday": not the time after the group
                && !PREPOSITIONS.has(tok(q))
                // "a member of the Iranian parliament's national security committee"
                || q > from && isPossessive(tok(q)) && q + 1 < n && tok(q + 1).isLowerCase())) {
          q++;
        }
        if (q > from) {
          k = q;
        }
      }
      // a name no gazetteer knows stays a mention of its own ("members of the Hamburg-Mitte District
      // Assembly"): an actor, which the members' description would hide
      if (k > named && (body != null || !isNameWord(named))) {
        if (body != null) {
          // "members of the Social Democratic Party": the party is an actor too, and gives its country
          ActorEntry e = body.values().get(0).entry();
          if (e.kind() == ActorKind.STATE) {
            country = country != null ? country : e.country().orElse(null);
          } else if (org == null) {
            org = e;
          }
        }
        return addAnonymous(i, k, head, country, org);
      }
    }
    if (needsTail.contains(head) && !hasTail && !(head.equals("people") && counted(i, j))
        // "Several crew members said", "some party members": a noun or an adjective before the head
        // says whose; but not "Many people said", nor "the members", nor a role before a name
        // ("Republican committee member Doug Collins")
        && !(j > i && tok(j - 1).isWord() && !isDeterminer[j - 1] && !tok(j - 1).isCount()
            && !(end < n && isNameWord(end))
            // a group, not one member: "Timo Fischer, a Free Democratic Party member," is a role
            && !head.equals("member"))) {
      return i;
    }
    if (hasTail && !tok(end).is("who") && !tok(end).is("with")) {
      // "familiar with the matter", "close to the talks", "briefed on the plans": the tail word,
      // a preposition, a determiner and one noun
      int k = end + 1;
      // but "the officers involved said": a tail word with no preposition after it ends the source
      boolean preposition = k < n && PREPOSITIONS.has(tok(k));
      if (preposition) {
        k++;
      }
      if (k < n && isDeterminer[k]) {
        k++;
      }
      if (k < n && tok(k).isWord() && sameSentence(i, k) && (preposition || k > end + 1)) {
        k++;
        // "close to the national team", "familiar with the peace talks": the noun after its modifiers
        int first = k;
        while (k < n && k < first + 2 && tok(k - 1).isLowerCase() && tok(k).isWord() && tok(k).isLowerCase()
            && tok(k).lexeme.cue == null && !TAIL_STOPS.has(tok(k)) && !FINITE_AFTER_WHO.has(tok(k))
            && !tok(k).text.endsWith("ed")
            && !tok(k).text.endsWith("ing") && !isDeterminer[k] && !PREPOSITIONS.has(tok(k)) && sameSentence(i, k)) {
          k++;
        }
        // "close to Foreign Minister Wang Yi", "travelling with President Joe Biden": a title and a name
        while (k < n && k < end + 9 && sameSentence(i, k) && tok(k - 1).isCapitalized()
            && (tok(k).isCapitalized() && tok(k).isWord()
                // "Secretary of State Antony Blinken"
                || tok(k).is("of") && k + 1 < n && tok(k + 1).isCapitalized() && tok(k + 1).isWord())) {
          k += tok(k).is("of") ? 2 : 1;
        }
      }
      end = k;
    } else if (!hasTail && end + 1 < n && pluralHeads.contains(head)
        && (tok(end).is("from") || tok(end).is("at") || tok(end).is("in") || tok(end).is("with"))) {
      // "officials from the State Department", "diplomats in Beijing": where they are, which
      // gives their body and their country
      int k = isDeterminer[end + 1] ? end + 2 : end + 1;
      PhraseTrie.Match<Surface> where = k < n && sameSentence(i, k) ? nameAt(k) : null;
      Surface place = where == null ? null : where.values().get(0);
      if (place != null && place.form() != Surface.Form.ADJECTIVE
          && place.entry().kind() != ActorKind.PERSON && place.entry().kind() != ActorKind.MEDIA
          // but not the first words of a longer name: "the Georgia Institute of Technology"
          && !(where.end() < n && (tok(where.end()).isCapitalized() || tok(where.end()).is("of")
              || isPossessive(tok(where.end()))))) {
        end = where.end();
        if (place.entry().kind() != ActorKind.STATE) {
          org = place.entry();
        }
        if (country == null) {
          country = place.entry().country().orElse(null);
        }
      }
    }
    if (end == j + 1 && j > i && end < n && (tok(i).is("a") || tok(i).is("A") || tok(i).is("an") || tok(i).is("An"))
        && pluralHeads.contains(head) && tok(end).isLowerCase() && tok(end).isWord()
        && !tails.has(tok(end))) {
      // "a police estimate", "an authorities' statement": the article is the noun's after the plural
      return addAnonymous(i + 1, end, head, country, org);
    }
    return addAnonymous(i, end, head, country, org);
  }

  /**
   * Words that end an anonymous source's tail, besides the auxiliaries of {@link #FINITE_AFTER_WHO}: a
   * modal, a conjunction or a relative pronoun.
   */
  private static final WordSet TAIL_STOPS = WordSet.of("who", "that", "which", "and", "or", "but", "will", "would",
      "could", "did", "does", "do", "also");

  /** People a company or a medium serves, who do not share its country: "Facebook users". */
  private static final Set<String> CLIENTS = Set.of("user", "users", "customer", "customers", "subscriber",
      "subscribers", "follower", "followers", "viewer", "viewers", "reader", "readers", "listener", "listeners",
      "fans", "passenger", "passengers", "shopper", "shoppers", "visitor", "visitors", "commenter", "commenters");

  /** Adds an anonymous source from {@code i} to {@code end}; returns {@code end}. */
  private int addAnonymous(int i, int end, String head, CountryCode country, ActorEntry org) {
    if (REPORT_NOUNS.contains(head) && end - i == 3 && (tok(i).is("the") || tok(i).is("The"))
        && Resolver.GOVERNMENT_HEADS.has(tok(i + 1))) {
      // "according to the government data": the same as without the article
      i++;
    }
    if (REPORT_NOUNS.contains(head) && end - i == 2 && Resolver.GOVERNMENT_HEADS.has(tok(i))) {
      // "according to government reports": the government's own reports, which speak for it
      Ment m = new Ment(i, end, Ment.Type.DESCRIPTION);
      m.head = tok(i).text;
      m.kind = ActorKind.GOVERNMENT_BODY;
      m.country = country;
      mentions.add(m);
      return end;
    }
    Ment m = new Ment(i, end, Ment.Type.ANONYMOUS);
    m.head = head;
    m.plural = pluralHeads.contains(head) || REPORT_NOUNS.contains(head);
    m.country = country;
    m.titleOrg = org;
    mentions.add(m);
    return end;
  }

  /**
   * Whether {@code j} is "Hon" with no dot and no "Rt" or article before it: a name's own word ("Hon Hai", "Hon
   * Lik"), not the honorific of "The Hon Jacinda Ardern" or "Rt Hon".
   */
  private boolean bareHon(int j) {
    return tok(j).is("Hon") && !(j + 1 < tokens.size() && tok(j + 1).isPunct('.') && tok(j + 1).begin == tok(j).end)
        && !(j > 0 && (tok(j - 1).is("Rt") || tok(j - 1).is("the") || tok(j - 1).is("The")
            || j > 1 && tok(j - 1).isPunct('.') && tok(j - 2).is("Rt")));
  }

  /**
   * Whether a person's noun in lower case at {@code i}, then "of" or "for" and a word in lower case, follows a
   * person's name set off by a comma: "Kevin Theriault, chief of the fire department", "Jane Doe, spokeswoman for
   * the agency"; or a title in lower case, then also "in": "Macharia Kamau, principal secretary in the Foreign Affairs
   * Ministry".
   */
  private boolean bareTitleAfterName(int i) {
    if (i < 2 || i + 2 >= tokens.size() || !tok(i - 1).isPunct(',') || !tok(i).isLowerCase() || mentions.isEmpty()) {
      return false;
    }
    int k = i + 1;
    if ((tok(i).lexeme.mask & personNounBit) == 0 || !(tok(k).is("of") || tok(k).is("for"))) {
      PhraseTrie.Match<TitleEntry> title = titleAt(i);
      k = title == null ? -1 : title.end();
      if (k < 0 || k + 1 >= tokens.size() || !(tok(k).is("of") || tok(k).is("for") || tok(k).is("in"))) {
        return false;
      }
    }
    // "the fire department", "Kenya", not "Youth Forum Zimbabwe", whose capitals could start a titled name
    if (!(isDeterminer[k + 1] || tok(k + 1).isLowerCase() || tok(k).is("of") && isStateName(k + 1)
        // but not "Peru's Civil Defense Institute"
        && !(nameAt(k + 1).end() < tokens.size() && isPossessive(tok(nameAt(k + 1).end()))))) {
      return false;
    }
    Ment before = mentions.get(mentions.size() - 1);
    return before.end == i - 1 && before.hasName() && before.nameEnd - before.nameStart >= 2
        && (before.type == Ment.Type.PERSON || before.type == Ment.Type.CANDIDATE && before.kind == null);
  }

  /** Words of rank between a determiner and a title: "a senior U.S. commander". */
  private static final WordSet SENIORITY = WordSet.of("senior", "top", "high-ranking", "junior", "leading",
      "prominent", "veteran", "longtime", "long-time");

  /**
   * A chunk of determiner, country adjectives or possessives, organisation names, titles and a
   * capitalised name: "the Chinese Foreign Ministry", "US President Donald Trump", "Chinese
   * Ministry of Foreign Affairs spokesman Guo Jiakun", "Porter Goss".
   */
  private int chunkAt(int i) {
    int n = tokens.size();
    if (tok(i).isCapitalized() && isCompoundModifier(tok(i))) {
      // "Portuguese-born Fernanda Medeiros": where she was born is no part of her name
      return i;
    }
    if (!isDeterminer[i] && i + 1 < n && sentenceStart(i) && sentenceStarters.has(tok(i))
        && titleAt(i + 1) != null) {
      // "After President Ruiz spoke", "In President Ruiz's view": the word that opens the sentence is
      // no part of the titled name after it
      return i;
    }
    int j = i;
    boolean determiner = false;
    if (isDeterminer[j] && j + 1 < n && !(tok(j).is("The") && nameAt(j) != null)) {
      // but "The Atlantic", "The Hill": a name that begins with its article
      determiner = true;
      j++;
    }
    if (!determiner && bareTitleAfterName(i)) {
      // "Kevin Theriault, chief of the fire department in Saint Andrews, said": a title set off after a
      // name with no article, which reads as if it had one
      determiner = true;
    }
    if (determiner && j + 1 < n && titleModifiers.has(tok(j)) && titleAt(j + 1) != null) {
      // "the former president", "the outgoing minister": a title held before or after now
      j++;
    } else if (determiner && j + 2 < n && SENIORITY.has(tok(j)) && sameSentence(i, j + 2)
        && (titleAt(j + 1) != null && tok(j + 1).isLowerCase()
            || isStateName(j + 1) && titleAt(nameAt(j + 1).end()) != null)) {
      // "a senior U.S. commander", "a top Chinese minister": the rank belongs to the description
      j++;
    }
    if (determiner && j + 2 < n && tok(j).isCapitalized() && !sentenceStart(j) && nameAt(j) == null
        && titleAt(j) == null && !gazetteer.givenNames.containsKey(tok(j).text)
        && hasDemonymEnding(tok(j).text)
        && tok(j + 1).isLowerCase() && sameSentence(i, j + 1)) {
      int head = descriptionHead(j + 1);
      if (head > j + 1) {
        // "the Catalan fire service", "the Bavarian interior ministry": a region's adjective no list
        // knows, before a body's noun
        return addDescription(i, head, null);
      }
    }
    Ment.Gender honorificGender = Ment.Gender.UNKNOWN;
    boolean honorific = false;
    for (int h = 0; h < 2 && (tok(j).lexeme.mask & honorificBit) != 0 && !bareHon(j); h++) {
      // "Mr. Wu", "Ms Lopez": a person, whose gender the honorific gives; "Justice Andrew Seah": a judge;
      // "the Rt Hon Jacinda Ardern": two honorifics
      int k = j + 1;
      if (k < n && tok(k).isPunct('.') && tok(k).begin == tok(j).end) {
        k++;
      }
      if (k < n && (tok(k).lexeme.mask & honorificBit) != 0 && h == 0 && sameSentence(i, k)) {
        j = k;
        continue;
      }
      if (k < n && isNameWord(k) && sameSentence(i, k)) {
        honorificGender = HONORIFICS.getOrDefault(tok(j).text, Ment.Gender.UNKNOWN);
        honorific = true;
        j = k;
        PhraseTrie.Match<Surface> place = nameAt(j);
        if (place != null && place.end() == j + 1
            && (pick(place.values()).entry().kind() == ActorKind.STATE
                || pick(place.values()).entry().kind() == ActorKind.CITY)
            && !(j + 1 < n && (isNameWord(j + 1) || isPossessive(tok(j + 1))))) {
          // "Mr Kano said", "Dr Lima said": a surname that is a place's name, after an honorific
          Ment m = new Ment(i, j + 1, Ment.Type.PERSON);
          m.nameStart = j;
          m.nameEnd = j + 1;
          m.gender = honorificGender;
          mentions.add(m);
          return j + 1;
        }
      }
      break;
    }
    CountryCode country = null;
    ActorEntry org = null;
    int orgEnd = -1;
    TitleEntry title = null;
    int titleStart = -1;
    int titleEnd = -1;
    ActorEntry named = null;
    int namedEnd = -1;
    boolean adjectiveOnly = false;
    int adjectiveEnd = -1;
    while (j < n && sameSentence(i, j)) {
      PhraseTrie.Match<TitleEntry> t = titleAt(j);
      PhraseTrie.Match<Surface> s = nameAt(j);
      if (t != null && (s == null || t.end() >= s.end())
          && !(tok(j).isLowerCase() && title == null && !determiner && org == null && country == null
              && !(t.end() < n && isNameWord(t.end())))) {
        if (title != null && titleEnd != j) {
          break;
        }
        if (title == null) {
          titleStart = j;
        } else if (title.rank().equals("PARTY") && titleStart == j - 1) {
          // "Republican Senator Lindsey Graham": the party gives the country; the role is Senator
          if (country == null) {
            country = title.country().orElse(null);
          }
          titleStart = j;
        }
        title = t.values().get(0);
        titleEnd = t.end();
        j = t.end();
        if (title.rank().equals("PARTY")) {
          // "Republican committee member Doug Collins": the party gives the country, the common
          // nouns after it the role
          int k = j;
          while (k < n && k < j + 3 && tok(k).isWord() && tok(k).isLowerCase()) {
            k++;
          }
          if (k > j && k < n && (tok(k - 1).lexeme.mask & personDescriptionBit) != 0 && isNameWord(k)) {
            if (country == null) {
              country = title.country().orElse(null);
            }
            titleEnd = k;
            j = k;
            continue;
          }
        }
        if (j + 1 < n && tok(j).is("to") && isStateName(j + 1)) {
          // "US Ambassador to Germany Richard Grenell": the posting is part of the title
          j = nameAt(j + 1).end();
          titleEnd = j;
        }
        int of = placeOfTitle(j);
        if (of > j) {
          // "of Kyrgyzstan", "of the Kyrgyz Republic": the state the title is of
          int place = j + 2 < n && tok(j + 1).is("the") ? j + 2 : j + 1;
          if (country == null && isStateName(place)) {
            country = nameAt(place).values().get(0).entry().country().orElse(null);
          }
          j = of;
          titleEnd = j;
        }
        continue;
      }
      if (s != null && title == null) {
        Surface surface = pick(s.values());
        ActorEntry e = surface.entry();
        boolean possessive = s.end() < n && isPossessive(tok(s.end()));
        int after = possessive ? s.end() + 1 : s.end();
        if (e.kind() == ActorKind.STATE && title == null && s.end() == j + 1 && !possessive
            && surface.form() != Surface.Form.ADJECTIVE && gazetteer.givenNames.containsKey(tok(j).text)
            && after + 1 < n && isNameWord(after) && nameAt(after) == null && titleAt(after) == null
            && !isNameWord(after + 1) && (tok(after).lexeme.mask & placeHeadBit) == 0
            && !organizationHeads2.has(tok(after))) {
          // "said Jordan Pike, NetChoice's litigation director", "Israel Katz said": a given name
          // that is a country's too, before a surname
          break;
        }
        if (e.kind() == ActorKind.STATE) {
          boolean modifies = possessive
              || surface.form() == Surface.Form.ADJECTIVE
              || (after < n && sameSentence(i, after) && startsTitleOrName(after));
          if (modifies) {
            country = e.country().orElse(null);
            adjectiveOnly = surface.form() == Surface.Form.ADJECTIVE && !possessive;
            adjectiveEnd = s.end();
            named = e;
            namedEnd = s.end();
            j = after;
            continue;
          }
          named = e;
          namedEnd = s.end();
          adjectiveOnly = false;
          j = s.end();
          if (j < n && stateHeads.has(tok(j))) {
            // "the United States government", "the Japan government"
            Ment m = new Ment(determiner ? i + 1 : i, j + 1, Ment.Type.NAMED);
            m.entry = e;
            m.country = e.country().orElse(null);
            mentions.add(m);
            return j + 1;
          }
          break;
        }
        if (org != null && orgEnd == j) {
          break;
        }
        org = e;
        orgEnd = s.end();
        if (country == null) {
          country = e.country().orElse(null);
        }
        j = after;
        if (possessive) {
          continue;
        }
        if (after < n && sameSentence(i, after) && startsTitleOrName(after)) {
          continue;
        }
        break;
      }
      break;
    }
    if (named != null && title == null && org == null && namedEnd < n && sameSentence(i, namedEnd)
        && tok(namedEnd).isLowerCase() && (tok(namedEnd).lexeme.mask & personDescriptionBit) != 0
        && !(namedEnd + 1 < n && (tok(namedEnd + 1).lexeme.mask & personDescriptionBit) != 0)) {
      // "the Oslo geologist", "a Chinese student": a person described by a noun, with a country
      addPersonDescription(i, namedEnd + 1);
      mentions.get(mentions.size() - 1).country = country != null ? country : named.country().orElse(null);
      return namedEnd + 1;
    }
    // a capitalised name after a title, or standing alone
    int nameStart = -1;
    int nameEnd = -1;
    for (int h = 0; h < 2 && title != null && j + 1 < n && (tok(j).lexeme.mask & honorificBit) != 0 && !bareHon(j)
        && sameSentence(i, j + 1); h++) {
      // "Foreign Minister Dr Hasan Mahmud", "President Dr. Mohamed Muizzu": an honorific between the title and
      // the name
      int k = tok(j + 1).isPunct('.') && tok(j + 1).begin == tok(j).end ? j + 2 : j + 1;
      if (k < n && isNameWord(k) && sameSentence(i, k)) {
        if (honorificGender == Ment.Gender.UNKNOWN) {
          honorificGender = HONORIFICS.getOrDefault(tok(j).text, Ment.Gender.UNKNOWN);
        }
        j = k;
      }
    }
    // "de Blasio said": a lower-case particle that starts a surname
    boolean particleFirst = j + 1 < n && tok(j).isLowerCase() && tok(j).text.length() >= 2 && isNameWord(j + 1)
        && particles.has(tok(j)) && (j == 0 || !isNameWord(j - 1)) && sameSentence(j, j + 1);
    // but in "North Korea's official Korean Central News Agency" the words after the title name a body
    PhraseTrie.Match<Surface> known = title != null && j < n ? nameAt(j) : null;
    ActorKind knownKind = known == null || known.end() - j < 2 ? null : known.values().get(0).entry().kind();
    boolean knownBody = knownKind != null && knownKind != ActorKind.STATE && knownKind != ActorKind.CITY
        && knownKind != ActorKind.PERSON;
    if (!knownBody && j < n && sameSentence(i, j) && (isNameWord(j) || particleFirst)
        && (org == null || orgEnd == j || title != null)) {
      int k = j;
      while (k < n && sameSentence(i, k)) {
        if (k > j && nameAt(k) != null && !isInitial(k) && !bodyWordInName(k)) {
          if (nameAt(k).values().stream().allMatch(v -> v.entry().isGeneric()
                  && v.entry().kind() == ActorKind.GOVERNMENT_BODY)
              && BODY_NAME_ADJECTIVES.has(tok(k - 1)) && nameAt(k - 1) == null
              && !(nameAt(k).end() < n && tok(nameAt(k).end()).isCapitalized())) {
            // "Germany's Federal Constitutional Court": a word of the body's own name before a generic
            // body's, which the body's name takes in
            k = nameAt(k).end();
            break;
          }
          if (k == j + 1 && COMPASS_WORDS.has(tok(j)) && isStateName(k) && companyGoesOn(nameAt(k).end())) {
            // "East Japan Railway Co.", "Central Japan Railway Company": a region of the state that
            // begins a company's name
            k = nameAt(k).end();
            continue;
          }
          if (k == j + 1 && surnameLikeState(j, k)
              || k > j + 1 && k <= j + 3 && gazetteer.givenNames.containsKey(tok(j).text)
                  && namesWithoutEntries(j + 1, k) && surnameLikeState(j, k)) {
            // "Nikki Holland", "Jim Jordan", "Secretary Enrique Santiago", "Marcos Tavares Lima": a given
            // name, perhaps another name, then a country's or a capital's name as the surname
            k++;
            break;
          }
          if (k >= j + 2 && title == null && !hasOrganizationHead(j, k) && placeEndsName(j, k)) {
            // "Cycle Aware Wellington": an organisation named after its city, with words no list knows
            // and no organisation's noun before the city's name ("Imperial College London" has one)
            k++;
            break;
          }
          if ((tok(k - 1).is("of") || particles.has(tok(k - 1))) && k - 1 > j && hasOrganizationHead(j, k - 1)
              && placeInName(j, k)) {
            // "University of California", "Bank of America": a place in the organisation's name,
            // which ends it ("the University of Washington and Stanford University" are two);
            // "Metro de Santiago", "Banco de España" in the languages that write "of" so
            k = nameAt(k).end();
            k = campusEnd(j, k);
            break;
          }
          if (connectors.has(tok(k - 1))) {
            // no name ends in "of"
            k--;
          }
          break;
        }
        if (k > j && title == null && tok(k).isCapitalized()
            && titleAt(k) != null) {
          // the capitalised words so far name an organisation the title is held in
          PhraseTrie.Match<TitleEntry> t = titleAt(k);
          titleStart = k;
          title = t.values().get(0);
          titleEnd = t.end();
          k = t.end();
          int of = placeOfTitle(k);
          if (of > k) {
            // "First Minister of Scotland Nicola Sturgeon"
            k = of;
            titleEnd = k;
          }
          j = k;
          if (!(k < n && isNameWord(k))) {
            break;
          }
          continue;
        }
        if (k > j && (tok(k).is("Jr") || tok(k).is("Sr")) && k + 1 < n && tok(k + 1).isPunct('.')
            && tok(k + 1).begin == tok(k).end) {
          // "Ferdinand Marcos Jr.": the suffix and its dot end the name
          k += 2;
          break;
        }
        if (k > j && tok(k).is("No") && k + 2 < n && tok(k + 1).isPunct('.') && tok(k + 1).begin == tok(k).end
            && tok(k + 2).kind == Token.Kind.NUMBER && organizationHeads2.has(tok(k - 1))) {
          // "the Pampa Blanca Workers' Union No. 1": the number ends the organisation's name
          k += 3;
          break;
        }
        if (isInitial(k) && k + 2 < n && isNameWord(k + 2)) {
          k += 2;
        } else if (isNameWord(k)) {
          k++;
        } else if (k > j && pluralPossessiveInName(k)) {
          // "Workers' Party of Korea", "Catholic Bishops' Conference"
          k++;
        } else if ((k > j || particleFirst) && particles.has(tok(k)) && k + 1 < n && (isNameWord(k + 1)
            // "Ursula von der Leyen": two particles before the surname
            || k + 2 < n && particles.has(tok(k + 1)) && tok(k + 1).isLowerCase() && isNameWord(k + 2))) {
          k++;
        } else if (k > j && tok(k).is("&") && k + 1 < n && isNameWord(k + 1) && tok(k - 1).isCapitalized()
            && sameSentence(j, k + 1)) {
          // "Procter & Gamble", "Cumberland & Ohio Railway": an ampersand joins one name
          k++;
        } else if (k > j && connectors.has(tok(k)) && k + 1 < n && isNameWord(k + 1)
            && (hasOrganizationHead(j, k) || (tok(k).is("and") || tok(k).is("&")) && organizationHeadAhead(k + 1))
            && (!isStateName(k + 1) || tok(k).is("of") && placeInName(j, k + 1))
            // but "Kanto Motors and Seiwa Automobile": a name complete with its head before "and", and
            // another of two words after it
            && !(tok(k).is("and") && k - 1 > j && organizationHeads2.has(tok(k - 1)) && k + 2 < n
                && isNameWord(k + 2)
                // and the first name begins with a word of its own, no common one: not "the Fire Service
                // and Civil Defence"
                && (tok(j).lexeme.unknown || tok(j).lexeme.name != null))) {
          k++;
        } else {
          break;
        }
      }
      if (k > j && !(i == j && isSentenceInitialCommonWord(j) && k == j + 1)) {
        nameStart = isSentenceInitialCommonWord(j) && i == j ? j + 1 : j;
        nameEnd = k;
        if (nameStart >= nameEnd) {
          nameStart = -1;
        }
      }
    }
    if (nameStart >= 0 && title != null && title.rank().equals("PARTY") && titleEnd == nameStart
        && tok(titleStart).isCapitalized() && hasOrganizationHead(nameStart, nameEnd)) {
      // "the Irish Republican Army", "the Republican Guard": a party word in an organisation's name
      title = null;
      nameStart = titleStart;
    }
    if (nameStart >= 0 && title == null && org == null
        && (mediaNameHeads.has(tok(nameEnd - 1)) || determiner && mediaHeadsAfterThe.has(tok(nameEnd - 1)))
        && !(nameEnd < n && tok(nameEnd).is("of"))
        && (nameEnd - nameStart >= 2 || named != null && namedEnd == nameStart || determiner)
        && !(!determiner && gazetteer.givenNames.containsKey(tok(nameStart).text))) {
      // "The Jakarta Post", "Fars News", "The Aviation Herald": a news medium by the last word of
      // its name, with the place in it
      int from = named != null && namedEnd == nameStart ? (determiner ? i + 1 : i) : nameStart;
      Ment m = new Ment(determiner ? i : from, nameEnd, Ment.Type.CANDIDATE);
      m.kind = ActorKind.MEDIA;
      m.nameStart = from;
      m.nameEnd = nameEnd;
      m.country = country;
      mentions.add(m);
      return nameEnd;
    }
    if (nameStart >= 0 && title != null && titleEnd == nameStart && titleStart == titleEnd - 1
        && tok(titleStart).isCapitalized() && organizationHeads2.has(tok(nameEnd - 1)) && nameEnd - nameStart >= 2
        && (org == null || orgEnd <= titleStart)) {
      // "the General Election Commission", "the Governor Agency": a title's word that begins an
      // organisation's name
      nameStart = titleStart;
      title = null;
    }
    if (nameStart >= 0 && title == null && hasOrganizationHead(nameStart, nameEnd)
        && (org == null || orgEnd <= nameStart)) {
      // "Syrian Democratic Forces", "National Institute for Space Research": an organisation
      int from = named != null && adjectiveOnly && adjectiveEnd == nameStart ? adjectiveStart(i, determiner)
          : org != null && orgEnd == nameStart ? (determiner ? i + 1 : i)
          // "the Fiji Meteorological Service", "Kenya Airways": the state's name begins the name
          : named != null && !adjectiveOnly && namedEnd == nameStart ? (determiner ? i + 1 : i)
          : nameStart;
      // "the House of Commons Library": a known body's name begins the organisation's; but a
      // medium's country is not that of "The Guardian Council"
      // "Japan's Joint Staff Office": the state's possessive is part of the mention, not of the name
      boolean ownedByState = named != null && !adjectiveOnly && namedEnd + 1 == nameStart && from == nameStart
          && isPossessive(tok(namedEnd));
      Ment m = new Ment(ownedByState ? (determiner ? i + 1 : i) : from, nameEnd, Ment.Type.CANDIDATE);
      m.kind = ActorKind.ORGANIZATION;
      if (org != null && org.kind() == ActorKind.MEDIA && orgEnd == nameStart) {
        country = null;
      }
      m.nameStart = from;
      m.nameEnd = nameEnd;
      m.country = country;
      mentions.add(m);
      return nameEnd;
    }
    int partyName = nameStart;
    while (partyName > i && tok(partyName - 1).isCapitalized() && !isDeterminer[partyName - 1]) {
      // "the Georgian Dream party": a state's adjective may begin the party's name
      partyName--;
    }
    if (nameStart >= 0 && title == null && org == null && nameEnd < n && PARTY_NOUNS.has(tok(nameEnd))
        && (nameEnd - partyName >= 2 || tok(partyName).lexeme.unknown) && sameSentence(i, nameEnd)
        && !gazetteer.givenNames.containsKey(tok(partyName).text) && !sentenceStart(partyName)) {
      // "the Republican Renewal party said", "Sarr's Republican Renewal party": a party by its name
      Ment m = new Ment(determiner ? i : partyName, nameEnd + 1, Ment.Type.CANDIDATE);
      m.kind = ActorKind.ORGANIZATION;
      m.nameStart = partyName;
      m.nameEnd = nameEnd;
      mentions.add(m);
      return nameEnd + 1;
    }
    if (nameStart >= 0 && determiner && title == null && org == null && nameEnd < n
        && tok(nameEnd).isLowerCase() && (tok(nameEnd).lexeme.mask & personDescriptionBit) != 0
        && sameSentence(i, nameEnd)) {
      // "the Wooster professor", "the Harvard economist": a capitalised modifier, then a person noun
      return addPersonDescription(i, nameEnd + 1);
    }
    if (nameStart >= 0 && determiner && title == null && org == null && nameEnd < n
        && tok(nameEnd).isLowerCase() && (tok(nameEnd).lexeme.mask & descriptionHeadBits) != 0
        && sameSentence(i, nameEnd)) {
      // "the Yemen-based Houthi movement", "the Make Crate subscription service"
      return addDescription(i, nameEnd + 1, country);
    }
    if (nameStart >= 0 && !determiner && title == null && org == null && named == null && !honorific
        && nameEnd + 1 < n && PRESS_NOUNS.has(tok(nameEnd)) && !tok(nameEnd + 1).isCapitalized()
        && !isPossessive(tok(nameEnd + 1)) && sameSentence(i, nameEnd)) {
      // "Tempo magazine reported", "said Kompas newspaper": a name no list knows, then the noun of
      // the press it is; not "Tempo magazine Editor Arif Zulkifli", whose noun goes on to a title
      int from = title == null && nameStart == i + 1 && sentenceStarters.has(tok(i)) ? nameStart : i;
      Ment m = new Ment(from, nameEnd + 1, Ment.Type.CANDIDATE);
      m.kind = ActorKind.MEDIA;
      m.nameStart = nameStart;
      m.nameEnd = nameEnd;
      m.country = country;
      mentions.add(m);
      return nameEnd + 1;
    }
    if (nameStart >= 0 && (title != null || org == null || orgEnd <= nameStart)) {
      // "After Hunter retreated …": a word that only starts the sentence is not the mention's
      int from = title == null && !determiner && nameStart == i + 1 && sentenceStarters.has(tok(i))
          ? nameStart : i;
      Ment m = new Ment(from, nameEnd,
          title != null || honorific ? Ment.Type.PERSON : Ment.Type.CANDIDATE);
      m.gender = honorificGender;
      if (title == null && named != null && country != null && namedEnd == nameStart) {
        // "Japanese Tomohiro": a country adjective before a name
        m = new Ment(i, nameEnd, Ment.Type.CANDIDATE);
      }
      if (org != null && title == null && orgEnd == nameStart) {
        // an organisation name directly followed by capitalised words: keep the organisation
        return addNamed(i, orgEnd, org, country, determiner);
      }
      m.nameStart = nameStart;
      m.nameEnd = nameEnd;
      int titleLast = titleEnd;
      if (title != null) {
        // "Chief Medical Officer Chris Whitty", "Chief District Officer Krishna Prasad Adhikari": the
        // rest of the title, a role's noun, is no part of the name
        for (int k = nameEnd - 3; k >= nameStart; k--) {
          if (ROLE_NOUNS_IN_TITLES.has(tok(k))) {
            m.nameStart = k + 1;
            if (titleEnd == nameStart) {
              // and the title is all of it: "Chief Election Commissioner"
              titleLast = k + 1;
            }
            break;
          }
        }
      }
      if (title == null && !honorific && m.type == Ment.Type.CANDIDATE && hasAmpersand(nameStart, nameEnd)) {
        // "Procter & Gamble said": a business's name, no person's
        m.kind = ActorKind.ORGANIZATION;
      }
      m.title = title;
      m.titleText = title == null ? null : text(titleStart, titleLast);
      if (title == null && honorific && tok(nameStart - 1).is("Justice")) {
        // "Justice Andrew Seah": a judge, whom "the judge" names later
        m.titleText = "judge";
      }
      String role = title == null && nameStart == i + 1 && m.start == i && isSentenceInitialCommonWord(i)
          ? tok(i).text.toLowerCase(java.util.Locale.ROOT) : null;
      if (role != null && (words.mask(role) & (personNounBit | personDescriptionBit)) != 0) {
        // "Actress Denise Crosby": her role, for "the actress" later
        m.titleText = role;
      }
      m.titleOrg = org;
      m.country = country != null ? country : title != null ? title.country().orElse(null) : null;
      if (title == null && named != null && namedEnd == nameStart && adjectiveOnly) {
        mentions.add(adjective(i, adjectiveEnd, named));
        m = copyFrom(m, nameStart);
      }
      mentions.add(m);
      return nameEnd;
    }
    if (title != null) {
      Ment m = new Ment(i, titleEnd, Ment.Type.DESCRIPTION);
      m.title = title;
      m.titleText = text(titleStart, titleEnd);
      m.titleOrg = org;
      m.country = country != null ? country : title.country().orElse(null);
      m.kind = ActorKind.PERSON;
      m.head = tok(titleEnd - 1).text.toLowerCase(java.util.Locale.ROOT);
      if (!determiner && org == null && country == null && tok(titleStart).isLowerCase()) {
        return i;
      }
      mentions.add(m);
      return titleEnd;
    }
    if (org != null) {
      return addNamed(i, orgEnd, org, country, determiner);
    }
    if (named != null) {
      if (adjectiveOnly || namedEnd < j && isPossessive(tok(namedEnd))) {
        int end = adjectiveOnly ? adjectiveEnd : namedEnd;
        if (adjectiveOnly) {
          int head = descriptionHead(end);
          if (head > end && stateHeads.has(tok(head - 1))) {
            // "the Saudi government", "the US administration": the state itself
            Ment m = new Ment(i, head, Ment.Type.NAMED);
            m.entry = named;
            m.country = country;
            mentions.add(m);
            return head;
          }
          if (head > end) {
            return addDescription(i, head, country);
          }
          mentions.add(adjective(determiner ? i + 1 : i, end, named));
          return end;
        }
        if (namedEnd + 1 < n && stateHeads.has(tok(namedEnd + 1)) && sameSentence(i, namedEnd + 1)) {
          // "China's government said": the state itself
          Ment m = new Ment(determiner ? i + 1 : i, namedEnd + 2, Ment.Type.NAMED);
          m.entry = named;
          m.country = country;
          mentions.add(m);
          return namedEnd + 2;
        }
        int head = descriptionHead(namedEnd + 1);
        while (head > namedEnd + 1 && head < n && head < namedEnd + 5 && tok(head).isLowerCase()
            && (tok(head).lexeme.mask & (bodyHeadBit | organizationHeadBit)) != 0 && sameSentence(i, head)) {
          // "Nigeria's main opposition party": the last of the nouns is the head
          head++;
        }
        boolean personAfter = head < n && tok(head).isLowerCase()
            && (tok(head).lexeme.mask & (personDescriptionBit | personNounBit)) != 0 || head < n && isHead(head);
        if (head > namedEnd + 1 && (tok(head - 1).lexeme.mask & (bodyHeadBit | organizationHeadBit)) != 0
            // but "Japan's ruling party lawmakers", "Uganda's main opposition leader": people of it
            && ((tok(head - 1).lexeme.mask & bodyHeadBit) != 0 || !personAfter)
            && !stateHeads.has(tok(head - 1)) && !(head < n && isNameWord(head))) {
          // "South Korea's military said", "Nigeria's main opposition party": the state's body or
          // organisation, with its country
          return addDescription(i, head, country);
        }
        Ment m = new Ment(determiner ? i + 1 : i, namedEnd, Ment.Type.NAMED);
        m.entry = named;
        m.country = country;
        mentions.add(m);
        if (head > namedEnd + 2 && tok(head - 1).isLowerCase() && (tok(head - 1).lexeme.mask & documentHeadBit) != 0
            && tok(namedEnd + 1).isLowerCase() && sameSentence(i, head - 1) && !(head < n && isNameWord(head))) {
          // "Japan's annual defense white paper said": the state's document, described after its possessive
          int described = addDescription(namedEnd + 1, head, country);
          Ment document = mentions.get(mentions.size() - 1);
          if (document.start == namedEnd + 1 && document.kind == ActorKind.DOCUMENT) {
            // one mention of the document with its owner, as "A White House statement" is
            document.possessor = m;
            document.start = m.start;
            mentions.remove(mentions.size() - 2);
          }
          return described;
        }
        return namedEnd + 1;
      }
      int local = determiner && namedEnd == j && named.kind() == ActorKind.STATE && capitalAt(i + 1)
          ? descriptionHead(namedEnd) : -1;
      if (local > namedEnd && local - namedEnd <= 4 && tok(local - 1).isLowerCase()
          && CITY_BODY_HEADS.has(tok(local - 1))
          && sameSentence(i, local - 1) && !(local < n && (isNameWord(local) || isPossessive(tok(local))))) {
        // "the Paris fire service", "the Tokyo fire department": a body of the city, of its country;
        // not "the Seoul military", the state's, nor "the Moscow court", named as the city's
        return addDescription(i, local, country != null ? country : named.country().orElse(null));
      }
      Ment m = new Ment(determiner ? i + 1 : i, namedEnd, Ment.Type.NAMED);
      m.entry = named;
      m.country = named.country().orElse(null);
      mentions.add(m);
      return namedEnd;
    }
    if (determiner && tok(i).isLowerCase() || determiner && sentenceStart(i)) {
      if (i + 3 < n && tok(i + 1).isLowerCase() && isPossessive(tok(i + 2)) && sameSentence(i, i + 3)
          && !statePossessorAt(i)) {
        PhraseTrie.Match<Surface> ownedName = nameAt(i + 3);
        if (ownedName != null && ownedName.values().get(0).entry().kind() == ActorKind.GOVERNMENT_BODY
            && !ownedName.values().get(0).entry().isGeneric()) {
          // "The island's Mainland Affairs Council": a body a list knows by that name, whoever the noun
          // before it is
          return i + 3;
        }
        int owned = descriptionHead(i + 3);
        if (owned > i + 3 && (tok(owned - 1).lexeme.mask & bodyHeadBit) != 0) {
          // "the city's water department", "the county's health department": a body of the place
          // or body the noun before it names; "the country's army" is the state's, found apart
          return addDescription(i, owned, null);
        }
      }
      int head = descriptionHead(i + 1);
      int person = head > i + 1 && !(head < tokens.size() && isPossessive(tok(head))) ? personDescriptionHead(i + 1)
          : i + 1;
      if (person > head && !(person < tokens.size() && isNameWord(person))) {
        // "a military spokesman", "a ministry official": the person the body's noun modifies
        return addPersonDescription(i, person);
      }
      while (head > i + 1 && head < tokens.size() && head < i + 5 && tok(head).isLowerCase()
          && (tok(head).lexeme.mask & descriptionHeadBits) != 0 && (tok(head).lexeme.mask & documentHeadBit) == 0
          && sameSentence(i, head)) {
        // "the opposition party", "the military government": the last of the nouns is the head
        head++;
      }
      if (head > i + 1) {
        return addDescription(i, head, null);
      }
      head = personDescriptionHead(i + 1);
      if (head > i + 1) {
        // "his father", "the boy's aunt", "a local teacher": a person known by a common noun
        return addPersonDescription(i, head);
      }
    }
    return i;
  }

  /** The gender a noun for a person gives ("mother", "prince", "actress"), or unknown. */
  private Ment.Gender genderOfNoun(String noun) {
    return noun == null ? Ment.Gender.UNKNOWN
        : femaleNouns.contains(noun) ? Ment.Gender.FEMALE
        : maleNouns.contains(noun) ? Ment.Gender.MALE : Ment.Gender.UNKNOWN;
  }

  private int addPersonDescription(int i, int end) {
    Ment m = new Ment(i, end, Ment.Type.DESCRIPTION);
    m.kind = ActorKind.PERSON;
    m.head = tok(end - 1).text;
    m.titleText = m.head;
    m.relation = relationNouns.contains(m.head);
    m.gender = genderOfNoun(m.head);
    mentions.add(m);
    return end;
  }

  /** The end of "the boy's aunt", "his elder brother": up to three words ending in a person noun. */
  private int personDescriptionHead(int j) {
    int n = tokens.size();
    for (int k = j; k < n && k < j + 4 && sameSentence(j, k); k++) {
      Token t = tok(k);
      if ((t.lexeme.mask & personDescriptionBit) != 0
          // "the company president", "the club chairman": an office after the body's noun
          || k > j && t.isLowerCase() && (t.lexeme.mask & personNounBit) != 0
              && (tok(k - 1).lexeme.mask & (bodyHeadBit | organizationHeadBit)) != 0) {
        // but "Several member states": a noun before the group's
        return k + 1 < n && ((tok(k + 1).lexeme.mask & (personDescriptionBit | personNounBit)) != 0
            || tok(k + 1).isLowerCase() && anonymousHeads.has(tok(k + 1))) ? j : k + 1;
      }
      if (!(t.isWord() && t.isLowerCase() || isPossessive(t) || k == j && t.isCapitalized() && nameAt(k) == null)
          // not across a verb of speech or another determiner: "The landlord said the witness …"; but
          // "an appeal lawyer", "a call centre worker" keep their nouns
          || t.lexeme.cue != null && (SPEECH_VERBS.has(t) || t.text.endsWith("ed")) || k > j && isDeterminer[k]) {
        return j;
      }
    }
    return j;
  }

  private static int adjectiveStart(int i, boolean determiner) {
    return determiner ? i + 1 : i;
  }

  private Ment copyFrom(Ment m, int start) {
    Ment c = new Ment(start, m.end, m.type);
    c.nameStart = m.nameStart;
    c.nameEnd = m.nameEnd;
    c.country = m.country;
    return c;
  }

  private Ment adjective(int start, int end, ActorEntry state) {
    Ment a = new Ment(start, end, Ment.Type.ADJECTIVE);
    a.entry = state;
    a.country = state.country().orElse(null);
    return a;
  }

  private int addNamed(int i, int known, ActorEntry org, CountryCode country, boolean determiner) {
    int end = kindNounAfter(known, org);
    Ment m = new Ment(i, end, Ment.Type.NAMED);
    m.entry = org;
    // "Armenia's Investigative Committee", "Nigeria's SEC": another state's body of the same name
    m.country = org.isGeneric() || country != null && org.kind() == ActorKind.GOVERNMENT_BODY ? country
        : org.country().orElse(country);
    m.head = org.name();
    mentions.add(m);
    return end;
  }

  /** "the ministry", "the Chinese statement", "the newspaper": a determiner and a known head. */
  private int descriptionHead(int j) {
    int n = tokens.size();
    int k = j;
    if (k < n && tok(k).isYear()) {
      // "a 2015 court decision"
      k++;
    }
    int limit = j + 3;
    if (k + 3 < n && tok(k + 3).isLowerCase() && (tok(k + 3).lexeme.mask & documentHeadBit) != 0
        && tok(k).isLowerCase() && tok(k + 1).isLowerCase() && tok(k + 2).isLowerCase()) {
      // "the annual defense white paper": three lower-case modifiers before a document's noun
      limit++;
    }
    while (k < n && k < limit && (tok(k).isWord() || tok(k).kind == Token.Kind.NUMBER)) {
      if (tok(k).is("and") && k > j && k + 2 < n && tok(k - 1).isLowerCase() && tok(k + 1).isLowerCase()
          && (tok(k + 1).lexeme.mask & descriptionHeadBits) == 0 && (tok(k + 2).lexeme.mask & descriptionHeadBits) != 0) {
        // "the fire and rescue service", "a search and rescue team": two nouns joined before the head
        k++;
        limit = k + 2;
        continue;
      }
      if (tok(k).kind == Token.Kind.NUMBER || Character.isDigit(tok(k).text.charAt(0)) && tok(k).text.indexOf('-') > 0) {
        // "the 146-page agreement", "a 10-point plan": a measure before the head
        k++;
        continue;
      }
      if (isCompoundModifier(tok(k)) && tok(k).isCapitalized() && limit < j + 5 && k + 1 < n
          && (tok(k + 1).isLowerCase() || isCompoundModifier(tok(k + 1)))) {
        // "a London-based Persian-language television channel": compound modifiers before the nouns
        k++;
        limit++;
        continue;
      }
      if (k > j && isCompoundModifier(tok(k - 1)) && nameAt(k) != null) {
        // "The U.S.-based Committee to Protect Journalists", "the Hamas-run health ministry": a known
        // name after the modifier
        return j;
      }
      if (((tok(k).lexeme.mask & descriptionHeadBits) != 0 || isNewsSite(k) || isPressRelease(k))
          && !(tok(k).is("ruling") && k + 1 < n && RULING_NOUNS.has(tok(k + 1)))) {
        // but "the ruling party": an adjective before its noun
        return k + 1;
      }
      // "the Yemen-based Houthi movement": capitalised modifiers before a lower-case head
      if (!tok(k).isLowerCase() && !tok(k).isCapitalized()
          // not across another determiner: "a claim the army disputed"
          || k > j && isDeterminer[k]) {
        return j;
      }
      k++;
    }
    return j;
  }

  /** Heads of a city's own bodies: "the Paris fire service", "the Kyiv city council". */
  private static final WordSet CITY_BODY_HEADS = WordSet.of("service", "department", "brigade", "council",
      "municipality", "prefecture", "authority", "office", "administration", "hall");

  /** Whether a capital's name starts at {@code k}: "Paris", "Tokyo"; not "the U.S.", "China". */
  private boolean capitalAt(int k) {
    PhraseTrie.Match<Surface> m = k < tokens.size() ? nameAt(k) : null;
    return m != null && m.values().stream().allMatch(v -> v.form() == Surface.Form.CAPITAL);
  }

  /** "a press release", "a joint news release": a document, though a "release" alone is none. */
  private boolean isPressRelease(int k) {
    return k > 0 && (tok(k).is("release") || tok(k).is("releases")) && (tok(k - 1).is("press") || tok(k - 1).is("news"));
  }

  /** "a news site": a medium, though a "site" alone is a place. */
  private boolean isNewsSite(int k) {
    return k > 0 && tok(k).is("site") && tok(k - 1).is("news");
  }

  /**
   * Whether an age or a description set off by commas starts at {@code k}: in "According to the
   * coroner, John Lee, 45, died", John Lee is who died, not the coroner.
   */
  private boolean describedAfter(int k) {
    int n = tokens.size();
    if (k >= n) {
      return false;
    }
    if (tok(k).kind == Token.Kind.NUMBER && k + 1 < n && tok(k + 1).isPunct(',')) {
      return true;
    }
    if (!isDeterminer[k]) {
      return false;
    }
    for (int j = k + 1; j < n && j < k + 7 && sameSentence(k, j); j++) {
      if (tok(j).isPunct(',')) {
        return true;
      }
      if (!tok(j).isWord()) {
        return false;
      }
    }
    return false;
  }

  private int addDescription(int i, int end, CountryCode country) {
    String head = tok(end - 1).text;
    int n = tokens.size();
    if (tok(end - 1).isCapitalized() && end + 1 < n && (tok(end).is("of") || tok(end).is("for"))
        && isNameWord(end + 1) && sameSentence(i, end + 1)) {
      // "the state Ministry of Health", "the provincial Department of Natural Resources and
      // Environment": the body's name goes on after its capitalised head
      int e = end + 1;
      while (e < n && e < end + 9 && sameSentence(i, e)
          && (isNameWord(e) || (tok(e).is("and") || tok(e).is("&")) && e + 1 < n && isNameWord(e + 1))) {
        e++;
      }
      // but "the former Department of Energy official" is a person the name describes
      if (!(e < n && tok(e).isLowerCase() && (tok(e).lexeme.mask & (personDescriptionBit | personNounBit)) != 0)) {
        // named by its capitalised words, which the words before only describe; a body the
        // gazetteer knows by them is that body ("the state Ministry of Health")
        PhraseTrie.Match<Surface> known = nameAt(end - 1);
        Ment named = new Ment(i, e, known != null ? Ment.Type.NAMED : Ment.Type.CANDIDATE);
        if (known != null) {
          named.entry = pick(known.values()).entry();
        } else {
          named.nameStart = end - 1;
          named.nameEnd = e;
          named.kind = bodyHeads.contains(head) ? ActorKind.GOVERNMENT_BODY : ActorKind.ORGANIZATION;
        }
        named.country = country;
        mentions.add(named);
        return e;
      }
    }
    Ment m = new Ment(i, end, Ment.Type.DESCRIPTION);
    m.head = head.toLowerCase(java.util.Locale.ROOT);
    m.kind =
        bodyHeads.contains(head) ? ActorKind.GOVERNMENT_BODY
            : documentHeads.contains(head) || isPressRelease(end - 1) ? ActorKind.DOCUMENT
            : mediaHeads.contains(head) || isNewsSite(end - 1) ? ActorKind.MEDIA
            : ActorKind.ORGANIZATION;
    m.country = country;
    mentions.add(m);
    return end;
  }

  /**
   * The end of a body's name that no list knows, from {@code j}, when a person's noun follows it
   * right away: "Department of Health and Social Care" in "a Department of Health and Social Care
   * spokesperson"; or {@code j}. The name is capitalised words joined by "of", "for", "and" or "&",
   * one of them a body's or organisation's head.
   */
  private int unknownBodyBeforeHead(int j) {
    int n = tokens.size();
    boolean headSeen = false;
    int e = j;
    while (e < n && e < j + 9) {
      Token t = tok(e);
      if (t.isCapitalized() && t.isWord() && (e > j || nameAt(e) == null)) {
        headSeen |= organizationHeads2.has(t) || bodyHeads.has(t);
        e++;
      } else if (e > j && (t.is("of") || t.is("for") || t.is("and") || t.is("&")) && e + 1 < n
          && tok(e + 1).isCapitalized()) {
        e++;
      } else {
        break;
      }
    }
    if (!headSeen || e >= n || !tok(e).isLowerCase() || !sameSentence(j, e)
        || (tok(e).lexeme.mask & personNounBit) == 0 && !anonymousHeads.has(tok(e))) {
      return j;
    }
    return e;
  }

  /** Heads of public bodies named after an office's holder: "the Office of the Privacy Commissioner". */
  private static final WordSet OFFICE_HEADS = WordSet.of("Office", "Bureau", "Department", "Secretariat", "Directorate",
      "Chambers");

  /**
   * "the Office of the Privacy Commissioner (of Canada)", "the Office of the Inspector General": a
   * public body named after the title of whoever holds it, which no gazetteer knows; or {@code i}.
   * A body the gazetteer knows from "Office" on is left to the chunk of names.
   */
  private int officeOfTheAt(int i) {
    int n = tokens.size();
    int h = isDeterminer[i] && (tok(i).is("the") || tok(i).is("The")) ? i + 1 : i;
    if (h + 3 >= n || !OFFICE_HEADS.has(tok(h)) || !tok(h + 1).is("of") || !tok(h + 2).is("the")
        || !tok(h + 3).isCapitalized() || !sameSentence(i, h + 3) || nameAt(h) != null) {
      return i;
    }
    int k = h + 3;
    while (k < n && k < h + 12 && sameSentence(i, k)) {
      if (tok(k).isCapitalized() && tok(k).isWord() || k > h + 3 && isPossessive(tok(k)) && tok(k - 1).isCapitalized()) {
        // "the Children's Commissioner"
        k++;
      } else if ((tok(k).is("for") || tok(k).is("of") || tok(k).is("and")) && k + 1 < n && tok(k + 1).isCapitalized()
          && !isStateName(k + 1)) {
        // "the High Commissioner for Human Rights", "the Secretary of Defense", "the Attorney General of Texas"
        k++;
      } else if (tok(k).is("of") && k + 2 < n && tok(k + 1).is("the") && tok(k + 2).isCapitalized()) {
        // "the Leader of the Opposition"
        k += 2;
      } else {
        break;
      }
    }
    CountryCode country = null;
    if (k < n && (tok(k).is("of") || tok(k).is("for")) && k + 1 < n && isStateName(k + 1)) {
      // "… of Canada": the state the office serves
      PhraseTrie.Match<Surface> state = nameAt(k + 1);
      country = state.values().get(0).entry().country().orElse(null);
      k = state.end();
    }
    PhraseTrie.Match<Surface> held = nameAt(h + 3);
    if (held != null && held.end() >= k && held.values().get(0).entry().kind() != ActorKind.STATE) {
      // "the Office of the United Nations High Commissioner for Refugees": the body the gazetteer knows
      return i;
    }
    PhraseTrie.Match<TitleEntry> holder = titleAt(h + 3);
    ActorEntry body = holder == null || holder.end() != k ? null
        : holder.values().get(0).body().map(gazetteer.entries::get).orElse(null);
    if (body != null) {
      // "the Office of the US Trade Representative": the office the gazetteer gives the title
      Ment m = new Ment(i, k, Ment.Type.NAMED);
      m.entry = body;
      m.country = body.country().orElse(country);
      m.head = body.name();
      mentions.add(m);
      return k;
    }
    mentions.add(namedBody(i, k, h, ActorKind.GOVERNMENT_BODY, country));
    return k;
  }

  /** Levels of government between a place and "government": "the Texas state government". */
  private static final WordSet GOVERNMENT_LEVELS = WordSet.of("state", "provincial", "regional", "city", "municipal",
      "county", "local", "territorial", "prefectural", "federal", "metropolitan");

  /**
   * "the Texas state government", "the Ontario provincial government", "the Sinaloa state
   * administration", "the Tabasco state prosecutor's office": a place's own government or one of
   * its bodies, of the place's country; or {@code i} if none.
   */
  private int regionalGovernmentAt(int i) {
    int n = tokens.size();
    if (!isDeterminer[i] || !(tok(i).is("the") || tok(i).is("The")) || i + 2 >= n) {
      return i;
    }
    int j = i + 1;
    CountryCode country = null;
    PhraseTrie.Match<Surface> place = nameAt(j);
    if (place != null) {
      ActorEntry entry = place.values().get(0).entry();
      if (entry.kind() != ActorKind.CITY) {
        return i;
      }
      country = entry.country().orElse(null);
      j = place.end();
    } else {
      while (j < n && j < i + 3 && tok(j).isCapitalized() && tok(j).lexeme.unknown) {
        j++;
      }
      if (j == i + 1) {
        return i;
      }
    }
    boolean level = j < n && GOVERNMENT_LEVELS.has(tok(j));
    if (level) {
      j++;
    }
    if (j < n && (tok(j).is("government") || tok(j).is("administration")) && sameSentence(i, j)) {
      return addDescription(i, j + 1, country);
    }
    if (!level) {
      return i;
    }
    // "the Tabasco state prosecutor's office", "the Sindh provincial health department": with its
    // level of government named, any of the place's bodies, a few lower-case words ending in a
    // body's noun
    for (int k = j; k < n && k < j + 5 && sameSentence(i, k); k++) {
      Token t = tok(k);
      if (t.isLowerCase() && (t.lexeme.mask & bodyHeadBit) != 0
          && !(k + 1 < n && (isPossessive(tok(k + 1)) || tok(k + 1).isLowerCase() && (tok(k + 1).lexeme.mask & bodyHeadBit) != 0))) {
        // but "the Texas state department spokesman" is a person of it
        boolean person = k + 1 < n && tok(k + 1).isLowerCase()
            && ((tok(k + 1).lexeme.mask & personNounBit) != 0 || anonymousHeads.has(tok(k + 1)));
        return person ? i : addDescription(i, k + 1, country);
      }
      if (!(t.isWord() && t.isLowerCase() || isPossessive(t) && k > j) || t.lexeme.cue != null && SPEECH_VERBS.has(t)) {
        return i;
      }
    }
    return i;
  }

  private Surface pick(List<Surface> surfaces) {
    for (Surface s : surfaces) {
      if (s.form() == Surface.Form.NAME) {
        return s;
      }
    }
    return surfaces.get(0);
  }

  private boolean startsTitleOrName(int j) {
    Token t = tok(j);
    if (!t.isWord()) {
      return false;
    }
    return titleAt(j) != null
        || t.isCapitalized() && !determiners.has(t)
        || anonymousHeads.has(t);
  }

  /** "al-Eryani", "bin-Salman", "ad-Din": a lower-case particle joined to a capitalised name. */
  private static boolean isParticleName(Token t) {
    String w = t.text;
    if (w.length() < 4 || w.charAt(2) != '-' && w.charAt(3) != '-') {
      return false;
    }
    int dash = w.charAt(2) == '-' ? 2 : 3;
    if (dash + 1 >= w.length() || !Character.isUpperCase(w.charAt(dash + 1))) {
      return false;
    }
    for (String p : JOINED_PARTICLES) {
      if (p.length() == dash && w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static final WordSet HOLIDAYS = WordSet.of("Christmas", "Easter", "Thanksgiving", "Halloween", "Boxing",
      "Ramadan", "Passover");

  /** Particles written joined to a name: "al-Eryani", "bin-Salman"; not "pro-Beijing" or "ex-President". */
  private static final WordSet JOINED_PARTICLES =
      WordSet.of("al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul", "ud", "bin", "ibn", "abd", "abu", "da",
          "de", "di", "du", "le", "la");

  /** A capitalised word that can be part of a name. */
  private boolean isNameWord(int k) {
    Token t = tok(k);
    return (t.isCapitalized() || isParticleName(t))
        && (!isDeterminer[k] || givenNameAn(k))
        && ((t.lexeme.mask & notNameBit) == 0 || monthAsGivenName(k) || monthAsSurname(k))
        // "Christmas Eve", "Christmas Day": a day after a holiday's name, not a surname
        && !((t.is("Eve") || t.is("Day")) && k > 0 && HOLIDAYS.has(tok(k - 1)))
        && inQuote[k] == inQuote[Math.max(0, k - 1)]
        && !isCompoundModifier(t);
  }

  /** Lower-case ends of compound modifiers after a capitalised word: "London-based", "Kremlin-backed". */
  private static final Set<String> MODIFIER_ENDINGS = ImmutableSet.of("based", "backed", "led", "owned", "run", "born",
      "funded", "controlled", "speaking", "language", "registered", "listed", "linked", "allied", "aligned",
      "dominated", "sponsored", "brokered", "made", "style", "bound", "focused", "headquartered");

  /**
   * Whether {@code t} is a compound modifier, a name and a lower-case participle or noun joined by a
   * hyphen ("a London-based channel", "the Saudi-led coalition"), which describes and names no one.
   */
  private static boolean isCompoundModifier(Token t) {
    int dash = t.text.lastIndexOf('-');
    return dash > 0 && dash + 1 < t.text.length() && Character.isLowerCase(t.text.charAt(dash + 1))
        && MODIFIER_ENDINGS.contains(t.text.substring(dash + 1));
  }

  /**
   * "Tran Van An said", "Le Thi An, a nurse,": within a sentence the article is not capitalised,
   * so "An" after a capitalised word and before a verb or a punctuation mark ends a name.
   */
  private boolean givenNameAn(int k) {
    int n = tokens.size();
    return tok(k).is("An") && k > 0 && !sentenceStart(k) && tok(k - 1).isCapitalized() && !isDeterminer[k - 1]
        && sameSentence(k - 1, k)
        && (k + 1 >= n || !tok(k + 1).isWord() || tok(k + 1).isLowerCase() && tok(k + 1).lexeme.cue != null);
  }

  /** Endings of adjectives of peoples and regions: "Catalan", "Bavarian", "Flemish", "Cantonese". */
  private static final List<String> DEMONYM_ENDINGS = List.of("an", "ese", "ish", "ic", "i");

  private static boolean hasDemonymEnding(String word) {
    for (String ending : DEMONYM_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a title ending at {@code j}, "of" or "for" and a capitalised place or portfolio followed
   * by a two-word name ("First Minister of Scotland Nicola Sturgeon", "Minister of Defence Ben
   * Wallace", "Minister for Disaster Management Jone Vakaloloma"): returns
   * where the name starts, or {@code j} if the words do not read so.
   */
  private int placeOfTitle(int j) {
    int n = tokens.size();
    // "Foreign Minister of the Kyrgyz Republic Erlan Abdyldaev": an article before the place's name
    PhraseTrie.Match<Surface> state = j + 2 < n && tok(j + 1).is("the") && isStateName(j + 2) ? nameAt(j + 2) : null;
    if (state != null && state.values().get(0).form() != Surface.Form.NAME) {
      // but not "Speaker of the Sri Lankan Parliament Mahinda Yapa Abeywardena": a state's adjective
      state = null;
    }
    int first = state != null ? j + 2 : j + 1;
    if (first + 2 >= n || !(tok(j).is("of") || tok(j).is("for")) || !isNameWord(first)) {
      return j;
    }
    int r = first;
    while (r < n && r < j + 8 && (isNameWord(r) || initialDotAt(r)
        // "Minister of State for Trade and Industry Farah Rahman": portfolios joined by "and"
        || tok(r).is("and") && r + 1 < n && PORTFOLIO_WORDS.has(tok(r - 1)) && PORTFOLIO_WORDS.has(tok(r + 1)))) {
      r++;
    }
    if (r - first < 3 || state != null && (r - 2 != state.end() || organizationHeads2.has(tok(r - 1)))) {
      // not "the Ambassador of the United Arab Emirates to Afghanistan": the state's own words are no name; nor
      // "the chairman of the Pakistan Cricket Board said": a body named after the state
      return j;
    }
    // "Minister for Home Affairs K. Shanmugam": an initial and its dot begin the name
    return initialDotAt(r - 2) ? r - 3 : r - 2;
  }

  /** Whether {@code k} is the dot of an initial before a name word: the "." of "K. Shanmugam". */
  private boolean initialDotAt(int k) {
    return k > 0 && k + 1 < tokens.size() && tok(k).isPunct('.') && tok(k - 1).text.length() == 1
        && Character.isUpperCase(tok(k - 1).text.charAt(0)) && isNameWord(k + 1);
  }

  /** "Gas and Electric Company", "Search and Rescue Agency": an organisation noun ends the words ahead. */
  private boolean organizationHeadAhead(int k) {
    for (int j = k; j < tokens.size() && j < k + 4 && isNameWord(j); j++) {
      if (organizationHeads2.has(tok(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the known body at {@code k} is a word of a longer name that goes on with an
   * organisation's head: "Montgomery County Police Department", "Lagos State Police Command".
   */
  private boolean bodyWordInName(int k) {
    PhraseTrie.Match<Surface> m = nameAt(k);
    int end = m.end();
    return end < tokens.size() && sameSentence(k, end) && tok(end).isCapitalized()
        && hasOrganizationHead(end, end + 1)
        && m.values().stream().allMatch(v -> v.entry().isGeneric());
  }

  /**
   * The end of the common noun that says what a known medium is, right after its name, or {@code
   * k}: "Time magazine", "the Guardian newspaper", "the Xinhua news agency"; or of a known business's
   * legal form: "Nokia Oyj".
   */
  private int kindNounAfter(int k, ActorEntry named) {
    int n = tokens.size();
    if (named.kind() == ActorKind.ORGANIZATION && k < n && LEGAL_FORMS.has(tok(k)) && sameSentence(k - 1, k)) {
      // "Nokia Oyj", "Equinor ASA": a known business with its legal form
      return k + 1;
    }
    if (named.kind() != ActorKind.MEDIA || k >= n || !sameSentence(k - 1, k)) {
      return k;
    }
    int j = k + 1 < n && tok(k).is("news") ? k + 1 : k;
    if (j == k && k + 1 < n && MEDIUM_MODIFIERS.has(tok(k)) && mediaHeads.has(tok(k + 1))) {
      // "the Nikkei business daily", "the Asahi Shimbun daily"
      j = k + 1;
    }
    return mediaHeads.has(tok(j)) && !tok(j).text.endsWith("s") ? j + 1 : k;
  }

  /** Adjectives of a body's own name before a generic body's: "Federal Constitutional Court". */
  private static final WordSet BODY_NAME_ADJECTIVES = WordSet.of("Federal", "Supreme", "National", "Central", "High",
      "Higher", "Constitutional", "Administrative", "Special", "Criminal", "Civil", "Interim", "Transitional", "Royal");

  /** Words that say what a medium covers or how, between its name and its noun: "the Nikkei business daily". */
  private static final WordSet MEDIUM_MODIFIERS = WordSet.of("business", "financial", "economic", "conservative",
      "liberal", "state-run", "state-owned", "state", "public", "private", "online", "English-language",
      "Chinese-language", "Japanese-language", "national", "regional", "local", "independent", "tabloid", "evening",
      "morning", "weekly");

  /** Plurals not in "s" whose possessive is inside names: "People's Party", "Women's Hospital". */
  private static final WordSet IRREGULAR_PLURAL_NAMES = WordSet.of("People", "Children", "Women", "Men");

  /**
   * The end of an organisation's name of two to five capitalised words from {@code j}, ending in an
   * organisation's noun, before a person's lower-case noun ("Citizens' Alliance lawmaker"); or
   * {@code j}.
   */
  private int organizationNameBeforeHead(int j) {
    int n = tokens.size();
    int k = j;
    while (k < n && k < j + 6 && (tok(k).isCapitalized() || k > j && isPossessive(tok(k))) && sameSentence(j, k)) {
      if (tok(k).isCapitalized() && nameAt(k) != null) {
        // "a senior Chinese Foreign Ministry official": names the lexicons know, with their countries,
        // are read as they are
        return j;
      }
      k++;
    }
    return k > j + 1 && k < n && tok(k).isLowerCase() && isHead(k) && organizationHeads2.has(tok(k - 1))
        && sameSentence(j, k) ? k : j;
  }

  /**
   * Whether the token at {@code k} is the possessive of a plural inside a name: right after a
   * capitalised plural, and before another word of the name ("Workers' Party", "Veterans’
   * Affairs", "People's Party").
   */
  private boolean pluralPossessiveInName(int k) {
    int n = tokens.size();
    if (k < 1 || k + 1 >= n || !isPossessive(tok(k))) {
      return false;
    }
    Token before = tok(k - 1);
    // "Workers' Party", and the irregular plurals of "People's Party", "Women's Hospital"
    boolean plural = tok(k).text.length() == 1 ? before.text.endsWith("s") : IRREGULAR_PLURAL_NAMES.has(before);
    return before.end == tok(k).begin && before.isCapitalized() && plural
        && tok(k + 1).begin > tok(k).end && tok(k + 1).isCapitalized() && sameSentence(k, k + 1)
        && (tok(k + 1).lexeme.mask & notNameBit) == 0;
  }

  /** Words of a region of a state in a company's name: "East Japan Railway". */
  private static final WordSet COMPASS_WORDS = WordSet.of("East", "West", "North", "South", "Central", "Northeast",
      "Northwest", "Southeast", "Southwest", "Eastern", "Western", "Northern", "Southern");

  /**
   * Whether capitalised name words from {@code k} run, within four words, to an organisation's noun or
   * a company's abbreviation: "Railway Co." after "East Japan".
   */
  private boolean companyGoesOn(int k) {
    for (int q = k; q < tokens.size() && q < k + 4 && tok(q).isCapitalized() && sameSentence(k, q); q++) {
      if (organizationHeads2.has(tok(q)) || COMPANY_SUFFIXES.has(tok(q))) {
        return true;
      }
    }
    return false;
  }

  private boolean hasOrganizationHead(int from, int to) {
    for (int k = from; k < to; k++) {
      if (organizationHeads2.has(tok(k))) {
        return true;
      }
    }
    return false;
  }

  /** Words that qualify a place's name and are no given names: "Greater Manchester", "Metro Vancouver". */
  private static final WordSet PLACE_QUALIFIERS = WordSet.of("Greater", "Metro", "Metropolitan", "Upper", "Lower",
      "Inner", "Outer", "Downtown", "Old", "New", "Little", "Great", "Mid", "Rural", "Coastal");

  /** Whether the tokens {@code [from, to)} are name words no list knows: "Tavares" in "Marcos Tavares Lima". */
  private boolean namesWithoutEntries(int from, int to) {
    for (int w = from; w < to; w++) {
      if (!isNameWord(w) || nameAt(w) != null || titleAt(w) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the gazetteer name at {@code k} is a surname after the given name at {@code j}: a
   * state's one-word name ("Holland", "Jordan", "Chad") after a known given name, ending the name.
   */
  private boolean surnameLikeState(int j, int k) {
    PhraseTrie.Match<Surface> m = nameAt(k);
    ActorKind kind = pick(m.values()).entry().kind();
    return m.end() == k + 1 && (kind == ActorKind.STATE || kind == ActorKind.CITY)
        && (gazetteer.givenNames.containsKey(tok(j).text)
            // "Jimmy Wales", "Lynndie England": a place of one word after a name no lexicon knows
            || kind == ActorKind.CITY && k == j + 1 && tok(j).lexeme.unknown && !PLACE_QUALIFIERS.has(tok(j))
                && !(j > 0 && PLATFORM_PREPOSITIONS.has(tok(j - 1))))
        && pick(m.values()).form() != Surface.Form.ADJECTIVE
        && !(k + 1 < tokens.size() && (isNameWord(k + 1) || isPossessive(tok(k + 1))));
  }

  /**
   * Whether the city or capital at {@code k} ends the name of words no list knows begun at {@code j}:
   * "Cycle Aware Wellington"; not a person's name or a title before a place.
   */
  private boolean placeEndsName(int j, int k) {
    PhraseTrie.Match<Surface> m = nameAt(k);
    Surface place = pick(m.values());
    if (m.end() != k + 1 || place.form() == Surface.Form.ADJECTIVE
        || place.entry().kind() != ActorKind.STATE && place.entry().kind() != ActorKind.CITY
        || k + 1 < tokens.size() && (isNameWord(k + 1) || isPossessive(tok(k + 1)) || tok(k + 1).isPunct(','))) {
      return false;
    }
    for (int w = j; w < k; w++) {
      if (!isNameWord(w) || nameAt(w) != null || titleAt(w) != null || gazetteer.givenNames.containsKey(tok(w).text)
          || sentenceStart(w) && w > j) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the gazetteer name at {@code k}, after "of", belongs to the organisation name begun at
   * {@code j}: any place ("University of California"), and a state only after the head of an
   * institution ("Bank of America", "University of Tokyo"), not of a government body ("Ministry
   * of Defence of Ukraine" names the state).
   */
  private boolean placeInName(int j, int k) {
    PhraseTrie.Match<Surface> m = nameAt(k);
    ActorKind kind = pick(m.values()).entry().kind();
    if (kind == ActorKind.CITY) {
      return true;
    }
    if (kind != ActorKind.STATE) {
      return false;
    }
    for (int h = j; h < k; h++) {
      if (institutionHeads.has(tok(h))) {
        return true;
      }
    }
    return false;
  }

  private boolean isStateName(int k) {
    PhraseTrie.Match<Surface> m = nameAt(k);
    return m != null && m.values().get(0).entry().kind() == ActorKind.STATE;
  }

  /**
   * "The Republican Renewal party said", "Sarr's Republican Renewal party": a description whose noun
   * is a party's, after two capitalised words or one no lexicon knows, is the party by that name.
   */
  private void partiesByName() {
    for (Ment m : mentions) {
      // "The Republican Renewal party": a title's word may have begun a person's mention before the noun
      boolean personBefore = m.type == Ment.Type.PERSON && m.end < tokens.size() && PARTY_NOUNS.has(tok(m.end))
          && sameSentence(m.start, m.end);
      int head = personBefore ? m.end : m.end - 1;
      if (!personBefore && (m.type != Ment.Type.DESCRIPTION && m.type != Ment.Type.ANONYMOUS || m.title != null)
          || m.plural || head < 1 || !PARTY_NOUNS.has(tok(head))) {
        continue;
      }
      int from = head;
      while (from > m.start && tok(from - 1).isCapitalized() && !isDeterminer[from - 1]
          && !isPossessive(tok(from - 1))) {
        from--;
      }
      if (from == head || head - from < 2 && !tok(from).lexeme.unknown || sentenceStart(from)
          || gazetteer.givenNames.containsKey(tok(from).text)
          // but "Bangladesh's largest Islamist party" describes the party
          || !(from == m.start || isDeterminer[from - 1] || isPossessive(tok(from - 1)))) {
        continue;
      }
      m.type = Ment.Type.CANDIDATE;
      m.kind = ActorKind.ORGANIZATION;
      m.nameStart = from;
      m.nameEnd = head;
      m.end = head + 1;
      m.country = null;
      m.head = null;
      m.title = null;
      m.titleText = null;
    }
  }

  /** Lower-case nouns after a party's name: "the Republican Renewal party". */
  private static final WordSet PARTY_NOUNS = WordSet.of("party");

  /** Capitalised nouns of a role that end a title before a person's name: "Chief Medical Officer". */
  private static final WordSet ROLE_NOUNS_IN_TITLES = WordSet.of("Officer", "Commissioner", "Director",
      "Inspector", "Superintendent", "Secretary", "Minister", "Adviser", "Advisor", "Manager", "Coordinator",
      "Administrator", "Spokesperson", "Spokesman", "Spokeswoman", "Chairman", "Chairwoman", "Governor",
      "Prosecutor", "Ambassador", "Envoy", "Commander", "Officer", "Controller", "Registrar", "Auditor");

  private boolean hasAmpersand(int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      if (tok(k).is("&")) {
        return true;
      }
    }
    return false;
  }

  /** An initial, such as the "W." of "George W. Bush": a capital letter and a dot. */
  private boolean isInitial(int k) {
    return k + 1 < tokens.size()
        && tok(k).isCapitalized()
        && tok(k).text.length() == 1
        && tok(k + 1).isPunct('.')
        && tok(k).end == tok(k + 1).begin;
  }

  private boolean sentenceStart(int i) {
    return i == 0 || sentenceOf[i - 1] != sentenceOf[i]
        || tok(i - 1).kind == Token.Kind.QUOTE || afterDateline(i);
  }

  /** Whether {@code i} follows a dateline's dash: "YANGON (AFP) - The military government said". */
  private boolean afterDateline(int i) {
    Token dash = i >= 2 ? tok(i - 1) : null;
    if (dash == null || !(dash.isPunct('-') || dash.isPunct('–') || dash.isPunct('—'))) {
      return false;
    }
    // a dateline is at most a dozen tokens, at the start of the sentence
    int ss = i - 1;
    while (ss > 0 && ss > i - 13 && sentenceOf[ss - 1] == sentenceOf[i]) {
      ss--;
    }
    return (ss == 0 || sentenceOf[ss - 1] != sentenceOf[i]) && Attributor.datelineEnd(tokens, ss, i) == i;
  }

  /** A capitalised word that starts a sentence and is more likely an ordinary word than a name. */
  private boolean isSentenceInitialCommonWord(int j) {
    if (!sentenceStart(j)) {
      return false;
    }
    if (j + 2 < tokens.size() && (organizationHeads2.has(tok(j + 1)) || LEGAL_FORMS.has(tok(j + 1))
        || COMPANY_SUFFIXES.has(tok(j + 1))) && !tok(j + 2).isCapitalized() && tok(j).lexeme.cue == null
        && !sentenceStarters.has(tok(j))) {
      // "Challenger Motors said", "Rival Partners said": the common word is the name's own, before
      // the one head it has
      return false;
    }
    if (j + 1 < tokens.size() && tok(j + 1).isCapitalized() && (tok(j + 1).lexeme.mask & commonCapitalisedBit) != 0
        && !gazetteer.givenNames.containsKey(tok(j + 1).text) && titleAt(j + 1) == null && !sentenceStarters.has(tok(j))
        && tok(j).lexeme.cue == null) {
      // "Challenger Energy said": two common words capitalised make a name, not a noun and a name
      return false;
    }
    // "Scientist Rebecca Falconer said", "Reports indicate": a common noun capitalised by the
    // sentence, known to the lexicons in lower case
    return sentenceStarters.has(tok(j)) || (tok(j).lexeme.mask & commonCapitalisedBit) != 0;
  }

  /** Whether {@code t} marks a possessive: "'s", or a plural's apostrophe once the quotations are known. */
  static boolean isPossessive(Token t) {
    return t.text.equals("'s") || t.text.equals("’s") || t.isWord() && (t.is("'") || t.is("’"));
  }

  private String text(int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (k > start && tok(k - 1).end < tok(k).begin) {
        b.append(' ');
      }
      b.append(tok(k).text);
    }
    return b.toString();
  }

  /** Heads of people told of by whom they belong to: "relatives of the victims", "supporters of the president". */
  private static final WordSet OF_HEADS = WordSet.of("relative", "relatives", "descendant", "descendants", "survivor",
      "survivors", "family", "families", "friend", "friends", "neighbour", "neighbours", "neighbor", "neighbors",
      "colleague", "colleagues", "supporter", "supporters", "critics", "residents", "employees", "students",
      "parents", "members", "lawyers", "victims", "followers", "viewers", "readers", "listeners", "subscribers",
      "users", "user", "visitors", "commuters", "passengers", "customers", "driver", "drivers", "fans", "fan");
  /**
   * Whether a source's head tells of people by whom they belong to, who speak rather than that one: "A
   * supporter of Navalny said", "The widow of Tom Hale said", "Residents of Kyiv said".
   */
  static boolean toldOfByWhomTheyBelong(String head) {
    return OF_HEADS.contains(head) || RELATIONS.contains(head) || BELONGING_SINGULARS.contains(head);
  }

  /** The singulars of those heads that neither list has: "A classmate of the victim told". */
  private static final Set<String> BELONGING_SINGULARS = Set.of("supporter", "fan", "friend", "classmate",
      "teammate", "neighbour", "neighbor", "colleague", "heir", "follower", "family");

  /** Of those heads, the ones told of by whom they work for or where they go: "a driver for the company". */
  private static final WordSet FOR_HEADS = WordSet.of("driver", "drivers");
  private static final WordSet TO_HEADS = WordSet.of("visitors", "visitor");

  /** Regions after a state that end an organisation's section's name: "Greenpeace Australia Pacific". */
  private static final WordSet SECTION_REGIONS = WordSet.of("Pacific", "Asia", "Africa", "Europe", "Americas",
      "Caribbean");

  /**
   * "Greenpeace Australia Pacific", "Oxfam Asia": a known organisation's name, then a state and a region no
   * list joins to it, name the organisation's section there, as "Amnesty International Kenya" does. In one
   * pass, into a new list.
   */
  private void attachRegionalSections() {
    List<Ment> merged = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      boolean section = next != null && m.type == Ment.Type.NAMED && m.entry != null
          && m.entry.kind() == ActorKind.ORGANIZATION && !m.entry.isGeneric() && next.start == m.end
          && next.type == Ment.Type.CANDIDATE && next.kind == null && next.title == null && next.hasName()
          && next.nameEnd == next.end && next.nameEnd - next.nameStart == 1 && SECTION_REGIONS.has(tok(next.nameStart))
          && (next.nameStart == next.start || next.nameStart == next.start + 1 && isStateName(next.start));
      if (!section) {
        if (merged != null) {
          merged.add(m);
        }
        continue;
      }
      if (merged == null) {
        merged = new ArrayList<>(mentions.subList(0, idx));
      }
      merged.add(namedBody(m.start, next.end, pastArticle(m.start), ActorKind.ORGANIZATION, next.country));
      idx++;
    }
    if (merged != null) {
      mentions.clear();
      mentions.addAll(merged);
    }
  }

  /** Words after a region's name that belong to it: "the government of Punjab province". */
  private static final WordSet REGION_WORDS = WordSet.of("province", "state", "region", "territory", "prefecture",
      "county", "district", "city");

  /**
   * "The government of Gilgit-Baltistan", "the Government of Sindh": the government of a place that is
   * no state is a body of its own, named by the place, not the government of the story's state. In one
   * pass, into a new list.
   */
  private void governmentsOfPlaces() {
    List<Ment> merged = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment place = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (place == null || m.end - m.start != 2 || m.possessor != null || !tok(m.start).text.equalsIgnoreCase("the")
          || !tok(m.start + 1).text.equalsIgnoreCase("government") || m.end >= tokens.size() || !tok(m.end).is("of")
          || place.start != m.end + 1 || !sameSentence(m.start, place.start) || !isPlaceName(place)) {
        if (merged != null) {
          merged.add(m);
        }
        continue;
      }
      if (merged == null) {
        merged = new ArrayList<>(mentions.subList(0, idx));
      }
      int end = place.end < tokens.size()
          && REGION_WORDS.contains(tok(place.end).text.toLowerCase(java.util.Locale.ROOT)) ? place.end + 1 : place.end;
      merged.add(namedBody(m.start, end, m.start + 1, ActorKind.GOVERNMENT_BODY, place.country));
      idx++;
      while (idx + 1 < mentions.size() && mentions.get(idx + 1).start < end) {
        // "State" of "Lagos State", taken for a name of its own
        idx++;
      }
    }
    if (merged != null) {
      mentions.clear();
      mentions.addAll(merged);
    }
  }

  /**
   * Whether {@code m} names a place that is no state: a city or region the lists know, or a name of one
   * or two words they do not know, which starts with no given name and is hyphenated or followed by a
   * region's noun.
   */
  private boolean isPlaceName(Ment m) {
    if (m.type == Ment.Type.NAMED) {
      return m.entry != null && m.entry.kind() == ActorKind.CITY;
    }
    // a place's name is short: "the government of Abdrabbuh Mansur Hadi" is a person's; and a word no
    // list knows is a place's only by its hyphen or a region's noun after it: "the government of Maduro"
    // is his
    return m.type == Ment.Type.CANDIDATE && m.kind == null && m.hasName() && m.nameStart == m.start
        && m.end - m.start <= 2 && m.title == null && !gazetteer.givenNames.containsKey(tok(m.start).text)
        && (tok(m.end - 1).text.indexOf('-') > 0
            || m.end - m.start == 2 && REGION_WORDS.contains(tok(m.end - 1).text.toLowerCase(java.util.Locale.ROOT))
            || m.end < tokens.size() && REGION_WORDS.contains(tok(m.end).text.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * "President Hassan Rouhani of Iran", "the mayor of London", "the government of Syria": a person,
   * title or government followed by "of" and a state takes the state as its country.
   */
  private void attachOfState() {
    List<Ment> merged = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      boolean personish = m.type == Ment.Type.PERSON
          || m.type == Ment.Type.DESCRIPTION && (m.kind == ActorKind.PERSON || stateHeads.has(tok(m.end - 1)));
      if (isNamedPerson(m) && next != null && m.end + 1 < tokens.size()
          && (tok(m.end).is("of") || tok(m.end).is("from"))
          // but "the Central Tablelands of New South Wales": a name after "the" is a place's or a thing's
          && !(m.type == Ment.Type.CANDIDATE && m.nameStart > 0 && tok(m.nameStart - 1).text.equalsIgnoreCase("the"))
          && affiliationLeadsTo(m.end + 1, next.start)
          && sameSentence(m.start, next.start) && next.type != Ment.Type.PRONOUN
          && !(next.type == Ment.Type.DESCRIPTION && next.kind == ActorKind.PERSON)
          && !(next.type == Ment.Type.PERSON)) {
        // "Jennifer Lu of Marriage Equality Coalition Taiwan", "Yvette Cooper of the Labour
        // Party", "Doug Collins of Georgia": where a named person belongs is part of the mention
        int end = next.end;
        CountryCode country = next.country;
        int j = idx + 2;
        while (j < mentions.size() && mentions.get(j).start == end && sameSentence(m.start, end)
            && mentions.get(j).type != Ment.Type.PRONOUN) {
          end = mentions.get(j).end;
          if (country == null) {
            country = mentions.get(j).country;
          }
          j++;
        }
        if (m.writtenEnd < 0) {
          m.writtenEnd = m.end;
        }
        m.end = end;
        m.type = Ment.Type.PERSON;
        if (m.country == null && !(m.title != null && m.title.country().isPresent())) {
          // but "Republican Doug Collins of Georgia" serves the state his title names
          m.country = country;
        }
        if (next.type == Ment.Type.NAMED && next.entry != null && next.entry.kind() != ActorKind.STATE
            && m.titleOrg == null) {
          m.titleOrg = next.entry;
        }
        merged.add(m);
        idx = j - 1;
        continue;
      }
      if ((m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.DESCRIPTION) && m.end + 2 < tokens.size()
          && tok(m.end).is("calling") && CueFinder.REFLEXIVES.has(tok(m.end + 1)) && sameSentence(m.start, m.end + 2)) {
        // "A man calling himself a prophet said": the name he gives himself is part of his mention, unless
        // it is a name ("A criminal group calling itself NightHarbor claimed": NightHarbor speaks)
        int end = -1;
        if (next != null && next.start == m.end + 2) {
          end = next.hasName() || next.type == Ment.Type.NAMED || next.type == Ment.Type.PERSON ? -1 : next.end;
        } else {
          int k = m.end + 2;
          while (k < tokens.size() && k < m.end + 7 && tok(k).isWord() && tok(k).isLowerCase()
              && tok(k).lexeme.cue == null) {
            k++;
          }
          end = k > m.end + 2 && k < tokens.size() && tok(k).lexeme.cue != null ? k : -1;
        }
        if (end > 0) {
          m.end = end;
          merged.add(m);
          if (next != null && next.start < end) {
            idx++;
          }
          continue;
        }
      }
      if (m.type == Ment.Type.ANONYMOUS && m.end + 1 < tokens.size() && m.head != null && OF_HEADS.contains(m.head)
          && (tok(m.end).is("of") || tok(m.end).is("for") && FOR_HEADS.contains(m.head)
              || tok(m.end).is("to") && TO_HEADS.contains(m.head))
          && sameSentence(m.start, m.end + 1)) {
        // "a relative of the king", "some descendants of Maji Maji fighters", "supporters of the
        // president", "a survivor of the attack": the people of whom the rest tells, not those it names
        int end = m.end + 1;
        int j = idx + 1;
        while (j < mentions.size() && mentions.get(j).start == end && mentions.get(j).type != Ment.Type.PRONOUN
            && sameSentence(m.start, mentions.get(j).start)) {
          Ment part = mentions.get(j);
          boolean place = (part.type == Ment.Type.NAMED || part.type == Ment.Type.ADJECTIVE) && part.entry != null
              && (part.entry.kind() == ActorKind.STATE || part.entry.kind() == ActorKind.CITY);
          if (!place && (part.type == Ment.Type.NAMED || part.type == Ment.Type.PERSON || part.hasName())) {
            // "supporters of the Shinawatra family": the one named is an actor of its own, and stays one
            end = -1;
            break;
          }
          if (m.country == null && part.country != null
              && (part.type == Ment.Type.NAMED || part.type == Ment.Type.ADJECTIVE) && part.entry != null
              && (part.entry.kind() == ActorKind.STATE || part.entry.kind() == ActorKind.CITY)) {
            // "residents of Kyiv" are Ukraine's
            m.country = part.country;
          }
          end = part.end;
          j++;
        }
        if (end < 0) {
          merged.add(m);
          continue;
        }
        if (end == m.end + 1) {
          // no one named after "of": a few lower-case words up to a verb of speech
          int k = end;
          // a word of speech after a determiner is a noun: "a survivor of the attack said"
          while (k < tokens.size() && k < end + 4 && tok(k).isWord() && tok(k).isLowerCase() && !tok(k).is("to")
              && (tok(k).lexeme.cue == null || isDeterminer[k - 1])) {
            k++;
          }
          end = k > end && k < tokens.size() && tok(k).lexeme.cue != null && sameSentence(m.start, k) ? k : -1;
        }
        boolean named = end > 0 && end + 1 < tokens.size() && tok(end).isPunct(',') && j < mentions.size()
            && mentions.get(j).start == end + 1 && mentions.get(j).hasName();
        if (end > m.end + 1 && !named) {
          // but "The family of one victim, Jacques Perrin,": the name set off is the victim's
          m.end = end;
          merged.add(m);
          idx = j - 1;
          continue;
        }
      }
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && next != null && m.end + 1 < tokens.size()
          && (next.start == m.end + 1 || next.type == Ment.Type.CANDIDATE && next.start == m.end + 2
              && tok(m.end + 1).is("the")
              // "the former finance director of collapsed energy supplier Brightwell Power": a business
              // described before its name
              || next.type == Ment.Type.CANDIDATE && next.kind == ActorKind.ORGANIZATION
                  && lowerCaseWordsBetween(m.end + 1, next.start, 4))
          && (tok(m.end).is("of") || tok(m.end).is("for")
              // "principal secretary in the Foreign Affairs Ministry": the body a title is held in
              || tok(m.end).is("in") && m.title != null && next.start == m.end + 1
                  && (next.type == Ment.Type.NAMED && next.entry != null && next.entry.kind() != ActorKind.CITY
                      || next.type == Ment.Type.DESCRIPTION))
          && (next.type == Ment.Type.NAMED && next.entry != null && next.entry.kind() != ActorKind.STATE
              || next.type == Ment.Type.DESCRIPTION && next.kind != ActorKind.PERSON
              || next.type == Ment.Type.CANDIDATE && next.kind == ActorKind.ORGANIZATION
              || next.type == Ment.Type.CANDIDATE && next.kind == null && next.hasName() && spokespersonFor(m)
              // "the finance director of Brightwell Power": an office's holder, of a name that is no
              // person's
              || next.type == Ment.Type.CANDIDATE && next.kind == null && next.hasName()
                  && (m.title != null || (tok(m.end - 1).lexeme.mask & personNounBit) != 0)
                  && !m.relation && next.nameEnd - next.nameStart >= 2
                  && !gazetteer.givenNames.containsKey(tok(next.nameStart).text)
                  // but "the owner of the Make Crate subscription service": the name describes a noun
                  && !(next.end < tokens.size() && tok(next.end).isWord() && tok(next.end).isLowerCase()
                      && tok(next.end).lexeme.cue == null && !Resolver.FINITE_AFTER_NAME.has(tok(next.end))
                      && !tok(next.end).is("has") && !tok(next.end).is("was") && !tok(next.end).is("is"))
              // "the owner of one of the bakeries", "the mother of one of the victims": one person
              || next.type == Ment.Type.ANONYMOUS && tok(m.end).is("of") && next.start + 1 < tokens.size()
                  && (tok(next.start).isCount() || tok(next.start).is("one")) && tok(next.start + 1).is("of"))) {
        // "the head of the CIA", "a spokesperson for the ministry", "the leader of the party":
        // the title's organisation
        boolean speaksFor = spokespersonFor(m);
        m.end = next.end;
        Ment after = idx + 2 < mentions.size() ? mentions.get(idx + 2) : null;
        if (next.type == Ment.Type.CANDIDATE && (next.kind == ActorKind.ORGANIZATION || next.kind == ActorKind.GOVERNMENT_BODY)
            && next.country == null && after != null && next.end + 1 < tokens.size() && tok(next.end).is("of")
            && (after.start == next.end + 1 || after.start == next.end + 2 && tok(next.end + 1).is("the"))
            && after.type == Ment.Type.NAMED && after.entry != null && after.entry.kind() == ActorKind.STATE) {
          // "a spokesman for the Civil Aviation Authority of the Philippines": the state is part of
          // the body's name, as it is without the spokesman
          next.end = after.end;
          next.country = after.country;
          m.end = after.end;
          idx++;
        }
        if (next.entry != null) {
          m.titleOrg = next.entry;
        }
        if (speaksFor && m.possessor == null) {
          // "a spokesperson for the party", "a spokesman for Tesla": whom the spokesperson speaks for;
          // one word no one knows is more often a company's name than a person's
          m.possessor = next;
          if (next.type == Ment.Type.CANDIDATE && next.kind == null && next.end == next.start + 1) {
            next.kind = ActorKind.ORGANIZATION;
          }
        }
        if (m.country == null) {
          m.country = next.country;
        }
        merged.add(m);
        idx++;
        continue;
      }
      if ((m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.STATE
              || m.type == Ment.Type.DESCRIPTION && m.kind != ActorKind.PERSON
              || m.type == Ment.Type.ANONYMOUS)
          && next != null && next.start == m.end + 1 && tok(m.end).is("in")
          && (next.type == Ment.Type.NAMED || next.type == Ment.Type.ADJECTIVE) && next.entry != null
          && (next.entry.kind() == ActorKind.STATE || next.entry.kind() == ActorKind.CITY && next.country != null)) {
        // "the Chinese embassy in Berlin": where a body sits is part of its name, not a speaker;
        // "officials in Seoul" are South Korea's
        m.end = next.end;
        boolean abroad = m.entry != null && (m.entry.id().contains("embassy") || m.entry.id().contains("consulate"))
            || m.head != null && (m.head.contains("embassy") || m.head.contains("consulate"));
        if (m.country == null && !abroad
            && (m.type == Ment.Type.ANONYMOUS || m.type == Ment.Type.NAMED && m.entry.isGeneric())) {
          // "officials in Seoul", "the foreign ministry in Tokyo": there, not an embassy abroad
          m.country = next.country;
        }
        merged.add(m);
        idx++;
        continue;
      }
      if (m.type == Ment.Type.CANDIDATE && (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.GOVERNMENT_BODY)
          && m.country == null && next != null && next.type == Ment.Type.PERSON && next.start == m.end + 1
          && tok(m.end).is("of") && isStateName(next.start) && nameAt(next.start).end() < next.nameStart
          && next.title != null) {
        // "Civil Aviation Authority of Nepal spokesperson Devendra Thapa": the state ends the body's name,
        // and the titled person after it is the body's
        int state = nameAt(next.start).end();
        m.end = state;
        m.country = nameAt(next.start).values().get(0).entry().country().orElse(null);
        next.start = state;
        if (next.country == null) {
          next.country = m.country;
        }
        merged.add(m);
        continue;
      }
      if (m.type == Ment.Type.CANDIDATE && (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.GOVERNMENT_BODY)
          && m.country == null && next != null && m.end + 1 < tokens.size()
          && (next.start == m.end + 1 || next.start == m.end + 2 && tok(m.end + 1).is("the")) && tok(m.end).is("of")
          && next.type == Ment.Type.NAMED && next.entry != null && next.entry.kind() == ActorKind.STATE) {
        // "the National Transportation Safety Committee of Indonesia", "the Catholic Bishops'
        // Conference of the Philippines": a body of the state, which is part of its name and not a
        // speaker
        if (m.nameEnd == m.end && m.nameEnd - m.nameStart == 1) {
          // "the University of the Philippines": a lone head is no name without its state
          m.nameEnd = next.end;
        }
        m.end = next.end;
        m.country = next.country;
        merged.add(m);
        idx++;
        continue;
      }
      if (m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() == ActorKind.GOVERNMENT_BODY
          && m.entry.isGeneric() && m.country == null && next != null && m.end + 1 < tokens.size()
          && (next.start == m.end + 1 || next.start == m.end + 2 && tok(m.end + 1).is("the"))
          && tok(m.end).is("of") && next.type == Ment.Type.NAMED && next.entry != null
          && next.entry.kind() == ActorKind.STATE) {
        // "the Ministry of Defence of Ukraine", "the Embassy of Japan": the state's body
        m.end = next.end;
        m.country = next.country;
        merged.add(m);
        idx++;
        continue;
      }
      if (personish && next != null && next.start == m.end + 1 && tok(m.end).is("of")
          && (next.type == Ment.Type.NAMED || next.type == Ment.Type.ADJECTIVE) && next.entry != null
          && next.entry.kind() == ActorKind.STATE && next.end <= tokens.size()) {
        if (m.type == Ment.Type.DESCRIPTION && stateHeads.has(tok(m.end - 1))) {
          Ment state = new Ment(m.start, next.end, Ment.Type.NAMED);
          state.entry = next.entry;
          state.country = next.country;
          merged.add(state);
        } else {
          m.end = next.end;
          m.country = next.country;
          merged.add(m);
        }
        idx++;
        continue;
      }
      merged.add(m);
    }
    mentions.clear();
    mentions.addAll(merged);
  }

  /** Whether {@code [from, to)} holds one to {@code max} lower-case words and nothing else. */
  private boolean lowerCaseWordsBetween(int from, int to, int max) {
    if (to <= from || to - from > max) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tok(k).isWord() || !tok(k).isLowerCase()) {
        return false;
      }
    }
    return true;
  }

  /** What a business has and a person has not: "whose headquarters", "whose subsidiary". */
  private static final WordSet BUSINESS_OWNED = WordSet.of("board", "headquarters", "plants", "factories",
      "products", "brands", "subsidiary", "subsidiaries");
  /** A business's officer, in two words: "whose managing director", "whose chief executive". */
  private static final WordSet BUSINESS_ROLE_FIRST = WordSet.of("managing", "chief", "executive", "general");
  private static final WordSet BUSINESS_ROLE_LAST = WordSet.of("director", "executive", "officer", "manager",
      "chairman");
  /** Whether a pronoun or possessive of one gender comes within {@code span} tokens from {@code k}: "he", "her". */
  private boolean personPronounWithin(int k, int span) {
    WordSet male = words.get("pronoun-male");
    WordSet female = words.get("pronoun-female");
    for (int j = k; j < tokens.size() && j < k + span; j++) {
      Ment.Gender possessive = possessiveGender(tok(j).text);
      if (male.has(tok(j)) || female.has(tok(j)) || possessive != null && possessive != Ment.Gender.UNKNOWN) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The United Nations Interim Force in Lebanon (UNIFIL)": an organisation's name, a preposition and a place,
   * whose initials the abbreviation in brackets after them spell, are one name, the place part of it.
   */
  private void attachPlacesByAbbreviation() {
    List<Ment> absorbed = new ArrayList<>();
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment org = mentions.get(idx);
      Ment place = mentions.get(idx + 1);
      int k = place.end;
      if (!(org.type == Ment.Type.CANDIDATE && org.kind == ActorKind.ORGANIZATION || org.type == Ment.Type.CANDIDATE
              && org.kind == null)
          || place.type != Ment.Type.NAMED || place.entry == null
          || place.entry.kind() != ActorKind.STATE && place.entry.kind() != ActorKind.CITY
          || place.start != org.end + 1 || !(tok(org.end).is("in") || tok(org.end).is("for") || tok(org.end).is("on"))
          || k + 2 >= tokens.size() || !tok(k).isPunct('(') || !tok(k + 2).isPunct(')') || !tok(k + 1).isWord()
          || !sameSentence(org.start, k + 2)) {
        continue;
      }
      String abbreviation = tok(k + 1).text;
      if (abbreviation.length() < 3 || !abbreviation.equals(abbreviation.toUpperCase(java.util.Locale.ROOT))) {
        continue;
      }
      int from = org.nameStart >= 0 ? org.nameStart : org.start;
      // the preposition may give a letter too: "United Nations Interim Force in Lebanon" is UNIFIL
      String capitals = initials(from, place.end);
      String withPreposition = capitals == null ? null : initials(from, org.end)
          + Character.toUpperCase(tok(org.end).text.charAt(0)) + initials(place.start, place.end);
      if (abbreviation.equals(capitals) || abbreviation.equals(withPreposition)) {
        org.end = place.end;
        org.nameEnd = place.end;
        org.kind = ActorKind.ORGANIZATION;
        absorbed.add(place);
      }
    }
    removeMentions(absorbed);
  }

  /** "Xi Jinping (習近平)" and "Ministry of Foreign Affairs (MOFA)": a native name or abbreviation. */
  private void attachParentheses() {
    for (Ment whole : mentions) {
      // "a spokesman for the National Forestry Corporation (CONAF)": the abbreviation is the body's
      Ment m = whole.possessor != null && whole.possessor.end == whole.end && whole.type == Ment.Type.DESCRIPTION
          ? whole.possessor : whole;
      if (m != whole && whole.end + 1 < tokens.size() && tok(whole.end).isPunct('(') && nameAt(whole.end + 1) != null) {
        // but "a spokesman for Israel's Defence Forces (IDF)": an abbreviation the lexicons know names
        // its own actor
        continue;
      }
      int k = m.end;
      if (k + 3 < tokens.size() && m.end - m.start >= 2 && tok(k).isPunct('.') && tok(k + 1).isPunct('(')
          && tok(k - 1).isCapitalized()
          && tok(k).begin == tok(k - 1).end) {
        // "Taiwan Power Co. (Taipower)": past the abbreviation's dot
        k++;
      }
      if (k + 2 < tokens.size() && tok(k).isPunct('(') && tok(k + 2).isPunct(')')) {
        Token inner = tok(k + 1);
        if (inner.kind == Token.Kind.CJK) {
          m.nativeName = inner.text;
          if (m.type == Ment.Type.CANDIDATE) {
            m.type = Ment.Type.PERSON;
          }
        } else if (inner.isWord() && inner.text.equals(inner.text.toUpperCase(java.util.Locale.ROOT))
            && inner.text.length() >= 2) {
          m.abbreviation = inner.text;
        } else if (inner.isWord() && inner.isCapitalized() && inner.lexeme.unknown && inner.text.length() >= 3
            && (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.MEDIA
                || m.entry != null && m.entry.kind() == ActorKind.ORGANIZATION)
            && echoesName(inner.text, m)) {
          // "Taiwan Power Co. (Taipower)", "Petroleo Brasileiro SA (Petrobras)": a business's short name,
          // made of its name; not "Microsoft Corp (Nasdaq)", where it is listed, nor "BASF SE
          // (Ludwigshafen)", where it sits
          m.abbreviation = inner.text;
        }
      }
    }
  }

  /**
   * Whether a short name is made of the name of {@code m}: it begins as the name's first word does
   * ("Taipower" for "Taiwan Power Co."), or holds one of its words whole ("Leapmotor" for "Zhejiang
   * Leapmotor Technology Co.").
   */
  private boolean echoesName(String shortName, Ment m) {
    String lower = shortName.toLowerCase(java.util.Locale.ROOT);
    for (int k = m.start; k < m.end; k++) {
      String w = tok(k).text.toLowerCase(java.util.Locale.ROOT);
      if (!tok(k).isCapitalized() || w.length() < 3) {
        continue;
      }
      if (k == m.start && lower.startsWith(w.substring(0, 3)) || w.length() >= 4 && lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Scottish and Southern Electricity Networks (SSEN)": an abbreviation in brackets whose first
   * letters are those of capitalised words before "and" or "&" as well as the name's own joins them
   * into one name, which "and" would otherwise part.
   */
  private void joinNamesByAbbreviation() {
    Set<Ment> absorbed = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.abbreviation == null || !m.hasName() || m.nameStart != m.start || m.start < 2
          || !(tok(m.start - 1).is("and") || tok(m.start - 1).is("&"))) {
        continue;
      }
      String own = initials(m.nameStart, m.nameEnd);
      String abbreviation = m.abbreviation;
      if (own == null || abbreviation.length() <= own.length() || !abbreviation.endsWith(own)) {
        continue;
      }
      int wanted = abbreviation.length() - own.length();
      int j = m.start - 1;
      while (j - 1 >= 0 && m.start - 1 - j < wanted && tok(j - 1).isCapitalized() && sameSentence(j - 1, m.start)) {
        j--;
      }
      if (m.start - 1 - j != wanted || !abbreviation.substring(0, wanted).equals(initials(j, m.start - 1))) {
        continue;
      }
      for (int b = idx - 1; b >= 0 && mentions.get(b).end > j; b--) {
        if (mentions.get(b).start >= j) {
          if (absorbed == null) {
            absorbed = new HashSet<>();
          }
          absorbed.add(mentions.get(b));
        }
      }
      m.start = j;
      m.nameStart = j;
      if (m.kind == null && m.type == Ment.Type.CANDIDATE) {
        m.kind = ActorKind.ORGANIZATION;
      }
    }
    if (absorbed != null) {
      removeMentions(absorbed);
    }
  }

  /** The first letters of the capitalised words in {@code [from, to)}, or null if another word is there. */
  private String initials(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (!tok(k).isCapitalized()) {
        if (tok(k).isWord() && tok(k).isLowerCase() && tok(k).text.length() <= 3) {
          // "of", "for", "and" inside a name leave no letter
          continue;
        }
        return null;
      }
      b.append(tok(k).text.charAt(0));
    }
    return b.toString();
  }

  /**
   * "Yiaga Africa, an election monitoring group, called …", "Zorvex, the country's largest bank,
   * said": a name no list knows, set off by an organisation's or body's description (perhaps with a
   * relative clause: "whose staff have been targeted,"), is of that kind, not a person.
   */
  private void kindsFromAppositives() {
    for (Ment m : mentions) {
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.title == null && m.hasName()
          && !gazetteer.givenNames.containsKey(tok(m.nameStart).text)
          && m.end + 2 < tokens.size() && tok(m.end).isPunct(',') && tok(m.end + 1).is("whose")
          && (BUSINESS_OWNED.has(tok(m.end + 2))
              || m.end + 3 < tokens.size() && BUSINESS_ROLE_FIRST.has(tok(m.end + 2))
                  && BUSINESS_ROLE_LAST.has(tok(m.end + 3)))
          && !personPronounWithin(m.end + 2, 14)) {
        // "Kalinga Agrochem, whose managing director visited the site, said": what a business has; not
        // "Biden, whose staff had urged him to rest", nor "John Smith, whose shares were frozen, said he …"
        m.kind = ActorKind.ORGANIZATION;
      }
    }
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = mentions.get(idx + 1);
      if (m.type == Ment.Type.DESCRIPTION && next.type == Ment.Type.CANDIDATE && next.kind == null
          && next.title == null && next.hasName() && next.start == m.end && next.nameStart == next.start
          && (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.MEDIA || m.kind == ActorKind.GOVERNMENT_BODY)
          && !m.plural
          && (m.start == 0 || !sameSentence(m.start - 1, m.start) || tok(m.start - 1).lexeme.cue == null)
          && !gazetteer.givenNames.containsKey(tok(next.start).text) && !businessNounAt(m.end - 1)) {
        // "workers of the Lyon-based medical charity Medicale Sahel": the name the description gives
        // it, of its kind; but not "told the court Smith had lied", nor a person's given name (a
        // business's noun before its name is read with the other businesses)
        next.kind = m.kind;
        m.appositive = next;
        continue;
      }
      if (m.type == Ment.Type.CANDIDATE && m.kind == null && m.title == null && m.hasName()
          && suppliesAfter(m.end) && !gazetteer.givenNames.containsKey(tok(m.nameStart).text)) {
        // "Kessington Aerostructures, a major supplier of fuselages for Boeing,": a business's noun
        // and what it supplies; not "Juan Perez, a drug supplier for the cartel,"
        m.kind = ActorKind.ORGANIZATION;
        continue;
      }
      if (m.type == Ment.Type.CANDIDATE && m.title == null && m.hasName()
          // a name of no known kind, or an organisation's that the description says is a medium:
          // "Iran International, a London-based television channel,"
          && (m.kind == null || m.kind == ActorKind.ORGANIZATION && next.kind == ActorKind.MEDIA)
          && next.type == Ment.Type.DESCRIPTION && next.start == m.end + 1 && tok(m.end).isPunct(',')
          && (next.kind == ActorKind.ORGANIZATION || next.kind == ActorKind.GOVERNMENT_BODY
              || next.kind == ActorKind.MEDIA)
          && next.end < tokens.size()
          && (tok(next.end).isPunct(',') || participlePhraseToComma(next.end) || relativeClauseToComma(next.end))
          && sameSentence(m.start, next.end)
          && !(isDeterminer[next.start] && (tok(next.start).is("the") || tok(next.start).is("The"))
              && next.end - next.start == 2 && tok(next.end).isPunct(','))) {
        // but "Smith, the company, said" is no apposition of a name's kind; "Carbones del Caribe, the
        // company holding the licence," is
        m.kind = next.kind;
        CountryCode based = basedIn(next);
        if (based != null) {
          // "Iran International, a London-based television channel,": where it is based
          m.country = based;
        }
        if (next.appositive == null) {
          next.appositive = m;
        }
      }
    }
  }

  /** Words before an office's noun that make it speak for its owner: "press service", "information office". */
  private static final WordSet VOICE_MODIFIERS = WordSet.of("press", "Press", "information", "Information", "media",
      "Media", "communications", "Communications");
  /** Nouns of the offices that speak for their owner: "the press service", "the Kremlin press office". */
  private static final WordSet VOICE_HEADS = WordSet.of("service", "Service", "office", "Office", "department",
      "Department", "centre", "Centre", "center", "Center", "secretariat", "Secretariat", "bureau", "Bureau");

  /** Channels that carry only their owner's words: "the ministry's website", "the embassy's account". */
  private static final java.util.Set<String> OWN_CHANNELS = java.util.Set.of("website", "account", "feed", "handle");

  /**
   * Whether a verb of speech comes at {@code k}, after an adverb or an auxiliary at most: an office or account
   * grows its owner's mention only where it speaks ("The Kremlin press service said"), so that "a video on the
   * company's Weibo account" leaves "the company" as it was.
   */
  private boolean cueFollows(int k) {
    int j = k < tokens.size() && (BEFORE_VERB.has(tok(k)) || tok(k).is("has") || tok(k).is("had")) ? k + 1 : k;
    return j < tokens.size() && tok(j).isLowerCase() && tok(j).lexeme.cue != null;
  }

  /** Platforms whose accounts speak for their owner: "its Twitter account", "the embassy's official X account". */
  private static final WordSet PLATFORMS = WordSet.of("Twitter", "X", "Facebook", "Telegram", "Instagram", "WeChat",
      "Weibo", "YouTube", "TikTok", "LinkedIn", "social", "media", "official", "verified");

  /**
   * The end of a channel of its owner's own from {@code k}, after the owner's possessive: up to three words of a
   * platform, then "account", "page", "feed" or "handle" ("Twitter account", "official Facebook page"); or -1.
   */
  private int ownChannelEnd(int k) {
    int j = k;
    while (j < tokens.size() && j < k + 3 && PLATFORMS.has(tok(j))) {
      j++;
    }
    return j > k && j < tokens.size() && (tok(j).is("account") || tok(j).is("page") || tok(j).is("feed")
        || tok(j).is("handle")) ? j + 1 : -1;
  }

  /** Whether the office of a press service, a press office or the like ends at {@code end}. */
  private boolean voiceEndsAt(int end) {
    return end >= 2 && VOICE_HEADS.has(tok(end - 1)) && VOICE_MODIFIERS.has(tok(end - 2));
  }

  /**
   * Press services, press offices and a body's own website or account, which speak for their owner as a
   * spokesperson does: "The Kremlin press service said" and "The ministry's Twitter account said" are the owner's
   * mentions, grown over the words of its voice; "the ministry's press service", "the Foreign Ministry's website"
   * and "the press service of the ministry" are marked as the owner's voice, and a later "the press service" alone
   * is the voice of the owner of the press service named last. In one pass.
   */
  private void pressServices() {
    int n = tokens.size();
    Ment owner = null;
    List<Ment> kept = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      int e = m.end;
      boolean owns = m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.STATE
              && m.entry.kind() != ActorKind.CITY
          || m.type == Ment.Type.DESCRIPTION && m.possessor == null
              && (m.kind == ActorKind.GOVERNMENT_BODY || m.kind == ActorKind.ORGANIZATION) && !voiceEndsAt(e)
          || m.type == Ment.Type.CANDIDATE && m.hasName()
              && (m.kind == ActorKind.GOVERNMENT_BODY || m.kind == ActorKind.ORGANIZATION);
      // "The ministry's Twitter account said", "the embassy's official X account": the owner's own channel; "The
      // Kremlin press service said", "the ministry press office": the owner's office
      int grown = owns && e < n && isPossessive(tok(e)) ? ownChannelEnd(e + 1) : -1;
      if (grown < 0 && owns && e + 1 < n && VOICE_MODIFIERS.has(tok(e)) && VOICE_HEADS.has(tok(e + 1))
          && (e + 2 >= n || !isNameWord(e + 2))) {
        grown = e + 2;
      }
      if (grown > 0 && sameSentence(m.start, grown - 1) && !m.insideQuote && cueFollows(grown)) {
        // the owner speaks, its mention grown over the words of its voice
        if (kept == null) {
          kept = new ArrayList<>(mentions.subList(0, idx));
        }
        kept.add(m);
        m.ownerEnd = m.end;
        m.end = grown;
        while (idx + 1 < mentions.size() && mentions.get(idx + 1).start < m.end) {
          idx++;
        }
        owner = m;
        continue;
      }
      if (kept != null) {
        kept.add(m);
      }
      if (m.type == Ment.Type.DESCRIPTION && m.possessor != null && m.head != null && OWN_CHANNELS.contains(m.head)
          && e - m.possessor.end <= 4
          && (m.possessor.type == Ment.Type.NAMED && m.possessor.entry != null
              || m.possessor.type == Ment.Type.DESCRIPTION && m.possessor.kind != null
                  && m.possessor.kind != ActorKind.PERSON)) {
        // "The Foreign Ministry's website said", "the embassy's Twitter account": the owner's own channel
        m.voice = true;
        continue;
      }
      if (m.type != Ment.Type.DESCRIPTION || !voiceEndsAt(e)) {
        continue;
      }
      Ment next = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (m.end - (m.possessor != null && m.possessor.start >= m.start ? m.possessor.end : m.start) > 4) {
        // "The Belarusian presidential press service said": a press service described at length, which a
        // later "the press service" names
        owner = m;
      } else if (m.possessor != null) {
        m.voice = true;
        owner = m.possessor;
      } else if (next != null && e + 1 < n && tok(e).is("of") && next.start <= e + 2 && next.start > e
          && (next.type == Ment.Type.NAMED || next.type == Ment.Type.DESCRIPTION
              || next.type == Ment.Type.CANDIDATE || next.type == Ment.Type.PERSON)) {
        owner = next;
        if ((next.type == Ment.Type.NAMED && next.entry != null && next.entry.kind() != ActorKind.STATE
                || next.type == Ment.Type.PERSON)
            && isDeterminer[m.start] && !m.insideQuote && sameSentence(m.start, next.end - 1) && cueFollows(next.end)) {
          // "…, the press service of the Kyrgyz Foreign Ministry said": the owner speaks, its mention grown over the
          // words of its voice; and so for a person's ("the press service of President Vladimir Putin said"), as
          // for "Putin's press service"
          if (kept == null) {
            kept = new ArrayList<>(mentions.subList(0, idx));
          } else {
            kept.remove(kept.size() - 1);
          }
          next.start = m.start;
        }
      } else if (owner != null && isDeterminer[m.start] && m.end - m.start == 3) {
        // "The press service said": the one whose press service was named last
        m.possessor = owner;
        m.voice = true;
      }
    }
    if (kept != null) {
      mentions.clear();
      mentions.addAll(kept);
    }
  }

  /** Capitalised nouns that end the name of a document: "the Amman Declaration", "the Paris Agreement". */
  private static final WordSet DOCUMENT_NAME_HEADS = WordSet.of("Declaration", "Agreement", "Agreements",
      "Accord", "Accords", "Convention", "Treaty", "Charter", "Protocol", "Communiqué", "Communique", "Report",
      "Act", "Memorandum", "Constitution", "Statement", "Resolution", "Plan", "Strategy", "Agenda", "Programme",
      "Framework", "Budget");

  /**
   * "…," founder and chairman Zhou Hanlin said": a role joined by "and" before a titled name, after a
   * quotation, a comma or the sentence's start, is part of the person's mention.
   */
  private void rolesJoinedBefore() {
    for (Ment m : mentions) {
      int k = m.start;
      if (m.type != Ment.Type.PERSON || m.title == null || k < 2 || !tok(k - 1).is("and")) {
        continue;
      }
      Token role = tok(k - 2);
      if (role.isWord() && role.isLowerCase() && (role.lexeme.mask & (personNounBit | personDescriptionBit)) != 0
          && sameSentence(k - 2, k)
          && (k - 2 == 0 || !sameSentence(k - 3, k - 2) || tok(k - 3).kind == Token.Kind.QUOTE || tok(k - 3).isPunct(','))) {
        m.start = k - 2;
      }
    }
  }

  /** Lower-case words after which a document's name may begin: "under the Paris Agreement". */
  private static final WordSet DOCUMENT_NAME_OPENERS = WordSet.of("of", "to", "by", "in", "under", "with",
      "from", "that", "and", "said", "says", "say", "signed", "adopted", "the");

  /**
   * "The Amman Declaration rejected …", "The Paris Agreement says …": a name no list knows that ends in
   * a document's noun is a document's, with the place its name begins with.
   */
  private void namedDocuments() {
    Set<Ment> absorbed = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type != Ment.Type.CANDIDATE || m.kind != null || m.title != null || !m.hasName()
          || !DOCUMENT_NAME_HEADS.has(tok(m.nameEnd - 1)) || m.nameEnd - 1 == m.start && sentenceStart(m.start)
          ) {
        continue;
      }
      int before = m.start - 1;
      while (before > 0 && before >= m.start - 2 && tok(before).isWord() && tok(before).isLowerCase()
          && !DOCUMENT_NAME_OPENERS.has(tok(before))) {
        before--;
      }
      if (before >= 0 && before < m.start - 1 && !isPossessive(tok(before))) {
        // "a new Agreement": a lower-case word before it that no owner's mark precedes
        continue;
      }
      if (before >= 0 && isPossessive(tok(before))) {
        // "the bank's Monetary Policy Report", "the bank's latest Inflation Report": its owner's
        // document, by its own name, with its year ("the state's Heat Action Plan 2025")
        m.kind = ActorKind.DOCUMENT;
        if (m.end < tokens.size() && m.end == m.nameEnd && tok(m.end).isYear() && sameSentence(m.start, m.end)) {
          m.end++;
          m.nameEnd++;
        }
        continue;
      }
      m.kind = ActorKind.DOCUMENT;
      int from = isDeterminer[m.start] ? m.start + 1 : m.start;
      boolean capitalised = true;
      for (int k = from; k < m.nameStart && capitalised; k++) {
        capitalised = tok(k).isCapitalized();
      }
      if (capitalised && from < m.nameStart) {
        // the place is part of the name: "Amman Declaration", not a Jordanian "Declaration"; where it
        // was signed says nothing of whose it is
        m.nameStart = from;
        m.country = null;
      }
      // "the Vienna Convention on Diplomatic Relations", "the Convention on the Rights of the Child":
      // what it is on or of, in capitalised words, is part of its name
      int k = m.nameEnd;
      int end = -1;
      while (k + 1 < tokens.size() && k - m.nameEnd < 12 && (tok(k).is("on") || tok(k).is("of") || tok(k).is("for"))
          && sameSentence(m.start, k + 1)) {
        int w = tok(k + 1).is("the") ? k + 2 : k + 1;
        int e = w;
        while (e < tokens.size() && e - w < 6 && sameSentence(m.start, e)
            // not a day or a month: "The Amman Declaration on Sunday rejected"
            && (tok(e).isCapitalized() && !TimeFinder.isTimeName(tok(e).text)
                || e > w && (tok(e).is("and") || tok(e).is("of") || isPossessive(tok(e))) && e + 1 < tokens.size()
                    && tok(e + 1).isCapitalized())) {
          e++;
        }
        if (e == w || !tok(e - 1).isCapitalized()) {
          break;
        }
        end = e;
        k = e;
      }
      if (end < 0 && m.end < tokens.size() && m.end == m.nameEnd && tok(m.end).isYear()
          && sameSentence(m.start, m.end)) {
        // "the Heat Action Plan 2025", "the Finance Act 2025": the year is part of the name
        end = m.end + 1;
      }
      if (end > 0) {
        if (absorbed == null) {
          absorbed = new HashSet<>();
        }
        // the mentions are in text order: those inside the name follow it
        for (int o = idx + 1; o < mentions.size() && mentions.get(o).start < end; o++) {
          if (mentions.get(o).start >= m.nameEnd && mentions.get(o).end <= end) {
            absorbed.add(mentions.get(o));
          }
        }
        m.nameEnd = end;
        m.end = end;
      }
    }
    if (absorbed != null) {
      removeMentions(absorbed);
    }
  }

  /**
   * Whether a participle's phrase starts at {@code k} and runs to a comma within eight words: "set up by
   * parents last fall," after "a group".
   */
  private boolean participlePhraseToComma(int k) {
    Token t = tok(k);
    if (!(t.isLowerCase() && (t.text.length() > 3 && (t.text.endsWith("ed") || t.text.endsWith("ing"))
        || t.is("set") || t.is("run") || t.is("made") || t.is("known")))) {
      return false;
    }
    return commaAfter(k, 8, true) >= 0;
  }

  /**
   * The first comma after {@code k}, within {@code limit} tokens of its sentence and before any
   * quotation mark and, when {@code cueStops}, any cue after the next token; or -1.
   */
  private int commaAfter(int k, int limit, boolean cueStops) {
    for (int j = k + 1; j < tokens.size() && j <= k + limit && sameSentence(k, j); j++) {
      if (tok(j).isPunct(',')) {
        return j;
      }
      if (tok(j).kind == Token.Kind.QUOTE || cueStops && tok(j).lexeme.cue != null && j > k + 1) {
        return -1;
      }
    }
    return -1;
  }

  /** The last words of a numbered unit of a union or an order: "Local 88", "District Lodge 751". */
  private static final WordSet UNIT_WORDS = WordSet.of("Local", "Lodge", "District", "Chapter", "Branch",
      "Division");

  /**
   * "Local 88 of the United Auto Workers", "District Lodge 751 of the Machinists union": a numbered
   * unit before "of" and the organisation it belongs to is one mention, which speaks for the
   * organisation.
   */
  private void attachNumberedUnits() {
    List<Ment> absorbed = new ArrayList<>();
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment unit = mentions.get(idx);
      Ment owner = mentions.get(idx + 1);
      int number = unit.end;
      if (unit.type == Ment.Type.CANDIDATE && unit.kind == null && UNIT_WORDS.has(tok(unit.end - 1))
          && number + 1 < tokens.size() && tok(number).kind == Token.Kind.NUMBER && tok(number + 1).is("of")
          && (owner.start == number + 2 || owner.start == number + 3 && tok(number + 2).is("the"))
          && owner.hasName() && sameSentence(unit.start, owner.start)
          && (owner.type == Ment.Type.CANDIDATE || owner.type == Ment.Type.NAMED)
          && (owner.kind == null || owner.kind == ActorKind.ORGANIZATION)) {
        owner.start = unit.start;
        if (owner.kind == null) {
          owner.kind = ActorKind.ORGANIZATION;
        }
        absorbed.add(unit);
      }
    }
    removeMentions(absorbed);
  }

  /** Removes {@code gone} from the mentions in one pass, whatever kind of collection it is. */
  private void removeMentions(java.util.Collection<Ment> gone) {
    if (!gone.isEmpty()) {
      Set<Ment> set = gone instanceof Set<Ment> given ? given : new HashSet<>(gone);
      mentions.removeIf(set::contains);
    }
  }

  /**
   * Whether a cue in lower case comes within eight tokens from {@code k}, before any comma or the
   * sentence's end: the "said" of ", a Boeing spokesman said".
   */
  private boolean cueBeforeComma(int k) {
    for (int j = k; j < tokens.size() && j < k + 8 && sameSentence(k, j); j++) {
      if (!tok(j).isWord() || tok(j).is("who") || tok(j).is("whose") || tok(j).is("which") || tok(j).is("that")) {
        // "Tom Hart, a senior diplomat who said …": a relative clause describes the name
        return false;
      }
      if (j > k && tok(j).isLowerCase() && tok(j).lexeme.cue != null) {
        // but "a scientist quoted by state media as saying": a participle that describes the name
        return !(j + 1 < tokens.size() && (tok(j + 1).is("by") || tok(j + 1).is("as")
            || tok(j + 1).is("in") && tok(j).text.endsWith("ed") && !tok(j).is("said")));
      }
    }
    return false;
  }

  /**
   * Whether ", a major supplier of …," or ", the biggest maker of …," starts at {@code k}: a comma, an
   * article, up to three lower-case words, a business's noun and an "of" or "for" phrase to a comma.
   */
  private boolean suppliesAfter(int k) {
    if (k + 3 >= tokens.size() || !tok(k).isPunct(',')
        || !(tok(k + 1).is("a") || tok(k + 1).is("an") || tok(k + 1).is("the"))) {
      return false;
    }
    for (int j = k + 2; j < tokens.size() && j <= k + 5 && tok(j).isWord() && tok(j).isLowerCase(); j++) {
      if (BUSINESS_SUPPLIERS.has(tok(j)) || businessNounAt(j) && !tok(j).text.endsWith("s")) {
        return j + 1 < tokens.size() && ofPhraseToComma(j + 1);
      }
    }
    return false;
  }

  /** Nouns of a business by what it supplies, which name persons too: "a supplier of fuselages". */
  private static final WordSet BUSINESS_SUPPLIERS = WordSet.of("supplier", "distributor", "provider");

  /**
   * Whether an "of" or "for" phrase at {@code k} runs to a comma within 15 tokens, with no quotation
   * or cue: "of fuselages and wing parts for Boeing and Airbus,".
   */
  private boolean ofPhraseToComma(int k) {
    if (!tok(k).is("of") && !tok(k).is("for") || k + 1 >= tokens.size() || tok(k + 1).lexeme.cue != null) {
      return false;
    }
    return commaAfter(k, 15, true) > k + 1;
  }

  /**
   * The country of the place a description says something is based in ("a London-based channel"),
   * when the gazetteer knows the place as a state or a city; or null.
   */
  private CountryCode basedIn(Ment d) {
    for (int k = d.start; k < d.end; k++) {
      String w = tok(k).text;
      int dash = w.lastIndexOf('-');
      if (dash > 0 && tok(k).isCapitalized() && (w.endsWith("-based") || w.endsWith("-headquartered"))) {
        ActorEntry e = gazetteer.entryNamed(w.substring(0, dash));
        return e != null && (e.kind() == ActorKind.STATE || e.kind() == ActorKind.CITY) ? e.country().orElse(null) : null;
      }
    }
    return null;
  }

  /**
   * Whether a relative clause starts at {@code k} and runs to a comma within ten words: "whose staff
   * have been targeted," after "a television channel".
   */
  private boolean relativeClauseToComma(int k) {
    if (!(tok(k).is("whose") || tok(k).is("which") || tok(k).is("that"))) {
      return false;
    }
    return commaAfter(k, 10, false) >= 0;
  }

  /** Nouns of fields of study and culture that a state's adjective only qualifies: "Chinese history". */
  private static final WordSet FIELDS = WordSet.of("studies", "history", "literature", "politics", "language",
      "languages", "linguistics", "culture", "law", "economics", "art", "philosophy", "cuisine", "music", "film",
      "cinema", "archaeology", "religion");

  /**
   * Whether {@code m} is a state's adjective before a field of study: "a professor of North Korean studies",
   * "an expert on Chinese politics", which says nothing of where anyone is from.
   */
  private boolean isFieldOfStudy(Ment m) {
    return m.type == Ment.Type.ADJECTIVE && m.end < tokens.size() && FIELDS.has(tok(m.end)) && sameSentence(m.start, m.end);
  }

  /** Fields a minister's title names, which may be joined before it: "Science and Technology Minister". */
  private static final WordSet PORTFOLIOS = WordSet.of("Science", "Technology", "Economy", "Trade", "Industry",
      "Health", "Labour", "Labor", "Welfare", "Education", "Culture", "Sports", "Sport", "Agriculture", "Fisheries",
      "Forestry", "Environment", "Energy", "Finance", "Defence", "Defense", "Justice", "Interior", "Transport",
      "Tourism", "Communications", "Information", "Infrastructure", "Housing", "Land", "Water", "Youth", "Women",
      "Family", "Social", "Affairs", "Development", "Planning", "Investment", "Commerce", "Mines", "Resources",
      "Innovation", "Digital", "Climate", "Security", "Immigration", "Heritage", "Arts", "Food", "Rural");

  /**
   * "Science and Technology Minister Yoko Hayami", "Economy, Trade and Industry Minister Kenta
   * Aoyama": fields joined by "and" and commas before a titled person's portfolio are part of the
   * title, not names of their own.
   */
  private void attachPortfolios() {
    Set<Ment> absorbed = null;
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type != Ment.Type.PERSON || m.title == null || m.start < 2 || !PORTFOLIOS.has(tok(m.start))
          || !tok(m.start - 1).is("and")) {
        continue;
      }
      int k = m.start;
      while (k >= 2 && (tok(k - 1).is("and") || tok(k - 1).isPunct(',') && k < m.start) && PORTFOLIOS.has(tok(k - 2))
          && sameSentence(k - 2, k)) {
        k -= 2;
      }
      if (k == m.start) {
        continue;
      }
      for (int b = idx - 1; b >= 0 && mentions.get(b).end > k; b--) {
        Ment before = mentions.get(b);
        if (before.start >= k) {
          if (absorbed == null) {
            absorbed = new HashSet<>();
          }
          absorbed.add(before);
        }
      }
      if (m.titleText != null && m.titleText.startsWith(tok(m.start).text)) {
        m.titleText = text(k, m.start) + " " + m.titleText;
      }
      m.start = k;
    }
    if (absorbed != null) {
      removeMentions(absorbed);
    }
  }

  /** Prepositions before a name that make it a place or a platform, no person: "in the East China Sea", "on Twitter". */
  private static final WordSet PLATFORM_PREPOSITIONS = WordSet.of("on", "On", "in", "In", "at", "At", "via", "Via");

  /**
   * "Porter Goss, the head of the CIA," and "the Japanese foreign minister, Nobutaka Machimura,":
   * a name and a description set off by commas describe one person.
   */
  private void attachAppositives() {
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment after = mentions.get(idx + 1);
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && m.title != null && !m.plural
          && !m.relation && m.titleText != null && Character.isUpperCase(m.titleText.charAt(0))
          && (m.titleOrg != null || m.possessor != null) && after.start == m.end && after.type == Ment.Type.CANDIDATE
          && after.kind == null && after.title == null && after.hasName() && after.nameStart == after.start
          && after.nameEnd - after.nameStart >= 2 && sameSentence(m.start, after.start)) {
        // "Spokesman for the Ministry of Foreign Affairs Lin Jian said": a capitalised title with the body
        // it is held in, then the holder's name with no comma between
        mergeTitle(after, m);
        m.appositive = after;
        continue;
      }
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && m.title != null && m.title.isSpokesperson()
          && !m.plural && tok(m.start).isCapitalized() && !isDeterminer[m.start] && m.end + 1 < tokens.size()
          && tok(m.end).is("for") && after.start == m.end + 1 && after.type == Ment.Type.PERSON && after.title != null
          // but "Spokesperson for the President Joe Biden": a head of state or government is named after the title
          && !after.title.rank().startsWith("HEAD_OF")
          && (tok(after.start).is("the") || tok(after.start).is("The")) && after.hasName()
          && after.nameEnd - after.nameStart >= 2 && sameSentence(m.start, after.start)) {
        // "Spokesperson for the UN Secretary-General Stéphane Dujarric told reporters": the name after the title of
        // the one spoken for is the spokesperson's
        mergeTitle(after, m);
        m.appositive = after;
        continue;
      }
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.DOCUMENT) {
        // "The statement, issued by the ministry late Sunday,": the document's author
        int k = m.end;
        if (k + 3 < tokens.size() && tok(k).isPunct(',') && AUTHORED.has(tok(k + 1))
            && tok(k + 2).is("by")) {
          int at = firstMentionFrom(k + 3);
          if (at < mentions.size() && mentions.get(at).start <= k + 4 && mentions.get(at).canSpeak()) {
            m.appositive = mentions.get(at);
          }
        }
        continue;
      }
      int comma = m.end;
      if (m.nativeName != null || m.abbreviation != null) {
        comma += 3;
      }
      boolean setOff = comma < tokens.size() && tok(comma).isPunct(',');
      int known = setOff ? comma + 1 : comma;
      if (m.type == Ment.Type.DESCRIPTION && m.kind != ActorKind.PERSON && known + 2 < tokens.size()
          && tok(known).is("known") && tok(known + 1).is("as")) {
        // "The agency, known as CENIPA, said": the name it is known by; "The Syrian rebel coalition known as the
        // High Negotiations Committee met": with no commas too
        Ment named = mentions.get(idx + 1);
        int name = known + 2 < tokens.size() && isDeterminer[known + 2] && named.start == known + 3 ? known + 3
            : known + 2;
        if (named.start == name && named.hasName() && named.end < tokens.size()
            && (!setOff || tok(named.end).isPunct(',')) && named.canSpeak() && sameSentence(m.start, named.start)) {
          m.appositive = named;
          if (named.type == Ment.Type.CANDIDATE && named.kind == null) {
            named.kind = m.kind;
          }
          continue;
        }
      }
      int nextIdx = idx + 1;
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && !m.plural && comma < tokens.size()
          && (tok(comma).is("for") || tok(comma).is("of")) && !(m.start > 0 && tok(m.start - 1).isPunct(','))) {
        // "Amnesty's deputy regional director for the Middle East and North Africa, Nadia Benchekroun,":
        // the name after the description's complement of capitalised names; but not a description set off
        // after a name, "Charles Plotena, the mayor of Esperanza, Sultan Kudarat,", where a place follows
        int k = comma + 1;
        while (k < tokens.size() && k < comma + 10
            && (tok(k).isCapitalized() || tok(k).is("the") || tok(k).is("and") || tok(k).is("of"))) {
          k++;
        }
        int j = idx + 1;
        while (j < mentions.size() && mentions.get(j).start <= k) {
          j++;
        }
        if (k > comma + 1 && k < tokens.size() && tok(k).isPunct(',') && j < mentions.size()
            && mentions.get(j).start == k + 1 && mentions.get(j).hasName()
            // a full name, not a place's one word: "the mayor of Houston, Texas,"
            && mentions.get(j).nameEnd - mentions.get(j).nameStart >= 2
            && (mentions.get(j).type == Ment.Type.CANDIDATE && mentions.get(j).kind == null
                || mentions.get(j).type == Ment.Type.PERSON)) {
          comma = k;
          nextIdx = j;
        }
      }
      if (comma >= tokens.size() || !tok(comma).isPunct(',') || !sameSentence(m.start, comma)) {
        continue;
      }
      Ment next = mentions.get(nextIdx);
      if (next.start == comma + 2 && tok(comma + 1).isCapitalized() && tok(comma + 1).text.endsWith("-born")
          && (next.type == Ment.Type.CANDIDATE || next.type == Ment.Type.PERSON)) {
        // "The owner of one of the bakeries, Portuguese-born Fernanda Medeiros,": the name after where
        // she was born
        comma = next.start - 1;
      }
      if (next.type == Ment.Type.ADJECTIVE && next.start == comma + 1 && idx + 2 < mentions.size()
          && mentions.get(idx + 2).start == next.end
          && (mentions.get(idx + 2).type == Ment.Type.CANDIDATE || mentions.get(idx + 2).type == Ment.Type.PERSON)
          && (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON
              || m.type == Ment.Type.ANONYMOUS && !m.plural && !m.distributive)) {
        // "Her coach, Italian Renato Bellini,": the name after the demonym, of that state
        Ment name = mentions.get(idx + 2);
        if (name.country == null) {
          name.country = next.country;
        }
        next = name;
        comma = next.start - 1;
      }
      // "In a post on X, the senator wrote", "On Truth Social, the former president wrote": a
      // platform or place the sentence opens with, not the person described after it
      boolean placed = m.start > 0 && PLATFORM_PREPOSITIONS.has(tok(m.start - 1))
          // "in the East China Sea, Japan's defence minister said": a place's name, no person's
          || (tok(m.end - 1).lexeme.mask & placeHeadBit) != 0
          // "the fall of the city of El Fasher, the court's deputy prosecutor told": a name inside a
          // phrase before a trailing speaker whose cue follows right after, with no closing comma
          || m.start > 0 && (tok(m.start - 1).is("of") || tok(m.start - 1).is("from") || tok(m.start - 1).is("to"))
              && next.end < tokens.size() && tok(next.end).isLowerCase() && tok(next.end).lexeme.cue != null;
      if (next.start != comma + 1) {
        if ((m.type == Ment.Type.CANDIDATE || m.type == Ment.Type.PERSON) && !placed
            && appositiveNoun(comma + 1) != null) {
          classifyByAppositive(m, appositiveNoun(comma + 1), comma + 1);
        }
        continue;
      }
      // but "Speaking to CNN Philippines, the minister said": a medium's or a body's name is no person's;
      // nor is "… was in contact with Kessington, a Boeing spokesman said": a name that ends a clause
      // before a speaker described, who speaks right after
      boolean nameFirst = (m.type == Ment.Type.CANDIDATE && (m.kind == null || m.kind == ActorKind.PERSON)
          || m.type == Ment.Type.PERSON) && !placed && !(m.start > 0 && tok(m.start - 1).isWord()
              && tok(m.start - 1).isLowerCase() && tok(m.start - 1).lexeme.cue == null && cueBeforeComma(comma + 1));
      if (nameFirst && next.type == Ment.Type.DESCRIPTION && next.kind == ActorKind.PERSON) {
        mergeTitle(m, next);
        next.appositive = m;
      } else if (nameFirst && next.type == Ment.Type.DESCRIPTION && next.kind == ActorKind.DOCUMENT) {
        m.type = Ment.Type.CANDIDATE;
        m.kind = ActorKind.DOCUMENT;
        next.appositive = m;
      } else if (nameFirst && next.type == Ment.Type.NAMED && next.entry != null
          && next.entry.kind() == ActorKind.STATE && isPossessiveAt(next.end)) {
        // "Shoichi Nakagawa, Japan's Economy and Trade minister,"
        Ment title = idx + 2 < mentions.size() ? mentions.get(idx + 2) : null;
        m.type = Ment.Type.PERSON;
        m.country = next.country;
        if (title != null && title.start == next.end + 1 && title.title != null) {
          mergeTitle(m, title);
          title.appositive = m;
        } else {
          String noun = appositiveNoun(next.end + 1);
          if (noun != null) {
            m.titleText = noun;
          }
        }
      } else if ((m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON
              // "one resident, Tom Hart,"
              || m.type == Ment.Type.ANONYMOUS && !m.plural && !m.distributive)
          && (next.type == Ment.Type.CANDIDATE || next.type == Ment.Type.PERSON)
          && afterNativeName(next.end) < tokens.size()
          && (tok(afterNativeName(next.end)).isPunct(',') || tok(afterNativeName(next.end)).isPunct('.'))
          && !(tok(afterNativeName(next.end)).isPunct(',') && describedAfter(afterNativeName(next.end) + 1)
              // but after an inverted cue the description is the speaker's: "said the group's head,
              // Yoon Bok-nam, 71, whose father …"
              && !(m.start > 0 && tok(m.start - 1).isLowerCase() && tok(m.start - 1).lexeme.cue != null))) {
        mergeTitle(next, m);
        m.appositive = next;
      } else if (nameFirst && appositiveNoun(comma + 1) != null) {
        classifyByAppositive(m, appositiveNoun(comma + 1), comma + 1);
      }
    }
  }

  /**
   * "Dutch lawmaker Jeroen Aalbers", "American businessman Tom Ricks": a role a state's adjective
   * opens, right before a name, gives the person named that state.
   */
  private void statesOfRolesBeforeNames() {
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment role = mentions.get(idx);
      Ment name = mentions.get(idx + 1);
      if (name.start == role.end && role.isRoleOfState() && !role.distributive && !role.relation
          && tok(role.end - 1).isLowerCase() && name.country == null && name.hasName()
          // but "Russian language teacher Anna Petrova": the adjective names a field
          && !(role.end - role.start >= 3 && FIELDS.has(tok(role.start + 1)))
          && (name.type == Ment.Type.PERSON || name.type == Ment.Type.CANDIDATE
              && (name.kind == null || name.kind == ActorKind.PERSON))) {
        name.country = role.country;
      }
    }
  }

  /**
   * The token after a name's native form in brackets at {@code k} ("Choi Kwang-soo (최광수),"), or
   * {@code k} when none is there.
   */
  private int afterNativeName(int k) {
    return afterNativeName(tokens, k);
  }

  /** The token after a name in native script in brackets at {@code k} ("(王正宇)"), or {@code k} if none. */
  static int afterNativeName(List<Token> tokens, int k) {
    return k + 2 < tokens.size() && tokens.get(k).isPunct('(') && tokens.get(k + 1).kind == Token.Kind.CJK
        && tokens.get(k + 2).isPunct(')') ? k + 3 : k;
  }

  /**
   * Whether the words from {@code k} up to a mention at {@code to} are at most a determiner and
   * capitalised words: "of the Beijing Gender Health Education Institute".
   */
  private boolean affiliationLeadsTo(int k, int to) {
    if (to < k || to > k + 3) {
      return false;
    }
    for (int j = k; j < to; j++) {
      if (!(isDeterminer[j] || tok(j).isCapitalized())) {
        return false;
      }
    }
    return true;
  }

  /** A name of an organisation or body the finders put together from other mentions. */
  private static Ment namedBody(int start, int end, int nameStart, ActorKind kind, CountryCode country) {
    Ment m = new Ment(start, end, Ment.Type.CANDIDATE);
    m.kind = kind;
    m.nameStart = nameStart;
    m.nameEnd = end;
    m.country = country;
    return m;
  }

  /**
   * A place's name before a name no list knows: "the Texas Rangers", "The Baltimore Sun",
   * "Manchester United" are a team, a paper or a company of that place, not the place and a person.
   */
  private void attachPlacesBeforeNames() {
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment place = mentions.get(idx);
      Ment name = mentions.get(idx + 1);
      if (place.type != Ment.Type.NAMED || place.entry == null
          || place.entry.kind() != ActorKind.CITY && place.entry.kind() != ActorKind.STATE
          || name.start != place.end || name.type != Ment.Type.CANDIDATE || !name.hasName()
          || name.nameStart != name.start || name.kind != null && name.kind != ActorKind.ORGANIZATION
          || name.title != null || !tok(place.end - 1).isCapitalized() || !sameSentence(place.start, name.start)
          || gazetteer.givenNames.containsKey(tok(name.start).text) || tok(name.start).isAllCaps()
          // "In Texas Abbott said", "Speaking in Ohio Vance said": where, then who
          || place.start > 0 && tok(place.start - 1).isWord() && tok(place.start - 1).isLowerCase()
              && !tok(place.start - 1).is("the") && !tok(place.start).text.equalsIgnoreCase("the")
          || place.start > 0 && (tok(place.start - 1).is("In") || tok(place.start - 1).is("At")
              || tok(place.start - 1).is("From"))) {
        continue;
      }
      int start = place.start;
      Token last = tok(name.end - 1);
      // "The Baltimore Sun", "the Toronto Star": a paper
      boolean medium = mediaNameHeads.has(last)
          || tok(start).text.equalsIgnoreCase("the") && mediaHeadsAfterThe.has(last);
      Ment body = namedBody(start, name.end, pastArticle(start), medium ? ActorKind.MEDIA : ActorKind.ORGANIZATION,
          place.country);
      mentions.set(idx, body);
      mentions.remove(idx + 1);
    }
  }

  /**
   * Capitalised words no list knows right before a title written in lower case and the name it
   * introduces: "Kidapawan mayor Roberto Sema", "County sheriff Kerry Lee"; the place or body the title
   * belongs to, part of the person's mention and no actor of its own. Only before a public office's
   * title: not a spokesperson, who speaks for the body named ("Acme Corp spokesman Tom Reed"), nor a
   * business's or a party's officer ("Kestrel chief executive Nadia Farouk").
   */
  private void attachModifiersOfTitles() {
    // one pass into a new list: removing from the list in place would make it quadratic
    List<Ment> kept = new ArrayList<>(mentions.size());
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment modifier = mentions.get(idx);
      Ment person = idx + 1 < mentions.size() ? mentions.get(idx + 1) : null;
      if (person == null || modifier.type != Ment.Type.CANDIDATE || modifier.kind != null || !modifier.hasName()
          || modifier.end != person.start || modifier.end - modifier.start > 3 || person.type != Ment.Type.PERSON
          || person.title == null || person.title.isSpokesperson() || "OTHER".equals(person.title.rank())
          || "PARTY".equals(person.title.rank()) || !tok(person.start).isLowerCase()
          || person.nameStart <= person.start
          || !sameSentence(modifier.start, person.start) || gazetteer.givenNames.containsKey(tok(modifier.start).text)
          || modifier.start > 0 && (tok(modifier.start - 1).is("In") || tok(modifier.start - 1).is("At")
              || tok(modifier.start - 1).is("From"))) {
        kept.add(modifier);
        continue;
      }
      person.start = modifier.start;
    }
    mentions.clear();
    mentions.addAll(kept);
  }

  /** {@code k}, or the word after it if it is "the": where a name after its article starts. */
  private int pastArticle(int k) {
    return tok(k).is("the") || tok(k).is("The") ? k + 1 : k;
  }

  /**
   * A state's or place's name that ends another name: "Health Canada", "Police Scotland" and
   * "Athletics Kenya" are a body or a federation of that state, "Imperial College London" a
   * college; none of them is the state.
   */
  private void attachPlacesToNames() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (idx > 0 && m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() == ActorKind.GOVERNMENT_BODY
          && m.end == m.start + 1 && tok(m.start).isCapitalized()
          && mentions.get(idx - 1).end == m.start && mentions.get(idx - 1).type == Ment.Type.CANDIDATE
          && mentions.get(idx - 1).hasName() && mentions.get(idx - 1).nameEnd == m.start
          && m.start - mentions.get(idx - 1).nameStart >= 2 && !participleIn(mentions.get(idx - 1).nameStart, m.start)
          && (mentions.get(idx - 1).kind == null || mentions.get(idx - 1).kind == ActorKind.ORGANIZATION)) {
        // "the African National Congress", "the Trades Union Congress": a party or union whose name
        // ends in a legislature's word, not the legislature
        Ment before = mentions.get(idx - 1);
        mentions.set(idx - 1, namedBody(before.start, m.end, before.nameStart, ActorKind.ORGANIZATION, before.country));
        mentions.remove(idx--);
        continue;
      }
      boolean place = m.type == Ment.Type.NAMED && m.entry != null
          && (m.entry.kind() == ActorKind.STATE || m.entry.kind() == ActorKind.CITY);
      boolean unknownWord = m.type == Ment.Type.CANDIDATE && m.end == m.start + 1 && m.kind == null
          && !organizationHeads2.has(tok(m.start)) && !mediaNameHeads.has(tok(m.start));
      int k = m.start;
      if (!(place || unknownWord) || k == 0 || !sameSentence(k - 1, k) || !tok(k).isCapitalized()
          || m.end < n && sameSentence(k, m.end) && (isNameWord(m.end) || isDeterminer[m.end] && tok(m.end).isCapitalized())
          // "Police Arrest An Armed Man": a headline's capitalised verb is no name
          || unknownWord && !endsSubject(m.end)) {
        continue;
      }
      if (k >= 2 && tok(k - 1).is("for") && tok(k - 2).is("Transport") && sameSentence(k - 2, k)
          && (idx == 0 || mentions.get(idx - 1).end <= k - 1)) {
        // "Transport for London", "Transport for NSW": the place's transport authority
        Ment body = namedBody(k - 2, m.end, k - 2, ActorKind.GOVERNMENT_BODY, place ? m.country : null);
        if (idx > 0 && mentions.get(idx - 1).start == k - 2) {
          mentions.remove(--idx);
        }
        mentions.set(idx, body);
        continue;
      }
      Ment before = idx > 0 && mentions.get(idx - 1).end == k ? mentions.get(idx - 1) : null;
      if (sectorsBeforePlace.has(tok(k - 1)) && !(k >= 2 && sameSentence(k - 2, k) && isNameWord(k - 2))
          && (before == null || before.start == k - 1
              && (before.type == Ment.Type.CANDIDATE || before.type == Ment.Type.ANONYMOUS))) {
        // "Health Canada said", "Officers were called, Police Scotland said"
        Ment body = namedBody(k - 1, m.end, k - 1,
            publicSectorsBeforePlace.has(tok(k - 1)) ? ActorKind.GOVERNMENT_BODY : ActorKind.ORGANIZATION,
            place ? m.country : null);
        if (before != null) {
          mentions.remove(--idx);
        }
        mentions.set(idx, body);
      } else if (place && before != null && institutionHeads.has(tok(k - 1))
          && (before.type == Ment.Type.CANDIDATE && before.kind == ActorKind.ORGANIZATION
              || before.type == Ment.Type.NAMED && before.entry != null
                  && before.entry.kind() == ActorKind.ORGANIZATION)) {
        // "Imperial College London said": the city ends the college's name
        before.end = m.end;
        before.nameEnd = m.end;
        if (before.country == null) {
          before.country = m.country;
        }
        mentions.remove(idx--);
      } else if (place && m.entry.kind() == ActorKind.STATE && before != null && before.type == Ment.Type.NAMED
          && before.entry != null && before.entry.kind() == ActorKind.ORGANIZATION && !before.entry.isGeneric()
          // the name ends there: "Amnesty International Kenya said"; not "NATO Russia talks",
          // "OPEC Saudi Arabia and Russia"
          && endsSubject(m.end)) {
        // "Amnesty International Kenya", "UNICEF Sweden": the organisation's section in that state
        mentions.set(idx - 1,
            namedBody(before.start, m.end, pastArticle(before.start), ActorKind.ORGANIZATION, m.country));
        mentions.remove(idx--);
      }
    }
  }

  /** Whether an anonymous source has a tail: "familiar with", "close to", "briefed on". */
  private boolean hasTail(Ment m) {
    for (int k = m.start + 1; k < m.end; k++) {
      if (tok(k).isLowerCase() && tails.has(tok(k)) && !tok(k).is("with") && !tok(k).is("who")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word in {@code [from, to)} reads as a participle: "Retired", "Proroguing". */
  private boolean participleIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tok(k).text.endsWith("ing") || tok(k).text.endsWith("ed")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code m} is "a spokesperson", "an aide" or the like, before the "for" of whom it speaks for. */
  private boolean spokespersonFor(Ment m) {
    return m.title != null && m.title.isSpokesperson() && (tok(m.start).is("a") || tok(m.start).is("A")
        || tok(m.start).is("an") || tok(m.start).is("An")) && tok(m.end).is("for");
  }

  /** Words that count a crowd before "of": "thousands of protesters", "Dozens of Georgians". */
  private static final WordSet CROWDS = WordSet.of("thousands", "Thousands", "hundreds", "Hundreds", "dozens",
      "Dozens", "millions", "Millions", "scores", "Scores", "tens", "Tens");

  /**
   * "Thousands of Georgians", "hundreds of protesters", "tens of thousands of people": the crowd
   * is one group of people, of the state its demonym names, and not a name "Thousands".
   */
  private void attachCrowds() {
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      boolean people = m.type == Ment.Type.ANONYMOUS && m.plural
          || m.type == Ment.Type.ADJECTIVE && m.end == m.start + 1 && tok(m.start).isCapitalized()
              && tok(m.start).text.endsWith("s") && (m.end >= tokens.size() || !tok(m.end).isWord()
                  || tok(m.end).isLowerCase() && (tok(m.end).lexeme.mask & headBits) == 0);
      if (!people || m.start < 2 || !tok(m.start - 1).is("of") || !CROWDS.has(tok(m.start - 2))
          || !sameSentence(m.start - 2, m.start)) {
        continue;
      }
      int start = m.start - 2;
      if (start >= 2 && tok(start - 1).is("of") && CROWDS.has(tok(start - 2))) {
        // "tens of thousands of people"
        start -= 2;
      }
      Ment crowd = new Ment(start, m.end, Ment.Type.ANONYMOUS);
      crowd.head = m.type == Ment.Type.ANONYMOUS ? m.head : "people";
      crowd.plural = true;
      crowd.country = m.country;
      crowd.insideQuote = m.insideQuote;
      int first = idx;
      while (first > 0 && mentions.get(first - 1).end > start) {
        first--;
      }
      for (int k = idx; k >= first; k--) {
        mentions.remove(k);
      }
      mentions.add(first, crowd);
      idx = first;
    }
  }

  /** Nouns of a group named by its members: "a team of palaeontologists". */
  private static final WordSet TEAMS = WordSet.of("team", "group", "panel", "delegation", "consortium");

  /**
   * "An international team of palaeontologists", "a group of scientists": the group and its
   * members, a plural noun no lexicon may know, make one mention.
   */
  private void attachTeams() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type != Ment.Type.DESCRIPTION || m.head == null || !TEAMS.contains(m.head) || m.end + 1 >= n
          || !tok(m.end).is("of")) {
        continue;
      }
      int k = m.end + 1;
      int last = -1;
      while (k < n && k < m.end + 4 && tok(k).isWord() && tok(k).isLowerCase() && sameSentence(m.start, k)
          && !isDeterminer[k] && tok(k).lexeme.cue == null) {
        if (tok(k).text.endsWith("s") && !tok(k).text.endsWith("ss")) {
          last = k;
        }
        k++;
      }
      if (last > 0 && last + 1 == k && (idx + 1 >= mentions.size() || mentions.get(idx + 1).start > last)) {
        m.end = last + 1;
      }
    }
  }

  /**
   * "A person familiar with the refinery's operations", "sources close to the president's office": an
   * anonymous source's tail goes on past a possessive.
   */
  private void attachTails() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      int k = m.end;
      if (m.type != Ment.Type.ANONYMOUS || k + 2 >= n || !isPossessive(tok(k)) || !hasTail(m)) {
        continue;
      }
      int j = k + 1;
      while (j < n && j < k + 3 && tok(j).isWord() && tok(j).isLowerCase() && tok(j).lexeme.cue == null
          && sameSentence(m.start, j)) {
        j++;
      }
      if (j > k + 1 && (idx + 1 >= mentions.size() || mentions.get(idx + 1).start >= j)) {
        m.end = j;
      }
    }
  }

  /** Capitalised nouns of a body named after its head's title: "the Attorney General's Office". */
  private static final WordSet TITLED_OFFICES = WordSet.of("Office", "Department", "Chambers", "Bureau");

  /**
   * "The Attorney General's Office", "the Federal Prosecutor's Office": a title's possessive
   * before a capitalised office makes one body's name, not a person and an office.
   */
  private void attachTitledOffices() {
    int n = tokens.size();
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = mentions.get(idx + 1);
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && m.possessor == null
          && tok(m.end - 1).isCapitalized() && m.end + 1 < n && isPossessive(tok(m.end))
          && next.start == m.end + 1 && next.end == next.start + 1 && next.type == Ment.Type.CANDIDATE
          && TITLED_OFFICES.has(tok(next.start)) && sameSentence(m.start, next.start)) {
        mentions.set(idx, namedBody(m.start, next.end, pastArticle(m.start), ActorKind.GOVERNMENT_BODY, m.country));
        mentions.remove(idx + 1);
      }
    }
  }

  /** Words that may follow a subject's name: the auxiliaries and adjuncts before its verb. */
  private static final WordSet AFTER_SUBJECT = WordSet.of("has", "have", "had", "is", "are", "was", "were", "will",
      "would", "also", "on", "in", "last", "earlier", "later", "told", "who", "which");

  /** Whether a name ending before {@code k} ends there: punctuation, a possessive, a verb of speech or an auxiliary. */
  private boolean endsSubject(int k) {
    if (k >= tokens.size() || !tok(k).isWord() || isPossessive(tok(k))) {
      return true;
    }
    Token t = tok(k);
    return t.isLowerCase() && (t.lexeme.cue != null || AFTER_SUBJECT.has(t));
  }

  /**
   * Nouns that, after "the", stand for a state: "the country", "the nation"; and, for a state of their kind,
   * "the island" (Taiwan, Cyprus), "the archipelago" and "the kingdom" (Saudi Arabia).
   */
  static final WordSet STATE_NOUNS = WordSet.of("country", "nation", "island", "archipelago", "kingdom");

  /**
   * "the country's foreign ministry", "the nation's military": the state, named earlier, owns
   * the body or person after it; the possessor is kept as a description for the resolver to give
   * the state. And "her spokesperson" speaks for the one "her" stands for.
   */
  private void attachOwners() {
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.PERSON && m.possessor == null && m.title != null
          && m.title.isSpokesperson() && m.end > m.start + 1 && possessiveGender(tok(m.start).text) != null) {
        // "Her spokesperson said", "its spokesman": the one the pronoun stands for is the principal
        m.possessor = possessivePronoun(m.start);
        continue;
      }
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.DOCUMENT && m.possessor == null
          && m.end > m.start + 1 && possessiveGender(tok(m.start).text) != null) {
        // "Its report said", "their letter reads": a document speaks for the one the pronoun stands for
        m.possessor = possessivePronoun(m.start);
        continue;
      }
      if (m.possessor != null || m.country != null || m.type == Ment.Type.PRONOUN || m.type == Ment.Type.ADJECTIVE) {
        continue;
      }
      if (m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.STATE
          && m.start >= 3 && statePossessorAt(m.start - 3) && sameSentence(m.start - 3, m.start)
          && (idx == 0 || mentions.get(idx - 1).end <= m.start - 3)) {
        // "the country's army": the body's name, owned by the state before it
        m.start -= 3;
      }
      ownedByState(m);
    }
  }

  /** Gives {@code m} "the country" or "the nation" it starts with as its possessor. */
  private void ownedByState(Ment m) {
    if (m.end > m.start + 3 && statePossessorAt(m.start) && sameSentence(m.start, m.end - 1)) {
      Ment owner = new Ment(m.start, m.start + 2, Ment.Type.DESCRIPTION);
      owner.head = tok(m.start + 1).text;
      m.possessor = owner;
    }
  }

  /** Whether "the country's", "the nation's" or "the island's" starts at {@code k}. */
  private boolean statePossessorAt(int k) {
    return k + 2 < tokens.size() && (tok(k).is("the") || tok(k).is("The")) && STATE_NOUNS.has(tok(k + 1))
        && isPossessive(tok(k + 2));
  }

  /**
   * "Trump's lawyer", "Day's animal foundation", "Merkel's spokesperson": a name's possessive and
   * a common noun for a person or a body make one description, whose possessor is the name.
   */
  private void attachPossessives() {
    List<Ment> out = new ArrayList<>(mentions.size());
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      // "China's statement said", "Moscow's readout": a state owns its documents only; its bodies and
      // officials are found by the rules of titles and bodies
      boolean stateDocument = m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() == ActorKind.STATE
          && m.end + 2 < n && isPossessive(tok(m.end)) && documentHeads.has(tok(m.end + 1));
      boolean possessorKind = m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE || stateDocument
          || m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.STATE
          // "the government's lawyer", "the ministry's spokesman"
          || (m.type == Ment.Type.DESCRIPTION || m.type == Ment.Type.ANONYMOUS) && m.possessor == null
              && (tok(m.start).is("the") || tok(m.start).is("The"));
      int head = -1;
      ActorKind kind = null;
      TitleEntry title = null;
      if (possessorKind && m.end + 1 < n && isPossessive(tok(m.end)) && sameSentence(m.start, m.end + 1)) {
        for (int k = m.end + 1; k < n && k <= m.end + 3 && tok(k).isWord() && tok(k).isLowerCase(); k++) {
          PhraseTrie.Match<TitleEntry> titled = titleAt(k);
          if ((tok(k).lexeme.mask & (personDescriptionBit | headBits)) != 0 || titled != null) {
            title = titled == null ? null : titled.values().get(0);
            head = titled != null ? titled.end() : k + 1;
            while (head < n && head <= m.end + 4 && tok(head).isLowerCase()
                && (tok(head).lexeme.mask & (personDescriptionBit | headBits)) != 0) {
              // "the firm's chief executive": a compound of person nouns
              head++;
            }
            kind = ActorKind.PERSON;
            break;
          }
          if ((tok(k).lexeme.mask & descriptionHeadBits) != 0) {
            head = k + 1;
            kind = bodyHeads.has(tok(k)) ? ActorKind.GOVERNMENT_BODY
                : documentHeads.has(tok(k)) ? ActorKind.DOCUMENT
                : mediaHeads.has(tok(k)) ? ActorKind.MEDIA : ActorKind.ORGANIZATION;
            break;
          }
        }
      }
      if (m.plural && kind == ActorKind.PERSON && !(m.type == Ment.Type.PERSON || m.type == Ment.Type.CANDIDATE)) {
        // "the workers' union" is theirs, but in "the victims' families" the people speak
        head = -1;
      }
      int after = idx + 1;
      if (head > 0 && after < mentions.size() && mentions.get(after).start < head && mentions.get(after).end == head
          && (mentions.get(after).type == Ment.Type.ANONYMOUS || mentions.get(after).type == Ment.Type.DESCRIPTION)) {
        // "Johnson's critics", "the firm's chief executive": the source noun's own mention gives
        // way to the whole description
        after++;
      }
      int next = after < mentions.size() ? mentions.get(after).start : Integer.MAX_VALUE;
      if (head < 0 || next < head || head < n && tok(head).isWord() && tok(head).isLowerCase()
          && (tok(head).lexeme.mask & (personDescriptionBit | descriptionHeadBits)) != 0) {
        out.add(m);
        continue;
      }
      idx = after - 1;
      Ment d = new Ment(m.start, head, Ment.Type.DESCRIPTION);
      d.kind = kind;
      d.head = tok(head - 1).text.toLowerCase(java.util.Locale.ROOT);
      d.titleText = d.head;
      d.country = m.country;
      d.possessor = m;
      if (kind == ActorKind.PERSON) {
        // "Johnson's critics", "the president's aides": a group of people, or one person
        d.plural = pluralHeads.contains(d.head);
        d.relation = relationNouns.contains(d.head);
        d.gender = femaleNouns.contains(d.head) ? Ment.Gender.FEMALE
            : maleNouns.contains(d.head) ? Ment.Gender.MALE : Ment.Gender.UNKNOWN;
        d.title = title;
      }
      out.add(d);
    }
    mentions.clear();
    mentions.addAll(out);
  }

  /**
   * "A White House statement", "the Mexican government report", "a federal court decision", "a family
   * statement": a
   * body's name or description before a document's noun makes one description of the document,
   * which speaks for that body.
   */
  private void attachIssuers() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      boolean issuer = m.type == Ment.Type.NAMED && m.entry != null && m.entry.kind() != ActorKind.PERSON
          || m.type == Ment.Type.DESCRIPTION && m.possessor == null && !m.plural
              && (m.kind == ActorKind.GOVERNMENT_BODY || m.kind == ActorKind.ORGANIZATION)
          || m.type == Ment.Type.ANONYMOUS && ("police".equals(m.head) || "military".equals(m.head)
              || "family".equals(m.head));
      if (!issuer || m.end >= n) {
        continue;
      }
      int k = m.end;
      if (k + 1 < n && DOCUMENT_MODIFIERS.has(tok(k))) {
        k++;
      }
      Token head = tok(k);
      boolean release = head.is("release") && k > m.end && (tok(k - 1).is("press") || tok(k - 1).is("news"));
      // "a federal court decision": a decision is a document only after its issuer
      boolean decision = head.is("decision");
      if (!head.isWord() || !head.isLowerCase() || !(documentHeads.has(head) || release || decision)
          || !sameSentence(m.start, k)
          || idx + 1 < mentions.size() && mentions.get(idx + 1).start <= k) {
        continue;
      }
      boolean determined = isDeterminer[m.start] || m.start > 0 && isDeterminer[m.start - 1];
      if (!determined && k == m.end && !UNAMBIGUOUS_DOCUMENTS.has(head)) {
        // "Police report that …": a verb, not a document
        continue;
      }
      // but "a Control Yuan report that had warned": a verb right after "that" opens a relative clause
      boolean relative = k + 2 < n && tok(k + 1).is("that") && tok(k + 2).isLowerCase()
          && (FINITE_AFTER_WHO.has(tok(k + 2)) || RELATIVE_VERBS.has(tok(k + 2)) || tok(k + 2).text.endsWith("ed"));
      if (!UNAMBIGUOUS_DOCUMENTS.has(head) && k + 1 < n && (tok(k + 1).is("that") && !relative
          || tok(k + 1).kind == Token.Kind.NUMBER || isDeterminer[k + 1]
          || tok(k + 1).isWord() && SUBJECT_PRONOUNS.has(tok(k + 1)))) {
        // "The police report that two men were arrested": a verb with its clause
        continue;
      }
      if (k + 1 < n && tok(k + 1).isWord() && tok(k + 1).isLowerCase()
          && (tok(k + 1).lexeme.mask & descriptionHeadBits) != 0) {
        // "the government report card": the compound goes on
        continue;
      }
      int start = m.start > 0 && isDeterminer[m.start - 1] && !isDeterminer[m.start] ? m.start - 1 : m.start;
      if (m.type == Ment.Type.ANONYMOUS && m.end - m.start == 2 && (tok(m.start).is("a") || tok(m.start).is("A"))) {
        // "A family statement": one statement of the family, not a statement of one family
        m.start++;
        m.issuerOfDocument = true;
      } else if (m.type == Ment.Type.DESCRIPTION && m.end - m.start == 2
          && (tok(m.start).is("a") || tok(m.start).is("A"))) {
        // "According to a club statement", "A company statement said": the club or company named before
        m.issuerOfDocument = true;
      }
      Ment d = new Ment(start, k + 1, Ment.Type.DESCRIPTION);
      d.kind = ActorKind.DOCUMENT;
      d.head = head.text;
      d.titleText = d.head;
      d.country = m.country;
      d.possessor = m;
      mentions.set(idx, d);
    }
  }

  /**
   * "CNN Philippines", "BBC Persian": a news medium's name and a country's make the medium's
   * edition for that country, a medium of its own.
   */
  private void attachEditions() {
    int n = tokens.size();
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      Ment next = mentions.get(idx + 1);
      if (m.type != Ment.Type.NAMED || m.entry == null || m.entry.kind() != ActorKind.MEDIA
          || next.start != m.end || next.type != Ment.Type.NAMED && next.type != Ment.Type.ADJECTIVE
          || next.entry == null || next.entry.kind() != ActorKind.STATE || !tok(next.start).isCapitalized()
          || !sameSentence(m.start, next.start)) {
        continue;
      }
      if (next.end < n && (isPossessive(tok(next.end)) || tok(next.end).isWord() && tok(next.end).isLowerCase()
          && (tok(next.end).lexeme.mask & (personDescriptionBit | headBits | descriptionHeadBits)) != 0)) {
        // "the BBC China correspondent", "CNN Philippines' report"
        continue;
      }
      int before = m.start - 1;
      if (before > 0 && isDeterminer[before]) {
        before--;
      }
      if (before >= 0 && EDITION_BREAKERS.has(tok(before))
          || next.end < n && EDITION_BREAKERS.has(tok(next.end))) {
        // "told Reuters China was ready", "CNN Iran had agreed": the state begins what was said
        continue;
      }
      Ment edition = new Ment(m.start, next.end, Ment.Type.CANDIDATE);
      edition.kind = ActorKind.MEDIA;
      edition.nameStart = isDeterminer[m.start] ? m.start + 1 : m.start;
      edition.nameEnd = next.end;
      edition.country = next.entry.country().orElse(null);
      mentions.set(idx, edition);
      mentions.remove(idx + 1);
    }
  }

  /**
   * "BBC Arabic", "Sky News Arabia", "Al Jazeera English": an edition of a medium in a language or
   * for a region, no one of its own; before the names' kinds are read, so that "Sky News Arabia
   * producer Jamal al-Harbi" is a person at a medium.
   */
  private void attachEditionWords() {
    int n = tokens.size();
    for (int idx = 0; idx < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type != Ment.Type.NAMED || m.entry == null || m.entry.kind() != ActorKind.MEDIA || m.end >= n
          || !EDITIONS.has(tok(m.end)) || !sameSentence(m.start, m.end)) {
        continue;
      }
      int before = m.start - 1;
      if (before > 0 && isDeterminer[before]) {
        before--;
      }
      if (before >= 0 && EDITION_BREAKERS.has(tok(before))
          || m.end + 1 < n && EDITION_BREAKERS.has(tok(m.end + 1))) {
        // "told the BBC English was hard": the word begins what was said
        continue;
      }
      Ment edition = new Ment(m.start, m.end + 1, Ment.Type.CANDIDATE);
      edition.kind = ActorKind.MEDIA;
      edition.nameStart = isDeterminer[m.start] ? m.start + 1 : m.start;
      edition.nameEnd = m.end + 1;
      mentions.set(idx, edition);
      if (idx + 1 < mentions.size() && mentions.get(idx + 1).start == m.end && mentions.get(idx + 1).end == m.end + 1) {
        mentions.remove(idx + 1);
      }
    }
  }

  /** Words that name a medium's edition after its name: "BBC Arabic", "Sky News Arabia", "CNN International". */
  private static final WordSet EDITIONS = WordSet.of("Arabic", "Arabia", "English", "International", "Asia", "Africa",
      "America", "Americas", "Europe", "World", "Persian", "Turkish", "Urdu", "Hindi", "Mundo", "Brasil", "Online",
      "Español", "Chinese", "Russian", "French", "Ukrainian", "Afrique");

  /** Words around a medium and a state's name that make them two: "told Reuters China was …". */
  private static final WordSet EDITION_BREAKERS = WordSet.of("told", "tell", "tells", "telling", "informed",
      "was", "is", "had", "has", "have", "would", "will", "could", "did", "were", "are", "should", "may", "might");

  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "it", "they", "we", "I");
  /** Nouns after which "ruling" is an adjective: "the ruling party". */
  private static final WordSet RULING_NOUNS = WordSet.of("party", "parties", "coalition", "class", "elite",
      "family", "junta", "council", "bloc", "camp", "government", "alliance", "majority");
  /**
   * Words after which a quantifier may stand for people: "and others fled", "but many stayed"; not
   * "made many albums".
   */
  private static final WordSet QUANTIFIER_OPENERS = WordSet.of("and", "but", "or", "while", "as", "though",
      "although", "yet", "whereas", "since", "because", "when", "where", "if");

  /** Words that may stand between an issuer and its document: "a White House press statement". */
  private static final WordSet DOCUMENT_MODIFIERS =
      WordSet.of("press", "news", "joint", "official", "written", "draft", "final", "preliminary", "new", "latest", "formal",
          "initial", "separate", "brief", "annual", "internal", "court");

  /** Document nouns that are never a verb after a name: "Police report that …" is speech, not a report. */
  private static final WordSet UNAMBIGUOUS_DOCUMENTS =
      WordSet.of("statement", "communique", "communiqué", "declaration", "ruling", "decision", "memo", "memorandum",
          "letter", "indictment", "editorial", "verdict", "judgment", "decree", "directive", "resolution", "lawsuit", "notice");

  /**
   * Verbs right after "that" that make it a relative pronoun, besides the auxiliaries of {@link
   * #FINITE_AFTER_WHO}: "a report that said", "an audit that warned".
   */
  private static final WordSet RELATIVE_VERBS = WordSet.of("said", "says", "found", "finds", "showed", "shows",
      "warned", "warns", "called", "calls", "accused");

  /** A person's name, with or without a title: "Doug Collins", "Senator Ted Cruz". */
  private static boolean isNamedPerson(Ment m) {
    return m.hasName() && (m.type == Ment.Type.PERSON
        || m.type == Ment.Type.CANDIDATE && m.kind == null && m.nameEnd - m.nameStart >= 2);
  }

  /**
   * "The task force released a statement", "they issued a joint statement": the author of a
   * document is the subject of the verb that issued it.
   */
  private void attachAuthors() {
    Ment previous = null;
    for (Ment m : mentions) {
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.DOCUMENT && previous != null
          && m.start >= 2 && ISSUED.has(tok(m.start - 1))) {
        int k = m.start - 2;
        while (k > previous.start && k >= m.start - 4 && ADVERBS_BEFORE_ISSUED.has(tok(k))) {
          k--;
        }
        if (previous.end == k + 1 && sameSentence(previous.start, m.start) && previous.canSpeak()) {
          m.author = previous;
        }
      }
      if (m.type == Ment.Type.DESCRIPTION && m.kind == ActorKind.DOCUMENT && previous != null && m.start >= 3
          && m.author == null && m.possessor == null && tok(m.start - 1).is("in")
          && tok(m.start - 2).lexeme.cue != null && tok(m.start - 2).isLowerCase()
          && previous.end == m.start - 2 && sameSentence(previous.start, m.start) && previous.canSpeak()
          && previous.kind != ActorKind.DOCUMENT && previous.type != Ment.Type.PRONOUN
          // a name no list knows yet is resolved in its place, not before
          && previous.type != Ment.Type.CANDIDATE) {
        // "the U.N. nuclear watchdog said in a confidential report": the one who said it wrote it
        m.author = previous;
      }
      previous = m;
    }
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      int k = m.end;
      if (k + 2 < tokens.size() && AUTHORING.has(tok(k)) && tok(k + 1).is("by")) {
        // "the decree signed by the Pope", "a study published by the university": past the participle
        k++;
      }
      if (m.type != Ment.Type.DESCRIPTION || m.kind != ActorKind.DOCUMENT || m.author != null
          || k + 1 >= tokens.size() || !(tok(k).is("from") || tok(k).is("by"))) {
        continue;
      }
      // "a 1989 report from the National Transportation Safety Board": its author
      Ment next = mentions.get(idx + 1);
      boolean adjacent = next.start == k + 1 || next.start == k + 2 && isDeterminer[k + 1];
      if (adjacent && next.canSpeak() && next.kind != ActorKind.DOCUMENT && sameSentence(m.start, next.start)) {
        m.author = next;
      }
    }
    for (int idx = 0; idx + 1 < mentions.size(); idx++) {
      Ment m = mentions.get(idx);
      if (m.type != Ment.Type.DESCRIPTION || m.kind != ActorKind.DOCUMENT || m.author != null || m.possessor != null
          || m.start < 1 || !tok(m.start - 1).is("In") || m.start >= 2 && sameSentence(m.start - 2, m.start)) {
        continue;
      }
      // "In an advisory issued yesterday evening, the National Hurricane Center confirmed …": the
      // subject after the opening phrase wrote the document
      int comma = -1;
      for (int k = m.end; k < tokens.size() && k < m.end + 15 && sameSentence(m.start, k); k++) {
        if (tok(k).isPunct(',')) {
          comma = k;
          break;
        }
        if (tok(k).kind == Token.Kind.QUOTE) {
          break;
        }
      }
      if (comma < 0) {
        continue;
      }
      for (int j = idx + 1; j < mentions.size() && mentions.get(j).start <= comma + 1; j++) {
        Ment next = mentions.get(j);
        if (next.start == comma + 1 && next.canSpeak() && next.kind != ActorKind.DOCUMENT
            && next.type != Ment.Type.PRONOUN && sameSentence(m.start, next.start)) {
          m.author = next;
        }
      }
    }
  }

  private static final WordSet ISSUED =
      WordSet.of("issued", "released", "published", "posted", "sent", "issues", "releases", "publishes", "issue", "release",
          "filed", "files", "file", "brought", "lodged", "submitted", "wrote", "authored", "made", "makes",
          // "The General Assembly adopted a resolution demanding …": a body's own text
          "adopted", "adopts", "passed", "passes", "approved", "approves", "unveiled", "presented", "endorsed");
  /** Participles that give a document's author after "by": "the decree signed by the Pope". */
  static final WordSet AUTHORING = WordSet.of("signed", "issued", "released", "published", "written",
      "authored", "co-authored", "drafted", "prepared", "compiled", "conducted", "led", "commissioned", "sent",
      "posted", "filed", "submitted", "produced");
  private static final WordSet ADVERBS_BEFORE_ISSUED =
      WordSet.of("also", "has", "had", "have", "later", "jointly", "then", "quickly", "separately", "on",
          "unanimously", "overwhelmingly", "narrowly", "formally", "Monday", "Tuesday", "Wednesday", "Thursday",
          "Friday", "Saturday", "Sunday");

  private boolean isPossessiveAt(int k) {
    return k < tokens.size() && isPossessive(tok(k));
  }

  private void mergeTitle(Ment person, Ment description) {
    person.type = Ment.Type.PERSON;
    if (person.gender == Ment.Gender.UNKNOWN) {
      person.gender = description.gender;
    }
    if (description.relation) {
      // "his father, Abdullah Kurdi": a family tie or friendship is no role, but names the person
      // "his father" stands for later; "the victim's daughter, Ana Ruiz" is someone else's
      if (description.possessor == null) {
        person.tie = description.head;
      }
      return;
    }
    person.title = description.title;
    person.titleText = description.titleText;
    if (description.end - description.start > 2 && !isDeterminer[description.start]
        && tok(description.start).isLowerCase()
        && (tok(description.start + 1).is("of") || tok(description.start + 1).is("for"))
        // but not one cut before a name: "spokesman for the ruling | National Council for Salvation"
        && !(description.end < tokens.size() && tok(description.end).isCapitalized())) {
      // "Kevin Theriault, chief of the fire department": the whole title, which "the fire chief" matches and
      // "the police chief" does not
      person.titleText = text(description.start, description.end);
    }
    if (description.titleOrg != null) {
      person.titleOrg = description.titleOrg;
    }
    if (description.country != null) {
      person.country = description.country;
    }
  }

  /**
   * The head noun of an appositive such as "a Free Democratic Party member of ..." or "a policy
   * document adopted by ...", if one stands within a few words before the next comma.
   */
  private String appositiveNoun(int k) {
    if (k >= tokens.size() || !isDeterminer[k]) {
      return null;
    }
    for (int j = k + 1; j < tokens.size() && j < k + 8 && !tok(j).isPunct(',') && sameSentence(k, j); j++) {
      String w = tok(j).text;
      if (personNouns.contains(w) || documentHeads.contains(w)) {
        return w;
      }
    }
    return null;
  }

  private void classifyByAppositive(Ment m, String noun, int at) {
    if (documentHeads.contains(noun)) {
      m.type = Ment.Type.CANDIDATE;
      m.kind = ActorKind.DOCUMENT;
    } else {
      m.type = Ment.Type.PERSON;
      if (m.titleText == null) {
        m.titleText = noun;
      }
      // an organisation named in the appositive gives the person's country; not one named after
      // it ("Tomasz Kubiak, a fire service spokesman, told Reuters")
      int close = at;
      while (close < tokens.size() && close < at + 12 && !tok(close).isPunct(',') && sameSentence(at, close)) {
        close++;
      }
      for (int idx = firstMentionFrom(at); idx < mentions.size() && mentions.get(idx).start < close; idx++) {
        Ment o = mentions.get(idx);
        if (sameSentence(at, o.start)
            && (o.type == Ment.Type.NAMED || o.type == Ment.Type.ADJECTIVE) && o.country != null) {
          if (m.country == null) {
            m.country = o.country;
          }
          break;
        }
      }
    }
  }

  /** The index of the first mention starting at or after token {@code at}. */
  private int firstMentionFrom(int at) {
    return Sorted.firstAtLeast(mentions, m -> m.start, at);
  }


}
