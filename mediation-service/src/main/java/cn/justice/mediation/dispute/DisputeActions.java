package cn.justice.mediation.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies of the dispute actions (DESIGN §5.5). Dates marked optional default to today. */
public final class DisputeActions {
    private DisputeActions() {
    }

    @Schema(name = "DisputeAccept", description = "受理: assigns mediators of the handling committee")
    public record Accept(@NotEmpty @Size(max = 10) List<@NotNull UUID> mediatorIds,
                         @Schema(example = "2026-03-03") LocalDate acceptedOn) {
    }

    @Schema(name = "DisputeReject", description = "不予受理, with the reason")
    public record Reject(@NotBlank @Size(max = 2000) @Schema(example = "不属于人民调解范围") String reason,
                         LocalDate rejectedOn) {
    }

    @Schema(name = "DisputeSucceed", description = "调解成功: records the agreement")
    public record Succeed(@NotNull @Valid Agreement agreement, LocalDate closedOn) {
    }

    @Schema(name = "DisputeFail", description = "调解不成: records the route the parties were told of")
    public record Fail(@NotBlank @Size(max = 2000) @Schema(example = "双方分歧较大") String reason,
                       @NotNull Referral referral, LocalDate closedOn) {
    }

    @Schema(name = "DisputeWithdraw", description = "当事人撤回")
    public record Withdraw(@Size(max = 2000) String reason, LocalDate closedOn) {
    }

    @Schema(name = "DisputeFollowUp", description = "回访: was the agreement performed?")
    public record FollowUp(@NotNull @Schema(example = "2026-05-02") LocalDate date, @NotNull Performance performed,
                           @Size(max = 2000) String notes) {
    }

    @Schema(name = "DisputeJudicialConfirmation", description = "司法确认 (人民调解法第33条; 法释〔2011〕5号): applied for "
            + "jointly by the parties within 30 days of signing a written agreement, not for an agreement settling an "
            + "identity relation; the court decides within 15 days. Result INVALID makes the dispute AGREEMENT_INVALID.")
    public record JudicialConfirmation(@NotNull @Schema(example = "2026-03-25") LocalDate appliedOn,
                                       @NotBlank @Size(max = 200) @Schema(example = "X县人民法院") String court,
                                       ConfirmationResult result, LocalDate decidedOn,
                                       @Schema(description = "Both parties applied jointly (双方共同申请); must be true "
                                               + "(false or absent: 422)", example = "true") Boolean jointApplication,
                                       @Schema(description = "The agreement settles an identity relation (婚姻效力、收养、"
                                               + "亲子关系): true is a 422", example = "false") Boolean identityRelation) {
    }

    @Schema(name = "DisputeReopen", description = "重新调解: after a court ruled the agreement invalid (AGREEMENT_INVALID), "
            + "mediate the dispute again (ACCEPTED, due reopenedOn + 30 days)")
    public record Reopen(@Schema(description = "Defaults to today; not before the court's decision", example = "2026-04-20")
                         LocalDate reopenedOn,
                         @Size(max = 2000) @Schema(example = "双方同意重新调解") String reason) {
    }
}
