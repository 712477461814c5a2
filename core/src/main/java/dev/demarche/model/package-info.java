/**
 * The immutable model of diplomatic news: {@link dev.demarche.model.Actor actors}, the
 * {@link dev.demarche.model.Statement statements} they make, the {@link dev.demarche.model.Stance
 * stances} those statements show, the {@link dev.demarche.model.Event events} they take part in, and
 * the {@link dev.demarche.model.Article articles} every fact points into through
 * {@link dev.demarche.model.Span spans}.
 *
 * <p>Every type in this package is immutable and thread-safe. No method accepts or returns
 * {@code null}: absent values are {@link java.util.Optional}, absent collections are empty. Values
 * are built through {@code builder()} or {@code of(...)} on the abstract type, and every invariant is
 * checked at construction, with an {@link java.lang.IllegalArgumentException} (or
 * {@link java.lang.NullPointerException} for a null) whose message names the field and the bad value.
 */
@DemarcheStyle
package dev.demarche.model;
