package cn.justice.gateway.workqueue;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaTestResource;
import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.SettableClock;
import cn.justice.testing.TopicWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The work queue from real CloudEvents on the real topics, in the envelope the services' outboxes write
 * ({@code CloudEvent.of} + {@code CloudEventCodec}, the aggregate id as key, {@code data} with every member of the
 * services' event records): items appear, turn overdue as the bureau's clock moves past their due date, go when a
 * newer version of the record moves on, are scoped to the caller's township, ignore a repeated or older event, and
 * come back the same from a rebuild. Its event builders serve the other work-queue tests.
 */
@QuarkusTest
public class WorkQueuePipelineTest {
    public static final String COUNTY = "519901";
    public static final String ZELA = "519901202";
    public static final String LUOWU = "519901203";

    @Inject
    SettableClock clock;

    @AfterEach
    void release() {
        clock.release();
    }

    public static CloudEvent send(String topic, String type, String source, UUID id, long version, String township, ObjectNode data) {
        CloudEvent e = CloudEvent.of(type, source, id, version, COUNTY, township, data.put("version", version));
        resend(topic, e);
        return e;
    }

    public static void resend(String topic, CloudEvent e) {
        TopicWriter.send(KafkaTestResource.broker().bootstrapServers(), topic, e.subject(), CloudEventCodec.toJson(e));
    }

    public static ObjectNode node() {
        return CloudEventCodec.mapper().createObjectNode();
    }

    /** SubjectEventData of a PROBATION person, ORDINARY level, every member present. */
    public static ObjectNode subject(UUID id, String status, String reportedOn) {
        ObjectNode d = node().put("subjectId", id.toString()).put("countyCode", COUNTY).put("townshipCode", ZELA)
                .put("category", "PROBATION").put("supervisionLevel", "ORDINARY").put("status", status)
                .put("receivedOn", "2031-02-20").put("judgmentEffectiveOn", "2031-02-22").put("correctionStart", "2031-02-22")
                .put("correctionEnd", "2032-02-21").put("reportDueOn", "2031-03-04").put("reportedOn", reportedOn)
                .put("reportType", reportedOn == null ? null : "ON_TIME").put("classificationCount", 1)
                .put("admonitionCount", 0).put("warningCount", 0).put("revocationRecommended", false).put("leaveCount", 0)
                .put("checkInCount", 0).putNull("lastCheckInOn");
        d.putArray("missingPeriods");
        d.putArray("monitoringPeriods");
        d.putNull("reoffendedOn").put("reoffenceCount", 0).putNull("endedOn").putNull("terminationReason")
                .putNull("decisionReceivedOn");
        if (reportedOn == null) {
            d.putNull("intakeOnTime");
        } else {
            d.put("intakeOnTime", true);
        }
        d.putArray("revocationGrounds");
        d.put("revocationProposalCount", 0).putNull("proposalKind").putNull("revocationProposedOn").putNull("courtDueOn")
                .put("courtRulingOverdue", false).put("openSanctionProposals", 0).put("leaveReturnOverdue", false)
                .put("monitoringExpiring", false).put("lastContactOn", reportedOn).put("checkInOverdue", false)
                .put("healthReportCount", 0).putNull("lastHealthReportOn").put("healthReportOverdue", false);
        d.putArray("transfers");
        boolean supervised = reportedOn != null && ("ACTIVE".equals(status) || "REVOCATION_PROPOSED".equals(status));
        // the service dates the next check-in (ORDINARY: a month after the last contact, the default interval)
        d.put("checkInDueOn", supervised ? java.time.LocalDate.parse(reportedOn).plusMonths(1).toString() : null);
        return d.putNull("transferredToCountyCode").putNull("healthReportDueOn").putNull("sanctionProposedOn");
    }

    /** ApplicationEventData under review, or decided (GRANTED, assignment due in 3 days). */
    public static ObjectNode application(UUID id, String status, String decidedOn) {
        ObjectNode d = node().put("applicationId", id.toString()).put("applicationNo", "LA-519901-2031-000007")
                .put("countyCode", COUNTY).put("townshipCode", LUOWU).put("channel", "WALK_IN").putNull("workstationId")
                .put("caseType", "CIVIL").put("matter", "LABOR_RELATION_PAY");
        d.putArray("applicantGroups").add("MIGRANT_WORKER");
        d.put("economicHardship", "CLAIMED").putNull("mandatoryDefenseGround").put("status", status).put("eligible", true);
        d.putArray("eligibilityArticles").add("第31条第五项");
        d.put("receivedOn", "2031-02-26").putNull("forwardedWithin24h").put("waitingDays", 0).put("decisionDueOn", "2031-03-05")
                .put("decision", decidedOn == null ? null : "GRANTED").put("decidedOn", decidedOn)
                .put("decidedWithinDeadline", decidedOn == null ? null : Boolean.TRUE).put("deniedWhileEligible", false)
                .put("assignmentDueOn", decidedOn == null ? null : "2031-03-07").put("emergency", false)
                .putNull("emergencyGround").putNull("assignedOn").putNull("assignedWithinDeadline").putNull("providerKind")
                .putNull("closedOn").putNull("outcome").putNull("subsidyAmount").putNull("withdrawnOn")
                .putNull("withdrawalReason").putNull("terminatedOn").putNull("terminationGround").putNull("objectedOn")
                .putNull("objectionDueOn").putNull("objectionResult").putNull("objectionDecidedOn").putNull("materialsDueOn");
        return d;
    }

    /** UnitEventData of a responsible unit (a county record) with the years it planned. */
    public static ObjectNode unit(UUID id, Integer changedYear, int... planned) {
        ObjectNode d = node().put("unitId", id.toString()).put("countyCode", COUNTY).put("kind", "POLICE").put("year", changedYear);
        var years = d.putArray("years");
        for (int y : planned) {
            years.add(node().put("year", y).put("plannedActivities", 6).put("itemCount", 3));
        }
        return d;
    }

    /** ActivityEventData of an activity in ZELA. */
    public static ObjectNode activity(UUID id, String status, String heldOn, UUID organizer) {
        ObjectNode d = node().put("activityId", id.toString()).put("countyCode", COUNTY).put("townshipCode", ZELA)
                .putNull("villageCode").put("theme", "CONSTITUTION").put("venue", "VILLAGE").put("format", "LECTURE");
        d.putArray("targetGroups").add("FARMERS");
        boolean held = "HELD".equals(status);
        return d.put("organizerUnitId", organizer.toString()).put("status", status).put("heldOn", heldOn)
                .put("participants", held ? 120 : null).put("materialsDistributed", held ? 300 : null)
                .put("correctionCount", 0).putNull("cancelledOn");
    }

    public static ObjectNode review(UUID id) {
        return node().put("documentReviewId", id.toString()).put("countyCode", COUNTY).put("status", "RECEIVED")
                .put("receivedOn", "2031-02-27").put("dueOn", "2031-03-20").putNull("opinion").putNull("opinionIssuedOn")
                .putNull("reviewedOnTime").putNull("publishedOn").putNull("filedOn");
    }

    static JsonPath queue(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).queryParam("size", 200).get("/api/v1/work-queue")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The items of a record in a queue, as "KIND dueOn overdue severity". */
    static List<String> of(JsonPath q, UUID record) {
        List<String> out = new ArrayList<>();
        List<Map<String, Object>> items = q.getList("items");
        for (Map<String, Object> i : items) {
            if (record.toString().equals(i.get("recordId"))) {
                out.add(i.get("kind") + " " + i.get("dueOn") + " " + i.get("overdue") + " " + i.get("severity"));
            }
        }
        return out;
    }

    @Test
    void itemsFollowTheRecordsTheBureauDayAndTheCallersScope() throws Exception {
        clock.at(Instant.parse("2031-03-02T02:00:00Z")); // 10:00 on 2 March in Beijing
        UUID s = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID r = UUID.randomUUID();
        CloudEvent registered = send("justice.correction.v1", "correction.subject.registered", "/correction-service", s, 1,
                ZELA, subject(s, "PENDING_REPORT", null));
        send("justice.legal-aid.v1", "legal-aid.application.review-started", "/legal-aid-service", a, 2, LUOWU,
                application(a, "UNDER_REVIEW", null));
        send("justice.rule-of-law.v1", "rule-of-law.document-review.received", "/rule-of-law-service", r, 1, null, review(r));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath county = queue(DevTokens.auditor(), Map.of("orgCode", COUNTY));
            assertThat(of(county, s)).containsExactly("CORRECTION_REPORT_DUE 2031-03-04 false DUE");
            assertThat(of(county, a)).containsExactly("LEGAL_AID_DECISION_DUE 2031-03-05 false DUE");
        });
        JsonPath county = queue(DevTokens.countyAdmin(), Map.of());
        assertThat(county.getString("orgCode")).isEqualTo(COUNTY);
        assertThat(county.getString("today")).isEqualTo("2031-03-02");
        assertThat(county.getString("dueBy")).isEqualTo("2031-03-09");
        assertThat(county.getString("asOf")).isNotNull();
        assertThat(of(county, r)).as("due beyond the default 7 days").isEmpty();
        List<Map<String, Object>> items = county.getList("items");
        Map<String, Object> item = items.stream().filter(i -> s.toString().equals(i.get("recordId"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("service", "correction").containsEntry("recordType", "subject")
                .containsEntry("townshipCode", ZELA).containsEntry("title", "社区矫正对象报到期限 2031-03-04");
        List<String> dues = items.stream().map(i -> (String) i.get("dueOn")).toList();
        assertThat(dues).isSorted();
        assertThat(dues).allMatch(d -> d.compareTo("2031-03-09") <= 0);
        JsonPath month = queue(DevTokens.integration(), Map.of("within", "P1M", "kind", "ROL_DOCUMENT_REVIEW_DUE"));
        assertThat(of(month, r)).containsExactly("ROL_DOCUMENT_REVIEW_DUE 2031-03-20 false INFO");
        assertThat(month.getList("items.kind", String.class)).containsOnly("ROL_DOCUMENT_REVIEW_DUE");
        assertThat(month.getList("items.findAll { it.recordId == '" + r + "' }.townshipCode")).containsExactly((Object) null);

        // township scope: an officer sees its own township's items only, never a county record; another township is 403
        JsonPath zela = queue(DevTokens.townshipOfficer(ZELA), Map.of("within", "P1M"));
        assertThat(zela.getString("orgCode")).isEqualTo(ZELA);
        assertThat(of(zela, s)).hasSize(1);
        assertThat(of(zela, a)).isEmpty();
        assertThat(of(zela, r)).isEmpty();
        assertThat(zela.getList("items.townshipCode", String.class)).containsOnly(ZELA);
        assertThat(of(queue(DevTokens.townshipOfficer(LUOWU), Map.of()), s)).isEmpty();
        assertThat(of(queue(DevTokens.townshipOfficer(LUOWU), Map.of()), a)).hasSize(1);
        given().auth().oauth2(DevTokens.townshipOfficer(ZELA)).queryParam("orgCode", LUOWU).get("/api/v1/work-queue")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.townshipOfficer(ZELA)).queryParam("orgCode", COUNTY).get("/api/v1/work-queue")
                .then().statusCode(403);
        assertThat(of(queue(DevTokens.countyAdmin(), Map.of("orgCode", LUOWU)), s)).as("a county asks for one township").isEmpty();
        given().auth().oauth2(DevTokens.token("auditor", null, "519902")).queryParam("orgCode", COUNTY).get("/api/v1/work-queue")
                .then().statusCode(403);

        // the bureau's day moves on: overdue after the due date, critical more than 7 days after (the event's flags
        // said nothing of the kind)
        clock.at(Instant.parse("2031-03-04T15:59:00Z")); // 23:59 on 4 March in Beijing: due today
        assertThat(of(queue(DevTokens.auditor(), Map.of("orgCode", ZELA)), s)).containsExactly("CORRECTION_REPORT_DUE 2031-03-04 false DUE");
        clock.at(Instant.parse("2031-03-04T16:00:00Z")); // 00:00 on 5 March in Beijing, still the 4th in UTC
        assertThat(of(queue(DevTokens.auditor(), Map.of("orgCode", ZELA)), s)).containsExactly("CORRECTION_REPORT_DUE 2031-03-04 true OVERDUE");
        clock.at(Instant.parse("2031-03-12T02:00:00Z"));
        assertThat(of(queue(DevTokens.auditor(), Map.of("orgCode", ZELA, "within", "P0D")), s))
                .containsExactly("CORRECTION_REPORT_DUE 2031-03-04 true CRITICAL");
        assertThat(of(queue(DevTokens.auditor(), Map.of("orgCode", LUOWU, "kind", "LEGAL_AID_DECISION_DUE")), a))
                .containsExactly("LEGAL_AID_DECISION_DUE 2031-03-05 true OVERDUE");

        // newer versions move the records on: reported (a check-in is due a month after), decided (the assignment is due)
        clock.at(Instant.parse("2031-03-06T02:00:00Z"));
        send("justice.correction.v1", "correction.subject.reported", "/correction-service", s, 2, ZELA,
                subject(s, "ACTIVE", "2031-03-04"));
        send("justice.legal-aid.v1", "legal-aid.application.granted", "/legal-aid-service", a, 3, LUOWU,
                application(a, "GRANTED", "2031-03-04"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath q = queue(DevTokens.auditor(), Map.of("within", "P2M"));
            assertThat(of(q, s)).containsExactly("CORRECTION_CHECK_IN_DUE 2031-04-04 false INFO");
            assertThat(of(q, a)).containsExactly("LEGAL_AID_ASSIGNMENT_DUE 2031-03-07 false DUE");
        });

        // a repeat of the first event and an older version with a new id change nothing
        resend("justice.correction.v1", registered);
        CloudEvent older = send("justice.correction.v1", "correction.subject.updated", "/correction-service", s, 1, ZELA,
                subject(s, "PENDING_REPORT", null));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(older.id()));
        assertThat(of(queue(DevTokens.auditor(), Map.of("within", "P2M")), s)).containsExactly("CORRECTION_CHECK_IN_DUE 2031-04-04 false INFO");

        // the rebuild reproduces the items, even ones lost behind the gateway's back
        List<String> before = stored(s, a, r);
        assertThat(before).hasSize(3);
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("DELETE FROM work_item WHERE aggregate_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", new Object[]{s, a, r}));
            assertThat(ps.executeUpdate()).isEqualTo(3);
        }
        assertThat(of(queue(DevTokens.auditor(), Map.of("within", "P2M")), s)).isEmpty();
        given().auth().oauth2(DevTokens.countyAdmin()).post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(DevTokens.auditor()).get("/api/v1/admin/rebuild").then().body("state", equalTo("DONE")));
        assertThat(stored(s, a, r)).isEqualTo(before);
        assertThat(of(queue(DevTokens.auditor(), Map.of("within", "P2M")), s)).containsExactly("CORRECTION_CHECK_IN_DUE 2031-04-04 false INFO");
    }

    @Test
    void publicityItemsComeFromTheUnitsAndTheirActivities() {
        UUID u = UUID.randomUUID();
        UUID act = UUID.randomUUID();
        // the year asked for is that of the change (the event's time, Beijing day), so the bureau's day follows it here
        CloudEvent registered = send("justice.publicity.v1", "publicity.responsible-unit.registered", "/publicity-service",
                u, 1, null, unit(u, null));
        clock.at(registered.time());
        java.time.LocalDate today = registered.time().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
        int year = today.getYear();
        send("justice.publicity.v1", "publicity.activity.planned", "/publicity-service", act, 1, ZELA,
                activity(act, "PLANNED", today.minusDays(1).toString(), u));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath q = queue(DevTokens.auditor(), Map.of("orgCode", COUNTY, "within", "P2Y"));
            assertThat(of(q, u)).containsExactly(yearList(year, today));
            assertThat(of(q, act)).containsExactly("PUBLICITY_PLANNED_ACTIVITY_DUE " + today.minusDays(1) + " true OVERDUE");
        });
        JsonPath q = queue(DevTokens.auditor(), Map.of("orgCode", COUNTY, "within", "P2Y"));
        Map<String, Object> item = q.<Map<String, Object>>getList("items").stream()
                .filter(i -> u.toString().equals(i.get("recordId"))).findFirst().orElseThrow();
        assertThat(item).containsEntry("service", "publicity").containsEntry("recordType", "responsible-unit")
                .containsEntry("title", "普法责任清单报送期限 " + year + "-03-31");
        assertThat(item.get("townshipCode")).as("a county record").isNull();
        assertThat(of(queue(DevTokens.townshipOfficer(ZELA), Map.of()), act)).hasSize(1);

        // the year's list filed: next year's is asked for; the activity cancelled: gone
        send("justice.publicity.v1", "publicity.responsible-unit.year-planned", "/publicity-service", u, 2, null, unit(u, year, year));
        send("justice.publicity.v1", "publicity.activity.cancelled", "/publicity-service", act, 2, ZELA,
                activity(act, "CANCELLED", today.minusDays(1).toString(), u).put("cancelledOn", today.toString()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath later = queue(DevTokens.auditor(), Map.of("orgCode", COUNTY, "within", "P2Y"));
            assertThat(of(later, u)).containsExactly(yearList(year + 1, today));
            assertThat(of(later, act)).isEmpty();
        });
    }

    /** The unit's item for the list of {@code year}, as of → "KIND dueOn overdue severity". */
    private static String yearList(int year, java.time.LocalDate today) {
        java.time.LocalDate due = java.time.LocalDate.of(year, 3, 31);
        return "PUBLICITY_UNIT_YEAR_LIST_DUE " + due + " " + Severity.overdue(due, today) + " " + Severity.of(due, today);
    }

    @Test
    void badKindOrWithinIsAProblem() {
        given().auth().oauth2(DevTokens.auditor()).queryParam("kind", "NOPE").get("/api/v1/work-queue").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        for (String within : new String[]{"7D", "P-1D", "PT1H", "P11Y"}) {
            given().auth().oauth2(DevTokens.auditor()).queryParam("within", within).get("/api/v1/work-queue").then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("within"));
        }
        given().auth().oauth2(DevTokens.auditor()).queryParam("size", 201).get("/api/v1/work-queue").then().statusCode(400);
        given().get("/api/v1/work-queue").then().statusCode(401);
    }

    static Connection db() throws SQLException {
        return DriverManager.getConnection(PostgresDatabases.jdbcUrl("gateway_test"), PostgresDatabases.user(), PostgresDatabases.password());
    }

    static boolean processed(UUID eventId) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("SELECT 1 FROM processed_event WHERE event_id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The stored items of the records, every column but none of the database's own. */
    static List<String> stored(UUID... ids) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("SELECT aggregate_id, kind, service, record_type, "
                + "county_code, township_code, due_on, title, version, event_time FROM work_item WHERE aggregate_id = ANY(?) "
                + "ORDER BY aggregate_id, kind")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= 10; i++) {
                        b.append(rs.getString(i)).append('|');
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
