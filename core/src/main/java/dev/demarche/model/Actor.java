package dev.demarche.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Someone or something that speaks or acts in the news: a state, a government body, a person, an
 * organisation, a city, a medium, a document, or an anonymous source.
 *
 * <p>An actor has a stable {@link #id()}, a canonical {@link #name()}, the other names it goes by,
 * names in native script (習近平 for Xi Jinping), the country it belongs to, and the titles it holds.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Actor rice = Actor.builder()
 *     .id(ActorId.of("person:condoleezza-rice"))
 *     .kind(ActorKind.PERSON)
 *     .name("Condoleezza Rice")
 *     .country(CountryCode.of("USA"))
 *     .addRoles(Role.of("Secretary of State"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActor.class)
@JsonDeserialize(as = ImmutableActor.class)
public abstract class Actor {
  Actor() {}

  /** Returns a builder of actors. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the actor with the given id, kind and name, and nothing else known.
   *
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding white space
   */
  public static Actor of(ActorId id, ActorKind kind, String name) {
    return builder().id(id).kind(kind).name(name).build();
  }

  /** The stable identifier. */
  public abstract ActorId id();

  /** What sort of actor this is. */
  public abstract ActorKind kind();

  /** The canonical name, such as {@code Japan} or {@code Condoleezza Rice}. */
  public abstract String name();

  /** Other names the actor goes by (abbreviations, short forms, surnames), in the order found. */
  public abstract Set<String> aliases();

  /** Names in native script, such as {@code 習近平}, in the order found. */
  public abstract Set<String> nativeNames();

  /** The country the actor belongs to, or is, if known. */
  public abstract Optional<CountryCode> country();

  /** The titles the actor holds. */
  public abstract List<Role> roles();

  @Value.Check
  final void check() {
    Checks.checkName("actor name", name());
    Checks.checkNames("actor alias", aliases());
    Checks.checkNames("actor native name", nativeNames());
  }

  /** Whether {@code text} is the name, an alias or a native name of this actor. */
  public final boolean isNamed(String text) {
    return name().equals(text) || aliases().contains(text) || nativeNames().contains(text);
  }

  /** Builds an {@link Actor}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
