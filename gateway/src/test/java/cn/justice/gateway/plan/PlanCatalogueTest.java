package cn.justice.gateway.plan;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PlanCatalogueTest {
    private static PlanCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = new PlanCatalogue();
        catalogue.load();
    }

    private static Indicator indicator(List<String> numerator, String comparator) {
        return new Indicator("X_CODE", "x", "x", "件", "mediation-service", Indicator.Kind.FLOW, numerator, null,
                BigDecimal.ONE, comparator, null, false, Map.of(2026, BigDecimal.TEN));
    }

    private static Plan planWith(Indicator... indicators) {
        return new Plan("test-plan", "测试", "Test", 2026, 2030, List.of(indicators));
    }

    /** Rate or count, kind, the one numerator figure, factor, comparator and unit of an indicator. */
    private static void assertShape(Indicator i, boolean rate, Indicator.Kind kind, String numerator, String factor,
                                    String comparator, String unit) {
        assertThat(i.isRate()).as(i.code()).isEqualTo(rate);
        assertThat(i.kind()).as(i.code()).isEqualTo(kind);
        assertThat(i.numerator()).as(i.code()).containsExactly(numerator);
        assertThat(i.factor()).as(i.code()).isEqualByComparingTo(factor);
        assertThat(i.comparator()).as(i.code()).isEqualTo(comparator);
        assertThat(i.unit()).as(i.code()).isEqualTo(unit);
    }

    @Test
    void loadsBothShippedPlansInOrder() {
        assertThat(catalogue.all()).extracting(Plan::id, Plan::fromYear, Plan::toYear).containsExactly(
                org.assertj.core.api.Assertions.tuple("14th-fyp", 2021, 2025),
                org.assertj.core.api.Assertions.tuple("15th-fyp", 2026, 2030));
        assertThat(catalogue.find("14th-fyp").name()).isEqualTo("十四五规划");
        assertThat(catalogue.find("15th-fyp").nameEn()).isEqualTo("15th Five-Year Plan");
        assertThat(catalogue.find("16th-fyp")).isNull();
    }

    @Test
    void bothPlansHaveEveryIndicatorOfTheDesignCatalogue() {
        for (Plan p : catalogue.all()) {
            assertThat(p.indicators()).as(p.id()).extracting(Indicator::code).containsExactlyInAnyOrder(
                    "MED_FULL_TIME_MEDIATORS", "MED_TRAINING_HOURS", "PUB_UNITS_FULFILMENT_RATE", // DESIGN §10.3
                    "MED_SUCCESS_RATE", "MED_STANDARDIZED_RATE", "MED_DISPUTES", "COR_REOFFENSE_RATE",
                    "COR_REPORT_ON_TIME_RATE", "COR_ACTIVE", "COR_MISSING", "RES_CONNECT_RATE",
                    "LA_ELIGIBLE_ACCEPTANCE_RATE", "LA_TIMELY_DECISION_RATE", "LA_TIMELY_ASSIGNMENT_RATE", "LA_CONSULTATIONS",
                    "LA_WORKSTATION_COVERAGE", "LA_ADVISOR_COVERAGE", "PUB_ACTIVITIES", "PUB_MATERIALS", "PUB_SMS",
                    "PUB_SEVEN_INTO_COVERAGE", "PUB_AWARENESS_RATE",
                    "ROL_REVIEW_ON_TIME_RATE", "ROL_RECONSIDERATION_ON_TIME_RATE", // DESIGN §13
                    "ROL_RECONSIDERATION_CORRECTION_RATE", "ROL_EXAM_PASS_RATE", "ROL_TRAINING_HOURS");
        }
    }

    @Test
    void targetsFromTheSeedReportAndDesignAreNotMarkedDefault() {
        for (Plan p : catalogue.all()) {
            assertThat(p.indicator("LA_ELIGIBLE_ACCEPTANCE_RATE").targets()).containsValue(new java.math.BigDecimal("100"));
            assertThat(p.indicator("LA_ELIGIBLE_ACCEPTANCE_RATE").targetsDefault()).isFalse();
            assertThat(p.indicator("COR_REOFFENSE_RATE").comparator()).isEqualTo("<=");
            assertThat(p.indicator("COR_REOFFENSE_RATE").denominator()).containsExactly("subjects_active@start", "subjects_received");
            assertThat(p.indicator("PUB_SEVEN_INTO_COVERAGE").denominator()).containsExactly("7*townships_total");
            assertThat(p.indicator("MED_DISPUTES").targetsDefault()).isTrue();
        }
    }

    /** DESIGN §10.3 (new indicators): 法律援助法第43条, assigned within 3 days over the grants, a rate carried by default. */
    @Test
    void timelyAssignmentRateIsAssignedInTimeOverGranted() {
        for (Plan p : catalogue.all()) {
            Indicator i = p.indicator("LA_TIMELY_ASSIGNMENT_RATE");
            assertShape(i, true, Indicator.Kind.FLOW, "assigned_within_deadline", "100", ">=", "%");
            assertThat(i.denominator()).containsExactly("applications_granted");
            assertThat(i.targetsDefault()).isTrue();
            assertThat(i.targets()).hasSize(5).allSatisfy((year, t) -> assertThat(t).isEqualByComparingTo("100"));
            assertThat(i.targets().keySet()).containsExactlyElementsOf(p.indicator("LA_TIMELY_DECISION_RATE").targets().keySet());
        }
    }

    @Test
    void disputesIsAFlowCountOfRegistrations() {
        for (Plan p : catalogue.all()) {
            assertShape(p.indicator("MED_DISPUTES"), false, Indicator.Kind.FLOW, "disputes_registered", "1", ">=", "件");
        }
    }

    /** DESIGN §10.3 "New indicators": seed §二(三) 专职人民调解员, 调解员培训; §二(一) 谁执法谁普法. */
    @Test
    void theMediationAndPublicityIndicatorsOfSection10_3() {
        for (Plan p : catalogue.all()) {
            Indicator fullTime = p.indicator("MED_FULL_TIME_MEDIATORS");
            assertThat(fullTime.kind()).isEqualTo(Indicator.Kind.STOCK);
            assertThat(fullTime.isRate()).isFalse();
            assertThat(fullTime.numerator()).containsExactly("mediators_full_time");
            assertThat(fullTime.comparator()).isEqualTo(">=");
            assertThat(fullTime.owner()).isEqualTo("mediation-service");

            Indicator hours = p.indicator("MED_TRAINING_HOURS");
            assertThat(hours.kind()).isEqualTo(Indicator.Kind.FLOW);
            assertThat(hours.isRate()).isFalse();
            assertThat(hours.numerator()).containsExactly("mediator_training_hours");

            Indicator units = p.indicator("PUB_UNITS_FULFILMENT_RATE");
            assertThat(units.kind()).isEqualTo(Indicator.Kind.FLOW);
            assertThat(units.numerator()).containsExactly("units_activities_held");
            assertThat(units.denominator()).containsExactly("units_activities_planned");
            assertThat(units.factor()).isEqualByComparingTo("100");
            assertThat(units.unit()).isEqualTo("%");
            assertThat(units.owner()).isEqualTo("publicity-service");
            // the seed gives no figure: defaults until the bureau sets targets
            for (Indicator i : List.of(fullTime, hours, units)) {
                assertThat(i.targetsDefault()).as(i.code()).isTrue();
                assertThat(i.targets()).as(i.code()).hasSize(p.toYear() - p.fromYear() + 1);
            }
            assertThat(units.targets().get(p.fromYear())).isEqualByComparingTo("100");
        }
    }

    /** DESIGN §13: the five indicators of the rule-of-law line, owned by rule-of-law-service, over its measures. */
    @Test
    void theRuleOfLawIndicatorsOfSection13() {
        record Formula(String code, List<String> numerator, List<String> denominator, String comparator) {
        }
        List<Formula> formulas = List.of(
                new Formula("ROL_REVIEW_ON_TIME_RATE", List.of("documents_reviewed_on_time"), List.of("documents_reviewed"), ">="),
                new Formula("ROL_RECONSIDERATION_ON_TIME_RATE", List.of("reconsiderations_on_time"),
                        List.of("reconsiderations_decided"), ">="),
                new Formula("ROL_RECONSIDERATION_CORRECTION_RATE", List.of("reconsiderations_corrected"),
                        List.of("reconsiderations_decided"), "<="),
                new Formula("ROL_EXAM_PASS_RATE", List.of("exam_passed"), List.of("exam_candidates"), ">="),
                new Formula("ROL_TRAINING_HOURS", List.of("officer_training_hours"), null, ">="));
        for (Plan p : catalogue.all()) {
            for (Formula f : formulas) {
                Indicator i = p.indicator(f.code());
                assertThat(i).as(p.id() + "/" + f.code()).isNotNull();
                assertThat(i.owner()).isEqualTo("rule-of-law-service");
                assertThat(i.kind()).isEqualTo(Indicator.Kind.FLOW);
                assertThat(i.numerator()).as(f.code()).containsExactlyElementsOf(f.numerator());
                assertThat(i.comparator()).as(f.code()).isEqualTo(f.comparator());
                if (f.denominator() == null) {
                    assertThat(i.isRate()).isFalse();
                    assertThat(i.factor()).isEqualByComparingTo("1");
                } else {
                    assertThat(i.denominator()).as(f.code()).containsExactlyElementsOf(f.denominator());
                    assertThat(i.factor()).isEqualByComparingTo("100");
                    assertThat(i.unit()).isEqualTo("%");
                }
                // DESIGN §13 names no figures: defaults for every year until the bureau sets its own
                assertThat(i.targetsDefault()).as(f.code()).isTrue();
                assertThat(i.targets()).as(f.code()).hasSize(p.toYear() - p.fromYear() + 1);
            }
            assertThat(p.indicator("ROL_EXAM_PASS_RATE").targets().get(p.fromYear())).isEqualByComparingTo("90");
            assertThat(p.indicator("ROL_REVIEW_ON_TIME_RATE").targets().get(p.toYear())).isEqualByComparingTo("100");
        }
    }

    @Test
    void successRateIsSucceededOverClosedTimes100() {
        for (Plan p : catalogue.all()) {
            Indicator i = p.indicator("MED_SUCCESS_RATE");

            assertThat(i.isRate()).isTrue();
            assertThat(i.numerator()).containsExactly("disputes_succeeded");
            assertThat(i.denominator()).containsExactlyInAnyOrder("disputes_succeeded", "disputes_failed");
            assertThat(i.factor()).isEqualByComparingTo("100");
            assertThat(i.comparator()).isEqualTo(">=");
            assertThat(i.unit()).isEqualTo("%");
        }
    }

    @Test
    void everyIndicatorHasATargetForEveryYearOfItsPlanAndNoOther() {
        for (Plan p : catalogue.all()) {
            List<Integer> years = IntStream.rangeClosed(p.fromYear(), p.toYear()).boxed().toList();
            for (Indicator i : p.indicators()) {
                if (i.code().equals("COR_ACTIVE")) {
                    assertThat(i.targets()).as("COR_ACTIVE is informational").isEmpty();
                    continue;
                }
                assertThat(i.targets()).as(p.id() + "/" + i.code()).containsOnlyKeys(years);
            }
        }
    }

    @Test
    void shippedTargets() {
        assertThat(catalogue.find("14th-fyp").indicator("MED_DISPUTES").targets().get(2023)).isEqualByComparingTo("500");
        assertThat(catalogue.find("15th-fyp").indicator("MED_DISPUTES").targets().get(2030)).isEqualByComparingTo("500");
        assertThat(catalogue.find("14th-fyp").indicator("MED_SUCCESS_RATE").targets().get(2021)).isEqualByComparingTo("95");
        assertThat(catalogue.find("15th-fyp").indicator("MED_SUCCESS_RATE").targets().get(2026)).isEqualByComparingTo("95");
    }

    @Test
    void shippedPlansPassValidation() {
        catalogue.all().forEach(p -> assertThatNoException().isThrownBy(() -> PlanCatalogue.validate(p)));
    }

    @Test
    void validateAcceptsEveryComparator() {
        for (String comparator : List.of(">=", "<=", "=")) {
            assertThatNoException().isThrownBy(() -> PlanCatalogue.validate(planWith(indicator(List.of("m"), comparator))));
        }
    }

    @Test
    void validateRejectsAnIndicatorWithoutNumerator() {
        assertThatIllegalStateException()
                .isThrownBy(() -> PlanCatalogue.validate(planWith(indicator(null, ">="))))
                .withMessage("test-plan/X_CODE: numerator is required");
        assertThatIllegalStateException()
                .isThrownBy(() -> PlanCatalogue.validate(planWith(indicator(List.of(), ">="))))
                .withMessageContaining("numerator");
    }

    @Test
    void validateRejectsABadComparator() {
        for (String comparator : List.of(">", "<", "==", "≥", "")) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> PlanCatalogue.validate(planWith(indicator(List.of("m"), comparator))))
                    .withMessageContaining("X_CODE").withMessageContaining("comparator");
        }
    }

    @Test
    void validateRejectsAMissingKindOrFactor() {
        Indicator noKind = new Indicator("NO_KIND", "x", "x", "件", "o", null, List.of("m"), null, BigDecimal.ONE,
                ">=", null, false, Map.of());
        Indicator noFactor = new Indicator("NO_FACTOR", "x", "x", "件", "o", Indicator.Kind.STOCK, List.of("m"), null,
                null, ">=", null, false, Map.of());

        assertThatIllegalStateException().isThrownBy(() -> PlanCatalogue.validate(planWith(noKind)))
                .withMessageContaining("NO_KIND");
        assertThatIllegalStateException().isThrownBy(() -> PlanCatalogue.validate(planWith(noFactor)))
                .withMessageContaining("NO_FACTOR");
    }

    @Test
    void validateChecksEveryIndicatorNotJustTheFirst() {
        List<Indicator> indicators = new ArrayList<>(List.of(indicator(List.of("m"), ">=")));
        indicators.add(new Indicator("SECOND", "x", "x", "件", "o", Indicator.Kind.FLOW, List.of("m"), null,
                BigDecimal.ONE, "!=", null, false, Map.of()));

        assertThatIllegalStateException()
                .isThrownBy(() -> PlanCatalogue.validate(new Plan("p", "p", "p", 2026, 2030, indicators)))
                .withMessageContaining("SECOND");
    }
}
