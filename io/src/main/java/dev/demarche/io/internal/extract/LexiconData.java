package dev.demarche.io.internal.extract;

import com.google.common.base.Splitter;
import dev.demarche.io.DemarcheIoException;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import dev.demarche.model.SpeechAct;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer and lexicons the extractor reads: actors by their names, titles, reporting cues,
 * and the nouns that make a reported act ("issued a stern <i>warning</i>"). Filled from
 * tab-separated data files while built, then only read, and so safe to share between threads.
 */
public final class LexiconData {
  private static final Splitter TAB = Splitter.on('\t').trimResults();
  private static final Splitter BAR = Splitter.on('|').trimResults().omitEmptyStrings();

  final PhraseTrie<Surface> names = new PhraseTrie<>();
  final PhraseTrie<TitleEntry> titles = new PhraseTrie<>();
  /** Titles by their lower-case forms, canonical and variant: "foreign secretary". */
  final Map<String, TitleEntry> titlesByText = new java.util.HashMap<>();
  final PhraseTrie<SpeechAct> cues = new PhraseTrie<>();
  final Map<String, SpeechAct> actNouns = new LinkedHashMap<>();
  final Map<String, ActorEntry> entries = new LinkedHashMap<>();
  final Map<CountryCode, ActorEntry> countries = new LinkedHashMap<>();
  final Map<String, Ment.Gender> givenNames = new java.util.HashMap<>();

  /** Returns the entry with {@code id}, if any. */
  public Optional<ActorEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The entry whose name, alias or adjective is the whole of {@code name}, or null. */
  ActorEntry entryNamed(String name) {
    List<Token> words = Tokenizer.tokenize(name);
    PhraseTrie.Match<Surface> m = names.longestAt(words, 0, words.size());
    return m == null || m.end() != words.size() ? null : m.values().get(0).entry();
  }

  /** Returns the state entry of {@code country}, if any. */
  public Optional<ActorEntry> country(CountryCode country) {
    return Optional.ofNullable(countries.get(country));
  }

  /** First words of the names of bodies that many states have: "National Weather Service", "Federal Police". */
  private static final java.util.Set<String> SHARED_FIRST_WORDS = java.util.Set.of("National", "Federal", "Central",
      "Supreme", "Constitutional", "High", "Royal", "Public", "General");

  /** Adds a known actor under its name and aliases. */
  public void addActor(ActorEntry entry) {
    entries.put(entry.id(), entry);
    List<String> all = new ArrayList<>();
    all.add(entry.name());
    all.addAll(entry.aliases());
    for (String name : all) {
      names.put(name, new Surface(entry, Surface.Form.NAME));
      if (entry.kind() == ActorKind.GOVERNMENT_BODY && name.indexOf(' ') > 0
          // but "the national weather service" of a story may be any state's: in lower case a name that
          // opens with a word every state's bodies share names no one state's body
          && !(entry.country().isPresent() && SHARED_FIRST_WORDS.contains(name.substring(0, name.indexOf(' '))))) {
        // "the foreign office", "the state department": newswire often writes bodies in lower case
        names.put(name.toLowerCase(Locale.ROOT), new Surface(entry, Surface.Form.NAME));
      }
    }
  }

  /**
   * Reads countries: {@code alpha3, name, aliases, adjectives, capitals}.
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readCountries(Reader reader, String source) {
    for (Row row : rows(reader, source, 5)) {
      CountryCode code = row.country(0).orElseThrow(() -> row.error(0, "a country code is required"));
      ActorEntry entry =
          new ActorEntry("state:" + code, ActorKind.STATE, row.get(1), row.list(2), Optional.of(code));
      addActor(entry);
      countries.put(code, entry);
      for (String adjective : row.list(3)) {
        names.put(adjective, new Surface(entry, Surface.Form.ADJECTIVE));
      }
      for (String capital : row.list(4)) {
        names.put(capital, new Surface(entry, Surface.Form.CAPITAL));
      }
    }
  }

  /**
   * Reads actors: {@code id, name, aliases, country, kind}. Ids get the prefix of their kind
   * ({@code org:}, {@code body:}, {@code media:}, {@code person:} ...) unless they have one.
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readActors(Reader reader, String source) {
    for (Row row : rows(reader, source, 5)) {
      ActorKind kind = row.actorKind(4);
      String id = row.get(0);
      if (id.indexOf(':') < 0) {
        id = prefixOf(kind) + ":" + id;
      }
      addActor(new ActorEntry(id, kind, row.get(1), row.list(2), row.country(3)));
    }
  }

  /**
   * Reads titles: {@code title, variants, body, country, rank}.
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readTitles(Reader reader, String source) {
    for (Row row : rows(reader, source, 5)) {
      Optional<String> body = row.optional(2);
      TitleEntry entry =
          new TitleEntry(row.get(0), body.map(b -> b.indexOf(':') < 0 ? bodyId(b) : b), row.country(3), row.get(4));
      titles.put(entry.title(), entry);
      titlesByText.put(entry.title().toLowerCase(java.util.Locale.ROOT), entry);
      for (String variant : row.list(1)) {
        titles.put(variant, entry);
        titlesByText.put(variant.toLowerCase(java.util.Locale.ROOT), entry);
      }
      String sentenceCase = sentenceCase(entry.title());
      if (!sentenceCase.equals(entry.title()) && titles.get(sentenceCase).isEmpty()) {
        // "Samoa's Prime minister", "Foreign minister Wang Yi": a title of several words with a capital on
        // its first only, as some outlets write it
        titles.put(sentenceCase, entry);
      }
    }
  }

  /** {@code title} with its first word as written and every later word in lower case: "Prime minister". */
  private static String sentenceCase(String title) {
    int space = title.indexOf(' ');
    return space < 0 ? title : title.substring(0, space) + title.substring(space).toLowerCase(java.util.Locale.ROOT);
  }

  private String bodyId(String id) {
    for (String prefix : List.of("body:", "org:", "media:")) {
      if (entries.containsKey(prefix + id)) {
        return prefix + id;
      }
    }
    return "body:" + id;
  }

  /**
   * Reads reporting cues: {@code cue, forms, act}.
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readCues(Reader reader, String source) {
    readActs(reader, source, cues::put);
  }

  /**
   * Reads the nouns of reported acts: {@code noun, forms, act} ("warning", "warnings", WARN).
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readActNouns(Reader reader, String source) {
    readActs(reader, source, actNouns::put);
  }

  /** Reads {@code word, forms, act} rows, giving the word and each form its act. */
  private void readActs(Reader reader, String source, java.util.function.BiConsumer<String, SpeechAct> put) {
    for (Row row : rows(reader, source, 3)) {
      SpeechAct act = row.speechAct(2);
      put.accept(row.get(0), act);
      for (String form : row.list(1)) {
        put.accept(form, act);
      }
    }
  }

  /**
   * Reads given names: {@code name, gender} with gender {@code F} or {@code M}; a name read with
   * both genders counts as unknown.
   *
   * @throws DemarcheIoException naming the source and line of a malformed row
   */
  public void readGivenNames(Reader reader, String source) {
    for (Row row : rows(reader, source, 2)) {
      String g = row.get(1);
      Ment.Gender gender =
          switch (g) {
            case "F" -> Ment.Gender.FEMALE;
            case "M" -> Ment.Gender.MALE;
            default -> throw row.error(1, "gender must be F or M, found '" + g + "'");
          };
      givenNames.merge(row.get(0), gender, (a, b) -> a == b ? a : Ment.Gender.UNKNOWN);
    }
  }

  /** Adds a reporting cue programmatically. */
  public void addCue(String form, SpeechAct act) {
    cues.put(form, act);
  }

  /** The id prefix of actors of {@code kind}, such as {@code body} or {@code person}. */
  public static String prefixOf(ActorKind kind) {
    return switch (kind) {
      case STATE -> "state";
      case GOVERNMENT_BODY -> "body";
      case PERSON -> "person";
      case ORGANIZATION -> "org";
      case CITY -> "city";
      case MEDIA -> "media";
      case DOCUMENT -> "doc";
      case ANONYMOUS -> "anon";
    };
  }

  private static List<Row> rows(Reader reader, String source, int columns) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      long number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = TAB.splitToList(line);
        if (cells.size() != columns) {
          throw new DemarcheIoException(
              source, number, 0, null, null,
              "expected " + columns + " tab-separated columns, found " + cells.size(), null);
        }
        rows.add(new Row(source, number, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    return rows;
  }

  /** One row of a data file, with its location for errors. */
  private record Row(String source, long line, List<String> cells) {
    String get(int column) {
      String value = cells.get(column);
      if (value.isEmpty() || value.equals("-")) {
        throw error(column, "a value is required");
      }
      return value;
    }

    Optional<String> optional(int column) {
      String value = cells.get(column);
      return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
    }

    List<String> list(int column) {
      return optional(column).map(BAR::splitToList).orElse(List.of());
    }

    Optional<CountryCode> country(int column) {
      Optional<String> value = optional(column);
      if (value.isPresent() && !CountryCode.isKnown(value.get())) {
        throw error(column, "'" + value.get() + "' is not an ISO 3166-1 alpha-3 code");
      }
      return value.map(CountryCode::of);
    }

    ActorKind actorKind(int column) {
      String value = get(column);
      try {
        return ActorKind.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(column, "unknown actor kind '" + value + "'");
      }
    }

    SpeechAct speechAct(int column) {
      String value = get(column);
      try {
        return SpeechAct.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(column, "unknown speech act '" + value + "'");
      }
    }

    DemarcheIoException error(int column, String problem) {
      return new DemarcheIoException(
          source, line, 0, "column " + (column + 1), null, problem, null);
    }
  }
}
