package cn.justice.mediation;

import cn.justice.testing.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creating committees and mediators through the API, for the tests of both registers and the stats. */
public final class RegisterFixtures {
    public static final String COMMITTEES = "/api/v1/mediation/committees";
    public static final String MEDIATORS = "/api/v1/mediation/mediators";
    public static final String CHENGGUAN = "519901100";
    public static final String JIMI = "519901101";

    private RegisterFixtures() {
    }

    /** A TOWNSHIP committee body (no village needed). */
    public static Map<String, Object> committee(String township, String name, String type, String establishedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("type", type);
        b.put("townshipCode", township);
        b.put("establishedOn", establishedOn);
        b.put("memberCount", 5);
        return b;
    }

    public static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    public static String createCommittee(String township, String type, String establishedOn) {
        return post(DevTokens.countyAdmin(), COMMITTEES, committee(township, "调委会 " + System.nanoTime(), type, establishedOn))
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> mediator(String committeeId, String name, String appointedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("committeeId", committeeId);
        b.put("kind", "PART_TIME");
        b.put("appointedOn", appointedOn);
        return b;
    }

    public static String createMediator(String committeeId, String name, String appointedOn) {
        return post(DevTokens.countyAdmin(), MEDIATORS, mediator(committeeId, name, appointedOn))
                .then().statusCode(201).extract().path("id");
    }

    /** Runs a committee or mediator action as county-admin and expects 200. */
    public static Response act(String path, String id, String action, Object body) {
        Response r = post(DevTokens.countyAdmin(), path + "/" + id + "/" + action, body);
        r.then().statusCode(200);
        return r;
    }

    public static Map<String, Object> allCriteria(boolean met) {
        Map<String, Object> m = new HashMap<>();
        for (String c : new String[]{"NAME_PLATE", "PREMISES", "RULES_DISPLAYED", "MIN_THREE_MEMBERS",
                "CASE_FILES_COMPLETE", "FILED_WITH_BUREAU"}) {
            m.put(c, met);
        }
        return m;
    }
}
