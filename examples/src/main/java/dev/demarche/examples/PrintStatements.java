package dev.demarche.examples;

import dev.demarche.io.ArticleReader;
import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Extracts articles and prints each statement as its speaker, speech act and content: the first
 * thing to try.
 *
 * <p>Arguments: a plain-text file of articles separated by blank lines; without one, the bundled
 * sample articles.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrintStatements {
  private PrintStatements() {}

  /**
   * Prints the statements of {@code articles} to {@code out}, one a line.
   *
   * @param articles the articles to extract
   * @param out where to print
   */
  public static void print(ArticleReader articles, PrintStream out) {
    // snippet: PrintStatements
    Extractor extractor = Demarche.extractor();
    while (articles.hasNext()) {
      Extraction extraction = extractor.extract(articles.next());
      for (Statement statement : extraction.statements()) {
        String speaker =
            statement.speaker().map(id -> extraction.expectActor(id).name()).orElse("(no speaker)");
        out.println(speaker + " " + statement.speechAct() + ": " + statement.content());
      }
    }
    // end snippet
  }

  /**
   * Prints the statements of the file named by the first argument, or of the bundled sample.
   *
   * @param args a plain-text file of articles, or nothing
   */
  public static void main(String[] args) {
    Runs.run(
        "PrintStatements",
        () -> {
          // snippet: ReadArticles
          try (ArticleReader articles =
              args.length > 0
                  ? ArticleReader.plainText(Path.of(args[0]))
                  : ArticleReader.plainText(
                      Demarche.sampleArticles(), ArticleReader.Options.of("seed-articles.txt"))) {
            print(articles, System.out);
          }
          // end snippet
        });
  }
}
