package dev.demarche.io.internal.extract;

import java.util.Map;

/**
 * The words the lexicons know, looked up by a stretch of the text without making a string of it
 * first. A word found is given the table's own string, whose hash is already known to every set
 * the rules look it up in. Immutable after construction, and so thread-safe.
 */
final class LexemeTable {
  private final String[] keys;
  /** Each key's hash, compared before its characters without reaching the key itself. */
  private final int[] hashes;
  /** Each key's characters, for comparing with a stretch of text without a string. */
  private final char[][] chars;
  private final Lexeme[] values;
  private final int mask;

  LexemeTable(Map<String, Lexeme> lexemes) {
    int capacity = Integer.highestOneBit(Math.max(16, lexemes.size() * 3)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    chars = new char[capacity][];
    values = new Lexeme[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Lexeme> e : lexemes.entrySet()) {
      String key = e.getKey();
      int slot = spread(key.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = key.hashCode();
      chars[slot] = key.toCharArray();
      values[slot] = e.getValue();
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

  /** The slot of {@code text[begin, end)}, whose {@link #hash} is {@code h}, or -1 if no lexicon knows it. */
  int find(char[] text, int begin, int end, int h) {
    for (int slot = spread(h) & mask; chars[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && same(chars[slot], text, begin, end)) {
        return slot;
      }
    }
    return -1;
  }

  /** A plain loop: the words are short, too short for a vectorised comparison to pay. */
  private static boolean same(char[] key, char[] text, int begin, int end) {
    if (key.length != end - begin) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != text[begin + i]) {
        return false;
      }
    }
    return true;
  }

  String key(int slot) {
    return keys[slot];
  }

  Lexeme value(int slot) {
    return values[slot];
  }
}
