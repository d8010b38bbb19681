package cn.justice.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import cn.justice.platform.web.StrictJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemMappersTest {
    /** As in the applications: strict binding (web/StrictJson). */
    private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    enum Priority { LOW, NORMAL, HIGH }

    record Party(String name, int age) {
    }

    record Body(Priority priority, int count, LocalDate registeredOn, List<Party> parties) {
    }

    record Period(LocalDate from, LocalDate to) {
        Period {
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("from must not be after to");
            }
        }
    }

    record Filter(String name, Period period) {
    }

    /** Deserialises {@code json} into a {@link Body} for real and maps the failure. */
    private static Problem problemFor(String json) {
        return problemFor(json, Body.class);
    }

    private static Problem problemFor(String json, Class<?> target) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> MAPPER.readValue(json, target));
        assertThat(e).as("%s should not deserialise", json).isNotNull();
        Problem p = ProblemMappers.jsonProblem(e);
        assertThat(p.status).isEqualTo(400);
        return p;
    }

    /** Asserts a validation problem about exactly {@code field} and returns its message. */
    private static String validationMessage(Problem p, String field) {
        assertThat(p.type).isEqualTo(Problem.TYPE_BASE + "validation");
        assertThat(p.errors).extracting(Problem.FieldError::field).containsExactly(field);
        assertThat(p.detail).startsWith(field + ": ");
        return p.errors.get(0).message();
    }

    private static void assertMalformed(Problem p) {
        assertThat(p.type).endsWith("malformed-body");
        assertThat(p.title).isEqualTo("Malformed request body");
        assertThat(p.errors).isNull();
    }

    @Test
    void validBodyDeserialises() throws Exception {
        Body b = MAPPER.readValue("{\"priority\":\"HIGH\",\"count\":2,\"registeredOn\":\"2024-02-29\","
                + "\"parties\":[{\"name\":\"张三\",\"age\":40}]}", Body.class);

        assertThat(b).isEqualTo(new Body(Priority.HIGH, 2, LocalDate.of(2024, 2, 29), List.of(new Party("张三", 40))));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        String message = validationMessage(problemFor("{\"priority\":\"URGENT\"}"), "priority");

        assertThat(message).isEqualTo("unknown value; allowed: [LOW, NORMAL, HIGH]");
    }

    @Test
    void textWhereANumberIsExpected() {
        String message = validationMessage(problemFor("{\"count\":\"many\"}"), "count");

        assertThat(message).isEqualTo("wrong type: expected integer");
    }

    @Test
    void aNumberWhereADateIsExpectedIsAWrongTypeNotAnEpochDay() {
        String message = validationMessage(problemFor("{\"registeredOn\":20000}"), "registeredOn");

        assertThat(message).isEqualTo("wrong type: expected date (YYYY-MM-DD)");
    }

    @Test
    void aNumericStringOrAFractionWhereAnIntegerIsExpectedIsAWrongType() {
        assertThat(validationMessage(problemFor("{\"count\":\"2\"}"), "count")).isEqualTo("wrong type: expected integer");
        assertThat(validationMessage(problemFor("{\"count\":2.5}"), "count")).isEqualTo("wrong type: expected integer");
        assertThat(validationMessage(problemFor("{\"parties\":[{\"name\":7,\"age\":1}]}"), "parties[0].name"))
                .isEqualTo("wrong type: expected string");
    }

    @Test
    void invalidDate() {
        String message = validationMessage(problemFor("{\"registeredOn\":\"2024-02-30\"}"), "registeredOn");

        assertThat(message).doesNotContain("2024-02-30").contains("date (YYYY-MM-DD)");
    }

    @Test
    void wrongTypeInsideANestedListNamesTheIndexedPath() {
        String message = validationMessage(problemFor("{\"parties\":[{\"name\":\"a\",\"age\":1},{\"name\":\"b\",\"age\":\"old\"}]}"),
                "parties[1].age");

        assertThat(message).doesNotContain("old").contains("integer");
    }

    @Test
    void objectWhereANumberIsExpectedIsAWrongType() {
        String message = validationMessage(problemFor("{\"count\":{\"n\":1}}"), "count");

        assertThat(message).isEqualTo("wrong type: expected integer");
    }

    @Test
    void scalarWhereAListIsExpectedIsAWrongType() {
        String message = validationMessage(problemFor("{\"parties\":\"张三\"}"), "parties");

        assertThat(message).startsWith("wrong type").contains("array");
    }

    @Test
    void scalarWhereAnObjectIsExpectedInsideTheList() {
        String message = validationMessage(problemFor("{\"parties\":[42]}"), "parties[0]");

        assertThat(message).startsWith("wrong type");
    }

    @Test
    void constructorValidationFailureNamesTheFieldAndKeepsTheReason() {
        String message = validationMessage(problemFor("{\"name\":\"x\",\"period\":{\"from\":\"2025-02-01\",\"to\":\"2025-01-01\"}}",
                Filter.class), "period");

        assertThat(message).isEqualTo("from must not be after to");
    }

    @Test
    void wrongTopLevelTypeIsAMalformedBody() {
        Problem p = problemFor("[1,2]");

        assertMalformed(p);
        assertThat(p.detail).isEqualTo("the request body must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"priority\": ", "{priority: \"LOW\"}", "{\"count\": 1,}", "not json at all", "{\"count\": 01}"})
    void syntaxErrorsAreAMalformedBody(String json) {
        Problem p = problemFor(json);

        assertMalformed(p);
        assertThat(p.detail).isEqualTo("the request body is not valid JSON");
    }

    @Test
    void problemCarriesNoInternalNames() {
        Problem p = problemFor("{\"priority\":\"URGENT\"}");

        assertThat(p.detail).doesNotContain("ProblemMappersTest").doesNotContain("com.fasterxml");
        assertThat(p.errors.get(0).message()).doesNotContain("ProblemMappersTest").doesNotContain("Priority");
    }
}
