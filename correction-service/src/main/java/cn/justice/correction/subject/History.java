package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The histories a person under correction accumulates, stored as JSON arrays on the record and shown in the
 * detail. Free text (reasons, notes, offences) stays in the service: events only carry dates and counts.
 */
public final class History {
    private History() {
    }

    /** 分类管理: a change of supervision level, with its reason. The first entry is the level set on registration. */
    @Schema(name = "SubjectClassification")
    public record Classification(SupervisionLevel level,
                                 @Schema(description = "Level before this change; null for the level set on registration") SupervisionLevel previousLevel,
                                 String reason, LocalDate on,
                                 @Schema(description = "Token subject of who classified") String by) {
    }

    /** 训诫 or 警告. */
    @Schema(name = "SubjectSanction")
    public record Sanction(LocalDate on, String reason) {
    }

    /** 外出: an approved leave; {@code days} counts both ends. */
    @Schema(name = "SubjectLeave")
    public record Leave(LocalDate from, LocalDate to, int days, String destination, String reason,
                        @Schema(description = "Role that approved it: township-officer / integration up to 7 days, county-admin beyond") String approvedByRole,
                        @Schema(description = "Token subject of the approver") String approvedBy) {
    }

    /**
     * 电子定位: one approved monitoring period. {@code to} is the approved last day; {@code endsOn} the first day not
     * monitored any more (the day after {@code to}, the stop date, or the day the correction ended, the earliest).
     */
    @Schema(name = "SubjectMonitoringPeriod")
    public record MonitoringPeriod(LocalDate from,
                                   @Schema(description = "Approved last day (at most 3 months after from)") LocalDate to,
                                   String deviceId,
                                   @Schema(description = "Approving official or decision (批准)") String approvedBy,
                                   String reason,
                                   @Schema(description = "A renewal (续期) of the period before it: starts the day after that one's last day") boolean renewal,
                                   LocalDate stoppedOn, String stopReason,
                                   @Schema(description = "First day not monitored any more (exclusive end)") LocalDate endsOn) {

        MonitoringPeriod stopped(LocalDate on, String why) {
            LocalDate end = on.isBefore(endsOn) ? on : endsOn;
            return new MonitoringPeriod(from, to, deviceId, approvedBy, reason, renewal, on, why, end);
        }

        /** Cut at the day the correction ended. */
        MonitoringPeriod endedBy(LocalDate correctionEnded) {
            LocalDate end = correctionEnded.isBefore(endsOn) ? (correctionEnded.isBefore(from) ? from : correctionEnded) : endsOn;
            return new MonitoringPeriod(from, to, deviceId, approvedBy, reason, renewal, stoppedOn, stopReason, end);
        }
    }

    /** 定期报告. */
    @Schema(name = "SubjectCheckIn")
    public record CheckIn(LocalDate on, CheckInMethod method) {
    }

    /** 脱管/未报到: from the lost-contact date to the day the person came back ({@code to}, null while missing). */
    @Schema(name = "SubjectMissingPeriod")
    public record MissingPeriod(LocalDate from,
                                @Schema(description = "Day the person came back (report or check-in); null while missing") LocalDate to,
                                String note) {
        MissingPeriod closed(LocalDate on) {
            return new MissingPeriod(from, on, note);
        }
    }

    /** 重新犯罪. */
    @Schema(name = "SubjectReoffence")
    public record Reoffence(LocalDate on, String offence) {
    }

    /** A period as events carry it: {@code [from, to)}, {@code to} null while it lasts. */
    @Schema(name = "SubjectPeriod")
    public record Period(LocalDate from, LocalDate to) {
    }
}
