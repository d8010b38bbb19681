package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** 外出 (社区矫正法实施办法第26条): who approves a leave, overlaps, the return (销假). Plain rules, no storage. */
public final class LeaveRules {
    /** 实施办法第26条: a leave of up to 7 days is approved by the township justice office (司法所). */
    public static final int TOWNSHIP_DAYS = 7;
    /**
     * 实施办法第26条: beyond 30 days — one leave, or the leaves of any two months together — the county needs the
     * prefecture's (上一级社区矫正机构) approval.
     */
    public static final int PREFECTURE_DAYS = 30;
    /** 实施办法第26条: the two months in which leaves are added up. */
    public static final int WINDOW_MONTHS = 2;

    private LeaveRules() {
    }

    /** What approving a leave takes: its days, the most days away in any two months with it, the approval needed. */
    public record Decision(int days, int daysInTwoMonths, LeaveApproval approval) {
    }

    /** Days of a leave, both ends counted. */
    public static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The last day a leave kept the person away: the day before an early return, else its approved last day. */
    static LocalDate lastDayAway(History.Leave l) {
        return l.returnedOn() != null && l.returnedOn().isBefore(l.to()) ? latest(l.from(), l.returnedOn().minusDays(1)) : l.to();
    }

    /**
     * 外出审批 (实施办法第26条): to ≥ from, within the term, not overlapping another leave (422); up to 7 days the
     * township office; 8 to 30 days the county (county-admin, else 403); over 30 days, or over 30 days in any two
     * months together with the leaves already approved, the county with the prefecture's approval, which the body must
     * carry (422 without it, 403 for anyone but a county-admin).
     *
     * @param countyApprover the caller is county-admin
     * @param prefecture     {@code prefectureApproval} of the body, or null
     */
    public static Decision check(LocalDate from, LocalDate to, LocalDate correctionEnd, List<History.Leave> existing,
                                 boolean countyApprover, History.PrefectureApproval prefecture) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (to.isAfter(correctionEnd)) {
            throw ProblemException.invalid("to", "must not be after the end of the correction (" + correctionEnd + ")");
        }
        for (History.Leave l : existing) {
            if (!from.isAfter(lastDayAway(l)) && !l.from().isAfter(to)) {
                throw ProblemException.lawViolated("leave-overlap", "实施办法第26条: the leave " + from + "–" + to
                        + " overlaps the leave already approved for " + l.from() + "–" + l.to());
            }
        }
        int days = days(from, to);
        int inTwoMonths = mostDaysInTwoMonths(existing, from, to);
        if (days > PREFECTURE_DAYS || inTwoMonths > PREFECTURE_DAYS) {
            if (prefecture == null) {
                throw ProblemException.lawViolated("leave-prefecture-approval", "实施办法第26条: a leave of " + days
                        + " days (" + inTwoMonths + " days away in two months with the earlier leaves) is over "
                        + PREFECTURE_DAYS + " days and needs the prefecture's approval (prefectureApproval)");
            }
            requireCounty(countyApprover, days);
            return new Decision(days, inTwoMonths, LeaveApproval.PREFECTURE);
        }
        if (days > TOWNSHIP_DAYS) {
            requireCounty(countyApprover, days);
            return new Decision(days, inTwoMonths, LeaveApproval.COUNTY);
        }
        return new Decision(days, inTwoMonths, LeaveApproval.TOWNSHIP);
    }

    private static void requireCounty(boolean countyApprover, int days) {
        if (!countyApprover) {
            throw ProblemException.forbidden("实施办法第26条: a leave of more than " + TOWNSHIP_DAYS
                    + " days must be approved by the county (county-admin); asked: " + days + " days");
        }
    }

    /**
     * The most days away in any two months ({@code [d, d + 2 months)}) that contain a day of the new leave, the new
     * leave and the approved ones (up to an early return) together.
     */
    public static int mostDaysInTwoMonths(List<History.Leave> existing, LocalDate from, LocalDate to) {
        int most = 0;
        for (LocalDate start = from.minusMonths(WINDOW_MONTHS).plusDays(1); !start.isAfter(to); start = start.plusDays(1)) {
            LocalDate end = start.plusMonths(WINDOW_MONTHS).minusDays(1);
            int sum = overlap(from, to, start, end);
            for (History.Leave l : existing) {
                sum += overlap(l.from(), lastDayAway(l), start, end);
            }
            most = Math.max(most, sum);
        }
        return most;
    }

    private static int overlap(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate f = latest(aFrom, bFrom);
        LocalDate t = aTo.isBefore(bTo) ? aTo : bTo;
        return t.isBefore(f) ? 0 : days(f, t);
    }

    /**
     * 销假 ({@code leave-return}): the earliest leave not returned from that has begun by {@code on}; {@code on} not before
     * its first day.
     *
     * @return its index in {@code leaves}
     * @throws ProblemException 409 (rule no-open-leave) when there is none
     */
    public static int returning(List<History.Leave> leaves, LocalDate on) {
        for (int i = 0; i < leaves.size(); i++) {
            History.Leave l = leaves.get(i);
            if (l.returnedOn() == null && !l.returnAssumed() && !l.from().isAfter(on)) {
                return i;
            }
        }
        throw ProblemException.ruleViolated("no-open-leave", "there is no leave begun by " + on + " to return from");
    }

    /** 实施办法第26条: a leave past its last day without a return (销假) is overdue. */
    public static boolean returnOverdue(List<History.Leave> leaves, LocalDate today) {
        return leaves.stream().anyMatch(l -> l.returnedOn() == null && !l.returnAssumed() && l.to().isBefore(today));
    }

    /** The earliest last day of a leave not returned from (the column the ?leaveReturnOverdue= filter reads). */
    public static LocalDate openUntil(List<History.Leave> leaves) {
        return leaves.stream().filter(l -> l.returnedOn() == null && !l.returnAssumed()).map(History.Leave::to)
                .min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
