package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A country as an ISO 3166-1 alpha-3 code, such as {@code JPN}, {@code CHN}, {@code USA} or
 * {@code TWN} (Taiwan), written in JSON as a bare string.
 *
 * <p>Only codes assigned by the standard are accepted, in upper case. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryCode implements Comparable<CountryCode> {
  private static final ImmutableSortedSet<String> KNOWN =
      ImmutableSortedSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  CountryCode() {}

  /**
   * Returns the country with the given alpha-3 code.
   *
   * @throws IllegalArgumentException if {@code code} is not an assigned ISO 3166-1 alpha-3 code
   */
  @JsonCreator
  public static CountryCode of(String code) {
    return ImmutableCountryCode.of(code);
  }

  /** Whether {@code code} is an assigned ISO 3166-1 alpha-3 code, in upper case. */
  public static boolean isKnown(String code) {
    return KNOWN.contains(checkNotNull(code, "code"));
  }

  /** Every assigned code, in alphabetical order. */
  public static Set<String> knownCodes() {
    return KNOWN;
  }

  /** The three-letter code. */
  @JsonValue
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    checkArgument(
        isKnown(code()), "country code '%s' is not an ISO 3166-1 alpha-3 code", code());
  }

  @Override
  public final int compareTo(CountryCode other) {
    return code().compareTo(other.code());
  }

  /** Returns {@link #code()}. */
  @Override
  public final String toString() {
    return code();
  }
}
