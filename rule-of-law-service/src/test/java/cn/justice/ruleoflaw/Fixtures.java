package cn.justice.ruleoflaw;

import cn.justice.testing.Api;
import cn.justice.testing.TopicReader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.testing.Residents.ADULT_ID;

/** Creating rule-of-law records through the API, for the tests (HTTP helpers and townships: {@link Api}). */
public final class Fixtures extends Api {
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
    public static final String APPLICANT_NAME = "欧阳明月";
    public static final String PHONE = "13812341234";

    private Fixtures() {
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
        return create(RECONSIDERATIONS, body);
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return events(TOPIC, key, count);
    }
}
