package cn.justice.publicity.activity;

import cn.justice.platform.problem.ProblemException;
import cn.justice.publicity.survey.SurveyRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain rules of activities and surveys. */
class RulesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 10);

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            return e.problem().errors.stream().map(cn.justice.platform.problem.Problem.FieldError::field).toList();
        }
        return List.of();
    }

    @Test
    void holdFiguresMustNotBeNegative() {
        assertThat(fields(() -> ActivityRules.checkHeld(TODAY, -1, 0, TODAY))).containsExactly("participants");
        assertThat(fields(() -> ActivityRules.checkHeld(TODAY, 0, -5, TODAY))).containsExactly("materialsDistributed");
        assertThat(fields(() -> ActivityRules.checkHeld(null, null, null, TODAY)))
                .containsExactly("heldOn", "participants", "materialsDistributed");
        assertThat(fields(() -> ActivityRules.checkHeld(TODAY, ActivityActions.MAX_FIGURE + 1, 0, TODAY)))
                .containsExactly("participants");
        assertThatCode(() -> ActivityRules.checkHeld(TODAY, 0, 0, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> ActivityRules.checkHeld(TODAY.minusYears(3), 100, 500, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void anActivityIsNotHeldInTheFuture() {
        assertThat(fields(() -> ActivityRules.checkHeld(TODAY.plusDays(1), 10, 10, TODAY))).containsExactly("heldOn");
    }

    @Test
    void aHeldActivitysDateChangesOnlyByCorrection() {
        assertThatCode(() -> ActivityRules.checkDateEdit(ActivityStatus.PLANNED, TODAY, TODAY.plusDays(3)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ActivityRules.checkDateEdit(ActivityStatus.HELD, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ActivityRules.checkDateEdit(ActivityStatus.HELD, TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void targetGroupsLoseDuplicatesAndKeepEnumOrder() {
        assertThat(ActivityRules.normalize(Arrays.asList(TargetGroup.YOUTH, TargetGroup.LEADING_CADRES, TargetGroup.YOUTH)))
                .containsExactly(TargetGroup.LEADING_CADRES, TargetGroup.YOUTH);
        assertThat(ActivityRules.normalize(null)).isEmpty();
    }

    @Test
    void surveyBounds() {
        assertThatCode(() -> SurveyRules.check(2025, 400, 400, 0, 2025)).doesNotThrowAnyException();
        assertThatCode(() -> SurveyRules.check(2025, 0, 0, 0, 2025)).doesNotThrowAnyException();
        assertThat(fields(() -> SurveyRules.check(2025, 400, 401, 10, 2025))).containsExactly("aware");
        assertThat(fields(() -> SurveyRules.check(2025, 400, 10, 401, 2025))).containsExactly("satisfied");
        assertThat(fields(() -> SurveyRules.check(2025, 10, 11, 12, 2025))).containsExactly("aware", "satisfied");
        assertThat(fields(() -> SurveyRules.check(2025, -1, 0, 0, 2025))).contains("respondents");
        assertThat(fields(() -> SurveyRules.check(2025, 10, -1, -1, 2025))).containsExactly("aware", "satisfied");
        assertThat(fields(() -> SurveyRules.check(2026, 10, 1, 1, 2025))).containsExactly("year");
        assertThat(fields(() -> SurveyRules.check(1999, 10, 1, 1, 2025))).containsExactly("year");
    }
}
