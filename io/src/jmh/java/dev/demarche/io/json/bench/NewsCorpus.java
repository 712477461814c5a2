package dev.demarche.io.json.bench;

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
import dev.demarche.model.TimeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic corpus of newswire-like extractions for benchmarks: articles of about 3 KB with
 * sixteen sentences, eight quoted statements with speaker, cue and resolved time, six actors, two
 * stances and two meetings each, in English with names in Chinese and Japanese script.
 */
final class NewsCorpus {
  private static final String[] QUOTES = {
    "We firmly oppose any form of official exchange with Taiwan",
    "The situation in the Taiwan Strait is a matter of international concern",
    "Japan will continue to work closely with its allies to maintain peace and stability",
    "Our position on the one-China principle has not changed and will not change",
    "Any attempt to alter the status quo by force is unacceptable",
    "We urge all parties to exercise restraint and resume dialogue",
    "The visit sends a wrong signal to separatist forces",
    "Dialogue, not coercion, is the way forward for the region",
  };
  private static final String[] NARRATIVE = {
    "The remarks came a day after the delegation arrived in Taipei for a three-day visit.",
    "Officials in Tokyo declined to comment on the details of the talks.",
    "Beijing has stepped up military exercises near the island in recent months.",
    "The State Department said it was monitoring the situation closely.",
    "Analysts said the exchange reflected growing tension over trade and security.",
    "The ministry issued a stern warning and summoned the ambassador.",
    "Lawmakers from both parties welcomed the announcement on Thursday.",
    "The two sides agreed to hold another round of talks early next year.",
  };
  private static final String[] SPEAKERS = {"Lin Jian", "Yoshimasa Hayashi", "Lai Ching-te", "Matthew Miller"};
  private static final String[] CUES = {"said", "told reporters", "warned", "added"};
  private static final SpeechAct[] ACTS = {SpeechAct.SAY, SpeechAct.SAY, SpeechAct.WARN, SpeechAct.SAY};
  private static final String[] DAYS = {"on Monday", "on Tuesday", "on Friday", "last week"};

  private NewsCorpus() {}

  static List<Extraction> extractions(int count, long seed) {
    Random random = new Random(seed);
    List<Extraction> corpus = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      corpus.add(extraction(i, random));
    }
    return corpus;
  }

  private static Extraction extraction(int index, Random random) {
    ArticleId article = ArticleId.of("wire-2025-" + index);
    LocalDate published = LocalDate.of(2025, 1, 1).plusDays(index % 365);
    List<Actor> actors = new ArrayList<>();
    actors.add(state("CHN", "China", "中国"));
    actors.add(state("JPN", "Japan", "日本"));
    actors.add(state("TWN", "Taiwan", "臺灣"));
    actors.add(
        Actor.builder()
            .id(ActorId.of("body:chn-mofa"))
            .kind(ActorKind.GOVERNMENT_BODY)
            .name("Ministry of Foreign Affairs")
            .addAliases("Foreign Ministry", "MOFA")
            .country(CountryCode.of("CHN"))
            .build());
    for (String speaker : SPEAKERS) {
      actors.add(
          Actor.builder()
              .id(personId(speaker))
              .kind(ActorKind.PERSON)
              .name(speaker)
              .addRoles(Role.builder().title("spokesperson").organization(ActorId.of("body:chn-mofa")).build())
              .build());
    }
    StringBuilder text = new StringBuilder("TOKYO/BEIJING (Wire) - ");
    List<Statement> statements = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < 16; s++) {
      if (s % 2 == 0) {
        String quote = QUOTES[random.nextInt(QUOTES.length)];
        int who = random.nextInt(SPEAKERS.length);
        String day = DAYS[random.nextInt(DAYS.length)];
        text.append('"');
        Span content = append(text, quote);
        text.append(",\" ");
        Span speaker = append(text, SPEAKERS[who]);
        text.append(' ');
        Span cue = append(text, CUES[who]);
        text.append(' ');
        Span time = append(text, day);
        text.append(". ");
        statements.add(
            Statement.builder()
                .id(StatementId.of(article + "/s" + statements.size()))
                .article(article)
                .speaker(personId(SPEAKERS[who]))
                .speakerMention(Mention.of(SPEAKERS[who], speaker))
                .principal(ActorId.of("body:chn-mofa"))
                .content(quote)
                .contentSpan(content)
                .mode(StatementMode.DIRECT)
                .cue(Mention.of(CUES[who], cue))
                .speechAct(ACTS[who])
                .time(
                    TimeRef.builder()
                        .expression(day)
                        .span(time)
                        .resolved(DateRange.ofDay(published.minusDays(1 + who)))
                        .build())
                .addEvidence(Span.of(content.begin() - 1, time.end() + 1))
                .build());
      } else if (s % 4 == 1 && events.size() < 2) {
        Span first = append(text, "Shigeru Ishiba");
        text.append(' ');
        Span trigger = append(text, "met");
        text.append(' ');
        Span second = append(text, "Lai Ching-te");
        text.append(" (賴清德) in Tokyo. ");
        events.add(
            Event.builder()
                .id(EventId.of(article + "/e" + events.size()))
                .article(article)
                .type(EventType.MEETING)
                .trigger(Mention.of("met", trigger))
                .addParticipants(
                    Participant.of(ActorId.of("state:JPN"), ParticipantRole.HOST, Mention.of("Shigeru Ishiba", first)),
                    Participant.of(ActorId.of("state:TWN"), ParticipantRole.GUEST, Mention.of("Lai Ching-te", second)))
                .addEvidence(Span.of(first.begin(), second.end()))
                .cameo("036")
                .plover("CONSULT")
                .build());
      } else {
        text.append(NARRATIVE[random.nextInt(NARRATIVE.length)]).append(s % 5 == 0 ? "\n" : " ");
      }
    }
    List<Stance> stances = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      stances.add(
          Stance.builder()
              .id(StanceId.of(article + "/stance" + k))
              .article(article)
              .holder(ActorId.of(k == 0 ? "state:CHN" : "state:JPN"))
              .issue(Issue.of(k == 0 ? "taiwan-independence" : "taiwan-strait-status-quo", k == 0 ? "Taiwan independence" : "status quo in the Taiwan Strait"))
              .position(k == 0 ? Position.OPPOSE : Position.SUPPORT)
              .addStatements(statements.get(k).id(), statements.get(k + 2).id())
              .build());
    }
    return Extraction.builder()
        .article(
            Article.builder()
                .id(article)
                .title("China and Japan trade words over Taiwan " + index)
                .source("Wire")
                .url("https://news.example/" + index)
                .published(published)
                .text(text.toString().strip())
                .build())
        .actors(actors)
        .statements(statements)
        .stances(stances)
        .events(events)
        .build();
  }

  private static Actor state(String code, String name, String nativeName) {
    return Actor.builder()
        .id(ActorId.of("state:" + code))
        .kind(ActorKind.STATE)
        .name(name)
        .addNativeNames(nativeName)
        .country(CountryCode.of(code))
        .build();
  }

  private static ActorId personId(String name) {
    return ActorId.of("person:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
  }

  private static Span append(StringBuilder text, String s) {
    int begin = text.length();
    text.append(s);
    return Span.of(begin, text.length());
  }
}
