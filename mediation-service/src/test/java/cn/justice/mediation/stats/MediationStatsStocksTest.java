package cn.justice.mediation.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.mediation.RegisterFixtures.COMMITTEES;
import static cn.justice.mediation.RegisterFixtures.MEDIATORS;
import static cn.justice.mediation.RegisterFixtures.act;
import static cn.justice.mediation.RegisterFixtures.allCriteria;
import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.createMediator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stock measures of GET …/stats are the state at the end of {@code to}: a committee counts from establishedOn
 * until (not including) dissolvedOn, a mediator from appointedOn until retiredOn; standardized ones from the date of
 * their latest, passed assessment; police rooms are active POLICE_STATION committees.
 */
@QuarkusTest
class MediationStatsStocksTest {
    static final List<String> STOCKS = List.of("committees_active", "committees_standardized", "mediators_active", "police_rooms");
    static final String TOWNSHIP = "519901201";

    static Map<String, Integer> stocks(String org, String to) {
        Map<String, Object> m = given().auth().oauth2(DevTokens.auditor()).queryParam("orgCode", org)
                .queryParam("from", "2000-01-01").queryParam("to", to).get("/api/v1/mediation/stats")
                .then().statusCode(200).extract().jsonPath().getMap("measures");
        Map<String, Integer> out = new LinkedHashMap<>();
        STOCKS.forEach(s -> out.put(s, ((Number) m.get(s)).intValue()));
        assertThat(m).containsKeys("disputes_registered", "disputes_accepted", "disputes_succeeded", "disputes_failed");
        return out;
    }

    static Map<String, Integer> delta(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> d = new LinkedHashMap<>();
        STOCKS.forEach(s -> d.put(s, after.get(s) - before.get(s)));
        return d;
    }

    static Map<String, Integer> expect(int committees, int standardized, int mediators, int policeRooms) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("committees_active", committees);
        m.put("committees_standardized", standardized);
        m.put("mediators_active", mediators);
        m.put("police_rooms", policeRooms);
        return m;
    }

    @Test
    void stocksAreTheStateAtTheEndOfTo() {
        String[] dates = {"2020-12-31", "2021-12-31", "2022-12-31", "2023-06-01", "2023-12-31", "2024-12-31",
                "2025-01-31", "2025-02-01", "2025-12-31"};
        Map<String, Map<String, Integer>> before = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> countyBefore = new LinkedHashMap<>();
        for (String d : dates) {
            before.put(d, stocks(TOWNSHIP, d));
            countyBefore.put(d, stocks("519901", d));
        }

        // a police-station room: established 2021-03-01, standardized 2023-06-01, dissolved 2025-02-01
        String police = createCommittee(TOWNSHIP, "POLICE_STATION", "2021-03-01");
        String m1 = createMediator(police, "民警调解员", "2021-04-01");
        act(COMMITTEES, police, "assess", Map.of("assessedOn", "2023-06-01", "criteria", allCriteria(true)));
        act(MEDIATORS, m1, "retire", Map.of("retiredOn", "2024-06-30"));
        act(COMMITTEES, police, "dissolve", Map.of("dissolvedOn", "2025-02-01"));
        // a township committee from 2022-06-01, assessed and not standardized
        String town = createCommittee(TOWNSHIP, "TOWNSHIP", "2022-06-01");
        act(COMMITTEES, town, "assess", Map.of("assessedOn", "2023-01-10", "criteria", Map.of("NAME_PLATE", true)));
        createMediator(town, "乡调解员", "2022-07-01");
        // a committee standardized later than the period end does not count as standardized in it
        String late = createCommittee(TOWNSHIP, "TOWNSHIP", "2022-06-01");
        act(COMMITTEES, late, "assess", Map.of("assessedOn", "2025-03-01", "criteria", allCriteria(true)));

        Map<String, Map<String, Integer>> expected = new LinkedHashMap<>();
        expected.put("2020-12-31", expect(0, 0, 0, 0));
        expected.put("2021-12-31", expect(1, 0, 1, 1));
        expected.put("2022-12-31", expect(3, 0, 2, 1));
        expected.put("2023-06-01", expect(3, 1, 2, 1));
        expected.put("2023-12-31", expect(3, 1, 2, 1));
        expected.put("2024-12-31", expect(3, 1, 1, 1));
        expected.put("2025-01-31", expect(3, 1, 1, 1));
        expected.put("2025-02-01", expect(2, 0, 1, 0)); // dissolved on that day: no longer active at its end
        expected.put("2025-12-31", expect(2, 1, 1, 0));
        for (String d : dates) {
            assertThat(delta(before.get(d), stocks(TOWNSHIP, d))).as("township at " + d).isEqualTo(expected.get(d));
            assertThat(delta(countyBefore.get(d), stocks("519901", d))).as("county at " + d).isEqualTo(expected.get(d));
        }
        // other townships are not affected
        assertThat(stocks("519901100", "2025-12-31").get("committees_active")).isGreaterThanOrEqualTo(0);
    }
}
