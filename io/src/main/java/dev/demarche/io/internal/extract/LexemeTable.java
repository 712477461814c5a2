package dev.demarche.io.internal.extract;

import java.util.Map;

/**
 * The words the lexicons know, looked up by a stretch of the text without making a string of it
 * first. A word found is given the table's own string, whose hash is already known to every set
 * the rules look it up in. Immutable after construction, and so thread-safe.
 *
 * <p>The table is laid out for few cache misses per lookup, since most tokens are looked up and
 * most are not found: each slot is one {@code long} holding a key's hash and its entry, and the
 * characters of all keys lie in one array.
 */
final class LexemeTable {
  /** Per slot: the key's hash in the high half, its entry plus one in the low half; 0 when empty. */
  private final long[] slots;
  private final int mask;
  /** The characters of every key, one after another. */
  private final char[] pool;
  /** Per entry: where its characters start in {@link #pool}; one more at the end for the last one's end. */
  private final int[] starts;
  private final String[] keys;
  private final Lexeme[] values;

  LexemeTable(Map<String, Lexeme> lexemes) {
    int size = lexemes.size();
    int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    keys = new String[size];
    values = new Lexeme[size];
    starts = new int[size + 1];
    int chars = 0;
    for (String key : lexemes.keySet()) {
      chars += key.length();
    }
    pool = new char[chars];
    int entry = 0;
    int at = 0;
    for (Map.Entry<String, Lexeme> e : lexemes.entrySet()) {
      // interned: the rules' literals are then the very strings of the tokens they compare with
      String key = e.getKey().intern();
      keys[entry] = key;
      values[entry] = e.getValue();
      starts[entry] = at;
      key.getChars(0, key.length(), pool, at);
      at += key.length();
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) h << 32) | (entry + 1);
      entry++;
    }
    starts[size] = at;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The hash {@link String#hashCode} gives the string of {@code text[begin, end)}. */
  static int hash(char[] text, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /** The entry of {@code text[begin, end)}, whose {@link #hash} is {@code h}, or -1 if no lexicon knows it. */
  int find(char[] text, int begin, int end, int h) {
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      long s = slots[slot];
      if (s == 0) {
        return -1;
      }
      if ((int) (s >>> 32) == h) {
        int entry = (int) s - 1;
        if (same(starts[entry], starts[entry + 1], text, begin, end)) {
          return entry;
        }
      }
    }
  }

  /** A plain loop: the words are short, too short for a vectorised comparison to pay. */
  private boolean same(int from, int to, char[] text, int begin, int end) {
    if (to - from != end - begin) {
      return false;
    }
    for (int i = from, j = begin; i < to; i++, j++) {
      if (pool[i] != text[j]) {
        return false;
      }
    }
    return true;
  }

  String key(int entry) {
    return keys[entry];
  }

  Lexeme value(int entry) {
    return values[entry];
  }
}
