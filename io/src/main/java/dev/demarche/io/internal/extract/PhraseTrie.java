package dev.demarche.io.internal.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps phrases, as sequences of token texts, to values, and finds the longest phrase starting at a
 * token. Built once, then only read: safe to share between threads once built.
 */
final class PhraseTrie<V> {
  static final class Node<V> {
    final List<V> values = new ArrayList<>(1);
    /*
     * The children, as an open-addressing table of hashes, words and nodes: a token's hash and
     * interned string find a child without reading either string.
     */
    private int[] hashes = NO_HASHES;
    private String[] words;
    private Node<V>[] nodes;
    private int size;

    /** The child for the word {@code word}, whose hash is {@code hash}; null if none. */
    Node<V> child(String word, int hash) {
      int[] hs = hashes;
      if (hs.length == 0) {
        return null;
      }
      int mask = hs.length - 1;
      for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
        String w = words[slot];
        if (w == null) {
          return null;
        }
        if (hs[slot] == hash && (w == word || w.equals(word))) {
          return nodes[slot];
        }
      }
    }

    private Node<V> addChild(String word) {
      Node<V> node = child(word, word.hashCode());
      if (node == null) {
        node = new Node<>();
        if (2 * (size + 1) > hashes.length) {
          grow(Integer.highestOneBit(4 * (size + 1)));
        }
        place(word, node);
        size++;
      }
      return node;
    }

    @SuppressWarnings("unchecked")
    private void grow(int capacity) {
      String[] oldWords = words;
      Node<V>[] oldNodes = nodes;
      hashes = new int[capacity];
      words = new String[capacity];
      nodes = (Node<V>[]) new Node<?>[capacity];
      for (int k = 0; oldWords != null && k < oldWords.length; k++) {
        if (oldWords[k] != null) {
          place(oldWords[k], oldNodes[k]);
        }
      }
    }

    private void place(String word, Node<V> node) {
      int hash = word.hashCode();
      int mask = hashes.length - 1;
      int slot = spread(hash) & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      words[slot] = word;
      nodes[slot] = node;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }

  private static final int[] NO_HASHES = new int[0];

  /** A phrase found: its values and the index after its last token. */
  record Match<V>(List<V> values, int end) {}

  private final Node<V> root = new Node<>();
  private final Set<String> words = new HashSet<>();
  private int longest;

  /** Adds {@code value} under the phrase {@code phrase}, tokenized as article text is. */
  void put(String phrase, V value) {
    if (phrase.indexOf('\'') >= 0) {
      putExact(phrase.replace('\'', '’'), value);
    } else if (phrase.indexOf('’') >= 0) {
      putExact(phrase.replace('’', '\''), value);
    }
    putExact(phrase, value);
  }

  private void putExact(String phrase, V value) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    if (tokens.isEmpty()) {
      return;
    }
    Node<V> node = root;
    for (Token token : tokens) {
      // interned, as the lexeme table's strings are: a token's text then matches by identity
      String word = token.text.intern();
      words.add(word);
      node = node.addChild(word);
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
    longest = Math.max(longest, tokens.size());
  }

  /** Every word of every phrase. */
  Set<String> words() {
    return Collections.unmodifiableSet(words);
  }

  /** The node the phrases starting with {@code word} lead to, or null if none starts with it. */
  Node<V> firstWord(String word) {
    return root.child(word, word.hashCode());
  }

  /**
   * Returns the longest phrase starting at {@code start}, whose first token leads to {@code first}
   * (from {@link #firstWord}, looked up once per token), or null. The tokens must come from a
   * lexeme table that holds all {@link #words()}: a token the table does not know ends the phrase
   * without a lookup.
   */
  Match<V> longestFrom(Node<V> first, List<Token> tokens, int start) {
    if (first == null) {
      return null;
    }
    Node<V> node = first;
    Match<V> best = node.values.isEmpty() ? null : new Match<>(node.values, start + 1);
    int stop = Math.min(tokens.size(), start + longest);
    for (int i = start + 1; i < stop; i++) {
      Token t = tokens.get(i);
      if (t.lexeme == Lexeme.NONE) {
        break;
      }
      node = node.child(t.text, t.hash);
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = new Match<>(node.values, i + 1);
      }
    }
    return best;
  }

  /** Returns the longest phrase starting at {@code start} and ending by {@code limit}, or null. */
  Match<V> longestAt(List<Token> tokens, int start, int limit) {
    Node<V> node = root;
    Match<V> best = null;
    int stop = Math.min(limit, start + longest);
    for (int i = start; i < stop; i++) {
      Token t = tokens.get(i);
      node = node.child(t.text, t.hash);
      if (node == null) {
        break;
      }
      if (!node.values.isEmpty()) {
        best = new Match<>(node.values, i + 1);
      }
    }
    return best;
  }

  /** Whether some phrase is exactly {@code phrase}'s tokens. */
  List<V> get(String phrase) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    Match<V> m = longestAt(tokens, 0, tokens.size());
    return m != null && m.end() == tokens.size() ? m.values() : List.of();
  }
}
