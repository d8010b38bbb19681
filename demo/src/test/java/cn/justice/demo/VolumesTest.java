package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The volumes and ratios of a real county (the ranges), for the complete years 2021–2025. */
class VolumesTest {
    private final Plan plan = DemoPlan.build(TestCounty.context(DemoPlan.DEFAULT_SEED), TestCounty.TODAY);

    private List<Chain> of(String kind) {
        return plan.chains().filter(c -> c.kind().equals(kind) && c.startsWithCreate()).toList();
    }

    private static int year(Chain c) {
        return c.date().getYear();
    }

    private static boolean has(Chain c, String action) {
        return c.steps().stream().anyMatch(s -> s.action().equals(action));
    }

    private static Step step(Chain c, String action) {
        return c.steps().stream().filter(s -> s.action().equals(action)).findFirst().orElse(null);
    }

    @Test
    void disputesSixToNineHundredAYearMostlySucceeding() {
        TreeMap<Integer, Long> perYear = new TreeMap<>(of("disputes").stream()
                .collect(Collectors.groupingBy(VolumesTest::year, Collectors.counting())));
        for (int y = 2021; y <= 2025; y++) {
            assertThat(perYear.get(y)).as("disputes " + y).isBetween(580L, 900L);
        }
        for (int y = 2021; y <= 2025; y++) {
            int year = y;
            // MED_SUCCESS_RATE counts by closing date
            long succeeded = of("disputes").stream().filter(c -> closedIn(c, "succeed", year)).count();
            long failed = of("disputes").stream().filter(c -> closedIn(c, "fail", year)).count();
            assertThat(100.0 * succeeded / (succeeded + failed)).as("success rate " + y).isBetween(95.0, 98.5);
        }
        List<Chain> all = of("disputes");
        assertThat(all.stream().filter(c -> has(c, "reject")).count()).isBetween(40L, 150L);
        assertThat(all.stream().filter(c -> has(c, "withdraw")).count()).isGreaterThan(20);
        assertThat(all.stream().filter(c -> has(c, "fail")).map(c -> step(c, "fail").body().path("referral").asText())
                .collect(Collectors.toSet())).contains("LITIGATION", "ARBITRATION", "ADMINISTRATIVE", "NONE");
        assertThat(all.stream().filter(c -> has(c, "follow-up")).count()).isGreaterThan(300);
        assertThat(all.stream().filter(c -> has(c, "judicial-confirmation")).count()).isGreaterThan(20);
        Set<String> sources = all.stream().map(c -> c.steps().get(0).body().path("source").asText()).collect(Collectors.toSet());
        Set<String> categories = all.stream().map(c -> c.steps().get(0).body().path("category").asText()).collect(Collectors.toSet());
        Set<String> mechanisms = all.stream().map(c -> c.steps().get(0).body().path("mechanism").asText()).collect(Collectors.toSet());
        assertThat(sources).hasSize(6);
        assertThat(categories).hasSize(11);
        assertThat(mechanisms).contains("DEGU_LAW", "POLICE_LINKAGE");
    }

    private static boolean closedIn(Chain c, String action, int year) {
        Step s = step(c, action);
        return s != null && s.date().getYear() == year;
    }

    @Test
    void committeesOfEveryTypeInEveryTownshipAndMediatorsIncludingDegu() {
        Org org = TestCounty.org();
        List<Chain> committees = of("committees");
        for (Org.Township t : org.townships()) {
            Set<String> types = committees.stream()
                    .filter(c -> c.steps().get(0).body().path("townshipCode").asText().equals(t.code()))
                    .map(c -> c.steps().get(0).body().path("type").asText()).collect(Collectors.toSet());
            assertThat(types).as(t.name()).containsExactlyInAnyOrder("VILLAGE", "COMMUNITY", "TOWNSHIP", "PROFESSIONAL",
                    "POLICE_STATION", "COURT", "OTHER");
        }
        assertThat(committees.stream().filter(c -> has(c, "assess")).count()).isGreaterThan(committees.size() * 9L / 10);
        assertThat(plan.chains().filter(c -> c.kind().equals("committees") && has(c, "dissolve")).count()).isEqualTo(1);
        List<Chain> mediators = of("mediators");
        assertThat(mediators.size()).isBetween(200, 700);
        assertThat(mediators.stream().filter(c -> c.steps().get(0).body().path("traditional").asBoolean()).count())
                .as("德古").isGreaterThan(30);
        assertThat(mediators.stream().filter(c -> has(c, "train")).count()).isGreaterThan(100);
    }

    @Test
    void correctionSixtyToHundredReceivedAYearOneReoffence() {
        List<Chain> subjects = of("subjects");
        TreeMap<Integer, Long> perYear = new TreeMap<>(subjects.stream()
                .collect(Collectors.groupingBy(c -> LocalDate.parse(c.steps().get(0).body().path("receivedOn").asText()).getYear(),
                        Collectors.counting())));
        for (int y = 2021; y <= 2025; y++) {
            assertThat(perYear.get(y)).as("received " + y).isBetween(60L, 100L);
        }
        assertThat(perYear.get(2020)).as("the stock at the start of 2021").isGreaterThan(30);
        long reported = subjects.stream().filter(c -> has(c, "report")).count();
        long onTime = subjects.stream().filter(c -> has(c, "report")).filter(c -> !LocalDate.parse(step(c, "report")
                .body().path("reportedOn").asText()).isAfter(LocalDate.parse(c.steps().get(0).body()
                .path("judgmentEffectiveOn").asText()).plusDays(10))).count();
        assertThat(100.0 * onTime / reported).as("reported on time").isBetween(95.0, 99.9);
        assertThat(subjects.stream().filter(c -> has(c, "reoffend")).count()).as("a rare re-offence").isEqualTo(1);
        // 社区矫正法第46条: the re-offender and one person missing over a month, each revoked on the county's proposal
        assertThat(subjects.stream().filter(c -> has(c, "revoke")).count()).isEqualTo(2);
        assertThat(subjects.stream().filter(c -> has(c, "revoke")).filter(c -> has(c, "propose-revocation"))).hasSize(2);
        assertThat(subjects.stream().filter(c -> has(c, "revoke")).filter(c -> has(c, "lost-contact"))).hasSize(1);
        // 第21条 handovers of 暂予监外执行 persons with their health reports; 第27条 transfers within the county
        assertThat(subjects.stream().filter(c -> has(c, "report")).filter(c -> step(c, "report").body().has("handedOverBy")).count())
                .isGreaterThan(5);
        assertThat(subjects.stream().filter(c -> has(c, "health-report")).count()).isGreaterThan(5);
        assertThat(subjects.stream().filter(c -> has(c, "transfer")).count()).isGreaterThan(0);
        assertThat(subjects.stream().filter(c -> has(c, "warn")).count()).isGreaterThan(3);
        assertThat(subjects.stream().filter(c -> has(c, "monitoring/start")).count()).isGreaterThan(10);
        assertThat(subjects.stream().filter(c -> has(c, "terminate")).count()).isGreaterThan(250);
        assertThat(subjects.stream().filter(c -> has(c, "lost-contact")).count()).isGreaterThan(0);
        List<Chain> released = of("released-persons");
        assertThat(released.size()).isBetween(150, 350);
        assertThat(100.0 * released.stream().filter(c -> has(c, "connect")).count() / released.size()).isGreaterThan(97);
        // DESIGN §10.1: 重点帮教对象 connected on the day of release but one; closes as PERIOD_ENDED after five years;
        // one re-offence closed as REIMPRISONED
        List<Chain> key = released.stream().filter(c -> c.steps().get(0).body().path("keyPerson").asBoolean()).toList();
        assertThat(key.size()).as("key persons").isBetween(10, 60);
        assertThat(key.stream().filter(c -> has(c, "connect")).filter(c -> !step(c, "connect").body().path("on").asText()
                .equals(c.steps().get(0).body().path("releasedOn").asText())).count()).as("key persons connected late").isEqualTo(1);
        assertThat(released.stream().filter(c -> has(c, "close"))
                .filter(c -> step(c, "close").body().path("reason").asText().equals("PERIOD_ENDED")).count()).isGreaterThan(10);
        assertThat(released.stream().filter(c -> has(c, "reoffend")).count()).isEqualTo(1);
        assertThat(released.stream().filter(c -> has(c, "close"))
                .filter(c -> step(c, "close").body().path("reason").asText().equals("REIMPRISONED")).count()).isEqualTo(1);
    }

    @Test
    void legalAidOneFiftyToThreeHundredApplicationsAYearThroughEveryChannel() {
        List<Chain> apps = of("applications");
        TreeMap<Integer, Long> perYear = new TreeMap<>(apps.stream()
                .collect(Collectors.groupingBy(c -> LocalDate.parse(c.steps().get(0).body().path("receivedOn").asText()).getYear(),
                        Collectors.counting())));
        for (int y = 2021; y <= 2025; y++) {
            assertThat(perYear.get(y)).as("applications " + y).isBetween(150L, 300L);
        }
        assertThat(apps.stream().map(c -> c.steps().get(0).body().path("channel").asText()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("WALK_IN", "HOTLINE_12348", "ONLINE", "WORKSTATION", "DETENTION_FORWARDED",
                        "AUTHORITY_NOTICE");
        assertThat(apps.stream().filter(c -> has(c, "deny")).count()).as("denials").isGreaterThan(30);
        long late = apps.stream().filter(c -> has(c, "grant") || has(c, "deny")).filter(c -> {
            Step d = has(c, "grant") ? step(c, "grant") : step(c, "deny");
            LocalDate received = LocalDate.parse(c.steps().get(0).body().path("receivedOn").asText());
            return !has(c, "request-materials") && d.date().isAfter(received.plusDays(7));
        }).count();
        assertThat(late).as("late decisions").isGreaterThan(5);
        assertThat(apps.stream().filter(c -> has(c, "request-materials")).count()).isGreaterThan(30);
        assertThat(apps.stream().filter(c -> has(c, "withdraw")).count()).isGreaterThan(5);
        assertThat(apps.stream().filter(c -> has(c, "close")).count()).isGreaterThan(apps.size() / 2);
        int[] consultations = new int[1];
        of("consultations").stream().filter(c -> year(c) == 2025)
                .forEach(c -> consultations[0] += c.steps().get(0).body().path("count").asInt());
        assertThat(consultations[0]).as("consultations 2025").isBetween(2_500, 5_000);
        assertThat(of("workstations").size()).isGreaterThanOrEqualTo(TestCounty.org().townships().size());
        Set<String> advised = new HashSet<>();
        of("village-advisors").forEach(c -> advised.add(c.steps().get(0).body().path("villageCode").asText()));
        assertThat(advised).hasSize(TestCounty.org().villages().size());
        assertThat(of("notarizations")).isNotEmpty();
    }

    /** 法律援助法 in the demo: objections (第49条, both results), deemed withdrawals (第43条), duty lawyers, subsidies. */
    @Test
    void legalAidFollowsTheLaw() {
        List<Chain> apps = of("applications");
        List<Chain> objected = apps.stream().filter(c -> has(c, "objection-decision")).toList();
        assertThat(objected.stream().filter(c -> step(c, "objection-decision").body().path("result").asText().equals("UPHELD"))
                .count()).as("objections upheld").isGreaterThan(3);
        List<Chain> corrected = objected.stream()
                .filter(c -> step(c, "objection-decision").body().path("result").asText().equals("CORRECTED")).toList();
        assertThat(corrected).as("objections corrected").isNotEmpty();
        assertThat(corrected).as("a corrected denial is granted again").allMatch(c -> has(c, "grant")
                && !step(c, "grant").date().isBefore(step(c, "objection-decision").date()));
        for (Chain c : objected) {
            LocalDate on = step(c, "object").date();
            assertThat(step(c, "objection-decision").date()).as("decided within 5 days (第49条)")
                    .isBetween(on, on.plusDays(5));
        }
        // deemed withdrawals: materials requested, never supplied, nothing after the request (the sweep withdraws them)
        List<Chain> unanswered = apps.stream().filter(c -> has(c, "request-materials") && !has(c, "materials-received"))
                .filter(c -> c.steps().get(c.steps().size() - 1).action().equals("request-materials")).toList();
        assertThat(unanswered.stream().filter(c -> step(c, "request-materials").date().isBefore(TestCounty.TODAY.minusDays(16)))
                .count()).as("past their due date, to be deemed withdrawn").isGreaterThan(5);
        // subsidies on every close
        List<Step> closes = apps.stream().filter(c -> has(c, "close")).map(c -> step(c, "close")).toList();
        assertThat(closes).allMatch(s -> s.body().path("subsidyAmount").isNumber()
                && s.body().path("subsidyAmount").decimalValue().signum() >= 0);
        assertThat(closes.stream().mapToDouble(s -> s.body().path("subsidyAmount").asDouble()).sum())
                .as("subsidies paid").isGreaterThan(100_000);
        // duty lawyers: monthly county-wide entries at the three places, 700–1,000 a year
        int[] services = new int[1];
        Set<String> places = new HashSet<>();
        of("duty-lawyer-services").forEach(c -> {
            JsonNode b = c.steps().get(0).body();
            places.add(b.path("place").asText());
            assertThat(b.has("townshipCode") && !b.path("townshipCode").isNull()).isFalse();
            if (year(c) == 2025) {
                services[0] += b.path("count").asInt();
            }
        });
        assertThat(places).containsExactlyInAnyOrder("DETENTION_CENTER", "COURT", "PROCURATORATE");
        assertThat(services[0]).as("duty lawyer services 2025").isBetween(700, 1_300);
    }

    @Test
    void publicityAcrossTheSevenVenuesEveryYear() {
        List<Chain> activities = of("activities");
        for (int y = 2021; y <= 2025; y++) {
            int year = y;
            List<JsonNode> held = activities.stream().filter(c -> year(c) == year && has(c, "hold"))
                    .map(c -> (JsonNode) c.steps().get(0).body()).toList();
            assertThat(held.size()).as("activities held " + y).isBetween(150, 320);
            Set<String> pairs = held.stream().map(b -> b.path("townshipCode").asText() + "/" + b.path("venue").asText())
                    .collect(Collectors.toSet());
            assertThat(pairs.size()).as("法律七进 township × venue " + y).isGreaterThanOrEqualTo(36);
        }
        assertThat(activities.stream().filter(c -> has(c, "cancel")).count()).isGreaterThan(10);
        assertThat(activities.stream().filter(c -> has(c, "correct")).count()).isGreaterThan(5);
        assertThat(of("sms-campaigns").size()).isGreaterThan(60);
        assertThat(of("surveys").size()).isEqualTo(6 * TestCounty.org().townships().size());
        assertThat(of("responsible-units").size()).isGreaterThan(10);
        plan.chains().filter(c -> c.kind().equals("surveys")).forEach(c -> {
            JsonNode b = c.steps().get(0).body();
            assertThat(b.path("aware").asInt()).isLessThanOrEqualTo(b.path("respondents").asInt());
            assertThat(b.path("satisfied").asInt()).isLessThanOrEqualTo(b.path("respondents").asInt());
        });
    }

    /** The whole load stays within what this machine sends in under two minutes. */
    @Test
    void theRequestCountStaysBounded() {
        assertThat(plan.requestCount()).isBetween(15_000L, 30_000L);
    }
}
