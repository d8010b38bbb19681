package cn.justice.publicity.stats;

import cn.justice.testing.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.justice.publicity.Fixtures.ACTIVITIES;
import static cn.justice.publicity.Fixtures.CHENGGUAN;
import static cn.justice.publicity.Fixtures.JIMI;
import static cn.justice.publicity.Fixtures.SMS;
import static cn.justice.publicity.Fixtures.STATS;
import static cn.justice.publicity.Fixtures.SURVEYS;
import static cn.justice.publicity.Fixtures.UNITS;
import static cn.justice.publicity.Fixtures.XINCHA;
import static cn.justice.publicity.Fixtures.act;
import static cn.justice.publicity.Fixtures.activity;
import static cn.justice.publicity.Fixtures.createActivity;
import static cn.justice.publicity.Fixtures.createUnit;
import static cn.justice.publicity.Fixtures.events;
import static cn.justice.publicity.Fixtures.figures;
import static cn.justice.publicity.Fixtures.get;
import static cn.justice.publicity.Fixtures.post;
import static cn.justice.publicity.Fixtures.put;
import static cn.justice.publicity.Fixtures.survey;
import static org.assertj.core.api.Assertions.assertThat;

/** The source-of-truth measures of GET …/stats. Each test uses years no other test writes. */
@QuarkusTest
class PublicityStatsTest {

    private static JsonPath stats(String org, String from, String to) {
        return get(DevTokens.countyAdmin(), STATS + "?orgCode=" + org + "&from=" + from + "&to=" + to)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long m(JsonPath p, String measure) {
        return p.getLong("measures." + measure);
    }

    @Test
    void aCorrectionReplacesTheFiguresWithoutDoubleCounting() {
        String unit = createUnit("X县司法局 更正 " + System.nanoTime(), "JUSTICE");
        String id = createActivity(XINCHA, unit, "2013-05-10");
        act(ACTIVITIES, id, "hold", figures("2013-05-10", 100, 40));
        JsonPath before = stats(XINCHA, "2013-01-01", "2013-12-31");
        assertThat(m(before, "participants")).isEqualTo(100);
        act(ACTIVITIES, id, "correct", figures("2013-05-10", 80, 40));
        JsonPath after = stats(XINCHA, "2013-01-01", "2013-12-31");
        assertThat(m(after, "participants")).isEqualTo(80);
        assertThat(m(after, "activities_held")).isEqualTo(1);
        assertThat(m(after, "materials_distributed")).isEqualTo(40);
        assertThat(m(stats("519901", "2013-01-01", "2013-12-31"), "participants")).isEqualTo(80);

        var msgs = events(id, 3);
        assertThat(msgs).extracting(x -> x.value().get("type").asText()).containsExactly(
                "publicity.activity.planned", "publicity.activity.held", "publicity.activity.corrected");
        assertThat(msgs).extracting(x -> x.value().get("aggregateversion").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(msgs.get(2).value().get("data").get("participants").asInt()).isEqualTo(80);

        // a correction can move the activity to another date: it leaves the old range
        act(ACTIVITIES, id, "correct", figures("2014-01-02", 80, 40));
        assertThat(m(stats(XINCHA, "2013-01-01", "2013-12-31"), "activities_held")).isZero();
        assertThat(m(stats(XINCHA, "2014-01-01", "2014-01-31"), "participants")).isEqualTo(80);
    }

    @Test
    void measuresOfTheCountyAndATownship() {
        String unit = createUnit("X县教育局 " + System.nanoTime(), "ADMIN_AGENCY");
        // JIMI: two SCHOOL activities and one VILLAGE activity held; CHENGGUAN: one SCHOOL held, one planned, one cancelled
        String[][] held = {{JIMI, "SCHOOL", "2012-03-01", "100", "10"}, {JIMI, "SCHOOL", "2012-04-01", "50", "5"},
                {JIMI, "VILLAGE", "2012-05-01", "30", "3"}, {CHENGGUAN, "SCHOOL", "2012-06-01", "20", "2"}};
        for (String[] h : held) {
            var body = activity(h[0], unit, h[2]);
            body.put("venue", h[1]);
            String id = post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(201).extract().path("id");
            act(ACTIVITIES, id, "hold", figures(h[2], Integer.parseInt(h[3]), Integer.parseInt(h[4])));
        }
        createActivity(CHENGGUAN, unit, "2012-07-01");
        String cancelled = createActivity(CHENGGUAN, unit, "2012-07-02");
        act(ACTIVITIES, cancelled, "cancel", Map.of());
        // held in 2011: outside the range
        String early = createActivity(JIMI, unit, "2011-12-31");
        act(ACTIVITIES, early, "hold", figures("2011-12-31", 1000, 1000));

        post(DevTokens.countyAdmin(), SMS, Map.of("sentOn", "2012-06-26", "messagesSent", 10000, "theme", "ANTI_DRUG"))
                .then().statusCode(201);
        post(DevTokens.countyAdmin(), SMS, Map.of("townshipCode", JIMI, "sentOn", "2012-06-27", "messagesSent", 700,
                "theme", "ANTI_DRUG")).then().statusCode(201);
        post(DevTokens.countyAdmin(), SMS, Map.of("townshipCode", JIMI, "sentOn", "2013-01-01", "messagesSent", 5,
                "theme", "ANTI_DRUG")).then().statusCode(201);

        post(DevTokens.countyAdmin(), SURVEYS, survey(JIMI, 2012, 400, 372, 360)).then().statusCode(201);
        post(DevTokens.countyAdmin(), SURVEYS, survey(CHENGGUAN, 2012, 100, 90, 80)).then().statusCode(201);

        JsonPath county = stats("519901", "2012-01-01", "2012-12-31");
        assertThat(county.getString("orgCode")).isEqualTo("519901");
        assertThat(county.getString("from")).isEqualTo("2012-01-01");
        assertThat(m(county, "activities_held")).isEqualTo(4);
        assertThat(m(county, "participants")).isEqualTo(200);
        assertThat(m(county, "materials_distributed")).isEqualTo(20);
        assertThat(m(county, "sms_sent")).isEqualTo(10700);
        assertThat(m(county, "seven_into_covered")).isEqualTo(3);
        assertThat(m(county, "townships_total")).isEqualTo(6);
        assertThat(m(county, "survey_respondents")).isEqualTo(500);
        assertThat(m(county, "survey_aware")).isEqualTo(462);
        assertThat(m(county, "survey_satisfied")).isEqualTo(440);
        assertThat(county.getMap("measures").keySet()).containsExactlyInAnyOrderElementsOf(List.of("activities_held",
                "participants", "materials_distributed", "sms_sent", "seven_into_covered", "townships_total",
                "survey_respondents", "survey_aware", "survey_satisfied", "units_plan_items", "units_activities_planned",
                "units_activities_held", "activities_case_explanation"));

        JsonPath jimi = stats(JIMI, "2012-01-01", "2012-12-31");
        assertThat(m(jimi, "activities_held")).isEqualTo(3);
        assertThat(m(jimi, "participants")).isEqualTo(180);
        assertThat(m(jimi, "sms_sent")).isEqualTo(700);
        assertThat(m(jimi, "seven_into_covered")).isEqualTo(2);
        assertThat(m(jimi, "townships_total")).isEqualTo(1);
        assertThat(m(jimi, "survey_aware")).isEqualTo(372);

        JsonPath firstHalf = stats(JIMI, "2012-01-01", "2012-03-31");
        assertThat(m(firstHalf, "activities_held")).isEqualTo(1);
        assertThat(m(firstHalf, "survey_respondents")).isEqualTo(400);
        // a survey counts on 1 January of its year, as in the gateway's read model: not in a range that starts later
        JsonPath fromApril = stats(JIMI, "2012-04-01", "2012-12-31");
        assertThat(m(fromApril, "survey_respondents")).isZero();

        get(DevTokens.townshipOfficer(JIMI), STATS + "?orgCode=" + JIMI + "&from=2012-01-01&to=2012-12-31").then().statusCode(200);
        get(DevTokens.townshipOfficer(JIMI), STATS + "?orgCode=519901&from=2012-01-01&to=2012-12-31").then().statusCode(403);
        get(DevTokens.countyAdmin(), STATS + "?orgCode=519901999&from=2012-01-01&to=2012-12-31").then().statusCode(400);
        get(DevTokens.countyAdmin(), STATS + "?orgCode=519901&from=2012-12-31&to=2012-01-01").then().statusCode(400);
        get(DevTokens.countyAdmin(), STATS + "?orgCode=519901&from=2012-01-01").then().statusCode(400);
    }

    /**
     * DESIGN §10.3, seed §二(一): 谁执法谁普法 — units_plan_items and units_activities_planned from the units' year plans
     * (each year on its 1 January; county records, so 0 for a township), units_activities_held (HELD activities of a
     * responsible unit, by heldOn); 以案释法 — activities_case_explanation (HELD, format CASE_EXPLANATION).
     */
    @Test
    void responsibleUnitsPlansAndCaseExplanations() {
        String a = createUnit("X县公安局 " + System.nanoTime(), "POLICE");
        String b = createUnit("X县人民法院 " + System.nanoTime(), "COURT");
        put(DevTokens.countyAdmin(), UNITS + "/" + a + "/years/2010",
                Map.of("items", List.of("反诈宣传", "禁毒宣传", "交通安全"), "plannedActivities", 4)).then().statusCode(200);
        put(DevTokens.countyAdmin(), UNITS + "/" + a + "/years/2011",
                Map.of("items", List.of("宪法宣传"), "plannedActivities", 2)).then().statusCode(200);
        put(DevTokens.countyAdmin(), UNITS + "/" + b + "/years/2010",
                Map.of("items", List.of("以案释法进乡村"), "plannedActivities", 2)).then().statusCode(200);
        held(JIMI, a, "LECTURE", "2010-03-01");
        held(JIMI, a, "CASE_EXPLANATION", "2010-04-01");
        held(CHENGGUAN, b, "CASE_EXPLANATION", "2010-05-01");
        var planned = activity(CHENGGUAN, b, "2010-06-01");
        planned.put("format", "CASE_EXPLANATION");
        post(DevTokens.countyAdmin(), ACTIVITIES, planned).then().statusCode(201);
        var cancelled = activity(CHENGGUAN, b, "2010-07-01");
        cancelled.put("format", "CASE_EXPLANATION");
        String c = post(DevTokens.countyAdmin(), ACTIVITIES, cancelled).then().statusCode(201).extract().path("id");
        act(ACTIVITIES, c, "cancel", Map.of());

        JsonPath county = stats("519901", "2010-01-01", "2010-12-31");
        assertThat(m(county, "units_plan_items")).isEqualTo(4);
        assertThat(m(county, "units_activities_planned")).isEqualTo(6);
        assertThat(m(county, "units_activities_held")).isEqualTo(3);
        assertThat(m(county, "activities_case_explanation")).isEqualTo(2);
        JsonPath twoYears = stats("519901", "2010-01-01", "2011-12-31");
        assertThat(m(twoYears, "units_plan_items")).isEqualTo(5);
        assertThat(m(twoYears, "units_activities_planned")).isEqualTo(8);
        // a year's plan counts on its 1 January, as the gateway counts it
        JsonPath fromFebruary = stats("519901", "2010-02-01", "2010-12-31");
        assertThat(m(fromFebruary, "units_plan_items")).isZero();
        assertThat(m(fromFebruary, "units_activities_planned")).isZero();
        assertThat(m(fromFebruary, "units_activities_held")).isEqualTo(3);
        JsonPath jimi = stats(JIMI, "2010-01-01", "2010-12-31");
        assertThat(m(jimi, "units_plan_items")).isZero();
        assertThat(m(jimi, "units_activities_planned")).isZero();
        assertThat(m(jimi, "units_activities_held")).isEqualTo(2);
        assertThat(m(jimi, "activities_case_explanation")).isEqualTo(1);
    }

    private static void held(String township, String unit, String format, String on) {
        var body = activity(township, unit, on);
        body.put("format", format);
        String id = post(DevTokens.countyAdmin(), ACTIVITIES, body).then().statusCode(201).extract().path("id");
        act(ACTIVITIES, id, "hold", figures(on, 30, 10));
    }
}
