package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.demarche.model.Extraction;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Megabyte articles of one phrase repeated, on which extraction once took time that grew with the
 * square of the length (a statement every few words, a title named before its holder): {@code she said. }
 * took minutes. The timeout only guards against such a scan coming back; it is no performance
 * measurement, which {@code ScalingBenchmark} makes. {@link ExtractorScalingProperties} extracts more
 * such phrases and checks that the memory they take grows no faster than the text.
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
}
