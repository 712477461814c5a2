package dev.demarche.io.internal.extract;

import dev.demarche.model.CountryCode;
import java.util.Optional;

/**
 * A title that introduces a person ("Secretary of State", "spokesman"), with the body it belongs to
 * and the country it implies, if any. Immutable and thread-safe.
 *
 * @param title the canonical title
 * @param body the id of the gazetteer entry of the body the title belongs to, if any
 * @param country the country the title implies, if any
 * @param rank the rank, such as {@code MINISTER} or {@code SPOKESPERSON}
 */
public record TitleEntry(String title, Optional<String> body, Optional<CountryCode> country, String rank) {
  /** Whether the title is a spokesperson's, who speaks for a principal. */
  public boolean isSpokesperson() {
    return rank.equals("SPOKESPERSON");
  }
}
