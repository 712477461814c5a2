package dev.demarche.cli;

import com.google.common.io.CountingInputStream;
import dev.demarche.io.ArticleReader;
import dev.demarche.io.DemarcheIoException;
import dev.demarche.io.ReadProblem;
import dev.demarche.model.Article;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The articles of several inputs, one after the other, read one at a time: each input is opened
 * when the previous one is exhausted and closed after it. Counts the bytes read, for the progress
 * bar. Not thread-safe: one thread reads.
 */
final class Articles implements Iterator<Article>, Closeable {

  /** Opens an input. */
  @FunctionalInterface
  interface Opener {
    /** Opens the input; the stream is closed after its last article. */
    InputStream open() throws IOException;
  }

  /**
   * One input.
   *
   * @param name the name used in article ids and error messages, such as a file name
   * @param jsonLines whether the input is JSON Lines rather than plain text
   * @param size its size in bytes, or -1 if not known
   * @param opener opens it
   */
  record Input(String name, boolean jsonLines, long size, Opener opener) {
    static Input of(String name, boolean jsonLines, long size, Opener opener) {
      return new Input(name, jsonLines, size, opener);
    }
  }

  private final Iterator<Input> inputs;
  private final ArticleReader.Options options;
  private final Consumer<ReadProblem> onSkip;
  private final long totalBytes;
  private ArticleReader reader;
  private CountingInputStream counter;
  private int problemsReported;
  private long bytesOfClosedInputs;

  /**
   * Reads {@code inputs} in order, with {@code options} but for the source name, which is each
   * input's name; reports what a reader in skip mode passes over to {@code onSkip}, as it happens.
   */
  Articles(List<Input> inputs, ArticleReader.Options options, Consumer<ReadProblem> onSkip) {
    this.inputs = List.copyOf(inputs).iterator();
    this.options = options;
    this.onSkip = onSkip;
    long total = 0;
    for (Input input : inputs) {
      total = input.size() < 0 || total < 0 ? -1 : total + input.size();
    }
    this.totalBytes = total;
  }

  /** The total size of the inputs in bytes, or -1 if the size of one is not known. */
  long totalBytes() {
    return totalBytes;
  }

  /** The bytes read so far, over all inputs. */
  long bytesRead() {
    return bytesOfClosedInputs + (counter == null ? 0 : counter.getCount());
  }

  /**
   * Whether another article follows.
   *
   * @throws DemarcheIoException if an input cannot be opened, or, unless skipping, read
   */
  @Override
  public boolean hasNext() {
    while (true) {
      if (reader == null) {
        if (!inputs.hasNext()) {
          return false;
        }
        open(inputs.next());
      }
      boolean more = reader.hasNext();
      List<ReadProblem> problems = reader.problems();
      for (; problemsReported < problems.size(); problemsReported++) {
        onSkip.accept(problems.get(problemsReported));
      }
      if (more) {
        return true;
      }
      closeReader();
    }
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more articles");
    }
    return reader.next();
  }

  /** Returns {@code in} with a {@code close()} that leaves it open, for standard input. */
  static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private void open(Input input) {
    InputStream in;
    try {
      in = input.opener().open();
    } catch (IOException e) {
      throw new DemarcheIoException(
          input.name(), 0, 0, null, null, "cannot open: " + DemarcheCli.describe(e), e);
    }
    if (in == null) {
      throw new IllegalStateException("no input stream for " + input.name());
    }
    counter = new CountingInputStream(in);
    ArticleReader.Options named =
        new ArticleReader.Options(
            input.name(),
            options.published(),
            options.onError(),
            options.maxLineLength(),
            options.maxArticleLength());
    reader =
        input.jsonLines()
            ? ArticleReader.jsonLines(counter, named)
            : ArticleReader.plainText(counter, named);
    problemsReported = 0;
  }

  private void closeReader() {
    try {
      reader.close();
    } catch (IOException e) {
      // Everything was read; a failure to close an input loses nothing.
    } finally {
      bytesOfClosedInputs += counter.getCount();
      reader = null;
      counter = null;
    }
  }

  /** Closes the input being read, if any. */
  @Override
  public void close() {
    if (reader != null) {
      closeReader();
    }
  }
}
