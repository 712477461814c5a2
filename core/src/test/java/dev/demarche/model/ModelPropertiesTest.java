package dev.demarche.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarche.testing.ModelArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the model over generated values. */
class ModelPropertiesTest {

  @Property
  void everyGeneratedExtractionIsConsistentAndRebuildsEqual(@ForAll("extractions") Extraction e) {
    Extraction copy = Extraction.builder().from(e).build();
    assertEquals(e, copy);
    assertEquals(e.hashCode(), copy.hashCode());
    for (Statement s : e.statements()) {
      assertEquals(s.content(), e.article().text(s.contentSpan()));
    }
  }

  @Property
  void unionCoversBothSpans(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    Span union = a.union(b);
    assertTrue(union.contains(a) && union.contains(b));
    assertEquals(a.overlaps(b), b.overlaps(a));
  }

  @Property
  void spanOrderIsConsistentWithEquals(@ForAll("spans") Span a, @ForAll("spans") Span b) {
    assertEquals(a.equals(b), a.compareTo(b) == 0);
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
  }

  @Property(tries = 200)
  void generatedActorsKeepTheirNames(@ForAll("actors") Actor actor) {
    assertTrue(actor.isNamed(actor.name()));
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    return ModelArbitraries.extractions();
  }

  @Provide
  Arbitrary<Span> spans() {
    return ModelArbitraries.spans();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return ModelArbitraries.actors();
  }
}
