package dev.demarche.io.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {
  static Stream<LocalDate> dates() {
    return Stream.of(
        LocalDate.of(2025, 2, 21),
        LocalDate.of(2024, 2, 29),
        LocalDate.of(0, 1, 1),
        LocalDate.of(9999, 12, 31),
        LocalDate.of(10_000, 1, 1),
        LocalDate.of(-1, 6, 15),
        LocalDate.MIN,
        LocalDate.MAX);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void parsesWhatLocalDateWrites(LocalDate date) {
    assertEquals(date, IsoDates.parse(date.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-2-21", "2025/02/21", "20250221", "", "2025-02-21T00:00", "+2025-02-21", "٢٠٢٥-٠٢-٢١"})
  void refusesWhatLocalDateRefuses(String text) {
    assertThrows(DateTimeException.class, () -> LocalDate.parse(text));
    assertThrows(DateTimeException.class, () -> IsoDates.parse(text));
  }
}
