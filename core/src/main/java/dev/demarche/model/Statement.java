package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something an actor said or published, as an article reports it.
 *
 * <p>A statement carries its speaker (the resolved {@link Actor} and the mention as written, such as
 * {@code "she"}), an optional principal (a spokesperson speaks <em>for</em> a ministry), the content
 * exactly as it stands in the article, its {@link StatementMode mode}, the reporting cue ("said",
 * "denounced") with its normalised {@link SpeechAct}, the addressees, the time, and the spans of the
 * sentences that prove it. A quote with no speaker found has an empty {@link #speaker()}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .id(StatementId.of("a1/s1"))
 *     .article(ArticleId.of("a1"))
 *     .speaker(ActorId.of("person:condoleezza-rice"))
 *     .speakerMention(Mention.of("she", Span.of(120, 123)))
 *     .content("We are allies")
 *     .contentSpan(Span.of(101, 114))
 *     .mode(StatementMode.DIRECT)
 *     .speechAct(SpeechAct.SAY)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatement.class)
@JsonDeserialize(as = ImmutableStatement.class)
public abstract class Statement {
  Statement() {}

  /** Returns a builder of statements. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a corpus. */
  public abstract StatementId id();

  /** The article that reports the statement; every span points into it. */
  public abstract ArticleId article();

  /** The actor who made the statement, if one was found. */
  public abstract Optional<ActorId> speaker();

  /** The speaker as written in the article ("she", "the spokesman", "Rice"), if written. */
  public abstract Optional<Mention> speakerMention();

  /** The actor the speaker speaks for, such as the ministry of a spokesperson, if any. */
  public abstract Optional<ActorId> principal();

  /** What was said, exactly as the article has it at {@link #contentSpan()}. */
  public abstract String content();

  /** Where the content stands. */
  public abstract Span contentSpan();

  /** How the content renders what was said. */
  public abstract StatementMode mode();

  /** The reporting cue as written ("said", "told", "denounced"), if any. */
  public abstract Optional<Mention> cue();

  /** The normalised speech act. */
  public abstract SpeechAct speechAct();

  /** The actors the statement was addressed to ("he told the Senate Armed Services Committee"). */
  public abstract List<ActorId> addressees();

  /** When the statement was made, if the article says. */
  public abstract Optional<TimeRef> time();

  /** The spans of the sentences that prove the statement, in text order. */
  public abstract List<Span> evidence();

  @Value.Check
  final void check() {
    checkArgument(!content().isBlank(), "statement %s: content must not be blank", id());
    Checks.checkSpanLength("statement content", content(), contentSpan());
    checkArgument(
        principal().isEmpty() || speaker().isPresent(),
        "statement %s: principal %s given without a speaker",
        id(),
        principal().orElse(null));
  }

  /** Builds a {@link Statement}; not thread-safe, as every builder. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
