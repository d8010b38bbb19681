package cn.justice.gateway.plan;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.TimeZone;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The gateway's current year is Beijing's whatever the host's zone (runs under UTC and under Pacific/Kiritimati,
 * UTC+14): at 07:00 on 1 January in Beijing (23:00 UTC on 31 December) progress without {@code year} is the new
 * year's.
 */
@QuarkusTest
class PlanBureauDayTest {
    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void progressWithoutAYearOnNewYearsMorningIsTheNewYears() {
        clock.at(Instant.parse("2026-12-31T23:00:00Z")); // 2027-01-01 07:00 Beijing
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901")
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200)
                .body("planId", equalTo("15th-fyp")).body("orgCode", equalTo("519901")).body("year", equalTo(2027));
        clock.at(Instant.parse("2026-12-31T15:59:59Z")); // 23:59:59 Beijing on 31 December
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901")
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200).body("year", equalTo(2026));
    }

    @Test
    void theOldPlanHasEndedOnNewYearsMorning() {
        clock.at(Instant.parse("2025-12-31T23:00:00Z")); // 2026-01-01 07:00 Beijing: the 14th plan's years are over
        given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", "519901")
                .get("/api/v1/plans/14th-fyp/progress").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
    }

    @Test
    void theHostZoneIsNotTheBureaus() {
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Pacific/Kiritimati");
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }
}
