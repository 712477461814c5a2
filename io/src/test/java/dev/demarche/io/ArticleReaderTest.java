package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.demarche.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private static final ArticleReader.Options OPTIONS = ArticleReader.Options.of("news.txt");

  private static List<Article> plain(String text) {
    try (ArticleReader reader = ArticleReader.plainText(new StringReader(text), OPTIONS)) {
      return ImmutableList.copyOf(reader);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Article> jsonLines(String text, ArticleReader.Options options) {
    try (ArticleReader reader = ArticleReader.jsonLines(new StringReader(text), options)) {
      return ImmutableList.copyOf(reader);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void plainTextArticlesAreSeparatedByBlankLinesAndParagraphsByLineBreaks() {
    List<Article> articles = plain("One.\nTwo.\n\n\n  \nThree.");
    assertEquals(2, articles.size());
    assertEquals("One.\nTwo.", articles.get(0).text());
    assertEquals("news.txt#1", articles.get(0).id().value());
    assertEquals("Three.", articles.get(1).text());
    assertEquals("news.txt#2", articles.get(1).id().value());
  }

  @Test
  void crlfAndLoneCrEndLinesAndAByteOrderMarkIsDropped() {
    List<Article> articles = plain("\uFEFFOne.\r\nTwo.\r\n\r\nThree.\rFour.\r\n");
    assertEquals("One.\nTwo.", articles.get(0).text());
    assertEquals("Three.\nFour.", articles.get(1).text());
  }

  @Test
  void emptyInputHasNoArticles() {
    assertEquals(List.of(), plain(""));
    assertEquals(List.of(), plain("\n\n \n"));
  }

  @Test
  void publishedDateCanBeSuppliedForArticlesWithoutOne() {
    LocalDate day = LocalDate.of(2005, 2, 19);
    try (ArticleReader reader =
        ArticleReader.plainText(new StringReader("A."), OPTIONS.withPublished(day))) {
      assertEquals(Optional.of(day), reader.next().published());
      assertFalse(reader.hasNext());
      assertThrows(NoSuchElementException.class, reader::next);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void invalidUtf8IsReportedWithItsLine() {
    byte[] bytes = "Good line.\nBad \u00e9 here".getBytes(StandardCharsets.ISO_8859_1);
    InputStream input = new ByteArrayInputStream(bytes);
    DemarcheIoException e =
        assertThrows(
            DemarcheIoException.class,
            () -> ImmutableList.copyOf(ArticleReader.plainText(input, OPTIONS)));
    assertEquals(2L, e.line().getAsLong());
    assertEquals(
        "news.txt:2:5: input is not valid UTF-8: malformed sequence of 1 byte(s)", e.getMessage());
  }

  @Test
  void overlongArticleIsAnErrorOrASkippedProblem() {
    ArticleReader.Options small = OPTIONS.withLimits(100, 12);
    DemarcheIoException e =
        assertThrows(
            DemarcheIoException.class,
            () ->
                ImmutableList.copyOf(
                    ArticleReader.plainText(new StringReader("Short.\n\nFar too long.\nYes."), small)));
    assertEquals(
        "news.txt:3 (article news.txt#2): article longer than the limit of 12 characters",
        e.getMessage());

    ArticleReader skipping =
        ArticleReader.plainText(
            new StringReader("Short.\n\nFar too long.\n\nFine."),
            small.withOnError(ArticleReader.OnError.SKIP));
    List<Article> articles = ImmutableList.copyOf(skipping);
    assertEquals(List.of("Short.", "Fine."), articles.stream().map(Article::text).toList());
    assertEquals(1, skipping.problems().size());
    assertEquals("news.txt#3", articles.get(1).id().value());
  }

  @Test
  void overlongLineIsReportedWithItsLineAndReadingGoesOn() {
    ArticleReader.Options small =
        OPTIONS.withLimits(5, 100).withOnError(ArticleReader.OnError.SKIP);
    ArticleReader reader =
        ArticleReader.plainText(new StringReader("Ok.\n\nThis is too long.\nx\n\nFine."), small);
    List<Article> articles = ImmutableList.copyOf(reader);
    assertEquals(List.of("Ok.", "Fine."), articles.stream().map(Article::text).toList());
    assertEquals(
        "news.txt:3 (article news.txt#2): line longer than the limit of 5 characters",
        reader.problems().get(0).toString());
  }

  @Test
  void jsonLinesCarryMetadata() {
    List<Article> articles =
        jsonLines(
            "{\"id\":\"w1\",\"title\":\"T\",\"source\":\"Wikinews\",\"url\":\"https://x\","
                + "\"published\":\"2019-01-04\",\"text\":\"Hello.\",\"extra\":[1]}\n"
                + "\n"
                + "{\"text\":\"No id.\",\"published\":\"2019-01-05T23:30:00+09:00\"}",
            OPTIONS);
    Article first = articles.get(0);
    assertEquals("w1", first.id().value());
    assertEquals(Optional.of("T"), first.title());
    assertEquals(Optional.of("Wikinews"), first.source());
    assertEquals(Optional.of("https://x"), first.url());
    assertEquals(Optional.of(LocalDate.of(2019, 1, 4)), first.published());
    assertEquals("news.txt#L3", articles.get(1).id().value());
    assertEquals(Optional.of(LocalDate.of(2019, 1, 5)), articles.get(1).published());
  }

  @Test
  void malformedJsonLineNamesLineAndColumn() {
    DemarcheIoException e =
        assertThrows(
            DemarcheIoException.class,
            () -> jsonLines("{\"text\":\"ok\"}\n{\"text\": nope}", OPTIONS));
    assertEquals(2L, e.line().getAsLong());
    assertEquals(10, e.column().getAsInt());
    assertTrue(e.getMessage().startsWith("news.txt:2:10: malformed JSON: "), e.getMessage());
  }

  @Test
  void wrongTypeMissingFieldAndBadDateNameTheField() {
    DemarcheIoException wrongType =
        assertThrows(DemarcheIoException.class, () -> jsonLines("{\"text\":5}", OPTIONS));
    assertEquals("news.txt:1 field 'text': expected a string, found NUMBER", wrongType.getMessage());

    DemarcheIoException missing =
        assertThrows(DemarcheIoException.class, () -> jsonLines("{\"id\":\"a\"}", OPTIONS));
    assertEquals(
        "news.txt:1 (article a) field 'text': required field is missing", missing.getMessage());

    DemarcheIoException badDate =
        assertThrows(
            DemarcheIoException.class,
            () -> jsonLines("{\"text\":\"x\",\"published\":\"Friday\"}", OPTIONS));
    assertEquals(
        "news.txt:1 (article news.txt#L1) field 'published': expected an ISO date or date-time"
            + " such as 2019-01-04, found 'Friday'",
        badDate.getMessage());

    DemarcheIoException notObject =
        assertThrows(DemarcheIoException.class, () -> jsonLines("[1]", OPTIONS));
    assertEquals("news.txt:1:1: expected a JSON object, found ARRAY", notObject.getMessage());
  }

  @Test
  void skipModeReportsEveryBadLineAndKeepsTheGoodOnes() {
    ArticleReader reader =
        ArticleReader.jsonLines(
            new StringReader("{\"text\":\"a\"}\n{bad\n{\"text\":\" \"}\n{\"text\":\"b\"}"),
            OPTIONS.withOnError(ArticleReader.OnError.SKIP));
    List<Article> articles = ImmutableList.copyOf(reader);
    assertEquals(List.of("a", "b"), articles.stream().map(Article::text).toList());
    assertEquals(2, reader.problems().size());
    assertEquals(2L, reader.problems().get(0).error().line().getAsLong());
    assertEquals(
        "news.txt:3 (article news.txt#L3): article news.txt#L3: text must not be blank",
        reader.problems().get(1).toString());
  }

  @Test
  void readsTheBundledSampleArticles() throws IOException {
    try (InputStream in =
            ArticleReaderTest.class.getResourceAsStream("/dev/demarche/io/samples/seed-articles.txt");
        ArticleReader reader =
            ArticleReader.plainText(in, ArticleReader.Options.of("seed-articles.txt"))) {
      List<Article> articles = reader.stream().toList();
      assertEquals(5, articles.size());
      assertTrue(articles.get(1).text().startsWith("The German city of Hamburg"));
      assertTrue(articles.get(0).text().contains("\n\"The United States and Japan"));
    }
  }
}
