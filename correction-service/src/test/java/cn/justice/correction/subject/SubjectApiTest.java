package cn.justice.correction.subject;

import cn.justice.testing.DevTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.justice.correction.Fixtures.AUDIT;
import static cn.justice.correction.Fixtures.CHENGGUAN;
import static cn.justice.correction.Fixtures.JIMI;
import static cn.justice.correction.Fixtures.SUBJECTS;
import static cn.justice.correction.Fixtures.XINCHA;
import static cn.justice.correction.Fixtures.createSubject;
import static cn.justice.correction.Fixtures.get;
import static cn.justice.correction.Fixtures.idNumber;
import static cn.justice.correction.Fixtures.post;
import static cn.justice.correction.Fixtures.put;
import static cn.justice.correction.Fixtures.subject;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Registration, reads, personal-data protection, audit, scope, idempotency, lists and the sync feed of subjects. */
@QuarkusTest
class SubjectApiTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void registersPendingReportWithTheDueDateAndReadsBackMasked() {
        String id = idNumber(LocalDate.of(1990, 3, 7));
        String subjectId = post(DevTokens.countyAdmin(), SUBJECTS, subject(JIMI, "王小明", id, "2025-02-03"))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", "\"1\"")
                .body("status", equalTo("PENDING_REPORT"))
                .body("version", equalTo(1))
                .body("countyCode", equalTo("519901"))
                .body("reportDueOn", equalTo("2025-02-13"))
                .body("receivedOn", equalTo("2025-02-04"))
                .body("supervisionLevel", equalTo("ORDINARY"))
                .body("classifications.size()", equalTo(1))
                .body("classifications[0].level", equalTo("ORDINARY"))
                .body("subjectNo", startsWith("SQJZ2025-"))
                .body("name", equalTo("王**"))
                .body("idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("birthDate", nullValue())
                .body("masked", equalTo(true))
                .body("minor", equalTo(false))
                .body("reportOverdue", equalTo(true))
                .extract().path("id");
        get(DevTokens.auditor(), SUBJECTS + "/" + subjectId).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("王**")).body("crime", equalTo("盗窃罪")).body("birthDate", nullValue())
                .body("prohibitions", equalTo(List.of("禁止进入娱乐场所")));
    }

    @Test
    void personalDataIsEncryptedAtRest() throws SQLException {
        String id = idNumber(LocalDate.of(1979, 8, 1));
        String subjectId = createSubject(subject(JIMI, "赵钱孙", id, "2025-04-01"));
        String row = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("unmask", "true")
                .get(SUBJECTS + "/" + subjectId).then().statusCode(200).extract().path("idNumber");
        assertThat(row).isEqualTo(id);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT name_encrypted, id_number_encrypted, id_number_hash FROM subject WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(subjectId));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("赵钱孙");
                assertThat(rs.getString(2)).startsWith("v1:").doesNotContain(id).doesNotContain(id.substring(6, 14));
                assertThat(rs.getString(3)).hasSize(64).doesNotContain(id);
            }
        }
    }

    @Test
    void unmaskIsForCountyAdminsOnlyAndEveryReadIsAudited() {
        String id = idNumber(LocalDate.of(1988, 11, 30));
        String subjectId = createSubject(subject(JIMI, "欧阳娜娜", id, "2025-05-06"));

        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("unmask", "true")
                .header("X-Purpose", "%E5%AE%A1%E6%A0%B8%E8%BA%AB%E4%BB%BD") // 审核身份
                .get(SUBJECTS + "/" + subjectId).then().statusCode(200)
                .body("name", equalTo("欧阳娜娜")).body("idNumber", equalTo(id))
                .body("birthDate", equalTo("1988-11-30")).body("masked", equalTo(false));
        for (String token : List.of(DevTokens.auditor(), DevTokens.integration(), DevTokens.townshipOfficer(JIMI))) {
            given().auth().oauth2(token).queryParam("unmask", "true").get(SUBJECTS + "/" + subjectId)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body(not(org.hamcrest.Matchers.containsString(id)));
        }
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).header("X-Purpose", "monthly visit")
                .get(SUBJECTS + "/" + subjectId).then().statusCode(200).body("name", equalTo("欧***"));

        Response log = given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", subjectId).get(AUDIT);
        log.then().statusCode(200).body("total", equalTo(2));
        List<Map<String, Object>> items = log.jsonPath().getList("items");
        // newest first
        assertThat(items.get(0)).containsEntry("action", "READ").containsEntry("role", "township-officer")
                .containsEntry("recordType", "subject").containsEntry("purpose", "monthly visit")
                .containsEntry("actor", "test-township-officer");
        assertThat(items.get(1)).containsEntry("action", "UNMASK").containsEntry("role", "county-admin")
                .containsEntry("purpose", "审核身份");
        assertThat(items.get(0).get("at")).isNotNull();
        // the log is for auditors and county admins only
        given().auth().oauth2(DevTokens.townshipOfficer(JIMI)).get(AUDIT).then().statusCode(403);
        given().auth().oauth2(DevTokens.integration()).get(AUDIT).then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("recordId", subjectId).get(AUDIT).then().statusCode(200);
        // a denied unmask and a list leave no trace
        given().auth().oauth2(DevTokens.auditor()).queryParam("idNumber", id).get(SUBJECTS).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(DevTokens.auditor()).queryParam("recordId", subjectId).get(AUDIT).then().body("total", equalTo(2));
    }

    @Test
    void minorsAreFlaggedAndUnmaskedOnlyByCountyAdmins() {
        String id = idNumber(LocalDate.of(2009, 4, 2)); // 16 when the judgment took effect
        Map<String, Object> b = subject(XINCHA, "李小龙", id, "2025-06-02");
        String subjectId = createSubject(b);
        get(DevTokens.townshipOfficer(XINCHA), SUBJECTS + "/" + subjectId).then().statusCode(200)
                .body("minor", equalTo(true)).body("name", equalTo("李**")).body("birthDate", nullValue());
        given().auth().oauth2(DevTokens.townshipOfficer(XINCHA)).queryParam("unmask", "true")
                .get(SUBJECTS + "/" + subjectId).then().statusCode(403);
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("unmask", "true")
                .get(SUBJECTS + "/" + subjectId).then().statusCode(200).body("name", equalTo("李小龙"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("minor", "true").queryParam("size", 200)
                .get(SUBJECTS).then().statusCode(200).body("items.id", hasItem(subjectId))
                .body("items.minor", not(hasItem(false)));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("minor", "false").queryParam("size", 200)
                .get(SUBJECTS).then().statusCode(200).body("items.id", not(hasItem(subjectId)));
    }

    @Test
    void idNumbersAreValidatedAndSearchedExactly() {
        String good = idNumber(LocalDate.of(1970, 1, 1));
        String bad = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        post(DevTokens.countyAdmin(), SUBJECTS, subject(JIMI, "钱多多", bad, "2025-01-05")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("idNumber"))
                .body(not(org.hamcrest.Matchers.containsString(bad)));
        Map<String, Object> wrongBirth = subject(JIMI, "钱多多", good, "2025-01-05");
        wrongBirth.put("birthDate", "1970-01-02");
        post(DevTokens.countyAdmin(), SUBJECTS, wrongBirth).then().statusCode(400).body("errors[0].field", equalTo("birthDate"));

        String a = createSubject(subject(JIMI, "钱多多", good, "2025-01-05"));
        createSubject(subject(CHENGGUAN, "孙少平", idNumber(LocalDate.of(1970, 1, 1)), "2025-01-05"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("idNumber", good.toLowerCase()).get(SUBJECTS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(a))
                .body("items[0].name", equalTo("钱**"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("idNumber", "12345").get(SUBJECTS)
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        // a township officer of another township does not find it
        given().auth().oauth2(DevTokens.townshipOfficer(CHENGGUAN)).queryParam("idNumber", good).get(SUBJECTS)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRejectsAnotherBody() {
        String key = "k-" + UUID.randomUUID();
        Map<String, Object> b = subject(JIMI, "2025-03-03");
        Response first = given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(SUBJECTS);
        first.then().statusCode(201);
        Response again = given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(b).post(SUBJECTS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(again.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("subjectNo", first.jsonPath().getString("subjectNo"))
                .get(SUBJECTS).then().body("total", equalTo(1));
        given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(subject(JIMI, "2025-03-04")).post(SUBJECTS)
                .then().statusCode(422).contentType("application/problem+json");
        // actions too
        String id = first.jsonPath().getString("id");
        String actionKey = "a-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(DevTokens.countyAdmin()).header("Idempotency-Key", actionKey).contentType(ContentType.JSON)
                    .body(Map.of("level", "STRICT", "reason", "复查")).post(SUBJECTS + "/" + id + "/classify")
                    .then().statusCode(200).body("version", equalTo(2)).body("classifications.size()", equalTo(2));
        }
    }

    @Test
    void clientSuppliedIdRepeatsAre200AndClashesAre409AndSubjectNumbersAreUnique() {
        UUID id = UUID.randomUUID();
        Map<String, Object> b = subject(JIMI, "2025-03-10");
        b.put("id", id.toString());
        b.put("subjectNo", "T-" + id.toString().substring(0, 8));
        post(DevTokens.townshipOfficer(JIMI), SUBJECTS, b).then().statusCode(201).body("id", equalTo(id.toString()))
                .body("subjectNo", equalTo(b.get("subjectNo")));
        post(DevTokens.townshipOfficer(JIMI), SUBJECTS, b).then().statusCode(200).body("id", equalTo(id.toString())).body("version", equalTo(1));
        b.put("crime", "诈骗罪");
        post(DevTokens.townshipOfficer(JIMI), SUBJECTS, b).then().statusCode(409).contentType("application/problem+json");
        b.remove("id");
        post(DevTokens.townshipOfficer(JIMI), SUBJECTS, b).then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("subjectNo"));
    }

    @Test
    void townshipOfficerIsConfinedToItsTownshipAndAuditorsOnlyRead() {
        String other = createSubject(CHENGGUAN, "2025-03-01");
        String own = post(DevTokens.townshipOfficer(JIMI), SUBJECTS, subject(JIMI, "2025-03-01")).then().statusCode(201).extract().path("id");

        post(DevTokens.townshipOfficer(JIMI), SUBJECTS, subject(CHENGGUAN, "2025-03-01")).then().statusCode(403)
                .contentType("application/problem+json");
        get(DevTokens.townshipOfficer(JIMI), SUBJECTS + "/" + other).then().statusCode(404).contentType("application/problem+json");
        post(DevTokens.townshipOfficer(JIMI), SUBJECTS + "/" + other + "/report", Map.of("reportedOn", "2025-03-05"))
                .then().statusCode(404);
        get(DevTokens.townshipOfficer(JIMI), SUBJECTS + "/" + own).then().statusCode(200);
        List<String> townships = given().auth().oauth2(DevTokens.townshipOfficer(JIMI))
                .queryParam("townshipCode", CHENGGUAN).queryParam("size", 200).get(SUBJECTS)
                .then().statusCode(200).extract().jsonPath().getList("items.townshipCode", String.class);
        assertThat(townships).isNotEmpty().containsOnly(JIMI);
        given().auth().oauth2(DevTokens.token("county-admin", null, "519902")).get(SUBJECTS + "/" + own).then().statusCode(404);

        post(DevTokens.auditor(), SUBJECTS, subject(JIMI, "2025-03-01")).then().statusCode(403).contentType("application/problem+json");
        post(DevTokens.auditor(), SUBJECTS + "/" + own + "/report", Map.of("reportedOn", "2025-03-05")).then().statusCode(403);
        given().get(SUBJECTS).then().statusCode(401);
    }

    @Test
    void updateChangesEditableFieldsWithOptimisticConcurrency() {
        String id = createSubject(JIMI, "2025-07-01");
        Map<String, Object> edit = new HashMap<>(subject(JIMI, "2025-07-02"));
        edit.keySet().removeAll(List.of("name", "idNumber", "gender", "birthDate", "receivedOn", "townshipCode"));
        edit.put("crime", "诈骗罪");
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body(edit).put(SUBJECTS + "/" + id).then().statusCode(412).contentType("application/problem+json");
        edit.put("version", 5);
        put(DevTokens.countyAdmin(), SUBJECTS + "/" + id, edit).then().statusCode(409)
                .body("type", equalTo("https://justice.local/problems/version-conflict"));
        edit.put("version", 1);
        given().auth().oauth2(DevTokens.countyAdmin()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(edit).put(SUBJECTS + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("crime", equalTo("诈骗罪")).body("reportDueOn", equalTo("2025-07-12"))
                .body("name", equalTo("张**")).body("status", equalTo("PENDING_REPORT"));
        // the name can be corrected without resending the ID number
        edit.remove("version");
        edit.put("name", "张三");
        put(DevTokens.countyAdmin(), SUBJECTS + "/" + id, edit).then().statusCode(200).body("name", equalTo("张*"));
        // a status or level in the body is ignored (unknown members), never applied
        edit.put("status", "TERMINATED");
        edit.put("supervisionLevel", "STRICT");
        put(DevTokens.countyAdmin(), SUBJECTS + "/" + id, edit).then().statusCode(200)
                .body("status", equalTo("PENDING_REPORT")).body("supervisionLevel", equalTo("ORDINARY"));
    }

    @Test
    void listsPageAndFilter() {
        for (int i = 0; i < 3; i++) {
            Map<String, Object> b = subject("519901203", "2024-0" + (i + 1) + "-10");
            b.put("category", "PAROLE");
            createSubject(b);
        }
        given().auth().oauth2(DevTokens.integration())
                .queryParam("townshipCode", "519901203").queryParam("category", "PAROLE")
                .queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("sort", "receivedOn,asc").queryParam("size", 2)
                .get(SUBJECTS).then().statusCode(200)
                .body("total", equalTo(3)).body("size", equalTo(2)).body("page", equalTo(0))
                .body("items.size()", equalTo(2))
                .body("items[0].receivedOn", equalTo("2024-01-11"))
                .body("items[1].receivedOn", equalTo("2024-02-11"))
                .body("items[0].name", equalTo("张**"));
        given().auth().oauth2(DevTokens.integration()).queryParam("status", "NOPE").get(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(DevTokens.integration()).queryParam("reportOverdue", "maybe").get(SUBJECTS).then().statusCode(400);
        given().auth().oauth2(DevTokens.integration()).queryParam("sort", "name").get(SUBJECTS).then().statusCode(400);
        given().auth().oauth2(DevTokens.integration()).queryParam("size", 201).get(SUBJECTS).then().statusCode(400);
    }

    @Test
    void syncFeedReturnsChangesAfterTheCursorInOrder() {
        Response start = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("limit", 1000).get(SUBJECTS + "/changes");
        start.then().statusCode(200).body("nextCursor", notNullValue());
        String cursor = start.jsonPath().getString("nextCursor");
        String a = createSubject(JIMI, "2025-08-01");
        String b = createSubject(JIMI, "2025-08-02");
        Response next = given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", cursor).get(SUBJECTS + "/changes");
        next.then().statusCode(200).body("items.id", equalTo(List.of(a, b))).body("items[0].version", equalTo(1))
                .body("items[0].name", equalTo("张**"));
        given().auth().oauth2(DevTokens.countyAdmin()).queryParam("since", "garbage!").get(SUBJECTS + "/changes")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void badInputIsA4xxProblemNeverA500() {
        String admin = DevTokens.countyAdmin();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{not json").post(SUBJECTS)
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> b = subject(JIMI, "2025-01-01");
        b.put("category", "EXILE");
        post(admin, SUBJECTS, b).then().statusCode(400).contentType("application/problem+json");
        b = subject(JIMI, "2025-01-01");
        b.put("townshipCode", "519901999");
        post(admin, SUBJECTS, b).then().statusCode(400).body("errors[0].field", equalTo("townshipCode"));
        b = subject(JIMI, "2025-01-01");
        b.put("correctionEnd", "2024-12-31");
        post(admin, SUBJECTS, b).then().statusCode(400).body("errors[0].field", equalTo("correctionEnd"));
        b = subject(JIMI, "2025-01-01");
        b.remove("crime");
        post(admin, SUBJECTS, b).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("crime"));
        b = subject(JIMI, "2025-01-01");
        b.put("judgmentEffectiveOn", "2025-13-45");
        post(admin, SUBJECTS, b).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).get(SUBJECTS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).get(SUBJECTS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("unmask", "perhaps").get(SUBJECTS + "/" + UUID.randomUUID()).then().statusCode(400);
    }
}
