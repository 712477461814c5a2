/**
 * Internals of {@code demarche-io}: they may change without notice and are not part of the API.
 */
package dev.demarche.io.internal;
