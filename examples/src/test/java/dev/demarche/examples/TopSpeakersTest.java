package dev.demarche.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Role;
import dev.demarche.model.Span;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.StatementMode;
import dev.demarche.testing.ModelArbitraries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * How to test one's own analysis code: exact examples built with the model's builders, and
 * properties over any extraction with the arbitraries of {@link ModelArbitraries}.
 */
class TopSpeakersTest {

  // snippet: HandBuiltExtraction
  /** Builds an article of one sentence and its extraction by hand: one statement by Nakagawa. */
  static Extraction nakagawaSays() {
    String text = "\"We demand that China stop exploration,\" Shoichi Nakagawa said.";
    Article article = Article.of(ArticleId.of("example"), text);
    Actor nakagawa =
        Actor.builder()
            .id(ActorId.of("person:shoichi-nakagawa"))
            .kind(ActorKind.PERSON)
            .name("Shoichi Nakagawa")
            .addAliases("Nakagawa")
            .country(CountryCode.of("JPN"))
            .addRoles(Role.of("Economy and Trade minister"))
            .build();
    Span content = Span.of(1, 39);
    Statement statement =
        Statement.builder()
            .id(StatementId.of("example/s1"))
            .article(article.id())
            .speaker(nakagawa.id())
            .speakerMention(Mention.of("Shoichi Nakagawa", Span.of(41, 57)))
            .content(article.text(content))
            .contentSpan(content)
            .mode(StatementMode.DIRECT)
            .cue(Mention.of("said", Span.of(58, 62)))
            .speechAct(SpeechAct.SAY)
            .addEvidence(Span.of(0, text.length()))
            .build();
    return Extraction.builder()
        .article(article)
        .addActors(nakagawa)
        .addStatements(statement)
        .build();
  }
  // end snippet

  @Test
  void handBuiltExtractionHoldsWhatWasBuilt() {
    Extraction extraction = nakagawaSays();

    Statement statement = extraction.statements().get(0);
    assertEquals("We demand that China stop exploration,", statement.content());
    assertEquals("Shoichi Nakagawa", extraction.expectActor(statement.speaker().orElseThrow()).name());
  }

  // snippet: ExampleTest
  @Test
  void countsTheStatementsOfEachSpeaker() {
    Extraction extraction = nakagawaSays();

    List<TopSpeakers.Count> top = TopSpeakers.of(List.of(extraction, extraction), 10);

    assertEquals(List.of(new TopSpeakers.Count("Shoichi Nakagawa", 2)), top);
  }
  // end snippet

  @Test
  void breaksTiesByNameAndStopsAtTheLimit() {
    Extraction nakagawa = nakagawaSays();
    Actor abe = Actor.of(ActorId.of("person:abe"), ActorKind.PERSON, "Abe");
    Statement byAbe =
        Statement.builder()
            .from(nakagawa.statements().get(0))
            .id(StatementId.of("example/s2"))
            .speaker(abe.id())
            .build();
    Extraction both =
        Extraction.builder().from(nakagawa).addActors(abe).addStatements(byAbe).build();

    assertEquals(
        List.of(new TopSpeakers.Count("Abe", 1), new TopSpeakers.Count("Shoichi Nakagawa", 1)),
        TopSpeakers.of(List.of(both), 2));
    assertEquals(List.of(new TopSpeakers.Count("Abe", 1)), TopSpeakers.of(List.of(both), 1));
  }

  @Test
  void refusesANegativeLimit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TopSpeakers.of(List.of(), -1));

    assertEquals("limit must not be negative: -1", e.getMessage());
  }

  @Property
  void ranksOnlyActorsOfTheExtractionMostFirst(@ForAll("extractions") Extraction extraction) {
    List<TopSpeakers.Count> top = TopSpeakers.of(List.of(extraction), Integer.MAX_VALUE);

    Set<String> names = extraction.actors().stream().map(Actor::name).collect(Collectors.toSet());
    assertTrue(top.stream().allMatch(c -> names.contains(c.name())));
    for (int i = 1; i < top.size(); i++) {
      assertTrue(top.get(i - 1).statements() >= top.get(i).statements());
    }
  }

  // snippet: PropertyTest
  @Property
  void countsEveryStatementWithASpeakerOnce(@ForAll("extractions") Extraction extraction) {
    List<TopSpeakers.Count> top = TopSpeakers.of(List.of(extraction), Integer.MAX_VALUE);

    long withSpeaker = extraction.statements().stream().filter(s -> s.speaker().isPresent()).count();
    assertEquals(withSpeaker, top.stream().mapToLong(TopSpeakers.Count::statements).sum());
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    return ModelArbitraries.extractions();
  }
  // end snippet
}
