package dev.demarche.docs;

import dev.demarche.io.json.DemarcheCsv;
import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesReader;
import dev.demarche.io.json.JsonLinesWriter;
import dev.demarche.model.Extraction;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import java.nio.file.Path;
import java.util.List;

/**
 * The code of docs/format.md, which is maintained with the JSON API and whose blocks carry no
 * snippet marker: {@link DocSnippetsTest} checks that each block equals a region here, verbatim.
 * The overview is compiled, not run, since it writes files into the working directory; the
 * limits are run by {@code FormatSnippetsTest}.
 */
final class FormatSnippets {
  private FormatSnippets() {}

  /** The overview at the top of docs/format.md: compiled, never called. */
  static void overview(Extraction extraction, List<Statement> statements, List<Extraction> extractions) {
    // snippet: FormatOverview
    DemarcheJson json = DemarcheJson.defaults();            // immutable, thread-safe
    String text = json.write(extraction);
    Extraction back = json.read(text, Extraction.class);    // back.equals(extraction)

    try (JsonLinesWriter<Statement> out = json.newJsonLinesWriter(Path.of("statements.jsonl"), Statement.class)) {
      out.writeAll(statements);
    }
    try (JsonLinesReader<Statement> in = json.newJsonLinesReader(Path.of("statements.jsonl"), Statement.class)) {
      in.stream().filter(s -> s.speechAct() == SpeechAct.WARN).forEach(System.out::println);
    }
    DemarcheCsv.writeStatements(extractions, Path.of("statements.csv"));
    // end snippet
  }

  /** The limits of docs/format.md. */
  static DemarcheJson limits() {
    // snippet: FormatLimits
    DemarcheJson strict = DemarcheJson.builder().maxStringLength(1 << 20).maxLineLength(4 << 20).build();
    // end snippet
    return strict;
  }
}
