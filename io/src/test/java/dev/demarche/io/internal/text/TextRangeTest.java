package dev.demarche.io.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRangeTest {

  @Test
  void rejectsEndBeforeBegin() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TextRange.of(5, 4));
    assertEquals("range end (4) before begin (5)", e.getMessage());
  }

  @Test
  void rejectsNegativeBegin() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TextRange(-1, 4));
    assertEquals("range begin (-1) is negative", e.getMessage());
  }

  @Test
  void emptyRangeIsAllowed() {
    TextRange range = TextRange.of(3, 3);

    assertTrue(range.isEmpty());
    assertEquals(0, range.length());
    assertFalse(range.contains(3));
  }

  @Test
  void containsIsHalfOpen() {
    TextRange range = TextRange.of(2, 5);

    assertFalse(range.contains(1));
    assertTrue(range.contains(2));
    assertTrue(range.contains(4));
    assertFalse(range.contains(5));
  }

  @Test
  void enclosesAndOverlaps() {
    TextRange range = TextRange.of(2, 8);

    assertTrue(range.encloses(TextRange.of(2, 8)));
    assertTrue(range.encloses(TextRange.of(8, 8)));
    assertFalse(range.encloses(TextRange.of(1, 3)));
    assertTrue(range.overlaps(TextRange.of(7, 9)));
    assertFalse(range.overlaps(TextRange.of(8, 9)));
    assertFalse(range.overlaps(TextRange.of(0, 2)));
  }

  @Test
  void textIsTheSubstring() {
    assertEquals("said", TextRange.of(4, 8).text("she said so"));
  }

  @Test
  void textPastTheEndIsRejectedWithTheRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TextRange.of(2, 9).text("short"));
    assertEquals("range [2, 9) ends past the text's length 5", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    assertEquals(TextRange.of(1, 2), new TextRange(1, 2));
    assertEquals("[1, 2)", TextRange.of(1, 2).toString());
  }
}
