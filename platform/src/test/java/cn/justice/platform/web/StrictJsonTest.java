package cn.justice.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {
    enum Kind { FIRST, SECOND }

    record Body(String text, int count, Integer amount, boolean flag, Boolean maybe, LocalDate on, Instant at, Kind kind,
                double ratio) {
    }

    private static final String VALID = "{\"text\":\"12\",\"count\":12,\"amount\":3,\"flag\":true,\"maybe\":false,"
            + "\"on\":\"2024-10-04\",\"at\":\"2026-01-01T08:00:00Z\",\"kind\":\"SECOND\",\"ratio\":1}";

    private final ObjectMapper json = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void aBodyOfTheDocumentedTypesIsRead() throws Exception {
        Body b = json.readValue(VALID, Body.class);
        assertThat(b).isEqualTo(new Body("12", 12, 3, true, false, LocalDate.of(2024, 10, 4),
                Instant.parse("2026-01-01T08:00:00Z"), Kind.SECOND, 1.0));
    }

    /** Each replaces one field of the valid body with a value Jackson would coerce by default. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"text\":12", "\"text\":1.5", "\"text\":true",
            "\"count\":\"12\"", "\"count\":1.5", "\"count\":true", "\"count\":null",
            "\"amount\":\"3\"", "\"amount\":\"\"", "\"amount\":3.7",
            "\"flag\":\"true\"", "\"flag\":1", "\"maybe\":\"false\"", "\"maybe\":0",
            "\"on\":20000", "\"on\":[2024,10,4]", "\"on\":\"\"", "\"on\":\"20241004\"",
            "\"at\":1700000000", "\"at\":1.7E9",
            "\"kind\":0", "\"kind\":1", "\"kind\":\"\"",
            "\"ratio\":\"1.5\"", "\"ratio\":true"})
    void aValueOfAnotherTypeIsAMismatchNamingTheField(String replacement) {
        String field = replacement.substring(1, replacement.indexOf('"', 1));
        String body = VALID.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]+)", java.util.regex.Matcher.quoteReplacement(replacement));
        assertThat(body).contains(replacement);
        assertThatThrownBy(() -> json.readValue(body, Body.class))
                .as(body)
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath()).first()
                        .satisfies(ref -> assertThat(ref.getFieldName()).isEqualTo(field)));
    }
}
