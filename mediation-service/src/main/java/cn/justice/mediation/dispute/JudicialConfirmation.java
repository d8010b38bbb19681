package cn.justice.mediation.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * 司法确认 record kept on the dispute (人民调解法第33条; 法释〔2011〕5号). Records written before the rules of DESIGN
 * §10.3 carry no {@code jointApplication}, {@code identityRelation} or stored {@code decisionDueOn}; the view
 * computes the due date for them ({@link #withDecisionDue()}).
 */
@Schema(name = "JudicialConfirmation")
public record JudicialConfirmation(
        LocalDate appliedOn,
        String court,
        @Schema(description = "CONFIRMED, or INVALID (the dispute becomes AGREEMENT_INVALID); null while undecided")
        ConfirmationResult result,
        LocalDate decidedOn,
        @Schema(description = "Applied for by both parties jointly (人民调解法第33条); null on records made before the rule")
        Boolean jointApplication,
        @Schema(description = "The agreement settles an identity relation (never true: such agreements cannot be confirmed)")
        Boolean identityRelation,
        @Schema(description = "appliedOn + 15 days: the court's decision is due (法释〔2011〕5号 第6条)")
        LocalDate decisionDueOn) {

    /** The record with its decision due date (appliedOn + 15 days) filled in. */
    public JudicialConfirmation withDecisionDue() {
        if (decisionDueOn != null || appliedOn == null) {
            return this;
        }
        return new JudicialConfirmation(appliedOn, court, result, decidedOn, jointApplication, identityRelation,
                DisputeRules.decisionDueOn(appliedOn));
    }
}
