package dev.demarche.examples;

import dev.demarche.io.DemarcheIoException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs an example program's body and turns input that cannot be read into one line on standard
 * error and exit code 1, never a stack trace. Stateless and thread-safe.
 */
final class Runs {
  private Runs() {}

  /** The body of a program. */
  interface Body {
    void run() throws IOException;
  }

  static void run(String program, Body body) {
    try {
      body.run();
    } catch (DemarcheIoException e) {
      fail(program, e.getMessage());
    } catch (IOException e) {
      fail(program, "cannot read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      fail(program, "cannot read: " + e.getCause().getMessage());
    }
  }

  private static void fail(String program, String message) {
    System.err.println(program + ": " + message);
    System.exit(1);
  }
}
