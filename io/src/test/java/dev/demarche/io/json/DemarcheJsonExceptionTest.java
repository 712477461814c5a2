package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemarcheJsonExceptionTest {
  @Test
  void messageJoinsReasonAndPosition() {
    DemarcheJsonException e =
        new DemarcheJsonException("bad value", 3, 17, "/value/actors/0/country", null);
    assertEquals("bad value (line 3, column 17, path /value/actors/0/country)", e.getMessage());
    assertEquals("bad value", e.reason());
    assertEquals(3, e.line());
    assertEquals(17, e.column());
    assertEquals("/value/actors/0/country", e.path());
  }

  @Test
  void messageSaysWhatIsUnknown() {
    DemarcheJsonException e =
        new DemarcheJsonException(
            "bad", DemarcheJsonException.UNKNOWN, DemarcheJsonException.UNKNOWN, "", null);
    assertEquals("bad (line unknown, path \"\" (the whole document))", e.getMessage());
  }

  @Test
  void causeIsKept() {
    IllegalStateException cause = new IllegalStateException("x");
    assertEquals(cause, new DemarcheJsonException("bad", 1, 1, "", cause).getCause());
  }

  @Test
  void positionMustBePositiveOrUnknown() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DemarcheJsonException("bad", 0, 1, "", null));
    assertEquals("line must be positive or UNKNOWN: 0", e.getMessage());
  }

  @Test
  void reasonMustNotBeBlank() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new DemarcheJsonException(" ", 1, 1, "", null));
    assertEquals("reason must not be blank", e.getMessage());
  }
}
