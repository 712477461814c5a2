package dev.demarche.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.demarche.io.internal.JsonArticleLine;
import dev.demarche.io.internal.LineSource;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads {@link Article articles} one at a time from plain text or JSON Lines, in constant memory
 * whatever the size of the input.
 *
 * <p><b>Plain text</b>: articles are separated by one or more blank lines, paragraphs by single line
 * breaks (LF, CRLF or CR); a UTF-8 byte order mark is dropped; the last article may end without a
 * line break. Article ids are the source name, {@code #}, and the article's 1-based number:
 * {@code seed-articles.txt#3}.
 *
 * <p><b>JSON Lines</b>: one JSON object a line with {@code text} (required) and {@code id},
 * {@code title}, {@code source}, {@code url}, {@code published} (an ISO date or date-time; its date
 * is taken as written). Other fields are ignored; blank lines are skipped. A line without an
 * {@code id} gets the source name, {@code #L} and its line number.
 *
 * <p>Input that cannot be read (a bad encoding, a malformed JSON line, a field of the wrong type, a
 * line or an article over its limit) throws {@link DemarcheIoException} naming the source, line and
 * field; in {@link OnError#SKIP} mode the reader instead passes over the bad article or line and
 * lists it in {@link #problems()}. A reader is a stateful iterator: use it from one thread, and
 * close it.
 *
 * <pre>{@code
 * try (ArticleReader articles = ArticleReader.plainText(Path.of("news.txt"))) {
 *   articles.stream().map(extractor::extract).forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ArticleReader implements Iterator<Article>, Closeable {

  /** What a reader does with input it cannot read. Immutable and thread-safe, as every enum. */
  public enum OnError {
    /** Throw {@link DemarcheIoException} at the first problem. */
    FAIL,
    /** Pass over the bad article or line, and list it in {@link ArticleReader#problems()}. */
    SKIP
  }

  /** The default limit on one line, in characters: 64 Mi. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 64 << 20;

  /** The default limit on one article's text, in characters: 16 Mi. */
  public static final int DEFAULT_MAX_ARTICLE_LENGTH = 16 << 20;

  /**
   * How to read: the source name used in ids and errors, a publication date for articles without
   * one, what to do on errors, and limits. Immutable and thread-safe.
   *
   * @param sourceName the name of the input, used in article ids and errors
   * @param published the publication date given to articles that have none, if any
   * @param onError what to do with input that cannot be read
   * @param maxLineLength the longest line accepted, in characters
   * @param maxArticleLength the longest article text accepted, in characters
   */
  public record Options(
      String sourceName,
      Optional<LocalDate> published,
      OnError onError,
      int maxLineLength,
      int maxArticleLength) {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if the source name is blank or a limit is not positive
     */
    public Options {
      checkNotNull(sourceName, "sourceName");
      checkNotNull(published, "published");
      checkNotNull(onError, "onError");
      checkArgument(!sourceName.isBlank(), "source name must not be blank: '%s'", sourceName);
      checkArgument(maxLineLength > 0, "max line length must be positive: %s", maxLineLength);
      checkArgument(
          maxArticleLength > 0, "max article length must be positive: %s", maxArticleLength);
    }

    /** Returns the default options for the source {@code sourceName}: fail on errors. */
    public static Options of(String sourceName) {
      return new Options(
          sourceName, Optional.empty(), OnError.FAIL, DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_ARTICLE_LENGTH);
    }

    /** Returns a copy that gives articles without a publication date {@code date}. */
    public Options withPublished(LocalDate date) {
      return new Options(sourceName, Optional.of(date), onError, maxLineLength, maxArticleLength);
    }

    /** Returns a copy with {@code mode} for input that cannot be read. */
    public Options withOnError(OnError mode) {
      return new Options(sourceName, published, mode, maxLineLength, maxArticleLength);
    }

    /** Returns a copy with the given limits, in characters. */
    public Options withLimits(int maxLine, int maxArticle) {
      return new Options(sourceName, published, onError, maxLine, maxArticle);
    }
  }

  private enum Format {
    PLAIN_TEXT,
    JSON_LINES
  }

  private final LineSource lines;
  private final Options options;
  private final Format format;
  private final List<ReadProblem> problems = new ArrayList<>();
  private final JsonArticleLine json;
  private Article next;
  private int ordinal;
  private boolean done;

  private ArticleReader(LineSource lines, Options options, Format format) {
    this.options = options;
    this.lines = lines;
    this.format = format;
    this.json = format == Format.JSON_LINES ? new JsonArticleLine(options.maxLineLength()) : null;
  }

  /** Reads plain-text articles from {@code file}, in UTF-8, named by the file name. */
  public static ArticleReader plainText(Path file) {
    return plainText(file, Options.of(file.getFileName().toString()));
  }

  /** Reads plain-text articles from {@code file}, in UTF-8, with {@code options}. */
  public static ArticleReader plainText(Path file, Options options) {
    return of(open(file), options, Format.PLAIN_TEXT);
  }

  /** Reads plain-text articles from {@code input}, in UTF-8, with {@code options}. */
  public static ArticleReader plainText(InputStream input, Options options) {
    return of(input, options, Format.PLAIN_TEXT);
  }

  /** Reads plain-text articles from {@code reader}, with {@code options}. */
  public static ArticleReader plainText(Reader reader, Options options) {
    return of(reader, options, Format.PLAIN_TEXT);
  }

  /** Reads JSON Lines articles from {@code file}, in UTF-8, named by the file name. */
  public static ArticleReader jsonLines(Path file) {
    return jsonLines(file, Options.of(file.getFileName().toString()));
  }

  /** Reads JSON Lines articles from {@code file}, in UTF-8, with {@code options}. */
  public static ArticleReader jsonLines(Path file, Options options) {
    return of(open(file), options, Format.JSON_LINES);
  }

  /** Reads JSON Lines articles from {@code input}, in UTF-8, with {@code options}. */
  public static ArticleReader jsonLines(InputStream input, Options options) {
    return of(input, options, Format.JSON_LINES);
  }

  /** Reads JSON Lines articles from {@code reader}, with {@code options}. */
  public static ArticleReader jsonLines(Reader reader, Options options) {
    return of(reader, options, Format.JSON_LINES);
  }

  private static ArticleReader of(Reader reader, Options options, Format format) {
    checkNotNull(reader, "reader");
    checkNotNull(options, "options");
    return new ArticleReader(
        new LineSource(reader, options.sourceName(), options.maxLineLength()), options, format);
  }

  private static ArticleReader of(InputStream input, Options options, Format format) {
    checkNotNull(input, "input");
    checkNotNull(options, "options");
    return new ArticleReader(
        new LineSource(input, options.sourceName(), options.maxLineLength()), options, format);
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw new DemarcheIoException(
          file.toString(), 0, 0, null, null, "cannot open: " + e.getMessage(), e);
    }
  }

  /** The options this reader reads with. */
  public Options options() {
    return options;
  }

  /** What was skipped so far, in {@link OnError#SKIP} mode, in input order. */
  public ImmutableList<ReadProblem> problems() {
    return ImmutableList.copyOf(problems);
  }

  /**
   * Whether another article follows.
   *
   * @throws DemarcheIoException in {@link OnError#FAIL} mode, if the next input cannot be read
   */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      try {
        next = format == Format.PLAIN_TEXT ? readPlainText() : readJsonLine();
      } catch (DemarcheIoException e) {
        if (options.onError() == OnError.FAIL) {
          done = true;
          throw e;
        }
        problems.add(new ReadProblem(e));
      }
    }
    return next != null;
  }

  /**
   * Returns the next article.
   *
   * @throws NoSuchElementException if there is none
   * @throws DemarcheIoException in {@link OnError#FAIL} mode, if the next input cannot be read
   */
  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException(options.sourceName() + ": no more articles");
    }
    Article article = next;
    next = null;
    return article;
  }

  /** The remaining articles as a sequential, ordered stream; closing it closes this reader. */
  public Stream<Article> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::closeUnchecked);
  }

  private Article readPlainText() {
    StringBuilder text = new StringBuilder();
    String line;
    long firstLine = 0;
    boolean tooLong = false;
    DemarcheIoException lineTooLong = null;
    while ((line = lines.next()) != null) {
      if (line == LineSource.TOO_LONG) {
        if (firstLine == 0) {
          firstLine = lines.lineNumber();
          ordinal++;
        }
        lineTooLong = lines.tooLong(options.sourceName() + "#" + ordinal);
        continue;
      }
      if (line.isBlank()) {
        if (firstLine > 0) {
          break;
        }
        continue;
      }
      if (firstLine == 0) {
        firstLine = lines.lineNumber();
        ordinal++;
      }
      if (text.length() + line.length() + 1 > options.maxArticleLength()) {
        tooLong = true;
        continue;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    if (firstLine == 0) {
      done = true;
      return null;
    }
    String id = options.sourceName() + "#" + ordinal;
    if (lineTooLong != null) {
      throw lineTooLong;
    }
    if (tooLong) {
      throw new DemarcheIoException(
          options.sourceName(), firstLine, 0, null, id,
          "article longer than the limit of " + options.maxArticleLength() + " characters",
          null);
    }
    Article.Builder article = Article.builder().id(ArticleId.of(id)).text(text.toString());
    options.published().ifPresent(article::published);
    return article.build();
  }

  private Article readJsonLine() {
    String line;
    while ((line = lines.next()) != null) {
      if (line == LineSource.TOO_LONG) {
        throw lines.tooLong(null);
      }
      if (!line.isBlank()) {
        return json.parse(line, options, lines.lineNumber());
      }
    }
    done = true;
    return null;
  }

  private void closeUnchecked() {
    try {
      close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the underlying input. */
  @Override
  public void close() throws IOException {
    done = true;
    lines.close();
  }
}
