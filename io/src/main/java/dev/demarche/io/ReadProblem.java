package dev.demarche.io;

/**
 * A part of the input that a reader in {@link ArticleReader.OnError#SKIP skip} mode passed over,
 * with the error that made it skip.
 *
 * <p>Immutable and thread-safe.
 *
 * @param error the error, with its location
 */
public record ReadProblem(DemarcheIoException error) {
  /** Returns the error's message, location first. */
  @Override
  public String toString() {
    return error.getMessage();
  }
}
