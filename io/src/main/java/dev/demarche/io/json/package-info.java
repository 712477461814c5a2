/**
 * The Demarche model as JSON, JSON Lines and CSV, for storage, for other programs and for
 * spreadsheets.
 *
 * <p>Start at {@link dev.demarche.io.json.DemarcheJson}: it writes and reads single values of every
 * model type as JSON documents, and opens {@link dev.demarche.io.json.JsonLinesWriter writers} and
 * {@link dev.demarche.io.json.JsonLinesReader readers} of JSON Lines files that stream any number of
 * records in constant memory. Every document and file names its format version, so later versions
 * of the library can read it. Reading is strict and bounded: bad or hostile input throws a
 * {@link dev.demarche.io.json.DemarcheJsonException} with the line, column and path of the problem.
 * {@link dev.demarche.io.json.DemarcheCsv} exports statements and stances as CSV, one row each.
 *
 * <p>The format is documented in {@code docs/format.md}. Every type in this package is documented
 * with its thread safety; no method accepts or returns {@code null}.
 */
package dev.demarche.io.json;
