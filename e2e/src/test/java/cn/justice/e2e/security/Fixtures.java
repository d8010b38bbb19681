package cn.justice.e2e.security;

import cn.justice.testing.BureauDay;
import cn.justice.testing.openapi.ApiOperation;
import cn.justice.testing.openapi.OpenApiDocument;
import cn.justice.testing.openapi.SampleBodies;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Valid requests for every operation of the document, and the records they act on. Bodies come from the document
 * ({@link SampleBodies}); what the document cannot know is in the tables below, kept small and explicit:
 * <ul>
 *   <li>{@link #members}: members filled in by name wherever a body has them (codes of the township, ids of the
 *   records the tests build on, personal data);</li>
 *   <li>{@link #BODIES}: per operation, members a valid body needs beyond the document's (coherent dates, personal
 *   data in the right places);</li>
 *   <li>{@link #BEFORE}: per action, the actions that bring a fresh record into a state that allows it;</li>
 *   <li>{@link #pathValue} and {@link #queryValue}: path and required query parameters.</li>
 * </ul>
 * Records are created by the county admin in the township asked for (by default {@link SecurityStack#TOWN}).
 */
public final class Fixtures {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final int YEAR = BureauDay.today().getYear();
    static final String TODAY = BureauDay.today().toString();

    /** Per operation: members to set in the generated body (top level; a MissingNode removes the member). */
    static final Map<String, Map<String, Object>> BODIES = new LinkedHashMap<>();
    /** Per operation on a record: the operations that bring a new record into a state that allows it, in order. */
    static final Map<String, List<String>> BEFORE = new LinkedHashMap<>();

    static {
        BODIES.put("POST /api/v1/mediation/disputes", Map.of("parties", List.of(
                Map.of("name", PersonalData.name("甲"), "role", "APPLICANT", "idNumber", "$idNumber", "phone", "$phone"),
                Map.of("name", PersonalData.name("乙"), "role", "RESPONDENT"))));
        BODIES.put("PUT /api/v1/mediation/disputes/{id}", Map.of("parties", List.of(
                Map.of("name", PersonalData.name("甲"), "role", "APPLICANT", "idNumber", "$idNumber", "phone", "$phone"))));
        // a male born on the date his ID number carries (members), under correction from today for a year; 暂予监外执行
        // (社区矫正法第21条: handed over from the decision received today), so that every action has a record it applies
        // to: health-report is for MEDICAL_PAROLE only, and 管制 (the document's first category) has no revocation
        BODIES.put("POST /api/v1/correction/subjects", Map.of("name", PersonalData.name("丙"), "gender", "MALE",
                "judgmentEffectiveOn", TODAY, "correctionStart", TODAY, "correctionEnd", BureauDay.today().plusYears(1).toString(),
                "category", "MEDICAL_PAROLE", "decisionReceivedOn", TODAY));
        BODIES.put("PUT /api/v1/correction/subjects/{id}", Map.of("judgmentEffectiveOn", TODAY, "correctionStart", TODAY,
                "correctionEnd", BureauDay.today().plusYears(1).toString(), "category", "MEDICAL_PAROLE"));
        // 社区矫正法第27条: another township of the county, another county
        BODIES.put("POST /api/v1/correction/subjects/{id}/transfer", Map.of("toTownshipCode", "519901200"));
        BODIES.put("POST /api/v1/correction/subjects/{id}/transfer-out", Map.of("toCountyCode", "519902"));
        BODIES.put("POST /api/v1/correction/released-persons", Map.of("name", PersonalData.name("丁"), "gender", "MALE"));
        BODIES.put("POST /api/v1/legal-aid/applications", Map.of("applicant",
                Map.of("name", PersonalData.name("戊"), "idNumber", "$idNumber", "phone", "$phone")));
        BODIES.put("PUT /api/v1/legal-aid/applications/{id}", Map.of("applicant",
                Map.of("name", PersonalData.name("戊"), "idNumber", "$idNumber", "phone", "$phone")));
        BODIES.put("POST /api/v1/correction/subjects/{id}/leave", Map.of("from", TODAY, "to", BureauDay.today().plusDays(3).toString()));
        BODIES.put("POST /api/v1/correction/subjects/{id}/monitoring/start", Map.of("from", TODAY,
                "to", BureauDay.today().plusMonths(1).toString()));
        BODIES.put("POST /api/v1/mediation/disputes/{id}/succeed", Map.of("agreement",
                Map.of("form", "WRITTEN", "signedOn", TODAY, "terms", "安全测试样例")));
        // 人民调解法第33条: applied for jointly; ruled INVALID so that reopen has a record to act on
        BODIES.put("POST /api/v1/mediation/disputes/{id}/judicial-confirmation", Map.of("appliedOn", TODAY,
                "jointApplication", true, "identityRelation", false, "result", "INVALID", "decidedOn", TODAY));
        BODIES.put("POST /api/v1/mediation/disputes/{id}/reopen", Map.of("reopenedOn", TODAY));
        // on expiry would have to wait for the end of the term
        BODIES.put("POST /api/v1/correction/subjects/{id}/terminate", Map.of("reason", "PARDONED"));
        // PERIOD_ENDED (the first value) would have to wait five years after the release (DESIGN §10.1)
        BODIES.put("POST /api/v1/correction/released-persons/{id}/close", Map.of("reason", "OTHER"));
        // a receiver on the stack's own machine (allow-listed in the dev profile; nothing listens on port 9); the
        // township of the records, so that another county may not subscribe to it
        BODIES.put("POST /api/v1/subscriptions", Map.of("url", "http://127.0.0.1:9/hooks/justice", "orgCode", "$townshipCode"));
        BODIES.put("PUT /api/v1/plans/{planId}/indicators/{code}/targets", Map.of("targets", Map.of(String.valueOf(YEAR), 90)));
        // 行政复议 (DESIGN §13): the applicant is personal data; ORDINARY so that extend (第62条, ordinary only) applies
        BODIES.put("POST /api/v1/rule-of-law/reconsiderations", Map.of("applicant",
                Map.of("name", PersonalData.name("庚"), "idNumber", "$idNumber", "phone", "$phone")));
        BODIES.put("PUT /api/v1/rule-of-law/reconsiderations/{id}", Map.of("applicant",
                Map.of("name", PersonalData.name("庚"), "idNumber", "$idNumber", "phone", "$phone")));
        BODIES.put("POST /api/v1/rule-of-law/reconsiderations/{id}/accept", Map.of("procedure", "ORDINARY"));
        BODIES.put("POST /api/v1/rule-of-law/reconsiderations/{id}/extend", Map.of("days", 30));

        BEFORE.put("POST /api/v1/mediation/disputes/{id}/succeed", List.of("accept"));
        BEFORE.put("POST /api/v1/mediation/disputes/{id}/fail", List.of("accept"));
        BEFORE.put("POST /api/v1/mediation/disputes/{id}/withdraw", List.of("accept"));
        BEFORE.put("POST /api/v1/mediation/disputes/{id}/follow-up", List.of("accept", "succeed"));
        BEFORE.put("POST /api/v1/mediation/disputes/{id}/judicial-confirmation", List.of("accept", "succeed"));
        BEFORE.put("POST /api/v1/mediation/disputes/{id}/reopen", List.of("accept", "succeed", "judicial-confirmation"));
        BEFORE.put("POST /api/v1/publicity/activities/{id}/correct", List.of("hold"));
        for (String a : List.of("classify", "admonish", "warn", "leave", "monitoring/start", "check-in", "lost-contact",
                "reoffend", "terminate", "decease", "propose-sanction", "health-report")) {
            BEFORE.put("POST /api/v1/correction/subjects/{id}/" + a, List.of("report"));
        }
        // 社区矫正法第46–49条: the ruling is on a proposal
        BEFORE.put("POST /api/v1/correction/subjects/{id}/revoke", List.of("report", "propose-revocation"));
        BEFORE.put("POST /api/v1/correction/subjects/{id}/revocation-rejected", List.of("report", "propose-revocation"));
        BEFORE.put("POST /api/v1/correction/subjects/{id}/leave-return", List.of("report", "leave"));
        BEFORE.put("POST /api/v1/correction/subjects/{id}/monitoring/stop", List.of("report", "monitoring/start"));
        BEFORE.put("POST /api/v1/correction/released-persons/{id}/place", List.of("connect"));
        // close (DESIGN §10.1) and reoffend act on a REGISTERED person: no actions before
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/request-materials", List.of("review"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/materials-received", List.of("review", "request-materials"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/grant", List.of("review"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/deny", List.of("review"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/assign", List.of("review", "grant"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/close", List.of("review", "grant", "assign"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/terminate-aid", List.of("review", "grant", "assign"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/object", List.of("review", "deny"));
        BEFORE.put("POST /api/v1/legal-aid/applications/{id}/objection-decision", List.of("review", "deny", "object"));
        BEFORE.put("GET /api/v1/publicity/responsible-units/{id}/years/{year}", List.of("PUT years/{year}"));
        for (String a : List.of("extend", "decide", "mediate", "settle", "terminate")) {
            BEFORE.put("POST /api/v1/rule-of-law/reconsiderations/{id}/" + a, List.of("accept"));
        }
        BEFORE.put("POST /api/v1/rule-of-law/document-reviews/{id}/issue-opinion", List.of("start-review"));
        BEFORE.put("POST /api/v1/rule-of-law/document-reviews/{id}/file", List.of("start-review", "issue-opinion"));
    }

    private final Api api;
    private final OpenApiDocument document;
    private final SampleBodies samples;
    private final Map<String, Map<String, JsonNode>> references = new ConcurrentHashMap<>();

    Fixtures(Api api, OpenApiDocument document) {
        this.api = api;
        this.document = document;
        this.samples = new SampleBodies(document);
    }

    /** A request of an operation, ready to send: path and query filled, body valid. */
    public record Target(ApiOperation op, Map<String, String> path, Map<String, String> query, JsonNode body, String recordId) {
        public Api.Request request(Api api, Caller caller) {
            Api.Request r = api.request(op).as(caller);
            path.forEach(r::pathParam);
            query.forEach(r::query);
            if (body != null) {
                r.json(body);
            }
            return r;
        }
    }

    /** Members filled in by name (a new ID number and phone each time). */
    Map<String, JsonNode> members(String township) {
        Map<String, JsonNode> m = new HashMap<>(basic(township));
        m.putAll(references(township));
        String idNumber = PersonalData.idNumber();
        m.put("idNumber", F.textNode(idNumber));
        // where a body has both, the birth date is the one the ID number carries
        m.put("birthDate", F.textNode(PersonalData.birthDate(idNumber)));
        m.put("phone", F.textNode(PersonalData.phone()));
        return m;
    }

    private static Map<String, JsonNode> basic(String township) {
        Map<String, JsonNode> m = new HashMap<>();
        m.put("townshipCode", F.textNode(township));
        // the document gives surveys' year no range; the service takes 2000 to this year
        m.put("year", F.numberNode(YEAR));
        m.put("villageCode", F.textNode(township + "201"));
        // 人民调解法第8条: a committee of 3 to 9 with a woman and (a multi-ethnic county) a minority member; the
        // document's minimum alone gives 1
        m.put("memberCount", F.numberNode(5));
        m.put("womenMembers", F.numberNode(1));
        m.put("minorityMembers", F.numberNode(1));
        // a webhook subscription's HMAC key (at least 16 characters, no blank)
        m.put("secret", F.textNode("access-matrix-shared-secret"));
        return m;
    }

    /** The records other records point at: a committee with a mediator, a responsible unit, a workstation. */
    private Map<String, JsonNode> references(String township) {
        return references.computeIfAbsent(township, t -> {
            Map<String, JsonNode> m = new HashMap<>();
            Map<String, JsonNode> base = basic(t);
            String committee = createWith("POST /api/v1/mediation/committees", base);
            m.put("committeeId", F.textNode(committee));
            Map<String, JsonNode> withCommittee = new HashMap<>(base);
            withCommittee.put("committeeId", F.textNode(committee));
            ArrayNode mediators = F.arrayNode().add(createWith("POST /api/v1/mediation/mediators", withCommittee));
            m.put("mediatorIds", mediators);
            m.put("organizerUnitId", F.textNode(createWith("POST /api/v1/publicity/responsible-units", base)));
            m.put("workstationId", F.textNode(createWith("POST /api/v1/legal-aid/workstations", base)));
            return m;
        });
    }

    private String createWith(String createKey, Map<String, JsonNode> members) {
        ApiOperation op = document.operation(createKey);
        JsonNode body = body(op, members);
        Api.Reply r = api.request(op).as(Caller.COUNTY_ADMIN).json(body).retryUnavailable().send();
        if (r.status() != 201) {
            throw new IllegalStateException(createKey + " with " + body + " answered " + r);
        }
        return r.json().path("id").asText();
    }

    /** A valid body of {@code op} for a record in {@code township}, or null when the operation takes none. */
    public JsonNode validBody(ApiOperation op, String township) {
        return op.requestSchema() == null ? null : body(op, members(township));
    }

    private JsonNode body(ApiOperation op, Map<String, JsonNode> members) {
        JsonNode body = samples.valid(op.requestSchema(), members);
        Map<String, Object> extra = BODIES.get(op.key());
        if (extra != null && body instanceof ObjectNode o) {
            for (Map.Entry<String, Object> e : extra.entrySet()) {
                JsonNode v = toJson(e.getValue(), members);
                if (v.isMissingNode()) {
                    o.remove(e.getKey());
                } else {
                    o.set(e.getKey(), v);
                }
            }
        }
        return body;
    }

    /** Plain values to JSON; "$member" takes the member of that name from {@code members}. */
    private static JsonNode toJson(Object v, Map<String, JsonNode> members) {
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof String s && s.startsWith("$")) {
            JsonNode m = members.get(s.substring(1));
            return m == null ? MissingNode.getInstance() : m;
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = F.objectNode();
            map.forEach((k, x) -> {
                JsonNode j = toJson(x, members);
                if (!j.isMissingNode()) {
                    o.set(String.valueOf(k), j);
                }
            });
            return o;
        }
        if (v instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            list.forEach(x -> a.add(toJson(x, members)));
            return a;
        }
        return Api.JSON.valueToTree(v);
    }

    /** Creates a record of the collection (path up to its {id}) in {@code township}; its id. */
    public String create(String collection, String township) {
        return createWith("POST " + collection, members(township));
    }

    /** The collection path of an operation on a record ({@code /api/v1/x/things/{id}/…} → {@code /api/v1/x/things}). */
    static String collection(ApiOperation op) {
        int i = op.path().indexOf("/{id}");
        return i < 0 ? null : op.path().substring(0, i);
    }

    /** A target of {@code op}: a fresh record (in a state that allows the operation) when its path has an {id}. */
    public Target prepare(ApiOperation op, String township) {
        Map<String, String> path = new LinkedHashMap<>();
        String id = null;
        for (JsonNode p : op.parameters("path")) {
            String name = p.path("name").asText();
            if (name.equals("id")) {
                id = create(collection(op), township);
                path.put("id", id);
            } else {
                path.put(name, pathValue(name));
            }
        }
        for (String before : BEFORE.getOrDefault(op.key(), List.of())) {
            ApiOperation b = before.contains(" ") ? document.operation(before.split(" ")[0],
                    collection(op) + "/{id}/" + before.split(" ")[1]) : document.operation("POST", collection(op) + "/{id}/" + before);
            Api.Request r = api.request(b).as(Caller.COUNTY_ADMIN).change("fixture for " + op.key()).retryUnavailable();
            for (JsonNode p : b.parameters("path")) {
                String name = p.path("name").asText();
                r.pathParam(name, path.containsKey(name) ? path.get(name) : pathValue(name));
            }
            JsonNode body = validBody(b, township);
            if (body != null) {
                r.json(body);
            }
            Api.Reply reply = r.send();
            if (!reply.ok()) {
                throw new IllegalStateException("fixture " + b.key() + " before " + op.key() + " answered " + reply);
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode p : op.parameters("query")) {
            if (p.path("required").asBoolean(false)) {
                String name = p.path("name").asText();
                query.put(name, queryValue(name, township));
            }
        }
        return new Target(op, path, query, validBody(op, township), id);
    }

    static String pathValue(String name) {
        return switch (name) {
            case "year" -> String.valueOf(YEAR);
            case "planId" -> "15th-fyp";
            case "code" -> "MED_SUCCESS_RATE";
            default -> throw new IllegalArgumentException("no fixture value for path parameter {" + name + "}");
        };
    }

    static String queryValue(String name, String township) {
        return switch (name) {
            case "from" -> YEAR + "-01-01";
            case "to" -> YEAR + "-12-31";
            case "orgCode" -> township;
            default -> throw new IllegalArgumentException("no fixture value for required query parameter " + name);
        };
    }
}
