package cn.justice.mediation.dispute;

import java.time.LocalDate;

/** 司法确认 record kept on the dispute. */
public record JudicialConfirmation(LocalDate appliedOn, String court, ConfirmationResult result, LocalDate decidedOn) {
}
