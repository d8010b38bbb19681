package cn.justice.e2e.security;

import cn.justice.testing.openapi.InvalidBodies;
import cn.justice.testing.openapi.OpenApiDocument;
import cn.justice.testing.openapi.SampleBodies;
import cn.justice.testing.openapi.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema validator, body generator and mutations the security ITs rely on, against a small OpenAPI 3.1
 * document shaped like the platform's (a $ref with sibling keywords, enums, formats, ranges, nested objects).
 */
class SchemaValidatorTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final OpenApiDocument DOC = OpenApiDocument.of(json("""
            {"openapi": "3.1.0", "paths": {}, "components": {"schemas": {
              "LocalDate": {"type": "string", "format": "date"},
              "Kind": {"type": "string", "enum": ["A", "B"]},
              "Party": {"type": "object", "required": ["name"], "properties": {
                 "name": {"type": "string", "maxLength": 5, "pattern": "\\\\S"},
                 "idNumber": {"type": "string"}}},
              "Create": {"type": "object", "required": ["kind", "on", "count", "parties"], "properties": {
                 "id": {"type": "string", "format": "uuid"},
                 "hook": {"type": "string", "format": "uri"},
                 "kind": {"$ref": "#/components/schemas/Kind", "description": "sibling of a $ref"},
                 "on": {"$ref": "#/components/schemas/LocalDate", "type": "string", "examples": ["2026-01-01"]},
                 "count": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 10},
                 "amount": {"type": "number", "multipleOf": 0.01},
                 "code": {"type": "string", "pattern": "\\\\d{9}"},
                 "parties": {"type": "array", "minItems": 1, "maxItems": 2, "items": {"$ref": "#/components/schemas/Party"}},
                 "flags": {"type": "object", "additionalProperties": {"type": "boolean"}},
                 "maybe": {"type": ["string", "null"]}}}
            }}}"""));
    static final JsonNode CREATE = json("{\"$ref\": \"#/components/schemas/Create\"}");
    final SchemaValidator validator = new SchemaValidator(DOC);

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> check(String body) {
        return validator.validate(json(body), CREATE);
    }

    @Test
    void aConformingBodyHasNoViolations() {
        assertThat(check("""
                {"kind": "A", "on": "2026-02-28", "count": 3, "amount": 12.5, "code": "519901101",
                 "parties": [{"name": "张三"}], "flags": {"x": true}, "maybe": null, "hook": "https://court.example/h?x=1"}""")).isEmpty();
    }

    @Test
    void eachKindOfViolationIsNamedWithItsPath() {
        assertThat(check("{\"kind\": \"C\", \"on\": \"2026-02-30\", \"count\": 11, \"parties\": []}"))
                .anyMatch(v -> v.startsWith("$.kind:") && v.contains("not one of"))
                .anyMatch(v -> v.startsWith("$.on:") && v.contains("not a date"))
                .anyMatch(v -> v.startsWith("$.count:") && v.contains("maximum"))
                .anyMatch(v -> v.startsWith("$.parties:") && v.contains("minItems"));
        assertThat(check("{\"kind\": \"A\", \"on\": \"2026-01-01\", \"count\": 1.5, \"amount\": 1.001, \"code\": \"12\","
                + " \"parties\": [{\"name\": \"长长长长长长\"}], \"flags\": {\"x\": \"yes\"}}"))
                .anyMatch(v -> v.startsWith("$.count:") && v.contains("expected"))
                .anyMatch(v -> v.startsWith("$.amount:") && v.contains("multiple"))
                .anyMatch(v -> v.startsWith("$.code:") && v.contains("pattern"))
                .anyMatch(v -> v.startsWith("$.parties[0].name:") && v.contains("maxLength"))
                .anyMatch(v -> v.startsWith("$.flags.x:") && v.contains("expected"));
        assertThat(check("{\"on\": \"2026-01-01\", \"count\": 1, \"parties\": [{}]}"))
                .contains("$: required member 'kind' is missing", "$.parties[0]: required member 'name' is missing");
    }

    @Test
    void undocumentedMembersAndNullsFollowTheConfiguredStrictness() {
        String body = "{\"kind\": \"A\", \"on\": \"2026-01-01\", \"count\": 1, \"parties\": [{\"name\": \"x\"}], \"amount\": null, \"extra\": 1}";
        assertThat(check(body)).containsExactly("$.extra: member not documented in the schema");
        assertThat(new SchemaValidator(DOC).undocumentedMembers(false).nullForOptional(false).validate(json(body), CREATE))
                .containsExactly("$.amount: expected \"number\", got null");
        assertThat(check("{\"kind\": null, \"on\": \"2026-01-01\", \"count\": 1, \"parties\": [{\"name\": \"x\"}]}"))
                .contains("$: required member 'kind' is missing (null)");
    }

    @Test
    void constructsOutsideTheSubsetAreReportedNotIgnored() {
        JsonNode schema = json("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\", \"format\": \"email\"},"
                + " \"b\": {\"discriminator\": {\"propertyName\": \"t\"}}}}");
        assertThat(validator.unsupported(schema)).containsExactlyInAnyOrder(
                "#/properties/a: unsupported schema construct format 'email'",
                "#/properties/b: unsupported schema construct 'discriminator'");
        assertThat(validator.validate(json("{\"a\": \"x\"}"), schema)).contains("$.a: unsupported schema construct format 'email'");
        assertThat(validator.unsupported(CREATE)).isEmpty();
    }

    @Test
    void generatedBodiesAreValidAndEveryMutationIsInvalid() {
        SampleBodies samples = new SampleBodies(DOC);
        JsonNode valid = samples.valid(CREATE, Map.of("code", json("\"519901101\"")));
        assertThat(validator.validate(valid, CREATE)).isEmpty();
        assertThat(valid.path("kind").asText()).isEqualTo("A");
        assertThat(valid.path("count").asInt()).isEqualTo(1);
        assertThat(valid.path("parties")).hasSize(1);
        assertThat(valid.path("code").asText()).isEqualTo("519901101");
        List<InvalidBodies.Variant> variants = new InvalidBodies(DOC).of(CREATE, valid);
        assertThat(variants).extracting(InvalidBodies.Variant::change).contains("kind missing", "on = 2026-02-30 (no such day)",
                "count = maximum+1 (11)", "parties with maxItems+1 items", "parties[0].name of maxLength+1 characters",
                "code = \"   \" (against pattern \\d{9})", "code of 100 kB", "id = \"not-a-uuid\"", "hook = \"not a uri\"");
        for (InvalidBodies.Variant v : variants) {
            if (v.expect() == InvalidBodies.Expect.REJECT) {
                assertThat(validator.validate(v.body(), CREATE)).as(v.change()).isNotEmpty();
            }
        }
    }

    @Test
    void idNumbersAreValidAndNeverRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = PersonalData.idNumber();
            assertThat(seen.add(id)).isTrue();
            assertThat(PersonalData.withCheckDigit(id.substring(0, 17))).isEqualTo(id);
            assertThat(id).startsWith(PersonalData.ID_NEEDLE);
            assertThat(Integer.parseInt(id.substring(16, 17)) % 2).as("male").isEqualTo(1);
        }
        // GB 11643's own example
        assertThat(PersonalData.withCheckDigit("11010519491231002")).isEqualTo("11010519491231002X");
        String invalid = PersonalData.invalidIdNumber();
        assertThat(PersonalData.withCheckDigit(invalid.substring(0, 17))).isNotEqualTo(invalid);
    }
}
