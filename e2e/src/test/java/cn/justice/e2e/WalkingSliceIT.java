package cn.justice.e2e;

import cn.justice.testing.BureauDay;
import cn.justice.testing.AppProcess;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import cn.justice.testing.PostgresDatabases;
import cn.justice.testing.TopicReader;
import cn.justice.testing.TopicWriter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking slice, black-box: the packaged mediation-service (two instances on one database, as when scaled
 * out) and gateway, a real Kafka broker and PostgreSQL. A dispute registered through the gateway is counted by
 * MED_DISPUTES in the gateway's progress; the same event delivered twice counts once; with Kafka stopped, writes
 * succeed and the count catches up when it returns.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSliceIT {
    static final String TOPIC = "justice.mediation.v1";
    static final int YEAR = BureauDay.today().getYear();
    static KafkaBroker broker;
    static AppProcess mediation;
    static AppProcess mediation2;
    static AppProcess gateway;
    static AppProcess publicity;
    static AppProcess correction;
    static AppProcess legalAid;
    static AppProcess ruleOfLaw;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("e2e-kafka").start();
        PostgresDatabases.recreate("mediation_e2e");
        PostgresDatabases.recreate("gateway_e2e");
        PostgresDatabases.recreate("publicity_e2e");
        PostgresDatabases.recreate("correction_e2e");
        PostgresDatabases.recreate("legal_aid_e2e");
        PostgresDatabases.recreate("rule_of_law_e2e");
        Map<String, String> common = Map.of("justice.kafka.bootstrap", broker.bootstrapServers(),
                "justice.db.host", PostgresDatabases.host(), "justice.db.port", PostgresDatabases.port());
        Map<String, String> med = new java.util.HashMap<>(common);
        med.put("justice.db.name", "mediation_e2e");
        mediation = new AppProcess("mediation-service", med).start();
        mediation2 = new AppProcess("mediation-service", med).start();
        Map<String, String> pub = new java.util.HashMap<>(common);
        pub.put("justice.db.name", "publicity_e2e");
        publicity = new AppProcess("publicity-service", pub).start();
        Map<String, String> cor = new java.util.HashMap<>(common);
        cor.put("justice.db.name", "correction_e2e");
        correction = new AppProcess("correction-service", cor).start();
        Map<String, String> la = new java.util.HashMap<>(common);
        la.put("justice.db.name", "legal_aid_e2e");
        legalAid = new AppProcess("legal-aid-service", la).start();
        Map<String, String> rol = new java.util.HashMap<>(common);
        rol.put("justice.db.name", "rule_of_law_e2e");
        ruleOfLaw = new AppProcess("rule-of-law-service", rol).start();
        Map<String, String> gw = new java.util.HashMap<>(common);
        gw.put("justice.db.name", "gateway_e2e");
        gw.put("justice.gateway.services.mediation.url", mediation.url());
        gw.put("justice.gateway.services.publicity.url", publicity.url());
        gw.put("justice.gateway.services.correction.url", correction.url());
        gw.put("justice.gateway.services.legal-aid.url", legalAid.url());
        gw.put("justice.gateway.services.rule-of-law.url", ruleOfLaw.url());
        gateway = new AppProcess("gateway", gw).start();
        RestAssured.baseURI = gateway.url();
        RestAssured.port = gateway.port();
    }

    @AfterAll
    static void stopStack() {
        for (AutoCloseable c : new AutoCloseable[]{gateway, ruleOfLaw, legalAid, correction, publicity, mediation2, mediation, broker}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(DevTokens.countyAdmin());
    }

    static String register(String baseUrl, String township, String summary) {
        return given().baseUri(baseUrl).auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", township, "source", "SCREENING", "category", "NEIGHBOR",
                        "summary", summary, "registeredOn", BureauDay.today().toString(),
                        "parties", List.of(Map.of("name", "王五", "role", "APPLICANT"))))
                .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");
    }

    static int medDisputes(String org) {
        return admin().queryParam("orgCode", org).queryParam("year", YEAR)
                .get("/api/v1/plans/15th-fyp/progress").then().statusCode(200)
                .extract().path("indicators.find { it.code == 'MED_DISPUTES' }.numerator");
    }

    static double metric(AppProcess app, String name) {
        String text = given().baseUri(app.url()).get("/q/metrics").then().statusCode(200).extract().asString();
        return text.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    @Order(1)
    void aDisputeRegisteredThroughTheGatewayShowsInProgress() {
        int county = medDisputes("519901");
        int township = medDisputes("519901101");
        String id = register(gateway.url(), "519901101", "e2e 1");
        long t0 = System.nanoTime();
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(medDisputes("519901")).isEqualTo(county + 1));
        System.out.printf("write → visible in progress: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(medDisputes("519901101")).isEqualTo(township + 1);
        assertThat(medDisputes("519901100")).isZero();
        // the proxied read returns the record with the gateway's own address in links
        admin().get("/api/v1/mediation/disputes/" + id).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    @Order(2)
    void theMediationLifecycleThroughTheGatewayMovesTheRatesInProgress() {
        String town = "519901100";
        String committee = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "城关镇人民调解委员会", "type", "TOWNSHIP", "townshipCode", town,
                        "establishedOn", "2020-05-01", "memberCount", 5))
                .post("/api/v1/mediation/committees").then().statusCode(201).extract().path("id");
        Map<String, Boolean> allMet = new java.util.HashMap<>();
        for (String c : List.of("NAME_PLATE", "PREMISES", "RULES_DISPLAYED", "MIN_THREE_MEMBERS", "CASE_FILES_COMPLETE", "FILED_WITH_BUREAU")) {
            allMet.put(c, true);
        }
        admin().contentType(ContentType.JSON).body(Map.of("assessedOn", BureauDay.today().toString(), "criteria", allMet))
                .post("/api/v1/mediation/committees/" + committee + "/assess").then().statusCode(200)
                .body("standardized", org.hamcrest.Matchers.equalTo(true));
        String mediator = admin().contentType(ContentType.JSON)
                .body(Map.of("name", "吉克", "committeeId", committee, "kind", "PART_TIME", "traditional", true, "appointedOn", "2021-01-01"))
                .post("/api/v1/mediation/mediators").then().statusCode(201).extract().path("id");
        String[] outcomes = {"succeed", "succeed", "succeed", "fail"};
        for (String outcome : outcomes) {
            String id = given().baseUri(gateway.url()).auth().oauth2(DevTokens.townshipOfficer(town)).contentType(ContentType.JSON)
                    .body(Map.of("townshipCode", town, "committeeId", committee, "source", "SCREENING", "category", "NEIGHBOR",
                            "summary", "lifecycle", "registeredOn", BureauDay.today().toString(),
                            "parties", List.of(Map.of("name", "王五", "role", "APPLICANT"))))
                    .post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");
            admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("mediatorIds", List.of(mediator)))
                    .post("/api/v1/mediation/disputes/" + id + "/accept").then().statusCode(200).header("ETag", "\"2\"");
            Object body = outcome.equals("succeed")
                    ? Map.of("agreement", Map.of("form", "ORAL", "terms", "和解"))
                    : Map.of("reason", "分歧大", "referral", "LITIGATION");
            admin().contentType(ContentType.JSON).body(body).post("/api/v1/mediation/disputes/" + id + "/" + outcome)
                    .then().statusCode(200);
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var p = admin().queryParam("orgCode", town).queryParam("year", YEAR).get("/api/v1/plans/15th-fyp/progress")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(p.getDouble("indicators.find { it.code == 'MED_SUCCESS_RATE' }.actual")).isEqualTo(75.0);
            assertThat(p.getDouble("indicators.find { it.code == 'MED_STANDARDIZED_RATE' }.actual")).isEqualTo(100.0);
        });
    }

    @Test
    @Order(2)
    void publicityThroughTheGatewayMovesItsIndicatorsAndCorrectionsReplaceFigures() {
        String town = "519901202";
        String unit = admin().contentType(ContentType.JSON).body(Map.of("name", "县司法局", "kind", "JUSTICE"))
                .post("/api/v1/publicity/responsible-units").then().statusCode(201).extract().path("id");
        String officer = DevTokens.townshipOfficer(town);
        Map<String, Object> activity = new java.util.HashMap<>(Map.of("title", "宪法宣传周进校园", "theme", "CONSTITUTION",
                "heldOn", BureauDay.today().toString(), "townshipCode", town, "venue", "SCHOOL", "format", "LECTURE",
                "targetGroups", List.of("YOUTH"), "organizerUnitId", unit));
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON).body(activity)
                .post("/api/v1/publicity/activities").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("heldOn", BureauDay.today().toString(), "participants", 100, "materialsDistributed", 300))
                .post("/api/v1/publicity/activities/" + id + "/hold").then().statusCode(200).header("ETag", "\"2\"");
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("year", YEAR, "townshipCode", town, "respondents", 200, "aware", 184, "satisfied", 190))
                .post("/api/v1/publicity/surveys").then().statusCode(201);
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var p = given().auth().oauth2(officer).queryParam("year", YEAR).get("/api/v1/plans/15th-fyp/progress")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(p.getInt("indicators.find { it.code == 'PUB_ACTIVITIES' }.actual")).isEqualTo(1);
            assertThat(p.getInt("indicators.find { it.code == 'PUB_MATERIALS' }.actual")).isEqualTo(300);
            assertThat(p.getDouble("indicators.find { it.code == 'PUB_AWARENESS_RATE' }.actual")).isEqualTo(92.0);
        });
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("heldOn", BureauDay.today().toString(), "participants", 80, "materialsDistributed", 250))
                .post("/api/v1/publicity/activities/" + id + "/correct").then().statusCode(200);
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(given().auth().oauth2(officer).queryParam("year", YEAR).get("/api/v1/plans/15th-fyp/progress")
                        .then().extract().jsonPath().getInt("indicators.find { it.code == 'PUB_MATERIALS' }.actual")).isEqualTo(250));
    }

    static io.restassured.path.json.JsonPath progressOf(String org) {
        return admin().queryParam("orgCode", org).queryParam("year", YEAR).get("/api/v1/plans/15th-fyp/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    static double indicator(io.restassured.path.json.JsonPath p, String code, String field) {
        Object v = p.get("indicators.find { it.code == '" + code + "' }." + field);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    @Test
    @Order(2)
    void correctionThroughTheGatewayMovesItsIndicators() {
        String town = "519901201";
        LocalDate judgment = BureauDay.today().minusDays(3);
        String first17 = "519901" + "19850615" + "123";
        String idNumber = first17 + cn.justice.platform.personal.IdNumbers.checkCharacter(first17);
        Map<String, Object> subject = new java.util.HashMap<>(Map.of("name", "张三丰", "idNumber", idNumber, "gender", "MALE",
                "birthDate", "1985-06-15", "townshipCode", town, "category", "PROBATION", "crime", "盗窃罪",
                "sentence", "有期徒刑一年，缓刑一年", "decisionAuthority", "X县人民法院"));
        subject.put("judgmentEffectiveOn", judgment.toString());
        subject.put("correctionStart", judgment.toString());
        subject.put("correctionEnd", judgment.plusYears(1).minusDays(1).toString());
        subject.put("receivedOn", judgment.plusDays(1).toString());
        String officer = DevTokens.townshipOfficer(town);
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON).body(subject)
                .post("/api/v1/correction/subjects").then().statusCode(201)
                .body("name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.equalTo("张三丰")))
                .extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reportedOn", BureauDay.today().toString()))
                .post("/api/v1/correction/subjects/" + id + "/report").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ACTIVE")).body("reportType", org.hamcrest.Matchers.equalTo("ON_TIME"));
        String first17b = "519901" + "19800120" + "456";
        Map<String, Object> released = Map.of("name", "李四海", "idNumber", first17b + cn.justice.platform.personal.IdNumbers.checkCharacter(first17b),
                "gender", "MALE", "townshipCode", town, "releasedOn", BureauDay.today().minusDays(1).toString());
        String rid = given().auth().oauth2(officer).contentType(ContentType.JSON).body(released)
                .post("/api/v1/correction/released-persons").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("on", BureauDay.today().toString()))
                .post("/api/v1/correction/released-persons/" + rid + "/connect").then().statusCode(200);
        // DESIGN §10.1: a 重点帮教对象 connected a day after the release (必接必送 missed), then closed before placement;
        // released_connected_on_time counts the first person only, and the close keeps RES_CONNECT_RATE at 100
        String first17c = "519901" + "19790311" + "457";
        Map<String, Object> key = new java.util.HashMap<>(released);
        key.put("idNumber", first17c + cn.justice.platform.personal.IdNumbers.checkCharacter(first17c));
        key.put("keyPerson", true);
        String kid = given().auth().oauth2(officer).contentType(ContentType.JSON).body(key)
                .post("/api/v1/correction/released-persons").then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("on", BureauDay.today().toString()))
                .post("/api/v1/correction/released-persons/" + kid + "/connect").then().statusCode(200)
                .body("connectionLate", org.hamcrest.Matchers.equalTo(true));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("on", BureauDay.today().toString(), "reason", "MOVED_AWAY"))
                .post("/api/v1/correction/released-persons/" + kid + "/close").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CLOSED"));
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var p = progressOf(town);
            assertThat(indicator(p, "COR_ACTIVE", "actual")).isEqualTo(1.0);
            assertThat(indicator(p, "COR_REPORT_ON_TIME_RATE", "actual")).isEqualTo(100.0);
            assertThat(indicator(p, "COR_REOFFENSE_RATE", "denominator")).isEqualTo(1.0);
            assertThat(indicator(p, "COR_MISSING", "actual")).isEqualTo(0.0);
            assertThat(indicator(p, "RES_CONNECT_RATE", "actual")).isEqualTo(100.0);
        });
        // the gateway's database and the events hold no name or ID number: progress is all it knows
        assertThat(progressOf(town).prettify()).doesNotContain("张三丰").doesNotContain(idNumber);
    }

    @Test
    @Order(2)
    void legalAidThroughTheGatewayMovesItsIndicators() {
        String town = "519901100";
        String first17 = "519901" + "19900302" + "789";
        Map<String, Object> application = Map.of(
                "applicant", Map.of("name", "王小二", "idNumber", first17 + cn.justice.platform.personal.IdNumbers.checkCharacter(first17),
                        "phone", "13812341234", "groups", List.of("MIGRANT_WORKER")),
                "channel", "WALK_IN", "townshipCode", town, "caseType", "LABOR_ARBITRATION", "matter", "LABOR_RELATION_PAY",
                "economicHardship", "CLAIMED", "receivedOn", BureauDay.today().toString());
        String id = admin().contentType(ContentType.JSON).body(application).post("/api/v1/legal-aid/applications")
                .then().statusCode(201).body("eligible", org.hamcrest.Matchers.equalTo(true)).extract().path("id");
        admin().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/legal-aid/applications/" + id + "/review").then().statusCode(200);
        admin().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/legal-aid/applications/" + id + "/grant").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("GRANTED")).body("decidedWithinDeadline", org.hamcrest.Matchers.equalTo(true));
        admin().contentType(ContentType.JSON).body(Map.of("date", BureauDay.today().toString(), "channel", "HOTLINE_12348",
                "townshipCode", town, "topic", "劳动报酬", "count", 5)).post("/api/v1/legal-aid/consultations").then().statusCode(201);
        admin().contentType(ContentType.JSON).body(Map.of("name", "城关镇法律援助工作站", "kind", "JUSTICE_OFFICE", "townshipCode", town,
                "openedOn", "2021-03-01")).post("/api/v1/legal-aid/workstations").then().statusCode(201);
        admin().contentType(ContentType.JSON).body(Map.of("villageCode", town + "201", "advisorName", "刘律师", "firm", "X县律师事务所",
                "from", "2021-01-01")).post("/api/v1/legal-aid/village-advisors").then().statusCode(201);
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            var p = progressOf(town);
            assertThat(indicator(p, "LA_ELIGIBLE_ACCEPTANCE_RATE", "actual")).isEqualTo(100.0);
            assertThat(indicator(p, "LA_TIMELY_DECISION_RATE", "actual")).isEqualTo(100.0);
            assertThat(indicator(p, "LA_CONSULTATIONS", "actual")).isEqualTo(5.0);
            assertThat(indicator(p, "LA_WORKSTATION_COVERAGE", "actual")).isEqualTo(100.0);
            assertThat(indicator(p, "LA_ADVISOR_COVERAGE", "numerator")).isEqualTo(1.0);
            var county = progressOf("519901");
            assertThat(indicator(county, "LA_WORKSTATION_COVERAGE", "numerator")).isEqualTo(1.0);
            assertThat(indicator(county, "LA_WORKSTATION_COVERAGE", "denominator")).isEqualTo(6.0);
        });
    }

    @Test
    @Order(3)
    void reconciliationAgreesWithTheServiceAndFindsAPlantedDifference() {
        var clean = admin().queryParam("orgCode", "519901").queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/admin/reconciliation").then().statusCode(200).extract().jsonPath();
        assertThat(clean.getList("differences")).as("differences").isEmpty();
        // every measure of DESIGN §7 the read model keeps: mediation 8, correction 11, legal aid 12, publicity 8, and
        // the second wave's (§10): correction 1 (released_connected_on_time), legal aid 3 (assigned_within_deadline,
        // duty_lawyer_services, subsidies_paid), mediation 5, publicity 4 (townships_total and villages_total come
        // from the org directory and are not compared); rule of law (DESIGN §13) 25, every measure of its …/stats
        assertThat(clean.getInt("measuresCompared")).isEqualTo(77);
        assertThat(clean.getList("unchecked")).isEmpty();
        for (String township : List.of("519901100", "519901201", "519901202")) {
            var t = admin().queryParam("orgCode", township).queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                    .get("/api/v1/admin/reconciliation").then().statusCode(200).extract().jsonPath();
            assertThat(t.getList("differences")).as("differences of " + township).isEmpty();
        }
        // 沙岱乡's source of truth: two connected, the late key person of correctionThroughTheGateway… not on time
        var stats = admin().queryParam("orgCode", "519901201").queryParam("from", YEAR + "-01-01").queryParam("to", YEAR + "-12-31")
                .get("/api/v1/correction/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getInt("measures.released_connected") - stats.getInt("measures.released_connected_on_time")).isEqualTo(1);
        // an event the service never wrote: the gateway counts a dispute the source of truth does not have
        String planted = java.util.UUID.randomUUID().toString();
        TopicWriter.send(broker.bootstrapServers(), TOPIC, planted, "{\"specversion\":\"1.0\",\"id\":\"" + java.util.UUID.randomUUID()
                + "\",\"type\":\"mediation.dispute.registered\",\"source\":\"/mediation-service\",\"subject\":\"" + planted
                + "\",\"time\":\"2019-05-01T00:00:00Z\",\"countycode\":\"519901\",\"townshipcode\":\"519901100\",\"aggregateversion\":1,"
                + "\"data\":{\"registeredOn\":\"2019-05-01\",\"status\":\"REGISTERED\"}}");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var r = admin().queryParam("orgCode", "519901100").queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                    .get("/api/v1/admin/reconciliation").then().statusCode(200).extract().jsonPath();
            assertThat(r.getList("differences.measure", String.class)).containsExactly("disputes_registered");
            assertThat(r.getInt("differences[0].gateway")).isEqualTo(1);
            assertThat(r.getInt("differences[0].source")).isEqualTo(0);
            assertThat(r.getString("differences[0].service")).isEqualTo("mediation");
        });
        admin().queryParam("from", "2019-01-02").queryParam("to", "2019-12-31").get("/api/v1/admin/reconciliation")
                .then().statusCode(400);
        given().auth().oauth2(DevTokens.integration()).queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .get("/api/v1/admin/reconciliation").then().statusCode(403);
    }

    @Test
    @Order(3)
    void theSameEventDeliveredTwiceCountsOnce() {
        String id = register(gateway.url(), "519901200", "e2e duplicate");
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(medDisputes("519901200")).isEqualTo(1));
        double skippedBefore = metric(gateway, "readmodel_events_skipped_total");
        TopicReader.Message original = TopicReader.forKey(broker.bootstrapServers(), TOPIC, id, 1, Duration.ofSeconds(10)).get(0);
        TopicWriter.send(broker.bootstrapServers(), TOPIC, id, original.value().toString());
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(metric(gateway, "readmodel_events_skipped_total")).isEqualTo(skippedBefore + 1));
        assertThat(medDisputes("519901200")).isEqualTo(1);
    }

    @Test
    @Order(4)
    void withKafkaStoppedWritesSucceedAndTheCountCatchesUp() {
        int before = medDisputes("519901201");
        broker.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(register(gateway.url(), "519901201", "while kafka is down " + i));
            }
            assertThat(medDisputes("519901201")).isEqualTo(before);
        } finally {
            broker.start();
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(medDisputes("519901201")).isEqualTo(before + 3));
    }

    /**
     * The broker is killed (SIGKILL) in the middle of a stream of writes through the gateway: every write still
     * succeeds (the events wait in the outbox), and once the broker is back every event reaches the topic and the
     * indicator is exact. A record the broker appended but never acknowledged before dying may be sent again — as
     * the same CloudEvent (same id), which the read model drops — so the test checks distinct events per record and
     * the indicator, not raw message counts.
     */
    @Test
    @Order(4)
    void withTheBrokerKilledMidStreamEveryWriteSucceedsAndIsCountedOnce() throws Exception {
        String town = "519901202";
        int before = medDisputes(town);
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 60; i++) {
                try {
                    ids.add(register(gateway.url(), town, "broker crash " + i));
                } catch (Throwable t) {
                    failures.add(t);
                }
            }
        });
        writer.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.size() >= 15);
        broker.kill();
        writer.join();
        assertThat(failures).isEmpty();
        assertThat(ids).hasSize(60);
        broker.start();
        await().ignoreExceptions().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(medDisputes(town)).isEqualTo(before + 60));
        List<TopicReader.Message> all = TopicReader.readAll(broker.bootstrapServers(), TOPIC, Duration.ofSeconds(30),
                msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids));
        Map<String, Long> distinctEvents = all.stream().filter(m -> ids.contains(m.key()))
                .collect(Collectors.groupingBy(TopicReader.Message::key,
                        Collectors.collectingAndThen(Collectors.mapping(m -> m.value().path("id").asText(), Collectors.toSet()),
                                s -> (long) s.size())));
        assertThat(distinctEvents).hasSize(60);
        assertThat(distinctEvents.values()).containsOnly(1L);
        Thread.sleep(1500); // anything counted twice would show now
        assertThat(medDisputes(town)).isEqualTo(before + 60);
    }

    @Test
    @Order(5)
    void twoServiceInstancesPublishEveryEventExactlyOnce() {
        int before = medDisputes("519901202");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(register(i % 2 == 0 ? mediation.url() : mediation2.url(), "519901202", "two instances " + i));
        }
        List<TopicReader.Message> all = TopicReader.readAll(broker.bootstrapServers(), TOPIC, Duration.ofSeconds(30),
                msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids));
        Map<String, Long> perKey = all.stream().filter(m -> ids.contains(m.key()))
                .collect(Collectors.groupingBy(TopicReader.Message::key, Collectors.counting()));
        assertThat(perKey).hasSize(20);
        assertThat(perKey.values()).containsOnly(1L);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(medDisputes("519901202")).isEqualTo(before + 20));
    }

    @Test
    @Order(6)
    void theGatewayServesOneMergedOpenApiDocument() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getMap("paths")).containsKeys("/api/v1/plans/{planId}/progress", "/api/v1/mediation/disputes",
                "/api/v1/mediation/disputes/{id}/accept", "/api/v1/mediation/committees", "/api/v1/mediation/mediators");
        assertThat(doc.getMap("components.schemas")).containsKeys("Problem", "Dispute", "Committee");
        assertThat(cn.justice.testing.OpenApiChecks.problems(doc)).isEmpty();
    }

    @Test
    @Order(6)
    void aServiceThatIsDownGives503AndTheGatewayKeepsWorking() {
        legalAid.close();
        admin().get("/api/v1/legal-aid/applications").then().statusCode(503).contentType("application/problem+json");
        admin().get("/api/v1/plans").then().statusCode(200);
        admin().get("/api/v1/correction/subjects").then().statusCode(200);
        admin().get("/api/v1/publicity/activities").then().statusCode(200);
    }

    @Test
    @Order(7)
    void aGatewayKilledMidStreamLosesNothingAndCountsNothingTwice() throws Exception {
        String town = "519901101";
        int before = medDisputes(town);
        Map<String, String> gw = new java.util.HashMap<>(Map.of("justice.kafka.bootstrap", broker.bootstrapServers(),
                "justice.db.host", PostgresDatabases.host(), "justice.db.port", PostgresDatabases.port(),
                "justice.db.name", "gateway_e2e", "justice.gateway.services.mediation.url", mediation2.url()));
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                register(mediation2.url(), town, "burst " + i);
            }
        });
        writer.start();
        Thread.sleep(300);
        gateway.kill();
        writer.join();
        gateway = new AppProcess("gateway", gw).start();
        RestAssured.baseURI = gateway.url();
        RestAssured.port = gateway.port();
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(medDisputes(town)).isEqualTo(before + 40));
        Thread.sleep(1500); // anything counted twice would show now
        assertThat(medDisputes(town)).isEqualTo(before + 40);
    }

    @Test
    @Order(8)
    void whenOneInstanceDiesTheOtherPublishesItsOutbox() {
        mediation.close();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(register(mediation2.url(), "519901203", "survivor " + i));
        }
        List<TopicReader.Message> all = TopicReader.readAll(broker.bootstrapServers(), TOPIC, Duration.ofSeconds(30),
                msgs -> msgs.stream().map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids));
        assertThat(all.stream().map(TopicReader.Message::key).collect(Collectors.toSet())).containsAll(ids);
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(metric(mediation2, "outbox_backlog")).isZero());
    }

    /** Every indicator's numerator and denominator for the county and each township, for the plans' years with data. */
    static Map<String, Object> figures() {
        Map<String, Object> out = new java.util.TreeMap<>();
        List<String> orgs = List.of("519901", "519901100", "519901101", "519901200", "519901201", "519901202", "519901203");
        for (String org : orgs) {
            for (String[] planYear : new String[][]{{"14th-fyp", "2025"}, {"15th-fyp", String.valueOf(YEAR)}}) {
                List<Map<String, Object>> items = admin().queryParam("orgCode", org).queryParam("year", planYear[1])
                        .get("/api/v1/plans/" + planYear[0] + "/progress").then().statusCode(200).extract().path("indicators");
                for (Map<String, Object> i : items) {
                    out.put(org + "/" + planYear[0] + "/" + i.get("code"), i.get("numerator") + "/" + i.get("denominator") + "/" + i.get("status"));
                }
            }
        }
        return out;
    }

    /** A rebuild replays every topic from the start into fresh tables and ends with exactly the figures it replaced. */
    @Test
    @Order(9)
    void aRebuildReproducesEveryFigure() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).until(() -> metric(gateway, "readmodel_consumer_lag") == 0);
        Map<String, Object> before = figures();
        assertThat(before.values()).anyMatch(v -> !String.valueOf(v).startsWith("0/"));
        admin().post("/api/v1/admin/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() ->
                "DONE".equals(admin().get("/api/v1/admin/rebuild").then().statusCode(200).extract().path("state")));
        assertThat(admin().get("/api/v1/admin/rebuild").then().extract().<Integer>path("events")).isPositive();
        assertThat(figures()).isEqualTo(before);
    }
}
