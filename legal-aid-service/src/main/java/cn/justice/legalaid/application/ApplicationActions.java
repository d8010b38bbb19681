package cn.justice.legalaid.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the application actions (DESIGN §5.5); dates default to today and are never in the future. */
public final class ApplicationActions {
    private ApplicationActions() {
    }

    @Schema(name = "LegalAidReview", description = "开始审查: RECEIVED → UNDER_REVIEW (body may be {})")
    public record Review(@Schema(description = "Defaults to today") LocalDate on) {
    }

    @Schema(name = "LegalAidRequestMaterials", description = "补充材料: UNDER_REVIEW → MATERIALS_REQUESTED; the days until "
            + "materials-received do not count towards the 7-day decision deadline. Once per application, all items at "
            + "once (一次性告知, 法律援助法第43条): a second request is 409.")
    public record RequestMaterials(
            @NotEmpty @Size(max = 50) @Schema(example = "[\"经济困难状况说明表\", \"劳动合同\"]") List<@NotBlank @Size(max = 200) String> items,
            @Schema(description = "Defaults to today") LocalDate on,
            @Schema(description = "Due date of the materials, after on; defaults to on + 15 days "
                    + "(justice.legal-aid.materials-days). Past it the application is deemed withdrawn (视为撤回).")
            LocalDate dueOn) {
    }

    @Schema(name = "LegalAidMaterialsReceived", description = "材料补齐: MATERIALS_REQUESTED → UNDER_REVIEW; decisionDueOn "
            + "moves by the days waited")
    public record MaterialsReceived(@Schema(description = "Defaults to today") LocalDate on) {
    }

    @Schema(name = "LegalAidGrant", description = "给予法律援助: UNDER_REVIEW → GRANTED (or the decision on an emergency "
            + "assignment, which stays ASSIGNED). decidedWithinDeadline is decidedOn ≤ decisionDueOn.")
    public record Grant(@Schema(description = "Defaults to today") LocalDate decidedOn,
                        @Size(max = 2000) String note) {
    }

    @Schema(name = "LegalAidDeny", description = "不予法律援助: UNDER_REVIEW (or an undecided emergency assignment) → DENIED. "
            + "The reason is required; denying an eligible application is recorded as deniedWhileEligible.")
    public record Deny(@Schema(description = "Defaults to today") LocalDate decidedOn,
                       @NotBlank @Size(max = 2000) @Schema(example = "不符合经济困难标准") String reason) {
    }

    @Schema(name = "LegalAidAssign", description = "指派: GRANTED → ASSIGNED, within 3 days of the decision. With "
            + "emergency true (先行提供) from RECEIVED or UNDER_REVIEW, before the decision.")
    public record Assign(@NotNull @Valid Provider provider,
                         @Schema(description = "Defaults to today") LocalDate assignedOn,
                         @Schema(description = "先行提供: assign before the decision", defaultValue = "false") Boolean emergency,
                         @Schema(description = "法律援助法第44条: required with emergency true (else 422), only then")
                         EmergencyGround emergencyGround) {
    }

    @Schema(name = "LegalAidClose", description = "结案: ASSIGNED (granted) → CLOSED with the outcome")
    public record Close(@Schema(description = "Defaults to today") LocalDate closedOn,
                        @NotNull CaseOutcome outcome,
                        @Size(max = 2000) String note,
                        @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
                        @Schema(description = "法律援助补贴 paid for the case, yuan (法律援助法第52条); ≥ 0", example = "1500.00")
                        java.math.BigDecimal subsidyAmount) {
    }

    @Schema(name = "LegalAidWithdraw", description = "撤回: RECEIVED, UNDER_REVIEW, MATERIALS_REQUESTED or an undecided "
            + "emergency assignment → WITHDRAWN")
    public record Withdraw(@Size(max = 2000) String reason,
                           @Schema(description = "Defaults to today") LocalDate on) {
    }

    @Schema(name = "LegalAidTerminateAid", description = "终止法律援助 (法律援助法第48条): ASSIGNED (granted) → TERMINATED on "
            + "a ground of the article (county-admin)")
    public record TerminateAid(@Schema(description = "Defaults to today") LocalDate on,
                               @NotNull TerminationGround ground,
                               @Size(max = 2000) String note) {
    }

    @Schema(name = "LegalAidObject", description = "异议 (法律援助法第49条): DENIED or TERMINATED → OBJECTED; the 司法行政部门 "
            + "decides within 5 days (objectionDueOn)")
    public record Objection(@Schema(description = "Defaults to today") LocalDate on,
                            @NotBlank @Size(max = 2000) @Schema(example = "申请人认为其经济困难状况属实") String reason) {
    }

    @Schema(name = "LegalAidObjectionDecision", description = "异议审查决定 (法律援助法第49条, county-admin): OBJECTED → "
            + "UPHELD: back to DENIED or TERMINATED; CORRECTED: a denial re-opens review (UNDER_REVIEW, the decision "
            + "cleared, due 7 days later), a termination is undone (ASSIGNED)")
    public record ObjectionDecision(@Schema(description = "Defaults to today") LocalDate on,
                                    @NotNull ObjectionResult result) {
    }
}
