package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 外出 (实施办法第26条): who approves, the prefecture beyond 30 days (one leave or two months together), overlaps, return. */
class LeaveRulesTest {
    private static final LocalDate END = LocalDate.parse("2026-12-31");
    private static final History.PrefectureApproval PREFECTURE = new History.PrefectureApproval(d("2025-04-20"), "X州司矫〔2025〕3号");

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static History.Leave leave(String from, String to) {
        return new History.Leave(d(from), d(to), LeaveRules.days(d(from), d(to)), "成都", "探亲", "county-admin", "u",
                LeaveApproval.COUNTY, null, null, false);
    }

    private static void status(Runnable r, int status, String startsWith) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            if (startsWith != null) {
                assertThat(e.problem().detail).startsWith(startsWith);
            }
        });
    }

    @Test
    void leaveDaysCountBothEnds() {
        assertThat(LeaveRules.days(d("2025-05-01"), d("2025-05-01"))).isEqualTo(1);
        assertThat(LeaveRules.days(d("2025-05-01"), d("2025-05-07"))).isEqualTo(7);
    }

    /** 7 days: the township office; 8 days: the county (403 for a township officer). */
    @Test
    void sevenDaysForTheTownshipEightNeedTheCounty() {
        LeaveRules.Decision seven = LeaveRules.check(d("2025-05-01"), d("2025-05-07"), END, List.of(), false, null);
        assertThat(seven.days()).isEqualTo(7);
        assertThat(seven.approval()).isEqualTo(LeaveApproval.TOWNSHIP);
        status(() -> LeaveRules.check(d("2025-05-01"), d("2025-05-08"), END, List.of(), false, null), 403, "实施办法第26条");
        assertThat(LeaveRules.check(d("2025-05-01"), d("2025-05-08"), END, List.of(), true, null).approval())
                .isEqualTo(LeaveApproval.COUNTY);
    }

    /** 30 days: the county; 31 days: also the prefecture's approval (422 without, 403 for a township officer with it). */
    @Test
    void thirtyDaysForTheCountyThirtyOneNeedThePrefecture() {
        LeaveRules.Decision thirty = LeaveRules.check(d("2025-05-01"), d("2025-05-30"), END, List.of(), true, null);
        assertThat(thirty.days()).isEqualTo(30);
        assertThat(thirty.approval()).isEqualTo(LeaveApproval.COUNTY);
        status(() -> LeaveRules.check(d("2025-05-01"), d("2025-05-31"), END, List.of(), true, null), 422, "实施办法第26条");
        status(() -> LeaveRules.check(d("2025-05-01"), d("2025-05-31"), END, List.of(), false, PREFECTURE), 403, "实施办法第26条");
        LeaveRules.Decision long_ = LeaveRules.check(d("2025-05-01"), d("2025-05-31"), END, List.of(), true, PREFECTURE);
        assertThat(long_.days()).isEqualTo(31);
        assertThat(long_.approval()).isEqualTo(LeaveApproval.PREFECTURE);
    }

    /** Over 30 days in any two months together: 20 + 10 = 30 is the county's, 20 + 11 = 31 needs the prefecture. */
    @Test
    void thirtyOneDaysInTwoMonthsTogetherNeedThePrefecture() {
        List<History.Leave> january = List.of(leave("2025-01-10", "2025-01-29")); // 20 days
        LeaveRules.Decision ten = LeaveRules.check(d("2025-02-20"), d("2025-03-01"), END, january, true, null);
        assertThat(ten.days()).isEqualTo(10);
        assertThat(ten.daysInTwoMonths()).isEqualTo(30);
        assertThat(ten.approval()).isEqualTo(LeaveApproval.COUNTY);
        status(() -> LeaveRules.check(d("2025-02-20"), d("2025-03-02"), END, january, true, null), 422, "实施办法第26条");
        assertThat(LeaveRules.check(d("2025-02-20"), d("2025-03-02"), END, january, true, PREFECTURE).approval())
                .isEqualTo(LeaveApproval.PREFECTURE);
        // two months after the first leave's last day the window no longer holds it: 20 + 11 apart is fine
        assertThat(LeaveRules.check(d("2025-03-29"), d("2025-04-08"), END, january, true, null).daysInTwoMonths()).isEqualTo(11);
        // even two short leaves of the township sum up: 5 + 26 = 31 needs the prefecture (and the county)
        status(() -> LeaveRules.check(d("2025-02-01"), d("2025-02-26"), END, List.of(leave("2025-01-10", "2025-01-14")),
                true, null), 422, "实施办法第26条");
        // an early return counts the days actually away
        History.Leave back = leave("2025-01-10", "2025-01-29").returned(d("2025-01-20")); // away 10 days
        assertThat(LeaveRules.check(d("2025-02-01"), d("2025-02-20"), END, List.of(back), true, null).daysInTwoMonths()).isEqualTo(30);
        status(() -> LeaveRules.check(d("2025-02-01"), d("2025-02-20"), END, List.of(leave("2025-01-10", "2025-01-29")),
                true, null), 422, "实施办法第26条");
    }

    @Test
    void overlappingLeavesAreRefused() {
        List<History.Leave> may = List.of(leave("2025-05-10", "2025-05-14"));
        status(() -> LeaveRules.check(d("2025-05-14"), d("2025-05-16"), END, may, true, null), 422, "实施办法第26条");
        status(() -> LeaveRules.check(d("2025-05-01"), d("2025-05-10"), END, may, true, null), 422, "实施办法第26条");
        assertThat(LeaveRules.check(d("2025-05-15"), d("2025-05-16"), END, may, true, null).days()).isEqualTo(2);
        // after an early return the rest of the approved leave is free again
        List<History.Leave> back = List.of(may.get(0).returned(d("2025-05-12")));
        assertThat(LeaveRules.check(d("2025-05-12"), d("2025-05-13"), END, back, true, null).days()).isEqualTo(2);
    }

    @Test
    void badDatesAre400() {
        status(() -> LeaveRules.check(d("2025-05-02"), d("2025-05-01"), END, List.of(), true, null), 400, "to");
        status(() -> LeaveRules.check(d("2026-12-30"), d("2027-01-02"), END, List.of(), true, null), 400, "to");
    }

    /** A leave past its last day without a return is overdue (the day after its last day, not on it). */
    @Test
    void aLeavePastItsEndWithoutReturnIsOverdue() {
        List<History.Leave> leaves = List.of(leave("2025-05-01", "2025-05-05"));
        assertThat(LeaveRules.returnOverdue(leaves, d("2025-05-05"))).isFalse();
        assertThat(LeaveRules.returnOverdue(leaves, d("2025-05-06"))).isTrue();
        assertThat(LeaveRules.openUntil(leaves)).isEqualTo(d("2025-05-05"));
        int i = LeaveRules.returning(leaves, d("2025-05-06"));
        List<History.Leave> back = List.of(leaves.get(i).returned(d("2025-05-06")));
        assertThat(LeaveRules.returnOverdue(back, d("2025-06-01"))).isFalse();
        assertThat(LeaveRules.openUntil(back)).isNull();
        status(() -> LeaveRules.returning(back, d("2025-06-01")), 409, null);
        status(() -> LeaveRules.returning(leaves, d("2025-04-30")), 409, null); // not begun yet
        // a migrated leave whose return is assumed is neither open nor overdue
        History.Leave assumed = new History.Leave(d("2025-01-01"), d("2025-01-03"), 3, "x", "y", "r", "u", null, null,
                d("2025-01-03"), true);
        assertThat(LeaveRules.returnOverdue(List.of(assumed), d("2025-06-01"))).isFalse();
    }
}
