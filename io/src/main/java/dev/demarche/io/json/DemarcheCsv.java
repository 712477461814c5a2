package dev.demarche.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.demarche.io.json.internal.CsvColumns;
import dev.demarche.io.json.internal.CsvColumns.Column;
import dev.demarche.model.Extraction;
import dev.demarche.model.Stance;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Exports statements and stances as CSV, one row each, for spreadsheets, R and pandas.
 *
 * <p>The first row names the columns; the columns are documented in {@code docs/format.md} and
 * listed by {@link #statementColumns()} and {@link #stanceColumns()}. Rows follow the order of the
 * extractions and, within each, of its statements or stances. Actor names and countries are taken
 * from each extraction's actors, which is why the export takes extractions. Absent values are
 * empty cells; lists of ids are joined by {@code ;}; dates are ISO-8601; enum values are their
 * names, such as {@code DIRECT}. Cells are quoted where RFC 4180 requires it (by Jackson's CSV
 * generator); lines end in {@code \n}. The export is for reading, not for reading back: the JSON formats of
 * {@link DemarcheJson} are the lossless ones.
 *
 * <pre>{@code
 * try (JsonLinesReader<Extraction> in = DemarcheJson.defaults().newJsonLinesReader(jsonl, Extraction.class)) {
 *   DemarcheCsv.writeStatements(in.stream()::iterator, Path.of("statements.csv"));
 * }
 * }</pre>
 *
 * <p>Extractions are taken one at a time from the iterable, so an export of any size runs in
 * constant memory. Stateless and thread-safe. No argument may be null.
 */
public final class DemarcheCsv {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // Quote only where RFC 4180 requires it: separators, quotes and line breaks.
          .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private DemarcheCsv() {}

  /** The names of the columns of {@link #writeStatements}, in order. */
  public static ImmutableList<String> statementColumns() {
    return names(CsvColumns.statement());
  }

  /** The names of the columns of {@link #writeStances}, in order. */
  public static ImmutableList<String> stanceColumns() {
    return names(CsvColumns.stance());
  }

  /**
   * Writes the header row, then one row for each statement of {@code extractions}, to {@code out},
   * and flushes it; {@code out} is not closed.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static void writeStatements(Iterable<Extraction> extractions, Writer out) {
    write(extractions, out, CsvColumns.statement(), Extraction::statements);
  }

  /**
   * Writes the header row, then one row for each statement of {@code extractions}, to {@code file},
   * created or replaced, in UTF-8.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeStatements(Iterable<Extraction> extractions, Path file) {
    write(extractions, file, CsvColumns.statement(), Extraction::statements);
  }

  /**
   * Writes the header row, then one row for each stance of {@code extractions}, to {@code out}, and
   * flushes it; {@code out} is not closed.
   *
   * @throws UncheckedIOException if {@code out} cannot be written
   */
  public static void writeStances(Iterable<Extraction> extractions, Writer out) {
    write(extractions, out, CsvColumns.stance(), Extraction::stances);
  }

  /**
   * Writes the header row, then one row for each stance of {@code extractions}, to {@code file},
   * created or replaced, in UTF-8.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writeStances(Iterable<Extraction> extractions, Path file) {
    write(extractions, file, CsvColumns.stance(), Extraction::stances);
  }

  private static <T> void write(
      Iterable<Extraction> extractions,
      Path file,
      List<Column<T>> columns,
      Function<Extraction, List<T>> values) {
    checkNotNull(file, "file");
    checkNotNull(extractions, "extractions");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(extractions, out, columns, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> void write(
      Iterable<Extraction> extractions,
      Writer out,
      List<Column<T>> columns,
      Function<Extraction, List<T>> values) {
    checkNotNull(extractions, "extractions");
    checkNotNull(out, "out");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(c -> schema.addColumn(c.name()));
    try (SequenceWriter rows = MAPPER.writer(schema.build()).writeValues(out)) {
      for (Extraction extraction : extractions) {
        checkNotNull(extraction, "extraction");
        for (T value : values.apply(extraction)) {
          rows.write(CsvColumns.row(columns, extraction, value));
        }
      }
      rows.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw new IllegalStateException("cannot write CSV: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> ImmutableList<String> names(List<Column<T>> columns) {
    return columns.stream().map(Column::name).collect(ImmutableList.toImmutableList());
  }
}
