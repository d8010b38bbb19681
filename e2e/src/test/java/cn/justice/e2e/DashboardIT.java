package cn.justice.e2e;

import cn.justice.testing.BureauDay;
import cn.justice.testing.AppProcess;
import cn.justice.testing.DevTokens;
import cn.justice.testing.KafkaBroker;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard page (看板) in a real browser, black-box: the packaged mediation-service and gateway, a real Kafka
 * broker and PostgreSQL; headless Chromium driven by {@code browser/dashboard.spec.mjs} (playwright-core, installed
 * by {@code npm ci} before the integration tests). The script compares the page with the API, drills into a
 * township, registers a dispute and waits for the page to show it, checks the 今日待办 panel (work queue counts by
 * kind, overdue items in red) against the work queue API in Chinese, English and at phone width, downloads the
 * exports and saves screenshots ({@code target/dashboard.png}, {@code target/dashboard-phone.png}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {
    static final int YEAR = BureauDay.today().getYear();
    static final String COUNTY = "519901";
    static final String TOWN = "519901100";
    /** The script's own limit: a stuck browser must not hold the build. */
    static final Duration SCRIPT_LIMIT = Duration.ofMinutes(4);
    static KafkaBroker broker;
    static AppProcess mediation;
    static AppProcess gateway;

    @BeforeAll
    static void startStack() {
        broker = KafkaBroker.fresh("dash-kafka").start();
        Map<String, String> common = Stack.common(broker);
        mediation = Stack.service("mediation-service", "mediation_dash", common);
        // the other services are not started: their routes point at a port that refuses connections
        gateway = Stack.gateway("gateway_dash", common, Map.of("mediation", mediation));
    }

    @AfterAll
    static void stopStack() {
        Stack.stop(gateway, mediation, broker);
    }

    static RequestSpecification admin() {
        return given().baseUri(gateway.url()).auth().oauth2(DevTokens.countyAdmin()).contentType(ContentType.JSON);
    }

    static String register(String township, String committee) {
        return register(township, committee, BureauDay.today(), Map.of());
    }

    static String register(String township, String committee, LocalDate registeredOn, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("townshipCode", township, "source", "SCREENING", "category", "NEIGHBOR",
                "summary", "dashboard", "registeredOn", registeredOn.toString(),
                "parties", List.of(Map.of("name", "王五", "role", "APPLICANT"))));
        if (committee != null) {
            body.put("committeeId", committee);
        }
        body.putAll(extra);
        return admin().body(body).post("/api/v1/mediation/disputes").then().statusCode(201).extract().path("id");
    }

    /** A dispute registered and accepted {@code daysAgo} days ago: its 30-day mediation period ends {@code 30 - daysAgo} days from today. */
    static void acceptedDaysAgo(String township, String committee, String mediator, int daysAgo) {
        LocalDate on = BureauDay.today().minusDays(daysAgo);
        String id = register(township, committee, on, Map.of());
        admin().body(Map.of("mediatorIds", List.of(mediator), "acceptedOn", on.toString()))
                .post("/api/v1/mediation/disputes/" + id + "/accept").then().statusCode(200);
    }

    static io.restassured.path.json.JsonPath workQueue(String org) {
        return admin().queryParam("orgCode", org).queryParam("within", "P7D").queryParam("size", 200)
                .get("/api/v1/work-queue").then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.path.json.JsonPath progress(String org) {
        return admin().queryParam("orgCode", org).queryParam("year", YEAR).get("/api/v1/plans/15th-fyp/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void thePageAndItsFilesAreOpenWhileTheApiNeedsAToken() {
        String html = given().baseUri(gateway.url()).get("/").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
                .extract().asString();
        assertThat(html).contains("dashboard/app.js").contains("规划指标监测");
        for (String file : List.of("app.js", "api.js", "charts.js", "i18n.js", "dashboard.css")) {
            given().baseUri(gateway.url()).get("/dashboard/" + file).then().statusCode(200).header("Cache-Control", "no-cache");
        }
        given().baseUri(gateway.url()).get("/api/v1/plans/15th-fyp/progress").then().statusCode(401);
    }

    @Test
    @Order(2)
    void theDashboardShowsTheApiFiguresDrillsDownAndUpdatesItself() throws Exception {
        // figures: three disputes mediated successfully and one failed in 城关镇, two only registered in 吉米镇
        String committee = admin().body(Map.of("name", "城关镇人民调解委员会", "type", "TOWNSHIP", "townshipCode", TOWN,
                        "establishedOn", "2020-05-01", "memberCount", 5))
                .post("/api/v1/mediation/committees").then().statusCode(201).extract().path("id");
        String mediator = admin().body(Map.of("name", "吉克", "committeeId", committee, "kind", "PART_TIME",
                        "traditional", true, "appointedOn", "2021-01-01"))
                .post("/api/v1/mediation/mediators").then().statusCode(201).extract().path("id");
        for (String outcome : List.of("succeed", "succeed", "succeed", "fail")) {
            String id = register(TOWN, committee);
            admin().body(Map.of("mediatorIds", List.of(mediator))).post("/api/v1/mediation/disputes/" + id + "/accept")
                    .then().statusCode(200);
            Object body = outcome.equals("succeed")
                    ? Map.of("agreement", Map.of("form", "ORAL", "terms", "和解"))
                    : Map.of("reason", "分歧大", "referral", "LITIGATION");
            admin().body(body).post("/api/v1/mediation/disputes/" + id + "/" + outcome).then().statusCode(200);
        }
        register("519901101", null);
        register("519901101", null);
        // 今日待办: twelve disputes of 城关镇 past their 30-day mediation period (5 to 16 days), one of 吉米镇 due in
        // five days and one of 吉米镇 at high risk of escalating, not reported (due today)
        int counted = 0;
        for (int i = 0; i < 12; i++) {
            acceptedDaysAgo(TOWN, committee, mediator, 35 + i);
            counted += BureauDay.today().minusDays(35 + i).getYear() == YEAR ? 1 : 0;
        }
        acceptedDaysAgo("519901101", committee, mediator, 25);
        counted += BureauDay.today().minusDays(25).getYear() == YEAR ? 1 : 0;
        register("519901101", null, BureauDay.today(), Map.of("escalationRisk", "HIGH"));
        int disputes = 6 + counted + 1;
        await().ignoreExceptions().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var p = progress(COUNTY);
            assertThat(p.getInt("indicators.find { it.code == 'MED_DISPUTES' }.numerator")).isEqualTo(disputes);
            assertThat(p.getDouble("indicators.find { it.code == 'MED_SUCCESS_RATE' }.actual")).isEqualTo(75.0);
            var q = workQueue(COUNTY);
            assertThat(q.getLong("total")).isEqualTo(14);
            assertThat(q.getList("items.findAll { it.kind == 'MEDIATION_DISPUTE_DUE' }")).hasSize(13);
            assertThat(q.getList("items.findAll { it.kind == 'MEDIATION_DISPUTE_DUE' && it.overdue }")).hasSize(12);
            assertThat(q.getList("items.findAll { it.kind == 'MEDIATION_ESCALATION_RISK' && !it.overdue }")).hasSize(1);
        });

        Path target = Path.of(System.getProperty("user.dir"), "target").toAbsolutePath();
        Files.deleteIfExists(target.resolve("dashboard.png"));
        Files.deleteIfExists(target.resolve("dashboard-phone.png"));
        Result run = runBrowserScript(Map.of(
                "DASHBOARD_URL", gateway.url(),
                "DASHBOARD_TOKEN", DevTokens.countyAdmin(),
                "DASHBOARD_TOWNSHIP_TOKEN", DevTokens.townshipOfficer("519901101"),
                "DASHBOARD_YEAR", Integer.toString(YEAR),
                "DASHBOARD_DRILL_TOWNSHIP", TOWN,
                "DASHBOARD_NEW_DISPUTE_TOWNSHIP", "519901101",
                "SCREENSHOT_DIR", target.toString()));

        assertThat(run.exitCode).as("browser script exit code; output:%n%s", run.output).isZero();
        // one card per indicator of the plan, as the API lists them
        int cards = progress(COUNTY).getList("indicators").size();
        assertThat(cards).isGreaterThanOrEqualTo(22);
        assertThat(run.output)
                .contains("ok - county 519901 15th-fyp " + YEAR + ": " + cards + " cards show exactly the API's figures")
                .contains("ok - drill-down: the breadcrumb names 城关镇")
                .contains("ok - township " + TOWN + ": " + cards + " cards show exactly the API's figures")
                .contains("ok - live update: MED_DISPUTES went from " + disputes + " to " + (disputes + 1) + " without a reload")
                .contains("ok - today's work of county " + COUNTY + ": 14 items, MEDIATION_DISPUTE_DUE 13 (12 overdue), "
                        + "MEDIATION_ESCALATION_RISK 1 (0 overdue); 12 overdue in red, 10 listed, 2 more")
                .contains("ok - today's work of township " + TOWN + ": 12 items, MEDIATION_DISPUTE_DUE 12 (12 overdue); "
                        + "12 overdue in red, 10 listed, 2 more")
                .contains("ok - today's work in English: Today's work, Dispute mediation deadline")
                .contains("ok - today's work in Chinese: 今日待办, 矛盾纠纷调解期限")
                .contains("ok - today's work of phone width: 14 items")
                .contains("ok - today's work at 390 px: one kind per row, nothing wider than the screen")
                .contains("ok - today's work degrades to an error with a retry when the work queue fails (503)")
                .contains("ok - today's work of township officer of 519901101: 2 items, MEDIATION_DISPUTE_DUE 1 (0 overdue), "
                        + "MEDIATION_ESCALATION_RISK 1 (0 overdue); 0 overdue in red, 0 listed, 0 more")
                .contains("ok - CSV export downloads progress-15th-fyp-519901-" + YEAR + ".csv")
                .contains("ok - a township officer sees only its own township")
                .contains("DASHBOARD E2E OK")
                .doesNotContain("not ok");
        assertThat(target.resolve("dashboard.png")).isNotEmptyFile();
        assertThat(target.resolve("dashboard-phone.png")).isNotEmptyFile();
        // the dispute the script registered is in the figures the API reports
        assertThat(progress(COUNTY).getInt("indicators.find { it.code == 'MED_DISPUTES' }.numerator")).isEqualTo(disputes + 1);
    }

    record Result(int exitCode, String output) {
    }

    /**
     * Runs {@code node browser/dashboard.spec.mjs} (from this module's folder) with the given environment; its
     * output goes to {@code target/dashboard-browser.log} and to this test's output. The script closes its
     * browser itself; should it hang past {@link #SCRIPT_LIMIT}, it and its Chromium are ended by process id.
     */
    static Result runBrowserScript(Map<String, String> env) throws IOException, InterruptedException {
        Path module = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path script = module.resolve("browser/dashboard.spec.mjs");
        assertThat(module.resolve("browser/node_modules/playwright-core")).as("playwright-core (npm ci in e2e/browser)").isDirectory();
        Path log = module.resolve("target/dashboard-browser.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder("node", script.toString()).directory(module.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process node = pb.start();
        // the browser's processes, remembered while node runs: once node is gone they would no longer be its descendants
        Set<ProcessHandle> started = new HashSet<>();
        long deadline = System.nanoTime() + SCRIPT_LIMIT.toNanos();
        try {
            while (!node.waitFor(500, TimeUnit.MILLISECONDS)) {
                node.descendants().forEach(started::add);
                if (System.nanoTime() > deadline) {
                    node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    String output = Files.readString(log, StandardCharsets.UTF_8);
                    throw new AssertionError("the browser script did not finish within " + SCRIPT_LIMIT + "; output:\n" + output);
                }
            }
        } finally {
            // nothing the script started may outlive it (normally the script has closed its browser already)
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (node.isAlive()) {
                node.destroyForcibly();
            }
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Result(node.exitValue(), output);
    }
}
