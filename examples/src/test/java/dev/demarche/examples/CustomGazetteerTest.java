package dev.demarche.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarche.io.DemarcheIoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomGazetteerTest {
  @TempDir Path dir;

  @Test
  void actorsFromAFileAreResolvedWithTheirCountry() throws IOException {
    Path actors =
        Files.writeString(
            dir.resolve("my-actors.tsv"),
            "# id\tname\taliases\tcountry\tkind\n"
                + "harmony-ministry\tMinistry of Harmony\tHarmony Ministry\tNZL\tGOVERNMENT_BODY\n",
            UTF_8);

    assertEquals(
        List.of("body:harmony-ministry Ministry of Harmony NZL"),
        CustomGazetteer.speakers(CustomGazetteer.fromFile(actors).extract("x", CustomGazetteer.TEXT)));
  }

  @Test
  void actorsAddedInCodeAreResolvedWithTheirCountry() {
    assertEquals(
        List.of("body:harmony-ministry Ministry of Harmony NZL"),
        CustomGazetteer.speakers(CustomGazetteer.inCode().extract("x", CustomGazetteer.TEXT)));
  }

  @Test
  void malformedRowIsReportedWithItsFileAndLine() throws IOException {
    Path actors =
        Files.writeString(dir.resolve("bad.tsv"), "harmony-ministry\tMinistry of Harmony\n", UTF_8);

    DemarcheIoException e =
        assertThrows(DemarcheIoException.class, () -> CustomGazetteer.fromFile(actors));

    assertEquals(actors + ":1: expected 5 tab-separated columns, found 2", e.getMessage());
  }
}
