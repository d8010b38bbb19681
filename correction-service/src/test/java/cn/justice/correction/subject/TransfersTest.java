package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 执行地变更 (社区矫正法第27条; 实施办法第30条). */
class TransfersTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void withinTheCountyOnlyAndToAnotherTownship() {
        Transfers.checkWithinCounty("519901", "519901101", "519901100", "519901");
        assertThatThrownBy(() -> Transfers.checkWithinCounty("519901", "519901101", "519902101", "519902"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problem().detail).startsWith("社区矫正法第27条");
                });
        assertThatThrownBy(() -> Transfers.checkWithinCounty("519901", "519901101", "519901101", "519901"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        Transfers.checkOtherCounty("519901", "519902");
        assertThatThrownBy(() -> Transfers.checkOtherCounty("519901", "519901"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    /** The township of a day: before the first transfer its origin, from a transfer's day its target. */
    @Test
    void theTownshipFollowsTheTransfersFromTheirDay() {
        List<History.Transfer> t = List.of(new History.Transfer(d("2025-03-01"), "519901101", "519901100"),
                new History.Transfer(d("2025-06-01"), "519901100", "519901200"));
        assertThat(Transfers.townshipOn(t, "519901200", d("2025-02-28"))).isEqualTo("519901101");
        assertThat(Transfers.townshipOn(t, "519901200", d("2025-03-01"))).isEqualTo("519901100");
        assertThat(Transfers.townshipOn(t, "519901200", d("2025-05-31"))).isEqualTo("519901100");
        assertThat(Transfers.townshipOn(t, "519901200", d("2025-06-01"))).isEqualTo("519901200");
        assertThat(Transfers.townshipOn(List.of(), "519901101", d("2025-06-01"))).isEqualTo("519901101");
    }
}
