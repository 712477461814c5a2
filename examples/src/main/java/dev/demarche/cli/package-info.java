/**
 * The {@code demarche} command-line tool: {@link dev.demarche.cli.DemarcheCli} is its entry point.
 *
 * <p>Everything else in this package is package-private: the {@code extract} command, the readers
 * of its inputs, the writers of its outputs, the ordered parallel pipeline between them and the
 * progress bar. Usage and exit codes are documented in {@code docs/cli.md} and by {@code demarche
 * --help}.
 */
package dev.demarche.cli;
