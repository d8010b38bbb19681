package cn.justice.correction.subject;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.RecordQuery;

import java.time.LocalDate;

/** List filters of {@code GET …/subjects}; from/to apply to {@code receivedOn}; flags compare with today. */
public record SubjectFilter(String townshipCode, SubjectStatus status, SubjectCategory category,
                            SupervisionLevel supervisionLevel, LocalDate from, LocalDate to, Boolean reportOverdue,
                            Boolean missing, Boolean monitoringExpired, Boolean revocationRecommended, Boolean minor,
                            String idNumber, String subjectNo, Boolean courtRulingOverdue, Boolean leaveReturnOverdue,
                            Boolean monitoringExpiring, Boolean checkInOverdue, Boolean healthReportOverdue) {
    static SubjectFilter of(RecordQuery q) {
        return new SubjectFilter(q.township(), q.enumOf("status", SubjectStatus.class),
                q.enumOf("category", SubjectCategory.class), q.enumOf("supervisionLevel", SupervisionLevel.class),
                q.from("receivedOn"), q.to("receivedOn"),
                either(q.bool("reportOverdue", "Not reported and past reportDueOn"),
                        q.bool("overdue", "Same as reportOverdue"), "overdue"),
                q.bool("missing", "Inside a missing period (脱管; MISSING, or REVOCATION_PROPOSED while missing) or not"),
                either(q.bool("monitoringExpired", "Latest monitoring period ran out without renewal or stop"),
                        q.bool("expired", "Same as monitoringExpired"), "expired"),
                q.bool("revocationRecommended", "实施办法第46条: a statutory ground (two warnings, a missing period over 30 "
                        + "days, a re-offence, unreported 10 days past the deadline) while PENDING_REPORT, ACTIVE or MISSING"),
                q.bool("minor"), q.text("idNumber", "Exact resident ID number (matched by keyed hash)"), q.text("subjectNo"),
                q.bool("courtRulingOverdue", "REVOCATION_PROPOSED and past courtDueOn"),
                q.bool("leaveReturnOverdue", "A leave past its last day without a return"),
                q.bool("monitoringExpiring", "The running monitoring period ends within 7 days"),
                q.bool("checkInOverdue", "No check-in within the supervision level's interval"),
                q.bool("healthReportOverdue", "MEDICAL_PAROLE and the monthly health report is overdue"));
    }

    /** A flag with an alias: both given must agree. */
    private static Boolean either(Boolean primary, Boolean alias, String aliasName) {
        if (primary != null && alias != null && !primary.equals(alias)) {
            throw ProblemException.invalid(aliasName, "contradicts its synonym");
        }
        return primary != null ? primary : alias;
    }
}
