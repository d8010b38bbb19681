package cn.justice.legalaid.application;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;

import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.get;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.receive;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's day is Beijing's whatever the host's zone (runs under UTC and under Pacific/Kiritimati, UTC+14): at
 * 04:30 on 7 December in Beijing (20:30 UTC on the 6th) an application received on the 7th is accepted, a defaulted
 * review date is the 7th, and the 7-day decision deadline (第43条) turns at Beijing midnight.
 */
@QuarkusTest
class ApplicationBureauDayTest {
    /** 2026-12-07 04:30 Asia/Shanghai. */
    static final Instant BEIJING_0430_DEC_7 = Instant.parse("2026-12-06T20:30:00Z");

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void anApplicationReceivedOnBeijingsTodayIsAcceptedAndDefaultedDatesAreBeijings() {
        clock.at(BEIJING_0430_DEC_7);
        String id = receive(application(JIMI, "2026-12-07"));
        post(DevTokens.countyAdmin(), APPLICATIONS, application(JIMI, "2026-12-08")).then().statusCode(400);

        var reviewed = post(DevTokens.countyAdmin(), APPLICATIONS + "/" + id + "/review", Map.of())
                .then().statusCode(200).extract().jsonPath();
        assertThat(reviewed.getString("reviewStartedOn")).isEqualTo("2026-12-07");
        assertThat(reviewed.getString("decisionDueOn")).isEqualTo("2026-12-14");
        assertThat(reviewed.getBoolean("overdue")).isFalse();
    }

    @Test
    void theDecisionDeadlineTurnsAtBeijingMidnight() {
        clock.at(BEIJING_0430_DEC_7);
        String id = receive(application(JIMI, "2026-12-07")); // decision due 2026-12-14

        clock.at(Instant.parse("2026-12-14T15:59:59Z")); // 23:59:59 Beijing on the due day
        assertThat(overdue(id)).isFalse();
        clock.at(Instant.parse("2026-12-14T16:00:00Z")); // 00:00 Beijing on the 15th, still the 14th in UTC
        assertThat(overdue(id)).isTrue();
    }

    @Test
    void theHostZoneIsNotTheBureaus() {
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Pacific/Kiritimati");
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }

    static boolean overdue(String id) {
        return get(DevTokens.countyAdmin(), APPLICATIONS + "/" + id).then().statusCode(200)
                .extract().jsonPath().getBoolean("overdue");
    }
}
