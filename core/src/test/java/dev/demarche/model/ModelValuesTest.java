package dev.demarche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Equality, null handling and the small behaviours of the model's value types. */
class ModelValuesTest {
  private static final LocalDate FRIDAY = LocalDate.of(2005, 2, 18);

  @Test
  void valuesAreEqualExactlyWhenTheirAttributesAre() {
    new EqualsTester()
        .addEqualityGroup(ActorId.of("state:JPN"), ActorId.of("state:JPN"))
        .addEqualityGroup(ActorId.of("state:CHN"))
        .addEqualityGroup(ArticleId.of("state:JPN"))
        .addEqualityGroup(Span.of(1, 2), Span.of(1, 2))
        .addEqualityGroup(Span.of(1, 3))
        .addEqualityGroup(CountryCode.of("TWN"), CountryCode.of("TWN"))
        .addEqualityGroup(DateRange.ofDay(FRIDAY), DateRange.of(FRIDAY, FRIDAY, TimePrecision.DAY))
        .addEqualityGroup(DateRange.of(FRIDAY, FRIDAY, TimePrecision.WEEK))
        .addEqualityGroup(TimeRef.of("on Friday"), TimeRef.builder().expression("on Friday").build())
        .addEqualityGroup(
            TimeRef.builder().expression("on Friday").resolved(DateRange.ofDay(FRIDAY)).build())
        .addEqualityGroup(Issue.of("one-china", "one China"), Issue.of("one-china", "one China"))
        .addEqualityGroup(Issue.of("one-china", "One China"))
        .addEqualityGroup(Role.of("Premier"), Role.builder().title("Premier").build())
        .addEqualityGroup(Mention.of("she", Span.of(0, 3)), Mention.of("she", Span.of(0, 3)))
        .addEqualityGroup(Mention.of("she", Span.of(1, 4)))
        .addEqualityGroup(
            Actor.of(ActorId.of("a"), ActorKind.STATE, "Japan"),
            Actor.of(ActorId.of("a"), ActorKind.STATE, "Japan"))
        .addEqualityGroup(Actor.of(ActorId.of("a"), ActorKind.CITY, "Japan"))
        .addEqualityGroup(
            Article.of(ArticleId.of("a"), "text"), Article.of(ArticleId.of("a"), "text"))
        .addEqualityGroup(Article.of(ArticleId.of("a"), "text."))
        .addEqualityGroup(
            Diagnostic.of(DiagnosticKind.OTHER, Severity.INFO, Span.of(0, 1), "m"),
            Diagnostic.of(DiagnosticKind.OTHER, Severity.INFO, Span.of(0, 1), "m"))
        .addEqualityGroup(
            Participant.of(ActorId.of("a"), ParticipantRole.HOST),
            Participant.of(ActorId.of("a"), ParticipantRole.HOST))
        .addEqualityGroup(StatementId.of("s"), StatementId.of("s"))
        .addEqualityGroup(StanceId.of("s"), StanceId.of("s"))
        .addEqualityGroup(EventId.of("s"), EventId.of("s"))
        .addEqualityGroup(statement("no"), statement("no"))
        .addEqualityGroup(statement("No"))
        .addEqualityGroup(stance(Position.OPPOSE), stance(Position.OPPOSE))
        .addEqualityGroup(stance(Position.SUPPORT))
        .addEqualityGroup(event(EventType.MEETING), event(EventType.MEETING))
        .addEqualityGroup(event(EventType.VISIT))
        .addEqualityGroup(extraction("a"), extraction("a"))
        .addEqualityGroup(extraction("b"))
        .testEquals();
  }

  private static Statement statement(String content) {
    return Statement.builder()
        .id(StatementId.of("a1/s1"))
        .article(ArticleId.of("a1"))
        .content(content)
        .contentSpan(Span.of(0, content.length()))
        .mode(StatementMode.DIRECT)
        .speechAct(SpeechAct.SAY)
        .build();
  }

  private static Stance stance(Position position) {
    return Stance.builder()
        .id(StanceId.of("a1/t1"))
        .article(ArticleId.of("a1"))
        .holder(ActorId.of("state:JPN"))
        .issue(Issue.of("one-china", "one China"))
        .position(position)
        .addEvidence(Span.of(0, 2))
        .build();
  }

  private static Event event(EventType type) {
    return Event.builder()
        .id(EventId.of("a1/e1"))
        .article(ArticleId.of("a1"))
        .type(type)
        .trigger(Mention.of("met", Span.of(0, 3)))
        .build();
  }

  private static Extraction extraction(String text) {
    return Extraction.builder().article(Article.of(ArticleId.of("a1"), text)).build();
  }

  @Test
  void publicFactoriesRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Span.class, Span.of(0, 1))
            .setDefault(ActorId.class, ActorId.of("a"))
            .setDefault(ArticleId.class, ArticleId.of("a"))
            .setDefault(String.class, "x")
            .setDefault(LocalDate.class, FRIDAY)
            .setDefault(Mention.class, Mention.of("x", Span.of(0, 1)));
    for (Class<?> type :
        List.of(
            ActorId.class, ArticleId.class, StatementId.class, StanceId.class, EventId.class,
            Span.class, CountryCode.class, DateRange.class, TimeRef.class, Issue.class, Role.class,
            Actor.class, Mention.class, Article.class, Participant.class, Diagnostic.class,
            Statement.class, Stance.class, Event.class, Extraction.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void spanMeasuresAndRelatesRanges() {
    Span span = Span.of(4, 9);
    assertEquals(5, span.length());
    assertTrue(span.contains(Span.of(4, 9)));
    assertTrue(span.contains(Span.of(5, 6)));
    assertFalse(span.contains(Span.of(3, 6)));
    assertTrue(span.overlaps(Span.of(8, 12)));
    assertFalse(span.overlaps(Span.of(9, 12)));
    assertTrue(Span.of(3, 3).isEmpty());
    assertEquals(Span.of(1, 9), span.union(Span.of(1, 2)));
    assertEquals("[4, 9)", span.toString());
    assertTrue(Span.of(1, 5).compareTo(Span.of(2, 3)) < 0);
    assertTrue(Span.of(1, 5).compareTo(Span.of(1, 4)) > 0);
  }

  @Test
  void countryCodeKnowsTaiwanAndTheUnitedNationsMembers() {
    assertTrue(CountryCode.isKnown("TWN"));
    assertTrue(CountryCode.isKnown("SGP"));
    assertFalse(CountryCode.isKnown("XKX"));
    assertEquals("TWN", CountryCode.of("TWN").toString());
    assertTrue(CountryCode.knownCodes().size() >= 240);
  }

  @Test
  void dateRangeContainsItsEnds() {
    DateRange december =
        DateRange.of(LocalDate.of(2004, 12, 1), LocalDate.of(2004, 12, 31), TimePrecision.MONTH);
    assertTrue(december.contains(LocalDate.of(2004, 12, 1)));
    assertTrue(december.contains(LocalDate.of(2004, 12, 31)));
    assertFalse(december.contains(LocalDate.of(2005, 1, 1)));
  }

  @Test
  void articleGivesTheTextAtASpan() {
    Article article = Article.of(ArticleId.of("a"), "Xi Jinping (習近平) said");
    assertEquals("習近平", article.text(Span.of(12, 15)));
    assertTrue(article.contains(Span.of(0, 21)));
    assertFalse(article.contains(Span.of(0, 22)));
  }

  @Test
  void actorIsNamedByNameAliasOrNativeName() {
    Actor xi =
        Actor.builder()
            .id(ActorId.of("person:xi-jinping"))
            .kind(ActorKind.PERSON)
            .name("Xi Jinping")
            .addAliases("Xi")
            .addNativeNames("習近平")
            .country(CountryCode.of("CHN"))
            .build();
    assertTrue(xi.isNamed("Xi"));
    assertTrue(xi.isNamed("習近平"));
    assertFalse(xi.isNamed("Li"));
  }

  @Test
  void withersReturnChangedCopies() {
    Actor japan = Actor.of(ActorId.of("state:JPN"), ActorKind.STATE, "Japan");
    Actor renamed = Actor.builder().from(japan).name("Nippon").build();
    assertEquals("Japan", japan.name());
    assertEquals("Nippon", renamed.name());
    assertEquals(japan.id(), renamed.id());
  }

  @Test
  void expectActorNamesTheMissingId() {
    Extraction extraction =
        Extraction.builder().article(Article.of(ArticleId.of("a1"), "text")).build();
    NoSuchElementException e =
        assertThrows(NoSuchElementException.class, () -> extraction.expectActor(ActorId.of("x")));
    assertEquals("article a1: no actor with id 'x'", e.getMessage());
    assertTrue(extraction.findActor(ActorId.of("x")).isEmpty());
  }

  @Test
  void modelCollectionsCannotBeModified() {
    Actor japan =
        Actor.builder()
            .id(ActorId.of("state:JPN"))
            .kind(ActorKind.STATE)
            .name("Japan")
            .addAliases("Nippon")
            .build();
    assertThrows(UnsupportedOperationException.class, () -> japan.aliases().add("JP"));
    assertThrows(UnsupportedOperationException.class, () -> japan.roles().clear());
  }
}
