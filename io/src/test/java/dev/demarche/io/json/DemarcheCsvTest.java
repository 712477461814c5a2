package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.StatementMode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

class DemarcheCsvTest {
  @Test
  void statementColumnsAreDocumentedOnes() {
    assertEquals(
        List.of(
            "id", "article", "article_published", "speaker_id", "speaker_name", "speaker_country",
            "speaker_mention", "principal_id", "principal_name", "mode", "speech_act", "cue",
            "content", "content_begin", "content_end", "addressee_ids", "time_expression",
            "time_start", "time_end", "time_precision"),
        DemarcheCsv.statementColumns());
  }

  @Test
  void stanceColumnsAreDocumentedOnes() {
    assertEquals(
        List.of(
            "id", "article", "article_published", "holder_id", "holder_name", "holder_country",
            "issue_id", "issue_label", "position", "time_expression", "time_start", "time_end",
            "time_precision", "statement_ids"),
        DemarcheCsv.stanceColumns());
  }

  @Test
  void statementsAreOneRowEachWithActorNames() {
    StringWriter out = new StringWriter();
    DemarcheCsv.writeStatements(List.of(Examples.extraction()), out);
    assertEquals(
        String.join(",", DemarcheCsv.statementColumns()) + "\n"
            + "reuters-2025-02-21-china-taiwan/s0,reuters-2025-02-21-china-taiwan,2025-02-21,"
            + "state:CHN,China,CHN,China,,,REPORTED_ACT,DENOUNCE,denounced,denounced the visit,36,55,,"
            + "on Friday,2025-02-21,2025-02-21,DAY\n"
            + "reuters-2025-02-21-china-taiwan/s1,reuters-2025-02-21-china-taiwan,2025-02-21,"
            + "person:lin-jian,Lin Jian,CHN,Lin Jian,body:chn-mofa,"
            + "Ministry of Foreign Affairs of the People's Republic of China,DIRECT,SAY,told,"
            + "\"We firmly oppose any form of official exchange with Taiwan,\",58,117,,,,,\n",
        out.toString());
  }

  @Test
  void stancesAreOneRowEachWithStatementIdsJoined() {
    StringWriter out = new StringWriter();
    DemarcheCsv.writeStances(List.of(Examples.extraction()), out);
    assertEquals(
        String.join(",", DemarcheCsv.stanceColumns()) + "\n"
            + "reuters-2025-02-21-china-taiwan/stance0,reuters-2025-02-21-china-taiwan,2025-02-21,"
            + "body:chn-mofa,Ministry of Foreign Affairs of the People's Republic of China,CHN,"
            + "taiwan-official-exchanges,official exchanges with Taiwan,OPPOSE,,,,,"
            + "reuters-2025-02-21-china-taiwan/s1\n",
        out.toString());
  }

  @Test
  void quotesCommasAndLineBreaksSurviveQuoting(@TempDir Path dir) throws IOException {
    String text = "He said \"no, never\",\n 習近平 said; 😀";
    ArticleId id = ArticleId.of("a,1");
    Extraction extraction =
        Extraction.builder()
            .article(Article.of(id, text))
            .addActors(Actor.of(ActorId.of("x"), ActorKind.PERSON, "Smith, \"Jr.\""))
            .addStatements(
                Statement.builder()
                    .id(StatementId.of("s\"1"))
                    .article(id)
                    .speaker(ActorId.of("x"))
                    .content(text)
                    .contentSpan(Span.of(0, text.length()))
                    .mode(StatementMode.DIRECT)
                    .speechAct(SpeechAct.SAY)
                    .build())
            .build();
    Path file = dir.resolve("statements.csv");
    DemarcheCsv.writeStatements(List.of(extraction), file);
    CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<String[]> rows =
        csv.readerFor(String[].class).readValues(Files.readString(file, StandardCharsets.UTF_8))) {
      List<String[]> all = rows.readAll();
      assertEquals(2, all.size());
      String[] row = all.get(1);
      assertEquals(List.of("s\"1", "a,1", "", "x", "Smith, \"Jr.\""), List.of(row).subList(0, 5));
      assertEquals(text, row[12]);
    }
  }

  @Test
  void noExtractionsGiveOnlyTheHeader() {
    StringWriter out = new StringWriter();
    DemarcheCsv.writeStances(List.of(), out);
    assertEquals(String.join(",", DemarcheCsv.stanceColumns()) + "\n", out.toString());
  }
}
