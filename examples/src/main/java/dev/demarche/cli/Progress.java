package dev.demarche.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error: the share of the input read, articles per second and
 * the time remaining, redrawn in place at most five times a second. Time comes from a clock given at
 * construction, so that the bar can be tested. Not thread-safe: the thread that writes the results
 * updates it.
 */
final class Progress {
  /** Inputs larger than this get a bar in {@code --progress=auto} mode: 4 MiB. */
  static final long AUTO_THRESHOLD_BYTES = 4L << 20;

  private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final long totalBytes;
  private final LongSupplier nanoTime;
  private final long start;
  private long lastDraw;
  private int lastLength;

  private Progress(PrintWriter err, long totalBytes, LongSupplier nanoTime) {
    this.err = err;
    this.totalBytes = totalBytes;
    this.nanoTime = nanoTime;
    this.start = nanoTime == null ? 0 : nanoTime.getAsLong();
    this.lastDraw = start;
  }

  /**
   * Returns a bar drawn on {@code err}, for an input of {@code totalBytes} (-1 if not known), timed by
   * {@code nanoTime}.
   */
  static Progress on(PrintWriter err, long totalBytes, LongSupplier nanoTime) {
    return new Progress(err, totalBytes, nanoTime);
  }

  /** Returns a bar that draws nothing. */
  static Progress off() {
    return new Progress(null, -1, null);
  }

  /** Redraws the bar, if it was last drawn long enough ago. */
  void update(long articles, long bytesRead) {
    if (err == null) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(line(articles, bytesRead, totalBytes, now - start), false);
    }
  }

  /** Draws the bar a last time, complete, and ends its line. */
  void finish(long articles, long bytesRead) {
    if (err == null) {
      return;
    }
    long total = totalBytes < 0 ? -1 : bytesRead;
    draw(line(articles, bytesRead, total, nanoTime.getAsLong() - start), true);
  }

  /** Ends the bar's line, if one was drawn, so that an error message starts on a line of its own. */
  void abandon() {
    if (err != null && lastLength > 0) {
      err.println();
      err.flush();
      lastLength = 0;
    }
  }

  private void draw(String line, boolean last) {
    // Spaces wipe what is left of a longer previous line.
    String padding = " ".repeat(Math.max(0, lastLength - line.length()));
    lastLength = line.length();
    err.print("\r" + line + padding + (last ? System.lineSeparator() : ""));
    err.flush();
  }

  /**
   * The bar's text: with a known total, {@code [#####-----]  50%  2.0 of 4.0 MB  120 articles/s  0:07
   * left}; without, {@code 2.0 MB  120 articles/s}.
   */
  static String line(long articles, long bytesRead, long totalBytes, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    long rate = seconds > 0 ? Math.round(articles / seconds) : 0;
    String speed = rate + " articles/s";
    if (totalBytes <= 0) {
      return megabytes(bytesRead) + " MB  " + speed;
    }
    long read = Math.min(bytesRead, totalBytes);
    int filled = (int) (BAR_WIDTH * read / totalBytes);
    int percent = (int) (100 * read / totalBytes);
    String left =
        read == 0 ? "--:--" : clock((long) (seconds * (totalBytes - read) / read));
    return "["
        + "#".repeat(filled)
        + "-".repeat(BAR_WIDTH - filled)
        + "] "
        + String.format(Locale.ROOT, "%3d%%", percent)
        + "  "
        + megabytes(read)
        + " of "
        + megabytes(totalBytes)
        + " MB  "
        + speed
        + "  "
        + left
        + " left";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }

  private static String clock(long seconds) {
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
