package dev.demarche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.cli.ExtractCommand.OutputFormat;
import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Span;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.StatementMode;
import dev.demarche.model.TimeRef;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The readable outputs, on extractions built by hand, so that they test layout alone. */
class SinksTest {
  private static final String TEXT =
      "\"We are allies,\" she said on Friday. The ministry warned of consequences.";

  /** Rice says a direct quote as "she"; an unresolved "The ministry" warns. */
  private static Extraction extraction() {
    Article article =
        Article.builder()
            .id(ArticleId.of("a1"))
            .title("Allies")
            .source("Wire")
            .published(LocalDate.of(2005, 2, 19))
            .text(TEXT)
            .build();
    Actor rice =
        Actor.builder()
            .id(ActorId.of("person:condoleezza-rice"))
            .kind(ActorKind.PERSON)
            .name("Condoleezza Rice")
            .country(CountryCode.of("USA"))
            .build();
    Statement allies =
        Statement.builder()
            .id(StatementId.of("a1/s1"))
            .article(article.id())
            .speaker(rice.id())
            .speakerMention(Mention.of("she", Span.of(17, 20)))
            .content("We are allies,")
            .contentSpan(Span.of(1, 15))
            .mode(StatementMode.DIRECT)
            .speechAct(SpeechAct.SAY)
            .time(TimeRef.builder().expression("on Friday").span(Span.of(26, 35)).build())
            .build();
    Statement warning =
        Statement.builder()
            .id(StatementId.of("a1/s2"))
            .article(article.id())
            .speakerMention(Mention.of("The ministry", Span.of(37, 49)))
            .content("of consequences")
            .contentSpan(Span.of(57, 72))
            .mode(StatementMode.REPORTED_ACT)
            .speechAct(SpeechAct.WARN)
            .build();
    return Extraction.builder().article(article).addActors(rice).addStatements(allies, warning).build();
  }

  private static String write(OutputFormat format, Extraction... extractions) {
    StringWriter out = new StringWriter();
    try (ExtractionSink sink = ExtractionSink.of(format, out)) {
      for (Extraction e : extractions) {
        sink.write(e);
      }
    }
    return out.toString();
  }

  @Test
  void summaryShowsSpeakersAsResolvedAndAsWrittenThenTheActorsAndTotals() {
    assertEquals(
        "== a1: \"Allies\", Wire, 2005-02-19 ==\n"
            + "Statements: 2\n"
            + "   1. Condoleezza Rice [USA] as \"she\" | say | direct | on Friday\n"
            + "      \"We are allies,\"\n"
            + "   2. \"The ministry\" (unresolved) | warn | reported act\n"
            + "      of consequences\n"
            + "Actors: 1\n"
            + "      Condoleezza Rice [USA, person]\n"
            + "\n"
            + "== a1: \"Allies\", Wire, 2005-02-19 ==\n"
            + "Statements: 2\n"
            + "   1. Condoleezza Rice [USA] as \"she\" | say | direct | on Friday\n"
            + "      \"We are allies,\"\n"
            + "   2. \"The ministry\" (unresolved) | warn | reported act\n"
            + "      of consequences\n"
            + "Actors: 1\n"
            + "      Condoleezza Rice [USA, person]\n"
            + "\n"
            + "2 articles, 4 statements (2 with a resolved speaker), 1 distinct actor.\n",
        write(OutputFormat.SUMMARY, extraction(), extraction()));
  }

  @Test
  void summaryOfNothingIsTheTotals() {
    assertEquals(
        "0 articles, 0 statements (0 with a resolved speaker), 0 distinct actors.\n",
        write(OutputFormat.SUMMARY));
  }

  @Test
  void tableHasOneRowPerStatementWithTheDateAsWritten() {
    assertEquals(
        "ARTICLE                 SPEAKER                       ACT              MODE          DATE "
            + "           CONTENT\n"
            + "a1                      Condoleezza Rice [USA]        say              direct       "
            + " on Friday       \"We are allies,\"\n"
            + "a1                      \"The ministry\"                warn             reported act "
            + " -               of consequences\n",
        write(OutputFormat.TABLE, extraction()));
  }
}
