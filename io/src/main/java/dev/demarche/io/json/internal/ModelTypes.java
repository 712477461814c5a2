package dev.demarche.io.json.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableBiMap;
import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.DateRange;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.Event;
import dev.demarche.model.EventId;
import dev.demarche.model.Extraction;
import dev.demarche.model.Issue;
import dev.demarche.model.Mention;
import dev.demarche.model.Participant;
import dev.demarche.model.Role;
import dev.demarche.model.Span;
import dev.demarche.model.Stance;
import dev.demarche.model.StanceId;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.TimeRef;
import java.util.Optional;

/**
 * The model types the format carries, each with the name that stands in a document's {@code "type"}.
 * Internal: may change without notice.
 */
public final class ModelTypes {
  private static final ImmutableBiMap<Class<?>, String> NAMES =
      ImmutableBiMap.<Class<?>, String>builder()
          .put(Extraction.class, "extraction")
          .put(Article.class, "article")
          .put(Actor.class, "actor")
          .put(Statement.class, "statement")
          .put(Stance.class, "stance")
          .put(Event.class, "event")
          .put(Diagnostic.class, "diagnostic")
          .put(Participant.class, "participant")
          .put(Mention.class, "mention")
          .put(Role.class, "role")
          .put(Issue.class, "issue")
          .put(TimeRef.class, "timeRef")
          .put(DateRange.class, "dateRange")
          .put(Span.class, "span")
          .put(CountryCode.class, "countryCode")
          .put(ActorId.class, "actorId")
          .put(ArticleId.class, "articleId")
          .put(StatementId.class, "statementId")
          .put(StanceId.class, "stanceId")
          .put(EventId.class, "eventId")
          .buildOrThrow();

  private ModelTypes() {}

  /** Every supported type, in the order of the format's documentation. */
  public static ImmutableBiMap<Class<?>, String> all() {
    return NAMES;
  }

  /**
   * Returns the format name of {@code type}, which must be one of the supported model types.
   *
   * @throws IllegalArgumentException if {@code type} is not supported
   */
  public static String nameOf(Class<?> type) {
    String name = NAMES.get(type);
    checkArgument(
        name != null,
        "%s is not a Demarche model type; supported: %s",
        type.getName(),
        NAMES.keySet().stream().map(Class::getSimpleName).toList());
    return name;
  }

  /**
   * Returns the supported model type that {@code value} is an instance of, such as {@code Actor}
   * for the generated implementation of an actor.
   *
   * @throws IllegalArgumentException if {@code value} is of no supported type
   */
  public static Class<?> typeOf(Object value) {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      if (NAMES.containsKey(c)) {
        return c;
      }
    }
    nameOf(value.getClass());
    throw new AssertionError("unreachable");
  }

  /** Returns the type named {@code name} in a document, if there is one. */
  public static Optional<Class<?>> forName(String name) {
    return Optional.ofNullable(NAMES.inverse().get(name));
  }

  /**
   * Returns the name a reader knows {@code type} by: the public model type it implements (so
   * {@code Actor} for Immutables' generated classes) or the simple name of any other type.
   */
  public static String displayName(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (NAMES.containsKey(c)) {
        return c.getSimpleName();
      }
    }
    return type.getSimpleName();
  }
}
