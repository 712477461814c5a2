package dev.demarche.io.internal.extract;

import dev.demarche.model.SpeechAct;

/**
 * A reporting cue found in the tokens {@code [start, end)}: a verb or phrase such as "said",
 * "denounced", "according to", or a light verb with an act noun ("issued a stern warning", where
 * the cue is "issued" and the act comes from "warning").
 *
 * @param start the first token
 * @param end the token after the cue
 * @param act the speech act
 * @param object true when the act takes an object rather than a clause ("denounced those remarks")
 * @param according true for "according to X", whose speaker follows it
 * @param participle true for "saying" and "adding", which continue another speaker's statement
 * @param weak true for a verb that is often not about speech ("maintain ties", "expected to"):
 *     it makes a statement only with "that", a quotation, or content before it
 * @param nominal true for a noun of speech with its own speaker: "Macron's recommendation that …",
 *     "assurances from the US that …"
 */
record Cue(
    int start, int end, SpeechAct act, boolean object, boolean according, boolean participle, boolean weak,
    boolean nominal) {
  Cue(int start, int end, SpeechAct act, boolean object, boolean according, boolean participle, boolean weak) {
    this(start, end, act, object, according, participle, weak, false);
  }
}
