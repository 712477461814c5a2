package dev.demarche.cli;

import dev.demarche.io.json.DemarcheJson;
import dev.demarche.model.Extraction;
import java.io.Writer;

/**
 * Writes a JSON array whose elements are Demarche documents, one extraction each, as {@link
 * DemarcheJson} writes them, indented. The array is streamed: nothing is held back.
 */
final class JsonArraySink implements ExtractionSink {
  private static final DemarcheJson JSON = DemarcheJson.builder().prettyPrint(true).build();

  private final TextOut out;
  private long count;

  JsonArraySink(Writer out) {
    this.out = new TextOut(out);
  }

  @Override
  public void write(Extraction extraction) {
    out.print(count++ == 0 ? "[\n" : ",\n");
    JSON.write(extraction, out.writer());
  }

  @Override
  public void close() {
    out.print(count == 0 ? "[]\n" : "\n]\n");
    out.close();
  }
}
