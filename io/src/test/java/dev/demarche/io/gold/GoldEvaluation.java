package dev.demarche.io.gold;

import dev.demarche.io.Extractor;
import dev.demarche.model.Actor;
import dev.demarche.model.Article;
import dev.demarche.model.Extraction;
import dev.demarche.model.Mention;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares extractions with a hand annotation: which gold statements were found (their content
 * overlaps a predicted statement's by half or more) and attributed to the right speaker.
 */
final class GoldEvaluation {
  /** One annotated statement. */
  record Gold(String article, String content, String mode, String speaker, String country, String kind, int begin,
      int end) {}

  /** A predicted statement with its resolved speaker. */
  record Predicted(String article, Statement statement, Optional<Actor> speaker) {}

  /** One pair of gold and predicted statements. */
  record Pair(Gold gold, Predicted predicted, boolean speakerRight) {}

  final List<Gold> gold = new ArrayList<>();
  final Map<String, String> texts = new java.util.HashMap<>();
  final List<Predicted> predicted = new ArrayList<>();
  final List<Pair> pairs = new ArrayList<>();

  static List<Gold> readGold(List<String> lines, Map<String, Article> articles) {
    JsonMapper mapper = JsonMapper.builder().build();
    List<Gold> gold = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      String article = n.get("article").asString();
      String content = n.get("content").asString();
      Article a = articles.get(article);
      int begin = a.text().indexOf(content);
      if (begin < 0) {
        throw new IllegalStateException("gold content not in article " + article + ": " + content);
      }
      gold.add(new Gold(article, content, n.get("mode").asString(),
          n.get("speaker").isNull() ? null : n.get("speaker").asString(),
          n.get("speakerCountry").isNull() ? null : n.get("speakerCountry").asString(),
          n.get("speakerKind").isNull() ? null : n.get("speakerKind").asString(),
          begin, begin + content.length()));
    }
    return gold;
  }

  static GoldEvaluation run(Extractor extractor, Map<String, Article> articles, List<Gold> gold) {
    GoldEvaluation e = new GoldEvaluation();
    e.gold.addAll(gold);
    for (Map.Entry<String, Article> entry : articles.entrySet()) {
      e.texts.put(entry.getKey(), entry.getValue().text());
      Extraction x = extractor.extract(entry.getValue());
      for (Statement s : x.statements()) {
        e.predicted.add(new Predicted(entry.getKey(), s, s.speaker().map(x::expectActor)));
      }
    }
    e.match();
    return e;
  }

  private void match() {
    boolean[] used = new boolean[predicted.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (Gold g : gold) {
        if (pairs.stream().anyMatch(p -> p.gold() == g)) {
          continue;
        }
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < predicted.size(); i++) {
          Predicted p = predicted.get(i);
          if (used[i] || !p.article().equals(g.article())) {
            continue;
          }
          double score = overlap(g, p.statement(), texts.get(g.article()));
          boolean right = speakerMatches(g, p.speaker());
          if (score >= 0.5 && (pass == 1 || right) && score > bestScore) {
            best = i;
            bestScore = score;
          }
        }
        if (best >= 0) {
          used[best] = true;
          pairs.add(new Pair(g, predicted.get(best), speakerMatches(g, predicted.get(best).speaker())));
        }
      }
    }
  }

  /** Overlap of the two contents, as characters shared over characters covered, edges trimmed. */
  static double overlap(Gold g, Statement s, String text) {
    // a content written more than once in its article may be any of its occurrences
    double best = 0;
    for (int at = text.indexOf(g.content()); at >= 0; at = text.indexOf(g.content(), at + 1)) {
      best = Math.max(best, overlap(g, at, s));
    }
    return best;
  }

  private static double overlap(Gold g, int begin, Statement s) {
    int[] a = trim(g.content(), begin);
    int[] b = trim(s.content(), s.contentSpan().begin());
    int shared = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
    int covered = Math.max(a[1], b[1]) - Math.min(a[0], b[0]);
    return covered == 0 ? 0 : (double) shared / covered;
  }

  private static int[] trim(String content, int begin) {
    int from = 0;
    int to = content.length();
    String edge = "\"“”‘’'.,;: ";
    while (from < to && edge.indexOf(content.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && edge.indexOf(content.charAt(to - 1)) >= 0) {
      to--;
    }
    return new int[] {begin + from, begin + to};
  }

  static boolean speakerMatches(Gold g, Optional<Actor> actor) {
    if (g.speaker() == null || actor.isEmpty()) {
      return g.speaker() == null && actor.isEmpty();
    }
    Actor a = actor.get();
    String name = g.speaker();
    String country = g.country();
    int paren = name.lastIndexOf(" (");
    if (paren > 0 && name.endsWith(")")) {
      name = name.substring(0, paren);
    }
    String want = bare(name);
    boolean named = sameName(bare(a.name()), want)
        || a.aliases().stream().anyMatch(x -> sameName(bare(x), want))
        || bare(a.name()).startsWith(want + " (");
    if (!named) {
      return false;
    }
    return country == null || a.country().isEmpty() || a.country().get().code().equals(country);
  }

  /**
   * Whether two names are the same, or one is the other with words left out ("Robert Gabriel
   * Mugabe" and "Robert Mugabe", "Trump" and "Donald Trump").
   */
  private static boolean sameName(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    java.util.Set<String> x = java.util.Set.copyOf(java.util.Arrays.asList(a.replace("'s ", " ").replace("’s ", " ").split(" ")));
    java.util.Set<String> y = java.util.Set.copyOf(java.util.Arrays.asList(b.replace("'s ", " ").replace("’s ", " ").split(" ")));
    return x.containsAll(y) || y.containsAll(x);
  }

  /**
   * A name lowered, without accents, a leading article or a final dot ("Corliss Motor Co."), with a
   * typographic apostrophe written plain, dotted initials without their dots ("U.S." and "US") and a
   * business's last word written out ("Taiwan Power Co." and "Taiwan Power Company").
   */
  private static String bare(String s) {
    // "Erdoğan" and "Erdogan": a name with its accents left out is the same name
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return s.replaceAll("\\b(\\p{Lu})\\.(\\p{Lu})\\.(?:(\\p{Lu})\\.)?", "$1$2$3").toLowerCase(Locale.ROOT)
        .replace('’', '\'').replaceFirst("^(the|a|an) ", "").replaceFirst("\\.$", "")
        .replaceFirst(" co$", " company").replaceFirst(" corp$", " corporation").strip();
  }

  double foundRecall() {
    return (double) pairs.size() / gold.size();
  }

  double foundPrecision() {
    return (double) pairs.size() / predicted.size();
  }

  double recall() {
    return (double) pairs.stream().filter(Pair::speakerRight).count() / gold.size();
  }

  double precision() {
    return (double) pairs.stream().filter(Pair::speakerRight).count() / predicted.size();
  }

  double directRecall() {
    long gd = gold.stream().filter(g -> g.mode().equals("DIRECT")).count();
    long ok = pairs.stream().filter(p -> p.gold().mode().equals("DIRECT") && p.speakerRight()
        && p.predicted().statement().mode() == StatementMode.DIRECT).count();
    return gd == 0 ? 1 : (double) ok / gd;
  }

  double directPrecision() {
    long pd = predicted.stream().filter(p -> p.statement().mode() == StatementMode.DIRECT).count();
    long ok = pairs.stream().filter(p -> p.predicted().statement().mode() == StatementMode.DIRECT
        && p.speakerRight()).count();
    return pd == 0 ? 1 : (double) ok / pd;
  }

  /** Attributed recall over the gold statements of one mode. */
  double recall(String mode) {
    long g = gold.stream().filter(x -> x.mode().equals(mode)).count();
    long ok = pairs.stream().filter(p -> p.gold().mode().equals(mode) && p.speakerRight()).count();
    return g == 0 ? 1 : (double) ok / g;
  }

  /** One line of aggregate numbers. */
  String summary() {
    return String.format(Locale.ROOT,
        "gold %d, predicted %d; found P %.3f R %.3f; attributed P %.3f R %.3f; direct P %.3f R %.3f;"
            + " attributed R by gold mode: direct %.2f indirect %.2f mixed %.2f reported act %.2f",
        gold.size(), predicted.size(), foundPrecision(), foundRecall(), precision(), recall(),
        directPrecision(), directRecall(), recall("DIRECT"), recall("INDIRECT"), recall("MIXED"),
        recall("REPORTED_ACT"));
  }

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "it", "they", "his", "her",
      "their", "its", "him", "them", "we", "i");

  /** How a predicted speaker was written: a pronoun, a description, a name, or not at all. */
  private static String mentionForm(Predicted p) {
    String m = p.statement().speakerMention().map(Mention::text).orElse(null);
    if (m == null) {
      return "none";
    }
    String lower = m.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      return "pronoun";
    }
    if (lower.startsWith("the ") || lower.startsWith("a ") || lower.startsWith("an ") || Character.isLowerCase(m.charAt(0))) {
      return "description";
    }
    return "name";
  }

  /**
   * Aggregate counts of the errors, without naming any statement: wrong speakers by how the
   * predicted speaker was written and by the gold speaker's kind; misses by the gold speaker's
   * kind.
   */
  String breakdown() {
    Map<String, Integer> wrongByForm = new java.util.TreeMap<>();
    Map<String, Integer> wrongByKind = new java.util.TreeMap<>();
    Map<String, Integer> missedByKind = new java.util.TreeMap<>();
    for (Gold g : gold) {
      Pair p = pairs.stream().filter(x -> x.gold() == g).findFirst().orElse(null);
      String kind = String.valueOf(g.kind());
      if (p == null) {
        missedByKind.merge(kind, 1, Integer::sum);
      } else if (!p.speakerRight()) {
        wrongByForm.merge(mentionForm(p.predicted()), 1, Integer::sum);
        wrongByKind.merge(kind, 1, Integer::sum);
      }
    }
    long spurious = predicted.stream().filter(p -> pairs.stream().noneMatch(x -> x.predicted() == p)).count();
    return "wrong speaker by predicted mention " + wrongByForm + ", by gold kind " + wrongByKind
        + "; missed by gold kind " + missedByKind + "; spurious " + spurious;
  }

  /** The summary, then every miss, wrong speaker and spurious statement. */
  String report() {
    StringBuilder b = new StringBuilder();
    b.append(summary()).append('\n');
    for (Gold g : gold) {
      Pair p = pairs.stream().filter(x -> x.gold() == g).findFirst().orElse(null);
      if (p == null) {
        b.append("  MISSED    ").append(g.article()).append(' ').append(g.mode()).append(" [")
            .append(g.speaker()).append("] ").append(abbreviate(g.content())).append('\n');
      } else if (!p.speakerRight()) {
        b.append("  SPEAKER   ").append(g.article()).append(" gold [").append(g.speaker())
            .append("] got [").append(p.predicted().speaker().map(Actor::name).orElse(null))
            .append("] ").append(abbreviate(g.content())).append('\n');
      }
    }
    for (Predicted p : predicted) {
      if (pairs.stream().noneMatch(x -> x.predicted() == p)) {
        b.append("  SPURIOUS  ").append(p.article()).append(' ').append(p.statement().mode())
            .append(" [").append(p.speaker().map(Actor::name).orElse(null)).append("] ")
            .append(abbreviate(p.statement().content())).append('\n');
      }
    }
    return b.toString();
  }

  private static String abbreviate(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }
}
