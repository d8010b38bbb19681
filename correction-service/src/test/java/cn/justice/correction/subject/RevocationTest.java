package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.justice.correction.subject.RevocationGround.MISSING_OVER_MONTH;
import static cn.justice.correction.subject.RevocationGround.NOT_REPORTED;
import static cn.justice.correction.subject.RevocationGround.REOFFENDED;
import static cn.justice.correction.subject.RevocationGround.TWO_WARNINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 撤销/收监 (社区矫正法第46–49条; 实施办法第46–49条): kinds, the 30-day ruling, the statutory grounds. */
class RevocationTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static List<RevocationGround> grounds(SubjectCategory c, int warnings, List<History.MissingPeriod> missing,
                                                  boolean reoffended, String reportedOn, String today) {
        return Revocation.grounds(c, warnings, missing, reoffended, reportedOn == null ? null : d(reportedOn),
                d("2025-01-20"), d(today));
    }

    /** 第46条、第49条: 管制 has neither revocation nor commitment (422 naming the articles). */
    @Test
    void controlCannotBeRevokedNorCommitted() {
        assertThatThrownBy(() -> Revocation.kind(SubjectCategory.CONTROL)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.problem().detail).startsWith("社区矫正法第46条、第49条");
        });
        assertThat(Revocation.kind(SubjectCategory.PROBATION)).isEqualTo(ProposalKind.REVOCATION);
        assertThat(Revocation.kind(SubjectCategory.PAROLE)).isEqualTo(ProposalKind.REVOCATION);
        assertThat(Revocation.kind(SubjectCategory.MEDICAL_PAROLE)).isEqualTo(ProposalKind.COMMITMENT);
        assertThat(grounds(SubjectCategory.CONTROL, 5, List.of(), true, null, "2026-01-01")).isEmpty();
    }

    /** 第46条: the court rules within 30 days; overdue on day 31. */
    @Test
    void theRulingIsDueThirtyDaysAfterTheProposal() {
        LocalDate due = Revocation.courtDueOn(d("2025-03-01"));
        assertThat(due).isEqualTo(d("2025-03-31"));
        assertThat(Revocation.courtRulingOverdue(due, d("2025-03-31"))).isFalse();
        assertThat(Revocation.courtRulingOverdue(due, d("2025-04-01"))).isTrue();
        assertThat(Revocation.courtRulingOverdue(null, d("2025-04-01"))).isFalse();
    }

    @Test
    void aRulingNeedsAnOpenProposalAndComesAfterIt() {
        History.RevocationProposal open = new History.RevocationProposal(ProposalKind.REVOCATION, d("2025-03-01"),
                List.of(MISSING_OVER_MONTH), null, d("2025-03-31"), SubjectStatus.MISSING, "u", null, null, null, null);
        Revocation.checkRuling(open, d("2025-03-01"));
        assertThatThrownBy(() -> Revocation.checkRuling(open, d("2025-02-28"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(400));
        History.RevocationProposal ruled = open.decided(d("2025-03-10"), "X县人民法院", "1号", ProposalOutcome.REVOKED);
        assertThatThrownBy(() -> Revocation.checkRuling(ruled, d("2025-03-11"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> Revocation.checkRuling(null, d("2025-03-11"))).isInstanceOf(ProblemException.class);
    }

    /** 实施办法第46条: two warnings (one is not enough). */
    @Test
    void twoWarningsAreAGround() {
        assertThat(grounds(SubjectCategory.PROBATION, 1, List.of(), false, "2025-01-15", "2025-06-01")).isEmpty();
        assertThat(grounds(SubjectCategory.PROBATION, 2, List.of(), false, "2025-01-15", "2025-06-01")).containsExactly(TWO_WARNINGS);
    }

    /** 实施办法第46条: missing over a month — 30 days is not, 31 days is; open periods count to today, closed to the return. */
    @Test
    void aMissingPeriodOverThirtyDaysIsAGround() {
        List<History.MissingPeriod> open = List.of(new History.MissingPeriod(d("2025-03-01"), null, null));
        assertThat(grounds(SubjectCategory.PAROLE, 0, open, false, "2025-01-15", "2025-03-31")).isEmpty();
        assertThat(grounds(SubjectCategory.PAROLE, 0, open, false, "2025-01-15", "2025-04-01")).containsExactly(MISSING_OVER_MONTH);
        List<History.MissingPeriod> thirty = List.of(new History.MissingPeriod(d("2025-03-01"), d("2025-03-31"), null));
        List<History.MissingPeriod> thirtyOne = List.of(new History.MissingPeriod(d("2025-03-01"), d("2025-04-01"), null));
        assertThat(grounds(SubjectCategory.PAROLE, 0, thirty, false, "2025-01-15", "2026-01-01")).isEmpty();
        assertThat(grounds(SubjectCategory.PAROLE, 0, thirtyOne, false, "2025-01-15", "2026-01-01")).containsExactly(MISSING_OVER_MONTH);
    }

    /** 实施办法第46条: a re-offence. */
    @Test
    void aReoffenceIsAGround() {
        assertThat(grounds(SubjectCategory.PROBATION, 0, List.of(), true, "2025-01-15", "2025-06-01")).containsExactly(REOFFENDED);
    }

    /**
     * 实施办法第46条: unreported 10 days past the deadline (due 2025-01-20: on 2025-01-29, 9 days past, not yet; on
     * 2025-01-30, 10 days past, a ground); not for a 暂予监外执行 person, whom the authorities hand over.
     */
    @Test
    void unreportedTenDaysPastTheDeadlineIsAGround() {
        assertThat(grounds(SubjectCategory.PROBATION, 0, List.of(), false, null, "2025-01-29")).isEmpty();
        assertThat(grounds(SubjectCategory.PROBATION, 0, List.of(), false, null, "2025-01-30")).containsExactly(NOT_REPORTED);
        assertThat(grounds(SubjectCategory.PROBATION, 0, List.of(), false, "2025-01-29", "2025-02-28")).isEmpty();
        assertThat(grounds(SubjectCategory.MEDICAL_PAROLE, 0, List.of(), false, null, "2025-03-30")).isEmpty();
    }

    /** A ground recommends a proposal only while one could be made. */
    @Test
    void recommendedOnlyWhileAProposalCouldBeMade() {
        List<RevocationGround> g = List.of(TWO_WARNINGS);
        for (SubjectStatus s : SubjectStatus.values()) {
            assertThat(Revocation.recommended(g, s)).as(s.name()).isEqualTo(SubjectLifecycle.PROPOSABLE.contains(s));
        }
        assertThat(Revocation.recommended(List.of(), SubjectStatus.ACTIVE)).isFalse();
    }
}
