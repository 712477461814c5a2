package dev.demarche.io.internal.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps phrases, as sequences of token texts, to values, and finds the longest phrase starting at a
 * token. Built once, then only read: safe to share between threads once built.
 */
final class PhraseTrie<V> {
  static final class Node<V> {
    final Map<String, Node<V>> children = new HashMap<>(4);
    final List<V> values = new ArrayList<>(1);
  }

  /** A phrase found: its values and the index after its last token. */
  record Match<V>(List<V> values, int end) {}

  private final Node<V> root = new Node<>();
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
      node = node.children.computeIfAbsent(token.text.intern(), k -> new Node<>());
    }
    if (!node.values.contains(value)) {
      node.values.add(value);
    }
    longest = Math.max(longest, tokens.size());
  }

  /** The words that start a phrase, with the node each leads to. */
  Map<String, Node<V>> firstWords() {
    return root.children;
  }

  /**
   * Returns the longest phrase starting at {@code start}, whose first token leads to {@code first}
   * (from {@link #firstWords()}, looked up once per token), or null.
   */
  Match<V> longestFrom(Node<V> first, List<Token> tokens, int start) {
    if (first == null) {
      return null;
    }
    Node<V> node = first;
    Match<V> best = node.values.isEmpty() ? null : new Match<>(node.values, start + 1);
    int stop = Math.min(tokens.size(), start + longest);
    for (int i = start + 1; i < stop; i++) {
      node = node.children.get(tokens.get(i).text);
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
      node = node.children.get(tokens.get(i).text);
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
