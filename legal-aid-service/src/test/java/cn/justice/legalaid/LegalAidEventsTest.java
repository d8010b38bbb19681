package cn.justice.legalaid;

import cn.justice.testing.DevTokens;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.justice.testing.Residents.ADULT_ID;
import static cn.justice.legalaid.Fixtures.ADVISORS;
import static cn.justice.legalaid.Fixtures.APPLICATIONS;
import static cn.justice.legalaid.Fixtures.CONSULTATIONS;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.NOTARIZATIONS;
import static cn.justice.legalaid.Fixtures.WORKSTATIONS;
import static cn.justice.legalaid.Fixtures.act;
import static cn.justice.legalaid.Fixtures.applicant;
import static cn.justice.legalaid.Fixtures.application;
import static cn.justice.legalaid.Fixtures.events;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.put;
import static cn.justice.legalaid.Fixtures.receive;
import static cn.justice.testing.EventChecks.envelopes;
import static cn.justice.testing.EventChecks.types;
import static cn.justice.testing.EventChecks.versions;
import static cn.justice.testing.EventChecks.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Each change puts exactly one CloudEvent on justice.legal-aid.v1, in order, matching docs/events.md, without personal data. */
@QuarkusTest
class LegalAidEventsTest {
    private static void checkEnvelope(List<TopicReader.Message> msgs, String id, String township) {
        envelopes(msgs, "legal-aid-service", id, township);
    }

    @Test
    void applicationFromReceiptToClosing() {
        String id = receive(application(JIMI, "2025-03-03"));
        Map<String, Object> edit = new HashMap<>(Map.of("applicant", applicant(ADULT_ID, "MIGRANT_WORKER", "DISABLED"),
                "caseType", "LABOR_ARBITRATION", "matter", "LABOR_RELATION_PAY", "economicHardship", "VERIFIED"));
        put(DevTokens.countyAdmin(), APPLICATIONS + "/" + id, edit).then().statusCode(200);
        act(id, "review", Map.of("on", "2025-03-03"));
        act(id, "request-materials", Map.of("items", List.of("工资欠条原件"), "on", "2025-03-04"));
        act(id, "materials-received", Map.of("on", "2025-03-06"));
        act(id, "grant", Map.of("decidedOn", "2025-03-11", "note", "符合条件，王五陪同"));
        act(id, "assign", Map.of("provider", Map.of("kind", "LAWYER", "name", "李律师", "org", "X县正义律师事务所"),
                "assignedOn", "2025-03-12"));
        act(id, "close", Map.of("closedOn", "2025-08-30", "outcome", "PARTLY_WON", "note", "追回工资"));

        List<TopicReader.Message> msgs = events(id, 8);
        assertThat(types(msgs)).containsExactly("legal-aid.application.received", "legal-aid.application.updated",
                "legal-aid.application.review-started", "legal-aid.application.materials-requested",
                "legal-aid.application.materials-received", "legal-aid.application.granted",
                "legal-aid.application.assigned", "legal-aid.application.closed");
        assertThat(versions(msgs)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        checkEnvelope(msgs, id, JIMI);
        without(msgs, "张三丰", ADULT_ID, "13812341234", "李律师", "正义律师事务所", "工资欠条",
                "王五", "追回工资");

        JsonNode received = msgs.get(0).value().get("data");
        assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("eligible").asBoolean()).isTrue();
        assertThat(received.get("eligibilityArticles").toString()).isEqualTo("[\"第31条第五项\",\"第42条第三项\"]");
        assertThat(received.get("decisionDueOn").asText()).isEqualTo("2025-03-10");
        assertThat(received.get("decision").isNull()).isTrue();
        JsonNode updated = msgs.get(1).value().get("data");
        assertThat(updated.get("economicHardship").asText()).isEqualTo("VERIFIED");
        assertThat(updated.get("applicantGroups").toString()).isEqualTo("[\"DISABLED\",\"MIGRANT_WORKER\"]");
        // the requested materials' due date while the request is open (第43条; default 15 days), for the work queue
        assertThat(msgs.get(2).value().get("data").get("materialsDueOn").isNull()).isTrue();
        assertThat(msgs.get(3).value().get("data").get("materialsDueOn").asText()).isEqualTo("2025-03-19");
        assertThat(msgs.get(4).value().get("data").get("materialsDueOn").isNull()).isTrue();
        JsonNode waited = msgs.get(4).value().get("data");
        assertThat(waited.get("waitingDays").asInt()).isEqualTo(2);
        assertThat(waited.get("decisionDueOn").asText()).isEqualTo("2025-03-12");
        JsonNode granted = msgs.get(5).value().get("data");
        assertThat(granted.get("decision").asText()).isEqualTo("GRANTED");
        assertThat(granted.get("decidedOn").asText()).isEqualTo("2025-03-11");
        assertThat(granted.get("decidedWithinDeadline").asBoolean()).isTrue();
        JsonNode assigned = msgs.get(6).value().get("data");
        assertThat(assigned.get("providerKind").asText()).isEqualTo("LAWYER");
        assertThat(assigned.get("assignedWithinDeadline").asBoolean()).isTrue();
        JsonNode closed = msgs.get(7).value().get("data");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("decision").asText()).isEqualTo("GRANTED");
        assertThat(closed.get("closedOn").asText()).isEqualTo("2025-08-30");
        assertThat(closed.get("outcome").asText()).isEqualTo("PARTLY_WON");
    }

    @Test
    void applicationDeniedAndWithdrawn() {
        String denied = receive(application(JIMI, "2025-04-01"));
        act(denied, "review", Map.of("on", "2025-04-01"));
        act(denied, "deny", Map.of("decidedOn", "2025-04-02", "reason", "赵六有房产"));
        List<TopicReader.Message> msgs = events(denied, 3);
        assertThat(types(msgs)).containsExactly("legal-aid.application.received", "legal-aid.application.review-started",
                "legal-aid.application.denied");
        checkEnvelope(msgs, denied, JIMI);
        without(msgs, "赵六");
        JsonNode d = msgs.get(2).value().get("data");
        assertThat(d.get("deniedWhileEligible").asBoolean()).isTrue();
        assertThat(d.get("decision").asText()).isEqualTo("DENIED");

        String withdrawn = receive(application(JIMI, "2025-04-01"));
        act(withdrawn, "withdraw", Map.of("on", "2025-04-03"));
        List<TopicReader.Message> w = events(withdrawn, 2);
        assertThat(types(w)).containsExactly("legal-aid.application.received", "legal-aid.application.withdrawn");
        checkEnvelope(w, withdrawn, JIMI);
        assertThat(w.get(1).value().get("data").get("withdrawnOn").asText()).isEqualTo("2025-04-03");
    }

    @Test
    void consultationRecordedAndUpdated() {
        String id = post(DevTokens.countyAdmin(), CONSULTATIONS, Map.of("date", "2025-03-03", "channel", "WALK_IN",
                "townshipCode", JIMI, "topic", "钱七借款纠纷", "count", 3)).then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), CONSULTATIONS + "/" + id, Map.of("date", "2025-03-03", "channel", "WALK_IN",
                "topic", "钱七借款纠纷", "count", 4)).then().statusCode(200);
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(types(msgs)).containsExactly("legal-aid.consultation.recorded", "legal-aid.consultation.updated");
        assertThat(versions(msgs)).containsExactly(1L, 2L);
        checkEnvelope(msgs, id, JIMI);
        without(msgs, "钱七");
        assertThat(msgs.get(1).value().get("data").get("count").asInt()).isEqualTo(4);
    }

    @Test
    void workstationOpenedUpdatedClosed() {
        String id = post(DevTokens.countyAdmin(), WORKSTATIONS, Map.of("name", "吉米镇司法所工作站", "kind", "JUSTICE_OFFICE",
                "townshipCode", JIMI, "openedOn", "2022-01-01")).then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), WORKSTATIONS + "/" + id, Map.of("name", "吉米镇司法所工作站",
                "kind", "PUBLIC_LEGAL_SERVICE_STATION", "openedOn", "2022-01-01")).then().statusCode(200);
        act(WORKSTATIONS, id, "close", Map.of("closedOn", "2025-01-01"));
        List<TopicReader.Message> msgs = events(id, 3);
        assertThat(types(msgs)).containsExactly("legal-aid.workstation.opened", "legal-aid.workstation.updated",
                "legal-aid.workstation.closed");
        checkEnvelope(msgs, id, JIMI);
        without(msgs, "吉米镇司法所工作站");
        JsonNode closed = msgs.get(2).value().get("data");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("openedOn").asText()).isEqualTo("2022-01-01");
        assertThat(closed.get("closedOn").asText()).isEqualTo("2025-01-01");
        assertThat(closed.get("kind").asText()).isEqualTo("PUBLIC_LEGAL_SERVICE_STATION");
    }

    @Test
    void countyWideNotarizationRecordedAndUpdated() {
        String id = post(DevTokens.countyAdmin(), NOTARIZATIONS, Map.of("date", "2025-03-03", "kind", "CIVIL", "count", 5))
                .then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), NOTARIZATIONS + "/" + id, Map.of("date", "2025-03-04", "kind", "CIVIL", "count", 6))
                .then().statusCode(200);
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(types(msgs)).containsExactly("legal-aid.notarization.recorded", "legal-aid.notarization.updated");
        checkEnvelope(msgs, id, null);
        assertThat(msgs.get(0).value().get("data").get("townshipCode").isNull()).isTrue();
        assertThat(msgs.get(1).value().get("data").get("count").asInt()).isEqualTo(6);
        assertThat(msgs.get(1).value().get("data").get("date").asText()).isEqualTo("2025-03-04");
    }

    @Test
    void villageAdvisorAppointedUpdatedEnded() {
        String id = post(DevTokens.countyAdmin(), ADVISORS, Map.of("villageCode", "519901101204", "advisorName", "周律师",
                "firm", "X县明德律师事务所", "from", "2024-01-01")).then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), ADVISORS + "/" + id, Map.of("advisorName", "周律师", "firm", "X县明德律师事务所",
                "from", "2024-02-01")).then().statusCode(200);
        act(ADVISORS, id, "end", Map.of("to", "2025-01-31"));
        List<TopicReader.Message> msgs = events(id, 3);
        assertThat(types(msgs)).containsExactly("legal-aid.village-advisor.appointed", "legal-aid.village-advisor.updated",
                "legal-aid.village-advisor.ended");
        checkEnvelope(msgs, id, JIMI);
        without(msgs, "周律师", "明德律师事务所");
        JsonNode ended = msgs.get(2).value().get("data");
        assertThat(ended.get("villageCode").asText()).isEqualTo("519901101204");
        assertThat(ended.get("from").asText()).isEqualTo("2024-02-01");
        assertThat(ended.get("to").asText()).isEqualTo("2025-01-31");
        assertThat(ended.get("status").asText()).isEqualTo("ENDED");
    }
}
