package cn.justice.legalaid.workstation;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkstationRulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-06-30");

    @Test
    void theStateFollowsTheClosingDate() {
        assertThat(WorkstationRules.statusOf(null)).isEqualTo(WorkstationStatus.ACTIVE);
        assertThat(WorkstationRules.statusOf(TODAY)).isEqualTo(WorkstationStatus.CLOSED);
    }

    @Test
    void onlyAnActiveWorkstationCloses() {
        assertThat(WorkstationRules.close(WorkstationStatus.ACTIVE)).isEqualTo(WorkstationStatus.CLOSED);
        assertThatThrownBy(() -> WorkstationRules.close(WorkstationStatus.CLOSED))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.problem().extensions()).containsEntry("currentStatus", "CLOSED");
                });
    }

    @Test
    void datesAreInOrderAndNotInTheFuture() {
        WorkstationRules.checkDates(TODAY.minusDays(10), TODAY.minusDays(10), TODAY);
        assertThatThrownBy(() -> WorkstationRules.checkDates(TODAY.plusDays(1), null, TODAY)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> WorkstationRules.checkDates(TODAY, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors.get(0).field()).isEqualTo("closedOn"));
        assertThatThrownBy(() -> WorkstationRules.checkDates(TODAY.minusDays(1), TODAY.plusDays(1), TODAY))
                .isInstanceOf(ProblemException.class);
    }
}
