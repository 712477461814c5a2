package dev.demarche.io.internal.extract;

import dev.demarche.model.ActorKind;
import dev.demarche.model.CountryCode;
import java.util.List;
import java.util.Optional;

/**
 * An actor known in advance, from a gazetteer: its id, kind, canonical name, aliases and country.
 * A generic body ({@code Foreign Ministry}) has no country of its own: it takes one from the text.
 * Immutable and thread-safe.
 *
 * @param id the id, unique in the gazetteer, such as {@code state:JPN} or {@code body:foreign-ministry}
 * @param kind the kind of actor
 * @param name the canonical name
 * @param aliases other names
 * @param country the country, if the entry has one of its own
 */
public record ActorEntry(
    String id, ActorKind kind, String name, List<String> aliases, Optional<CountryCode> country) {

  /** Whether the entry takes its country from the text around its mention. */
  public boolean isGeneric() {
    return country.isEmpty()
        && (kind == ActorKind.GOVERNMENT_BODY);
  }
}
