package dev.demarche.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.DateRange;
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
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The code of README.md and docs/model.md, run: each region between {@code // snippet: Name} and
 * {@code // end snippet} is the block of that name in the docs (checked by {@link
 * DocSnippetsTest}), and the assertions after it pin what the docs say it does.
 */
class ModelSnippetsTest {

  @Test
  void readmeBuildsAnActor() {
    // snippet: BuildActor
    Actor rice = Actor.builder()
        .id(ActorId.of("person:condoleezza-rice"))
        .kind(ActorKind.PERSON)
        .name("Condoleezza Rice")
        .country(CountryCode.of("USA"))
        .addRoles(Role.of("Secretary of State"))
        .build();
    // end snippet
    assertEquals(Optional.of(CountryCode.of("USA")), rice.country());
    assertTrue(rice.isNamed("Condoleezza Rice"));
  }

  @Test
  void invariantsAreCheckedWhenBuilt() {
    // snippet: SpanInvariant
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Span.of(5, 4));
    assertEquals("span end (4) before begin (5)", e.getMessage());
    // end snippet
    IllegalArgumentException country =
        assertThrows(IllegalArgumentException.class, () -> CountryCode.of("XYZ"));
    assertEquals("country code 'XYZ' is not an ISO 3166-1 alpha-3 code", country.getMessage());
  }

  @Test
  void spansAreHalfOpenRangesOfChars() {
    // snippet: Spans
    Span span = Span.of(4, 9);
    span.length(); // 5
    span.contains(Span.of(5, 6)); // true
    span.overlaps(Span.of(8, 12)); // true
    span.union(Span.of(12, 14)); // [4, 14)
    // end snippet
    assertEquals(5, span.length());
    assertTrue(span.contains(Span.of(5, 6)));
    assertTrue(span.overlaps(Span.of(8, 12)));
    assertEquals(Span.of(4, 14), span.union(Span.of(12, 14)));
    assertFalse(span.overlaps(Span.of(9, 10)));
  }

  @Test
  void theModelReferenceBuildsOneConsistentExtraction() {
    // snippet: BuildArticle
    Article article =
        Article.builder()
            .id(ArticleId.of("wire-2005-02-19"))
            .title("Allies")
            .source("Wire")
            .published(LocalDate.of(2005, 2, 19))
            .text("\"We are allies,\" Rice said on Friday. She met Machimura in Tokyo.")
            .build();
    article.text(Span.of(17, 21)); // "Rice"
    // end snippet
    assertEquals("Rice", article.text(Span.of(17, 21)));

    Actor rice =
        Actor.builder()
            .id(ActorId.of("person:condoleezza-rice"))
            .kind(ActorKind.PERSON)
            .name("Condoleezza Rice")
            .addAliases("Rice")
            .country(CountryCode.of("USA"))
            .build();
    Actor machimura =
        Actor.of(ActorId.of("person:nobutaka-machimura"), ActorKind.PERSON, "Nobutaka Machimura");
    Actor tokyo = Actor.of(ActorId.of("city:tokyo"), ActorKind.CITY, "Tokyo");

    // snippet: BuildStatement
    Statement allies =
        Statement.builder()
            .id(StatementId.of("wire-2005-02-19/s1"))
            .article(article.id())
            .speaker(rice.id())
            .speakerMention(Mention.of("Rice", Span.of(17, 21)))
            .content("We are allies,")
            .contentSpan(Span.of(1, 15))
            .mode(StatementMode.DIRECT)
            .cue(Mention.of("said", Span.of(22, 26)))
            .speechAct(SpeechAct.SAY)
            .time(
                TimeRef.builder()
                    .expression("on Friday")
                    .span(Span.of(27, 36))
                    .resolved(DateRange.ofDay(LocalDate.of(2005, 2, 18)))
                    .build())
            .addEvidence(Span.of(0, 37))
            .build();
    // end snippet

    // snippet: BuildStance
    Stance stance =
        Stance.builder()
            .id(StanceId.of("wire-2005-02-19/t1"))
            .article(article.id())
            .holder(rice.id())
            .issue(Issue.of("us-japan-alliance", "US-Japan alliance"))
            .position(Position.SUPPORT)
            .addStatements(allies.id())
            .build();
    // end snippet

    // snippet: BuildEvent
    Event meeting =
        Event.builder()
            .id(EventId.of("wire-2005-02-19/e1"))
            .article(article.id())
            .type(EventType.MEETING)
            .trigger(Mention.of("met", Span.of(42, 45)))
            .addParticipants(
                Participant.of(rice.id(), ParticipantRole.GUEST, Mention.of("She", Span.of(38, 41))),
                Participant.of(
                    machimura.id(), ParticipantRole.HOST, Mention.of("Machimura", Span.of(46, 55))))
            .place(tokyo.id())
            .addEvidence(Span.of(38, 65))
            .cameo("036")
            .plover("CONSULT")
            .build();
    // end snippet

    // snippet: BuildExtraction
    Extraction extraction =
        Extraction.builder()
            .article(article)
            .addActors(rice, machimura, tokyo)
            .addStatements(allies)
            .addStances(stance)
            .addEvents(meeting)
            .build();
    extraction.findActor(ActorId.of("person:condoleezza-rice")); // Optional[Condoleezza Rice]
    extraction.expectActor(meeting.place().orElseThrow()); // Tokyo, or NoSuchElementException
    // end snippet
    assertEquals(Optional.of(rice), extraction.findActor(rice.id()));
    assertEquals(Optional.of(allies), extraction.findStatement(allies.id()));
    NoSuchElementException e =
        assertThrows(
            NoSuchElementException.class, () -> extraction.expectActor(ActorId.of("person:nobody")));
    assertEquals("article wire-2005-02-19: no actor with id 'person:nobody'", e.getMessage());
  }

  @Test
  void anExtractionRefusesDanglingReferences() {
    Article article = Article.of(ArticleId.of("a1"), "\"Yes,\" she said.");
    Statement statement =
        Statement.builder()
            .id(StatementId.of("a1/s1"))
            .article(article.id())
            .speaker(ActorId.of("person:unknown"))
            .content("Yes,")
            .contentSpan(Span.of(1, 5))
            .mode(StatementMode.DIRECT)
            .speechAct(SpeechAct.SAY)
            .build();

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Extraction.builder().article(article).addStatements(statement).build());

    assertEquals(
        "article a1: statement a1/s1 speaker refers to unknown actor 'person:unknown'",
        e.getMessage());
  }

  @Test
  void dateRangesHaveAPrecision() {
    // snippet: DateRanges
    DateRange day = DateRange.ofDay(LocalDate.of(2005, 2, 18));
    DateRange december =
        DateRange.of(LocalDate.of(2004, 12, 1), LocalDate.of(2004, 12, 31), TimePrecision.MONTH);
    december.contains(LocalDate.of(2004, 12, 25)); // true
    TimeRef lastDecember = TimeRef.of("last December"); // not resolved: resolved() is empty
    // end snippet
    assertEquals(TimePrecision.DAY, day.precision());
    assertTrue(december.contains(LocalDate.of(2004, 12, 25)));
    assertEquals(Optional.empty(), lastDecember.resolved());
  }
}
