package cn.justice.correction;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.TopicReader;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Creating correction records through the API, for the tests. */
public final class Fixtures {
    public static final String SUBJECTS = "/api/v1/correction/subjects";
    public static final String RELEASED = "/api/v1/correction/released-persons";
    public static final String AUDIT = "/api/v1/correction/audit-log";
    public static final String STATS = "/api/v1/correction/stats";
    public static final String TOPIC = "justice.correction.v1";
    public static final String CHENGGUAN = "519901100";
    public static final String JIMI = "519901101";
    public static final String XINCHA = "519901200";
    public static final String SHADAI = "519901201";
    public static final String ZELA = "519901202";
    public static final String LUOWU = "519901203";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private Fixtures() {
    }

    /** A valid resident ID number (GB 11643) of someone born on {@code birth}; a new sequence each call. */
    public static String idNumber(LocalDate birth) {
        String first17 = "519901" + birth.toString().replace("-", "") + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
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

    /** A person under correction: judgment effective {@code judgment}, received the next day, a one-year term. */
    public static Map<String, Object> subject(String township, String name, String idNumber, String judgment) {
        LocalDate j = LocalDate.parse(judgment);
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("idNumber", idNumber);
        b.put("gender", IdNumbers.gender(idNumber));
        b.put("birthDate", IdNumbers.birthDate(idNumber).toString());
        b.put("ethnicity", "彝族");
        b.put("townshipCode", township);
        b.put("category", "PROBATION");
        b.put("crime", "盗窃罪");
        b.put("sentence", "有期徒刑一年，缓刑一年");
        b.put("decisionAuthority", "X县人民法院");
        b.put("judgmentEffectiveOn", judgment);
        b.put("correctionStart", judgment);
        b.put("correctionEnd", j.plusYears(1).minusDays(1).toString());
        b.put("prohibitions", List.of("禁止进入娱乐场所"));
        b.put("receivedOn", j.plusDays(1).toString());
        return b;
    }

    public static Map<String, Object> subject(String township, String judgment) {
        return subject(township, "张三丰", idNumber(LocalDate.of(1985, 6, 15)), judgment);
    }

    public static String createSubject(Map<String, Object> body) {
        return post(DevTokens.countyAdmin(), SUBJECTS, body).then().statusCode(201).extract().path("id");
    }

    public static String createSubject(String township, String judgment) {
        return createSubject(subject(township, judgment));
    }

    public static Map<String, Object> released(String township, String name, String idNumber, String releasedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("name", name);
        b.put("idNumber", idNumber);
        b.put("gender", IdNumbers.gender(idNumber));
        b.put("townshipCode", township);
        b.put("releasedOn", releasedOn);
        b.put("releasingInstitution", "X省第一监狱");
        b.put("crime", "故意伤害罪");
        return b;
    }

    public static String createReleased(String township, String releasedOn) {
        return post(DevTokens.countyAdmin(), RELEASED, released(township, "李四海", idNumber(LocalDate.of(1980, 1, 20)), releasedOn))
                .then().statusCode(201).extract().path("id");
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
