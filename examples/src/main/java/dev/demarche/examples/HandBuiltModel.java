package dev.demarche.examples;

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
import java.io.PrintStream;

/**
 * Builds a small model by hand, with the builders an analysis test would use, and prints it.
 *
 * <p>Run: {@code mvn -B -q -DskipTests -pl examples -am verify -Dexample=HandBuiltModel -Prun}.
 */
public final class HandBuiltModel {
  private HandBuiltModel() {}

  /** Builds the one-statement extraction of a one-sentence article. */
  public static Extraction build() {
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
    return Extraction.builder().article(article).addActors(nakagawa).addStatements(statement).build();
  }

  /** Prints each statement of {@code extraction} as speaker, act and content. */
  public static void print(Extraction extraction, PrintStream out) {
    for (Statement s : extraction.statements()) {
      String speaker =
          s.speaker().map(id -> extraction.expectActor(id).name()).orElse("(no speaker)");
      out.printf("%s [%s, %s]: %s%n", speaker, s.speechAct(), s.mode(), s.content());
    }
  }

  /**
   * Prints the hand-built model.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(build(), System.out);
  }
}
