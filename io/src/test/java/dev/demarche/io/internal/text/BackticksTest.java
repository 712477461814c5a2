package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class BackticksTest {

  @Test
  void readsTheOldWireMarksAsTypographicOnes() {
    assertEquals(" “The talks go on,”  she said.", Backticks.normalize("``The talks go on,'' she said."));
    assertEquals(" “The talks go on,”  she said.", Backticks.normalize("``The talks go on,`` she said."));
    assertEquals("He said: “we’re done.” ", Backticks.normalize("He said:``we`re done.''"));
  }

  @Test
  void growsAStretchOverTheOtherHalfOfItsMarks() {
    String written = "called it ``baseless'' today";
    String normalized = Backticks.normalize(written);
    TextRange quoted = Backticks.whole(written, normalized, normalized.indexOf('“'), normalized.indexOf('”') + 1);
    assertEquals("``baseless''", written.substring(quoted.begin(), quoted.end()));
  }

  @Test
  void leavesATextWithoutTwoBackticksAsItIs() {
    String text = "The 5'' screen, Tom's view and a `quoted' word.";
    assertSame(text, Backticks.normalize(text));
  }

  @Property
  void keepsEveryOffset(@ForAll @StringLength(max = 200) String text) {
    String normalized = Backticks.normalize("``" + text);
    assertEquals(text.length() + 2, normalized.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '`' && c != '\'') {
        assertEquals(c, normalized.charAt(i + 2));
      }
    }
  }
}
