package dev.demarche.io.internal.text;

import static dev.demarche.io.internal.text.Abbreviations.Kind.BEFORE_NUMBER;
import static dev.demarche.io.internal.text.Abbreviations.Kind.GENERAL;
import static dev.demarche.io.internal.text.Abbreviations.Kind.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AbbreviationsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource
  void standardListKnowsNewswireAbbreviations(String abbreviation, Abbreviations.Kind kind) {
    assertEquals(Optional.of(kind), Abbreviations.standard().kindOf(abbreviation));
  }

  static Stream<Arguments> standardListKnowsNewswireAbbreviations() {
    Stream<Arguments> titles =
        Stream.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.",
                "Gov.", "Sen.", "Rep.")
            .map(a -> arguments(a, TITLE));
    Stream<Arguments> general =
        Stream.of("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
                "Nov.", "Dec.", "St.", "Jr.", "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "vs.", "etc.",
                "e.g.", "i.e.", "approx.", "U.S.", "U.K.", "U.N.")
            .map(a -> arguments(a, GENERAL));
    return Stream.concat(Stream.concat(titles, general), Stream.of(arguments("No.", BEFORE_NUMBER)));
  }

  @Test
  void matchingIsExactAndCaseSensitive() {
    assertEquals(Optional.empty(), Abbreviations.standard().kindOf("mr."));
    assertEquals(Optional.empty(), Abbreviations.standard().kindOf("Mr"));
  }

  @Test
  void parseReadsKindsDefaultsToGeneralAndSkipsComments() {
    Abbreviations parsed =
        Abbreviations.parse(List.of("# comment", "", "  Brgdr.   title ", "Ltd.", "Nr. BEFORE-NUMBER"));

    assertEquals(Optional.of(TITLE), parsed.kindOf("Brgdr."));
    assertEquals(Optional.of(GENERAL), parsed.kindOf("Ltd."));
    assertEquals(Optional.of(BEFORE_NUMBER), parsed.kindOf("Nr."));
    assertEquals(List.of("Brgdr.", "Ltd.", "Nr."), List.copyOf(parsed.asMap().keySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void parseRejectsMalformedEntries(List<String> lines, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Abbreviations.parse(lines));
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> parseRejectsMalformedEntries() {
    return Stream.of(
        arguments(
            List.of("Mr. title", "Dr"),
            "abbreviation entry 2 (\"Dr\") must start with a letter and end with a period"),
        arguments(
            List.of(".x."), "abbreviation entry 1 (\".x.\") must start with a letter and end with a period"),
        arguments(
            List.of("Mr. rank"),
            "abbreviation entry 1: unknown kind \"rank\" (expected title, before-number or general)"),
        arguments(
            List.of("Mr. title extra"), "abbreviation entry 1 (\"Mr. title extra\") has more than two fields"),
        arguments(List.of("Mr.", "Mr. title"), "abbreviation entry 2 (\"Mr.\") is listed twice"));
  }

  @Test
  void plusLetsLaterEntriesWin() {
    Abbreviations merged =
        Abbreviations.standard().plus(Abbreviations.parse(List.of("St. title", "Brgdr. title")));

    assertEquals(Optional.of(TITLE), merged.kindOf("St."));
    assertEquals(Optional.of(TITLE), merged.kindOf("Brgdr."));
    assertEquals(Optional.of(GENERAL), Abbreviations.standard().kindOf("St."));
  }
}
