package dev.demarche.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.demarche.io.internal.extract.ActorEntry;
import dev.demarche.io.internal.extract.LexiconData;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The actors an extractor knows in advance, by name, and the titles that introduce persons.
 *
 * <p>The {@link #defaults() default gazetteer} has every UN member state plus Taiwan, with names,
 * abbreviations, demonyms and capitals used as metonyms ("Beijing"); the major international
 * organisations, parties and news media; government bodies, generic ones whose country comes from
 * the text ("Foreign Ministry", "MOFA") and national ones ("State Department"); and titles
 * ("Secretary of State", "spokesman"). Users add to it, or replace it, from their own
 * tab-separated data files, in the formats of docs/extraction.md:
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.builder()
 *     .addDefaults()
 *     .addActors(Path.of("my-actors.tsv"))   // id, name, aliases, country, kind
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  private static final String DATA = "/dev/demarche/io/data/";
  private static final Gazetteer DEFAULTS = builder().addDefaults().build();

  private final LexiconData data;
  private final ImmutableList<String> sources;

  private Gazetteer(LexiconData data, ImmutableList<String> sources) {
    this.data = data;
    this.sources = sources;
  }

  /** The default gazetteer, bundled with the library. */
  public static Gazetteer defaults() {
    return DEFAULTS;
  }

  /** Returns a builder of an empty gazetteer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The names of the data files and resources read, in order. */
  public ImmutableList<String> sources() {
    return sources;
  }

  LexiconData data() {
    return data;
  }

  static void readResource(String name, BiConsumer<Reader, String> reader) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DATA + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled data file missing: " + DATA + name);
      }
      reader.accept(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void readFile(Path file, BiConsumer<Reader, String> reader) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      reader.accept(in, file.toString());
    } catch (IOException e) {
      throw new DemarcheIoException(file.toString(), 0, 0, null, null, "cannot read: " + e, e);
    }
  }

  /** Builds a {@link Gazetteer}; not thread-safe, as every builder. */
  public static final class Builder {
    private final List<Consumer<LexiconData>> steps = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the bundled countries, organisations, media, government bodies, places within states,
     * titles and given names.
     */
    public Builder addDefaults() {
      sources.add("defaults");
      steps.add(d -> readResource("countries.tsv", d::readCountries));
      steps.add(d -> readResource("organizations.tsv", d::readActors));
      steps.add(d -> readResource("bodies.tsv", d::readActors));
      steps.add(d -> readResource("places.tsv", d::readActors));
      steps.add(d -> readResource("titles.tsv", d::readTitles));
      steps.add(d -> readResource("given-names.tsv", d::readGivenNames));
      return this;
    }

    /**
     * Adds given names from {@code file}: {@code name, gender} (F or M), used to resolve "he" and
     * "she". Errors surface in {@link #build()}.
     */
    public Builder addGivenNames(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> readFile(file, d::readGivenNames));
      return this;
    }

    /**
     * Adds countries from {@code file}: {@code alpha3, name, aliases, adjectives, capitals}.
     * Errors surface in {@link #build()}.
     */
    public Builder addCountries(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> readFile(file, d::readCountries));
      return this;
    }

    /**
     * Adds actors from {@code file}: {@code id, name, aliases, country, kind}. Errors surface in
     * {@link #build()}.
     */
    public Builder addActors(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> readFile(file, d::readActors));
      return this;
    }

    /**
     * Adds titles from {@code file}: {@code title, variants, body, country, rank}. Errors surface
     * in {@link #build()}.
     */
    public Builder addTitles(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> readFile(file, d::readTitles));
      return this;
    }

    /**
     * Adds one actor, known by its name and aliases.
     *
     * @param id the id, such as {@code person:jane-doe}; without a prefix, the kind's is added
     * @param kind the kind of actor
     * @param name the canonical name
     * @param aliases other names it goes by
     * @param country its country, if any
     */
    public Builder addActor(
        String id, ActorKind kind, String name, Iterable<String> aliases, Optional<CountryCode> country) {
      checkNotNull(id, "id");
      checkNotNull(kind, "kind");
      checkNotNull(name, "name");
      checkNotNull(country, "country");
      List<String> names = ImmutableList.copyOf(aliases);
      String fullId = id.indexOf(':') < 0 ? LexiconData.prefixOf(kind) + ":" + id : id;
      steps.add(d -> d.addActor(new ActorEntry(fullId, kind, name, names, country)));
      return this;
    }

    /**
     * Builds the gazetteer, reading every file added.
     *
     * @throws DemarcheIoException naming the file and line of a malformed row
     */
    public Gazetteer build() {
      LexiconData data = new LexiconData();
      for (Consumer<LexiconData> step : steps) {
        step.accept(data);
      }
      return new Gazetteer(data, ImmutableList.copyOf(sources));
    }
  }
}
