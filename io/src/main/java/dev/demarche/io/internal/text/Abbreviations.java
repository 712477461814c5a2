package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Abbreviations whose final period usually does not end a sentence, each with the {@link Kind}
 * that says when it may. The standard list is the resource {@code abbreviations.txt} beside this
 * class, whose header documents the format; users extend it with {@link #parse} and {@link #plus}.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 */
public final class Abbreviations {

  /** When the period of an abbreviation may end a sentence. */
  public enum Kind {
    /** Comes before a name ("Mr. Smith", "Gen. Milley"): never ends a sentence. */
    TITLE,
    /** An abbreviation only before a number ("No. 10"); elsewhere an ordinary full stop. */
    BEFORE_NUMBER,
    /** May end a sentence: ends one only when a typical sentence starter follows. */
    GENERAL;

    static Kind parse(String name, int lineNumber) {
      switch (name) {
        case "title":
          return TITLE;
        case "before-number":
          return BEFORE_NUMBER;
        case "general":
          return GENERAL;
        default:
          throw new IllegalArgumentException(
              String.format(
                  "abbreviation entry %s: unknown kind \"%s\" (expected title, before-number or"
                      + " general)",
                  lineNumber, name));
      }
    }
  }

  private static final Abbreviations STANDARD =
      parse(WordLists.entryLines("abbreviations.txt"));

  private final ImmutableMap<String, Kind> kinds;

  private Abbreviations(ImmutableMap<String, Kind> kinds) {
    this.kinds = kinds;
  }

  /** The bundled list, read once from {@code abbreviations.txt}. */
  public static Abbreviations standard() {
    return STANDARD;
  }

  /**
   * Reads entries in the format of {@code abbreviations.txt}: the abbreviation with its final
   * period, then optionally {@code title}, {@code before-number} or {@code general} (the default);
   * blank lines and lines starting with {@code #} are ignored.
   *
   * @throws IllegalArgumentException if an entry is malformed or listed twice; the message gives
   *     its number among the entries and quotes it
   */
  public static Abbreviations parse(Iterable<String> lines) {
    checkNotNull(lines, "lines");
    Map<String, Kind> kinds = new LinkedHashMap<>();
    int number = 0;
    for (String entry : WordLists.entries(lines)) {
      number++;
      List<String> fields = 
          Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(entry);
      checkArgument(
          fields.size() <= 2, "abbreviation entry %s (\"%s\") has more than two fields", number, entry);
      String abbreviation = fields.get(0);
      checkArgument(
          abbreviation.length() >= 2
              && abbreviation.endsWith(".")
              && Character.isLetter(abbreviation.charAt(0)),
          "abbreviation entry %s (\"%s\") must start with a letter and end with a period",
          number,
          entry);
      Kind kind =
          fields.size() == 2 ? Kind.parse(fields.get(1).toLowerCase(Locale.ROOT), number) : Kind.GENERAL;
      Kind previous = kinds.put(abbreviation, kind);
      checkArgument(
          previous == null, "abbreviation entry %s (\"%s\") is listed twice", number, abbreviation);
    }
    return new Abbreviations(ImmutableMap.copyOf(kinds));
  }

  /** This list with the entries of {@code more} added; where both list a form, {@code more} wins. */
  public Abbreviations plus(Abbreviations more) {
    checkNotNull(more, "more");
    Map<String, Kind> merged = new LinkedHashMap<>(kinds);
    merged.putAll(more.kinds);
    return new Abbreviations(ImmutableMap.copyOf(merged));
  }

  /** The kind of {@code token}, matched exactly (case-sensitive, with its final period). */
  public Optional<Kind> kindOf(String token) {
    checkNotNull(token, "token");
    return Optional.ofNullable(kinds.get(token));
  }

  /** Every entry, in the order listed. */
  public ImmutableMap<String, Kind> asMap() {
    return kinds;
  }

  @Override
  public String toString() {
    return "Abbreviations(" + kinds.size() + " entries)";
  }
}
