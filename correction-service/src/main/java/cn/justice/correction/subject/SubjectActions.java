package cn.justice.correction.subject;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the actions on a person under correction (DESIGN §5.5). Dates of what happened may not lie in the future. */
public final class SubjectActions {
    private SubjectActions() {
    }

    @Schema(name = "SubjectReport", description = "报到: the first report sets reportedOn and reportType; a later one ends a missing period")
    public record Report(@NotNull @Schema(example = "2026-03-10") LocalDate reportedOn) {
    }

    @Schema(name = "SubjectClassify", description = "分类管理: a new supervision level and why")
    public record Classify(@NotNull SupervisionLevel level, @NotBlank @Size(max = 2000) String reason,
                           @Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "SubjectSanctionBody", description = "训诫 (admonish) or 警告 (warn)")
    public record Sanction(@NotBlank @Size(max = 2000) String reason, @Schema(description = "Default today") LocalDate on) {
    }

    @Schema(name = "SubjectLeaveBody", description = "外出: up to 7 days (both ends counted) by the township office, up to 30 by the county")
    public record Leave(@NotNull @Schema(example = "2026-05-01") LocalDate from,
                        @NotNull @Schema(example = "2026-05-05") LocalDate to,
                        @NotBlank @Size(max = 200) @Schema(example = "成都市") String destination,
                        @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubjectMonitoringStart", description = "电子定位 (county-admin): a period of at most 3 months; "
            + "while the latest period is running (not stopped, from on or before the day after its last day) this is "
            + "a renewal that starts the day after the running period's last day")
    public record MonitoringStart(@NotNull @Schema(example = "2026-04-01") LocalDate from,
                                  @NotNull @Schema(description = "Last day (inclusive)", example = "2026-06-30") LocalDate to,
                                  @NotBlank @Size(max = 100) String deviceId,
                                  @NotBlank @Size(max = 200) @Schema(description = "批准: approving official or decision number") String approvedBy,
                                  @NotBlank @Size(max = 2000) String reason) {
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

    @Schema(name = "SubjectRevoke", description = "撤销缓刑/假释、收监执行")
    public record Revoke(@NotNull LocalDate on, @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubjectDecease", description = "死亡")
    public record Decease(@NotNull LocalDate on) {
    }
}
