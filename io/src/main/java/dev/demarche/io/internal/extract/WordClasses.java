package dev.demarche.io.internal.extract;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word classes of {@code data/words.tsv} that the extraction rules test tokens against
 * (determiners, heads of anonymous sources, pronouns...). Loaded once; immutable and thread-safe.
 */
final class WordClasses {
  private static final WordClasses BUNDLED = load("/dev/demarche/io/data/words.tsv");

  private final ImmutableMap<String, ImmutableSet<String>> classes;

  private WordClasses(ImmutableMap<String, ImmutableSet<String>> classes) {
    this.classes = classes;
  }

  static WordClasses bundled() {
    return BUNDLED;
  }

  /** The words of class {@code name}. */
  ImmutableSet<String> get(String name) {
    ImmutableSet<String> words = classes.get(name);
    if (words == null) {
      throw new IllegalStateException("no word class '" + name + "' in words.tsv");
    }
    return words;
  }

  private static WordClasses load(String resource) {
    Map<String, ImmutableSet<String>> classes = new LinkedHashMap<>();
    try (InputStream in = WordClasses.class.getResourceAsStream(resource);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = Splitter.on('\t').limit(2).splitToList(line);
        classes.put(
            cells.get(0),
            ImmutableSet.copyOf(Splitter.on('|').trimResults().omitEmptyStrings().split(cells.get(1))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordClasses(ImmutableMap.copyOf(classes));
  }
}
