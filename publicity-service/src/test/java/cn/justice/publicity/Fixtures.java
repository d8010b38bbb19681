package cn.justice.publicity;

import cn.justice.testing.Api;
import cn.justice.testing.TopicReader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creating publicity records through the API, for the tests (HTTP helpers and townships: {@link Api}). */
public final class Fixtures extends Api {
    public static final String P = "/api/v1/publicity/";
    public static final String ACTIVITIES = P + "activities";
    public static final String SMS = P + "sms-campaigns";
    public static final String UNITS = P + "responsible-units";
    public static final String SURVEYS = P + "surveys";
    public static final String STATS = P + "stats";
    public static final String TOPIC = "justice.publicity.v1";

    private Fixtures() {
    }

    public static String createUnit(String name, String kind) {
        return create(UNITS, Map.of("name", name, "kind", kind));
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
        return create(ACTIVITIES, activity(township, unitId, heldOn));
    }

    public static Map<String, Object> figures(String heldOn, int participants, int materials) {
        return Map.of("heldOn", heldOn, "participants", participants, "materialsDistributed", materials);
    }

    public static Map<String, Object> survey(String township, int year, int respondents, int aware, int satisfied) {
        return new HashMap<>(Map.of("townshipCode", township, "year", year, "respondents", respondents,
                "aware", aware, "satisfied", satisfied));
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return events(TOPIC, key, count);
    }
}
