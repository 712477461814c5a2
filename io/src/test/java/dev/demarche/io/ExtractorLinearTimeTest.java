package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Extraction;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabyte articles on which extraction once took time that grew with the square of the length: one
 * phrase repeated (a statement every few words, a title named before its holder), or thousands of
 * persons each named once. {@code she said. } took minutes. The timeout only guards against such a
 * scan coming back; it is no performance measurement, which {@code ScalingBenchmark} makes. {@link
 * ExtractorScalingProperties} extracts more such phrases and checks that the memory they take grows no
 * faster than the text.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtractorLinearTimeTest {
  private static final int MEGABYTE = 1 << 20;
  private static final Extractor EXTRACTOR = Demarche.extractor();

  @ParameterizedTest
  @ValueSource(strings = {
      "she said. ",
      "The company said it would appeal. ",
      "The foreign ministry spokeswoman said the talks had failed.\nForeign Minister Ana Ruiz met Tom Reed. "})
  void megabyteOfStatementsIsExtracted(String phrase) {
    StringBuilder text = new StringBuilder(MEGABYTE + phrase.length());
    while (text.length() < MEGABYTE) {
      text.append(phrase);
    }
    Extraction x = EXTRACTOR.extract("long", text.toString());

    assertEquals(text.length(), x.article().text().length());
    assertFalse(x.statements().isEmpty());
  }

  @Test
  void megabyteOfDistinctPersonsIsExtracted() {
    // every sentence names two persons not named before: each new name was compared with every person's
    StringBuilder text = new StringBuilder(MEGABYTE + 100);
    for (int k = 0; text.length() < MEGABYTE; k++) {
      text.append(name(k)).append(" and ").append(name(7 * k + 3))
          .append(" said they would sue. They said it was unfair.\n");
    }
    Extraction x = EXTRACTOR.extract("persons", text.toString());

    assertFalse(x.statements().isEmpty());
    assertTrue(x.actors().size() > 1_000, () -> x.actors().size() + " actors");
  }

  /** A capitalised name made of {@code k}'s digits in base 26: "Aason", "Basonson" … */
  private static String name(int k) {
    StringBuilder name = new StringBuilder().append((char) ('A' + k % 26));
    for (int rest = k / 26; ; rest /= 26) {
      name.append((char) ('a' + rest % 26));
      if (rest < 26) {
        break;
      }
    }
    return name.append("son").toString();
  }
}
