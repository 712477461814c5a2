package dev.demarche.io.internal.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

  /** A token of a word the lexicons know: its text is the interned string. */
  private static Token known(String word) {
    Token t = new Token(0, word.length(), word.intern(), Token.Kind.WORD, 0);
    t.lexeme = new Lexeme(0, null, null, null, null, null);
    return t;
  }

  @Test
  void knownWordIsAnInternedLiteralByIdentity() {
    assertTrue(known("said").is("said"));
    assertFalse(known("said").is("says"));
  }

  @Test
  void wordNoLexiconKnowsIsComparedByItsCharacters() {
    Token t = new Token(0, 5, new String("Tbili"), Token.Kind.WORD, 0);
    assertTrue(t.is("Tbili"));
  }

  @Test
  void stringNotInternedFailsWhereItWouldGiveTheWrongAnswer() {
    // run with assertions on, as the build's tests are
    String built = new StringBuilder("sa").append("id").toString();
    assertThrows(AssertionError.class, () -> known("said").is(built));
  }
}
