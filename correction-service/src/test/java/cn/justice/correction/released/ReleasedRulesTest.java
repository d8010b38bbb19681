package cn.justice.correction.released;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.justice.correction.released.ReleasedCloseReason.PERIOD_ENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of 安置帮教 (DESIGN §10.1, "Released persons (安置帮教)"), without storage. */
class ReleasedRulesTest {
    private static final LocalDate RELEASED = LocalDate.of(2021, 3, 2);

    @Test
    void supportPeriodEndsFiveYearsAfterRelease() {
        assertThat(ReleasedRules.supportPeriodEndsOn(RELEASED)).isEqualTo(LocalDate.of(2026, 3, 2));
        // released on 29 February: the five years are over on 28 February (as PostgreSQL's + interval '5 years')
        assertThat(ReleasedRules.supportPeriodEndsOn(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void periodEndedNotBeforeTheFiveYearsAreOver() {
        LocalDate ends = ReleasedRules.supportPeriodEndsOn(RELEASED);
        assertThatThrownBy(() -> ReleasedRules.checkClose(PERIOD_ENDED, ends.minusDays(1), ends))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problem().detail).startsWith(ReleasedRules.SOURCE).contains("2026-03-02");
                    assertThat(e.problem().extensions()).containsEntry("rule", "support-period");
                });
        assertThatCode(() -> ReleasedRules.checkClose(PERIOD_ENDED, ends, ends)).doesNotThrowAnyException();
        assertThatCode(() -> ReleasedRules.checkClose(PERIOD_ENDED, ends.plusDays(1), ends)).doesNotThrowAnyException();
    }

    @Test
    void otherReasonsCloseAtAnyTime() {
        LocalDate ends = ReleasedRules.supportPeriodEndsOn(RELEASED);
        for (ReleasedCloseReason r : ReleasedCloseReason.values()) {
            if (r != PERIOD_ENDED) {
                assertThatCode(() -> ReleasedRules.checkClose(r, RELEASED, ends)).as(r.name()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void supportPeriodEndingWithinTheWindowOrEndedAndOpen() {
        LocalDate ends = ReleasedRules.supportPeriodEndsOn(RELEASED);
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.PLACED, ends, ends.minusDays(31), 30)).isFalse();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.PLACED, ends, ends.minusDays(30), 30)).isTrue();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.REGISTERED, ends, ends, 30)).isTrue();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.CONNECTED, ends, ends.plusYears(1), 30)).isTrue();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.CLOSED, ends, ends.plusDays(1), 30)).isFalse();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.PLACED, ends, ends.minusDays(7), 7)).isTrue();
        assertThat(ReleasedRules.supportPeriodEnding(ReleasedStatus.PLACED, ends, ends.minusDays(8), 7)).isFalse();
    }

    @Test
    void keyPersonConnectedOnReleaseDayIsOnTimeOneDayLateIsLate() {
        LocalDate today = RELEASED.plusMonths(2);
        assertThat(ReleasedRules.connectionLate(true, RELEASED, RELEASED, null, today)).isFalse();
        assertThat(ReleasedRules.connectedOnTime(true, RELEASED, RELEASED)).isTrue();
        assertThat(ReleasedRules.connectionLate(true, RELEASED, RELEASED.plusDays(1), null, today)).isTrue();
        assertThat(ReleasedRules.connectedOnTime(true, RELEASED, RELEASED.plusDays(1))).isFalse();
        // not connected yet: on time on the day of release, late from the day after
        assertThat(ReleasedRules.connectionLate(true, RELEASED, null, null, RELEASED)).isFalse();
        assertThat(ReleasedRules.connectionLate(true, RELEASED, null, null, RELEASED.plusDays(1))).isTrue();
        assertThat(ReleasedRules.connectedOnTime(true, RELEASED, null)).isFalse();
        // closed without a connection: as on the day it closed
        assertThat(ReleasedRules.connectionLate(true, RELEASED, null, RELEASED, today)).isFalse();
        assertThat(ReleasedRules.connectionLate(true, RELEASED, null, RELEASED.plusDays(3), today)).isTrue();
    }

    @Test
    void otherPersonsHaveNoConnectionDeadline() {
        LocalDate today = RELEASED.plusYears(1);
        assertThat(ReleasedRules.connectionLate(false, RELEASED, RELEASED.plusDays(40), null, today)).isFalse();
        assertThat(ReleasedRules.connectionLate(false, RELEASED, null, null, today)).isFalse();
        assertThat(ReleasedRules.connectedOnTime(false, RELEASED, RELEASED.plusDays(40))).isTrue();
        assertThat(ReleasedRules.connectedOnTime(false, RELEASED, null)).isFalse();
    }

    @Test
    void reoffenceRecordedOnce() {
        assertThatCode(() -> ReleasedRules.checkReoffend(null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReleasedRules.checkReoffend(RELEASED.plusMonths(5)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("rule", "reoffence-recorded");
                });
    }
}
