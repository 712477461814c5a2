package dev.demarche.cli;

import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.JsonLinesWriter;
import dev.demarche.model.Extraction;
import java.io.Writer;

/** Writes the documented JSON Lines format: a header line, then one extraction a line. */
final class JsonLinesSink implements ExtractionSink {
  private final JsonLinesWriter<Extraction> out;

  JsonLinesSink(Writer out) {
    this.out = DemarcheJson.defaults().newJsonLinesWriter(out, Extraction.class);
  }

  @Override
  public void write(Extraction extraction) {
    out.write(extraction);
  }

  @Override
  public void close() {
    out.close();
  }
}
