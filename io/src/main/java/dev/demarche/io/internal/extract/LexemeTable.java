package dev.demarche.io.internal.extract;

import java.util.Map;

/**
 * The words the lexicons know, looked up by a stretch of the text without making a string of it
 * first. A word found is given the table's own string, whose hash is already known to every set
 * the rules look it up in. Immutable after construction, and so thread-safe.
 */
final class LexemeTable {
  private final String[] keys;
  private final Lexeme[] values;
  private final int mask;

  LexemeTable(Map<String, Lexeme> lexemes) {
    int capacity = Integer.highestOneBit(Math.max(16, lexemes.size() * 3)) << 1;
    keys = new String[capacity];
    values = new Lexeme[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Lexeme> e : lexemes.entrySet()) {
      String key = e.getKey();
      int slot = spread(key.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The slot of {@code text[begin, end)}, or -1 if no lexicon knows it. */
  int find(char[] text, int begin, int end) {
    int h = 0;
    for (int i = begin; i < end; i++) {
      h = 31 * h + text[i];
    }
    int length = end - begin;
    for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && key.hashCode() == h && sameChars(key, text, begin, length)) {
        return slot;
      }
    }
    return -1;
  }

  private static boolean sameChars(String key, char[] text, int begin, int length) {
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != text[begin + i]) {
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
