package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Extraction;
import java.lang.management.ManagementFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extraction is linear in its input, even on adversarial text: a megabyte of quote marks, commas,
 * capitalised words, nested parentheses. Work is measured as bytes allocated by the extracting
 * thread, a deterministic count that does not depend on the machine's speed: four times the input
 * must cost well under sixteen times the work.
 */
class ExtractorScalingProperties {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of(
        "\"", "“", "”", "‘", "'", ", ", "President John Smith ", "Officials ", "((", "(習近平) ",
        "officials said ", "He said, \"No.\" ", "Tom Reed, a member of the Board, said ",
        "the ministry said that ", "according to ", "... ", "U.S. ", "x\n\n", "\"A,\" she said, \"B\" ",
        // a statement every few words, in sentences that never end or end at every one
        "she said. ", "The company said. ", "the spokesman said. ", "Local 12 of the Union said. ",
        "the 26-year-old said. ", " \u2014 which the BBC noted \u2014 ");
  }

  @Property(tries = 25)
  void workGrowsLinearlyWithTheInput(@ForAll("units") String unit) {
    long small = work(repeat(unit, 256 * 1024));
    long large = work(repeat(unit, 1024 * 1024));
    assertTrue(
        large < small * 8,
        () -> "quadrupling '" + unit + "' multiplied the work by " + (double) large / small);
  }

  private static String repeat(String unit, int length) {
    StringBuilder text = new StringBuilder(length + unit.length());
    while (text.length() < length) {
      text.append(unit);
    }
    return text.toString();
  }

  private static long work(String text) {
    Extractor extractor =
        Demarche.extractor(ExtractorConfig.defaults().withMaxArticleLength(2 << 20));
    long before = THREADS.getCurrentThreadAllocatedBytes();
    Extraction x = extractor.extract("adversarial", text);
    long after = THREADS.getCurrentThreadAllocatedBytes();
    assertTrue(x.article().text().length() == text.length());
    return after - before;
  }
}
