package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Everything found in one {@link Article}: its actors, statements, stances, events, and the
 * diagnostics about its text.
 *
 * <p>An extraction is consistent by construction: every span lies within the article's text, every
 * quoted content and mention equals the text at its span, every actor and statement referred to is
 * present, and ids are unique. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtraction.class)
@JsonDeserialize(as = ImmutableExtraction.class)
public abstract class Extraction {
  Extraction() {}

  /** Returns a builder of extractions. */
  public static Builder builder() {
    return new Builder();
  }

  /** The article everything was found in. */
  public abstract Article article();

  /** The actors mentioned or referred to, in order of first mention. */
  public abstract List<Actor> actors();

  /** The statements, in text order. */
  public abstract List<Statement> statements();

  /** The stances, in text order of their first evidence. */
  public abstract List<Stance> stances();

  /** The events, in text order. */
  public abstract List<Event> events();

  /** Problems found in the text, in text order. */
  public abstract List<Diagnostic> diagnostics();

  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<ActorId, Actor> actorIndex() {
    return index(actors(), Actor::id, "actor");
  }

  @JsonIgnore
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<StatementId, Statement> statementIndex() {
    return index(statements(), Statement::id, "statement");
  }

  /** Returns the actor with {@code id}, if present. */
  public final Optional<Actor> findActor(ActorId id) {
    return Optional.ofNullable(actorIndex().get(id));
  }

  /**
   * Returns the actor with {@code id}.
   *
   * @throws NoSuchElementException if no actor has that id
   */
  public final Actor expectActor(ActorId id) {
    Actor actor = actorIndex().get(id);
    if (actor == null) {
      throw new NoSuchElementException(
          "article " + article().id() + ": no actor with id '" + id + "'");
    }
    return actor;
  }

  /** Returns the statement with {@code id}, if present. */
  public final Optional<Statement> findStatement(StatementId id) {
    return Optional.ofNullable(statementIndex().get(id));
  }

  @Value.Check
  final void check() {
    Article article = article();
    Map<ActorId, Actor> actors = actorIndex();
    for (Actor actor : actors()) {
      for (Role role : actor.roles()) {
        role.organization().ifPresent(o -> checkActor(actors, o, new Where("role of actor", actor.id(), "")));
      }
    }
    for (Statement s : statements()) {
      Where where = new Where("statement", s.id(), "");
      checkArticle(s.article(), where);
      checkText(s.content(), s.contentSpan(), where.at("content"));
      s.speakerMention().ifPresent(m -> checkMention(m, where.at("speaker mention")));
      s.cue().ifPresent(m -> checkMention(m, where.at("cue")));
      s.time().ifPresent(t -> checkTime(t, where));
      s.evidence().forEach(e -> checkSpan(e, where.at("evidence")));
      s.speaker().ifPresent(a -> checkActor(actors, a, where.at("speaker")));
      s.principal().ifPresent(a -> checkActor(actors, a, where.at("principal")));
      s.addressees().forEach(a -> checkActor(actors, a, where.at("addressee")));
    }
    Map<StatementId, Statement> statements = statementIndex();
    Set<StanceId> stanceIds = new HashSet<>();
    for (Stance s : stances()) {
      Where where = new Where("stance", s.id(), "");
      checkArgument(stanceIds.add(s.id()), "article %s: duplicate stance id '%s'", article.id(), s.id());
      checkArticle(s.article(), where);
      checkActor(actors, s.holder(), where.at("holder"));
      s.time().ifPresent(t -> checkTime(t, where));
      s.evidence().forEach(e -> checkSpan(e, where.at("evidence")));
      for (StatementId id : s.statements()) {
        checkArgument(
            statements.containsKey(id),
            "article %s: %s refers to unknown statement '%s'",
            article.id(),
            where,
            id);
      }
    }
    Set<EventId> eventIds = new HashSet<>();
    for (Event e : events()) {
      Where where = new Where("event", e.id(), "");
      checkArgument(eventIds.add(e.id()), "article %s: duplicate event id '%s'", article.id(), e.id());
      checkArticle(e.article(), where);
      checkMention(e.trigger(), where.at("trigger"));
      e.time().ifPresent(t -> checkTime(t, where));
      e.place().ifPresent(a -> checkActor(actors, a, where.at("place")));
      e.evidence().forEach(s -> checkSpan(s, where.at("evidence")));
      for (Participant p : e.participants()) {
        checkActor(actors, p.actor(), where.at("participant"));
        p.mention().ifPresent(m -> checkMention(m, where.at("participant mention")));
      }
    }
    for (Diagnostic d : diagnostics()) {
      checkSpan(d.span(), new Where("diagnostic", d.kind(), ""));
    }
  }

  private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key, String what) {
    Map<K, V> map = new java.util.LinkedHashMap<>();
    for (V value : values) {
      V previous = map.put(key.apply(value), value);
      checkArgument(previous == null, "duplicate %s id '%s'", what, key.apply(value));
    }
    return ImmutableMap.copyOf(map);
  }

  private void checkArticle(ArticleId id, Where where) {
    checkArgument(
        id.equals(article().id()),
        "article %s: %s points into another article '%s'",
        article().id(),
        where,
        id);
  }

  private void checkActor(Map<ActorId, Actor> actors, ActorId id, Where where) {
    checkArgument(
        actors.containsKey(id),
        "article %s: %s refers to unknown actor '%s'",
        article().id(),
        where,
        id);
  }

  private void checkSpan(Span span, Where where) {
    checkArgument(
        article().contains(span),
        "article %s: %s span %s ends past the end of the text (%s characters)",
        article().id(),
        where,
        span,
        article().text().length());
  }

  private void checkText(String text, Span span, Where where) {
    checkSpan(span, where);
    if (!article().text().regionMatches(span.begin(), text, 0, text.length())) {
      throw new IllegalArgumentException(
          String.format(
              "article %s: %s '%s' differs from the text at %s: '%s'",
              article().id(), where, text, span, article().text(span)));
    }
  }

  private void checkMention(Mention mention, Where where) {
    checkText(mention.text(), mention.span(), where);
  }

  private void checkTime(TimeRef time, Where where) {
    time.span().ifPresent(s -> checkText(time.expression(), s, where.at("time")));
  }

  /**
   * What a check looks at, such as "statement a/s1 content": put into words only when the check
   * fails, so that a valid extraction builds no messages.
   */
  private record Where(String kind, Object id, String part) {
    Where at(String part) {
      return new Where(kind, id, part);
    }

    @Override
    public String toString() {
      return kind + " " + id + (part.isEmpty() ? "" : " " + part);
    }
  }

  /** Builds an {@link Extraction}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableExtraction.Builder {
    Builder() {}
  }
}
