package dev.demarche.io.internal.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs both components over the project's sample corpora, bundled as test resources, and checks the
 * structural invariants: real text meets combinations no hand-written case does.
 */
class CorpusTest {

  private static final String SEED = "/dev/demarche/io/samples/seed-articles.txt";
  private static final String WIKINEWS = "/dev/demarche/io/wikinews/wikinews-2019.jsonl";

  private static String read(String resource) throws IOException {
    try (java.io.InputStream in = CorpusTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void seedArticlesMeetTheInvariantsWithoutQuoteProblems() throws IOException {
    String text = read(SEED);

    Invariants.checkSegmentation(text, Segmenter.standard().segment(text));
    QuoteScan scan = QuoteScanner.scan(text);
    Invariants.checkQuotes(text, scan);
    assertEquals(List.of(), scan.problems());
  }

  @Test
  void seedArticlesNestedOneChinaIsFound() throws IOException {
    String text = read(SEED);

    List<String> nested =
        QuoteScanner.scan(text).quotes().stream()
            .filter(q -> q.depth() == 1)
            .map(q -> q.outer().text(text))
            .collect(Collectors.toList());
    assertTrue(nested.contains("\u2018one China\u2019"), () -> "nested quotes: " + nested);
  }

  @Test
  void wikinewsArticlesMeetTheInvariants() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : read(WIKINEWS).split("\n")) {
      if (!line.isBlank()) {
        texts.add(JsonText.stringField(line, "text"));
      }
    }
    assertTrue(texts.size() > 100, () -> "only " + texts.size() + " articles read");

    int problems = 0;
    int quotes = 0;
    for (String text : texts) {
      Invariants.checkSegmentation(text, Segmenter.standard().segment(text));
      QuoteScan scan = QuoteScanner.scan(text);
      Invariants.checkQuotes(text, scan);
      problems += scan.problemCount();
      quotes += scan.quotes().size();
    }
    // Wikinews is carefully edited: a problem on more than one quotation in a hundred would mean
    // a rule that misreads ordinary punctuation.
    int found = problems;
    int total = quotes;
    assertTrue(found * 100 <= total, () -> found + " problems for " + total + " quotations");
  }

  /** Just enough JSON to read one string field of a JSON Lines record, without a JSON library. */
  static final class JsonText {
    private JsonText() {}

    static String stringField(String json, String name) {
      String key = "\"" + name + "\"";
      int at = json.indexOf(key);
      if (at < 0) {
        throw new IllegalArgumentException("no field " + key);
      }
      int i = json.indexOf(':', at + key.length()) + 1;
      while (Character.isWhitespace(json.charAt(i))) {
        i++;
      }
      if (json.charAt(i) != '"') {
        throw new IllegalArgumentException("field " + key + " is not a string");
      }
      StringBuilder out = new StringBuilder();
      for (i++; json.charAt(i) != '"'; i++) {
        char c = json.charAt(i);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char escaped = json.charAt(++i);
        switch (escaped) {
          case 'n':
            out.append('\n');
            break;
          case 'r':
            out.append('\r');
            break;
          case 't':
            out.append('\t');
            break;
          case 'b':
            out.append('\b');
            break;
          case 'f':
            out.append('\f');
            break;
          case 'u':
            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
            break;
          default:
            out.append(escaped); // \" \\ \/
            break;
        }
      }
      return out.toString();
    }
  }
}
