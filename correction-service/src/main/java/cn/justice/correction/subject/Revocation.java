package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * 撤销缓刑/假释 and 收监执行 (社区矫正法第46–49条; 实施办法第46–49条): the county body proposes, the court (or, for
 * 暂予监外执行, the deciding authority) rules within 30 days; the statutory grounds a record shows. Plain rules.
 */
public final class Revocation {
    /** 社区矫正法第46条/第48条: the court rules on a proposal within 30 days of receiving it. */
    public static final int COURT_DAYS = 30;
    /** 实施办法第46条: two warnings (受到两次警告仍不改正). */
    public static final int WARNINGS = 2;
    /** 实施办法第46条: 脱离监管超过一个月 — a missing period of more than 30 days. */
    public static final int MISSING_DAYS = 30;
    /** 实施办法第46条: 未按规定时间报到 — unreported this many days past the report deadline. */
    public static final int UNREPORTED_DAYS = 10;

    private Revocation() {
    }

    /**
     * 社区矫正法第46条, 第49条: 管制 (CONTROL) has neither revocation nor commitment (422); 暂予监外执行 (MEDICAL_PAROLE) is
     * committed to prison (收监执行, COMMITMENT, 第49条); 缓刑 and 假释 are revoked by the court (REVOCATION, 第46条).
     */
    public static ProposalKind kind(SubjectCategory category) {
        return switch (category) {
            case CONTROL -> throw ProblemException.lawViolated("control-not-revocable",
                    "社区矫正法第46条、第49条: 管制 (CONTROL) has no revocation nor commitment to prison");
            case MEDICAL_PAROLE -> ProposalKind.COMMITMENT;
            case PROBATION, PAROLE -> ProposalKind.REVOCATION;
        };
    }

    /** 社区矫正法第46条: the court rules within 30 days of the proposal. */
    public static LocalDate courtDueOn(LocalDate proposedOn) {
        return proposedOn.plusDays(COURT_DAYS);
    }

    /** 社区矫正法第46条: no ruling by {@code courtDueOn} (on the day after it) is overdue. */
    public static boolean courtRulingOverdue(LocalDate courtDueOn, LocalDate today) {
        return courtDueOn != null && today.isAfter(courtDueOn);
    }

    /** The ruling is dated on or after the proposal and not in the future (400 on {@code on}). */
    public static void checkRuling(History.RevocationProposal open, LocalDate on) {
        if (open == null || open.outcome() != null) {
            throw ProblemException.ruleViolated("no-open-proposal", "there is no revocation proposal awaiting a ruling");
        }
        if (on.isBefore(open.proposedOn())) {
            throw ProblemException.invalid("on", "must not be before the proposal (" + open.proposedOn() + ")");
        }
    }

    /** Days of a missing period {@code [from, to)}, {@code to} today while it lasts. */
    public static long missingDays(History.MissingPeriod p, LocalDate today) {
        return ChronoUnit.DAYS.between(p.from(), p.to() != null ? p.to() : today);
    }

    /**
     * 实施办法第46条 (and 第49条 for 收监执行): the statutory grounds the record shows — two warnings
     * (TWO_WARNINGS), a missing period over 30 days (MISSING_OVER_MONTH), a re-offence (REOFFENDED), a person who has
     * not reported 10 or more days past the deadline (NOT_REPORTED; not for 暂予监外执行, who is handed over by the
     * authorities). None for 管制 (第46条: no revocation).
     */
    public static List<RevocationGround> grounds(SubjectCategory category, int warnings, List<History.MissingPeriod> missing,
                                                 boolean reoffended, LocalDate reportedOn, LocalDate reportDueOn,
                                                 LocalDate today) {
        List<RevocationGround> g = new ArrayList<>();
        if (category == SubjectCategory.CONTROL) {
            return g;
        }
        if (category != SubjectCategory.MEDICAL_PAROLE && reportedOn == null
                && !today.isBefore(reportDueOn.plusDays(UNREPORTED_DAYS))) {
            g.add(RevocationGround.NOT_REPORTED);
        }
        if (missing.stream().anyMatch(p -> missingDays(p, today) > MISSING_DAYS)) {
            g.add(RevocationGround.MISSING_OVER_MONTH);
        }
        if (warnings >= WARNINGS) {
            g.add(RevocationGround.TWO_WARNINGS);
        }
        if (reoffended) {
            g.add(RevocationGround.REOFFENDED);
        }
        return g;
    }

    /** 实施办法第46条: a proposal is recommended when the record shows a ground and a proposal could be made. */
    public static boolean recommended(List<RevocationGround> grounds, SubjectStatus status) {
        return !grounds.isEmpty() && SubjectLifecycle.PROPOSABLE.contains(status);
    }
}
