package cn.justice.ruleoflaw;

import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Creating rule-of-law records through the API, for the tests. */
public final class Fixtures {
    public static final String P = "/api/v1/rule-of-law/";
    public static final String RECONSIDERATIONS = P + "reconsiderations";
    public static final String REVIEWS = P + "document-reviews";
    public static final String OFFICERS = P + "enforcement-officers";
    public static final String INSPECTIONS = P + "enforcement-inspections";
    public static final String SELECTIONS = P + "assessor-selections";
    public static final String HONOURS = P + "honours";
    public static final String PROJECTS = P + "projects";
    public static final String ASSISTANCE = P + "assistance-villages";
    public static final String STATS = P + "stats";
    public static final String AUDIT_LOG = P + "audit-log";
    public static final String TOPIC = "justice.rule-of-law.v1";
    public static final String CHENGGUAN = "519901100";
    public static final String JIMI = "519901101";
    /** A valid resident ID number (GB 11643), an adult born 1985. */
    public static final String ADULT_ID = "519901198503121235";
    public static final String APPLICANT_NAME = "欧阳明月";
    public static final String PHONE = "13812341234";

    private Fixtures() {
    }

    public static Response post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    public static Response put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(path);
    }

    public static Response get(String token, String path) {
        return given().auth().oauth2(token).get(path);
    }

    public static Map<String, Object> reconsideration(String knewOn, String appliedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("applicant", new HashMap<>(Map.of("name", APPLICANT_NAME, "idNumber", ADULT_ID, "phone", PHONE)));
        b.put("respondentAgency", "X县自然资源局");
        b.put("actionType", "PENALTY");
        b.put("knewOn", knewOn);
        b.put("appliedOn", appliedOn);
        return b;
    }

    public static String receive(Map<String, Object> body) {
        return post(DevTokens.countyAdmin(), RECONSIDERATIONS, body).then().statusCode(201).extract().path("id");
    }

    /** Runs an action as county-admin and expects 200. */
    public static Response act(String path, String id, String action, Object body) {
        Response r = post(DevTokens.countyAdmin(), path + "/" + id + "/" + action, body);
        r.then().statusCode(200);
        return r;
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(), TOPIC, key, count, Duration.ofSeconds(20));
    }
}
