package dev.demarche.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.demarche.io.DemarcheIoException;
import dev.demarche.io.json.DemarcheJsonException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code demarche} command-line tool: {@code demarche extract FILE…} turns news articles into
 * JSON Lines, JSON, a table of statements or a readable summary.
 *
 * <pre>{@code
 * java -jar examples/target/demarche-cli.jar extract --output table news.txt
 * java -jar examples/target/demarche-cli.jar extract --sample --output summary
 * java -jar examples/target/demarche-cli.jar --help
 * }</pre>
 *
 * <p>Errors are reported as one line on standard error, never as a stack trace, with the exit codes
 * {@link #OK}, {@link #INPUT_ERROR}, {@link #USAGE} and {@link #INTERNAL_ERROR}. Usage is documented
 * in {@code docs/cli.md}.
 *
 * <p>Each run holds its own state; the static entry points are thread-safe.
 */
@Command(
    name = "demarche",
    mixinStandardHelpOptions = true,
    versionProvider = DemarcheCli.Version.class,
    description = "Turns diplomatic news into actors, statements and the speakers who made them.",
    subcommands = CommandLine.HelpCommand.class,
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:input that cannot be read (a missing file, a malformed line) or output that cannot be written",
      "2:bad arguments: an unknown option, a bad value, no input",
      "3:an internal error (a bug in Demarche)"
    })
public final class DemarcheCli implements Callable<Integer> {
  /** The exit code of success. */
  public static final int OK = 0;

  /**
   * The exit code when input cannot be read (a missing or unreadable file, a malformed line, a
   * malformed data file) or output cannot be written.
   */
  public static final int INPUT_ERROR = 1;

  /** The exit code of bad arguments: an unknown option, a bad value, no input. */
  public static final int USAGE = 2;

  /** The exit code of an internal error, a bug in Demarche, still reported as one line. */
  public static final int INTERNAL_ERROR = 3;

  static final String NAME = "demarche";

  @Spec CommandSpec spec;

  private DemarcheCli() {}

  /**
   * Runs the tool on {@code args} and exits with its exit code if that is not {@link #OK}.
   *
   * @param args the command line, such as {@code extract --output table news.txt}
   */
  public static void main(String[] args) {
    // the file descriptor, not System.out: a PrintStream swallows write errors, and a full disk or
    // a closed pipe must end the run with an error
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out), UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true);
    int code = run(System.in, out, err, args);
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the tool on {@code args} with the given standard streams, in this thread, and returns its
   * exit code. Output is UTF-8 text written to {@code out}; errors go to {@code err}, one line each.
   * Both writers are flushed, not closed.
   *
   * @param stdin what {@code -} reads
   * @param out where results and help go
   * @param err where errors and progress go
   * @param args the command line
   * @return the exit code: {@link #OK}, {@link #INPUT_ERROR}, {@link #USAGE} or {@link
   *     #INTERNAL_ERROR}
   */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    try {
      return commandLine(stdin, out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Returns the tool's command line, its commands and handlers set, writing to out and err. */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new DemarcheCli());
    cmd.addSubcommand(new ExtractCommand(stdin));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setParameterExceptionHandler(DemarcheCli::usageError);
    cmd.setExecutionExceptionHandler(DemarcheCli::executionError);
    return cmd;
  }

  /** With no command: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command, such as 'extract'");
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr().println(name + ": " + oneLine(e.getMessage()) + " (see '" + name + " --help')");
    return USAGE;
  }

  private static int executionError(Exception e, CommandLine cmd, ParseResult parsed) {
    int code;
    String message;
    if (e instanceof DemarcheIoException || e instanceof DemarcheJsonException) {
      code = INPUT_ERROR;
      message = e.getMessage();
    } else if (e instanceof UncheckedIOException u) {
      code = INPUT_ERROR;
      message = describe(u);
    } else if (e instanceof IOException io) {
      code = INPUT_ERROR;
      message = describe(io);
    } else {
      code = INTERNAL_ERROR;
      message = "internal error, please report: " + e;
    }
    cmd.getErr().println(NAME + ": " + oneLine(message));
    return code;
  }

  /**
   * Describes a wrapped I/O failure: the wrapper's own message if it has one (it often names the
   * file), else the failure's.
   */
  static String describe(UncheckedIOException e) {
    IOException cause = e.getCause();
    String message = e.getMessage();
    if (message == null || message.equals(String.valueOf(cause))) {
      return describe(cause);
    }
    if (cause instanceof CharacterCodingException && cause.getMessage() != null) {
      message = message.replace(cause.getMessage(), "not valid UTF-8");
    }
    return message;
  }

  /** Describes an I/O failure for a person, naming the file when the exception does. */
  static String describe(IOException e) {
    String file = e instanceof FileSystemException f ? f.getFile() : null;
    if (e instanceof NoSuchFileException) {
      return file + ": no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return file + ": permission denied";
    } else if (e instanceof NotDirectoryException) {
      return file + ": not a directory";
    } else if (e instanceof FileAlreadyExistsException) {
      return file + ": already exists";
    } else if (e instanceof CharacterCodingException) {
      return "input is not valid UTF-8";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return file == null || message.startsWith(file) ? message : file + ": " + message;
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** The version of the tool, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = DemarcheCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {NAME + " " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
