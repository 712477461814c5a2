/**
 * Internal text machinery of the extractor: paragraph and sentence segmentation
 * ({@link dev.demarche.io.internal.text.Segmenter}) and quotation scanning
 * ({@link dev.demarche.io.internal.text.QuoteScanner}).
 *
 * <p>Internal: every type here may change or disappear without notice and is not part of
 * Demarche's public API. The package is null-free: no method accepts or returns {@code null}.
 * All offsets are UTF-16 {@code char} indexes into the text that was given, as {@link String}
 * uses them.
 */
package dev.demarche.io.internal.text;
