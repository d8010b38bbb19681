package cn.justice.mediation.dispute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The latest agreement a court ruled invalid (确认无效, 人民调解法第33条) and the confirmation that did so, kept on the dispute
 * when {@code reopen} mediates it again (the new mediation may end in a new agreement).
 */
@Schema(name = "InvalidatedAgreement", description = "The agreement a court ruled invalid, kept when the dispute was reopened")
public record InvalidatedAgreement(Agreement agreement, JudicialConfirmation judicialConfirmation,
                                   @Schema(description = "The date the dispute was reopened") LocalDate reopenedOn,
                                   @Schema(description = "Why it was reopened, as recorded") String reopenReason) {
}
