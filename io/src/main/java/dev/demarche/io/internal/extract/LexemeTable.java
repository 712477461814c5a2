package dev.demarche.io.internal.extract;

import java.util.Map;

/**
 * The words the lexicons know, looked up by a stretch of the text without making a string of it
 * first. A word found is given the table's own string, whose hash is already known to every set
 * the rules look it up in. Immutable after construction, and so thread-safe.
 *
 * <p>The table is laid out for few cache misses per lookup, since every token is looked up: a
 * slot is one {@code long} holding a key's hash and where its record starts; a record holds the
 * key's length, its entry and its characters side by side; and an entry's string and lexeme lie
 * next to each other. A word found costs three places in memory, a word not found mostly one.
 */
final class LexemeTable {
  /** Characters before a record's key: its length, then its entry in two halves. */
  private static final int HEADER = 3;

  /** Per slot: the key's hash in the high half, its record's start plus one in the low half; 0 when empty. */
  private final long[] slots;
  private final int mask;
  /** The records of every key, one after another: length, entry (high, low), characters. */
  private final char[] records;
  /** Per entry: its key at {@code 2 * entry}, its lexeme at {@code 2 * entry + 1}. */
  private final Object[] entries;

  LexemeTable(Map<String, Lexeme> lexemes) {
    int size = lexemes.size();
    int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    entries = new Object[2 * size];
    int chars = 0;
    for (String key : lexemes.keySet()) {
      if (key.length() > Character.MAX_VALUE) {
        throw new IllegalArgumentException("lexicon word longer than " + (int) Character.MAX_VALUE
            + " characters: " + key.substring(0, 40) + "…");
      }
      chars += HEADER + key.length();
    }
    records = new char[chars];
    int entry = 0;
    int at = 0;
    for (Map.Entry<String, Lexeme> e : lexemes.entrySet()) {
      // interned: the rules' literals are then the very strings of the tokens they compare with
      String key = e.getKey().intern();
      entries[2 * entry] = key;
      entries[2 * entry + 1] = e.getValue();
      records[at] = (char) key.length();
      records[at + 1] = (char) (entry >>> 16);
      records[at + 2] = (char) entry;
      key.getChars(0, key.length(), records, at + HEADER);
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) h << 32) | (at + 1);
      at += HEADER + key.length();
      entry++;
    }
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
        int at = (int) s - 1;
        if (same(at, text, begin, end)) {
          return (records[at + 1] << 16) | records[at + 2];
        }
      }
    }
  }

  /** A plain loop: the words are short, too short for a vectorised comparison to pay. */
  private boolean same(int at, char[] text, int begin, int end) {
    int length = end - begin;
    if (records[at] != length) {
      return false;
    }
    for (int i = at + HEADER, j = begin; j < end; i++, j++) {
      if (records[i] != text[j]) {
        return false;
      }
    }
    return true;
  }

  /** The interned string of entry {@code entry}. */
  String key(int entry) {
    return (String) entries[2 * entry];
  }

  /** The lexeme of entry {@code entry}. */
  Lexeme value(int entry) {
    return (Lexeme) entries[2 * entry + 1];
  }
}
