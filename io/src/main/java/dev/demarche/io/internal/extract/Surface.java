package dev.demarche.io.internal.extract;

/**
 * One way a gazetteer entry is written: as a name ("Japan"), an adjective or demonym ("Japanese"),
 * or a capital standing for its government ("Tokyo"). Immutable and thread-safe.
 *
 * @param entry the entry written
 * @param form how it is written
 */
public record Surface(ActorEntry entry, Form form) {
  /** How an entry is written. */
  public enum Form {
    NAME,
    ADJECTIVE,
    CAPITAL
  }
}
