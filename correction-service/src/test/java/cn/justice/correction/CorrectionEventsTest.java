package cn.justice.correction;

import cn.justice.testing.DevTokens;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.justice.correction.Fixtures.RELEASED;
import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.act;
import static cn.justice.correction.Fixtures.events;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.put;
import static cn.justice.correction.Fixtures.released;
import static cn.justice.correction.Fixtures.subject;
import static cn.justice.testing.EventChecks.envelopes;
import static cn.justice.testing.EventChecks.types;
import static cn.justice.testing.EventChecks.versions;
import static cn.justice.testing.EventChecks.without;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each change puts exactly one CloudEvent on justice.correction.v1, in order, matching docs/events.md, carrying the
 * whole state the gateway needs and no personal data.
 */
@QuarkusTest
class CorrectionEventsTest {
    static final String LUOWU = "519901203";

    private static void checkEnvelope(List<TopicReader.Message> msgs, String id, String township, String... secrets) {
        envelopes(msgs, "correction-service", id, township);
        without(msgs, secrets);
    }

    @Test
    void everySubjectActionEmitsOneEventWithTheWholeState() {
        String idNo = idNumber(LocalDate.of(1983, 9, 9));
        Map<String, Object> body = subject(LUOWU, "司马懿", idNo, "2025-01-10");
        String id = post(DevTokens.countyAdmin(), SUBJECTS, body).then().statusCode(201).extract().path("id");
        Map<String, Object> edit = new java.util.HashMap<>(body);
        edit.keySet().removeAll(List.of("name", "idNumber", "townshipCode", "receivedOn"));
        edit.put("sentence", "有期徒刑两年，缓刑两年");
        put(DevTokens.countyAdmin(), SUBJECTS + "/" + id, edit).then().statusCode(200);
        act(SUBJECTS, id, "report", Map.of("reportedOn", "2025-01-18"));
        act(SUBJECTS, id, "classify", Map.of("level", "STRICT", "reason", "赌博恶习", "on", "2025-01-20"));
        act(SUBJECTS, id, "admonish", Map.of("reason", "迟到训诫", "on", "2025-01-25"));
        act(SUBJECTS, id, "warn", Map.of("reason", "夜不归宿警告", "on", "2025-01-26"));
        act(SUBJECTS, id, "leave", Map.of("from", "2025-02-01", "to", "2025-02-03", "destination", "攀枝花市某街道", "reason", "探望母亲"));
        act(SUBJECTS, id, "monitoring/start", Map.of("from", "2025-02-10", "to", "2025-05-09", "deviceId", "DEV-778899",
                "approvedBy", "王局长", "reason", "严管对象", "ground", "PROHIBITION_VIOLATED"));
        act(SUBJECTS, id, "monitoring/start", Map.of("from", "2025-05-01", "to", "2025-07-31", "deviceId", "DEV-778899",
                "approvedBy", "王局长", "reason", "续期", "ground", "PROHIBITION_VIOLATED"));
        act(SUBJECTS, id, "monitoring/stop", Map.of("on", "2025-06-15", "reason", "表现良好"));
        act(SUBJECTS, id, "lost-contact", Map.of("on", "2025-07-01", "note", "手机关机"));
        act(SUBJECTS, id, "check-in", Map.of("on", "2025-07-05", "method", "VIDEO"));
        act(SUBJECTS, id, "reoffend", Map.of("on", "2025-08-01", "offence", "聚众斗殴"));
        act(SUBJECTS, id, "propose-revocation", Map.of("on", "2025-08-05", "grounds", List.of("REOFFENDED"), "note", "提请撤销缓刑收监"));
        act(SUBJECTS, id, "revoke", Map.of("on", "2025-08-20", "court", "X县人民法院", "rulingNo", "(2025)川刑更秘99号"));

        List<TopicReader.Message> msgs = events(id, 15);
        assertThat(types(msgs)).containsExactly("correction.subject.registered", "correction.subject.updated",
                "correction.subject.reported", "correction.subject.classified", "correction.subject.admonished",
                "correction.subject.warned", "correction.subject.leave-approved", "correction.subject.monitoring-started",
                "correction.subject.monitoring-renewed", "correction.subject.monitoring-stopped",
                "correction.subject.lost-contact", "correction.subject.checked-in", "correction.subject.reoffended",
                "correction.subject.revocation-proposed", "correction.subject.revoked");
        assertThat(versions(msgs)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        checkEnvelope(msgs, id, LUOWU, "司马", idNo, idNo.substring(6, 14), "1983-09-09", "盗窃", "有期徒刑", "娱乐场所",
                "赌博", "训诫", "夜不归宿", "攀枝花", "探望", "DEV-778899", "王局长", "手机关机", "聚众斗殴", "收监", "彝族",
                "X县人民法院", "川刑更秘99号");

        JsonNode registered = msgs.get(0).value().get("data");
        assertThat(registered.get("status").asText()).isEqualTo("PENDING_REPORT");
        assertThat(registered.get("receivedOn").asText()).isEqualTo("2025-01-11");
        assertThat(registered.get("reportDueOn").asText()).isEqualTo("2025-01-20");
        assertThat(registered.get("reportedOn").isNull()).isTrue();
        assertThat(registered.get("missingPeriods").size()).isZero();
        JsonNode reported = msgs.get(2).value().get("data");
        assertThat(reported.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(reported.get("reportType").asText()).isEqualTo("ON_TIME");
        assertThat(msgs.get(3).value().get("data").get("supervisionLevel").asText()).isEqualTo("STRICT");
        assertThat(msgs.get(5).value().get("data").get("warningCount").asInt()).isEqualTo(1);
        JsonNode renewed = msgs.get(8).value().get("data").get("monitoringPeriods");
        assertThat(renewed.toString()).isEqualTo("[{\"from\":\"2025-02-10\",\"to\":\"2025-05-10\"},"
                + "{\"from\":\"2025-05-10\",\"to\":\"2025-08-01\"}]");
        assertThat(msgs.get(9).value().get("data").get("monitoringPeriods").get(1).get("to").asText()).isEqualTo("2025-06-15");
        JsonNode lost = msgs.get(10).value().get("data");
        assertThat(lost.get("status").asText()).isEqualTo("MISSING");
        assertThat(lost.get("missingPeriods").toString()).isEqualTo("[{\"from\":\"2025-07-01\",\"to\":null}]");
        JsonNode back = msgs.get(11).value().get("data");
        assertThat(back.get("missingPeriods").toString()).isEqualTo("[{\"from\":\"2025-07-01\",\"to\":\"2025-07-05\"}]");
        assertThat(back.get("lastCheckInOn").asText()).isEqualTo("2025-07-05");
        assertThat(msgs.get(12).value().get("data").get("reoffendedOn").asText()).isEqualTo("2025-08-01");
        JsonNode proposed = msgs.get(13).value().get("data");
        assertThat(proposed.get("status").asText()).isEqualTo("REVOCATION_PROPOSED");
        assertThat(proposed.get("proposalKind").asText()).isEqualTo("REVOCATION");
        assertThat(proposed.get("revocationProposedOn").asText()).isEqualTo("2025-08-05");
        assertThat(proposed.get("courtDueOn").asText()).isEqualTo("2025-09-04");
        assertThat(proposed.get("revocationProposalCount").asInt()).isEqualTo(1);
        assertThat(proposed.get("revocationRecommended").asBoolean()).isFalse(); // proposed already
        assertThat(proposed.get("revocationGrounds").toString()).isEqualTo("[\"REOFFENDED\"]");
        assertThat(proposed.get("intakeOnTime").asBoolean()).isTrue();
        JsonNode revoked = msgs.get(14).value().get("data");
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("endedOn").asText()).isEqualTo("2025-08-20");
        assertThat(revoked.get("reportedOn").asText()).isEqualTo("2025-01-18");
        assertThat(revoked.get("leaveCount").asInt()).isEqualTo(1);
        assertThat(revoked.get("courtDueOn").isNull()).isTrue();
    }

    /**
     * The gateway's work queue reads the due dates from the events (DESIGN §11): the next check-in under the configured
     * interval while supervised, and the oldest 训诫/警告 proposal still awaiting the county.
     */
    @Test
    void eventsCarryTheNextCheckInAndTheOpenSanctionProposal() {
        String id = post(DevTokens.countyAdmin(), SUBJECTS, subject(LUOWU, "2025-03-01")).then().statusCode(201).extract().path("id");
        act(SUBJECTS, id, "report", Map.of("reportedOn", "2025-03-05"));
        act(SUBJECTS, id, "classify", Map.of("level", "STRICT", "reason", "赌博恶习", "on", "2025-03-06"));
        act(SUBJECTS, id, "propose-sanction", Map.of("kind", "WARN", "reason", "未按时报告", "on", "2025-03-10"));
        act(SUBJECTS, id, "warn", Map.of("reason", "未按时报告", "on", "2025-03-12"));
        List<TopicReader.Message> msgs = events(id, 5);
        assertThat(types(msgs)).containsExactly("correction.subject.registered", "correction.subject.reported",
                "correction.subject.classified", "correction.subject.sanction-proposed", "correction.subject.warned");
        JsonNode registered = msgs.get(0).value().get("data");
        assertThat(registered.get("checkInDueOn").isNull()).isTrue(); // not reported yet
        assertThat(registered.get("sanctionProposedOn").isNull()).isTrue();
        assertThat(msgs.get(2).value().get("data").get("checkInDueOn").asText()).isEqualTo("2025-03-12"); // STRICT: weekly
        JsonNode proposed = msgs.get(3).value().get("data");
        assertThat(proposed.get("openSanctionProposals").asInt()).isEqualTo(1);
        assertThat(proposed.get("sanctionProposedOn").asText()).isEqualTo("2025-03-10");
        assertThat(proposed.get("healthReportDueOn").isNull()).isTrue(); // PROBATION: no health report
        JsonNode warned = msgs.get(4).value().get("data");
        assertThat(warned.get("openSanctionProposals").asInt()).isZero();
        assertThat(warned.get("sanctionProposedOn").isNull()).isTrue();
        checkEnvelope(msgs, id, LUOWU, "赌博", "未按时报告");
    }

    @Test
    void terminationAndDeathEvents() {
        String a = post(DevTokens.countyAdmin(), SUBJECTS, subject(LUOWU, "2024-01-10")).then().statusCode(201).extract().path("id");
        act(SUBJECTS, a, "report", Map.of("reportedOn", "2024-01-25"));
        act(SUBJECTS, a, "terminate", Map.of("on", "2025-01-09", "reason", "EXPIRED", "certificateNo", "JC-SECRET-77"));
        List<TopicReader.Message> msgs = events(a, 3);
        assertThat(types(msgs)).containsExactly("correction.subject.registered", "correction.subject.reported",
                "correction.subject.terminated");
        checkEnvelope(msgs, a, LUOWU, "JC-SECRET-77");
        JsonNode t = msgs.get(2).value().get("data");
        assertThat(t.get("terminationReason").asText()).isEqualTo("EXPIRED");
        assertThat(t.get("reportType").asText()).isEqualTo("LATE");
        assertThat(t.get("endedOn").asText()).isEqualTo("2025-01-09");

        String b = post(DevTokens.countyAdmin(), SUBJECTS, subject(LUOWU, "2024-01-10")).then().statusCode(201).extract().path("id");
        act(SUBJECTS, b, "report", Map.of("reportedOn", "2024-01-12"));
        act(SUBJECTS, b, "decease", Map.of("on", "2024-06-01"));
        msgs = events(b, 3);
        assertThat(types(msgs)).endsWith("correction.subject.deceased");
        checkEnvelope(msgs, b, LUOWU);
        assertThat(msgs.get(2).value().get("data").get("status").asText()).isEqualTo("DECEASED");
    }

    @Test
    void releasedPersonEvents() {
        String idNo = idNumber(LocalDate.of(1975, 2, 2));
        Map<String, Object> body = released(LUOWU, "诸葛亮", idNo, "2025-04-01");
        String id = post(DevTokens.countyAdmin(), RELEASED, body).then().statusCode(201).extract().path("id");
        Map<String, Object> edit = Map.of("releasedOn", "2025-04-02", "releasingInstitution", "X省第二监狱", "crime", "故意伤害罪");
        put(DevTokens.countyAdmin(), RELEASED + "/" + id, edit).then().statusCode(200);
        act(RELEASED, id, "connect", Map.of("on", "2025-04-02"));
        act(RELEASED, id, "assist", Map.of("on", "2025-04-20", "note", "走访其兄诸葛瑾家"));
        act(RELEASED, id, "place", Map.of("on", "2025-05-20", "placement", "FARMING"));
        act(RELEASED, id, "reoffend", Map.of("on", "2025-10-01"));
        act(RELEASED, id, "close", Map.of("on", "2025-11-01", "reason", "REIMPRISONED", "note", "因盗窃被判处有期徒刑"));
        List<TopicReader.Message> msgs = events(id, 7);
        assertThat(types(msgs)).containsExactly("correction.released-person.registered",
                "correction.released-person.updated", "correction.released-person.connected",
                "correction.released-person.assisted", "correction.released-person.placed",
                "correction.released-person.reoffended", "correction.released-person.closed");
        assertThat(versions(msgs)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        checkEnvelope(msgs, id, LUOWU, "诸葛", idNo, "1975-02-02", "监狱", "故意伤害", "有期徒刑");
        JsonNode first = msgs.get(0).value().get("data");
        assertThat(first.get("keyPerson").asBoolean()).isFalse();
        assertThat(first.get("supportPeriodEndsOn").asText()).isEqualTo("2030-04-01");
        assertThat(first.get("connectedOnTime").isNull()).isTrue();
        assertThat(msgs.get(5).value().get("data").get("reoffendedOn").asText()).isEqualTo("2025-10-01");
        assertThat(msgs.get(5).value().get("data").get("status").asText()).isEqualTo("PLACED");
        JsonNode last = msgs.get(6).value().get("data");
        assertThat(last.get("supportPeriodEndsOn").asText()).isEqualTo("2030-04-02");
        assertThat(last.get("connectedOnTime").asBoolean()).isTrue();
        assertThat(last.get("reoffendedOn").asText()).isEqualTo("2025-10-01");
        assertThat(last.get("closeReason").asText()).isEqualTo("REIMPRISONED");
        assertThat(last.get("status").asText()).isEqualTo("CLOSED");
        assertThat(last.get("releasedOn").asText()).isEqualTo("2025-04-02");
        assertThat(last.get("connectedOn").asText()).isEqualTo("2025-04-02");
        assertThat(last.get("placedOn").asText()).isEqualTo("2025-05-20");
        assertThat(last.get("placement").asText()).isEqualTo("FARMING");
        assertThat(last.get("assistanceCount").asInt()).isEqualTo(1);
        assertThat(last.get("lastAssistedOn").asText()).isEqualTo("2025-04-20");
        assertThat(last.get("closedOn").asText()).isEqualTo("2025-11-01");
    }
}
