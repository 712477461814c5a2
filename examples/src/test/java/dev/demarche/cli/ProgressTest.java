package dev.demarche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void lineShowsShareReadSpeedAndTimeLeft() {
    assertEquals(
        "[############------------]  50%  20.0 of 40.0 MB  125 articles/s  0:08 left",
        Progress.line(1000, 20_000_000, 40_000_000, 8 * SECOND));
  }

  @Test
  void timeLeftCountsHoursWhenThereAreAny() {
    assertEquals(
        "[------------------------]   1%  0.4 of 40.0 MB  1 articles/s  1:39:00 left",
        Progress.line(60, 400_000, 40_000_000, 60 * SECOND));
  }

  @Test
  void lineBeforeAnyByteIsReadHasNoEstimate() {
    assertEquals(
        "[------------------------]   0%  0.0 of 40.0 MB  0 articles/s  --:-- left",
        Progress.line(0, 0, 40_000_000, 0));
  }

  @Test
  void lineWithoutAKnownTotalShowsBytesAndSpeed() {
    assertEquals("3.5 MB  50 articles/s", Progress.line(100, 3_500_000, -1, 2 * SECOND));
  }

  @Test
  void updatesAreDrawnInPlaceAtMostFiveTimesASecond() {
    StringWriter err = new StringWriter();
    long[] now = {0};
    Progress bar = Progress.on(new PrintWriter(err), 100, () -> now[0]);

    now[0] = SECOND / 10;
    bar.update(1, 10);
    now[0] = SECOND / 4;
    bar.update(2, 20);
    now[0] = SECOND / 3;
    bar.update(3, 30);
    now[0] = SECOND / 2;
    bar.finish(4, 100);

    assertEquals(
        "\r[####--------------------]  20%  0.0 of 0.0 MB  8 articles/s  0:01 left"
            + "\r[########################] 100%  0.0 of 0.0 MB  8 articles/s  0:00 left"
            + System.lineSeparator(),
        err.toString());
  }

  @Test
  void abandonedBarEndsItsLineOnlyIfItDrewOne() {
    StringWriter err = new StringWriter();
    long[] now = {0};
    Progress bar = Progress.on(new PrintWriter(err), -1, () -> now[0]);

    bar.abandon();
    assertEquals("", err.toString());
    now[0] = SECOND;
    bar.update(10, 1_000_000);
    bar.abandon();

    assertEquals("\r1.0 MB  10 articles/s" + System.lineSeparator(), err.toString());
  }

  @Test
  void offDrawsNothing() {
    Progress bar = Progress.off();

    bar.update(1, 10);
    bar.finish(1, 10);
  }
}
