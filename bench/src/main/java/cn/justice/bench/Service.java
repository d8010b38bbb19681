package cn.justice.bench;

import java.time.LocalDate;
import java.util.List;

/**
 * A service under test and its simplest create: the record the write, read and freshness scenarios use, and the
 * progress indicator in which the gateway counts it.
 *
 * @param key            short name (mediation, correction, legal-aid, publicity, rule-of-law)
 * @param module         Maven module, also the application name
 * @param createPath     POST path of the create
 * @param listQuery      filtered list page, {@code %s} = township code
 * @param indicator      progress indicator of plan 14th-fyp that counts one per create; null when none does (the
 *                       rule-of-law indicators count actions: the freshness scenario leaves that service out)
 * @param countField     where that indicator carries the count: numerator or denominator
 */
public record Service(String key, String module, String db, String createPath, String listQuery, String indicator,
                      String countField) {

    public static final List<Service> ALL = List.of(
            new Service("mediation", "mediation-service", "mediation_bench", "/api/v1/mediation/disputes",
                    "?townshipCode=%s&status=REGISTERED&page=0&size=20", "MED_DISPUTES", "numerator"),
            new Service("correction", "correction-service", "correction_bench", "/api/v1/correction/released-persons",
                    "?townshipCode=%s&status=REGISTERED&page=0&size=20", "RES_CONNECT_RATE", "denominator"),
            new Service("legal-aid", "legal-aid-service", "legal_aid_bench", "/api/v1/legal-aid/consultations",
                    "?townshipCode=%s&page=0&size=20", "LA_CONSULTATIONS", "numerator"),
            new Service("publicity", "publicity-service", "publicity_bench", "/api/v1/publicity/sms-campaigns",
                    "?townshipCode=%s&page=0&size=20", "PUB_SMS", "numerator"),
            new Service("rule-of-law", "rule-of-law-service", "rule_of_law_bench", "/api/v1/rule-of-law/enforcement-inspections",
                    "?townshipCode=%s&page=0&size=20", null, null));

    /**
     * Body of create number {@code i} in {@code township} on {@code date}: a dispute with one party (name and phone are
     * personal data: encrypted and hashed as in real use), a released person (name and ID number, encrypted), a
     * consultation and an SMS campaign that each count 1, an enforcement inspection (执法监督检查) of the township.
     */
    public String body(long i, String township, LocalDate date) {
        return switch (key) {
            case "mediation" -> "{\"townshipCode\":\"" + township + "\",\"source\":\"SCREENING\",\"category\":\"NEIGHBOR\","
                    + "\"summary\":\"邻里纠纷 bench " + i + "\",\"registeredOn\":\"" + date + "\","
                    + "\"parties\":[{\"name\":\"张三\",\"role\":\"APPLICANT\",\"phone\":\"13800001234\"}]}";
            case "correction" -> "{\"name\":\"李四\",\"idNumber\":\"11010519491231002X\",\"gender\":\"MALE\","
                    + "\"townshipCode\":\"" + township + "\",\"releasedOn\":\"" + date + "\"}";
            case "legal-aid" -> "{\"date\":\"" + date + "\",\"channel\":\"WALK_IN\",\"townshipCode\":\"" + township
                    + "\",\"topic\":\"婚姻家庭\",\"count\":1}";
            case "publicity" -> "{\"sentOn\":\"" + date + "\",\"townshipCode\":\"" + township
                    + "\",\"messagesSent\":1,\"theme\":\"ANTI_FRAUD\"}";
            case "rule-of-law" -> "{\"agency\":\"X县交通运输局 bench " + i + "\",\"inspectedOn\":\"" + date
                    + "\",\"findings\":1,\"rectified\":1,\"townshipCode\":\"" + township + "\"}";
            default -> throw new IllegalArgumentException(key);
        };
    }
}
