package cn.justice.correction.released;

import cn.justice.testing.BureauDay;
import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.correction.Fixtures.RELEASED;
import static cn.justice.correction.Fixtures.ZELA;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.get;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.put;
import static cn.justice.correction.Fixtures.released;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * DESIGN §10.1, "Released persons (安置帮教)", through the API: close from every open state with a reason, the
 * five-year 帮教期 (supportPeriodEndsOn, supportPeriodEnding, PERIOD_ENDED), 重点帮教对象 必接必送 (connectionLate) and
 * reoffend.
 */
@QuarkusTest
class ReleasedLawApiTest {
    private static final LocalDate TODAY = BureauDay.today();

    private static String create(LocalDate releasedOn, boolean keyPerson) {
        Map<String, Object> b = new HashMap<>(released(ZELA, "欧阳锋", idNumber(LocalDate.of(1978, 8, 8)), releasedOn.toString()));
        b.put("keyPerson", keyPerson);
        return post(DevTokens.countyAdmin(), RELEASED, b).then().statusCode(201)
                .body("keyPerson", equalTo(keyPerson))
                .body("supportPeriodEndsOn", equalTo(ReleasedRules.supportPeriodEndsOn(releasedOn).toString()))
                .extract().path("id");
    }

    private static List<String> ids(Map<String, String> query) {
        return given().auth().oauth2(DevTokens.countyAdmin()).queryParams(query).queryParam("townshipCode", ZELA)
                .queryParam("size", 200).get(RELEASED).then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void closeFromEveryOpenStateWithAReason() {
        LocalDate released = TODAY.minusMonths(3);
        String registered = create(released, false);
        act(RELEASED, registered, "close", Map.of("on", released.plusDays(2).toString(), "reason", "DECEASED"))
                .then().body("status", equalTo("CLOSED")).body("closeReason", equalTo("DECEASED"))
                .body("connectedOn", nullValue()).body("supportPeriodEnding", equalTo(false));
        post(DevTokens.countyAdmin(), RELEASED + "/" + registered + "/close", Map.of("on", TODAY.toString(), "reason", "OTHER"))
                .then().statusCode(409).contentType("application/problem+json").body("currentStatus", equalTo("CLOSED"));

        String connected = create(released, false);
        act(RELEASED, connected, "connect", Map.of("on", released.plusDays(1).toString()));
        post(DevTokens.countyAdmin(), RELEASED + "/" + connected + "/close", Map.of("on", released.toString(), "reason", "MOVED_AWAY"))
                .then().statusCode(400).body("errors[0].field", equalTo("on")); // before the connection
        post(DevTokens.countyAdmin(), RELEASED + "/" + connected + "/close", Map.of("on", TODAY.toString()))
                .then().statusCode(400).contentType("application/problem+json"); // reason required
        post(DevTokens.countyAdmin(), RELEASED + "/" + connected + "/close", Map.of("on", TODAY.toString(), "reason", "帮教期满"))
                .then().statusCode(400).contentType("application/problem+json"); // a code, not free text
        act(RELEASED, connected, "close", Map.of("on", TODAY.toString(), "reason", "MOVED_AWAY", "note", "迁居邻县"))
                .then().body("status", equalTo("CLOSED")).body("closeReason", equalTo("MOVED_AWAY"))
                .body("closeNote", equalTo("迁居邻县"));

        String placed = create(released, false);
        act(RELEASED, placed, "connect", Map.of("on", released.toString()));
        act(RELEASED, placed, "place", Map.of("on", released.plusDays(20).toString(), "placement", "FARMING"));
        act(RELEASED, placed, "close", Map.of("on", TODAY.toString(), "reason", "OTHER")).then()
                .body("status", equalTo("CLOSED")).body("placement", equalTo("FARMING"));
    }

    @Test
    void periodEndedOnlyOnceTheFiveYearsAreOver() {
        // released five years ago: the period is over today; a day later: it is over tomorrow
        LocalDate over = TODAY.minusYears(5);
        LocalDate notYet = TODAY.minusYears(5).plusDays(1);
        assertThat(ReleasedRules.supportPeriodEndsOn(notYet)).isAfter(TODAY);
        String early = create(notYet, false);
        post(DevTokens.countyAdmin(), RELEASED + "/" + early + "/close", Map.of("on", TODAY.toString(), "reason", "PERIOD_ENDED"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://justice.local/problems/rule-violated")).body("rule", equalTo("support-period"))
                .body("detail", startsWith(ReleasedRules.SOURCE));
        get(DevTokens.countyAdmin(), RELEASED + "/" + early).then().body("status", equalTo("REGISTERED"))
                .body("supportPeriodEnding", equalTo(true)).body("version", equalTo(1));
        String due = create(over, false);
        act(RELEASED, due, "connect", Map.of("on", over.toString()));
        act(RELEASED, due, "close", Map.of("on", TODAY.toString(), "reason", "PERIOD_ENDED")).then()
                .body("status", equalTo("CLOSED")).body("closeReason", equalTo("PERIOD_ENDED"))
                .body("supportPeriodEndsOn", equalTo(TODAY.toString()));
        // an edit of releasedOn moves the end of the period
        String edited = create(TODAY.minusYears(2), false);
        put(DevTokens.countyAdmin(), RELEASED + "/" + edited, Map.of("releasedOn", TODAY.minusYears(6).toString()))
                .then().statusCode(200).body("supportPeriodEndsOn", equalTo(TODAY.minusYears(6).plusYears(5).toString()))
                .body("supportPeriodEnding", equalTo(true));
    }

    @Test
    void supportPeriodEndingFlagAndFilter() {
        String inWindow = create(TODAY.minusYears(5).plusDays(10), false);   // over in 10 days (window 30)
        String farAway = create(TODAY.minusYears(4), false);                 // over in a year
        String ended = create(TODAY.minusYears(6), false);                   // over a year ago, still open
        String endedClosed = create(TODAY.minusYears(6), false);
        act(RELEASED, endedClosed, "close", Map.of("on", TODAY.minusYears(1).toString(), "reason", "PERIOD_ENDED"));
        get(DevTokens.countyAdmin(), RELEASED + "/" + inWindow).then().body("supportPeriodEnding", equalTo(true));
        get(DevTokens.countyAdmin(), RELEASED + "/" + farAway).then().body("supportPeriodEnding", equalTo(false));
        get(DevTokens.countyAdmin(), RELEASED + "/" + ended).then().body("supportPeriodEnding", equalTo(true));
        get(DevTokens.countyAdmin(), RELEASED + "/" + endedClosed).then().body("supportPeriodEnding", equalTo(false));
        assertThat(ids(Map.of("supportPeriodEnding", "true"))).contains(inWindow, ended).doesNotContain(farAway, endedClosed);
        assertThat(ids(Map.of("supportPeriodEnding", "false"))).contains(farAway, endedClosed).doesNotContain(inWindow, ended);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("supportPeriodEnding", "soon").get(RELEASED)
                .then().statusCode(400).contentType("application/problem+json");
        // every listed flag is the one of the record
        JsonPath page = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("supportPeriodEnding", "true")
                .queryParam("size", 200).get(RELEASED).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.supportPeriodEnding", Boolean.class)).isNotEmpty().containsOnly(true);
    }

    @Test
    void keyPersonsAreConnectedOnTheDayOfRelease() {
        LocalDate released = TODAY.minusDays(10);
        String onTime = create(released, true);
        act(RELEASED, onTime, "connect", Map.of("on", released.toString())).then().body("connectionLate", equalTo(false));
        String oneDayLate = create(released, true);
        act(RELEASED, oneDayLate, "connect", Map.of("on", released.plusDays(1).toString())).then().body("connectionLate", equalTo(true));
        String notConnected = create(released, true);
        get(DevTokens.countyAdmin(), RELEASED + "/" + notConnected).then().body("connectionLate", equalTo(true));
        String other = create(released, false);
        act(RELEASED, other, "connect", Map.of("on", released.plusDays(5).toString())).then().body("connectionLate", equalTo(false));
        String releasedToday = create(TODAY, true);
        get(DevTokens.countyAdmin(), RELEASED + "/" + releasedToday).then().body("connectionLate", equalTo(false));

        assertThat(ids(Map.of("connectionLate", "true"))).contains(oneDayLate, notConnected)
                .doesNotContain(onTime, other, releasedToday);
        assertThat(ids(Map.of("connectionLate", "false"))).contains(onTime, other, releasedToday)
                .doesNotContain(oneDayLate, notConnected);
        assertThat(ids(Map.of("keyPerson", "true"))).contains(onTime, oneDayLate, notConnected, releasedToday).doesNotContain(other);
        assertThat(ids(Map.of("keyPerson", "false"))).contains(other).doesNotContain(onTime);
        // designated a key person later (PUT): the duty applies to the connection as it was
        put(DevTokens.countyAdmin(), RELEASED + "/" + other, Map.of("releasedOn", released.toString(), "keyPerson", true))
                .then().statusCode(200).body("keyPerson", equalTo(true)).body("connectionLate", equalTo(true));
        put(DevTokens.countyAdmin(), RELEASED + "/" + other, Map.of("releasedOn", released.toString()))
                .then().statusCode(200).body("keyPerson", equalTo(true)); // absent: unchanged
    }

    @Test
    void reoffendKeepsTheStateOnceOnly() {
        LocalDate released = TODAY.minusMonths(6);
        String id = create(released, false);
        act(RELEASED, id, "connect", Map.of("on", released.toString()));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/reoffend", Map.of("on", released.minusDays(1).toString()))
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/reoffend", Map.of("on", TODAY.plusDays(1).toString()))
                .then().statusCode(400);
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/reoffend", Map.of()).then().statusCode(400);
        post(DevTokens.auditor(), RELEASED + "/" + id + "/reoffend", Map.of("on", TODAY.toString())).then().statusCode(403);
        post(DevTokens.townshipOfficer("519901101"), RELEASED + "/" + id + "/reoffend", Map.of("on", TODAY.toString()))
                .then().statusCode(404);
        post(DevTokens.townshipOfficer(ZELA), RELEASED + "/" + id + "/reoffend", Map.of("on", released.plusMonths(2).toString()))
                .then().statusCode(200).body("status", equalTo("CONNECTED"))
                .body("reoffendedOn", equalTo(released.plusMonths(2).toString())).body("version", equalTo(3));
        post(DevTokens.countyAdmin(), RELEASED + "/" + id + "/reoffend", Map.of("on", TODAY.toString()))
                .then().statusCode(409).body("rule", equalTo("reoffence-recorded"));
        act(RELEASED, id, "close", Map.of("on", TODAY.toString(), "reason", "REIMPRISONED")).then()
                .body("status", equalTo("CLOSED")).body("reoffendedOn", equalTo(released.plusMonths(2).toString()));
        String closed = create(released, false);
        act(RELEASED, closed, "close", Map.of("on", TODAY.toString(), "reason", "OTHER"));
        post(DevTokens.countyAdmin(), RELEASED + "/" + closed + "/reoffend", Map.of("on", TODAY.toString()))
                .then().statusCode(409).body("currentStatus", equalTo("CLOSED"));
    }
}
