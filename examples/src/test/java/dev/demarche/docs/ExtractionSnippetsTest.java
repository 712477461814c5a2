package dev.demarche.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.io.CueLexicon;
import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.io.ExtractorConfig;
import dev.demarche.io.Gazetteer;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.Extraction;
import dev.demarche.model.SpeechAct;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of docs/extraction.md, run; see {@link DocSnippetsTest}. */
class ExtractionSnippetsTest {
  @TempDir Path dir;

  @Test
  void extractsAnArticle() {
    Article article = Article.of(ArticleId.of("a1"), "The border will reopen, officials said.");
    // snippet: ExtractArticle
    Extractor extractor = Demarche.extractor();
    Extraction result = extractor.extract(article);
    // end snippet
    assertEquals("The border will reopen", result.statements().get(0).content());
  }

  @Test
  void extendsTheGazetteerAndTheCues() throws IOException {
    Path actors =
        Files.writeString(
            dir.resolve("my-actors.tsv"),
            "freedonia-council\tFreedonian Council\tFC\t-\tORGANIZATION\n",
            UTF_8);
    Path cueFile =
        Files.writeString(dir.resolve("my-cues.tsv"), "bemoan\tbemoan|bemoans|bemoaned\tCRITICIZE\n", UTF_8);
    String workingDirectory = dir.toString();
    Path myActors = Path.of(workingDirectory, "my-actors.tsv");
    Path myCues = Path.of(workingDirectory, "my-cues.tsv");
    assertEquals(actors, myActors);
    assertEquals(cueFile, myCues);
    // snippet: ExtendData
    Gazetteer gazetteer = Gazetteer.builder()
        .addDefaults()
        .addActors(myActors)      // freedonia-council	Freedonian Council	FC	-	ORGANIZATION
        .build();
    CueLexicon cues = CueLexicon.builder()
        .addDefaults()
        .addCues(myCues)          // bemoan	bemoan|bemoans|bemoaned	CRITICIZE
        .build();
    Extractor extractor = Demarche.extractor(
        ExtractorConfig.defaults().withGazetteer(gazetteer).withCues(cues));
    // end snippet
    Extraction x = extractor.extract("t", "The FC bemoaned the decision.");
    assertEquals(SpeechAct.CRITICIZE, x.statements().get(0).speechAct());
    assertEquals("Freedonian Council", x.actors().get(0).name());
  }
}
