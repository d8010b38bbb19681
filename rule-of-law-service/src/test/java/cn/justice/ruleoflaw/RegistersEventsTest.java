package cn.justice.ruleoflaw;

import cn.justice.testing.DevTokens;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.justice.ruleoflaw.Fixtures.ASSISTANCE;
import static cn.justice.ruleoflaw.Fixtures.HONOURS;
import static cn.justice.ruleoflaw.Fixtures.INSPECTIONS;
import static cn.justice.ruleoflaw.Fixtures.JIMI;
import static cn.justice.ruleoflaw.Fixtures.OFFICERS;
import static cn.justice.ruleoflaw.Fixtures.PROJECTS;
import static cn.justice.ruleoflaw.Fixtures.SELECTIONS;
import static cn.justice.ruleoflaw.Fixtures.act;
import static cn.justice.ruleoflaw.Fixtures.events;
import static cn.justice.ruleoflaw.Fixtures.post;
import static cn.justice.ruleoflaw.Fixtures.put;
import static cn.justice.ruleoflaw.RuleOfLawEventsTest.checkEnvelope;
import static cn.justice.testing.EventChecks.types;
import static cn.justice.testing.EventChecks.without;
import static org.assertj.core.api.Assertions.assertThat;

/** The registers' events on justice.rule-of-law.v1, matching docs/events.md, without names or free text. */
@QuarkusTest
class RegistersEventsTest {
    static String create(String path, Map<String, Object> body) {
        return post(DevTokens.countyAdmin(), path, body).then().statusCode(201).extract().path("id");
    }

    @Test
    void officerRegisteredUpdatedExaminedTrained() {
        String id = create(OFFICERS, Map.of("name", "钱二", "agency", "吉米镇综合行政执法队", "townshipCode", JIMI));
        put(DevTokens.countyAdmin(), OFFICERS + "/" + id, Map.of("name", "钱二", "agency", "吉米镇综合行政执法队",
                "certificateNo", "ZF-0099")).then().statusCode(200);
        act(OFFICERS, id, "exam", Map.of("date", "2022-06-01", "passed", true, "score", 88));
        act(OFFICERS, id, "train", Map.of("date", "2022-07-01", "hours", 6, "topic", "行政许可法专题"));
        List<TopicReader.Message> msgs = events(id, 4);
        assertThat(types(msgs)).containsExactly("rule-of-law.enforcement-officer.registered",
                "rule-of-law.enforcement-officer.updated", "rule-of-law.enforcement-officer.examined",
                "rule-of-law.enforcement-officer.trained");
        checkEnvelope(msgs, id, JIMI);
        without(msgs, "钱二", "执法队", "ZF-0099", "行政许可法专题");
        JsonNode last = msgs.get(3).value().get("data");
        assertThat(last.get("exams").toString()).isEqualTo("[{\"date\":\"2022-06-01\",\"passed\":true}]");
        assertThat(last.get("trainings").toString()).isEqualTo("[{\"date\":\"2022-07-01\",\"hours\":6}]");
    }

    @Test
    void inspectionSelectionHonour() {
        String i = create(INSPECTIONS, Map.of("agency", "X县交通运输局", "inspectedOn", "2022-05-20", "findings", 3, "rectified", 1));
        put(DevTokens.countyAdmin(), INSPECTIONS + "/" + i, Map.of("agency", "X县交通运输局", "inspectedOn", "2022-05-20",
                "findings", 3, "rectified", 3)).then().statusCode(200);
        List<TopicReader.Message> im = events(i, 2);
        assertThat(types(im)).containsExactly("rule-of-law.enforcement-inspection.recorded",
                "rule-of-law.enforcement-inspection.updated");
        checkEnvelope(im, i, null);
        without(im, "交通运输局");
        assertThat(im.get(1).value().get("data").get("rectified").asInt()).isEqualTo(3);

        String s = create(SELECTIONS, Map.of("kind", "JUROR", "year", 2022, "candidates", 90, "selected", 30));
        List<TopicReader.Message> sm = events(s, 1);
        assertThat(types(sm)).containsExactly("rule-of-law.assessor-selection.recorded");
        checkEnvelope(sm, s, null);
        assertThat(sm.get(0).value().get("data").get("selected").asInt()).isEqualTo(30);

        String h = create(HONOURS, Map.of("level", "COUNTY", "year", 2022, "title", "法治宣传先进单位", "awardee", "孙三"));
        put(DevTokens.countyAdmin(), HONOURS + "/" + h, Map.of("level", "PROVINCE", "year", 2022, "title", "法治宣传先进单位",
                "awardee", "孙三")).then().statusCode(200);
        List<TopicReader.Message> hm = events(h, 2);
        assertThat(types(hm)).containsExactly("rule-of-law.honour.recorded", "rule-of-law.honour.updated");
        checkEnvelope(hm, h, null);
        without(hm, "孙三", "先进单位");
        assertThat(hm.get(1).value().get("data").get("level").asText()).isEqualTo("PROVINCE");
    }

    @Test
    void projectAndAssistanceVillage() {
        String p = create(PROJECTS, Map.of("kind", "VIDEO_CONFERENCE", "name", "吉米镇视频会议室", "investment", 12.34,
                "townshipCode", JIMI));
        put(DevTokens.countyAdmin(), PROJECTS + "/" + p, Map.of("kind", "VIDEO_CONFERENCE", "name", "吉米镇视频会议室",
                "investment", 12.34, "completedOn", "2022-09-30")).then().statusCode(200);
        List<TopicReader.Message> pm = events(p, 2);
        assertThat(types(pm)).containsExactly("rule-of-law.project.recorded", "rule-of-law.project.updated");
        checkEnvelope(pm, p, JIMI);
        without(pm, "视频会议室");
        assertThat(pm.get(0).value().get("data").get("completedOn").isNull()).isTrue();
        assertThat(pm.get(1).value().get("data").get("investment").decimalValue()).isEqualByComparingTo("12.34");
        assertThat(pm.get(1).value().get("data").get("completedOn").asText()).isEqualTo("2022-09-30");

        String a = create(ASSISTANCE, Map.of("villageCode", "519901101203", "year", 2022, "cadres", 3, "funds", 20));
        List<TopicReader.Message> am = events(a, 1);
        assertThat(types(am)).containsExactly("rule-of-law.assistance-village.recorded");
        checkEnvelope(am, a, JIMI);
        assertThat(am.get(0).value().get("data").get("villageCode").asText()).isEqualTo("519901101203");
        assertThat(am.get(0).value().get("data").get("funds").decimalValue()).isEqualByComparingTo("20");
    }
}
