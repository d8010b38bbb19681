package cn.justice.ruleoflaw.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the actions on a reconsideration; dates default to today and may not lie in the future. */
public final class ReconsiderationActions {
    private ReconsiderationActions() {
    }

    @Schema(name = "ReconsiderationAccept", description = "受理 (行政复议法第30条): RECEIVED → ACCEPTED under a procedure")
    public record Accept(@NotNull ReconsiderationProcedure procedure,
                         @Schema(description = "Defaults to today; not before appliedOn") LocalDate acceptedOn) {
    }

    @Schema(name = "ReconsiderationReject", description = "不予受理 (行政复议法第30条): RECEIVED → REJECTED, with the reason")
    public record Reject(@NotBlank @Size(max = 2000) String reason,
                         @Schema(description = "Defaults to today; not before appliedOn") LocalDate rejectedOn) {
    }

    @Schema(name = "ReconsiderationExtend", description = "延长审理期限 (行政复议法第62条): ordinary procedure only, once, at most 30 days")
    public record Extend(@NotNull @Schema(description = "Days added to the decision period (1 … 30; more is a 422 naming 第62条)",
            example = "30") Integer days,
                         @NotBlank @Size(max = 2000) String reason,
                         @Schema(description = "Defaults to today") LocalDate on) {
    }

    @Schema(name = "ReconsiderationDecide", description = "作出行政复议决定: ACCEPTED → DECIDED")
    public record Decide(@NotNull ReconsiderationDecision decision,
                         @Schema(description = "Defaults to today; not before acceptedOn") LocalDate decidedOn) {
    }

    @Schema(name = "ReconsiderationClose", description = "Ends an accepted case without a decision: 调解 (mediate), 和解 (settle) "
            + "or 终止 (terminate)")
    public record Close(@Schema(description = "Defaults to today; not before acceptedOn") LocalDate on,
                        @Size(max = 2000) String note) {
    }
}
