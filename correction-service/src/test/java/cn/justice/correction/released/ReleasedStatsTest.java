package cn.justice.correction.released;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static cn.justice.correction.Fixtures.RELEASED;
import static cn.justice.correction.Fixtures.STATS;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.released;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * released_connected_on_time in {@code …/stats} (ReleasedRules.connectedOnTime), and closes from every open state
 * leave the cohort figures of RES_CONNECT_RATE as they were. Five released persons of 则拉乡 in 2015 (no other test
 * writes that year there).
 */
@QuarkusTest
class ReleasedStatsTest {
    private static final String TOWN = "519901202";

    private static String create(String releasedOn, boolean keyPerson) {
        Map<String, Object> b = new HashMap<>(released(TOWN, "黄药师", idNumber(LocalDate.of(1970, 7, 7)), releasedOn));
        b.put("keyPerson", keyPerson);
        return post(DevTokens.countyAdmin(), RELEASED, b).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Integer> measures(String org, String from, String to) {
        Map<String, Integer> m = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org).queryParam("from", from)
                .queryParam("to", to).get(STATS).then().statusCode(200).extract().jsonPath().getMap("measures");
        Map<String, Integer> r = new HashMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith("released_")) {
                r.put(k, v);
            }
        });
        return r;
    }

    @Test
    void connectedOnTimeAndCloses() {
        // A key, connected on the day of release, placed, closed when the period ended
        String a = create("2015-03-01", true);
        act(RELEASED, a, "connect", Map.of("on", "2015-03-01"));
        act(RELEASED, a, "place", Map.of("on", "2015-05-01", "placement", "EMPLOYED"));
        // B key, connected two days late
        String b = create("2015-04-01", true);
        act(RELEASED, b, "connect", Map.of("on", "2015-04-03"));
        // C key, never connected, died
        String c = create("2015-05-01", true);
        act(RELEASED, c, "close", Map.of("on", "2015-05-10", "reason", "DECEASED"));
        // D not key, connected after six weeks (no deadline: on time), moved away
        String d = create("2015-06-01", false);
        act(RELEASED, d, "connect", Map.of("on", "2015-07-15"));
        // E not key, registered only, re-offended
        String e = create("2015-07-01", false);
        act(RELEASED, e, "reoffend", Map.of("on", "2016-02-01"));
        Map<String, Integer> before = measures(TOWN, "2015-01-01", "2015-12-31");
        assertThat(before).containsExactlyInAnyOrderEntriesOf(Map.of("released_registered", 5, "released_connected", 3,
                "released_placed", 1, "released_connected_on_time", 2));

        act(RELEASED, a, "close", Map.of("on", "2020-03-01", "reason", "PERIOD_ENDED"));
        act(RELEASED, b, "close", Map.of("on", "2016-01-01", "reason", "OTHER"));
        act(RELEASED, d, "close", Map.of("on", "2016-01-01", "reason", "MOVED_AWAY"));
        act(RELEASED, e, "close", Map.of("on", "2016-06-01", "reason", "REIMPRISONED"));
        assertThat(measures(TOWN, "2015-01-01", "2015-12-31")).as("closes keep the cohort").isEqualTo(before);
        assertThat(measures(TOWN, "2016-01-01", "2019-12-31")).containsOnly(Map.entry("released_registered", 0),
                Map.entry("released_connected", 0), Map.entry("released_placed", 0), Map.entry("released_connected_on_time", 0));
        assertThat(measures(TOWN, "2015-03-01", "2015-04-30")).containsEntry("released_connected", 2)
                .containsEntry("released_connected_on_time", 1);
    }
}
