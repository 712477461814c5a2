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
  /** Each class as a set that tests tokens by the bits of their lexemes. */
  private final ImmutableMap<String, WordSet> sets;
  private final ImmutableMap<String, Long> bits;
  /** Every word's classes as a bit set, so that a token is looked up once. */
  private final java.util.HashMap<String, Long> masks = new java.util.HashMap<>();

  private WordClasses(ImmutableMap<String, ImmutableSet<String>> classes) {
    this.classes = classes;
    ImmutableMap.Builder<String, Long> bits = ImmutableMap.builder();
    long bit = 1;
    for (Map.Entry<String, ImmutableSet<String>> e : classes.entrySet()) {
      if (bit == 0) {
        throw new IllegalStateException("more than 64 word classes in words.tsv");
      }
      bits.put(e.getKey(), bit);
      for (String word : e.getValue()) {
        masks.merge(word, bit, (a, b) -> a | b);
      }
      bit <<= 1;
    }
    this.bits = bits.build();
    ImmutableMap.Builder<String, WordSet> sets = ImmutableMap.builder();
    for (Map.Entry<String, ImmutableSet<String>> e : classes.entrySet()) {
      sets.put(e.getKey(), WordSet.copyOf(e.getValue()));
    }
    this.sets = sets.build();
  }

  /** Every word of every class. */
  java.util.Set<String> words() {
    return masks.keySet();
  }

  /** The bit of class {@code name}, for {@link #mask}. */
  long bit(String name) {
    Long bit = bits.get(name);
    if (bit == null) {
      throw new IllegalStateException("no word class '" + name + "' in words.tsv");
    }
    return bit;
  }

  /** The classes of {@code word}, as bits; 0 for a word of no class. */
  long mask(String word) {
    Long mask = masks.get(word);
    return mask == null ? 0 : mask;
  }

  static WordClasses bundled() {
    return BUNDLED;
  }

  /** The words of class {@code name}. */
  WordSet get(String name) {
    WordSet words = sets.get(name);
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
        ImmutableSet<String> words =
            ImmutableSet.copyOf(Splitter.on('|').trimResults().omitEmptyStrings().split(cells.get(1)));
        // interned: the rules ask by literal names, which then match by identity
        classes.put(cells.get(0).intern(), words);
        if (cells.get(0).equals("person-description-head") || cells.get(0).equals("document-head")) {
          // "Scientist Rebecca Falconer said", "Reports indicate": a common noun capitalised at a
          // sentence start, which is no name
          boolean plural = cells.get(0).equals("document-head");
          ImmutableSet.Builder<String> capitalised = ImmutableSet.builder();
          ImmutableSet<String> before = classes.get("common-noun-capitalised");
          if (before != null) {
            capitalised.addAll(before);
          }
          for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.indexOf(' ') < 0) {
              capitalised.add(Character.toUpperCase(w.charAt(0)) + w.substring(1) + (plural ? "s" : ""));
            }
          }
          classes.put("common-noun-capitalised", capitalised.build());
        }
        if (cells.get(0).equals("anonymous-head")) {
          // a head at a sentence start: "Officials said"
          ImmutableSet.Builder<String> capitalised = ImmutableSet.builder();
          for (String w : words) {
            capitalised.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
          }
          classes.put("anonymous-head-capitalised", capitalised.build());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new WordClasses(ImmutableMap.copyOf(classes));
  }
}
