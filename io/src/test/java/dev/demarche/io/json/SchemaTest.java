package dev.demarche.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.io.Resources;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.demarche.model.ActorKind;
import dev.demarche.model.DateRange;
import dev.demarche.model.DiagnosticKind;
import dev.demarche.model.EventType;
import dev.demarche.model.Extraction;
import dev.demarche.model.ParticipantRole;
import dev.demarche.model.Position;
import dev.demarche.model.Role;
import dev.demarche.model.Severity;
import dev.demarche.model.SpeechAct;
import dev.demarche.model.Statement;
import dev.demarche.model.StatementMode;
import dev.demarche.model.TimePrecision;
import dev.demarche.testing.ModelArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of docs/schema/demarche-1.schema.json accepts what the library writes and
 * names the same enum constants as the model.
 */
class SchemaTest {
  private static final String ID = "https://demarche.dev/schema/demarche-1.schema.json";
  private static final String SCHEMA = load();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(ID, SCHEMA)));
  private static final Schema DOCUMENT = REGISTRY.getSchema(SchemaLocation.of(ID));
  private static final Schema HEADER =
      REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/jsonLinesHeader"));
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DemarcheJson JSON = DemarcheJson.defaults();

  private static String load() {
    try {
      return Resources.toString(
          Resources.getResource("schema/demarche-1.schema.json"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void documentedExampleIsValid() throws IOException {
    assertEquals(List.of(), errors(DOCUMENT, FormatTest.example()));
  }

  @Property(tries = 200)
  void writtenExtractionsAreValid(@ForAll("extractions") Extraction extraction) {
    assertEquals(List.of(), errors(DOCUMENT, JSON.write(extraction)));
  }

  @Property(tries = 200)
  void writtenStatementsAreValid(@ForAll("statements") Statement statement) {
    assertEquals(List.of(), errors(DOCUMENT, JSON.write(statement)));
  }

  @Property(tries = 200)
  void writtenValuesOfTheSmallerTypesAreValid(@ForAll("smallValues") Object value) {
    assertEquals(List.of(), errors(DOCUMENT, JSON.write(value)));
  }

  @Test
  void jsonLinesHeaderAndRecordsAreValid() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Extraction> writer = JSON.newJsonLinesWriter(out, Extraction.class)) {
      writer.write(Examples.extraction());
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(List.of(), errors(HEADER, lines[0]));
    assertEquals(List.of(), errors(DOCUMENT, BadInputTest.doc("extraction", lines[1])));
  }

  @Test
  void schemaRejectsAnUnknownProperty() {
    assertEquals(
        1,
        errors(DOCUMENT, BadInputTest.doc("span", "{\"begin\":1,\"end\":2,\"length\":1}")).size());
  }

  @Test
  void schemaRejectsAnUnknownVersion() {
    assertEquals(
        1,
        errors(DOCUMENT, "{\"format\":\"demarche/2\",\"type\":\"span\",\"value\":{\"begin\":1,\"end\":2}}")
            .size());
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("actorKind", ActorKind.class),
        Arguments.of("statementMode", StatementMode.class),
        Arguments.of("speechAct", SpeechAct.class),
        Arguments.of("position", Position.class),
        Arguments.of("eventType", EventType.class),
        Arguments.of("participantRole", ParticipantRole.class),
        Arguments.of("diagnosticKind", DiagnosticKind.class),
        Arguments.of("severity", Severity.class),
        Arguments.of("timePrecision", TimePrecision.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void schemaNamesEveryEnumConstantOfTheModel(String name, Class<? extends Enum<?>> type) {
    JsonNode values = MAPPER.readTree(SCHEMA).path("$defs").path(name).path("enum");
    assertEquals(
        Stream.of(type.getEnumConstants()).map(Enum::name).toList(),
        values.valueStream().map(JsonNode::asString).toList());
  }

  @Test
  void schemaNamesEveryType() {
    JsonNode values = MAPPER.readTree(SCHEMA).path("$defs").path("typeName").path("enum");
    assertEquals(
        List.of(
            "extraction", "article", "actor", "statement", "stance", "event", "diagnostic",
            "participant", "mention", "role", "issue", "timeRef", "dateRange", "span",
            "countryCode", "actorId", "articleId", "statementId", "stanceId", "eventId"),
        values.valueStream().map(JsonNode::asString).toList());
    assertEquals(DemarcheJson.types().size(), values.size());
  }

  @Provide
  Arbitrary<Extraction> extractions() {
    return ModelArbitraries.extractions();
  }

  @Provide
  Arbitrary<Statement> statements() {
    return ModelArbitraries.statements();
  }

  @Provide
  Arbitrary<Object> smallValues() {
    Arbitrary<DateRange> ranges = ModelArbitraries.dateRanges();
    Arbitrary<Role> roles = ModelArbitraries.roles();
    return net.jqwik.api.Arbitraries.oneOf(
        ranges.map(Object.class::cast),
        roles.map(Object.class::cast),
        ModelArbitraries.timeRefs().map(Object.class::cast),
        ModelArbitraries.actors().map(Object.class::cast),
        ModelArbitraries.articles().map(Object.class::cast),
        ModelArbitraries.diagnostics().map(Object.class::cast),
        ModelArbitraries.mentions().map(Object.class::cast),
        ModelArbitraries.issues().map(Object.class::cast),
        ModelArbitraries.countryCodes().map(Object.class::cast),
        ModelArbitraries.actorIds().map(Object.class::cast),
        ModelArbitraries.spans().map(Object.class::cast));
  }
}
