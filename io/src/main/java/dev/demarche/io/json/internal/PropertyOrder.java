package dev.demarche.io.json.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import dev.demarche.model.Actor;
import dev.demarche.model.Article;
import dev.demarche.model.DateRange;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.Event;
import dev.demarche.model.Extraction;
import dev.demarche.model.Issue;
import dev.demarche.model.Mention;
import dev.demarche.model.Participant;
import dev.demarche.model.Role;
import dev.demarche.model.Span;
import dev.demarche.model.Stance;
import dev.demarche.model.Statement;
import dev.demarche.model.TimeRef;

/**
 * The order in which the format writes each object's properties: identity first, then content,
 * then provenance, as the model declares them. Pinned here, in Jackson mix-ins, so that the written
 * form does not depend on reflection order or on Jackson's default alphabetical order, and stays put
 * when the model's source is rearranged. Readers accept any order. Internal: may change without
 * notice.
 */
final class PropertyOrder {
  private PropertyOrder() {}

  /** The mix-ins, by the model type they apply to. */
  static ImmutableMap<Class<?>, Class<?>> mixIns() {
    return ImmutableMap.<Class<?>, Class<?>>builder()
        .put(Extraction.class, ExtractionOrder.class)
        .put(Article.class, ArticleOrder.class)
        .put(Actor.class, ActorOrder.class)
        .put(Role.class, RoleOrder.class)
        .put(Statement.class, StatementOrder.class)
        .put(Stance.class, StanceOrder.class)
        .put(Event.class, EventOrder.class)
        .put(Participant.class, ParticipantOrder.class)
        .put(Mention.class, MentionOrder.class)
        .put(TimeRef.class, TimeRefOrder.class)
        .put(DateRange.class, DateRangeOrder.class)
        .put(Issue.class, IssueOrder.class)
        .put(Diagnostic.class, DiagnosticOrder.class)
        .put(Span.class, SpanOrder.class)
        .buildOrThrow();
  }

  @JsonPropertyOrder({"article", "actors", "statements", "stances", "events", "diagnostics"})
  private abstract static class ExtractionOrder {}

  @JsonPropertyOrder({"id", "title", "source", "url", "published", "text"})
  private abstract static class ArticleOrder {}

  @JsonPropertyOrder({"id", "kind", "name", "aliases", "nativeNames", "country", "roles"})
  private abstract static class ActorOrder {}

  @JsonPropertyOrder({"title", "organization", "since", "until"})
  private abstract static class RoleOrder {}

  @JsonPropertyOrder({
    "id", "article", "speaker", "speakerMention", "principal", "content", "contentSpan", "mode",
    "cue", "speechAct", "addressees", "time", "evidence"
  })
  private abstract static class StatementOrder {}

  @JsonPropertyOrder({
    "id", "article", "holder", "issue", "position", "time", "statements", "evidence"
  })
  private abstract static class StanceOrder {}

  @JsonPropertyOrder({
    "id", "article", "type", "trigger", "participants", "time", "place", "evidence", "cameo", "plover"
  })
  private abstract static class EventOrder {}

  @JsonPropertyOrder({"actor", "role", "mention"})
  private abstract static class ParticipantOrder {}

  @JsonPropertyOrder({"text", "span"})
  private abstract static class MentionOrder {}

  @JsonPropertyOrder({"expression", "span", "resolved"})
  private abstract static class TimeRefOrder {}

  @JsonPropertyOrder({"start", "end", "precision"})
  private abstract static class DateRangeOrder {}

  @JsonPropertyOrder({"id", "label"})
  private abstract static class IssueOrder {}

  @JsonPropertyOrder({"kind", "severity", "span", "message"})
  private abstract static class DiagnosticOrder {}

  @JsonPropertyOrder({"begin", "end"})
  private abstract static class SpanOrder {}
}
