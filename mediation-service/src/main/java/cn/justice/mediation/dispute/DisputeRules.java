package cn.justice.mediation.dispute;

import cn.justice.platform.problem.ProblemException;

import java.time.LocalDate;

/** Domain rules of people's mediation (人民调解法 2010) that do not depend on storage. */
public final class DisputeRules {
    /** Mediation should end within 30 days of acceptance. */
    public static final int MEDIATION_DAYS = 30;
    /**
     * Judicial confirmation must be applied for within 30 days of the agreement taking effect (人民调解法第33条;
     * 民事诉讼法第205条): day 30 after signing is the last day.
     */
    public static final int CONFIRMATION_WINDOW_DAYS = 30;
    /** The court decides an application for judicial confirmation within 15 days of accepting it (法释〔2011〕5号 第6条). */
    public static final int CONFIRMATION_DECISION_DAYS = 15;

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

    /**
     * Judicial confirmation (司法确认), 人民调解法第33条 and 法释〔2011〕5号《关于人民调解协议司法确认程序的若干规定》:
     * <ul>
     * <li>only for a written agreement (409, rule {@code judicial-confirmation-needs-written-agreement});</li>
     * <li>not for an agreement that settles an identity relation — validity of a marriage, adoption, parentage
     * (婚姻效力、收养、亲子关系; 法释〔2011〕5号 第4条): {@code identityRelation: true} is a 422
     * ({@code judicial-confirmation-identity-relation});</li>
     * <li>applied for by the parties <b>jointly</b> (双方当事人共同申请, 第33条): {@code jointApplication} must be
     * true, false or absent is a 422 ({@code judicial-confirmation-joint-application});</li>
     * <li>within 30 days of signing (第33条): day 30 is the last day, day 31 a 422 ({@code judicial-confirmation-window});
     * not before signing (400);</li>
     * <li>a decision not before the application (400).</li>
     * </ul>
     */
    public static void checkJudicialConfirmation(Agreement agreement, LocalDate appliedOn, LocalDate decidedOn,
                                                 Boolean jointApplication, Boolean identityRelation) {
        if (agreement == null || agreement.form() != AgreementForm.WRITTEN || agreement.signedOn() == null) {
            throw ProblemException.ruleViolated("judicial-confirmation-needs-written-agreement",
                    "judicial confirmation (司法确认) can only be applied for on a written agreement");
        }
        if (Boolean.TRUE.equals(identityRelation)) {
            throw ProblemException.lawViolated("judicial-confirmation-identity-relation",
                    "人民调解法第33条, 法释〔2011〕5号第4条: an agreement that settles an identity relation "
                            + "(婚姻效力、收养、亲子关系) cannot be judicially confirmed");
        }
        if (!Boolean.TRUE.equals(jointApplication)) {
            throw ProblemException.lawViolated("judicial-confirmation-joint-application",
                    "人民调解法第33条: judicial confirmation is applied for by both parties jointly (jointApplication: true)");
        }
        if (appliedOn.isBefore(agreement.signedOn())) {
            throw ProblemException.invalid("appliedOn", "must not be before the agreement was signed (" + agreement.signedOn() + ")");
        }
        LocalDate last = agreement.signedOn().plusDays(CONFIRMATION_WINDOW_DAYS);
        if (appliedOn.isAfter(last)) {
            throw ProblemException.lawViolated("judicial-confirmation-window",
                    "人民调解法第33条: judicial confirmation must be applied for within " + CONFIRMATION_WINDOW_DAYS
                            + " days of signing the agreement (signed " + agreement.signedOn() + ", last day " + last
                            + ", applied " + appliedOn + ")");
        }
        if (decidedOn != null && decidedOn.isBefore(appliedOn)) {
            throw ProblemException.invalid("decidedOn", "must not be before appliedOn");
        }
    }

    /** The court's decision is due 15 days after the application (法释〔2011〕5号 第6条): {@code decisionDueOn}. */
    public static LocalDate decisionDueOn(LocalDate appliedOn) {
        return appliedOn.plusDays(CONFIRMATION_DECISION_DAYS);
    }

    /**
     * 纠纷激化风险 (人民调解法第25条): the date the dispute was reported to the police is not in the future and not
     * before it was registered; a report names the risk it was made for (a risk of NONE, or none at all, with a
     * report date is a 400).
     */
    public static void checkEscalation(EscalationRisk risk, LocalDate reportedToPoliceOn, LocalDate registeredOn,
                                       LocalDate today) {
        if (reportedToPoliceOn == null) {
            return;
        }
        if (reportedToPoliceOn.isAfter(today)) {
            throw ProblemException.invalid("reportedToPoliceOn", "must not be in the future");
        }
        if (registeredOn != null && reportedToPoliceOn.isBefore(registeredOn)) {
            throw ProblemException.invalid("reportedToPoliceOn", "must not be before registeredOn (" + registeredOn + ")");
        }
        if (risk == null || risk == EscalationRisk.NONE) {
            throw ProblemException.invalid("escalationRisk", "a report to the police (reportedToPoliceOn) needs an escalation risk of LOW or HIGH");
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
