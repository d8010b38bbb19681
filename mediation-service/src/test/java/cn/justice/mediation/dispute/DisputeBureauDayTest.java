package cn.justice.mediation.dispute;

import cn.justice.testing.DevTokens;
import cn.justice.testing.SettableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static cn.justice.mediation.RegisterFixtures.createCommittee;
import static cn.justice.mediation.RegisterFixtures.createMediator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau's day is Beijing's, whatever the host's zone (this class runs under two JVM default zones: UTC, and
 * Pacific/Kiritimati, UTC+14, in the surefire execution {@code other-host-zone}): at 04:30 on 7 December in Beijing
 * (20:30 UTC on the 6th) a dispute registered on the 7th is accepted, an action's defaulted date is the 7th, and the
 * 30-day overdue flag turns at Beijing midnight.
 */
@QuarkusTest
class DisputeBureauDayTest {
    static final String D = "/api/v1/mediation/disputes";
    static final String TOWN = "519901200";
    /** 2026-12-07 04:30 Asia/Shanghai. */
    static final Instant BEIJING_0430_DEC_7 = Instant.parse("2026-12-06T20:30:00Z");

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    @Test
    void aDisputeDatedBeijingsTodayIsAcceptedBeforeEightAndItsDefaultedDatesAreBeijings() {
        String committee = createCommittee(TOWN, "TOWNSHIP", "2020-01-01");
        String mediator = createMediator(committee, "阿呷", "2021-01-01");
        clock.at(BEIJING_0430_DEC_7);

        String id = register(committee, "2026-12-07").then().statusCode(201).extract().path("id");
        // a day later than Beijing's today is still the future
        register(committee, "2026-12-08").then().statusCode(400);

        var accepted = given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("mediatorIds", List.of(mediator))).post(D + "/" + id + "/accept")
                .then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getString("acceptedOn")).isEqualTo("2026-12-07");
        assertThat(accepted.getString("dueOn")).isEqualTo("2027-01-06");
        assertThat(accepted.getBoolean("overdue")).isFalse();
    }

    @Test
    void theOverdueFlagTurnsAtBeijingMidnight() {
        String committee = createCommittee(TOWN, "TOWNSHIP", "2020-01-01");
        String mediator = createMediator(committee, "阿呷", "2021-01-01");
        clock.at(BEIJING_0430_DEC_7);
        String id = register(committee, "2026-12-07").then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("mediatorIds", List.of(mediator), "acceptedOn", "2026-12-07")).post(D + "/" + id + "/accept")
                .then().statusCode(200);

        clock.at(Instant.parse("2027-01-06T15:59:59Z")); // 2027-01-06 23:59:59 Beijing: the due day itself
        assertThat(overdue(id)).isFalse();
        assertThat(listedOverdue(id, committee)).isFalse();
        clock.at(Instant.parse("2027-01-06T16:00:00Z")); // 2027-01-07 00:00 Beijing, still the 6th in UTC
        assertThat(overdue(id)).isTrue();
        assertThat(listedOverdue(id, committee)).isTrue();
    }

    @Test
    void theHostZoneIsNotTheBureaus() {
        // what the surefire executions set: the results above must not depend on it
        assertThat(TimeZone.getDefault().getID()).isIn("UTC", "Pacific/Kiritimati");
        assertThat(clock.getZone().getId()).isEqualTo("Asia/Shanghai");
    }

    static Response register(String committeeId, String registeredOn) {
        return given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", TOWN, "committeeId", committeeId, "source", "APPLICATION", "category", "NEIGHBOR",
                        "summary", "相邻通行纠纷", "registeredOn", registeredOn,
                        "parties", List.of(Map.of("name", "张三", "role", "APPLICANT"))))
                .post(D);
    }

    static boolean overdue(String id) {
        return given().auth().oauth2(DevTokens.countyAdmin()).get(D + "/" + id).then().statusCode(200)
                .extract().jsonPath().getBoolean("overdue");
    }

    static boolean listedOverdue(String id, String committeeId) {
        List<String> ids = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("committeeId", committeeId)
                .queryParam("overdue", "true").queryParam("size", 200).get(D).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        return ids.contains(id);
    }
}
