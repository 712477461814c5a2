package dev.demarche.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.demarche.io.internal.extract.LexiconData;
import dev.demarche.model.SpeechAct;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reporting cues an extractor recognises ("said", "denounced", "expressed concern"), each
 * normalised to a {@link SpeechAct}, and the nouns that make a reported act after a light verb
 * ("issued a stern <i>warning</i>").
 *
 * <p>Users add to the {@link #defaults() defaults}, or replace them, from tab-separated files of
 * {@code cue, forms, act} rows (docs/extraction.md):
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.builder().addDefaults().addCues(Path.of("my-cues.tsv")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {
  private static final CueLexicon DEFAULTS = builder().addDefaults().build();

  private final LexiconData data;
  private final ImmutableList<String> sources;

  private CueLexicon(LexiconData data, ImmutableList<String> sources) {
    this.data = data;
    this.sources = sources;
  }

  /** The default lexicon, bundled with the library. */
  public static CueLexicon defaults() {
    return DEFAULTS;
  }

  /** Returns a builder of an empty lexicon. */
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

  /** Builds a {@link CueLexicon}; not thread-safe, as every builder. */
  public static final class Builder {
    private final List<Consumer<LexiconData>> steps = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();

    private Builder() {}

    /** Adds the bundled cues and act nouns. */
    public Builder addDefaults() {
      sources.add("defaults");
      steps.add(d -> Gazetteer.readResource("cues.tsv", d::readCues));
      steps.add(d -> Gazetteer.readResource("act-nouns.tsv", d::readActNouns));
      return this;
    }

    /** Adds cues from {@code file}: {@code cue, forms, act}. Errors surface in {@link #build()}. */
    public Builder addCues(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> Gazetteer.readFile(file, d::readCues));
      return this;
    }

    /**
     * Adds act nouns from {@code file}: {@code noun, forms, act}. Errors surface in {@link
     * #build()}.
     */
    public Builder addActNouns(Path file) {
      checkNotNull(file, "file");
      sources.add(file.toString());
      steps.add(d -> Gazetteer.readFile(file, d::readActNouns));
      return this;
    }

    /** Adds one cue form, such as {@code "lambasted"}, with its act. */
    public Builder addCue(String form, SpeechAct act) {
      checkNotNull(form, "form");
      checkNotNull(act, "act");
      steps.add(d -> d.addCue(form, act));
      return this;
    }

    /**
     * Builds the lexicon, reading every file added.
     *
     * @throws DemarcheIoException naming the file and line of a malformed row
     */
    public CueLexicon build() {
      LexiconData data = new LexiconData();
      for (Consumer<LexiconData> step : steps) {
        step.accept(data);
      }
      return new CueLexicon(data, ImmutableList.copyOf(sources));
    }
  }
}
