package dev.demarche.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the Java code in the docs from going stale: every {@code ```java} block of README.md and
 * docs/ equals, line for line after removing the common indentation, the region of a compiled
 * source file of this module between {@code // snippet: Name} and {@code // end snippet}. A block
 * marked {@code <!-- snippet: Name -->} on the line before it must equal the region of that name;
 * an unmarked block (in pages maintained elsewhere, such as docs/format.md) must equal some
 * region. Those sources are example programs and tests, so every snippet is compiled, and almost
 * all are run by a test. The scheme is described in docs/README.md.
 */
class DocSnippetsTest {
  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([A-Za-z0-9-]+) -->");
  private static final Pattern FENCE = Pattern.compile("(`{3,})([A-Za-z]*)");
  private static final Pattern REGION_START = Pattern.compile("\\s*// snippet: ([A-Za-z0-9-]+)");
  private static final Pattern REGION_END = Pattern.compile("\\s*// end snippet");

  /** A {@code ```java} block of a Markdown file. */
  record DocBlock(String where, Optional<String> name, String code) {}

  /** A marked region of a Java source file. */
  record Region(String where, String name, String code) {}

  private static Path root() {
    return Path.of(System.getProperty("demarche.root", "..")).toAbsolutePath().normalize();
  }

  private static List<Path> files(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines joined, with the indentation they all share removed. */
  static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  static List<DocBlock> docBlocks() {
    List<Path> docs = new ArrayList<>();
    docs.add(root().resolve("README.md"));
    docs.addAll(files(root().resolve("docs"), ".md"));
    List<DocBlock> blocks = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = lines(doc);
      for (int i = 0; i < lines.size(); i++) {
        Matcher fence = FENCE.matcher(lines.get(i).strip());
        if (!fence.matches()) {
          continue;
        }
        // A fence closes with a line of at least as many backticks; blocks inside a longer fence,
        // such as a Markdown example, are text.
        String backticks = fence.group(1);
        int end = i + 1;
        while (end < lines.size() && !isClosing(lines.get(end).strip(), backticks)) {
          end++;
        }
        if (fence.group(2).equals("java")) {
          Optional<String> name = Optional.empty();
          if (i > 0) {
            Matcher marker = MARKER.matcher(lines.get(i - 1).strip());
            if (marker.matches()) {
              name = Optional.of(marker.group(1));
            }
          }
          String where = root().relativize(doc) + ":" + (i + 1);
          blocks.add(new DocBlock(where, name, dedent(lines.subList(i + 1, end))));
        }
        i = end;
      }
    }
    return blocks;
  }

  private static boolean isClosing(String line, String backticks) {
    return line.startsWith(backticks) && line.chars().allMatch(c -> c == '`');
  }

  static List<Region> regions() {
    List<Region> regions = new ArrayList<>();
    Path module = root().resolve("examples/src");
    for (Path source : files(module, ".java")) {
      List<String> lines = lines(source);
      for (int i = 0; i < lines.size(); i++) {
        Matcher start = REGION_START.matcher(lines.get(i));
        if (!start.matches()) {
          continue;
        }
        int end = i + 1;
        while (end < lines.size() && !REGION_END.matcher(lines.get(end)).matches()) {
          end++;
        }
        String where = root().relativize(source) + ":" + (i + 1);
        regions.add(new Region(where, start.group(1), dedent(lines.subList(i + 1, end))));
        i = end;
      }
    }
    return regions;
  }

  @Test
  void theDocsAndTheSnippetSourcesAreFound() {
    List<DocBlock> blocks = docBlocks();

    assertTrue(
        blocks.stream().anyMatch(b -> b.where().startsWith("README.md:")),
        "no ```java block in README.md under " + root());
    assertTrue(
        regions().stream().anyMatch(r -> r.where().startsWith("examples/src/main/java/")),
        "no snippet region in the example programs");
  }

  @TestFactory
  Stream<DynamicTest> everyMarkedBlockIsTheRegionOfTheSameName() {
    Map<String, List<Region>> regions =
        regions().stream().collect(Collectors.groupingBy(Region::name));
    return docBlocks().stream()
        .filter(b -> b.name().isPresent())
        .map(
            block ->
                DynamicTest.dynamicTest(
                    block.where() + " " + block.name().get(),
                    () -> {
                      List<Region> named = regions.getOrDefault(block.name().get(), List.of());
                      assertEquals(
                          1,
                          named.size(),
                          "regions named " + block.name().get() + ": " + named);
                      assertEquals(
                          named.get(0).code(),
                          block.code(),
                          block.where() + " differs from " + named.get(0).where());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyUnmarkedBlockIsSomeRegionVerbatim() {
    Set<String> code = regions().stream().map(Region::code).collect(Collectors.toSet());
    return docBlocks().stream()
        .filter(b -> b.name().isEmpty())
        .map(
            block ->
                DynamicTest.dynamicTest(
                    block.where() + " (unmarked)",
                    () ->
                        assertTrue(
                            code.contains(block.code()),
                            block.where()
                                + ": a ```java block that is no snippet region; mark it"
                                + " <!-- snippet: Name --> and put its code between"
                                + " // snippet: Name and // end snippet in an example or test")));
  }

  @Test
  void everyRegionIsShownInTheDocs() {
    List<DocBlock> blocks = docBlocks();
    Set<String> names = blocks.stream().flatMap(b -> b.name().stream()).collect(Collectors.toSet());
    Set<String> unmarked =
        blocks.stream().filter(b -> b.name().isEmpty()).map(DocBlock::code).collect(Collectors.toSet());

    List<String> unused =
        regions().stream()
            .filter(r -> !names.contains(r.name()) && !unmarked.contains(r.code()))
            .map(Region::where)
            .toList();

    assertEquals(List.of(), unused, "snippet regions no doc shows");
  }

  @Test
  void regionNamesAreUnique() {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Region r : regions()) {
      byName.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r.where());
    }
    Set<String> duplicated = new TreeSet<>(Comparator.naturalOrder());
    byName.forEach((name, places) -> {
      if (places.size() > 1) {
        duplicated.add(name + " " + places);
      }
    });

    assertEquals(Set.of(), duplicated);
  }

  @Test
  void dedentRemovesOnlyTheSharedIndentation() {
    assertEquals("a\n  b\n\nc", dedent(List.of("    a", "      b", "", "    c")));
  }
}
