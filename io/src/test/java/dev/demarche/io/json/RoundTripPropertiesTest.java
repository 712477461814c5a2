package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarche.model.Actor;
import dev.demarche.model.ActorId;
import dev.demarche.model.Article;
import dev.demarche.model.ArticleId;
import dev.demarche.model.CountryCode;
import dev.demarche.model.DateRange;
import dev.demarche.model.Diagnostic;
import dev.demarche.model.Event;
import dev.demarche.model.EventId;
import dev.demarche.model.Extraction;
import dev.demarche.model.Issue;
import dev.demarche.model.Mention;
import dev.demarche.model.Participant;
import dev.demarche.model.ParticipantRole;
import dev.demarche.model.Role;
import dev.demarche.model.Span;
import dev.demarche.model.Stance;
import dev.demarche.model.StanceId;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementId;
import dev.demarche.model.TimeRef;
import dev.demarche.testing.ModelArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code read(write(x))} equals {@code x} for every model type, over generated values. */
class RoundTripPropertiesTest {
  private static final DemarcheJson JSON = DemarcheJson.defaults();
  private static final DemarcheJson PRETTY = DemarcheJson.builder().prettyPrint(true).build();

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    assertEquals(value, JSON.read(JSON.write(value), type));
  }

  @Property
  void spanRoundTrips(@ForAll("spans") Span value) {
    assertRoundTrip(value, Span.class);
  }

  @Property
  void countryCodeRoundTrips(@ForAll("countryCodes") CountryCode value) {
    assertRoundTrip(value, CountryCode.class);
  }

  @Property
  void actorIdRoundTrips(@ForAll("actorIds") ActorId value) {
    assertRoundTrip(value, ActorId.class);
  }

  @Property
  void articleIdRoundTrips(@ForAll("articleIds") ArticleId value) {
    assertRoundTrip(value, ArticleId.class);
  }

  @Property
  void statementIdRoundTrips(@ForAll("ids") String id) {
    assertRoundTrip(StatementId.of(id), StatementId.class);
  }

  @Property
  void stanceIdRoundTrips(@ForAll("ids") String id) {
    assertRoundTrip(StanceId.of(id), StanceId.class);
  }

  @Property
  void eventIdRoundTrips(@ForAll("ids") String id) {
    assertRoundTrip(EventId.of(id), EventId.class);
  }

  @Property
  void dateRangeRoundTrips(@ForAll("dateRanges") DateRange value) {
    assertRoundTrip(value, DateRange.class);
  }

  @Property
  void timeRefRoundTrips(@ForAll("timeRefs") TimeRef value) {
    assertRoundTrip(value, TimeRef.class);
  }

  @Property
  void issueRoundTrips(@ForAll("issues") Issue value) {
    assertRoundTrip(value, Issue.class);
  }

  @Property
  void roleRoundTrips(@ForAll("roles") Role value) {
    assertRoundTrip(value, Role.class);
  }

  @Property
  void actorRoundTrips(@ForAll("actors") Actor value) {
    assertRoundTrip(value, Actor.class);
  }

  @Property
  void mentionRoundTrips(@ForAll("mentions") Mention value) {
    assertRoundTrip(value, Mention.class);
  }

  @Property
  void articleRoundTrips(@ForAll("articles") Article value) {
    assertRoundTrip(value, Article.class);
  }

  @Property(tries = 300)
  void statementRoundTrips(@ForAll("statements") Statement value) {
    assertRoundTrip(value, Statement.class);
  }

  @Property(tries = 200)
  void stanceRoundTrips(@ForAll("stances") Stance value) {
    assertRoundTrip(value, Stance.class);
  }

  @Property
  void participantRoundTrips(@ForAll("participants") Participant value) {
    assertRoundTrip(value, Participant.class);
  }

  @Property(tries = 200)
  void eventRoundTrips(@ForAll("events") Event value) {
    assertRoundTrip(value, Event.class);
  }

  @Property
  void diagnosticRoundTrips(@ForAll("diagnostics") Diagnostic value) {
    assertRoundTrip(value, Diagnostic.class);
  }

  @Property(tries = 300)
  void extractionRoundTrips(@ForAll("extractions") Extraction value) {
    assertRoundTrip(value, Extraction.class);
  }

  @Property(tries = 100)
  void prettyPrintedExtractionRoundTrips(@ForAll("extractions") Extraction value) {
    assertEquals(value, JSON.read(PRETTY.write(value), Extraction.class));
  }

  @Property(tries = 100)
  void extractionRoundTripsThroughBytes(@ForAll("extractions") Extraction value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(value, out);
    assertEquals(value, JSON.read(new ByteArrayInputStream(out.toByteArray()), Extraction.class));
  }

  @Property(tries = 100)
  void extractionRoundTripsThroughCharacters(@ForAll("extractions") Extraction value) {
    StringWriter out = new StringWriter();
    JSON.write(value, out);
    assertEquals(value, JSON.read(new StringReader(out.toString()), Extraction.class));
  }

  @Property(tries = 100)
  void jsonLinesOfExtractionsRoundTripThroughBytes(@ForAll("extractionLists") List<Extraction> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Extraction> writer = JSON.newJsonLinesWriter(out, Extraction.class)) {
      writer.writeAll(values);
    }
    try (JsonLinesReader<Extraction> reader =
        JSON.newJsonLinesReader(new ByteArrayInputStream(out.toByteArray()), Extraction.class)) {
      assertEquals(values, reader.stream().toList());
    }
  }

  @Property(tries = 100)
  void jsonLinesOfExtractionsRoundTripThroughCharacters(
      @ForAll("extractionLists") List<Extraction> values) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Extraction> writer = JSON.newJsonLinesWriter(out, Extraction.class)) {
      writer.writeAll(values);
    }
    try (JsonLinesReader<Extraction> reader =
        JSON.newJsonLinesReader(new StringReader(out.toString()), Extraction.class)) {
      assertEquals(values, reader.stream().toList());
    }
  }

  @Property(tries = 100)
  void jsonLinesOfStatementsRoundTrip(@ForAll("statementLists") List<Statement> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Statement> writer = JSON.newJsonLinesWriter(out, Statement.class)) {
      writer.writeAll(values);
    }
    try (JsonLinesReader<Statement> reader =
        JSON.newJsonLinesReader(new ByteArrayInputStream(out.toByteArray()), Statement.class)) {
      assertEquals(values, reader.stream().toList());
    }
  }

  @Provide
  Arbitrary<Span> spans() {
    return ModelArbitraries.spans();
  }

  @Provide
  Arbitrary<CountryCode> countryCodes() {
    return ModelArbitraries.countryCodes();
  }

  @Provide
  Arbitrary<ActorId> actorIds() {
    return ModelArbitraries.actorIds();
  }

  @Provide
  Arbitrary<ArticleId> articleIds() {
    return ModelArbitraries.articleIds();
  }

  @Provide
  Arbitrary<String> ids() {
    return ModelArbitraries.actorIds().map(ActorId::value);
  }

  @Provide
  Arbitrary<DateRange> dateRanges() {
    return ModelArbitraries.dateRanges();
  }

  @Provide
  Arbitrary<TimeRef> timeRefs() {
    return ModelArbitraries.timeRefs();
  }

  @Provide
  Arbitrary<Issue> issues() {
    return ModelArbitraries.issues();
  }

  @Provide
  Arbitrary<Role> roles() {
    return ModelArbitraries.roles();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return ModelArbitraries.actors();
  }

  @Provide
  Arbitrary<Mention> mentions() {
    return ModelArbitraries.mentions();
  }

  @Provide
  Arbitrary<Article> articles() {
    return ModelArbitraries.articles();
  }

  @Provide
  Arbitrary<Statement> statements() {
    return ModelArbitraries.statements();
  }

  @Provide
  Arbitrary<Stance> stances() {
    return ModelArbitraries.stances();
  }

  @Provide
  Arbitrary<Participant> participants() {
    return Combinators.combine(
            ModelArbitraries.actorIds(),
            Arbitraries.of(ParticipantRole.class),
            ModelArbitraries.mentions().optional())
        .as(
            (actor, role, mention) ->
                mention.map(m -> Participant.of(actor, role, m)).orElse(Participant.of(actor, role)));
  }

  @Provide
  Arbitrary<Event> events() {
    return ModelArbitraries.events();
  }

  @Provide
  Arbitrary<Diagnostic> diagnostics() {
    return ModelArbitraries.diagnostics();
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    return ModelArbitraries.extractions();
  }

  @Provide
  Arbitrary<List<Extraction>> extractionLists() {
    return ModelArbitraries.extractions().list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<List<Statement>> statementLists() {
    return ModelArbitraries.statements().list().ofMaxSize(10);
  }
}
