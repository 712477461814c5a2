package dev.demarche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invariant of the model, broken once, with the exception it gives and its message. */
class ModelInvariantsTest {
  private static final ArticleId A = ArticleId.of("a1");
  private static final ActorId JAPAN = ActorId.of("state:JPN");
  private static final Article ARTICLE = Article.of(A, "Japan said \"no\".");

  static Stream<Arguments> brokenInvariants() {
    return Stream.of(
        broken("blank id", () -> ActorId.of(" "), "actor id must not be blank: ' '"),
        broken(
            "id with surrounding space",
            () -> StatementId.of(" s1"),
            "statement id must not start or end with white space: ' s1'"),
        broken(
            "id with control character",
            () -> ArticleId.of("a\u00071"),
            "article id must not contain control characters: 'a\u00071' (U+0007 at index 1)"),
        broken("negative span begin", () -> Span.of(-1, 3), "span begin (-1) must not be negative"),
        broken("span end before begin", () -> Span.of(5, 4), "span end (4) before begin (5)"),
        broken(
            "unknown country code",
            () -> CountryCode.of("XXX"),
            "country code 'XXX' is not an ISO 3166-1 alpha-3 code"),
        broken(
            "lower-case country code",
            () -> CountryCode.of("jpn"),
            "country code 'jpn' is not an ISO 3166-1 alpha-3 code"),
        broken(
            "alpha-2 country code",
            () -> CountryCode.of("JP"),
            "country code 'JP' is not an ISO 3166-1 alpha-3 code"),
        broken(
            "date range end before start",
            () ->
                DateRange.of(
                    LocalDate.of(2005, 2, 18), LocalDate.of(2005, 2, 17), TimePrecision.DAY),
            "date range end (2005-02-17) before start (2005-02-18)"),
        broken("blank time expression", () -> TimeRef.of(""), "time expression must not be blank: ''"),
        broken(
            "time expression span of the wrong length",
            () -> TimeRef.builder().expression("on Friday").span(Span.of(0, 3)).build(),
            "time expression 'on Friday' has 9 characters but its span [0, 3) covers 3"),
        broken(
            "issue id not in kebab case",
            () -> Issue.of("Taiwan Independence", "Taiwan independence"),
            "issue id 'Taiwan Independence' must be lower-case words joined by hyphens, such as"
                + " 'taiwan-independence'"),
        broken("blank issue label", () -> Issue.of("one-china", " "), "issue label must not be blank: ' '"),
        broken("blank role title", () -> Role.of("\t"), "role title must not be blank: '\t'"),
        broken(
            "role until before since",
            () ->
                Role.builder()
                    .title("Premier")
                    .since(LocalDate.of(2023, 3, 11))
                    .until(LocalDate.of(2020, 1, 1))
                    .build(),
            "role until (2020-01-01) before since (2023-03-11)"),
        broken(
            "blank actor name",
            () -> Actor.of(JAPAN, ActorKind.STATE, ""),
            "actor name must not be blank: ''"),
        broken(
            "actor name with surrounding space",
            () -> Actor.of(JAPAN, ActorKind.STATE, "Japan "),
            "actor name must not start or end with white space: 'Japan '"),
        broken(
            "actor name with a line break",
            () -> Actor.of(JAPAN, ActorKind.STATE, "Ja\npan"),
            "actor name must not contain control characters: 'Ja\npan' (U+000A at index 2)"),
        broken(
            "blank actor alias",
            () -> Actor.builder().id(JAPAN).kind(ActorKind.STATE).name("Japan").addAliases(" ").build(),
            "actor alias must not be blank: ' '"),
        broken(
            "blank native name",
            () ->
                Actor.builder()
                    .id(JAPAN)
                    .kind(ActorKind.STATE)
                    .name("Japan")
                    .addNativeNames("")
                    .build(),
            "actor native name must not be blank: ''"),
        broken(
            "empty mention",
            () -> Mention.of("", Span.of(3, 3)),
            "mention text must not be empty (span [3, 3))"),
        broken(
            "mention span of the wrong length",
            () -> Mention.of("she", Span.of(0, 4)),
            "mention 'she' has 3 characters but its span [0, 4) covers 4"),
        broken("blank article text", () -> Article.of(A, " \n "), "article a1: text must not be blank"),
        broken(
            "blank article title",
            () -> Article.builder().id(A).text("x").title("").build(),
            "article title must not be blank: ''"),
        broken(
            "span past the end of an article",
            () -> ARTICLE.text(Span.of(10, 40)),
            "article a1: span [10, 40) ends past the end of the text (16 characters)"),
        broken(
            "blank statement content",
            () -> statement().content("  ").contentSpan(Span.of(0, 2)).build(),
            "statement a1/s1: content must not be blank"),
        broken(
            "statement content span of the wrong length",
            () -> statement().content("no").contentSpan(Span.of(12, 15)).build(),
            "statement content 'no' has 2 characters but its span [12, 15) covers 3"),
        broken(
            "principal without speaker",
            () -> statement().principal(JAPAN).build(),
            "statement a1/s1: principal state:JPN given without a speaker"),
        broken(
            "stance without evidence",
            () ->
                Stance.builder()
                    .id(StanceId.of("a1/t1"))
                    .article(A)
                    .holder(JAPAN)
                    .issue(Issue.of("one-china", "one China"))
                    .position(Position.SUPPORT)
                    .build(),
            "stance a1/t1: needs at least one statement or evidence span"),
        broken(
            "malformed CAMEO code",
            () -> event().cameo("36a").build(),
            "event a1/e1: CAMEO code '36a' must be two to four digits"),
        broken(
            "malformed PLOVER category",
            () -> event().plover("consult").build(),
            "event a1/e1: PLOVER category 'consult' must be upper-case letters and underscores"),
        broken(
            "blank diagnostic message",
            () -> Diagnostic.of(DiagnosticKind.OTHER, Severity.INFO, Span.of(0, 0), ""),
            "diagnostic message must not be blank: ''"),
        broken(
            "extraction statement about an unknown actor",
            () -> extraction().addStatements(statement().speaker(ActorId.of("nobody")).build()).build(),
            "article a1: statement a1/s1 speaker refers to unknown actor 'nobody'"),
        broken(
            "extraction content that differs from the text",
            () ->
                extraction()
                    .addStatements(statement().content("ok").contentSpan(Span.of(12, 14)).build())
                    .build(),
            "article a1: statement a1/s1 content 'ok' differs from the text at [12, 14): 'no'"),
        broken(
            "extraction span past the end of the text",
            () ->
                extraction()
                    .addStatements(statement().content("no").contentSpan(Span.of(30, 32)).build())
                    .build(),
            "article a1: statement a1/s1 content span [30, 32) ends past the end of the text (16"
                + " characters)"),
        broken(
            "extraction statement from another article",
            () -> extraction().addStatements(statement().article(ArticleId.of("a2")).build()).build(),
            "article a1: statement a1/s1 points into another article 'a2'"),
        broken(
            "extraction with duplicate actor ids",
            () -> extraction().addActors(Actor.of(JAPAN, ActorKind.STATE, "Nippon")).build(),
            "duplicate actor id 'state:JPN'"),
        broken(
            "extraction with duplicate statement ids",
            () -> extraction().addStatements(statement().build(), statement().build()).build(),
            "duplicate statement id 'a1/s1'"),
        broken(
            "extraction with duplicate stance ids",
            () -> extraction().addStances(stance(), stance()).build(),
            "article a1: duplicate stance id 'a1/t1'"),
        broken(
            "extraction with duplicate event ids",
            () ->
                Extraction.builder()
                    .article(Article.of(A, "said it"))
                    .addEvents(event().build(), event().build())
                    .build(),
            "article a1: duplicate event id 'a1/e1'"),
        broken(
            "extraction stance citing an unknown statement",
            () ->
                extraction()
                    .addStances(
                        Stance.builder()
                            .id(StanceId.of("a1/t1"))
                            .article(A)
                            .holder(JAPAN)
                            .issue(Issue.of("one-china", "one China"))
                            .position(Position.SUPPORT)
                            .addStatements(StatementId.of("a1/s9"))
                            .build())
                    .build(),
            "article a1: stance a1/t1 refers to unknown statement 'a1/s9'"),
        broken(
            "extraction event trigger that differs from the text",
            () -> extraction().addEvents(event().build()).build(),
            "article a1: event a1/e1 trigger 'said' differs from the text at [0, 4): 'Japa'"),
        broken(
            "extraction diagnostic past the end of the text",
            () ->
                extraction()
                    .addDiagnostics(
                        Diagnostic.of(
                            DiagnosticKind.UNBALANCED_QUOTE, Severity.WARNING, Span.of(16, 17), "x"))
                    .build(),
            "article a1: diagnostic UNBALANCED_QUOTE span [16, 17) ends past the end of the text (16"
                + " characters)"));
  }

  private static Arguments broken(String name, Executable construction, String message) {
    return Arguments.of(name, construction, message);
  }

  private static Statement.Builder statement() {
    return Statement.builder()
        .id(StatementId.of("a1/s1"))
        .article(A)
        .content("no")
        .contentSpan(Span.of(12, 14))
        .mode(StatementMode.DIRECT)
        .speechAct(SpeechAct.SAY);
  }

  private static Stance stance() {
    return Stance.builder()
        .id(StanceId.of("a1/t1"))
        .article(A)
        .holder(JAPAN)
        .issue(Issue.of("one-china", "one China"))
        .position(Position.SUPPORT)
        .addEvidence(Span.of(0, 5))
        .build();
  }

  private static Event.Builder event() {
    return Event.builder()
        .id(EventId.of("a1/e1"))
        .article(A)
        .type(EventType.MEETING)
        .trigger(Mention.of("said", Span.of(0, 4)));
  }

  private static Extraction.Builder extraction() {
    return Extraction.builder().article(ARTICLE).addActors(Actor.of(JAPAN, ActorKind.STATE, "Japan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInvariants")
  void brokenInvariantIsRejectedWithAMessageNamingTheValue(
      String name, Executable construction, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction);
    assertEquals(message, e.getMessage());
  }

  @Test
  void missingRequiredAttributeIsRejectedNamingIt() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Actor.builder().id(JAPAN).build());
    assertEquals(
        "Cannot build Actor, some of required attributes are not set [kind, name]", e.getMessage());
  }

  @Test
  void nullIsRejectedNamingTheAttribute() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Actor.builder().name(null));
    assertEquals("name", e.getMessage());
  }

  @Test
  void consistentExtractionIsAccepted() {
    Span no = Span.of(12, 14);
    Extraction extraction =
        extraction()
            .addStatements(
                statement()
                    .speaker(JAPAN)
                    .speakerMention(Mention.of("Japan", Span.of(0, 5)))
                    .cue(Mention.of("said", Span.of(6, 10)))
                    .addEvidence(Span.of(0, 16))
                    .build())
            .build();
    assertEquals("no", ARTICLE.text(no));
    assertEquals("Japan", extraction.expectActor(JAPAN).name());
    assertEquals(extraction.statements().get(0), extraction.findStatement(StatementId.of("a1/s1")).get());
  }
}
