package cn.justice.publicity;

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

/** Creating publicity records through the API, for the tests. */
public final class Fixtures {
    public static final String ACTIVITIES = "/api/v1/publicity/activities";
    public static final String SMS = "/api/v1/publicity/sms-campaigns";
    public static final String UNITS = "/api/v1/publicity/responsible-units";
    public static final String SURVEYS = "/api/v1/publicity/surveys";
    public static final String STATS = "/api/v1/publicity/stats";
    public static final String TOPIC = "justice.publicity.v1";
    public static final String CHENGGUAN = "519901100";
    public static final String JIMI = "519901101";
    public static final String XINCHA = "519901200";

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

    public static String createUnit(String name, String kind) {
        return post(DevTokens.countyAdmin(), UNITS, Map.of("name", name, "kind", kind))
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> activity(String township, String unitId, String heldOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", "宪法宣传周进校园");
        b.put("theme", "CONSTITUTION");
        b.put("heldOn", heldOn);
        b.put("townshipCode", township);
        b.put("venue", "SCHOOL");
        b.put("format", "LECTURE");
        b.put("targetGroups", List.of("YOUTH"));
        b.put("organizerUnitId", unitId);
        return b;
    }

    public static String createActivity(String township, String unitId, String heldOn) {
        return post(DevTokens.countyAdmin(), ACTIVITIES, activity(township, unitId, heldOn))
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> figures(String heldOn, int participants, int materials) {
        return Map.of("heldOn", heldOn, "participants", participants, "materialsDistributed", materials);
    }

    /** Runs an action as county-admin and expects 200. */
    public static Response act(String path, String id, String action, Object body) {
        Response r = post(DevTokens.countyAdmin(), path + "/" + id + "/" + action, body);
        r.then().statusCode(200);
        return r;
    }

    public static Map<String, Object> survey(String township, int year, int respondents, int aware, int satisfied) {
        return new HashMap<>(Map.of("townshipCode", township, "year", year, "respondents", respondents,
                "aware", aware, "satisfied", satisfied));
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(), TOPIC, key, count, Duration.ofSeconds(20));
    }
}
