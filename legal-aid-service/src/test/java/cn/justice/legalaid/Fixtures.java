package cn.justice.legalaid;

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

/** Creating legal aid records through the API, for the tests. */
public final class Fixtures {
    public static final String APPLICATIONS = "/api/v1/legal-aid/applications";
    public static final String CONSULTATIONS = "/api/v1/legal-aid/consultations";
    public static final String WORKSTATIONS = "/api/v1/legal-aid/workstations";
    public static final String NOTARIZATIONS = "/api/v1/legal-aid/notarizations";
    public static final String ADVISORS = "/api/v1/legal-aid/village-advisors";
    public static final String DUTY_LAWYER_SERVICES = "/api/v1/legal-aid/duty-lawyer-services";
    public static final String STATS = "/api/v1/legal-aid/stats";
    public static final String AUDIT_LOG = "/api/v1/legal-aid/audit-log";
    public static final String TOPIC = "justice.legal-aid.v1";
    public static final String CHENGGUAN = "519901100";
    public static final String JIMI = "519901101";
    public static final String XINCHA = "519901200";
    /** Valid resident ID numbers (GB 11643): an adult born 1985, a child born 2010, an elderly person born 1950. */
    public static final String ADULT_ID = "519901198503121235";
    public static final String CHILD_ID = "519901201005014562";
    public static final String ELDER_ID = "519901195001017899";

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

    public static Map<String, Object> applicant(String idNumber, String... groups) {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "张三丰");
        a.put("idNumber", idNumber);
        a.put("phone", "13812341234");
        a.put("groups", List.of(groups));
        return a;
    }

    /** A civil labour-pay application of a migrant worker (in scope, 第42条 exempt from checks). */
    public static Map<String, Object> application(String township, String receivedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("applicant", applicant(ADULT_ID, "MIGRANT_WORKER"));
        b.put("channel", "WALK_IN");
        b.put("townshipCode", township);
        b.put("caseType", "LABOR_ARBITRATION");
        b.put("matter", "LABOR_RELATION_PAY");
        b.put("economicHardship", "CLAIMED");
        b.put("receivedOn", receivedOn);
        return b;
    }

    public static String receive(Map<String, Object> body) {
        return post(DevTokens.countyAdmin(), APPLICATIONS, body).then().statusCode(201).extract().path("id");
    }

    /** Runs an action as county-admin and expects 200. */
    public static Response act(String path, String id, String action, Object body) {
        Response r = post(DevTokens.countyAdmin(), path + "/" + id + "/" + action, body);
        r.then().statusCode(200);
        return r;
    }

    public static Response act(String id, String action, Object body) {
        return act(APPLICATIONS, id, action, body);
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(), TOPIC, key, count, Duration.ofSeconds(20));
    }
}
