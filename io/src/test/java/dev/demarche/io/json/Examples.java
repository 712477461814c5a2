package dev.demarche.io.json;

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

/** A hand-built extraction of a short news item, the example of docs/format.md. */
final class Examples {
  static final String TEXT =
      "BEIJING (Reuters) - China on Friday denounced the visit. \"We firmly oppose any form of"
          + " official exchange with Taiwan,\" Foreign Ministry spokesman Lin Jian told reporters.\n"
          + "Japanese Prime Minister Shigeru Ishiba met Lai Ching-te (賴清德) in Tokyo last December.";

  static final ArticleId ARTICLE = ArticleId.of("reuters-2025-02-21-china-taiwan");
  static final ActorId CHINA = ActorId.of("state:CHN");
  static final ActorId MOFA = ActorId.of("body:chn-mofa");
  static final ActorId LIN = ActorId.of("person:lin-jian");
  static final ActorId ISHIBA = ActorId.of("person:shigeru-ishiba");
  static final ActorId LAI = ActorId.of("person:lai-ching-te");
  static final ActorId TOKYO = ActorId.of("city:tokyo");

  private Examples() {}

  /** The span of the first occurrence of {@code text} in {@link #TEXT}. */
  static Span span(String text) {
    int begin = TEXT.indexOf(text);
    if (begin < 0) {
      throw new IllegalArgumentException("not in the example text: " + text);
    }
    return Span.of(begin, begin + text.length());
  }

  static Mention mention(String text) {
    return Mention.of(text, span(text));
  }

  static Article article() {
    return Article.builder()
        .id(ARTICLE)
        .title("China denounces visit")
        .source("Reuters")
        .published(LocalDate.of(2025, 2, 21))
        .text(TEXT)
        .build();
  }

  static Statement quote() {
    return Statement.builder()
        .id(StatementId.of(ARTICLE + "/s1"))
        .article(ARTICLE)
        .speaker(LIN)
        .speakerMention(mention("Lin Jian"))
        .principal(MOFA)
        .content("We firmly oppose any form of official exchange with Taiwan,")
        .contentSpan(span("We firmly oppose any form of official exchange with Taiwan,"))
        .mode(StatementMode.DIRECT)
        .cue(mention("told"))
        .speechAct(SpeechAct.SAY)
        .addEvidence(span("\"We firmly oppose any form of official exchange with Taiwan,\" Foreign Ministry spokesman Lin Jian told reporters."))
        .build();
  }

  static Statement denunciation() {
    return Statement.builder()
        .id(StatementId.of(ARTICLE + "/s0"))
        .article(ARTICLE)
        .speaker(CHINA)
        .speakerMention(mention("China"))
        .content("denounced the visit")
        .contentSpan(span("denounced the visit"))
        .mode(StatementMode.REPORTED_ACT)
        .cue(mention("denounced"))
        .speechAct(SpeechAct.DENOUNCE)
        .time(
            TimeRef.builder()
                .expression("on Friday")
                .span(span("on Friday"))
                .resolved(DateRange.ofDay(LocalDate.of(2025, 2, 21)))
                .build())
        .addEvidence(span("China on Friday denounced the visit."))
        .build();
  }

  static Extraction extraction() {
    return Extraction.builder()
        .article(article())
        .addActors(
            Actor.builder().id(CHINA).kind(ActorKind.STATE).name("China").country(CountryCode.of("CHN")).build(),
            Actor.builder()
                .id(MOFA)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name("Ministry of Foreign Affairs of the People's Republic of China")
                .addAliases("Foreign Ministry")
                .country(CountryCode.of("CHN"))
                .build(),
            Actor.builder()
                .id(LIN)
                .kind(ActorKind.PERSON)
                .name("Lin Jian")
                .country(CountryCode.of("CHN"))
                .addRoles(Role.builder().title("spokesman").organization(MOFA).build())
                .build(),
            Actor.builder()
                .id(ISHIBA)
                .kind(ActorKind.PERSON)
                .name("Shigeru Ishiba")
                .addNativeNames("石破茂")
                .country(CountryCode.of("JPN"))
                .addRoles(
                    Role.builder()
                        .title("Prime Minister")
                        .since(LocalDate.of(2024, 10, 1))
                        .build())
                .build(),
            Actor.builder()
                .id(LAI)
                .kind(ActorKind.PERSON)
                .name("Lai Ching-te")
                .addNativeNames("賴清德")
                .country(CountryCode.of("TWN"))
                .build(),
            Actor.builder().id(TOKYO).kind(ActorKind.CITY).name("Tokyo").country(CountryCode.of("JPN")).build())
        .addStatements(denunciation(), quote())
        .addStances(
            Stance.builder()
                .id(StanceId.of(ARTICLE + "/stance0"))
                .article(ARTICLE)
                .holder(MOFA)
                .issue(Issue.of("taiwan-official-exchanges", "official exchanges with Taiwan"))
                .position(Position.OPPOSE)
                .addStatements(quote().id())
                .build())
        .addEvents(
            Event.builder()
                .id(EventId.of(ARTICLE + "/event0"))
                .article(ARTICLE)
                .type(EventType.MEETING)
                .trigger(mention("met"))
                .addParticipants(
                    Participant.of(ISHIBA, ParticipantRole.HOST, mention("Shigeru Ishiba")),
                    Participant.of(LAI, ParticipantRole.GUEST, mention("Lai Ching-te")))
                .time(
                    TimeRef.builder()
                        .expression("last December")
                        .span(span("last December"))
                        .resolved(
                            DateRange.of(
                                LocalDate.of(2024, 12, 1),
                                LocalDate.of(2024, 12, 31),
                                TimePrecision.MONTH))
                        .build())
                .place(TOKYO)
                .addEvidence(span("Japanese Prime Minister Shigeru Ishiba met Lai Ching-te (賴清德) in Tokyo last December."))
                .cameo("036")
                .plover("CONSULT")
                .build())
        .addDiagnostics(
            Diagnostic.of(
                DiagnosticKind.UNRESOLVED_PRONOUN,
                Severity.INFO,
                span("We"),
                "'We' taken to speak for the speaker's ministry"))
        .build();
  }
}
