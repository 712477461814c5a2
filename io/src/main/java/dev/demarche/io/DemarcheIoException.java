package dev.demarche.io;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Input that cannot be read: a malformed file, a bad encoding, a broken JSON line, a line or an
 * article over a configured limit, a malformed data file. It says where: the source (a file name,
 * or a name given by the caller), the line, the column, the field, the article.
 *
 * <p>Problems <em>inside</em> article text (an unbalanced quote, a truncated article) are not
 * errors: they come back as diagnostics of the extraction. Immutable and thread-safe.
 */
public class DemarcheIoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final int column;
  private final String field;
  private final String articleId;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the name of the input, such as a file name
   * @param line the 1-based line number, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param field the field or path within the line, or {@code null} if none
   * @param articleId the article concerned, or {@code null} if none
   * @param problem what is wrong, as a sentence fragment for a person
   * @param cause the underlying exception, or {@code null}
   */
  public DemarcheIoException(
      String source,
      long line,
      int column,
      String field,
      String articleId,
      String problem,
      Throwable cause) {
    super(format(source, line, column, field, articleId, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.field = field;
    this.articleId = articleId;
    this.problem = problem;
  }

  private static String format(
      String source, long line, int column, String field, String articleId, String problem) {
    StringBuilder where = new StringBuilder(source);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    if (articleId != null) {
      where.append(" (article ").append(articleId).append(')');
    }
    if (field != null) {
      where.append(" field '").append(field).append('\'');
    }
    return where.append(": ").append(problem).toString();
  }

  /** The name of the input. */
  public String source() {
    return source;
  }

  /** The 1-based line number, if known. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The 1-based column, if known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The field or path within the line, if any. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The id of the article concerned, if known. */
  public Optional<String> articleId() {
    return Optional.ofNullable(articleId);
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
