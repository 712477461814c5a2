package dev.demarche.io.internal.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A fixed set of words that the rules test tokens against. Every set has an index, and every word
 * of the lexeme table carries the indices of the sets it is in as bits; testing a token with
 * {@link #has} reads one bit of its lexeme instead of hashing its text into a set.
 *
 * <p>Sets are made while their classes initialise, before the first table is built
 * ({@link #all}); a set made after that would have no bits in any table, so making one then throws.
 * A class that declares sets must be in {@code DECLARING}, which {@link #all} initialises first.
 * Immutable and thread-safe.
 */
final class WordSet implements Iterable<String> {
  /** The classes that declare sets, initialised before the sets are read. */
  private static final List<String> DECLARING = List.of("Attributor", "CueFinder", "MentionFinder", "Resolver",
      "Token", "WordClasses");

  private static final List<WordSet> ALL = new ArrayList<>();
  private static boolean sealed;

  private final int index;
  private final ImmutableSet<String> words;

  private WordSet(int index, ImmutableSet<String> words) {
    this.index = index;
    this.words = words;
  }

  static WordSet of(String... words) {
    return copyOf(List.of(words));
  }

  static synchronized WordSet copyOf(Collection<String> words) {
    if (sealed) {
      throw new IllegalStateException("word sets must be made before the first lexeme table");
    }
    WordSet set = new WordSet(ALL.size(), ImmutableSet.copyOf(words));
    ALL.add(set);
    return set;
  }

  /** Every set, after the classes that declare sets have initialised; no set can be made after. */
  static List<WordSet> all() {
    for (String name : DECLARING) {
      try {
        Class.forName(WordSet.class.getPackageName() + "." + name, true, WordSet.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    synchronized (WordSet.class) {
      sealed = true;
      return ImmutableList.copyOf(ALL);
    }
  }

  /** The bits of the sets {@code word} is in, indexed as {@link #has} reads them; null for none. */
  static long[] bitsOf(String word, List<WordSet> sets) {
    long[] bits = null;
    for (WordSet set : sets) {
      if (set.words.contains(word)) {
        if (bits == null) {
          bits = new long[(sets.size() + 63) >>> 6];
        }
        bits[set.index >>> 6] |= 1L << set.index;
      }
    }
    return bits;
  }

  /** Whether the token is one of the words, read from its lexeme. */
  boolean has(Token t) {
    long[] bits = t.lexeme.sets;
    return bits != null && (bits[index >>> 6] & (1L << index)) != 0;
  }

  boolean contains(String word) {
    return words.contains(word);
  }

  /** The words. */
  ImmutableSet<String> words() {
    return words;
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }
}
