package cn.justice.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static cn.justice.platform.problem.ProblemAssertions.invalidField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class QueryParamsTest {
    enum Status { REGISTERED, ACCEPTED, SUCCEEDED }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void absentValuesAreNull(String value) {
        assertThat(QueryParams.enumOf(Status.class, value, "status")).isNull();
        assertThat(QueryParams.date(value, "from")).isNull();
        assertThat(QueryParams.bool(value, "overdue")).isNull();
        assertThat(QueryParams.integer(value, "year")).isNull();
    }

    @Test
    void enumByExactName() {
        assertThat(QueryParams.enumOf(Status.class, "ACCEPTED", "status")).isEqualTo(Status.ACCEPTED);
        assertThat(QueryParams.enumOf(Status.class, " SUCCEEDED ", "status")).isEqualTo(Status.SUCCEEDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CLOSED", "accepted", "0"})
    void unknownEnumValueIs400NamingTheAllowedValues(String value) {
        String message = invalidField(() -> QueryParams.enumOf(Status.class, value, "status"), "status");

        assertThat(message).doesNotContain("'" + value + "'").contains("[REGISTERED, ACCEPTED, SUCCEEDED]");
    }

    @Test
    void isoDate() {
        assertThat(QueryParams.date("2024-02-29", "from")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(QueryParams.date(" 2025-01-05 ", "from")).isEqualTo(LocalDate.of(2025, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-02-30", "2024/01/01", "20240101", "01-02-2024", "2024-1-5", "yesterday"})
    void invalidDateIs400OnTheField(String value) {
        assertThat(invalidField(() -> QueryParams.date(value, "to"), "to")).contains("YYYY-MM-DD");
    }

    @Test
    void boolIsCaseInsensitive() {
        assertThat(QueryParams.bool("true", "overdue")).isTrue();
        assertThat(QueryParams.bool("TRUE", "overdue")).isTrue();
        assertThat(QueryParams.bool(" False ", "overdue")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "0", "t", "truee"})
    void otherBoolSpellingsAre400(String value) {
        invalidField(() -> QueryParams.bool(value, "overdue"), "overdue");
    }

    @Test
    void integer() {
        assertThat(QueryParams.integer("2025", "year")).isEqualTo(2025);
        assertThat(QueryParams.integer(" -7 ", "year")).isEqualTo(-7);
        assertThat(QueryParams.integer("2147483647", "year")).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.2", "twenty", "2147483648", "1e3", "0x10"})
    void nonIntegersAre400(String value) {
        invalidField(() -> QueryParams.integer(value, "year"), "year");
    }

    @Test
    void rangeAllowsOpenEndsAndEqualBounds() {
        LocalDate d = LocalDate.of(2024, 5, 1);

        assertThatNoException().isThrownBy(() -> QueryParams.range(null, null));
        assertThatNoException().isThrownBy(() -> QueryParams.range(d, null));
        assertThatNoException().isThrownBy(() -> QueryParams.range(null, d));
        assertThatNoException().isThrownBy(() -> QueryParams.range(d, d));
        assertThatNoException().isThrownBy(() -> QueryParams.range(d, d.plusDays(1)));
    }

    @Test
    void rangeFromAfterToIs400OnFrom() {
        LocalDate d = LocalDate.of(2024, 5, 1);

        assertThat(invalidField(() -> QueryParams.range(d.plusDays(1), d), "from")).contains("'to'");
    }
}
