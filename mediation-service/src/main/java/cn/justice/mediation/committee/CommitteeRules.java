package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/** Rules of the committee register (人民调解委员会) that do not depend on storage. */
public final class CommitteeRules {
    /** 人民调解法第8条: 人民调解委员会由委员三至九人组成. */
    public static final int MIN_MEMBERS = 3;
    public static final int MAX_MEMBERS = 9;
    /** 人民调解法第9条: 人民调解委员会委员每届任期三年. */
    public static final int TERM_YEARS = 3;

    private CommitteeRules() {
    }

    /**
     * 人民调解法第8条: a committee has 3 to 9 members (委员三至九人), at least one woman (应当有妇女成员) and, in a
     * multi-ethnic county (多民族居住的地区, configuration {@code justice.mediation.multi-ethnic-county}), at least one
     * member of an ethnic minority (应当有人数较少民族的成员). Each violation is a 422 naming the article. An unknown
     * composition ({@code null}: committees registered before the rule) is allowed; the view flags it. Women and
     * minority members are part of the members (400 when more).
     */
    public static void checkComposition(int memberCount, Integer womenMembers, Integer minorityMembers,
                                        boolean multiEthnicCounty) {
        checkMemberCount(memberCount);
        if (womenMembers != null) {
            if (womenMembers < 1) {
                throw ProblemException.lawViolated("committee-women-members",
                        "人民调解法第8条: a committee has at least one woman member (womenMembers " + womenMembers + ")");
            }
            notMoreThanMembers("womenMembers", womenMembers, memberCount);
        }
        if (minorityMembers != null) {
            if (multiEthnicCounty && minorityMembers < 1) {
                throw ProblemException.lawViolated("committee-minority-members", "人民调解法第8条: in a multi-ethnic county a "
                        + "committee has at least one member of an ethnic minority (minorityMembers " + minorityMembers + ")");
            }
            notMoreThanMembers("minorityMembers", minorityMembers, memberCount);
        }
    }

    /** 人民调解法第8条: 3 to 9 members; a 422 otherwise. */
    public static void checkMemberCount(int memberCount) {
        if (memberCount < MIN_MEMBERS || memberCount > MAX_MEMBERS) {
            throw ProblemException.lawViolated("committee-member-count", "人民调解法第8条: a committee has " + MIN_MEMBERS
                    + " to " + MAX_MEMBERS + " members (memberCount " + memberCount + ")");
        }
    }

    /**
     * 人民调解法第9条: a term lasts 3 years, so the current term ends after the committee was established and no more
     * than 3 years from today (a later end would be a term longer than 3 years: 422). A past end means 换届 is due.
     */
    public static void checkTermEndsOn(LocalDate termEndsOn, LocalDate establishedOn, LocalDate today) {
        if (termEndsOn == null) {
            return;
        }
        if (establishedOn != null && !termEndsOn.isAfter(establishedOn)) {
            throw ProblemException.invalid("termEndsOn", "must be after establishedOn (" + establishedOn + ")");
        }
        LocalDate latest = today.plusYears(TERM_YEARS);
        if (termEndsOn.isAfter(latest)) {
            throw ProblemException.lawViolated("committee-term", "人民调解法第9条: a committee's term is " + TERM_YEARS
                    + " years, so it ends by " + latest + " (termEndsOn " + termEndsOn + ")");
        }
    }

    private static void notMoreThanMembers(String field, int n, int memberCount) {
        if (n > memberCount) {
            throw ProblemException.invalid(field, "must not exceed memberCount (" + memberCount + ")");
        }
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
