package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;

/**
 * Reads the rule data files that live beside these classes: UTF-8, one entry a line, blank lines
 * and lines starting with {@code #} ignored.
 *
 * <p>Internal: may change without notice. Stateless and thread-safe.
 */
final class WordLists {

  private WordLists() {}

  /**
   * The entry lines of a resource in this package, trimmed.
   *
   * @throws IllegalStateException if the resource is missing or unreadable: the data files ship
   *     inside the jar, so either means a broken build
   */
  static ImmutableList<String> entryLines(String resourceName) {
    URL url;
    try {
      url = Resources.getResource(WordLists.class, resourceName);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("missing rule file " + resourceName, e);
    }
    try {
      return entries(Resources.readLines(url, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + resourceName, e);
    }
  }

  static ImmutableList<String> entries(Iterable<String> lines) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (String line : lines) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        out.add(trimmed);
      }
    }
    return out.build();
  }

  /**
   * A set of single words, lower-cased so that look-ups can ignore case.
   *
   * @throws IllegalArgumentException if an entry is not a single word of letters
   */
  static ImmutableSet<String> lowerCaseWords(Iterable<String> words) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String word : words) {
      checkArgument(
          !word.isEmpty() && word.chars().allMatch(Character::isLetter),
          "word list entry \"%s\" is not a single word of letters",
          word);
      out.add(word.toLowerCase(Locale.ROOT));
    }
    return out.build();
  }
}
