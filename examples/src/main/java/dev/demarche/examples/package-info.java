/**
 * Runnable example programs, each with a test: {@link dev.demarche.examples.PrintStatements}
 * extracts articles and prints their statements; {@link dev.demarche.examples.CountByCountry}
 * counts the statements of a JSON Lines corpus by speaker country; {@link
 * dev.demarche.examples.CustomGazetteer} teaches the extractor one's own actors; {@link
 * dev.demarche.examples.TopSpeakers} is analysis code whose test shows how to test such code with
 * Demarche's builders and arbitraries.
 *
 * <p>Run one from the repository's root with {@code mvn -B -q -Psample -pl examples -am verify
 * -Ddemarche.main=dev.demarche.examples.PrintStatements -Ddemarche.args=}, with its arguments, if
 * any, in {@code demarche.args}; or, with the jar built, {@code java -cp examples/target/demarche-cli.jar
 * dev.demarche.examples.PrintStatements}.
 */
package dev.demarche.examples;
