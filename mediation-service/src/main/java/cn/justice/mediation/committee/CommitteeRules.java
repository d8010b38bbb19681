package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/** Rules of the committee register (人民调解委员会) that do not depend on storage. */
public final class CommitteeRules {
    private CommitteeRules() {
    }

    /** A village (村) or community (社区) committee names its village or community. */
    public static void checkVillage(CommitteeType type, String villageCode) {
        if (type != null && type.needsVillage() && villageCode == null) {
            throw ProblemException.invalid("villageCode", "is required for a " + type + " committee");
        }
    }

    /** 成立 and 备案 dates: not in the future; filing not before establishment. */
    public static void checkRegisterDates(LocalDate establishedOn, LocalDate filedOn, LocalDate today) {
        notFuture("establishedOn", establishedOn, today);
        if (filedOn != null) {
            notFuture("filedOn", filedOn, today);
            if (filedOn.isBefore(establishedOn)) {
                throw ProblemException.invalid("filedOn", "must not be before establishedOn (" + establishedOn + ")");
            }
        }
    }

    /**
     * A correction of {@code establishedOn} must keep the record consistent: not after the latest assessment, the
     * dissolution, or the first appointment of one of its mediators.
     */
    public static void checkEstablishedAgainst(LocalDate establishedOn, LocalDate assessedOn, LocalDate dissolvedOn,
                                               LocalDate firstAppointment) {
        notAfter("establishedOn", establishedOn, assessedOn, "the latest assessment");
        notAfter("establishedOn", establishedOn, dissolvedOn, "the dissolution");
        notAfter("establishedOn", establishedOn, firstAppointment, "the appointment of one of its mediators");
    }

    /** 评估日期: not in the future, not before establishment, not before the latest assessment it replaces. */
    public static void checkAssessedOn(LocalDate assessedOn, LocalDate today, LocalDate establishedOn,
                                       LocalDate previousAssessedOn) {
        notFuture("assessedOn", assessedOn, today);
        notBefore("assessedOn", assessedOn, establishedOn, "establishedOn");
        notBefore("assessedOn", assessedOn, previousAssessedOn, "the latest assessment");
    }

    /** 撤销日期: not in the future, not before establishment or the latest assessment. */
    public static void checkDissolvedOn(LocalDate dissolvedOn, LocalDate today, LocalDate establishedOn,
                                        LocalDate assessedOn) {
        notFuture("dissolvedOn", dissolvedOn, today);
        notBefore("dissolvedOn", dissolvedOn, establishedOn, "establishedOn");
        notBefore("dissolvedOn", dissolvedOn, assessedOn, "the latest assessment");
    }

    static void notFuture(String field, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }

    static void notBefore(String field, LocalDate d, LocalDate limit, String what) {
        if (d != null && limit != null && d.isBefore(limit)) {
            throw ProblemException.invalid(field, "must not be before " + what + " (" + limit + ")");
        }
    }

    static void notAfter(String field, LocalDate d, LocalDate limit, String what) {
        if (d != null && limit != null && d.isAfter(limit)) {
            throw ProblemException.invalid(field, "must not be after " + what + " (" + limit + ")");
        }
    }
}
