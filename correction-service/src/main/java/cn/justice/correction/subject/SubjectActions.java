package cn.justice.correction.subject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the actions on a person under correction (DESIGN §5.5). Dates of what happened may not lie in the future. */
public final class SubjectActions {
    private SubjectActions() {
    }

    @Schema(name = "SubjectReport", description = "报到 (or, for MEDICAL_PAROLE, 交付接收: the handover, 社区矫正法第21条): the "
            + "first report sets reportedOn, reportType and intakeOnTime; a later one ends a missing period")
    public record Report(@NotNull @Schema(example = "2026-03-10") LocalDate reportedOn,
                         @Schema(description = "MEDICAL_PAROLE only: who handed the person over") HandoverAuthority handedOverBy) {
    }

    @Schema(name = "SubjectClassify", description = "分类管理: a new supervision level and why")
    public record Classify(@NotNull SupervisionLevel level, @NotBlank @Size(max = 2000) String reason,
                           @Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "SubjectSanctionBody", description = "训诫 (admonish) or 警告 (warn)")
    public record Sanction(@NotBlank @Size(max = 2000) String reason, @Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "SubjectLeaveBody", description = "外出 (实施办法第26条): up to 7 days (both ends counted) by the township "
            + "office, 8–30 days by the county (county-admin); over 30 days, or over 30 days in any two months together, "
            + "also with the prefecture's approval (prefectureApproval, county-admin); overlapping leaves are refused (422)")
    public record Leave(@NotNull @Schema(example = "2026-05-01") LocalDate from,
                        @NotNull @Schema(example = "2026-05-05") LocalDate to,
                        @NotBlank @Size(max = 200) @Schema(example = "成都市") String destination,
                        @NotBlank @Size(max = 2000) String reason,
                        @Valid @Schema(description = "上一级社区矫正机构's approval; required beyond 30 days") History.PrefectureApproval prefectureApproval) {
    }

    @Schema(name = "SubjectLeaveReturn", description = "销假: the person came back from the leave begun by this day (实施办法第26条)")
    public record LeaveReturn(@NotNull @Schema(example = "2026-05-05") LocalDate on) {
    }

    @Schema(name = "SubjectMonitoringStart", description = "电子定位 (county-admin): a period of at most 3 months; "
            + "while the latest period is running (not stopped, from on or before the day after its last day) this is "
            + "a renewal that starts the day after the running period's last day")
    public record MonitoringStart(@NotNull @Schema(example = "2026-04-01") LocalDate from,
                                  @NotNull @Schema(description = "Last day (inclusive)", example = "2026-06-30") LocalDate to,
                                  @NotBlank @Size(max = 100) String deviceId,
                                  @NotBlank @Size(max = 200) @Schema(description = "批准: approving official or decision number") String approvedBy,
                                  @NotBlank @Size(max = 2000) String reason,
                                  @NotNull @Schema(description = "社区矫正法第29条: the ground (one of five)") MonitoringGround ground) {
    }

    @Schema(name = "SubjectMonitoringStop", description = "解除电子定位")
    public record MonitoringStop(@NotNull LocalDate on, @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubjectCheckInBody", description = "定期报告; brings a missing person back (ACTIVE)")
    public record CheckIn(@NotNull LocalDate on, @NotNull CheckInMethod method) {
    }

    @Schema(name = "SubjectLostContact", description = "脱管/未报到: the person is MISSING from this day")
    public record LostContact(@NotNull LocalDate on, @Size(max = 2000) String note) {
    }

    @Schema(name = "SubjectReoffend", description = "重新犯罪")
    public record Reoffend(@NotNull LocalDate on, @NotBlank @Size(max = 200) String offence) {
    }

    @Schema(name = "SubjectTerminate", description = "解除矫正 on expiry (not before correctionEnd) or pardon, with the certificate's number")
    public record Terminate(@NotNull LocalDate on, @NotNull TerminationReason reason,
                            @NotBlank @Size(max = 50) @Schema(example = "JC2026-0042") String certificateNo) {
    }

    @Schema(name = "SubjectRevoke", description = "The ruling granting the proposal (社区矫正法第46–49条): 撤销缓刑/假释 by the "
            + "court, or 收监执行 decided by the deciding authority; REVOCATION_PROPOSED → REVOKED")
    public record Revoke(@NotNull LocalDate on,
                         @NotBlank @Size(max = 200) @Schema(description = "Court, or for 收监执行 the deciding authority", example = "X县人民法院") String court,
                         @NotBlank @Size(max = 100) @Schema(description = "裁定书/决定书 number", example = "(2026)川0101刑更12号") String rulingNo) {
    }

    @Schema(name = "SubjectRevocationRejected", description = "The court (or deciding authority) did not revoke: back to "
            + "the state before the proposal (社区矫正法第46–49条)")
    public record RevocationRejected(@NotNull LocalDate on,
                                     @NotBlank @Size(max = 200) @Schema(example = "X县人民法院") String court) {
    }

    @Schema(name = "SubjectProposeRevocation", description = "提请撤销缓刑/假释 (to the court) or, for MEDICAL_PAROLE, 提请收监执行 "
            + "(to the deciding authority) by the county body (社区矫正法第46–49条, county-admin); the ruling is due in 30 days")
    public record ProposeRevocation(@NotNull @Schema(example = "2026-05-01") LocalDate on,
                                    @NotEmpty @Size(max = 7) List<@NotNull RevocationGround> grounds,
                                    @Size(max = 2000) String note) {
    }

    @Schema(name = "SubjectProposeSanction", description = "A township office proposes a 训诫 or 警告 to the county, "
            + "which decides it (实施办法第34–35条)")
    public record ProposeSanction(@NotNull SanctionKind kind, @NotBlank @Size(max = 2000) String reason,
                                  @NotNull @Schema(example = "2026-05-01") LocalDate on) {
    }

    @Schema(name = "SubjectTransferBody", description = "执行地变更 within the county (社区矫正法第27条; 实施办法第30条, county-admin): "
            + "from this day the new township supervises; the history stays")
    public record Transfer(@NotNull @Schema(example = "2026-05-01") LocalDate on,
                           @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
                           @Schema(example = "519901100") String toTownshipCode) {
    }

    @Schema(name = "SubjectTransferOut", description = "执行地变更 to another county (社区矫正法第27条; 实施办法第30条, "
            + "county-admin): the record ends here, TRANSFERRED_OUT")
    public record TransferOut(@NotNull @Schema(example = "2026-05-01") LocalDate on,
                              @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code")
                              @Schema(example = "519902") String toCountyCode) {
    }

    @Schema(name = "SubjectHealthReportBody", description = "暂予监外执行: the monthly report on the person's health (实施办法第24条)")
    public record HealthReport(@NotNull @Schema(example = "2026-05-01") LocalDate on,
                               @Size(max = 200) @Schema(example = "X县人民医院") String hospital) {
    }

    @Schema(name = "SubjectDecease", description = "死亡 (社区矫正法第45条), from every open state")
    public record Decease(@NotNull LocalDate on) {
    }
}
