package dev.demarche.io.json;

import com.google.common.testing.NullPointerTester;
import dev.demarche.model.Span;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every public method refuses null arguments with a NullPointerException. */
class NullArgumentsTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Class.class, Span.class)
        .setDefault(Path.class, Path.of("target", "null-arguments-test.json"))
        .setDefault(String.class, BadInputTest.doc("span", "{\"begin\":0,\"end\":0}"));
  }

  @Test
  void demarcheJsonRefusesNulls() {
    tester().testAllPublicInstanceMethods(DemarcheJson.defaults());
    tester().testAllPublicStaticMethods(DemarcheJson.class);
    tester().testAllPublicInstanceMethods(DemarcheJson.builder());
  }

  @Test
  void demarcheCsvRefusesNulls() {
    tester().testAllPublicStaticMethods(DemarcheCsv.class);
  }

  @Test
  void jsonLinesWriterRefusesNulls() {
    tester().testAllPublicInstanceMethods(
        DemarcheJson.defaults().newJsonLinesWriter(new StringWriter(), Span.class));
  }
}
