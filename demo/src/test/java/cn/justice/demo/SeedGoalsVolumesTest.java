package cn.justice.demo;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo gives the measures of DESIGN §10.3 (issue 19) real figures in every complete year 2021–2025, so the
 * dashboard's MED_FULL_TIME_MEDIATORS, MED_TRAINING_HOURS and PUB_UNITS_FULFILMENT_RATE and the report's 排查,
 * 德古+法律, 人民调解+治安调解, 谁执法谁普法 and 以案释法 sentences are not zero: computed here from the planned requests
 * with the gateway's rules.
 */
class SeedGoalsVolumesTest {
    private final Plan plan = DemoPlan.build(TestCounty.context(DemoPlan.DEFAULT_SEED), TestCounty.TODAY);

    private List<Chain> created(String kind) {
        return plan.chains().filter(c -> c.kind().equals(kind) && c.startsWithCreate()).toList();
    }

    private static Step create(Chain c) {
        return c.steps().get(0);
    }

    @Test
    void disputesAreScreenedAndMediatedByDeguLawAndWithThePoliceEveryYear() {
        for (int y = 2021; y <= 2025; y++) {
            int year = y;
            List<Chain> registered = created("disputes").stream().filter(c -> c.date().getYear() == year).toList();
            long screened = registered.stream().filter(c -> create(c).body().path("source").asText().equals("SCREENING")).count();
            long degu = registered.stream().filter(c -> create(c).body().path("mechanism").asText().equals("DEGU_LAW")).count();
            long police = registered.stream().filter(c -> create(c).body().path("mechanism").asText().equals("POLICE_LINKAGE")
                    || create(c).body().path("source").asText().equals("POLICE_REFERRAL")).count();
            assertThat(screened).as("screened " + y).isBetween(registered.size() / 4L, registered.size() * 3L / 4);
            assertThat(degu).as("德古+法律 " + y).isPositive();
            assertThat(police).as("人民调解+治安调解 " + y).isPositive();
        }
    }

    @Test
    void fullTimeMediatorsServeAndMediatorsAreTrainedEveryYear() {
        Map<UUID, LocalDate> retired = new HashMap<>();
        plan.chains().filter(c -> c.kind().equals("mediators") && !c.startsWithCreate())
                .forEach(c -> c.steps().stream().filter(s -> s.action().equals("retire"))
                        .forEach(s -> retired.put(c.id(), s.date())));
        for (int y = 2021; y <= 2025; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            long fullTime = created("mediators").stream()
                    .filter(c -> create(c).body().path("kind").asText().equals("FULL_TIME"))
                    .filter(c -> !c.date().isAfter(end) && (!retired.containsKey(c.id()) || retired.get(c.id()).isAfter(end)))
                    .count();
            int year = y;
            long hours = created("mediators").stream().flatMap(c -> c.steps().stream())
                    .filter(s -> s.action().equals("train") && s.date().getYear() == year)
                    .mapToLong(s -> new BigDecimal(s.body().path("hours").asText()).setScale(0, RoundingMode.HALF_UP).longValue())
                    .sum();

            // around the plans' default targets (MED_FULL_TIME_MEDIATORS 30, MED_TRAINING_HOURS 300)
            assertThat(fullTime).as("专职人民调解员 at the end of " + y).isBetween(20L, 60L);
            assertThat(hours).as("training hours " + y).isBetween(150L, 600L);
        }
    }

    @Test
    void responsibleUnitsPlanAndHoldActivitiesAndCasesAreExplainedEveryYear() {
        for (int y = 2021; y <= 2025; y++) {
            String path = "/years/" + y;
            int year = y;
            long items = 0;
            long planned = 0;
            for (Chain c : created("responsible-units")) {
                for (Step s : c.steps()) {
                    if ("put".equals(s.action()) && s.path().endsWith(path)) {
                        items += s.body().path("items").size();
                        planned += s.body().path("plannedActivities").asLong();
                    }
                }
            }
            List<Chain> held = created("activities").stream()
                    .filter(c -> c.steps().stream().anyMatch(s -> s.action().equals("hold") && s.date().getYear() == year))
                    .toList();
            long caseExplanation = held.stream()
                    .filter(c -> create(c).body().path("format").asText().equals("CASE_EXPLANATION")).count();
            assertThat(items).as("普法责任清单 " + y).isPositive();
            assertThat(planned).as("planned " + y).isPositive();
            assertThat(100.0 * held.size() / planned).as("units' fulfilment " + y).isBetween(70.0, 110.0);
            assertThat(caseExplanation).as("以案释法 " + y).isPositive();
        }
    }
}
