package dev.demarche.cli;

import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Statement;
import dev.demarche.model.TimeRef;
import java.io.Writer;

/**
 * Writes a table of statements, one a line, under a header: article, speaker, speech act, mode,
 * date as written, and the content in full. Cells but the last have a fixed width, so that the
 * table streams; longer values are cut with {@code …}.
 */
final class TableSink implements ExtractionSink {
  static final int ARTICLE = 22;
  static final int SPEAKER = 28;
  static final int ACT = 15;
  static final int MODE = 12;
  static final int DATE = 14;

  private final TextOut out;

  TableSink(Writer out) {
    this.out = new TextOut(out);
    this.out.println(row("ARTICLE", "SPEAKER", "ACT", "MODE", "DATE", "CONTENT"));
  }

  @Override
  public void write(Extraction extraction) {
    for (Statement s : extraction.statements()) {
      String speaker =
          Layout.resolvedSpeaker(extraction, s)
              .orElseGet(() -> s.speakerMention().map(Mention::text).map(m -> "\"" + m + "\"").orElse("-"));
      out.println(
          row(
              extraction.article().id().value(),
              speaker,
              Layout.words(s.speechAct()),
              Layout.words(s.mode()),
              s.time().map(TimeRef::expression).map(Layout::oneLine).orElse("-"),
              Layout.content(s)));
    }
  }

  private static String row(
      String article, String speaker, String act, String mode, String date, String content) {
    return Layout.cell(article, ARTICLE)
        + "  "
        + Layout.cell(speaker, SPEAKER)
        + "  "
        + Layout.cell(act, ACT)
        + "  "
        + Layout.cell(mode, MODE)
        + "  "
        + Layout.cell(date, DATE)
        + "  "
        + content;
  }

  @Override
  public void close() {
    out.close();
  }
}
