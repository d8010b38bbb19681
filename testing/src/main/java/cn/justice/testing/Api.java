package cn.justice.testing;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Calling a service's API in its tests: JSON bodies with a bearer token, actions as county-admin, the events it
 * published. Each service's test {@code Fixtures} extends this, so its tests import these helpers from there.
 */
public class Api implements Townships {
    protected Api() {
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

    /** Posts {@code body} to {@code path} as county-admin, expects 201 and returns the new record's id. */
    public static String create(String path, Object body) {
        return post(DevTokens.countyAdmin(), path, body).then().statusCode(201).extract().path("id");
    }

    /** Runs an action as county-admin and expects 200. */
    public static Response act(String path, String id, String action, Object body) {
        Response r = post(DevTokens.countyAdmin(), path + "/" + id + "/" + action, body);
        r.then().statusCode(200);
        return r;
    }

    /** The first {@code count} events with {@code key} on {@code topic} of the test broker (waits up to 20 s). */
    public static List<TopicReader.Message> events(String topic, String key, int count) {
        return TopicReader.forKey(KafkaTestResource.broker().bootstrapServers(), topic, key, count, Duration.ofSeconds(20));
    }
}
