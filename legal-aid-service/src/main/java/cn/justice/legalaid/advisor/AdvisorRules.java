package cn.justice.legalaid.advisor;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Rules of village advisor periods that do not depend on storage. A period covers {@code from} to {@code to}
 * inclusive; {@code end} (ACTIVE → ENDED) sets its last day.
 */
public final class AdvisorRules {
    private AdvisorRules() {
    }

    /** {@code from} not in the future; {@code to} (may be a planned end) not before {@code from}. */
    public static void checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(today)) {
            throw ProblemException.invalid("from", "must not be in the future");
        }
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
    }

    /** {@code end}: ACTIVE → ENDED (409 with currentStatus otherwise). */
    public static AdvisorStatus end(AdvisorStatus current) {
        if (current != AdvisorStatus.ACTIVE) {
            throw ProblemException.invalidState("end", current);
        }
        return AdvisorStatus.ENDED;
    }

    /** The last day of an ended period: given or today, not in the future, not before {@code from}. */
    public static LocalDate endDate(LocalDate given, LocalDate from, LocalDate today) {
        LocalDate to = given == null ? today : given;
        if (to.isAfter(today)) {
            throw ProblemException.invalid("to", "must not be in the future (set a planned end with PUT)");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return to;
    }

    /** Whether the period covers the whole of {@code day} (its end, as stocks are counted). */
    public static boolean covers(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
