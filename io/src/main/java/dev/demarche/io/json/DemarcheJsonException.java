package dev.demarche.io.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Input that is not a valid Demarche document: malformed JSON, a value of the wrong type, a missing
 * or unknown property, a value the model rejects (a span past the end of its article's text, an
 * unknown country code), an unknown format version, or input beyond a configured limit.
 *
 * <p>The exception says what is wrong in {@link #reason()} and where, as far as the reader knew:
 * the {@link #line()} and {@link #column()} at which it stood, and the {@link #path()} of the value
 * in the document, as a JSON Pointer (RFC 6901) such as {@code /value/statements/0/contentSpan}.
 * For a value the model rejects, the reader stands at the end of that value and the path names it.
 * In JSON Lines input the line is the line of the file, the header being line 1, and the path is
 * taken within that line's record. {@link #getMessage()} joins all of these.
 *
 * <p>The exception is unchecked, as Jackson's are, so that it can pass through streams. It wraps
 * the underlying Jackson or model exception as its {@linkplain #getCause() cause}, if there is one.
 * Immutable: its state is fixed at construction.
 *
 * <p>Immutable and thread-safe.
 */
public final class DemarcheJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #line()} and {@link #column()} when the position is not known. */
  public static final int UNKNOWN = -1;

  private final String reason;
  private final long line;
  private final int column;
  private final String path;

  /**
   * Creates the exception.
   *
   * @param reason what is wrong with the input, for a person; not blank
   * @param line the 1-based line, or {@link #UNKNOWN}
   * @param column the 1-based column, or {@link #UNKNOWN}
   * @param path the JSON Pointer of the value in question; empty for the whole document
   * @param cause the exception that revealed the problem, or {@code null} if none
   * @throws IllegalArgumentException if {@code reason} is blank, or {@code line} or {@code column}
   *     is neither positive nor {@link #UNKNOWN}
   * @throws NullPointerException if {@code reason} or {@code path} is null
   */
  public DemarcheJsonException(
      String reason, long line, int column, String path, Throwable cause) {
    super(message(checkNotNull(reason, "reason"), line, column, checkNotNull(path, "path")), cause);
    checkArgument(!reason.isBlank(), "reason must not be blank");
    checkArgument(line > 0 || line == UNKNOWN, "line must be positive or UNKNOWN: %s", line);
    checkArgument(column > 0 || column == UNKNOWN, "column must be positive or UNKNOWN: %s", column);
    this.reason = reason;
    this.line = line;
    this.column = column;
    this.path = path;
  }

  private static String message(String reason, long line, int column, String path) {
    StringBuilder message = new StringBuilder(reason).append(" (");
    message.append("line ").append(line == UNKNOWN ? "unknown" : String.valueOf(line));
    if (column != UNKNOWN) {
      message.append(", column ").append(column);
    }
    message.append(", path ").append(path.isEmpty() ? "\"\" (the whole document)" : path);
    return message.append(')').toString();
  }

  /** What is wrong with the input, for a person, without the position. */
  public String reason() {
    return reason;
  }

  /**
   * The 1-based line at which the reader stood, or {@link #UNKNOWN}. For JSON Lines input, the line
   * of the file, the header being line 1.
   */
  public long line() {
    return line;
  }

  /**
   * The 1-based column at which the reader stood, or {@link #UNKNOWN}. Counted in bytes for byte
   * input ({@link java.io.InputStream}, {@link java.nio.file.Path}) and in {@code char}s for
   * character input ({@link String}, {@link java.io.Reader}).
   */
  public int column() {
    return column;
  }

  /**
   * The JSON Pointer of the value in question, such as {@code /value/actors/0/country}; the empty
   * string for the whole document (or, in JSON Lines, the whole record).
   */
  public String path() {
    return path;
  }
}
