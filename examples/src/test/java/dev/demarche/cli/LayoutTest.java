package dev.demarche.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.model.SpeechAct;
import dev.demarche.model.StatementMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {
  @Test
  void cellPadsShortTextAndCutsLongTextWithAnEllipsis() {
    assertEquals("Rice      ", Layout.cell("Rice", 10));
    assertEquals("Condoleez…", Layout.cell("Condoleezza Rice", 10));
    assertEquals("exactly10!", Layout.cell("exactly10!", 10));
  }

  @Test
  void oneLineJoinsLinesAndRunsOfSpaces() {
    assertEquals("a b c", Layout.oneLine("  a\n b  \r\n\tc "));
  }

  @Test
  void wrapBreaksAtSpacesWithinTheWidthAndIndentsEveryLine() {
    assertEquals(
        List.of("  one two", "  three", "  four"), Layout.wrap("one two three four", 9, "  "));
  }

  @Test
  void wrapKeepsAWordLongerThanALineWhole() {
    assertEquals(List.of("  a", "  abcdefghij", "  b"), Layout.wrap("a abcdefghij b", 6, "  "));
  }

  @Test
  void actsAndModesReadAsWords() {
    assertEquals("express concern", Layout.words(SpeechAct.EXPRESS_CONCERN));
    assertEquals("reported act", Layout.words(StatementMode.REPORTED_ACT));
  }
}
