package cn.justice.legalaid.application;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationRulesTest {
    private static final LocalDate D = LocalDate.parse("2025-03-03");

    @Test
    void decisionIsDueSevenDaysAfterReceiptPlusTheDaysWaitedForMaterials() {
        assertThat(ApplicationRules.decisionDueOn(D, 0)).isEqualTo("2025-03-10");
        assertThat(ApplicationRules.decisionDueOn(D, 5)).isEqualTo("2025-03-15");
        assertThat(ApplicationRules.waitingDays(LocalDate.parse("2025-03-04"), LocalDate.parse("2025-03-09"))).isEqualTo(5);
        assertThat(ApplicationRules.waitingDays(D, D)).isZero();
    }

    @Test
    void decidedOnTheDueDateIsWithinTheDeadlineTheDayAfterIsNot() {
        assertThat(ApplicationRules.decidedWithinDeadline(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-10"))).isTrue();
        assertThat(ApplicationRules.decidedWithinDeadline(LocalDate.parse("2025-03-11"), LocalDate.parse("2025-03-10"))).isFalse();
    }

    @Test
    void assignedWithinThreeDaysOfTheDecisionAndEmergencyIsNeverLate() {
        assertThat(ApplicationRules.assignedWithinDeadline(D, LocalDate.parse("2025-03-06"))).isTrue();
        assertThat(ApplicationRules.assignedWithinDeadline(D, LocalDate.parse("2025-03-07"))).isFalse();
        assertThat(ApplicationRules.assignedWithinDeadline(null, LocalDate.parse("2025-03-07"))).isTrue();
    }

    @Test
    void detentionForwardingWithin24Hours() {
        Instant submitted = Instant.parse("2025-03-02T09:00:00Z");
        assertThat(ApplicationRules.forwardedWithin24h(submitted, Instant.parse("2025-03-03T09:00:00Z"))).isTrue();
        assertThat(ApplicationRules.forwardedWithin24h(submitted, Instant.parse("2025-03-03T09:00:01Z"))).isFalse();
    }

    @Test
    void forwardingInstantsBelongToDetentionForwardedOnly() {
        Instant now = Instant.parse("2025-03-05T00:00:00Z");
        ApplicationRules.checkForwarding(ApplicationChannel.WALK_IN, null, null, now);
        ApplicationRules.checkForwarding(ApplicationChannel.DETENTION_FORWARDED, Instant.parse("2025-03-02T09:00:00Z"),
                Instant.parse("2025-03-03T09:00:00Z"), now);
        assertThatThrownBy(() -> ApplicationRules.checkForwarding(ApplicationChannel.DETENTION_FORWARDED, null,
                Instant.parse("2025-03-03T09:00:00Z"), now)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors.get(0).field()).isEqualTo("submittedAt"));
        assertThatThrownBy(() -> ApplicationRules.checkForwarding(ApplicationChannel.DETENTION_FORWARDED,
                Instant.parse("2025-03-03T09:00:00Z"), Instant.parse("2025-03-02T09:00:00Z"), now))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> ApplicationRules.checkForwarding(ApplicationChannel.ONLINE, null,
                Instant.parse("2025-03-03T09:00:00Z"), now)).isInstanceOf(ProblemException.class);
    }

    @Test
    void actionDatesDefaultToTodayAndAreNeitherFutureNorTooEarly() {
        assertThat(ApplicationRules.actionDate("on", null, D, null)).isEqualTo(D);
        assertThatThrownBy(() -> ApplicationRules.actionDate("on", D.plusDays(1), D, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors.get(0).field()).isEqualTo("on"));
        assertThatThrownBy(() -> ApplicationRules.actionDate("decidedOn", D.minusDays(2), D, D.minusDays(1)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void minorsAndElderlyAreDerivedFromTheIdNumberOnTheDayOfReceipt() {
        // born 2010-05-01
        assertThat(ApplicationRules.groups(List.of(), "519901201005014562", LocalDate.parse("2028-04-30")))
                .containsExactly(ApplicantGroup.MINOR);
        assertThat(ApplicationRules.groups(List.of(), "519901201005014562", LocalDate.parse("2028-05-01"))).isEmpty();
        // born 1950-01-01
        assertThat(ApplicationRules.groups(List.of(ApplicantGroup.DISABLED, ApplicantGroup.DISABLED), "519901195001017899", D))
                .containsExactly(ApplicantGroup.ELDERLY, ApplicantGroup.DISABLED);
    }

    @Test
    void aMandatoryDefenceGroundNeedsACriminalDefenceCase() {
        ApplicationRules.checkMandatoryGround(CaseType.CRIMINAL_DEFENSE, MandatoryDefenseGround.MINOR);
        ApplicationRules.checkMandatoryGround(CaseType.CIVIL, null);
        assertThatThrownBy(() -> ApplicationRules.checkMandatoryGround(CaseType.CIVIL, MandatoryDefenseGround.MINOR))
                .isInstanceOf(ProblemException.class);
    }
}
