package cn.justice.mediation.committee;

import cn.justice.testing.DevTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static cn.justice.mediation.RegisterFixtures.COMMITTEES;
import static cn.justice.mediation.RegisterFixtures.JIMI;
import static cn.justice.mediation.RegisterFixtures.committee;
import static cn.justice.mediation.RegisterFixtures.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** 人民调解法第8–9条 over HTTP: committee composition and term (DESIGN §10.3). */
@QuarkusTest
class CommitteeCompositionApiTest {
    static final LocalDate TODAY = cn.justice.testing.BureauDay.today();

    @Inject
    EntityManager em;

    static Map<String, Object> body(int members, Integer women, Integer minority, LocalDate termEndsOn) {
        Map<String, Object> b = committee(JIMI, "吉米镇人民调解委员会 " + UUID.randomUUID(), "TOWNSHIP", "2019-06-01");
        b.put("memberCount", members);
        b.put("womenMembers", women);
        b.put("minorityMembers", minority);
        b.put("termEndsOn", termEndsOn == null ? null : termEndsOn.toString());
        return b;
    }

    static Map<String, Object> edit(Map<String, Object> created, long version) {
        Map<String, Object> b = new HashMap<>(created);
        b.remove("townshipCode");
        b.put("version", version);
        return b;
    }

    @Test
    void aLawfulCompositionIsRecordedAndShown() {
        String id = post(DevTokens.townshipOfficer(JIMI), COMMITTEES, body(3, 1, 2, TODAY.plusYears(3))).then().statusCode(201)
                .body("memberCount", equalTo(3)).body("womenMembers", equalTo(1)).body("minorityMembers", equalTo(2))
                .body("termEndsOn", equalTo(TODAY.plusYears(3).toString())).body("compositionUnknown", equalTo(false))
                .extract().path("id");
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + id).then().statusCode(200)
                .body("womenMembers", equalTo(1));
        post(DevTokens.countyAdmin(), COMMITTEES, body(9, 4, 9, null)).then().statusCode(201);
        post(DevTokens.auditor(), COMMITTEES, body(5, 1, 1, null)).then().statusCode(403);
    }

    /** 第8条: 3 to 9 members, a woman, a minority member (multi-ethnic county, the default); 第9条: a 3-year term. */
    @Test
    void violationsAre422NamingTheArticle() {
        for (int members : new int[]{2, 10}) {
            post(DevTokens.countyAdmin(), COMMITTEES, body(members, 1, 1, null)).then().statusCode(422)
                    .body("type", equalTo("https://justice.local/problems/rule-violated"))
                    .body("rule", equalTo("committee-member-count"))
                    .body("detail", startsWith("人民调解法第8条: a committee has 3 to 9 members"));
        }
        post(DevTokens.countyAdmin(), COMMITTEES, body(5, 0, 1, null)).then().statusCode(422)
                .body("rule", equalTo("committee-women-members")).body("detail", startsWith("人民调解法第8条"));
        post(DevTokens.countyAdmin(), COMMITTEES, body(5, 1, 0, null)).then().statusCode(422)
                .body("rule", equalTo("committee-minority-members")).body("detail", startsWith("人民调解法第8条"));
        post(DevTokens.countyAdmin(), COMMITTEES, body(5, 1, 1, TODAY.plusYears(3).plusDays(1))).then().statusCode(422)
                .body("rule", equalTo("committee-term")).body("detail", startsWith("人民调解法第9条"));
        // bad input is a 400, never a 500
        post(DevTokens.countyAdmin(), COMMITTEES, body(5, 6, 1, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("womenMembers"));
        post(DevTokens.countyAdmin(), COMMITTEES, body(5, -1, 1, null)).then().statusCode(400)
                .body("errors[0].field", equalTo("womenMembers"));
        Map<String, Object> wrongType = body(5, 1, 1, null);
        wrongType.put("minorityMembers", "some");
        post(DevTokens.countyAdmin(), COMMITTEES, wrongType).then().statusCode(400);
        wrongType.put("minorityMembers", 1);
        wrongType.put("termEndsOn", "2027-02-30");
        post(DevTokens.countyAdmin(), COMMITTEES, wrongType).then().statusCode(400);
    }

    /**
     * Committees registered before the rule: an unknown composition (null) is flagged, not refused; a correction of
     * other fields passes even with an unlawful old memberCount, a changed one must be lawful; a composition once
     * recorded cannot be cleared.
     */
    @Test
    void recordsFromBeforeTheRuleStayValid() {
        Map<String, Object> legacy = body(5, null, null, null);
        String id = post(DevTokens.countyAdmin(), COMMITTEES, legacy).then().statusCode(201)
                .body("compositionUnknown", equalTo(true)).body("womenMembers", nullValue()).body("termEndsOn", nullValue())
                .extract().path("id");
        // as a migrated row may be: 12 members (the first wave allowed any count)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE committee SET member_count = 12 WHERE id = ?1").setParameter(1, UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(DevTokens.auditor()).get(COMMITTEES + "/" + id).then().statusCode(200)
                .body("memberCount", equalTo(12)).body("compositionUnknown", equalTo(true));
        Map<String, Object> rename = edit(legacy, 1);
        rename.put("memberCount", 12);
        rename.put("name", "更名 " + UUID.randomUUID());
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(rename).put(COMMITTEES + "/" + id)
                .then().statusCode(200).body("version", equalTo(2));
        Map<String, Object> tooMany = edit(rename, 2);
        tooMany.put("memberCount", 10);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(tooMany).put(COMMITTEES + "/" + id)
                .then().statusCode(422).body("rule", equalTo("committee-member-count"));
        Map<String, Object> lawful = edit(rename, 2);
        lawful.put("memberCount", 7);
        lawful.put("womenMembers", 2);
        lawful.put("minorityMembers", 5);
        lawful.put("termEndsOn", TODAY.plusYears(1).toString());
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).contentType(ContentType.JSON).body(lawful).put(COMMITTEES + "/" + id)
                .then().statusCode(200).body("compositionUnknown", equalTo(false)).body("womenMembers", equalTo(2));
        Map<String, Object> cleared = edit(lawful, 3);
        cleared.put("womenMembers", null);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(cleared).put(COMMITTEES + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("womenMembers"));
        Map<String, Object> noWomen = edit(lawful, 3);
        noWomen.put("womenMembers", 0);
        given().auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON).body(noWomen).put(COMMITTEES + "/" + id)
                .then().statusCode(422).body("rule", equalTo("committee-women-members"));
        given().auth().oauth2(DevTokens.auditor()).contentType(ContentType.JSON).body(lawful).put(COMMITTEES + "/" + id)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("size", 200).get(COMMITTEES).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.minorityMembers", equalTo(5));
    }
}
