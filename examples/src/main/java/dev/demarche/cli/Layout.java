package dev.demarche.cli;

import dev.demarche.model.Actor;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Text layout for the readable outputs: cells, wrapped paragraphs and the words for the model. */
final class Layout {
  private Layout() {}

  /** {@code text} on one line: every run of white space, line breaks included, as one space. */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** {@code text} cut or padded to exactly {@code width} characters; a cut ends in {@code …}. */
  static String cell(String text, int width) {
    if (text.length() > width) {
      return text.substring(0, width - 1) + "…";
    }
    return text + " ".repeat(width - text.length());
  }

  /**
   * {@code text} on lines of at most {@code width} characters, broken at spaces, each line
   * starting with {@code indent}; a word longer than a line stands alone on its line.
   */
  static List<String> wrap(String text, int width, String indent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    for (String word : oneLine(text).split(" ")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(indent);
      }
      if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > indent.length()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A speech act as a word: {@code EXPRESS_CONCERN} is {@code express concern}. */
  static String words(SpeechAct act) {
    return act.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A mode as a word: {@code REPORTED_ACT} is {@code reported act}. */
  static String words(StatementMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** An actor's name with its country: {@code Condoleezza Rice [USA]}. */
  static String nameAndCountry(Actor actor) {
    return actor.name() + actor.country().map(c -> " [" + c + "]").orElse("");
  }

  /** The speaker's resolved name and country, if resolved. */
  static Optional<String> resolvedSpeaker(Extraction extraction, Statement statement) {
    return statement.speaker().flatMap(extraction::findActor).map(Layout::nameAndCountry);
  }

  /**
   * The speaker for a person: {@code Condoleezza Rice [USA] as "she"}, the mention as written
   * following when it is not the name; {@code "it" (unresolved)} for a mention with no actor;
   * {@code (no speaker)} when nothing was found.
   */
  static String speaker(Extraction extraction, Statement statement) {
    Optional<String> mention = statement.speakerMention().map(Mention::text);
    Optional<Actor> actor = statement.speaker().flatMap(extraction::findActor);
    if (actor.isEmpty()) {
      return mention.map(m -> "\"" + m + "\" (unresolved)").orElse("(no speaker)");
    }
    StringBuilder text = new StringBuilder(nameAndCountry(actor.get()));
    mention
        .filter(m -> !m.equalsIgnoreCase(actor.get().name()))
        .ifPresent(m -> text.append(" as \"").append(m).append('"'));
    statement
        .principal()
        .flatMap(extraction::findActor)
        .ifPresent(p -> text.append(" for ").append(nameAndCountry(p)));
    return text.toString();
  }

  /** The content as read: a direct quote between quote marks, the rest as it stands. */
  static String content(Statement statement) {
    String content = oneLine(statement.content());
    return statement.mode() == StatementMode.DIRECT ? "\"" + content + "\"" : content;
  }
}
