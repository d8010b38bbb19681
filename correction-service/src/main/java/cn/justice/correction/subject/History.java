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

    /**
     * 外出: an approved leave; {@code days} counts both ends. {@code returnedOn} closes it (销假, {@code leave-return});
     * a leave past its last day without a return is flagged (实施办法第26条).
     */
    @Schema(name = "SubjectLeave")
    public record Leave(LocalDate from, LocalDate to, int days, String destination, String reason,
                        @Schema(description = "Role that approved it: township-officer / integration up to 7 days, county-admin beyond") String approvedByRole,
                        @Schema(description = "Token subject of the approver") String approvedBy,
                        @Schema(description = "Who approved it (实施办法第26条); null on leaves recorded before the rule") LeaveApproval approval,
                        @Schema(description = "The prefecture's approval (over 30 days, or over 30 days in two months together)") PrefectureApproval prefectureApproval,
                        @Schema(description = "销假: the day the person came back; null while away") LocalDate returnedOn,
                        @Schema(description = "true for a leave that ended before returns were recorded (migrated): its return is assumed on its last day") boolean returnAssumed) {

        Leave returned(LocalDate on) {
            return new Leave(from, to, days, destination, reason, approvedByRole, approvedBy, approval, prefectureApproval, on, false);
        }
    }

    /** 上一级社区矫正机构 (the prefecture's body) approved a long leave (实施办法第26条). */
    @Schema(name = "SubjectPrefectureApproval")
    public record PrefectureApproval(@jakarta.validation.constraints.NotNull @Schema(example = "2026-05-01") LocalDate approvedOn,
                                     @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 100)
                                     @Schema(description = "批准文号", example = "X州司矫〔2026〕12号") String documentNo) {
    }

    /**
     * 提请撤销缓刑/假释 (REVOCATION, to the court) or 提请收监执行 (COMMITMENT, to the deciding authority) by the county
     * body, and the ruling on it (社区矫正法第46–49条; 实施办法第46–49条).
     */
    @Schema(name = "SubjectRevocationProposal")
    public record RevocationProposal(ProposalKind kind, LocalDate proposedOn, java.util.List<RevocationGround> grounds,
                                     String note,
                                     @Schema(description = "The court (or deciding authority) rules within 30 days: proposedOn + 30") LocalDate courtDueOn,
                                     @Schema(description = "State the person was in when proposed") SubjectStatus statusBefore,
                                     @Schema(description = "Token subject of who proposed") String proposedBy,
                                     @Schema(description = "Day of the ruling; null while pending") LocalDate decidedOn,
                                     @Schema(description = "Court or deciding authority that ruled") String court,
                                     @Schema(description = "裁定书/决定书 number (REVOKED only)") String rulingNo,
                                     @Schema(description = "null while pending") ProposalOutcome outcome) {

        RevocationProposal decided(LocalDate on, String byCourt, String number, ProposalOutcome result) {
            return new RevocationProposal(kind, proposedOn, grounds, note, courtDueOn, statusBefore, proposedBy, on,
                    byCourt, number, result);
        }
    }

    /** A township office's proposal of a 训诫 or 警告, decided by the county (实施办法第34–35条). */
    @Schema(name = "SubjectSanctionProposal")
    public record SanctionProposal(SanctionKind kind, String reason, LocalDate on,
                                   @Schema(description = "Token subject of who proposed") String proposedBy,
                                   @Schema(description = "Day the county decided it (the 训诫/警告 recorded); null while open") LocalDate decidedOn) {

        SanctionProposal decided(LocalDate day) {
            return new SanctionProposal(kind, reason, on, proposedBy, day);
        }
    }

    /** 执行地变更 within the county (社区矫正法第27条; 实施办法第30条): from {@code on} the new township supervises. */
    @Schema(name = "SubjectTransfer")
    public record Transfer(LocalDate on, String fromTownshipCode, String toTownshipCode) {
    }

    /** 暂予监外执行: the monthly report on the person's health (实施办法第24条). */
    @Schema(name = "SubjectHealthReport")
    public record HealthReport(LocalDate on, String hospital) {
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
                                   @Schema(description = "Ground of 社区矫正法第29条; null on periods approved before the rule") MonitoringGround ground,
                                   @Schema(description = "A renewal (续期) of the period before it: starts the day after that one's last day") boolean renewal,
                                   LocalDate stoppedOn, String stopReason,
                                   @Schema(description = "First day not monitored any more (exclusive end)") LocalDate endsOn) {

        MonitoringPeriod stopped(LocalDate on, String why) {
            LocalDate end = on.isBefore(endsOn) ? on : endsOn;
            return new MonitoringPeriod(from, to, deviceId, approvedBy, reason, ground, renewal, on, why, end);
        }

        /** Cut at the day the correction ended. */
        MonitoringPeriod endedBy(LocalDate correctionEnded) {
            LocalDate end = correctionEnded.isBefore(endsOn) ? (correctionEnded.isBefore(from) ? from : correctionEnded) : endsOn;
            return new MonitoringPeriod(from, to, deviceId, approvedBy, reason, ground, renewal, stoppedOn, stopReason, end);
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
