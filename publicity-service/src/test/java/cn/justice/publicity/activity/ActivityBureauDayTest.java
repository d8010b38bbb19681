package cn.justice.publicity.activity;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;

import static cn.justice.publicity.Fixtures.ACTIVITIES;
import static cn.justice.publicity.Fixtures.JIMI;
import static cn.justice.publicity.Fixtures.createActivity;
import static cn.justice.publicity.Fixtures.createUnit;
import static cn.justice.publicity.Fixtures.figures;
import static cn.justice.publicity.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's day is Beijing's whatever the host's zone (runs under UTC and under Pacific/Kiritimati, UTC+14): at
 * 04:30 on 7 December in Beijing (20:30 UTC on the 6th) an activity held on the 7th is recorded, one dated the 8th is
 * still the future, and the defaulted cancellation date is the 7th.
 */
@QuarkusTest
class ActivityBureauDayTest {
    /** 2026-12-07 04:30 Asia/Shanghai. */
    static final Instant BEIJING_0430_DEC_7 = Instant.parse("2026-12-06T20:30:00Z");

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void anActivityHeldOnBeijingsTodayIsRecordedAndDefaultedDatesAreBeijings() {
        String unit = createUnit("X县司法局 普法股 " + System.nanoTime(), "JUSTICE");
        clock.at(BEIJING_0430_DEC_7);
        String held = createActivity(JIMI, unit, "2026-12-07");
        post(DevTokens.countyAdmin(), ACTIVITIES + "/" + held + "/hold", figures("2026-12-08", 40, 100))
                .then().statusCode(400);
        var view = post(DevTokens.countyAdmin(), ACTIVITIES + "/" + held + "/hold", figures("2026-12-07", 40, 100))
                .then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("status")).isEqualTo("HELD");
        assertThat(view.getString("heldOn")).isEqualTo("2026-12-07");

        String cancelled = createActivity(JIMI, unit, "2026-12-20");
        var c = post(DevTokens.countyAdmin(), ACTIVITIES + "/" + cancelled + "/cancel", Map.of("reason", "暴雨"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(c.getString("cancelledOn")).isEqualTo("2026-12-07");
    }

    @Test
    void theHostZoneIsNotTheBureaus() {
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Pacific/Kiritimati");
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }
}
