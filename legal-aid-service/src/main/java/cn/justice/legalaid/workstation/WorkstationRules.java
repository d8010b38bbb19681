package cn.justice.legalaid.workstation;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Rules of workstations that do not depend on storage. The state follows {@code closedOn}: ACTIVE without it,
 * CLOSED with it; {@code close} is allowed only while ACTIVE.
 */
public final class WorkstationRules {
    private WorkstationRules() {
    }

    /** The state a workstation with this closing date is in. */
    public static WorkstationStatus statusOf(LocalDate closedOn) {
        return closedOn == null ? WorkstationStatus.ACTIVE : WorkstationStatus.CLOSED;
    }

    /** {@code close}: ACTIVE → CLOSED (409 with currentStatus otherwise). */
    public static WorkstationStatus close(WorkstationStatus current) {
        if (current != WorkstationStatus.ACTIVE) {
            throw ProblemException.invalidState("close", current);
        }
        return WorkstationStatus.CLOSED;
    }

    /** Dates not in the future; closedOn (if any) not before openedOn. */
    public static void checkDates(LocalDate openedOn, LocalDate closedOn, LocalDate today) {
        if (openedOn.isAfter(today)) {
            throw ProblemException.invalid("openedOn", "must not be in the future");
        }
        if (closedOn != null && closedOn.isAfter(today)) {
            throw ProblemException.invalid("closedOn", "must not be in the future");
        }
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw ProblemException.invalid("closedOn", "must not be before openedOn");
        }
    }
}
