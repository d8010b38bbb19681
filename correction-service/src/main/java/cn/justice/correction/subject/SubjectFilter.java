package cn.justice.correction.subject;

import java.time.LocalDate;

/** List filters of {@code GET …/subjects}; from/to apply to {@code receivedOn}; flags compare with today. */
public record SubjectFilter(String townshipCode, SubjectStatus status, SubjectCategory category,
                            SupervisionLevel supervisionLevel, LocalDate from, LocalDate to, Boolean reportOverdue,
                            Boolean missing, Boolean monitoringExpired, Boolean revocationRecommended, Boolean minor,
                            String idNumber, String subjectNo, Boolean courtRulingOverdue, Boolean leaveReturnOverdue,
                            Boolean monitoringExpiring, Boolean checkInOverdue, Boolean healthReportOverdue) {
}
