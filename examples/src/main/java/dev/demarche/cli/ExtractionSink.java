package dev.demarche.cli;

import dev.demarche.cli.ExtractCommand.OutputFormat;
import dev.demarche.model.Extraction;
import java.io.Writer;

/**
 * Where extractions go, one at a time, in input order: a writer of one {@link OutputFormat}.
 * Closing it finishes the output (a JSON array's closing bracket, a summary's totals) and closes
 * the writer it was given. Not thread-safe: one thread writes.
 */
interface ExtractionSink extends AutoCloseable {

  /** Returns the sink writing {@code format} to {@code out}. */
  static ExtractionSink of(OutputFormat format, Writer out) {
    return switch (format) {
      case JSONL -> new JsonLinesSink(out);
      case JSON -> new JsonArraySink(out);
      case TABLE -> new TableSink(out);
      case SUMMARY -> new SummarySink(out);
    };
  }

  /**
   * Writes one extraction.
   *
   * @throws java.io.UncheckedIOException if the output cannot be written
   */
  void write(Extraction extraction);

  /**
   * Finishes the output and closes it.
   *
   * @throws java.io.UncheckedIOException if the output cannot be written
   */
  @Override
  void close();
}
