package dev.demarche.io.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * What {@link QuoteScanner} found in one text.
 *
 * <p>Internal: may change without notice. Immutable and thread-safe.
 *
 * @param quotes the quotations in text order (by the offset of their opening mark); a nested
 *     quotation follows the one that contains it
 * @param problems the marks that could not be paired, by offset; at most {@link #MAX_PROBLEMS}
 * @param omittedProblems how many more problems were found and not kept, so that a pathological
 *     text cannot fill the memory with diagnostics
 */
public record QuoteScan(
    ImmutableList<Quote> quotes, ImmutableList<QuoteProblem> problems, int omittedProblems) {

  /** The most problems kept for one text; the first ones found are kept. */
  public static final int MAX_PROBLEMS = 1000;

  /** @throws IllegalArgumentException if more than {@link #MAX_PROBLEMS} problems are given */
  public QuoteScan {
    checkNotNull(quotes, "quotes");
    checkNotNull(problems, "problems");
    checkArgument(
        problems.size() <= MAX_PROBLEMS,
        "%s problems are more than the %s kept",
        problems.size(),
        MAX_PROBLEMS);
    checkArgument(omittedProblems >= 0, "omitted problem count (%s) is negative", omittedProblems);
  }

  /** The quotations of depth 0, in text order; they never overlap. */
  public ImmutableList<Quote> topLevel() {
    return quotes.stream().filter(q -> q.depth() == 0).collect(ImmutableList.toImmutableList());
  }

  /** How many problems were found, kept or not. */
  public int problemCount() {
    return problems.size() + omittedProblems;
  }
}
