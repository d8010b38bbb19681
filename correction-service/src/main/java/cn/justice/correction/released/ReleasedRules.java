package cn.justice.correction.released;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/**
 * Rules of 安置帮教 (刑满释放人员) that do not depend on storage, as DESIGN §10.1 ("Released persons (安置帮教)") states
 * them. The national text they follow is the 中央社会治安综合治理委员会《关于进一步加强刑满释放解除劳教人员安置帮教
 * 工作的意见》(2010, transmitted by the 中共中央办公厅 and 国务院办公厅), cited below as 安置帮教意见(2010): it names the
 * 帮教期 of five years after release and the 必接必送 of 重点帮教对象. Nothing here is stricter than DESIGN §10.1.
 */
public final class ReleasedRules {
    /** The source named in the detail of a 422 (rule-violated) of these rules. */
    public static final String SOURCE = "安置帮教意见(2010) 帮教期五年 (DESIGN §10.1)";
    /** 帮教期: five years from the day of release (安置帮教意见(2010); DESIGN §10.1). */
    public static final int SUPPORT_PERIOD_YEARS = 5;
    /** Default warning window of {@code supportPeriodEnding} (days before {@code supportPeriodEndsOn}). */
    public static final int SUPPORT_PERIOD_WARNING_DAYS = 30;

    private ReleasedRules() {
    }

    /**
     * 帮教期 ends five years after {@code releasedOn} (安置帮教意见(2010); DESIGN §10.1): the day the five years are over,
     * {@code releasedOn + 5 years} (released 2021-03-02: over on 2026-03-02; released on 29 February: over on 28
     * February). From that day on the record may be closed as PERIOD_ENDED.
     */
    public static LocalDate supportPeriodEndsOn(LocalDate releasedOn) {
        return releasedOn.plusYears(SUPPORT_PERIOD_YEARS);
    }

    /**
     * The 帮教期 is ending (DESIGN §10.1: flag, closes as PERIOD_ENDED): the record is open and {@code today} is within
     * {@code warningDays} of {@code supportPeriodEndsOn}, or past it (ended and not closed yet).
     */
    public static boolean supportPeriodEnding(ReleasedStatus status, LocalDate supportPeriodEndsOn, LocalDate today,
                                              int warningDays) {
        return status != ReleasedStatus.CLOSED && !today.isBefore(supportPeriodEndsOn.minusDays(warningDays));
    }

    /**
     * 重点帮教对象 必接必送 (安置帮教意见(2010); DESIGN §10.1): a key person is taken over (衔接) at the prison gate, on the
     * day of release. The connection is late when it happened after {@code releasedOn}; before it happened, the person
     * is late from the day after {@code releasedOn} (a record closed without a connection stays as it was on the day it
     * was closed). A person who is not a key person has no such deadline and is never late.
     */
    public static boolean connectionLate(boolean keyPerson, LocalDate releasedOn, LocalDate connectedOn,
                                         LocalDate closedOn, LocalDate today) {
        if (!keyPerson) {
            return false;
        }
        LocalDate reference = connectedOn != null ? connectedOn : closedOn != null ? closedOn : today;
        return reference.isAfter(releasedOn);
    }

    /**
     * Measure {@code released_connected_on_time}: the person was connected (衔接) and the connection was not late —
     * a key person connected on or before {@code releasedOn} (必接必送), any other person whenever connected (no
     * deadline: DESIGN §10.1 sets the 必接必送 duty for key persons only). So released_connected −
     * released_connected_on_time is the number of key persons connected late.
     */
    public static boolean connectedOnTime(boolean keyPerson, LocalDate releasedOn, LocalDate connectedOn) {
        return connectedOn != null && !(keyPerson && connectedOn.isAfter(releasedOn));
    }

    /**
     * {@code close} with PERIOD_ENDED only once the 帮教期 is over: on or after {@code supportPeriodEndsOn} (安置帮教意见
     * (2010) 帮教期五年; DESIGN §10.1). The other reasons (death, re-imprisonment, moving away, other) end 安置帮教 at
     * any time.
     *
     * @throws ProblemException 422 (rule-violated, rule {@code support-period}) naming the source
     */
    public static void checkClose(ReleasedCloseReason reason, LocalDate on, LocalDate supportPeriodEndsOn) {
        if (reason == ReleasedCloseReason.PERIOD_ENDED && on.isBefore(supportPeriodEndsOn)) {
            throw ProblemException.lawViolated("support-period", SOURCE + ": the 帮教期 is over on " + supportPeriodEndsOn
                    + " (" + SUPPORT_PERIOD_YEARS + " years after releasedOn); it cannot be closed as PERIOD_ENDED on " + on);
        }
    }

    /**
     * 重新犯罪 recorded once (the first re-offence, as for persons under correction): a second {@code reoffend} is a 409.
     *
     * @throws ProblemException 409 (rule-violated, rule {@code reoffence-recorded})
     */
    public static void checkReoffend(LocalDate reoffendedOn) {
        if (reoffendedOn != null) {
            throw ProblemException.ruleViolated("reoffence-recorded",
                    "a re-offence is already recorded on " + reoffendedOn + " (the first one counts)");
        }
    }
}
