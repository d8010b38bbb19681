package cn.justice.legalaid.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an application was withdrawn. */
@Schema(name = "LegalAidWithdrawalReason", description = "APPLICANT 申请人撤回; DEEMED 视为撤回 (法律援助法第43条: the "
        + "requested materials were not in by their due date)")
public enum WithdrawalReason {
    APPLICANT,
    DEEMED
}
