package dev.demarche.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.demarche.io.ArticleReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintStatementsTest {
  private static List<String> print(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArticleReader articles =
        ArticleReader.plainText(new StringReader(text), ArticleReader.Options.of("news.txt"))) {
      PrintStatements.print(articles, new PrintStream(bytes, true, UTF_8));
    }
    return bytes.toString(UTF_8).lines().toList();
  }

  @Test
  void printsEachStatementWithItsSpeakerActAndContent() throws IOException {
    assertEquals(
        List.of("Jane Doe SAY: We will never give up,", "China SAY: We will never give up,"),
        print(
            "\"We will never give up,\" Prime Minister Jane Doe said.\n\n"
                + "\"We will never give up,\" China said.\n"));
  }

  @Test
  void printsNothingForTextWithoutStatements() throws IOException {
    assertEquals(List.of(), print("The weather was fine.\n"));
  }

  @Test
  void mainPrintsTheStatementsOfTheBundledSample() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, UTF_8));
    try {
      PrintStatements.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertFalse(bytes.toString(UTF_8).isEmpty());
  }
}
