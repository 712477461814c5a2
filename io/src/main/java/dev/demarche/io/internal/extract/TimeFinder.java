package dev.demarche.io.internal.extract;

import dev.demarche.model.DateRange;
import dev.demarche.model.Span;
import dev.demarche.model.TimePrecision;
import dev.demarche.model.TimeRef;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the time of a statement in the words around its cue ("said Friday", "on Oct. 14",
 * "yesterday", "last December") and resolves it against the article's publication date when there
 * is one. Nothing is invented: without a publication date, or for an expression it does not know,
 * the reference keeps only the expression as written. Stateless and thread-safe.
 */
final class TimeFinder {
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "Monday", DayOfWeek.MONDAY, "Tuesday", DayOfWeek.TUESDAY, "Wednesday", DayOfWeek.WEDNESDAY,
          "Thursday", DayOfWeek.THURSDAY, "Friday", DayOfWeek.FRIDAY, "Saturday", DayOfWeek.SATURDAY,
          "Sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Month> MONTHS = months();

  private TimeFinder() {}

  /** Whether {@code word} names a day of the week or a month: "Sunday", "March", "Sept". */
  static boolean isTimeName(String word) {
    return DAYS.containsKey(word) || MONTHS.containsKey(word);
  }

  /** Whether {@code word} names a month, in full or shortened: "March", "Sept", "Dec". */
  static boolean isMonth(String word) {
    return MONTHS.containsKey(word);
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new java.util.HashMap<>();
    for (Month m : Month.values()) {
      String name = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      months.put(name, m);
      months.put(name.substring(0, 3), m);
    }
    months.put("Sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }

  /**
   * The first time expression among tokens {@code [from, to)} outside {@code [skipFrom, skipTo)},
   * resolved against {@code published}.
   */
  static Optional<TimeRef> find(
      String text, List<Token> tokens, int from, int to, int skipFrom, int skipTo, Optional<LocalDate> published) {
    for (int i = from; i < to; i++) {
      if (i >= skipFrom && i < skipTo) {
        continue;
      }
      Optional<TimeRef> found = at(text, tokens, i, Math.min(to, i >= skipFrom ? to : skipFrom), published);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<TimeRef> at(
      String text, List<Token> tokens, int i, int limit, Optional<LocalDate> published) {
    Token t = tokens.get(i);
    String w = t.text;
    int start = i;
    boolean on = (w.equals("on") || w.equals("On")) && i + 1 < limit;
    boolean last = (w.equals("last") || w.equals("Last")) && i + 1 < limit;
    if (on || last) {
      i++;
    }
    return expression(text, tokens, start, i, tokens.get(i).text, on, last, limit, published);
  }

  private static Optional<TimeRef> expression(
      String text, List<Token> tokens, int start, int i, String w, boolean on, boolean last, int limit,
      Optional<LocalDate> published) {
    DayOfWeek day = DAYS.get(w);
    if (day != null && !last) {
      Optional<DateRange> resolved =
          published.map(p -> DateRange.ofDay(p.with(TemporalAdjusters.previousOrSame(day))));
      return Optional.of(ref(text, tokens, start, i + 1, resolved));
    }
    boolean inName = Character.isUpperCase(w.charAt(0)) && i > 0 && tokens.get(i - 1).isCapitalized()
        && tokens.get(i - 1).end == tokens.get(i).begin - 1;
    if ((w.equals("yesterday") || w.equals("Yesterday") || w.equals("today") || w.equals("Today")) && !inName) {
      // but "USA Today" is a newspaper
      int back = w.equalsIgnoreCase("yesterday") ? 1 : 0;
      return Optional.of(ref(text, tokens, i, i + 1, published.map(p -> DateRange.ofDay(p.minusDays(back)))));
    }
    if (last && (w.equals("week") || w.equals("month") || w.equals("year"))) {
      Optional<DateRange> resolved = published.map(p -> previous(p, w));
      return Optional.of(ref(text, tokens, start, i + 1, resolved));
    }
    Token here = tokens.get(i);
    if (here.kind == Token.Kind.NUMBER && here.text.length() <= 2 && i + 1 < limit
        && MONTHS.containsKey(tokens.get(i + 1).text)) {
      // "on 12 March", "12 March 2019": the day before the month
      int end = i + 2;
      Integer year = end < limit && tokens.get(end).isYear() ? Integer.valueOf(tokens.get(end).text) : null;
      return day(text, tokens, start, year == null ? end : end + 1, MONTHS.get(tokens.get(i + 1).text),
          Integer.parseInt(here.text), year, published);
    }
    Month month = MONTHS.get(w);
    if (month != null && i + 1 < limit && tokens.get(i + 1).isYear() && saidIn(tokens, i)) {
      // "in March 2019": the month of that year
      return Optional.of(ref(text, tokens, start, i + 2,
          Optional.of(monthRange(Integer.parseInt(tokens.get(i + 1).text), month))));
    }
    if (month != null && !(w.equals("May") && !on && !last && !nextIsNumber(tokens, i, limit))) {
      int end = i + 1;
      if (end < limit && tokens.get(end).isPunct('.')) {
        end++;
      }
      if (end < limit && tokens.get(end).kind == Token.Kind.NUMBER && tokens.get(end).text.length() <= 2) {
        int dayOfMonth = Integer.parseInt(tokens.get(end).text);
        int finalEnd = end + 1;
        Integer year = null;
        if (finalEnd + 1 < limit && tokens.get(finalEnd).isPunct(',')
            && tokens.get(finalEnd + 1).kind == Token.Kind.NUMBER && tokens.get(finalEnd + 1).text.length() == 4) {
          year = Integer.parseInt(tokens.get(finalEnd + 1).text);
          finalEnd += 2;
        }
        return day(text, tokens, start, finalEnd, month, dayOfMonth, year, published);
      }
      if (last) {
        Optional<DateRange> resolved =
            published.map(p -> monthRange(p.getMonthValue() > month.getValue() ? p.getYear() : p.getYear() - 1, month));
        return Optional.of(ref(text, tokens, start, i + 1, resolved));
      }
    }
    return Optional.empty();
  }

  /**
   * A day of a month, in the year given or else in the year of publication (the year before, for a
   * date more than a month after it).
   */
  private static Optional<TimeRef> day(String text, List<Token> tokens, int start, int end, Month month,
      int dayOfMonth, Integer year, Optional<LocalDate> published) {
    Optional<DateRange> resolved = Optional.empty();
    boolean lastYear = year == null && end + 1 < tokens.size() && tokens.get(end).is("last")
        && tokens.get(end + 1).is("year");
    try {
      if (year != null) {
        resolved = Optional.of(DateRange.ofDay(LocalDate.of(year, month, dayOfMonth)));
      } else if (lastYear) {
        // "on 12 March last year": that day of the year before publication
        end += 2;
        resolved = published.map(p -> DateRange.ofDay(LocalDate.of(p.getYear() - 1, month, dayOfMonth)));
      } else if (published.isPresent()) {
        LocalDate p = published.get();
        LocalDate date = LocalDate.of(p.getYear(), month, dayOfMonth);
        resolved = Optional.of(DateRange.ofDay(date.isAfter(p.plusDays(31)) ? date.minusYears(1) : date));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(ref(text, tokens, start, end, resolved));
  }

  /**
   * Whether the month at {@code i} follows an "in" outside a relative clause: "said in March 2019
   * that", "told reporters in March 2019", "In March 2019, …"; not "who was elected in March 2019".
   */
  private static boolean saidIn(List<Token> tokens, int i) {
    if (i < 1 || !(tokens.get(i - 1).is("in") || tokens.get(i - 1).is("In"))) {
      return false;
    }
    for (int k = i - 2; k >= 0 && k > i - 12; k--) {
      Token t = tokens.get(k);
      if (t.is("who") || t.is("which")) {
        // "who was elected in March 2019": the time of the relative clause
        return false;
      }
      if (!t.isWord() || t.lexeme.cue != null) {
        return true;
      }
    }
    return true;
  }

  private static boolean nextIsNumber(List<Token> tokens, int i, int limit) {
    return i + 1 < limit && tokens.get(i + 1).kind == Token.Kind.NUMBER;
  }

  private static DateRange previous(LocalDate p, String unit) {
    switch (unit) {
      case "week":
        LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return DateRange.of(monday, monday.plusDays(6), TimePrecision.WEEK);
      case "month":
        return monthRange(p.minusMonths(1).getYear(), p.minusMonths(1).getMonth());
      default:
        return DateRange.of(
            LocalDate.of(p.getYear() - 1, 1, 1), LocalDate.of(p.getYear() - 1, 12, 31), TimePrecision.YEAR);
    }
  }

  private static DateRange monthRange(int year, Month month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return DateRange.of(first, first.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.MONTH);
  }

  private static TimeRef ref(String text, List<Token> tokens, int start, int end, Optional<DateRange> resolved) {
    Span span = Span.of(tokens.get(start).begin, tokens.get(end - 1).end);
    return TimeRef.builder()
        .expression(text.substring(span.begin(), span.end()))
        .span(span)
        .resolved(resolved)
        .build();
  }
}
