package cn.justice.legalaid.dutylawyer;

import cn.justice.testing.DevTokens;
import cn.justice.testing.EventCatalogue;
import cn.justice.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.legalaid.Fixtures.CHENGGUAN;
import static cn.justice.legalaid.Fixtures.DUTY_LAWYER_SERVICES;
import static cn.justice.legalaid.Fixtures.JIMI;
import static cn.justice.legalaid.Fixtures.events;
import static cn.justice.legalaid.Fixtures.post;
import static cn.justice.legalaid.Fixtures.put;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * 值班律师 (法律援助法第30条, DESIGN §10.2): {@code duty-lawyer-services} through the API — roles, county-wide entries,
 * filters, paging, corrections, the sync feed and the events. Dates in 2019, which no other test of the module uses.
 */
@QuarkusTest
class DutyLawyerApiTest {
    static Map<String, Object> entry(String township, String date, String place, String kind, int count) {
        Map<String, Object> b = new HashMap<>(Map.of("date", date, "place", place, "kind", kind, "count", count));
        if (township != null) {
            b.put("townshipCode", township);
        }
        return b;
    }

    static String created(String token, Map<String, Object> body) {
        return post(token, DUTY_LAWYER_SERVICES, body).then().statusCode(201).header("ETag", "\"1\"")
                .extract().path("id");
    }

    @Test
    void recordedByTheRolesOfTheRegistersCountyWideByTheCountyOnly() {
        String county = created(DevTokens.countyAdmin(), entry(null, "2019-03-04", "DETENTION_CENTER", "ADVICE", 12));
        given().auth().oauth2(DevTokens.auditor()).get(DUTY_LAWYER_SERVICES + "/" + county).then().statusCode(200)
                .header("ETag", "\"1\"").body("townshipCode", equalTo(null)).body("countyCode", equalTo("519901"))
                .body("place", equalTo("DETENTION_CENTER")).body("kind", equalTo("ADVICE")).body("count", equalTo(12));
        String officer = DevTokens.townshipOfficer(JIMI);
        String jimi = created(officer, entry(JIMI, "2019-03-04", "COURT", "PLEA_WITNESS", 3));
        created(DevTokens.integration(), entry(CHENGGUAN, "2019-03-05", "PROCURATORATE", "OTHER", 1));
        // a township officer: not county-wide, not another township; an auditor writes nothing
        post(officer, DUTY_LAWYER_SERVICES, entry(null, "2019-03-04", "COURT", "ADVICE", 1)).then().statusCode(403);
        post(officer, DUTY_LAWYER_SERVICES, entry(CHENGGUAN, "2019-03-04", "COURT", "ADVICE", 1)).then().statusCode(403);
        post(DevTokens.auditor(), DUTY_LAWYER_SERVICES, entry(JIMI, "2019-03-04", "COURT", "ADVICE", 1)).then().statusCode(403);
        given().get(DUTY_LAWYER_SERVICES).then().statusCode(401);
        // reads: its township's and the county-wide entries; another township's is 404
        given().auth().oauth2(officer).get(DUTY_LAWYER_SERVICES + "/" + county).then().statusCode(200);
        given().auth().oauth2(officer).get(DUTY_LAWYER_SERVICES + "/" + jimi).then().statusCode(200);
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).get(DUTY_LAWYER_SERVICES + "/" + jimi).then()
                .statusCode(404);
        // corrections: a township officer not of a county-wide entry
        put(officer, DUTY_LAWYER_SERVICES + "/" + county, Map.of("date", "2019-03-04", "place", "DETENTION_CENTER",
                "kind", "ADVICE", "count", 13)).then().statusCode(403);
        put(officer, DUTY_LAWYER_SERVICES + "/" + jimi, Map.of("date", "2019-03-06", "place", "COURT",
                "kind", "PLEA_WITNESS", "count", 4, "version", 1)).then().statusCode(200).header("ETag", "\"2\"")
                .body("count", equalTo(4)).body("date", equalTo("2019-03-06")).body("townshipCode", equalTo(JIMI));
        put(officer, DUTY_LAWYER_SERVICES + "/" + jimi, Map.of("date", "2019-03-06", "place", "COURT",
                "kind", "PLEA_WITNESS", "count", 5, "version", 1)).then().statusCode(409);
        given().auth().oauth2(officer).header("If-Match", "\"1\"").contentType("application/json")
                .body(Map.of("date", "2019-03-06", "place", "COURT", "kind", "PLEA_WITNESS", "count", 5))
                .put(DUTY_LAWYER_SERVICES + "/" + jimi).then().statusCode(412);
        put(DevTokens.auditor(), DUTY_LAWYER_SERVICES + "/" + jimi, Map.of("date", "2019-03-06", "place", "COURT",
                "kind", "PLEA_WITNESS", "count", 5)).then().statusCode(403);
    }

    @Test
    void badInputIsA400Problem() {
        String admin = DevTokens.countyAdmin();
        post(admin, DUTY_LAWYER_SERVICES, entry(JIMI, "2019-04-01", "COURT", "ADVICE", 0)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("count"));
        post(admin, DUTY_LAWYER_SERVICES, entry(JIMI, "2999-04-01", "COURT", "ADVICE", 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        post(admin, DUTY_LAWYER_SERVICES, entry(JIMI, "2019-04-01", "POLICE_STATION", "ADVICE", 1)).then().statusCode(400);
        post(admin, DUTY_LAWYER_SERVICES, entry(JIMI, "2019-04-01", "COURT", "DEFENCE", 1)).then().statusCode(400);
        post(admin, DUTY_LAWYER_SERVICES, entry("519901999", "2019-04-01", "COURT", "ADVICE", 1)).then().statusCode(400);
        Map<String, Object> noPlace = entry(JIMI, "2019-04-01", "COURT", "ADVICE", 1);
        noPlace.remove("place");
        post(admin, DUTY_LAWYER_SERVICES, noPlace).then().statusCode(400).body("errors[0].field", equalTo("place"));
        given().auth().oauth2(admin).queryParam("place", "MOON").get(DUTY_LAWYER_SERVICES).then().statusCode(400);
        given().auth().oauth2(admin).queryParam("size", 201).get(DUTY_LAWYER_SERVICES).then().statusCode(400);
        given().auth().oauth2(admin).queryParam("from", "2019-05-01").queryParam("to", "2019-04-01")
                .get(DUTY_LAWYER_SERVICES).then().statusCode(400);
        given().auth().oauth2(admin).get(DUTY_LAWYER_SERVICES + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void repeatedCreateWithTheSameIdAndBody() {
        Map<String, Object> b = entry(JIMI, "2019-05-02", "COURT", "ADVICE", 2);
        b.put("id", UUID.randomUUID().toString());
        post(DevTokens.countyAdmin(), DUTY_LAWYER_SERVICES, b).then().statusCode(201);
        post(DevTokens.countyAdmin(), DUTY_LAWYER_SERVICES, b).then().statusCode(200).body("version", equalTo(1));
        b.put("count", 3);
        post(DevTokens.countyAdmin(), DUTY_LAWYER_SERVICES, b).then().statusCode(409);
    }

    @Test
    void listFiltersByDatesTownshipPlaceAndKindAndPages() {
        String admin = DevTokens.countyAdmin();
        String a = created(admin, entry(JIMI, "2019-06-03", "DETENTION_CENTER", "ADVICE", 5));
        String b = created(admin, entry(JIMI, "2019-06-04", "COURT", "PLEA_WITNESS", 2));
        String c = created(admin, entry(CHENGGUAN, "2019-06-05", "PROCURATORATE", "PLEA_WITNESS", 1));
        String d = created(admin, entry(null, "2019-06-06", "DETENTION_CENTER", "OTHER", 9));
        String e = created(admin, entry(JIMI, "2019-07-01", "COURT", "ADVICE", 1));
        var june = given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-06-30")
                .queryParam("size", 200);
        june.get(DUTY_LAWYER_SERVICES).then().statusCode(200).body("total", equalTo(4))
                .body("items.id", equalTo(List.of(d, c, b, a))); // default sort: date desc
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-07-31")
                .queryParam("townshipCode", JIMI).get(DUTY_LAWYER_SERVICES).then().statusCode(200)
                .body("items.id", equalTo(List.of(e, b, a)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-07-31")
                .queryParam("place", "DETENTION_CENTER").get(DUTY_LAWYER_SERVICES).then().statusCode(200)
                .body("items.id", equalTo(List.of(d, a)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-07-31")
                .queryParam("kind", "PLEA_WITNESS").queryParam("sort", "date,asc").get(DUTY_LAWYER_SERVICES).then()
                .statusCode(200).body("items.id", equalTo(List.of(b, c)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-07-31")
                .queryParam("countyWide", "true").get(DUTY_LAWYER_SERVICES).then().statusCode(200)
                .body("items.id", equalTo(List.of(d)));
        given().auth().oauth2(DevTokens.auditor()).queryParam("from", "2019-06-01").queryParam("to", "2019-07-31")
                .queryParam("size", 2).queryParam("page", 1).get(DUTY_LAWYER_SERVICES).then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(5))
                .body("items.id", equalTo(List.of(c, b)));
        // a township officer's list: its own and the county-wide entries, filtered silently
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).queryParam("from", "2019-06-01").queryParam("to", "2019-06-30")
                .get(DUTY_LAWYER_SERVICES).then().statusCode(200).body("items.id", equalTo(List.of(d, b, a)))
                .body("items.townshipCode", not(hasItem(CHENGGUAN)));
        // the sync feed
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).get(DUTY_LAWYER_SERVICES + "/changes").then()
                .statusCode(200).body("items.id", hasItem(c)).body("items.id", hasItem(d)).body("items.id", not(hasItem(a)))
                .body("items.version", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @Test
    void eachChangeIsOneEventMatchingTheCatalogue() {
        String id = created(DevTokens.countyAdmin(), entry(null, "2019-08-01", "DETENTION_CENTER", "PLEA_WITNESS", 4));
        put(DevTokens.countyAdmin(), DUTY_LAWYER_SERVICES + "/" + id, Map.of("date", "2019-08-02",
                "place", "DETENTION_CENTER", "kind", "PLEA_WITNESS", "count", 6)).then().statusCode(200);
        // unchanged: no event
        put(DevTokens.countyAdmin(), DUTY_LAWYER_SERVICES + "/" + id, Map.of("date", "2019-08-02",
                "place", "DETENTION_CENTER", "kind", "PLEA_WITNESS", "count", 6)).then().statusCode(200)
                .body("version", equalTo(2));
        List<TopicReader.Message> msgs = events(id, 2);
        assertThat(msgs.stream().map(m -> m.value().get("type").asText()).toList()).containsExactly(
                "legal-aid.duty-lawyer-service.recorded", "legal-aid.duty-lawyer-service.updated");
        EventCatalogue catalogue = EventCatalogue.load();
        for (TopicReader.Message m : msgs) {
            JsonNode e = m.value();
            assertThat(catalogue.check(e)).as("matches docs/events.md: " + e).isEmpty();
            assertThat(e.get("source").asText()).isEqualTo("/legal-aid-service");
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.has("townshipcode")).isFalse();
            assertThat(e.get("data").get("dutyLawyerServiceId").asText()).isEqualTo(id);
            assertThat(e.get("data").get("version").asLong()).isEqualTo(e.get("aggregateversion").asLong());
        }
        JsonNode updated = msgs.get(1).value().get("data");
        assertThat(updated.get("count").asInt()).isEqualTo(6);
        assertThat(updated.get("date").asText()).isEqualTo("2019-08-02");
        assertThat(updated.get("place").asText()).isEqualTo("DETENTION_CENTER");
        assertThat(updated.get("kind").asText()).isEqualTo("PLEA_WITNESS");
        assertThat(updated.get("townshipCode").isNull()).isTrue();
    }
}
