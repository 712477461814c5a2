package dev.demarche.testing;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.DateRange;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.DiagnosticKind;
import dev.demarche.model.Event;
import dev.demarche.model.EventId;
import dev.demarche.model.EventType;
import dev.demarche.model.Extraction;
import dev.demarche.model.Issue;
import dev.demarche.model.Mention;
import dev.demarche.model.Participant;
import dev.demarche.model.ParticipantRole;
import dev.demarche.model.Position;
import dev.demarche.model.Role;
import dev.demarche.model.Severity;
import dev.demarche.model.Span;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Stance;
import dev.demarche.model.StanceId;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.StatementMode;
import dev.demarche.model.TimePrecision;
import dev.demarche.model.TimeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for every type of the Demarche model, for property tests of Demarche itself and
 * of code built on it.
 *
 * <p>Text mixes Latin, CJK, emoji and right-to-left scripts; optionals are sometimes absent and
 * collections sometimes empty; dates reach the extremes {@link LocalDate#MIN} and
 * {@link LocalDate#MAX}. {@link #extractions()} builds whole, consistent graphs: every span lies in
 * its article and every reference resolves. Shipped in the {@code demarche-core} test-jar.
 *
 * <pre>{@code
 * @Property
 * void everyStatementHasContent(@ForAll("statements") Statement s) { ... }
 *
 * @Provide
 * Arbitrary<Statement> statements() {
 *   return ModelArbitraries.statements();
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ModelArbitraries {
  private static final List<String> WORDS =
      List.of(
          "Japan", "China", "Taiwan", "said", "the", "minister", "\"peace\"", "‘one China’",
          "習近平", "賴清德", "外交部", "東京", "😀", "🇹🇼", "שלום", "مرحبا", "Ελλάδα", "Москва",
          "US$5", "3.5", "Oct.", "U.S.", "—", "…", "\\", "tab\there", "naïve", "Ærø");
  private static final List<String> NAME_WORDS =
      WORDS.stream().filter(w -> w.chars().noneMatch(Character::isISOControl)).toList();
  private static final List<LocalDate> EXTREME_DATES =
      List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(2005, 2, 18));

  private ModelArbitraries() {}

  /** Non-blank words joined by single spaces, in many scripts, without control characters. */
  public static Arbitrary<String> names() {
    return Arbitraries.of(NAME_WORDS).list().ofMinSize(1).ofMaxSize(4).map(w -> String.join(" ", w));
  }

  /** Article texts: words in many scripts, with spaces and line breaks. */
  public static Arbitrary<String> texts() {
    return Arbitraries.of(WORDS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(60)
        .flatMap(
            words ->
                Arbitraries.of(" ", " ", " ", "\n")
                    .list()
                    .ofSize(words.size())
                    .map(seps -> join(words, seps)));
  }

  private static String join(List<String> words, List<String> separators) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        text.append(separators.get(i));
      }
      text.append(words.get(i));
    }
    return text.toString();
  }

  /** Dates over the whole range of {@link LocalDate}, extremes included. */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.of(EXTREME_DATES)),
        net.jqwik.api.Tuple.of(
            4,
            Arbitraries.longs()
                .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                .map(LocalDate::ofEpochDay)));
  }

  /** Valid spans, starting anywhere up to 10,000. */
  public static Arbitrary<Span> spans() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 500))
        .as((begin, length) -> Span.of(begin, begin + length));
  }

  /** Assigned ISO 3166-1 alpha-3 codes, TWN among them. */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.of(List.copyOf(CountryCode.knownCodes())).map(CountryCode::of);
  }

  /** Actor ids such as {@code actor:日本-3}. */
  public static Arbitrary<ActorId> actorIds() {
    return ids().map(ActorId::of);
  }

  /** Article ids. */
  public static Arbitrary<ArticleId> articleIds() {
    return ids().map(ArticleId::of);
  }

  /** Statement ids. */
  public static Arbitrary<StatementId> statementIds() {
    return ids().map(StatementId::of);
  }

  /** Stance ids. */
  public static Arbitrary<StanceId> stanceIds() {
    return ids().map(StanceId::of);
  }

  /** Event ids. */
  public static Arbitrary<EventId> eventIds() {
    return ids().map(EventId::of);
  }

  /** Participants in every role, with and without a mention. */
  public static Arbitrary<Participant> participants() {
    return Combinators.combine(actorIds(), Arbitraries.of(ParticipantRole.class), mentions().optional())
        .as((actor, role, mention) ->
            mention.map(m -> Participant.of(actor, role, m)).orElseGet(() -> Participant.of(actor, role)));
  }

  private static Arbitrary<String> ids() {
    return Combinators.combine(
            Arbitraries.of("actor", "article", "日本", "x/y", "a b"),
            Arbitraries.integers().between(0, 1000))
        .as((prefix, n) -> prefix + ":" + n);
  }

  /** Resolved date ranges with ordered ends. */
  public static Arbitrary<DateRange> dateRanges() {
    return Combinators.combine(dates(), dates(), Arbitraries.of(TimePrecision.class))
        .as((a, b, p) -> a.isAfter(b) ? DateRange.of(b, a, p) : DateRange.of(a, b, p));
  }

  /** Time references, resolved or not, with or without a span. */
  public static Arbitrary<TimeRef> timeRefs() {
    return Combinators.combine(
            names(),
            Arbitraries.integers().between(0, 1000).optional(),
            dateRanges().optional())
        .as(
            (expression, begin, resolved) ->
                TimeRef.builder()
                    .expression(expression)
                    .span(begin.map(b -> Span.of(b, b + expression.length())))
                    .resolved(resolved)
                    .build());
  }

  /** Issues with kebab-case ids. */
  public static Arbitrary<Issue> issues() {
    return Combinators.combine(
            Arbitraries.of("taiwan-independence", "one-china", "taiwan-strait-status-quo", "x1"),
            names())
        .as(Issue::of);
  }

  /** Roles, dated or not. */
  public static Arbitrary<Role> roles() {
    return Combinators.combine(names(), actorIds().optional(), dates().optional(), dates().optional())
        .as(
            (title, org, from, until) -> {
              Role.Builder role = Role.builder().title(title).organization(org);
              if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
                return role.since(until.get()).until(from.get()).build();
              }
              return role.since(from).until(until).build();
            });
  }

  /** Actors of every kind. */
  public static Arbitrary<Actor> actors() {
    return Combinators.combine(
            actorIds(),
            Arbitraries.of(ActorKind.class),
            names(),
            names().set().ofMaxSize(3),
            Arbitraries.of("習近平", "賴清德", "黃循財", "李強").set().ofMaxSize(2),
            countryCodes().optional(),
            roles().list().ofMaxSize(2))
        .as(
            (id, kind, name, aliases, natives, country, roles) ->
                Actor.builder()
                    .id(id)
                    .kind(kind)
                    .name(name)
                    .aliases(aliases)
                    .nativeNames(natives)
                    .country(country)
                    .roles(roles)
                    .build());
  }

  /** Mentions whose span length matches their text. */
  public static Arbitrary<Mention> mentions() {
    return Combinators.combine(names(), Arbitraries.integers().between(0, 10_000))
        .as((text, begin) -> Mention.of(text, Span.of(begin, begin + text.length())));
  }

  /** Articles with and without metadata. */
  public static Arbitrary<Article> articles() {
    return Combinators.combine(
            articleIds(),
            names().optional(),
            names().optional(),
            Arbitraries.of("https://example.org/a?x=1&y=ü").optional(),
            dates().optional(),
            texts())
        .as(
            (id, title, source, url, published, text) ->
                Article.builder()
                    .id(id)
                    .title(title)
                    .source(source)
                    .url(url)
                    .published(published)
                    .text(text)
                    .build());
  }

  /** Diagnostics of every kind. */
  public static Arbitrary<Diagnostic> diagnostics() {
    return Combinators.combine(
            Arbitraries.of(DiagnosticKind.class), Arbitraries.of(Severity.class), spans(), names())
        .as(Diagnostic::of);
  }

  /** Standalone statements, not tied to the text of any article. */
  public static Arbitrary<Statement> statements() {
    return Combinators.combine(articles(), Arbitraries.randoms())
        .as((article, random) -> new GraphBuilder(article, random, 2).statement(0));
  }

  /** Standalone stances. */
  public static Arbitrary<Stance> stances() {
    return extractions().filter(e -> !e.stances().isEmpty()).map(e -> e.stances().get(0));
  }

  /** Standalone events. */
  public static Arbitrary<Event> events() {
    return extractions().filter(e -> !e.events().isEmpty()).map(e -> e.events().get(0));
  }

  /**
   * Whole, consistent extractions: an article with actors, statements pointing into its text,
   * stances citing those statements, events with participants, and diagnostics.
   */
  public static Arbitrary<Extraction> extractions() {
    return Combinators.combine(articles(), Arbitraries.randoms(), Arbitraries.integers().between(0, 6))
        .as((article, random, size) -> new GraphBuilder(article, random, size).build());
  }

  /** Builds a consistent graph from a random source; each instance is used once, by one thread. */
  private static final class GraphBuilder {
    private final Article article;
    private final Random random;
    private final int size;
    private final List<Actor> actors = new ArrayList<>();

    GraphBuilder(Article article, Random random, int size) {
      this.article = article;
      this.random = random;
      this.size = size;
      int actorCount = 1 + random.nextInt(size + 1);
      for (int i = 0; i < actorCount; i++) {
        Actor.Builder actor =
            Actor.builder()
                .id(ActorId.of("actor:" + i))
                .kind(pick(ActorKind.values()))
                .name(NAME_WORDS.get(random.nextInt(NAME_WORDS.size())).strip());
        if (random.nextBoolean()) {
          actor.country(CountryCode.of(pick(CountryCode.knownCodes().toArray(new String[0]))));
        }
        if (i > 0 && random.nextBoolean()) {
          actor.addRoles(Role.builder().title("spokesperson").organization(ActorId.of("actor:0")).build());
        }
        actors.add(actor.build());
      }
    }

    Extraction build() {
      List<Statement> statements = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        statements.add(statement(i));
      }
      List<Stance> stances = new ArrayList<>();
      for (int i = 0; i < statements.size() / 2; i++) {
        stances.add(
            Stance.builder()
                .id(StanceId.of(article.id() + "/stance" + i))
                .article(article.id())
                .holder(actor())
                .issue(Issue.of("taiwan-independence", "Taiwan independence"))
                .position(pick(Position.values()))
                .addStatements(statements.get(i).id())
                .addEvidence(textSpan())
                .build());
      }
      List<Event> events = new ArrayList<>();
      for (int i = 0; i < size / 2; i++) {
        Span trigger = wordSpan();
        Event.Builder event =
            Event.builder()
                .id(EventId.of(article.id() + "/event" + i))
                .article(article.id())
                .type(pick(EventType.values()))
                .trigger(Mention.of(article.text(trigger), trigger))
                .addParticipants(Participant.of(actor(), pick(ParticipantRole.values())))
                .addParticipants(
                    Participant.of(actor(), ParticipantRole.GUEST, Mention.of(article.text(trigger), trigger)))
                .addEvidence(textSpan())
                .time(time());
        if (random.nextBoolean()) {
          event.place(actor()).cameo("036").plover("CONSULT");
        }
        events.add(event.build());
      }
      List<Diagnostic> diagnostics = new ArrayList<>();
      if (random.nextBoolean()) {
        diagnostics.add(
            Diagnostic.of(
                pick(DiagnosticKind.values()),
                pick(Severity.values()),
                textSpan(),
                "quote mark without its partner"));
      }
      return Extraction.builder()
          .article(article)
          .actors(actors)
          .statements(statements)
          .stances(stances)
          .events(events)
          .diagnostics(diagnostics)
          .build();
    }

    Statement statement(int index) {
      Span content = wordSpan();
      Statement.Builder statement =
          Statement.builder()
              .id(StatementId.of(article.id() + "/s" + index))
              .article(article.id())
              .content(article.text(content))
              .contentSpan(content)
              .mode(pick(StatementMode.values()))
              .speechAct(pick(SpeechAct.values()))
              .addEvidence(textSpan())
              .time(time());
      if (random.nextInt(4) > 0) {
        Span mention = wordSpan();
        statement.speaker(actor()).speakerMention(Mention.of(article.text(mention), mention));
        if (random.nextBoolean()) {
          statement.principal(actor());
        }
      }
      if (random.nextBoolean()) {
        Span cue = wordSpan();
        statement.cue(Mention.of(article.text(cue), cue)).addAddressees(actor());
      }
      return statement.build();
    }

    private Optional<TimeRef> time() {
      if (random.nextBoolean()) {
        return Optional.empty();
      }
      Span span = wordSpan();
      TimeRef.Builder time = TimeRef.builder().expression(article.text(span)).span(span);
      if (random.nextBoolean()) {
        time.resolved(DateRange.ofDay(EXTREME_DATES.get(random.nextInt(EXTREME_DATES.size()))));
      }
      return Optional.of(time.build());
    }

    private ActorId actor() {
      return actors.get(random.nextInt(actors.size())).id();
    }

    /** A span of one or more whole words of the text, never blank, never white-space-edged. */
    private Span wordSpan() {
      List<Span> words = new ArrayList<>();
      String text = article.text();
      int i = 0;
      while (i < text.length()) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int begin = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i > begin) {
          words.add(Span.of(begin, i));
        }
      }
      Span first = words.get(random.nextInt(words.size()));
      Span last = words.get(Math.min(words.size() - 1, words.indexOf(first) + random.nextInt(3)));
      return first.union(last);
    }

    private Span textSpan() {
      int begin = random.nextInt(article.text().length() + 1);
      return Span.of(begin, begin + random.nextInt(article.text().length() - begin + 1));
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }
  }
}
