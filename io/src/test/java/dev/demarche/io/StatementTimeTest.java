package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.DateRange;
import dev.demarche.model.Statement;
import dev.demarche.model.TimePrecision;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Times of statements, as written and resolved against a publication date (Saturday 2005-02-19). */
class StatementTimeTest {
  private static final LocalDate SATURDAY = LocalDate.of(2005, 2, 19);

  static Stream<Arguments> times() {
    return Stream.of(
        Arguments.of("Officials said Friday the talks failed.", "Friday",
            DateRange.ofDay(LocalDate.of(2005, 2, 18))),
        Arguments.of("On Wednesday, the minister said the plan was off.", "On Wednesday",
            DateRange.ofDay(LocalDate.of(2005, 2, 16))),
        Arguments.of("The ministry said yesterday that it would respond.", "yesterday",
            DateRange.ofDay(LocalDate.of(2005, 2, 18))),
        Arguments.of("On Oct. 14, the mayor said the bridge was named.", "On Oct. 14",
            DateRange.ofDay(LocalDate.of(2004, 10, 14))),
        Arguments.of("The council said last week that it agreed.", "last week",
            DateRange.of(LocalDate.of(2005, 2, 7), LocalDate.of(2005, 2, 13), TimePrecision.WEEK)),
        Arguments.of("Last December, the government said it would act.", "Last December",
            DateRange.of(LocalDate.of(2004, 12, 1), LocalDate.of(2004, 12, 31), TimePrecision.MONTH)),
        Arguments.of("On January 4, 2019, officials said it was over.", "On January 4, 2019",
            DateRange.ofDay(LocalDate.of(2019, 1, 4))),
        Arguments.of("The Red Cross said on 12 February that it had lost contact.", "on 12 February",
            DateRange.ofDay(LocalDate.of(2005, 2, 12))),
        Arguments.of("She said on 12 March last year that it was over.", "on 12 March last year",
            DateRange.ofDay(LocalDate.of(2004, 3, 12))),
        Arguments.of("She said on 3 May 2019 that it was over.", "on 3 May 2019",
            DateRange.ofDay(LocalDate.of(2019, 5, 3))),
        Arguments.of("He said in March 2019 that the talks had failed.", "March 2019",
            DateRange.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), TimePrecision.MONTH)),
        Arguments.of("He told reporters in March 2019 that the talks had failed.", "March 2019",
            DateRange.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), TimePrecision.MONTH)),
        Arguments.of("Ana Ruiz, who was elected in March 2019, said on Friday that she would run.", "on Friday",
            DateRange.ofDay(LocalDate.of(2005, 2, 18))));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("times")
  void timeIsFoundAndResolved(String text, String expression, DateRange resolved) {
    Article article =
        Article.builder().id(ArticleId.of("t")).text(text).published(SATURDAY).build();
    Statement s = Demarche.extractor().extract(article).statements().get(0);
    assertEquals(expression, s.time().orElseThrow().expression());
    assertEquals(Optional.of(resolved), s.time().orElseThrow().resolved());
    assertEquals(expression, text.substring(s.time().get().span().get().begin(), s.time().get().span().get().end()));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("times")
  void withoutAPublicationDateNoDateIsInvented(String text, String expression, DateRange resolved) {
    Statement s = Demarche.extractor().extract("t", text).statements().get(0);
    if (expression.endsWith("2019")) {
      assertEquals(Optional.of(resolved), s.time().orElseThrow().resolved());
    } else {
      assertEquals(Optional.empty(), s.time().orElseThrow().resolved());
    }
  }
}
