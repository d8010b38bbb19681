package cn.justice.correction.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ruling on a revocation proposal: granted (REVOKED) or rejected (REJECTED). */
@Schema(name = "RevocationProposalOutcome")
public enum ProposalOutcome {
    REVOKED, REJECTED
}
