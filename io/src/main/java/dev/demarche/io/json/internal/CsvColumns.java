package dev.demarche.io.json.internal;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Stance;
import dev.demarche.model.Statement;
import dev.demarche.model.TimeRef;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The columns of the CSV exports, each with how its cell is taken from an extraction and a
 * statement or stance. Absent values are empty cells. Internal: may change without notice; the
 * columns are documented in {@code docs/format.md}.
 */
public final class CsvColumns {
  /** One column: its name and its cell for a row. */
  public record Column<T>(String name, BiFunction<Extraction, T, String> cell) {}

  private static final String LIST_SEPARATOR = ";";

  private static final ImmutableList<Column<Statement>> STATEMENT =
      ImmutableList.of(
          new Column<>("id", (e, s) -> s.id().value()),
          new Column<>("article", (e, s) -> s.article().value()),
          new Column<>("article_published", (e, s) -> text(e.article().published())),
          new Column<>("speaker_id", (e, s) -> text(s.speaker().map(ActorId::value))),
          new Column<>("speaker_name", (e, s) -> name(e, s.speaker())),
          new Column<>("speaker_country", (e, s) -> country(e, s.speaker())),
          new Column<>("speaker_mention", (e, s) -> text(s.speakerMention().map(Mention::text))),
          new Column<>("principal_id", (e, s) -> text(s.principal().map(ActorId::value))),
          new Column<>("principal_name", (e, s) -> name(e, s.principal())),
          new Column<>("mode", (e, s) -> s.mode().name()),
          new Column<>("speech_act", (e, s) -> s.speechAct().name()),
          new Column<>("cue", (e, s) -> text(s.cue().map(Mention::text))),
          new Column<>("content", (e, s) -> s.content()),
          new Column<>("content_begin", (e, s) -> String.valueOf(s.contentSpan().begin())),
          new Column<>("content_end", (e, s) -> String.valueOf(s.contentSpan().end())),
          new Column<>("addressee_ids", (e, s) -> ids(s.addressees())),
          new Column<>("time_expression", (e, s) -> text(s.time().map(TimeRef::expression))),
          new Column<>("time_start", (e, s) -> start(s.time())),
          new Column<>("time_end", (e, s) -> end(s.time())),
          new Column<>("time_precision", (e, s) -> precision(s.time())));

  private static final ImmutableList<Column<Stance>> STANCE =
      ImmutableList.of(
          new Column<>("id", (e, s) -> s.id().value()),
          new Column<>("article", (e, s) -> s.article().value()),
          new Column<>("article_published", (e, s) -> text(e.article().published())),
          new Column<>("holder_id", (e, s) -> s.holder().value()),
          new Column<>("holder_name", (e, s) -> name(e, Optional.of(s.holder()))),
          new Column<>("holder_country", (e, s) -> country(e, Optional.of(s.holder()))),
          new Column<>("issue_id", (e, s) -> s.issue().id()),
          new Column<>("issue_label", (e, s) -> s.issue().label()),
          new Column<>("position", (e, s) -> s.position().name()),
          new Column<>("time_expression", (e, s) -> text(s.time().map(TimeRef::expression))),
          new Column<>("time_start", (e, s) -> start(s.time())),
          new Column<>("time_end", (e, s) -> end(s.time())),
          new Column<>("time_precision", (e, s) -> precision(s.time())),
          new Column<>("statement_ids", (e, s) -> ids(s.statements())));

  private CsvColumns() {}

  /** The columns of the statements export, in order. */
  public static ImmutableList<Column<Statement>> statement() {
    return STATEMENT;
  }

  /** The columns of the stances export, in order. */
  public static ImmutableList<Column<Stance>> stance() {
    return STANCE;
  }

  /** The cells of one row. */
  public static <T> String[] row(List<Column<T>> columns, Extraction extraction, T value) {
    String[] row = new String[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = columns.get(i).cell().apply(extraction, value);
    }
    return row;
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  private static String name(Extraction e, Optional<ActorId> actor) {
    return text(actor.flatMap(e::findActor).map(Actor::name));
  }

  private static String country(Extraction e, Optional<ActorId> actor) {
    return text(actor.flatMap(e::findActor).flatMap(Actor::country).map(CountryCode::code));
  }

  private static String ids(List<?> ids) {
    return Joiner.on(LIST_SEPARATOR).join(ids);
  }

  private static String start(Optional<TimeRef> time) {
    return text(time.flatMap(TimeRef::resolved).map(r -> r.start()));
  }

  private static String end(Optional<TimeRef> time) {
    return text(time.flatMap(TimeRef::resolved).map(r -> r.end()));
  }

  private static String precision(Optional<TimeRef> time) {
    return text(time.flatMap(TimeRef::resolved).map(r -> r.precision().name()));
  }
}
