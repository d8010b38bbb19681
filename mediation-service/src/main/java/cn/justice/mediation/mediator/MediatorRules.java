package cn.justice.mediation.mediator;

import cn.justice.mediation.committee.CommitteeStatus;
import cn.justice.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** Rules of the mediator register (人民调解员) that do not depend on storage. */
public final class MediatorRules {
    /** At most one day's worth of hours per training record. */
    public static final BigDecimal MAX_TRAINING_HOURS = BigDecimal.valueOf(24);

    private MediatorRules() {
    }

    /** Only an ACTIVE (在册) committee appoints (聘任) mediators. */
    public static void checkCommitteeAppoints(CommitteeStatus committeeStatus) {
        if (committeeStatus != CommitteeStatus.ACTIVE) {
            throw ProblemException.ruleViolated("committee-not-active",
                    "the committee is " + committeeStatus + "; only an ACTIVE committee appoints mediators");
        }
    }

    /** 聘任日期: not in the future, not before the committee was established. */
    public static void checkAppointedOn(LocalDate appointedOn, LocalDate today, LocalDate committeeEstablishedOn) {
        if (appointedOn.isAfter(today)) {
            throw ProblemException.invalid("appointedOn", "must not be in the future");
        }
        if (appointedOn.isBefore(committeeEstablishedOn)) {
            throw ProblemException.invalid("appointedOn",
                    "must not be before the committee was established (" + committeeEstablishedOn + ")");
        }
    }

    /** 任期: the term ends on or after the appointment. */
    public static void checkTerm(LocalDate appointedOn, LocalDate termEndsOn) {
        if (termEndsOn != null && termEndsOn.isBefore(appointedOn)) {
            throw ProblemException.invalid("termEndsOn", "must not be before appointedOn (" + appointedOn + ")");
        }
    }

    /** 解聘/离任日期: not in the future, not before the appointment. */
    public static void checkRetiredOn(LocalDate retiredOn, LocalDate today, LocalDate appointedOn) {
        if (retiredOn.isAfter(today)) {
            throw ProblemException.invalid("retiredOn", "must not be in the future");
        }
        if (retiredOn.isBefore(appointedOn)) {
            throw ProblemException.invalid("retiredOn", "must not be before appointedOn (" + appointedOn + ")");
        }
    }

    /** A training: more than 0 and at most 24 hours, not in the future, not before the appointment. */
    public static void checkTraining(LocalDate date, BigDecimal hours, LocalDate today, LocalDate appointedOn) {
        if (hours.signum() <= 0 || hours.compareTo(MAX_TRAINING_HOURS) > 0) {
            throw ProblemException.invalid("hours", "must be more than 0 and at most 24");
        }
        if (date.isAfter(today)) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        if (date.isBefore(appointedOn)) {
            throw ProblemException.invalid("date", "must not be before appointedOn (" + appointedOn + ")");
        }
    }

    /** Hours of the trainings held in {@code year} (the figure of 年度培训学时). */
    public static BigDecimal trainingHoursIn(List<Training> trainings, int year) {
        BigDecimal sum = BigDecimal.ZERO.setScale(1);
        for (Training t : trainings) {
            if (t.date.getYear() == year) {
                sum = sum.add(t.hours);
            }
        }
        return sum;
    }

    /**
     * A training's hours as the measure mediator_training_hours counts them (DESIGN §10.3, seed §二(三) 调解员培训): whole
     * hours, rounded half up per training (4.5 → 5, 4.4 → 4). The measures are whole numbers; the record keeps the
     * exact hours. The service's {@code …/stats} ({@code round(hours)} in SQL) and the gateway's contribution rule
     * round the same way, so reconciliation finds no difference.
     */
    public static long measuredHours(BigDecimal hours) {
        return hours.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
