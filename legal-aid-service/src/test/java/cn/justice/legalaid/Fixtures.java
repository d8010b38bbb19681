package cn.justice.legalaid;

import cn.justice.testing.Api;
import cn.justice.testing.TopicReader;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.testing.Residents.ADULT_ID;

/** Creating legal aid records through the API, for the tests (HTTP helpers and townships: {@link Api}). */
public final class Fixtures extends Api {
    public static final String P = "/api/v1/legal-aid/";
    public static final String APPLICATIONS = P + "applications";
    public static final String CONSULTATIONS = P + "consultations";
    public static final String WORKSTATIONS = P + "workstations";
    public static final String NOTARIZATIONS = P + "notarizations";
    public static final String ADVISORS = P + "village-advisors";
    public static final String DUTY_LAWYER_SERVICES = P + "duty-lawyer-services";
    public static final String STATS = P + "stats";
    public static final String AUDIT_LOG = P + "audit-log";
    public static final String TOPIC = "justice.legal-aid.v1";

    private Fixtures() {
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
        return create(APPLICATIONS, body);
    }

    /** Runs an action on an application as county-admin and expects 200. */
    public static Response act(String id, String action, Object body) {
        return act(APPLICATIONS, id, action, body);
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return events(TOPIC, key, count);
    }
}
