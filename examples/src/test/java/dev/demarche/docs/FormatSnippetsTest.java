package dev.demarche.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.demarche.io.json.DemarcheJson;
import dev.demarche.io.json.DemarcheJsonException;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import org.junit.jupiter.api.Test;

class FormatSnippetsTest {
  @Test
  void strictLimitsStillReadOrdinaryArticlesAndRefuseLongerStrings() {
    DemarcheJson strict = FormatSnippets.limits();
    Article small = Article.of(ArticleId.of("a1"), "Talks resumed.");
    Article large = Article.of(ArticleId.of("a2"), "x".repeat((1 << 20) + 1));

    assertEquals(small, strict.read(strict.write(small), Article.class));
    assertThrows(DemarcheJsonException.class, () -> strict.read(strict.write(large), Article.class));
  }
}
