package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo gives the rule-of-law line (DESIGN §13) real figures in every complete year 2021–2025: the ROL_* indicators
 * and the report's §（二）, honours, projects and 帮扶 sentences are not zero. Computed from the planned requests with the
 * rules of the service's {@code …/stats} (and the gateway's contributions).
 */
class RuleOfLawVolumesTest {
    private final Plan plan = DemoPlan.build(TestCounty.context(DemoPlan.DEFAULT_SEED), TestCounty.TODAY);

    private List<Chain> created(String kind) {
        return plan.chains().filter(c -> c.kind().equals(kind) && c.startsWithCreate()).toList();
    }

    private List<Step> actions(String kind, String action, int year) {
        return created(kind).stream().flatMap(c -> c.steps().stream())
                .filter(s -> s.action().equals(action) && s.date().getYear() == year).toList();
    }

    @Test
    void reviewsAndReconsiderationsEveryYearMostlyOnTime() {
        for (int y = 2021; y <= 2025; y++) {
            List<Step> opinions = actions("document-reviews", "issue-opinion", y);
            assertThat(opinions).as("documents reviewed " + y).hasSizeBetween(15, 32);
            long issues = opinions.stream().filter(s -> !s.body().path("opinion").asText().equals("LAWFUL")).count();
            assertThat(issues).as("documents with issues " + y).isPositive();

            int year = y;
            long received = created("reconsiderations").stream().filter(c -> c.date().getYear() == year).count();
            assertThat(received).as("reconsiderations received " + y).isBetween(20L, 36L);
            long decided = created("reconsiderations").stream().flatMap(c -> c.steps().stream())
                    .filter(s -> List.of("decide", "mediate", "settle", "terminate").contains(s.action()) && s.date().getYear() == year)
                    .count();
            assertThat(decided).as("reconsiderations closed " + y).isBetween(received / 2, received + 10);
            long corrected = actions("reconsiderations", "decide", y).stream()
                    .filter(s -> List.of("REVOKE", "CHANGE", "CONFIRM_ILLEGAL", "ORDER_PERFORMANCE")
                            .contains(s.body().path("decision").asText())).count();
            assertThat(100.0 * corrected / decided).as("correction rate " + y).isBetween(3.0, 40.0);
        }
    }

    @Test
    void officersSitTheExamAndAreTrainedAroundTheTargets() {
        for (int y = 2021; y <= 2025; y++) {
            List<Step> exams = actions("enforcement-officers", "exam", y);
            long passed = exams.stream().filter(s -> s.body().path("passed").asBoolean()).count();
            assertThat(exams).as("exam candidates " + y).hasSizeBetween(8, 25);
            // around ROL_EXAM_PASS_RATE's default target (90 %)
            assertThat(100.0 * passed / exams.size()).as("pass rate " + y).isBetween(70.0, 100.0);
            long hours = actions("enforcement-officers", "train", y).stream().mapToLong(s -> s.body().path("hours").asLong()).sum();
            // around ROL_TRAINING_HOURS' default target (1,000 学时)
            assertThat(hours).as("training hours " + y).isBetween(800L, 2_500L);
        }
    }

    @Test
    void selectionsHonoursProjectsAndAssistanceVillages() {
        Set<String> kinds = new HashSet<>();
        created("assessor-selections").forEach(c -> kinds.add(c.steps().get(0).body().path("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("JUROR", "SUPERVISOR");
        for (int y = 2021; y <= 2025; y++) {
            int year = y;
            assertThat(created("honours").stream().filter(c -> c.steps().get(0).body().path("year").asInt() == year))
                    .as("honours " + y).isNotEmpty();
            List<Chain> villages = created("assistance-villages").stream()
                    .filter(c -> c.steps().get(0).body().path("year").asInt() == year).toList();
            assertThat(villages).as("assistance villages " + y).hasSize(3);
            assertThat(villages).allSatisfy(c -> assertThat(c.steps().get(0).body().path("funds").decimalValue()).isPositive());
        }
        Set<String> projectKinds = new HashSet<>();
        created("projects").forEach(c -> projectKinds.add(c.steps().get(0).body().path("kind").asText()));
        assertThat(projectKinds).contains("COMMAND_CENTER", "JUSTICE_OFFICE", "VIDEO_CONFERENCE", "PUBLIC_LEGAL_SERVICE_CENTER");
        // nothing dated after today, projects included
        assertThat(created("projects")).allSatisfy(c ->
                assertThat(LocalDate.parse(c.steps().get(0).body().path("completedOn").asText())).isBeforeOrEqualTo(TestCounty.TODAY));
    }

    @Test
    void reconsiderationStepsAreInDateOrderAndAnExtensionComesBeforeTheEnd() {
        for (Chain c : created("reconsiderations")) {
            List<Step> s = c.steps();
            for (int i = 1; i < s.size(); i++) {
                assertThat(s.get(i).date()).as(c.id() + " step " + i).isAfterOrEqualTo(s.get(i - 1).date());
            }
            LocalDate applied = LocalDate.parse(s.get(0).body().path("appliedOn").asText());
            LocalDate knew = LocalDate.parse(s.get(0).body().path("knewOn").asText());
            assertThat(knew.plusDays(60)).as("行政复议法第20条").isAfterOrEqualTo(applied);
        }
    }
}
