package dev.demarche.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One run of the tool in this JVM, with its exit code and what it wrote to standard output and
 * standard error.
 */
record CliRun(int code, String out, String err) {

  /** Runs the tool on {@code args}, with empty standard input. */
  static CliRun of(String... args) {
    return withInput("", args);
  }

  /** Runs the tool on {@code args}, with {@code stdin} as standard input. */
  static CliRun withInput(String stdin, String... args) {
    InputStream in = new ByteArrayInputStream(stdin.getBytes(UTF_8));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DemarcheCli.run(in, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The lines of standard output. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** The lines of standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }
}
