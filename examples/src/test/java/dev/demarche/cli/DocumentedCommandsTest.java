package dev.demarche.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command lines and Maven coordinates shown in the README and docs/ stay true: every documented
 * command of the tool parses, and every dependency snippet names this project's artifacts and
 * version.
 */
class DocumentedCommandsTest {
  private static final Path ROOT = Path.of("..");
  private static final String JAR = "java -jar examples/target/demarche-cli.jar";

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** Every documented invocation: {@code java -jar …demarche-cli.jar ARGS} or {@code demarche ARGS}. */
  static Stream<String> commands() throws IOException {
    List<String> commands = new ArrayList<>();
    for (Path page : pages()) {
      for (String line : Files.readAllLines(page, UTF_8)) {
        String l = line.strip();
        if (l.startsWith(JAR + " ")) {
          commands.add(l.substring(JAR.length()).strip());
        } else if (l.startsWith("demarche ") && !l.contains(":")) {
          commands.add(l.substring("demarche".length()).strip());
        }
      }
    }
    return commands.stream();
  }

  @ParameterizedTest(name = "demarche {0}")
  @MethodSource("commands")
  void documentedCommandParses(String arguments) {
    String[] args = arguments.split("\\s+");
    PrintWriter sink = new PrintWriter(new StringWriter());
    assertDoesNotThrow(
        () -> DemarcheCli.commandLine(InputStream.nullInputStream(), sink, sink).parseArgs(args));
  }

  @Test
  void documentedCommandsAreFound() throws IOException {
    assertFalse(commands().toList().isEmpty());
  }

  @Test
  void dependencySnippetsNameThisProjectsArtifactsAndVersion() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), UTF_8);
    Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(pom);
    version.find(); // the project's own, the first in the parent pom
    String projectVersion = version.group(1);
    Pattern dependency =
        Pattern.compile(
            "<groupId>dev\\.demarche</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");
    int found = 0;
    for (Path page : pages()) {
      Matcher m = dependency.matcher(Files.readString(page, UTF_8));
      while (m.find()) {
        found++;
        assertEquals(projectVersion, m.group(2), page + ": " + m.group());
        assertDoesNotThrow(
            () -> Files.readString(ROOT.resolve(module(m.group(1))).resolve("pom.xml")),
            page + ": no module for " + m.group(1));
      }
    }
    assertFalse(found == 0, "no dependency snippets found");
  }

  private static String module(String artifact) {
    return artifact.replace("demarche-", "");
  }
}
