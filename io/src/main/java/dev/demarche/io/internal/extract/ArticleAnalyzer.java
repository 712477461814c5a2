package dev.demarche.io.internal.extract;

import dev.demarche.io.internal.text.Backticks;
import dev.demarche.io.internal.text.Quote;
import dev.demarche.io.internal.text.QuoteProblem;
import dev.demarche.io.internal.text.QuoteScan;
import dev.demarche.io.internal.text.QuoteScanner;
import dev.demarche.io.internal.text.Segmentation;
import dev.demarche.io.internal.text.Segmenter;
import dev.demarche.io.internal.text.TextRange;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Article;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.DiagnosticKind;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Severity;
import dev.demarche.model.StatementMode;
import dev.demarche.model.Span;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Extracts the statements, speakers and actors of one article: segmentation, quotations, tokens,
 * mentions, cues, attribution, resolution, then the immutable {@link Extraction}. Holds only
 * immutable configuration, so one instance serves every thread; the work of each call stays on
 * its own stack.
 */
public final class ArticleAnalyzer {
  private final LexiconData gazetteer;
  private final LexiconData cues;
  private final WordClasses words = WordClasses.bundled();
  private final Segmenter segmenter = Segmenter.standard();
  private final int maxArticleLength;

  /**
   * Creates an analyzer.
   *
   * @param gazetteer actors and titles
   * @param cues reporting cues and act nouns
   * @param maxArticleLength the longest text analysed, in characters; the rest gets a diagnostic
   */
  public ArticleAnalyzer(LexiconData gazetteer, LexiconData cues, int maxArticleLength) {
    this.gazetteer = gazetteer;
    this.cues = cues;
    this.maxArticleLength = maxArticleLength;
    java.util.Set<String> keys = new java.util.HashSet<>();
    // every word of every phrase: a phrase then ends at the first token the table does not know
    keys.addAll(gazetteer.names.words());
    keys.addAll(gazetteer.titles.words());
    keys.addAll(cues.cues.words());
    keys.addAll(words.words());
    keys.addAll(cues.actNouns.keySet());
    List<WordSet> sets = WordSet.all();
    for (WordSet set : sets) {
      for (String word : set) {
        keys.add(word);
      }
    }
    java.util.HashMap<String, Lexeme> lexemes = new java.util.HashMap<>(keys.size() * 2);
    for (String key : keys) {
      lexemes.put(
          key,
          new Lexeme(
              words.mask(key),
              gazetteer.names.firstWord(key),
              gazetteer.titles.firstWord(key),
              cues.cues.firstWord(key),
              cues.actNouns.get(key),
              WordSet.bitsOf(key, sets)));
    }
    this.lexemes = new LexemeTable(lexemes);
  }

  /**
   * Makes a word of each apostrophe of a plural possessive that no quotation uses as its mark:
   * "the Philippines' foreign minister", "Fields’ lawyers". The tokenizer cannot tell them from
   * closing single quotation marks; the quotation scanner can.
   */
  private static void pluralPossessives(List<Token> tokens, List<Quote> quotes) {
    java.util.BitSet marks = null;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind != Token.Kind.QUOTE || !(t.is("'") || t.is("’"))) {
        continue;
      }
      Token before = tokens.get(i - 1);
      Token after = tokens.get(i + 1);
      if (!before.isWord() || before.end != t.begin || !(before.text.endsWith("s") || before.text.endsWith("S"))
          || !after.isWord() || after.begin == t.end) {
        continue;
      }
      if (marks == null) {
        marks = new java.util.BitSet();
        for (Quote q : quotes) {
          marks.set(q.outer().begin());
          if (q.closed()) {
            marks.set(q.outer().end() - 1);
          }
        }
      }
      if (!marks.get(t.begin)) {
        Token word = new Token(t.begin, t.end, t.text, t.hash, t.text.charAt(0), Token.Kind.WORD, i);
        word.lexeme = t.lexeme;
        tokens.set(i, word);
      }
    }
  }

  /**
   * Writes in title case the first word of a paragraph that a newspaper's style sets in capitals ("THE Federal
   * Government has warned …", "MINISTER of Foreign Affairs Kamina Johnson Smith said …"), when no list knows
   * the word in capitals but knows it in title case, and the word after it is not in capitals too (not a
   * dateline's "ISLAMABAD:", a headline, "NATO said", "BNR said", an interviewer's "MS"). The token keeps its place
   * in the text.
   */
  private void leadCapitals(List<Token> tokens, List<TextRange> paragraphs) {
    int t = 0;
    for (TextRange paragraph : paragraphs) {
      while (t < tokens.size() && tokens.get(t).begin < paragraph.begin()) {
        t++;
      }
      if (t + 1 >= tokens.size() || tokens.get(t).begin != paragraph.begin()) {
        continue;
      }
      Token first = tokens.get(t);
      Token next = tokens.get(t + 1);
      if (!first.isWord() || first.text.length() < 3 || !first.isAllCaps() || first.lexeme != Lexeme.NONE
          || !next.isWord() || next.isAllCaps() || next.begin == first.end) {
        continue;
      }
      String title = first.text.charAt(0) + first.text.substring(1).toLowerCase(java.util.Locale.ROOT);
      char[] cs = title.toCharArray();
      int hash = LexemeTable.hash(cs, 0, cs.length);
      int entry = lexemes.find(cs, 0, cs.length, hash);
      if (entry < 0) {
        // "AT&T said", "BNR said": a word no list knows in title case is an abbreviation
        continue;
      }
      Token word = new Token(first.begin, first.end, lexemes.key(entry), hash, cs[0], Token.Kind.WORD, t);
      word.lexeme = lexemes.value(entry);
      tokens.set(t, word);
    }
  }

  private static final char[] GOVERNMENT = "government".toCharArray();
  /** The word classes of persons' nouns, after which "Government" is part of a title. */
  private final long personNounBits = words.bit("anonymous-head") | words.bit("person-description-head")
      | words.bit("person-noun");
  /**
   * Words before "Government" that make it part of a name: "Local Government" (a portfolio), "Student Union
   * Government", "Her Majesty's Government".
   */
  private static final WordSet OWN_GOVERNMENTS = WordSet.of("Local", "Union", "Student", "Self");

  /**
   * Makes the common noun of each "Government" written with a capital that starts no longer name:
   * "The Government of Kenya", "the Kenyan Government", "the Federal Government of Somalia" are the
   * government of a state, as their lower-case spelling is. "Government House", "the Government
   * Accountability Office", a title ("the Hungarian Government commissioner"), the portfolio "Local
   * Government", names ("Student Union Government", "HM Government") and a sentence's first word before
   * "and" keep their capital. The token keeps its place in the text.
   */
  private void commonGovernments(List<Token> tokens) {
    int hash = LexemeTable.hash(GOVERNMENT, 0, GOVERNMENT.length);
    int entry = lexemes.find(GOVERNMENT, 0, GOVERNMENT.length, hash);
    if (entry < 0) {
      return;
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isCapitalized() || !t.text.equals("Government")
          || i + 1 < tokens.size()
              && (tokens.get(i + 1).isCapitalized() || (tokens.get(i + 1).lexeme.mask & personNounBits) != 0
                  // "Government and opposition leaders": the capital of a sentence's first word
                  || tokens.get(i + 1).is("and") || tokens.get(i + 1).is("or")
                  // "The Government of Jubaland": of a place no list knows, which the name keeps
                  || tokens.get(i + 1).is("of") && i + 2 < tokens.size() && tokens.get(i + 2).isCapitalized()
                      && tokens.get(i + 2).lexeme == Lexeme.NONE)
          || i > 0 && (OWN_GOVERNMENTS.has(tokens.get(i - 1)) || tokens.get(i - 1).isAllCaps()
              || i > 1 && MentionFinder.isPossessive(tokens.get(i - 1)) && tokens.get(i - 2).is("Majesty"))) {
        continue;
      }
      Token word = new Token(t.begin, t.end, lexemes.key(entry), hash, 'g', Token.Kind.WORD, i);
      word.lexeme = lexemes.value(entry);
      tokens.set(i, word);
    }
  }

  /** Every word the lexicons know, each with all they know of it; read-only after construction. */
  private final LexemeTable lexemes;

  /**
   * The speakers that stand inside what another speaker of their sentence said. One sweep over the
   * drafts by position: the contents open at a speaker are kept by where they end, so the work is the
   * drafts times the contents that overlap there, which the cap on a content's length bounds.
   */
  private static Set<Ment> reportedSpeakers(List<Draft> drafts, List<Token> tokens) {
    List<Draft> spoken = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.speaker != null) {
        spoken.add(d);
      }
    }
    List<Draft> byBegin = new ArrayList<>(spoken);
    byBegin.sort(Comparator.comparingInt(d -> d.contentBegin));
    spoken.sort(Comparator.comparingInt(d -> tokens.get(d.speaker.start).begin));
    PriorityQueue<Draft> open = new PriorityQueue<>(Comparator.comparingInt(d -> d.contentEnd));
    Set<Ment> reported = new HashSet<>();
    int next = 0;
    for (Draft d : spoken) {
      int at = tokens.get(d.speaker.start).begin;
      while (next < byBegin.size() && byBegin.get(next).contentBegin <= at) {
        open.add(byBegin.get(next++));
      }
      while (!open.isEmpty() && open.peek().contentEnd <= at) {
        open.poll();
      }
      for (Draft outer : open) {
        if (outer != d && outer.speaker != d.speaker && outer.sentence == d.sentence) {
          reported.add(d.speaker);
          break;
        }
      }
    }
    return reported;
  }

  /** Extracts everything from {@code article}. */
  public Extraction analyze(Article article) {
    String full = article.text();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String text = full;
    if (full.length() > maxArticleLength) {
      text = full.substring(0, maxArticleLength);
      diagnostics.add(
          Diagnostic.of(
              DiagnosticKind.INPUT_LIMIT,
              Severity.WARNING,
              Span.of(maxArticleLength, full.length()),
              "text past " + maxArticleLength + " characters was not analysed"));
    }
    // ``…'' read as quotation marks, at the same offsets; the statements' words are taken from the text as written
    String written = text;
    text = Backticks.normalize(text);
    Segmentation segmentation = segmenter.segment(text);
    for (int cut : segmentation.forcedBreaks()) {
      diagnostics.add(
          Diagnostic.of(
              DiagnosticKind.INPUT_LIMIT,
              Severity.WARNING,
              Span.of(cut, cut),
              "no sentence end within " + Segmenter.MAX_SENTENCE_LENGTH
                  + " characters: the sentence was cut here and its two parts analysed apart"));
    }
    QuoteScan scan = QuoteScanner.scan(text);
    List<Quote> quotes = new ArrayList<>();
    List<Quote> nested = new ArrayList<>();
    for (Quote q : scan.quotes()) {
      (q.depth() == 0 ? quotes : nested).add(q);
    }
    List<Token> tokens = Tokenizer.tokenize(text, lexemes);
    pluralPossessives(tokens, scan.quotes());
    leadCapitals(tokens, segmentation.paragraphs());
    commonGovernments(tokens);
    int n = tokens.size();
    List<TextRange> sentences = segmentation.sentences();
    int[] sentenceOf = new int[n];
    int[] sentenceStart = new int[Math.max(1, sentences.size())];
    int[] sentenceEnd = new int[Math.max(1, sentences.size())];
    int s = 0;
    for (int i = 0; i < n; i++) {
      while (s + 1 < sentences.size() && tokens.get(i).begin >= sentences.get(s + 1).begin()) {
        s++;
      }
      sentenceOf[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      sentenceStart[sentenceOf[i]] = i;
    }
    for (int i = 0; i < n; i++) {
      sentenceEnd[sentenceOf[i]] = i + 1;
    }
    int[] paragraphOf = new int[Math.max(1, sentences.size())];
    List<TextRange> paragraphs = segmentation.paragraphs();
    int para = 0;
    for (int k = 0; k < sentences.size(); k++) {
      while (para + 1 < paragraphs.size() && sentences.get(k).begin() >= paragraphs.get(para + 1).begin()) {
        para++;
      }
      paragraphOf[k] = para;
    }
    boolean[] inQuote = new boolean[n];
    int q = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      while (q < quotes.size() && quotes.get(q).outer().end() <= t.begin) {
        q++;
      }
      inQuote[i] = q < quotes.size() && quotes.get(q).inner().begin() <= t.begin
          && t.end <= quotes.get(q).inner().end();
    }

    markBareDateline(text, tokens);
    MentionFinder finder = new MentionFinder(tokens, gazetteer, words, sentenceOf, inQuote);
    List<Ment> mentions = finder.find();
    List<Cue> found = new CueFinder(tokens, cues, words, inQuote).find();
    finder.subjectsOf(found);
    List<Draft> drafts =
        new Attributor(
                text, tokens, sentenceOf, sentenceStart, sentenceEnd, paragraphOf, mentions, quotes, nested, words)
            .attribute(found);
    Set<Ment> speakers = new HashSet<>();
    for (Draft d : drafts) {
      if (d.speaker != null) {
        speakers.add(d.speaker);
        if (d.speaker.appositive != null && d.speaker.appositive.start > d.speaker.end) {
          // "one man, who gave his name only as Steven, said": the name given after the description speaks
          speakers.add(d.speaker.appositive);
        }
      }
    }
    // speakers named inside what another said ("Lin said the consul had been responding to …"): not
    // the speaker that a pronoun after them stands for
    Set<Ment> reported = reportedSpeakers(drafts, tokens);
    Resolver resolver = new Resolver(tokens, gazetteer, homeCountry(article), datelineCountry(text, tokens),
        words.bit("anonymous-head"),
        words.bit("organization-name-head") | words.bit("place-head"), words.bit("proper-modifier"),
        words.bit("male-noun"), words.bit("female-noun"));
    // what a pronoun said before it speaks ("Valdivia had lost six ministers, he noted"): no one named
    // there is the pronoun
    Map<Ment, int[]> saidBefore = new HashMap<>();
    for (Draft d : drafts) {
      if (d.speaker != null && d.speaker.type == Ment.Type.PRONOUN && d.contentEnd <= tokens.get(d.speaker.start).begin) {
        saidBefore.put(d.speaker, new int[] {tokenAt(tokens, d.contentBegin), tokenAt(tokens, d.contentEnd)});
      }
    }
    resolver.resolve(mentions, speakers, reported, saidBefore);

    Set<String> keep = new LinkedHashSet<>(resolver.namedKeys());
    List<Statement> statements = new ArrayList<>();
    for (Draft d : drafts) {
      // "both countries said": one statement for each of them
      List<String> each = d.speaker != null && d.speaker.distributed != null
          ? d.speaker.distributed : java.util.Collections.singletonList(null);
      String own = d.speaker != null ? d.speaker.actorKey : null;
      for (String key : each) {
        if (key != null) {
          d.speaker.actorKey = key;
        }
        Statement statement =
            statement(article, written, text, tokens, sentenceOf, sentenceStart, sentenceEnd, d, statements.size() + 1,
                resolver, diagnostics);
        statements.add(statement);
        statement.speaker().ifPresent(a -> keep.add(a.value()));
        statement.principal().ifPresent(a -> keep.add(a.value()));
        keep.addAll(statement.addressees().stream().map(ActorId::value).toList());
      }
      if (d.speaker != null) {
        // the mention itself stays the source it was resolved to
        d.speaker.actorKey = own;
      }
    }
    for (QuoteProblem problem : scan.problems()) {
      int at = Math.min(problem.offset(), text.length() - 1);
      diagnostics.add(
          Diagnostic.of(
              DiagnosticKind.UNBALANCED_QUOTE, Severity.WARNING, Span.of(at, at + 1), problem.message()));
    }
    truncation(text, sentences).ifPresent(diagnostics::add);
    diagnostics = new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics));
    diagnostics.sort((a, b) -> a.span().compareTo(b.span()));
    return Extraction.builder()
        .article(article)
        .actors(resolver.actors(keep))
        .statements(statements)
        .diagnostics(diagnostics)
        .build();
  }

  /**
   * Marks a dateline that lost its dash on the first token: up to three words in capitals that open the text and
   * name a place or state of the gazetteer, then a word in title case ("BERLIN France's foreign minister …",
   * "NEW YORK The United Nations …"; not "NATO Secretary-General …").
   */
  private void markBareDateline(String text, List<Token> tokens) {
    int k = 0;
    while (k < tokens.size() && k < 3 && tokens.get(k).isWord() && tokens.get(k).end - tokens.get(k).begin > 1
        && allCaps(text, tokens.get(k))) {
      k++;
    }
    if (k == 0 || k + 1 >= tokens.size() || !tokens.get(k).isCapitalized() || allCaps(text, tokens.get(k))) {
      return;
    }
    ActorEntry entry = gazetteer.entryNamed(titleCase(tokens, k));
    if (entry == null || entry.kind() != ActorKind.STATE && entry.kind() != ActorKind.CITY) {
      return;
    }
    Token next = tokens.get(k);
    Token after = tokens.get(k + 1);
    // but "SINGAPORE Airlines said", "CHINA Daily reported", "ISRAEL Defense Forces said", "DUBAI Ports World
    // said": the place begins a name, which the gazetteer knows, whose word ends a body's or medium's name, or
    // which goes on in capitals
    boolean opens = next.text.equals("The") || next.text.equals("A") || next.text.equals("An")
        || after.text.equals("'s") || after.text.equals("’s") || (next.lexeme.mask & words.bit("determiner")) != 0;
    boolean names = gazetteer.entryNamed(titleCase(tokens, k + 1)) != null
        || k + 2 < tokens.size() && gazetteer.entryNamed(titleCase(tokens, k + 2)) != null
        || (next.lexeme.mask & (words.bit("organization-name-head") | words.bit("media-name-head")
            | words.bit("media-name-head-after-the") | words.bit("institution-name-head"))) != 0
        || after.isCapitalized() && after.isWord();
    if (opens || !names) {
      tokens.get(0).bareDateline = k;
    }
  }

  /** Whether the token is written in capitals in the text (its own text may be the lexicon's casing). */
  private static boolean allCaps(String text, Token t) {
    for (int i = t.begin; i < t.end; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The first {@code k} tokens in title case, one space between them: "New York" for "NEW YORK". */
  private static String titleCase(List<Token> tokens, int k) {
    StringBuilder place = new StringBuilder();
    for (int i = 0; i < k; i++) {
      String w = tokens.get(i).text;
      if (i > 0) {
        place.append(' ');
      }
      place.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return place.toString();
  }

  /**
   * The country of the place in the article's dateline: up to four words in capitals that open the
   * text, before a dash, colon, comma or bracket ("MANILA —", "NEW DELHI:", "TOKYO (Reuters) -"), or
   * a place in title case before a date or an agency ("Tokyo, 12 March (AFP) —"), when the gazetteer
   * knows the place; else null.
   */
  private CountryCode datelineCountry(String text, List<Token> tokens) {
    if (!tokens.isEmpty() && tokens.get(0).bareDateline > 0) {
      // "BERLIN France's foreign minister …": the place marked before
      ActorEntry entry = gazetteer.entryNamed(titleCase(tokens, tokens.get(0).bareDateline));
      return entry == null ? null : entry.country().orElse(null);
    }
    int k = 0;
    while (k < tokens.size() && k < 4 && tokens.get(k).isWord() && tokens.get(k).isAllCaps()
        && tokens.get(k).text.length() > 1) {
      k++;
    }
    if (k == 0 && !tokens.isEmpty() && Attributor.datelineEnd(tokens, 0, tokens.size()) > 0) {
      // "Tokyo, 12 March (AFP) —": a place in title case, before its date or agency
      while (k < 3 && tokens.get(k).isCapitalized()) {
        k++;
      }
    }
    if (k == 0 || k >= tokens.size()) {
      return null;
    }
    Token next = tokens.get(k);
    if (!(next.isPunct('—') || next.isPunct('–') || next.isPunct('-') || next.isPunct(':') || next.isPunct(',')
        || next.isPunct('('))) {
      return null;
    }
    ActorEntry entry = gazetteer.entryNamed(titleCase(tokens, k));
    return entry != null && (entry.kind() == ActorKind.STATE || entry.kind() == ActorKind.CITY)
        ? entry.country().orElse(null) : null;
  }

  /** The index of the first token that begins at or after the character {@code offset}. */
  private static int tokenAt(List<Token> tokens, int offset) {
    return Sorted.firstAtLeast(tokens, t -> t.begin, offset);
  }

  /** The country of the article's source, when the source is a medium of the gazetteer. */
  private CountryCode homeCountry(Article article) {
    if (article.source().isEmpty()) {
      return null;
    }
    ActorEntry entry = gazetteer.entryNamed(article.source().get());
    return entry != null && entry.kind() == ActorKind.MEDIA ? entry.country().orElse(null) : null;
  }

  private Statement statement(
      Article article,
      String text,
      String read,
      List<Token> tokens,
      int[] sentenceOf,
      int[] sentenceStart,
      int[] sentenceEnd,
      Draft d,
      int number,
      Resolver resolver,
      List<Diagnostic> diagnostics) {
    // the text as written, with whole marks where two stood for one (``baseless'')
    TextRange whole = Backticks.whole(text, read, d.contentBegin, d.contentEnd);
    Span content = Span.of(whole.begin(), whole.end());
    Statement.Builder b =
        Statement.builder()
            .id(StatementId.of(article.id().value() + "/s" + number))
            .article(article.id())
            .content(text.substring(whole.begin(), whole.end()))
            .contentSpan(content)
            .mode(d.mode)
            .speechAct(d.act);
    if (d.cue != null) {
      Span cue = Span.of(tokens.get(d.cue.start()).begin, tokens.get(d.cue.end() - 1).end);
      b.cue(Mention.of(text.substring(cue.begin(), cue.end()), cue));
    }
    if (d.speaker != null) {
      Ment m = d.speaker;
      Span span = Span.of(tokens.get(m.start).begin, tokens.get(m.writtenEnd() - 1).end);
      if (d.continues == null) {
        // a quotation that continues an earlier one names its speaker only there
        b.speakerMention(Mention.of(text.substring(span.begin(), span.end()), span));
      }
      if (m.actorKey != null) {
        b.speaker(ActorId.of(m.actorKey));
        Resolver.Record r = resolver.record(m.actorKey);
        if (r != null && r.principalKey != null) {
          b.principal(ActorId.of(r.principalKey));
        }
      } else if (m.type == Ment.Type.PRONOUN) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticKind.UNRESOLVED_PRONOUN,
                Severity.WARNING,
                span,
                "no antecedent found for the speaker '" + span(text, span) + "'"));
      }
    } else {
      boolean quote = d.mode == StatementMode.DIRECT;
      diagnostics.add(
          Diagnostic.of(
              quote ? DiagnosticKind.UNATTRIBUTED_QUOTE : DiagnosticKind.UNATTRIBUTED_STATEMENT,
              Severity.INFO,
              content,
              quote ? "no speaker found for the quotation" : "the text gives no speaker for the statement"));
    }
    if (d.cue != null) {
      // the time of the saying stands near the cue, outside what was said
      int from = d.speaker != null ? Math.min(d.speaker.start, d.cue.start()) : d.cue.start();
      int to = Math.min(sentenceEnd[sentenceOf[d.cue.start()]], d.cue.end() + 6);
      from = Math.max(from - 6, sentenceStart[sentenceOf[d.cue.start()]]);
      int contentFrom = firstToken(tokens, d.contentBegin);
      int contentTo = firstToken(tokens, Math.max(d.contentBegin, d.contentEnd - 1)) + 1;
      TimeFinder.find(text, tokens, from, to, contentFrom, contentTo, article.published())
          .ifPresent(b::time);
    }
    if (d.addressee != null && d.addressee.actorKey != null) {
      b.addAddressees(ActorId.of(d.addressee.actorKey));
    }
    int sentenceBegin = tokens.get(d.speaker != null ? Math.min(d.speaker.start, firstToken(tokens, d.contentBegin)) : firstToken(tokens, d.contentBegin)).begin;
    b.addEvidence(Span.of(Math.min(sentenceBegin, d.contentBegin), Math.max(d.contentEnd, d.cue != null ? tokens.get(d.cue.end() - 1).end : d.contentEnd)));
    return b.build();
  }

  private static int firstToken(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String span(String text, Span span) {
    return text.substring(span.begin(), span.end());
  }

  /** An article whose last sentence does not end with final punctuation stops mid-sentence. */
  private static java.util.Optional<Diagnostic> truncation(String text, List<TextRange> sentences) {
    if (sentences.isEmpty()) {
      return java.util.Optional.empty();
    }
    TextRange last = sentences.get(sentences.size() - 1);
    int end = last.end();
    while (end > last.begin() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == last.begin()) {
      return java.util.Optional.empty();
    }
    char c = text.charAt(end - 1);
    if (".!?\"”’'»)…".indexOf(c) >= 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        Diagnostic.of(
            DiagnosticKind.TRUNCATED_ARTICLE,
            Severity.INFO,
            Span.of(last.begin(), end),
            "the article stops mid-sentence"));
  }

}
