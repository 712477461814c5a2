package dev.demarche.cli;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.Article;
import dev.demarche.model.Extraction;
import dev.demarche.model.Statement;
import dev.demarche.model.TimeRef;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a summary for a person: for each article, its statements with their speakers (resolved
 * name, country, and the mention as written) and content, then the actors found; at the end, the
 * totals. Lines are wrapped at {@value #WIDTH} characters.
 */
final class SummarySink implements ExtractionSink {
  static final int WIDTH = 100;
  private static final String INDENT = "      ";
  private static final String HANGING = INDENT + "  ";

  private final TextOut out;
  private final Set<ActorId> distinctActors = new HashSet<>();
  private long articles;
  private long statements;
  private long resolved;

  SummarySink(Writer out) {
    this.out = new TextOut(out);
  }

  @Override
  public void write(Extraction extraction) {
    if (articles++ > 0) {
      out.println("");
    }
    out.println("== " + heading(extraction.article()) + " ==");
    out.println("Statements: " + extraction.statements().size());
    int number = 0;
    for (Statement s : extraction.statements()) {
      statements++;
      if (s.speaker().isPresent()) {
        resolved++;
      }
      StringBuilder head = new StringBuilder(Layout.speaker(extraction, s));
      head.append(" | ").append(Layout.words(s.speechAct()));
      head.append(" | ").append(Layout.words(s.mode()));
      s.time().map(TimeRef::expression).ifPresent(t -> head.append(" | ").append(t));
      List<String> lines = Layout.wrap(head.toString(), WIDTH, HANGING);
      String first = lines.get(0).substring(HANGING.length());
      lines.set(0, String.format(Locale.ROOT, "%4d. ", ++number) + first);
      lines.forEach(out::println);
      Layout.wrap(Layout.content(s), WIDTH, INDENT).forEach(out::println);
    }
    out.println("Actors: " + extraction.actors().size());
    List<String> actors = new ArrayList<>();
    for (Actor actor : extraction.actors()) {
      distinctActors.add(actor.id());
      String kind = actor.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      actors.add(actor.name() + " [" + actor.country().map(c -> c + ", ").orElse("") + kind + "]");
    }
    if (!actors.isEmpty()) {
      Layout.wrap(String.join("; ", actors), WIDTH, INDENT).forEach(out::println);
    }
  }

  private static String heading(Article article) {
    StringBuilder heading = new StringBuilder(article.id().value());
    List<String> about = new ArrayList<>();
    article.title().map(Layout::oneLine).ifPresent(t -> about.add("\"" + t + "\""));
    article.source().ifPresent(about::add);
    article.published().ifPresent(d -> about.add(d.toString()));
    if (!about.isEmpty()) {
      heading.append(": ").append(String.join(", ", about));
    }
    return heading.toString();
  }

  @Override
  public void close() {
    if (articles > 0) {
      out.println("");
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%d %s, %d %s (%d with a resolved speaker), %d distinct %s.",
            articles,
            articles == 1 ? "article" : "articles",
            statements,
            statements == 1 ? "statement" : "statements",
            resolved,
            distinctActors.size(),
            distinctActors.size() == 1 ? "actor" : "actors"));
    out.close();
  }
}
