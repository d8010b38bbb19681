package cn.justice.correction;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.testing.Api;
import cn.justice.testing.Residents;
import cn.justice.testing.TopicReader;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Creating correction records through the API, for the tests (HTTP helpers and townships: {@link Api}). */
public final class Fixtures extends Api {
    public static final String P = "/api/v1/correction/";
    public static final String SUBJECTS = P + "subjects";
    public static final String RELEASED = P + "released-persons";
    public static final String AUDIT = P + "audit-log";
    public static final String STATS = P + "stats";
    public static final String TOPIC = "justice.correction.v1";

    private Fixtures() {
    }

    /** A valid resident ID number (GB 11643) of someone born on {@code birth}; a new sequence each call. */
    public static String idNumber(LocalDate birth) {
        return Residents.idNumber(birth);
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
        return create(SUBJECTS, body);
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
        return create(RELEASED, released(township, "李四海", idNumber(LocalDate.of(1980, 1, 20)), releasedOn));
    }

    public static List<TopicReader.Message> events(String key, int count) {
        return events(TOPIC, key, count);
    }
}
