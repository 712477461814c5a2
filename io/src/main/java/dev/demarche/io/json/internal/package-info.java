/**
 * The workings of {@link dev.demarche.io.json}: the configured mapper, the envelope, line splitting,
 * error translation and CSV rows.
 *
 * <p><strong>Internal:</strong> everything here may change or disappear without notice in any
 * release. Use {@link dev.demarche.io.json.DemarcheJson} and {@link dev.demarche.io.json.DemarcheCsv}
 * instead.
 */
package dev.demarche.io.json.internal;
