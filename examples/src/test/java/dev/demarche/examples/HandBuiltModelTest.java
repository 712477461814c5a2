package dev.demarche.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HandBuiltModelTest {
  @Test
  void printsTheStatementWithItsSpeaker() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HandBuiltModel.print(HandBuiltModel.build(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        "Shoichi Nakagawa [SAY, DIRECT]: We demand that China stop exploration," + System.lineSeparator(),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
