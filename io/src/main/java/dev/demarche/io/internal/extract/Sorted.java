package dev.demarche.io.internal.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search in lists kept in order of an int key. Stateless and thread-safe. */
final class Sorted {
  private Sorted() {}

  /**
   * The index of the first element of {@code list}, sorted by {@code key}, whose key is at least
   * {@code value}; the list's size if none.
   */
  static <T> int firstAtLeast(List<T> list, ToIntFunction<T> key, int value) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (key.applyAsInt(list.get(mid)) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
