package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/** Domain rules of people's mediation (人民调解法 2010) that do not depend on storage. */
public final class DisputeRules {
    /** Mediation should end within 30 days of acceptance. */
    public static final int MEDIATION_DAYS = 30;
    /** Judicial confirmation must be applied for within 30 days of signing a written agreement (民事诉讼法 第205条). */
    public static final int CONFIRMATION_WINDOW_DAYS = 30;

    private DisputeRules() {
    }

    public static LocalDate dueOn(LocalDate acceptedOn) {
        return acceptedOn.plusDays(MEDIATION_DAYS);
    }

    /** A written agreement needs its signing date; an oral one may not carry one. */
    public static void checkAgreement(AgreementForm form, LocalDate signedOn, LocalDate acceptedOn, LocalDate closedOn) {
        if (form == AgreementForm.WRITTEN && signedOn == null) {
            throw ProblemException.invalid("agreement.signedOn", "a written agreement needs its signing date");
        }
        if (signedOn != null && acceptedOn != null && signedOn.isBefore(acceptedOn)) {
            throw ProblemException.invalid("agreement.signedOn", "must not be before the dispute was accepted (" + acceptedOn + ")");
        }
        if (signedOn != null && closedOn != null && signedOn.isAfter(closedOn)) {
            throw ProblemException.invalid("agreement.signedOn", "must not be after closedOn");
        }
    }

    /** Judicial confirmation: only for a written agreement, applied within 30 days after signing. */
    public static void checkJudicialConfirmation(Agreement agreement, LocalDate appliedOn, LocalDate decidedOn) {
        if (agreement == null || agreement.form() != AgreementForm.WRITTEN || agreement.signedOn() == null) {
            throw ProblemException.ruleViolated("judicial-confirmation-needs-written-agreement",
                    "judicial confirmation (司法确认) can only be applied for on a written agreement");
        }
        if (appliedOn.isBefore(agreement.signedOn())) {
            throw ProblemException.invalid("appliedOn", "must not be before the agreement was signed (" + agreement.signedOn() + ")");
        }
        LocalDate last = agreement.signedOn().plusDays(CONFIRMATION_WINDOW_DAYS);
        if (appliedOn.isAfter(last)) {
            throw ProblemException.ruleViolated("judicial-confirmation-window",
                    "judicial confirmation must be applied for within " + CONFIRMATION_WINDOW_DAYS
                            + " days of signing the agreement (signed " + agreement.signedOn() + ", last day " + last
                            + ", applied " + appliedOn + ")");
        }
        if (decidedOn != null && decidedOn.isBefore(appliedOn)) {
            throw ProblemException.invalid("decidedOn", "must not be before appliedOn");
        }
    }

    /** An action's date may not lie before the date the dispute reached its current state, nor in the future. */
    public static LocalDate actionDate(String field, LocalDate given, LocalDate today, LocalDate notBefore) {
        LocalDate d = given == null ? today : given;
        if (d.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        if (notBefore != null && d.isBefore(notBefore)) {
            throw ProblemException.invalid(field, "must not be before " + notBefore);
        }
        return d;
    }
}
