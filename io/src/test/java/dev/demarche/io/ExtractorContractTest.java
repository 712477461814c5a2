package dev.demarche.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorKind;
import dev.demarche.model.Article;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.DiagnosticKind;
import dev.demarche.model.Extraction;
import dev.demarche.model.Span;
import dev.demarche.model.SpeechAct;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's contracts: determinism, thread safety, diagnostics, limits and extension. */
class ExtractorContractTest {
  private static final Extractor EXTRACTOR = Demarche.extractor();

  static List<Article> sample() throws IOException {
    try (InputStream in = Demarche.sampleArticles();
        ArticleReader reader = ArticleReader.plainText(in, ArticleReader.Options.of("seed-articles.txt"))) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  @Test
  void sameArticleGivesTheSameExtraction() throws IOException {
    for (Article article : sample()) {
      Extraction first = EXTRACTOR.extract(article);
      Extraction second = Demarche.extractor(ExtractorConfig.defaults()).extract(article);
      assertEquals(first, second);
      assertEquals(first.toString(), second.toString());
    }
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    List<Article> articles = sample();
    List<Extraction> sequential = articles.stream().map(EXTRACTOR::extract).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        List<Future<Extraction>> futures =
            articles.stream().map(a -> pool.submit(() -> EXTRACTOR.extract(a))).toList();
        for (int i = 0; i < futures.size(); i++) {
          assertEquals(sequential.get(i), futures.get(i).get());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void statementIdsAreNumberedInTextOrder() throws IOException {
    Extraction x = EXTRACTOR.extract(sample().get(0));
    for (int i = 0; i < x.statements().size(); i++) {
      assertEquals("seed-articles.txt#1/s" + (i + 1), x.statements().get(i).id().value());
    }
    for (int i = 1; i < x.statements().size(); i++) {
      assertTrue(
          x.statements().get(i - 1).contentSpan().begin() <= x.statements().get(i).contentSpan().begin());
    }
  }

  @Test
  void truncatedArticleIsADiagnostic() throws IOException {
    Extraction x = EXTRACTOR.extract(sample().get(1));
    Diagnostic truncated =
        x.diagnostics().stream()
            .filter(d -> d.kind() == DiagnosticKind.TRUNCATED_ARTICLE)
            .findFirst()
            .orElseThrow();
    assertEquals(x.article().text().length(), truncated.span().end());
    assertTrue(x.article().text(truncated.span()).endsWith("more than a quarter-century of"));
  }

  @Test
  void unbalancedQuoteIsADiagnosticAndDoesNotSwallowTheArticle() {
    Extraction x =
        EXTRACTOR.extract(
            "t", "He said, \"We will leave.\nThe next paragraph is narration. Officials said it was over.");
    Diagnostic d =
        x.diagnostics().stream()
            .filter(e -> e.kind() == DiagnosticKind.UNBALANCED_QUOTE)
            .findFirst()
            .orElseThrow();
    assertEquals(Span.of(9, 10), d.span());
    assertTrue(
        x.statements().stream().anyMatch(s -> s.content().equals("it was over")),
        x.statements().toString());
  }

  @Test
  void pronounWithoutAntecedentIsADiagnostic() {
    Extraction x = EXTRACTOR.extract("t", "\"We are ready,\" she said.");
    assertEquals(Optional.empty(), x.statements().get(0).speaker());
    Diagnostic d = x.diagnostics().get(0);
    assertEquals(DiagnosticKind.UNRESOLVED_PRONOUN, d.kind());
    assertEquals(Span.of(16, 19), d.span());
    assertEquals("no antecedent found for the speaker 'she'", d.message());
  }

  @Test
  void textPastTheLimitIsADiagnosticNotAnError() {
    Extractor small = Demarche.extractor(ExtractorConfig.defaults().withMaxArticleLength(20));
    Extraction x = small.extract("t", "Officials said it was over. Then the talks resumed for hours.");
    assertEquals(DiagnosticKind.INPUT_LIMIT, x.diagnostics().get(x.diagnostics().size() - 1).kind());
    assertEquals(Span.of(20, 61), x.diagnostics().get(x.diagnostics().size() - 1).span());
  }

  @Test
  void sentenceCutForItsLengthIsADiagnosticAndItsPartsAreAnalysed() {
    // a run with no sentence end, longer than the longest sentence analysed whole
    String run = "Delegates from " + "abcdefgh, ".repeat(120) + "and others arrived.";
    Extraction x = EXTRACTOR.extract("t", run + " \"We will stay,\" Tom Reed said.");

    List<Diagnostic> cuts = x.diagnostics().stream()
        .filter(d -> d.kind() == DiagnosticKind.INPUT_LIMIT).collect(Collectors.toList());
    assertEquals(1, cuts.size(), x.diagnostics().toString());
    int cut = cuts.get(0).span().begin();
    assertEquals(cut, cuts.get(0).span().end());
    assertTrue(cut <= 1_000 && cut > 500 && run.charAt(cut) == ' ', cuts.toString());
    assertEquals(1, x.statements().size(), x.statements().toString());
    assertEquals("We will stay,", x.statements().get(0).content());
  }

  @Test
  void lineBreakInsideANounPhraseAfterANamedSpeakerIsNoError() {
    // the paragraph ends inside "the spokesman": the second paragraph opens with a bare noun
    Extraction x = EXTRACTOR.extract("t", "Smith said. the\nspokesman said.");
    assertEquals("Smith", x.statements().get(0).speakerMention().orElseThrow().text());
  }

  @Test
  void nativeNamesAndCountriesAttachToPersons() throws IOException {
    Extraction x = EXTRACTOR.extract(sample().get(3));
    Actor wong =
        x.actors().stream().filter(a -> a.name().equals("Lawrence Wong")).findFirst().orElseThrow();
    assertEquals(ActorKind.PERSON, wong.kind());
    assertTrue(wong.nativeNames().contains("黃循財"));
    assertEquals(Optional.of(CountryCode.of("SGP")), wong.country());
    assertEquals("Prime Minister", wong.roles().get(0).title());
  }

  /** An article of {@code text} from the medium {@code source}. */
  private static Article fromSource(String text, String source) {
    return Article.builder().id(dev.demarche.model.ArticleId.of("t")).text(text).source(source).build();
  }

  @Test
  void anUnqualifiedBodyTakesTheCountryOfTheArticlesSource() {
    String text = "The Ministry of Foreign Affairs said the remarks were regrettable.";
    Article taipei = fromSource(text, "Taipei Times");
    Extraction x = EXTRACTOR.extract(taipei);
    assertEquals("body:foreign-ministry:TWN", x.statements().get(0).speaker().get().value());
    assertEquals("Foreign Ministry (Taiwan)", x.actors().get(0).name());
    Extraction unknown = EXTRACTOR.extract("t", text);
    assertEquals("body:foreign-ministry", unknown.statements().get(0).speaker().get().value());
  }

  @Test
  void aSourcesCountryIsNotTakenInAStoryOfOtherStates() {
    // a Reuters story of China and the United States, with no dateline: no British ministry
    String text = "China has been angered by U.S. patrols and launched what the Defense Ministry termed \"routine\""
        + " drills. The Foreign Ministry said the patrols must stop.";
    Article reuters = fromSource(text, "Reuters");
    Extraction x = EXTRACTOR.extract(reuters);
    assertEquals(2, x.statements().size());
    x.statements().forEach(s -> assertFalse(s.speaker().get().value().endsWith(":GBR"), s.speaker().get().value()));
    // the source's state named before: its ministry
    String british = "Britain and France disagreed. The Foreign Ministry said the talks would go on.";
    Article bbc = fromSource(british, "BBC");
    assertEquals("body:foreign-ministry:GBR", EXTRACTOR.extract(bbc).statements().get(0).speaker().get().value());
  }

  @Test
  void aDatelineGivesAnUnqualifiedBodyItsCountryBeforeTheSourceDoes() {
    String text = "Tokyo, 12 March (AFP) — Japan lodged a protest with China over the ships, the foreign ministry"
        + " said.";
    Article afp = fromSource(text, "AFP");
    Extraction x = EXTRACTOR.extract(afp);
    assertEquals("body:foreign-ministry:JPN", x.statements().get(0).speaker().get().value());
    assertTrue(x.statements().get(0).content().startsWith("Japan lodged"), "the dateline is not what was said");
    // with the dateline's state not named, and others named, no country rather than the source's
    String other = "TAIPEI, March 3 (Reuters) - China and Japan traded barbs. The foreign ministry said it was"
        + " concerned.";
    Article reuters = fromSource(other, "Reuters");
    assertEquals("body:foreign-ministry", EXTRACTOR.extract(reuters).statements().get(0).speaker().get().value());
  }

  @Test
  void aNameManyStatesShareIsTheDatelinesStateWhenTheStoryNamesItFirst() {
    String text = "MANILA, Philippines (AP) — The Philippines accused China's coast guard of firing water cannon."
        + " National Security Council spokesman Ramon Villareal said the boat was on a routine mission.";
    Extraction x = EXTRACTOR.extract(Article.builder().id(dev.demarche.model.ArticleId.of("t")).text(text).build());
    Actor villareal = x.actors().stream().filter(a -> a.name().equals("Ramon Villareal")).findFirst().orElseThrow();
    assertEquals(Optional.of(CountryCode.of("PHL")), villareal.country());
    // a dateline's state that the story does not name first, with two others named, leaves the country open: many
    // states have a National Security Council
    String other = "BEIJING (AP) — Japan and China traded barbs. National Security Council spokesman Tom Reed said"
        + " the talks would go on.";
    Extraction y = EXTRACTOR.extract(Article.builder().id(dev.demarche.model.ArticleId.of("t")).text(other).build());
    Actor reed = y.actors().stream().filter(a -> a.name().equals("Tom Reed")).findFirst().orElseThrow();
    assertEquals(Optional.empty(), reed.country());
  }

  @Test
  void aDatelineGivesWayToTheStateTheStoryNamesFirst() {
    // the source's state named first: its ministry, not the dateline's
    String text = "Beijing (AFP) — France summoned China's ambassador on Monday. The foreign ministry said the"
        + " comments were unacceptable.";
    Article afp = fromSource(text, "AFP");
    assertEquals("body:foreign-ministry:FRA", EXTRACTOR.extract(afp).statements().get(0).speaker().get().value());
    // a dateline's place names no state of the story: the ministry that spoke before
    String kyiv = "Kyiv (AFP) — Russia's foreign ministry said it had summoned the envoy. The foreign ministry said"
        + " it was ready.";
    Article k = fromSource(kyiv, "AFP");
    assertEquals("body:foreign-ministry:RUS", EXTRACTOR.extract(k).statements().get(1).speaker().get().value());
    // a name many states share stays its own state's when that state is named
    String seoul = "Seoul (AFP) — South Korea and the United States signed a defence deal. The Senate said it"
        + " would review the agreement.";
    Article s = fromSource(seoul, "AFP");
    assertEquals("body:senate", EXTRACTOR.extract(s).statements().get(0).speaker().get().value());
  }

  @Test
  void usersExtendTheGazetteerAndLexiconFromFiles(@TempDir Path dir) throws IOException {
    Path actors = dir.resolve("actors.tsv");
    Files.writeString(actors, "# mine\nfreedonia-council\tFreedonian Council\tFC\t-\tORGANIZATION\n");
    Path cues = dir.resolve("cues.tsv");
    Files.writeString(cues, "bemoan\tbemoan|bemoans|bemoaned\tCRITICIZE\n");
    Extractor extended =
        Demarche.extractor(
            ExtractorConfig.defaults()
                .withGazetteer(Gazetteer.builder().addDefaults().addActors(actors).build())
                .withCues(CueLexicon.builder().addDefaults().addCues(cues).build()));
    Extraction x = extended.extract("t", "The FC bemoaned the decision.");
    assertEquals(1, x.statements().size());
    assertEquals(SpeechAct.CRITICIZE, x.statements().get(0).speechAct());
    assertEquals("org:freedonia-council", x.statements().get(0).speaker().get().value());
    assertEquals("Freedonian Council", x.actors().get(0).name());
  }

  @Test
  void malformedDataFileNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path actors = dir.resolve("actors.tsv");
    Files.writeString(actors, "a\tA\t-\t-\tORGANIZATION\nb\tB\t-\tXXX\tORGANIZATION\n");
    DemarcheIoException e =
        assertThrows(
            DemarcheIoException.class, () -> Gazetteer.builder().addActors(actors).build());
    assertEquals(
        actors + ":2 field 'column 4': 'XXX' is not an ISO 3166-1 alpha-3 code", e.getMessage());
    Path cues = dir.resolve("cues.tsv");
    Files.writeString(cues, "x\tx\tSHOUT\n");
    DemarcheIoException bad =
        assertThrows(DemarcheIoException.class, () -> CueLexicon.builder().addCues(cues).build());
    assertEquals(cues + ":1 field 'column 3': unknown speech act 'SHOUT'", bad.getMessage());
  }
}
