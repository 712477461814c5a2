package dev.demarche.examples;

import dev.demarche.io.Demarche;
import dev.demarche.io.Extractor;
import dev.demarche.io.ExtractorConfig;
import dev.demarche.io.Gazetteer;
import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Teaches the extractor one's own actors, from a data file or in code, on top of the bundled
 * gazetteer.
 *
 * <p>Arguments: a tab-separated file of actors ({@code id, name, aliases, country, kind}, as in the
 * bundled {@code bodies.tsv}), then a text to extract. Without them, an actor added in code and a
 * sentence about it.
 *
 * <p>Stateless and thread-safe.
 */
public final class CustomGazetteer {
  /** A sentence about a body only a custom gazetteer knows. */
  public static final String TEXT = "\"We will never give up,\" the Ministry of Harmony said.";

  private CustomGazetteer() {}

  /**
   * Returns an extractor that knows the actors of {@code actorsFile} besides the bundled ones.
   *
   * @param actorsFile a tab-separated file of actors
   * @throws dev.demarche.io.DemarcheIoException naming the file and line of a malformed row
   */
  public static Extractor fromFile(Path actorsFile) {
    // snippet: GazetteerFromFile
    Gazetteer gazetteer =
        Gazetteer.builder()
            .addDefaults()
            .addActors(actorsFile) // rows of id, name, aliases, country, kind
            .build();
    Extractor extractor = Demarche.extractor(ExtractorConfig.defaults().withGazetteer(gazetteer));
    // end snippet
    return extractor;
  }

  /** Returns an extractor that knows the Ministry of Harmony, of New Zealand, added in code. */
  public static Extractor inCode() {
    // snippet: GazetteerInCode
    Gazetteer gazetteer =
        Gazetteer.builder()
            .addDefaults()
            .addActor(
                "harmony-ministry",
                ActorKind.GOVERNMENT_BODY,
                "Ministry of Harmony",
                List.of("Harmony Ministry"),
                Optional.of(CountryCode.of("NZL")))
            .build();
    // end snippet
    return Demarche.extractor(ExtractorConfig.defaults().withGazetteer(gazetteer));
  }

  /**
   * Describes each statement's speaker as its id, name and country: {@code
   * body:harmony-ministry Ministry of Harmony NZL}.
   *
   * @param extraction what was extracted
   * @return one line per statement
   */
  public static List<String> speakers(Extraction extraction) {
    return extraction.statements().stream()
        .map(Statement::speaker)
        .flatMap(Optional::stream)
        .map(extraction::expectActor)
        .map(a -> a.id() + " " + a.name() + " " + a.country().map(CountryCode::code).orElse("-"))
        .toList();
  }

  /**
   * Extracts the text of the second argument with the actors of the file of the first, or {@link
   * #TEXT} with the actor added in code, and prints each statement's speaker.
   *
   * @param args an actors file and a text, or nothing
   */
  public static void main(String[] args) {
    Runs.run(
        "CustomGazetteer",
        () -> {
          Extractor extractor = args.length >= 1 ? fromFile(Path.of(args[0])) : inCode();
          String text = args.length >= 2 ? args[1] : TEXT;
          speakers(extractor.extract("example", text)).forEach(System.out::println);
        });
  }
}
