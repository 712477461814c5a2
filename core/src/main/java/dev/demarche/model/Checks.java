package dev.demarche.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;

/** Argument checks shared by the model's invariants; messages name the field and quote the value. */
final class Checks {
  private Checks() {}

  /**
   * Checks that {@code value}, a piece of text as written, is not blank and has no surrounding
   * white space; it may span lines.
   */
  static String checkText(String field, String value) {
    checkArgument(!value.isBlank(), "%s must not be blank: '%s'", field, value);
    checkArgument(
        value.strip().equals(value), "%s must not start or end with white space: '%s'", field, value);
    return value;
  }

  /**
   * Checks that {@code value} is not blank, has no surrounding white space, and no control
   * characters such as line breaks.
   */
  static String checkName(String field, String value) {
    checkText(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            String.format(
                "%s must not contain control characters: '%s' (U+%04X at index %d)",
                field, value, (int) c, i));
      }
    }
    return value;
  }

  /** Checks every element of {@code values} with {@link #checkName}. */
  static void checkNames(String field, Collection<String> values) {
    for (String value : values) {
      checkName(field, value);
    }
  }

  /** Checks an identifier: a name, so without control characters. */
  static String checkId(String field, String value) {
    return checkName(field, value);
  }

  /** Checks that a span has the length of the text said to stand there. */
  static void checkSpanLength(String field, String text, Span span) {
    checkArgument(
        span.length() == text.length(),
        "%s '%s' has %s characters but its span %s covers %s",
        field,
        text,
        text.length(),
        span,
        span.length());
  }
}
