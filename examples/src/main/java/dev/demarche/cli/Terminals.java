package dev.demarche.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal. Java 17 can only tell whether the process has a
 * console (standard input and output both terminals), so on Linux the file descriptor's target is
 * read from {@code /proc/self/fd}; elsewhere the console stands in for it. Stateless and
 * thread-safe.
 */
final class Terminals {
  private Terminals() {}

  /** Whether file descriptor {@code fd} (1 for standard output, 2 for standard error) is a terminal. */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
