package cn.justice.correction.subject;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;

import static cn.justice.correction.Fixtures.JIMI;
import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.get;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's day is Beijing's whatever the host's zone (runs under UTC and under Pacific/Kiritimati, UTC+14, in
 * the surefire execution {@code other-host-zone}): at 04:30 on 7 December in Beijing (20:30 UTC on the 6th) a person
 * received on the 7th is registered, defaulted dates are the 7th, and the 10-day report deadline turns at Beijing
 * midnight.
 */
@QuarkusTest
class SubjectBureauDayTest {
    /** 2026-12-07 04:30 Asia/Shanghai. */
    static final Instant BEIJING_0430_DEC_7 = Instant.parse("2026-12-06T20:30:00Z");

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aPersonReceivedOnBeijingsTodayIsRegisteredAndDefaultedDatesAreBeijings() {
        clock.at(BEIJING_0430_DEC_7);
        var received = person("2026-11-27");
        received.put("receivedOn", "2026-12-07");
        post(DevTokens.countyAdmin(), SUBJECTS, received).then().statusCode(201);

        var tomorrow = person("2026-11-27");
        tomorrow.put("receivedOn", "2026-12-08");
        post(DevTokens.countyAdmin(), SUBJECTS, tomorrow).then().statusCode(400);

        var defaulted = person("2026-11-27");
        defaulted.remove("receivedOn");
        var view = post(DevTokens.countyAdmin(), SUBJECTS, defaulted).then().statusCode(201).extract().jsonPath();
        assertThat(view.getString("receivedOn")).isEqualTo("2026-12-07");
        assertThat(view.getString("reportDueOn")).isEqualTo("2026-12-07");
        assertThat(view.getBoolean("reportOverdue")).isFalse();

        // 报到 on Beijing's today is on time, not "in the future"
        post(DevTokens.countyAdmin(), SUBJECTS + "/" + view.getString("id") + "/report", Map.of("reportedOn", "2026-12-07"))
                .then().statusCode(200);
        assertThat(get(DevTokens.countyAdmin(), SUBJECTS + "/" + view.getString("id")).then().statusCode(200)
                .extract().jsonPath().getString("reportType")).isEqualTo("ON_TIME");
    }

    @Test
    void theReportDeadlineTurnsAtBeijingMidnight() {
        clock.at(BEIJING_0430_DEC_7);
        String id = post(DevTokens.countyAdmin(), SUBJECTS, person("2026-11-27")).then().statusCode(201)
                .extract().path("id"); // report due 2026-12-07

        clock.at(Instant.parse("2026-12-07T15:59:59Z")); // 23:59:59 Beijing on the due day
        assertThat(reportOverdue(id)).isFalse();
        clock.at(Instant.parse("2026-12-07T16:00:00Z")); // 00:00 Beijing on the 8th, still the 7th in UTC
        assertThat(reportOverdue(id)).isTrue();
    }

    @Test
    void theHostZoneIsNotTheBureaus() {
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Pacific/Kiritimati");
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }

    /** Judgment effective on {@code judgment}, received on the 7th (Beijing). */
    static Map<String, Object> person(String judgment) {
        var b = subject(JIMI, "王小明", idNumber(LocalDate.of(1990, 3, 7)), judgment);
        b.put("receivedOn", "2026-12-07");
        return b;
    }

    static boolean reportOverdue(String id) {
        return get(DevTokens.countyAdmin(), SUBJECTS + "/" + id).then().statusCode(200)
                .extract().jsonPath().getBoolean("reportOverdue");
    }
}
