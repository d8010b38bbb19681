package cn.justice.publicity;

import cn.justice.testing.DevTokens;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.justice.publicity.Fixtures.ACTIVITIES;
import static cn.justice.publicity.Fixtures.JIMI;
import static cn.justice.publicity.Fixtures.SMS;
import static cn.justice.publicity.Fixtures.SURVEYS;
import static cn.justice.publicity.Fixtures.UNITS;
import static cn.justice.publicity.Fixtures.act;
import static cn.justice.publicity.Fixtures.activity;
import static cn.justice.publicity.Fixtures.createActivity;
import static cn.justice.publicity.Fixtures.createUnit;
import static cn.justice.publicity.Fixtures.events;
import static cn.justice.publicity.Fixtures.figures;
import static cn.justice.publicity.Fixtures.post;
import static cn.justice.publicity.Fixtures.put;
import static cn.justice.publicity.Fixtures.survey;
import static cn.justice.testing.EventChecks.envelopes;
import static cn.justice.testing.EventChecks.types;
import static cn.justice.testing.EventChecks.versions;
import static org.assertj.core.api.Assertions.assertThat;

/** Each change puts exactly one CloudEvent on justice.publicity.v1, in order, matching docs/events.md. */
@QuarkusTest
class PublicityEventsTest {
    private static void checkEnvelope(List<TopicReader.Message> msgs, String id, String township) {
        envelopes(msgs, "publicity-service", id, township);
    }

    @Test
    void activityPlannedUpdatedHeldCorrected() {
        String unit = createUnit("X县法院 " + System.nanoTime(), "COURT");
        String id = createActivity(JIMI, unit, "2025-10-01");
        var edit = activity(JIMI, unit, "2025-10-02");
        edit.put("title", "以案释法进企业");
        edit.put("venue", "ENTERPRISE");
        edit.put("format", "CASE_EXPLANATION");
        put(DevTokens.countyAdmin(), ACTIVITIES + "/" + id, edit).then().statusCode(200);
        act(ACTIVITIES, id, "hold", figures("2025-10-02", 100, 200));
        act(ACTIVITIES, id, "correct", figures("2025-10-02", 80, 200));

        List<TopicReader.Message> msgs = events(id, 4);
        assertThat(types(msgs)).containsExactly("publicity.activity.planned", "publicity.activity.updated",
                "publicity.activity.held", "publicity.activity.corrected");
        assertThat(versions(msgs)).containsExactly(1L, 2L, 3L, 4L);
        checkEnvelope(msgs, id, JIMI);
        assertThat(msgs).allSatisfy(m -> assertThat(m.value().toString()).doesNotContain("以案释法进企业")
                .doesNotContain("宪法宣传周进校园"));

        JsonNode planned = msgs.get(0).value().get("data");
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("participants").isNull()).isTrue();
        assertThat(planned.get("organizerUnitId").asText()).isEqualTo(unit);
        JsonNode updated = msgs.get(1).value().get("data");
        assertThat(updated.get("venue").asText()).isEqualTo("ENTERPRISE");
        assertThat(updated.get("heldOn").asText()).isEqualTo("2025-10-02");
        JsonNode held = msgs.get(2).value().get("data");
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("participants").asInt()).isEqualTo(100);
        assertThat(held.get("materialsDistributed").asInt()).isEqualTo(200);
        JsonNode corrected = msgs.get(3).value().get("data");
        assertThat(corrected.get("participants").asInt()).isEqualTo(80);
        assertThat(corrected.get("correctionCount").asInt()).isEqualTo(1);
        assertThat(corrected.get("targetGroups").get(0).asText()).isEqualTo("YOUTH");
    }

    @Test
    void activityCancelled() {
        String unit = createUnit("X县检察院 " + System.nanoTime(), "PROCURATORATE");
        String id = createActivity(JIMI, unit, "2025-10-01");
        act(ACTIVITIES, id, "cancel", Map.of("reason", "联系人李四生病"));
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(types(msgs)).containsExactly("publicity.activity.planned", "publicity.activity.cancelled");
        checkEnvelope(msgs, id, JIMI);
        JsonNode d = msgs.get(1).value().get("data");
        assertThat(d.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(d.get("cancelledOn").isNull()).isFalse();
        assertThat(msgs.get(1).value().toString()).doesNotContain("李四");
    }

    @Test
    void smsCampaignRecordedAndUpdatedCountyWide() {
        String id = post(DevTokens.countyAdmin(), SMS, Map.of("sentOn", "2025-06-26", "messagesSent", 12000,
                "theme", "ANTI_DRUG")).then().statusCode(201).extract().path("id");
        put(DevTokens.countyAdmin(), SMS + "/" + id, Map.of("sentOn", "2025-06-26", "messagesSent", 12500,
                "theme", "ANTI_DRUG")).then().statusCode(200);
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(types(msgs)).containsExactly("publicity.sms-campaign.recorded", "publicity.sms-campaign.updated");
        assertThat(versions(msgs)).containsExactly(1L, 2L);
        checkEnvelope(msgs, id, null);
        assertThat(msgs.get(0).value().get("data").get("townshipCode").isNull()).isTrue();
        assertThat(msgs.get(0).value().get("data").get("messagesSent").asInt()).isEqualTo(12000);
        assertThat(msgs.get(1).value().get("data").get("messagesSent").asInt()).isEqualTo(12500);
    }

    @Test
    void responsibleUnitRegisteredUpdatedYearPlanned() {
        String name = "X县市场监管局 " + System.nanoTime();
        String id = createUnit(name, "ADMIN_AGENCY");
        put(DevTokens.countyAdmin(), UNITS + "/" + id, Map.of("name", name, "kind", "OTHER")).then().statusCode(200);
        put(DevTokens.countyAdmin(), UNITS + "/" + id + "/years/2025",
                Map.of("items", List.of("食品安全法宣传", "广告法宣传"), "plannedActivities", 6)).then().statusCode(200);
        List<TopicReader.Message> msgs = events(id, 3);
        assertThat(types(msgs)).containsExactly("publicity.responsible-unit.registered",
                "publicity.responsible-unit.updated", "publicity.responsible-unit.year-planned");
        assertThat(versions(msgs)).containsExactly(1L, 2L, 3L);
        checkEnvelope(msgs, id, null);
        assertThat(msgs).allSatisfy(m -> assertThat(m.value().toString()).doesNotContain("市场监管局")
                .doesNotContain("食品安全法宣传"));
        JsonNode planned = msgs.get(2).value().get("data");
        assertThat(planned.get("year").asInt()).isEqualTo(2025);
        assertThat(planned.get("kind").asText()).isEqualTo("OTHER");
        assertThat(planned.get("years").get(0).get("plannedActivities").asInt()).isEqualTo(6);
        assertThat(planned.get("years").get(0).get("itemCount").asInt()).isEqualTo(2);
        assertThat(msgs.get(0).value().get("data").get("year").isNull()).isTrue();
    }

    @Test
    void surveyRecordedAndUpdated() {
        String id = post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2024, 400, 372, 360)).then().statusCode(201)
                .extract().path("id");
        put(DevTokens.countyAdmin(), SURVEYS + "/" + id, Map.of("year", 2024, "respondents", 400, "aware", 380,
                "satisfied", 360)).then().statusCode(200);
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(types(msgs)).containsExactly("publicity.survey.recorded", "publicity.survey.updated");
        checkEnvelope(msgs, id, JIMI);
        JsonNode d = msgs.get(1).value().get("data");
        assertThat(d.get("year").asInt()).isEqualTo(2024);
        assertThat(d.get("respondents").asInt()).isEqualTo(400);
        assertThat(d.get("aware").asInt()).isEqualTo(380);
        assertThat(d.get("satisfied").asInt()).isEqualTo(360);
    }
}
