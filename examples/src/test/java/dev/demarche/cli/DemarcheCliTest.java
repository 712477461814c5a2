package dev.demarche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemarcheCliTest {
  @Test
  void helpListsTheCommandsAndTheExitCodes() {
    CliRun run = CliRun.of("--help");

    assertEquals(0, run.code());
    assertEquals("Usage: demarche [-hV] [COMMAND]", run.outLines().get(0));
    assertTrue(run.out().contains("  extract  Extracts statements"), run.out());
    assertTrue(
        run.out().contains("  2   bad arguments: an unknown option, a bad value, no input"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void helpWorksOnTheExtractCommandBothWays() {
    CliRun option = CliRun.of("extract", "--help");
    CliRun command = CliRun.of("help", "extract");

    assertEquals(0, option.code());
    assertTrue(option.outLines().get(0).startsWith("Usage: demarche extract [-hV] [--sample]"), option.out());
    assertTrue(option.out().contains("Exit codes:"), option.out());
    assertEquals(option.out(), command.out());
  }

  @Test
  void versionNamesTheTool() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.code());
    assertTrue(run.out().matches("demarche \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertEquals(2, run.code());
    assertEquals(
        List.of("demarche: missing command, such as 'extract' (see 'demarche --help')"),
        run.errLines());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("extrct");

    assertEquals(2, run.code());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().startsWith("demarche: Unmatched argument at index 0: 'extrct'"), run.err());
  }
}
