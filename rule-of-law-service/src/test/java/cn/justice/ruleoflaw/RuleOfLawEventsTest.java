package cn.justice.ruleoflaw;

import cn.justice.testing.DevTokens;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.justice.testing.Residents.ADULT_ID;
import static cn.justice.ruleoflaw.Fixtures.APPLICANT_NAME;
import static cn.justice.ruleoflaw.Fixtures.PHONE;
import static cn.justice.ruleoflaw.Fixtures.RECONSIDERATIONS;
import static cn.justice.ruleoflaw.Fixtures.REVIEWS;
import static cn.justice.ruleoflaw.Fixtures.act;
import static cn.justice.ruleoflaw.Fixtures.events;
import static cn.justice.ruleoflaw.Fixtures.post;
import static cn.justice.ruleoflaw.Fixtures.put;
import static cn.justice.ruleoflaw.Fixtures.receive;
import static cn.justice.ruleoflaw.Fixtures.reconsideration;
import static cn.justice.testing.EventChecks.envelopes;
import static cn.justice.testing.EventChecks.types;
import static cn.justice.testing.EventChecks.without;
import static org.assertj.core.api.Assertions.assertThat;

/** Each change puts exactly one CloudEvent on justice.rule-of-law.v1, in order, matching docs/events.md, without personal data. */
@QuarkusTest
class RuleOfLawEventsTest {
    static void checkEnvelope(List<TopicReader.Message> msgs, String id, String township) {
        envelopes(msgs, "rule-of-law-service", id, township);
    }

    @Test
    void reconsiderationReceivedAcceptedExtendedDecidedWithoutTheApplicant() {
        String id = receive(reconsideration("2025-03-01", "2025-03-03"));
        Map<String, Object> edit = reconsideration("2025-03-01", "2025-03-03");
        edit.put("actionType", "COMPULSION");
        put(DevTokens.countyAdmin(), RECONSIDERATIONS + "/" + id, edit).then().statusCode(200);
        act(RECONSIDERATIONS, id, "accept", Map.of("procedure", "ORDINARY", "acceptedOn", "2025-03-07"));
        act(RECONSIDERATIONS, id, "extend", Map.of("days", 20, "reason", "鉴定耗时", "on", "2025-04-30"));
        act(RECONSIDERATIONS, id, "decide", Map.of("decision", "CONFIRM_ILLEGAL", "decidedOn", "2025-05-20"));

        List<TopicReader.Message> msgs = events(id, 5);
        assertThat(types(msgs)).containsExactly("rule-of-law.reconsideration.received", "rule-of-law.reconsideration.updated",
                "rule-of-law.reconsideration.accepted", "rule-of-law.reconsideration.extended",
                "rule-of-law.reconsideration.decided");
        assertThat(msgs.stream().map(m -> m.value().get("aggregateversion").asLong()).toList()).containsExactly(1L, 2L, 3L, 4L, 5L);
        checkEnvelope(msgs, id, null);
        without(msgs, APPLICANT_NAME, "欧", ADULT_ID, PHONE, "X县自然资源局", "鉴定耗时");
        JsonNode received = msgs.get(0).value().get("data");
        assertThat(received.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("acceptanceDueOn").asText()).isEqualTo("2025-03-10");
        assertThat(received.get("acceptanceOnTime").isNull()).isTrue();
        assertThat(msgs.get(1).value().get("data").get("actionType").asText()).isEqualTo("COMPULSION");
        JsonNode accepted = msgs.get(2).value().get("data");
        assertThat(accepted.get("procedure").asText()).isEqualTo("ORDINARY");
        assertThat(accepted.get("decisionDueOn").asText()).isEqualTo("2025-05-06");
        assertThat(accepted.get("acceptanceOnTime").asBoolean()).isTrue();
        assertThat(msgs.get(3).value().get("data").get("decisionDueOn").asText()).isEqualTo("2025-05-26");
        JsonNode decided = msgs.get(4).value().get("data");
        assertThat(decided.get("decision").asText()).isEqualTo("CONFIRM_ILLEGAL");
        assertThat(decided.get("corrected").asBoolean()).isTrue();
        assertThat(decided.get("closedOn").asText()).isEqualTo("2025-05-20");
        assertThat(decided.get("closedOnTime").asBoolean()).isTrue();
    }

    @Test
    void reconsiderationRejectedAndSettled() {
        String rejected = receive(reconsideration("2025-03-01", "2025-03-03"));
        act(RECONSIDERATIONS, rejected, "reject", Map.of("reason", "申请人欧阳明月撤回", "rejectedOn", "2025-03-05"));
        List<TopicReader.Message> r = events(rejected, 2);
        assertThat(types(r)).containsExactly("rule-of-law.reconsideration.received", "rule-of-law.reconsideration.rejected");
        checkEnvelope(r, rejected, null);
        without(r, APPLICANT_NAME, "撤回");
        assertThat(r.get(1).value().get("data").get("rejectedOn").asText()).isEqualTo("2025-03-05");

        String settled = receive(reconsideration("2025-03-01", "2025-03-03"));
        act(RECONSIDERATIONS, settled, "accept", Map.of("procedure", "SIMPLE", "acceptedOn", "2025-03-04"));
        act(RECONSIDERATIONS, settled, "settle", Map.of("on", "2025-03-20", "note", "双方和解"));
        List<TopicReader.Message> s = events(settled, 3);
        assertThat(types(s)).containsExactly("rule-of-law.reconsideration.received", "rule-of-law.reconsideration.accepted",
                "rule-of-law.reconsideration.settled");
        checkEnvelope(s, settled, null);
        without(s, "双方和解");
        assertThat(s.get(2).value().get("data").get("corrected").asBoolean()).isFalse();
        assertThat(s.get(2).value().get("data").get("decision").isNull()).isTrue();
    }

    @Test
    void documentReviewReceivedToFiled() {
        String id = post(DevTokens.countyAdmin(), REVIEWS, Map.of("title", "X县城乡居民临时救助办法", "draftingUnit", "X县民政局",
                "receivedOn", "2025-09-26")).then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), REVIEWS + "/" + id, Map.of("title", "X县城乡居民临时救助实施办法", "draftingUnit", "X县民政局",
                "receivedOn", "2025-09-26")).then().statusCode(200);
        act(REVIEWS, id, "start-review", Map.of("on", "2025-09-29"));
        act(REVIEWS, id, "issue-opinion", Map.of("opinion", "LAWFUL", "opinionNo", "X司审〔2025〕12号", "issuedOn", "2025-10-20"));
        act(REVIEWS, id, "file", Map.of("registrationNo", "XDFG-2025-003", "documentNo", "X府规〔2025〕3号",
                "publishedOn", "2025-11-01", "filedOn", "2025-11-10"));
        List<TopicReader.Message> msgs = events(id, 5);
        assertThat(types(msgs)).containsExactly("rule-of-law.document-review.received", "rule-of-law.document-review.updated",
                "rule-of-law.document-review.review-started", "rule-of-law.document-review.opinion-issued",
                "rule-of-law.document-review.filed");
        checkEnvelope(msgs, id, null);
        without(msgs, "临时救助", "民政局", "X司审", "XDFG", "X府规");
        JsonNode issued = msgs.get(3).value().get("data");
        assertThat(issued.get("dueOn").asText()).isEqualTo("2025-10-23");
        assertThat(issued.get("opinion").asText()).isEqualTo("LAWFUL");
        assertThat(issued.get("reviewedOnTime").asBoolean()).isTrue();
        JsonNode filed = msgs.get(4).value().get("data");
        assertThat(filed.get("status").asText()).isEqualTo("FILED");
        assertThat(filed.get("publishedOn").asText()).isEqualTo("2025-11-01");
        assertThat(filed.get("filedOn").asText()).isEqualTo("2025-11-10");
    }
}
