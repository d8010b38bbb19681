package cn.justice.legalaid.application;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Deadlines and date rules of applications that do not depend on storage. */
public final class ApplicationRules {
    /** 法律援助法 第43条: the decision within 7 days of receipt. */
    public static final int DECISION_DAYS = 7;
    /** 第36条/第44条 practice: a granted case is assigned within 3 days of the decision. */
    public static final int ASSIGN_DAYS = 3;
    /** 第39条: a detention centre forwards a detainee's application within 24 hours. */
    public static final Duration FORWARD_LIMIT = Duration.ofHours(24);

    /** 法律援助法 第43条: requested materials are due this many days after the request, unless it names a date. */
    public static final int MATERIALS_DAYS = 15;

    /** 法律援助法 第49条: the 司法行政部门 decides an objection within 5 days. */
    public static final int OBJECTION_DAYS = 5;

    /** 法律援助法 第26条: years of practice of a lawyer for a possible life or death sentence or a death-penalty review. */
    public static final int LIFE_OR_DEATH_MIN_YEARS = 3;

    private ApplicationRules() {
    }

    /** Criminal defence: a CRIMINAL_DEFENSE case or an authority's notice (通知辩护). */
    public static boolean criminalDefence(CaseType caseType, ApplicationChannel channel) {
        return caseType == CaseType.CRIMINAL_DEFENSE || channel == ApplicationChannel.AUTHORITY_NOTICE;
    }

    /** 第26条: a possible life or death sentence (the flag or the 第25条 ground) or a death-penalty review (死刑复核). */
    public static boolean lifeOrDeath(boolean possibleLifeOrDeath, MandatoryDefenseGround ground) {
        return possibleLifeOrDeath || ground == MandatoryDefenseGround.LIFE_OR_DEATH_SENTENCE
                || ground == MandatoryDefenseGround.DEATH_PENALTY_REVIEW;
    }

    /**
     * Who may be assigned (法律援助法 第25–26条): criminal defence (CRIMINAL_DEFENSE, or an AUTHORITY_NOTICE) only to a
     * LAWYER (第25条: 指派律师担任辩护人); for a possible life or death sentence or a death-penalty review, a lawyer with
     * at least 3 years' practice (第26条).
     *
     * @throws ProblemException 422 rule-violated naming the article
     */
    public static void checkProvider(CaseType caseType, ApplicationChannel channel, boolean possibleLifeOrDeath,
                                     MandatoryDefenseGround ground, Provider provider) {
        if (!criminalDefence(caseType, channel)) {
            return;
        }
        if (provider.kind() != ProviderKind.LAWYER) {
            throw ProblemException.lawViolated("defence-by-lawyer", "法律援助法第25条: criminal defence is assigned to a lawyer (LAWYER), not "
                    + provider.kind());
        }
        if (lifeOrDeath(possibleLifeOrDeath, ground)
                && (provider.yearsOfPractice() == null || provider.yearsOfPractice() < LIFE_OR_DEATH_MIN_YEARS)) {
            throw ProblemException.lawViolated("life-or-death-lawyer", "法律援助法第26条: a possible life or death sentence needs a lawyer with "
                    + LIFE_OR_DEATH_MIN_YEARS + " years' practice (provider.yearsOfPractice "
                    + (provider.yearsOfPractice() == null ? "not given" : "is " + provider.yearsOfPractice()) + ")");
        }
    }

    /** Decision due 7 days after receipt; days waiting for requested materials do not count. */
    public static LocalDate decisionDueOn(LocalDate receivedOn, int waitingDays) {
        return receivedOn.plusDays(DECISION_DAYS + (long) waitingDays);
    }

    /** Days from the request of materials to their receipt (a same-day receipt is 0). */
    public static int waitingDays(LocalDate requestedOn, LocalDate receivedOn) {
        return (int) ChronoUnit.DAYS.between(requestedOn, receivedOn);
    }

    /**
     * 法律援助法 第43条 (一次性告知): materials are requested once per application, all items at once; a second request
     * is refused (409 rule-violated, with currentStatus).
     */
    public static void checkFirstMaterialsRequest(List<MaterialRequest> earlier, ApplicationStatus status) {
        if (!earlier.isEmpty()) {
            throw new ProblemException(new Problem("rule-violated", "Business rule violated", 409,
                    "法律援助法第43条: materials are requested once, all items at once (一次性告知); they were requested on "
                            + earlier.get(0).requestedOn()).with("rule", "materials-once").with("currentStatus", String.valueOf(status)));
        }
    }

    /** 第43条: the due date of requested materials: given (after the request) or {@code days} after the request. */
    public static LocalDate materialsDueOn(LocalDate requestedOn, LocalDate given, int days) {
        if (given == null) {
            return requestedOn.plusDays(days);
        }
        if (!given.isAfter(requestedOn)) {
            throw ProblemException.invalid("dueOn", "must be after the request (" + requestedOn + ")");
        }
        return given;
    }

    /** 第43条: deemed withdrawn (视为撤回) once a day has passed after the due date without the materials. */
    public static boolean deemedWithdrawn(LocalDate dueOn, LocalDate today) {
        return today.isAfter(dueOn);
    }

    /** 第43条: materials that arrive after their due date come too late (the application is deemed withdrawn). */
    public static void checkMaterialsInTime(LocalDate receivedOn, LocalDate dueOn) {
        if (dueOn != null && deemedWithdrawn(dueOn, receivedOn)) {
            throw ProblemException.lawViolated("materials-due", "法律援助法第43条: the materials were due by " + dueOn
                    + "; received later, the application is deemed withdrawn (视为撤回)");
        }
    }

    /**
     * 法律援助法 第44条: aid before the decision (先行提供) only on one of its grounds; a ground without emergency is
     * meaningless (400).
     */
    public static void checkEmergency(boolean emergency, EmergencyGround ground) {
        if (emergency && ground == null) {
            throw ProblemException.lawViolated("emergency-ground", "法律援助法第44条: aid before the decision (先行提供) needs emergencyGround "
                    + "LIMITATION_UNDER_7_DAYS, PRESERVATION_NEEDED or OTHER_PRESCRIBED");
        }
        if (!emergency && ground != null) {
            throw ProblemException.invalid("emergencyGround", "only with emergency true");
        }
    }

    /** 第49条: an objection is decided within 5 days of its receipt. */
    public static LocalDate objectionDueOn(LocalDate objectedOn) {
        return objectedOn.plusDays(OBJECTION_DAYS);
    }

    /**
     * 第49条: one objection per denial or termination; once decided UPHELD it is final here (the applicant may go to
     * review or court: 行政复议、行政诉讼).
     */
    public static void checkObjectionOpen(ObjectionResult earlier, LocalDate earlierOn) {
        if (earlier == ObjectionResult.UPHELD) {
            throw ProblemException.ruleViolated("objection-decided", "法律援助法第49条: the objection of " + earlierOn
                    + " was decided (UPHELD); a further challenge is 行政复议 or 行政诉讼");
        }
    }

    /** 法律援助法 第43条: a granted application is assigned within 3 days of the decision ({@code assignmentDueOn}). */
    public static LocalDate assignmentDueOn(LocalDate decidedOn) {
        return decidedOn.plusDays(ASSIGN_DAYS);
    }

    /** 第43条: granted, not assigned, and past its assignmentDueOn. */
    public static boolean assignmentOverdue(ApplicationStatus status, LocalDate assignmentDueOn, LocalDate today) {
        return status == ApplicationStatus.GRANTED && assignmentDueOn != null && today.isAfter(assignmentDueOn);
    }

    public static boolean decidedWithinDeadline(LocalDate decidedOn, LocalDate decisionDueOn) {
        return !decidedOn.isAfter(decisionDueOn);
    }

    /**
     * Assigned within 3 days of the decision. An emergency assignment (先行提供) precedes the decision and is
     * therefore never late.
     */
    public static boolean assignedWithinDeadline(LocalDate decidedOn, LocalDate assignedOn) {
        return decidedOn == null || !assignedOn.isAfter(decidedOn.plusDays(ASSIGN_DAYS));
    }

    /** 监所转交: forwarded within 24 h of the detainee's submission. */
    public static boolean forwardedWithin24h(Instant submittedAt, Instant forwardedAt) {
        return Duration.between(submittedAt, forwardedAt).compareTo(FORWARD_LIMIT) <= 0;
    }

    /**
     * The date of an action: {@code given} or today; never in the future, never before {@code notBefore}.
     *
     * @throws ProblemException 400 naming {@code field}
     */
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

    /**
     * The applicant's groups as given, plus what the ID number shows on the day of receipt: MINOR under 18, ELDERLY
     * from 60 (老年人, 老年人权益保障法). In enum order, without duplicates.
     */
    public static List<ApplicantGroup> groups(List<ApplicantGroup> given, String idNumber, LocalDate receivedOn) {
        Set<ApplicantGroup> out = EnumSet.noneOf(ApplicantGroup.class);
        if (given != null) {
            out.addAll(given);
        }
        LocalDate birth = idNumber == null ? null : IdNumbers.birthDate(IdNumbers.normalize(idNumber));
        if (birth != null && !birth.isAfter(receivedOn)) {
            int age = Period.between(birth, receivedOn).getYears();
            if (age < 18) {
                out.add(ApplicantGroup.MINOR);
            } else if (age >= 60) {
                out.add(ApplicantGroup.ELDERLY);
            }
        }
        return List.copyOf(out);
    }

    /** Channel-specific facts at receipt: 监所转交 needs both instants, in order; other channels none of them. */
    public static void checkForwarding(ApplicationChannel channel, Instant submittedAt, Instant forwardedAt, Instant now) {
        if (channel != ApplicationChannel.DETENTION_FORWARDED) {
            if (submittedAt != null || forwardedAt != null) {
                throw ProblemException.invalid(submittedAt != null ? "submittedAt" : "forwardedAt",
                        "only for channel DETENTION_FORWARDED");
            }
            return;
        }
        if (submittedAt == null) {
            throw ProblemException.invalid("submittedAt", "is required for channel DETENTION_FORWARDED (when the detainee submitted it)");
        }
        if (forwardedAt == null) {
            throw ProblemException.invalid("forwardedAt", "is required for channel DETENTION_FORWARDED (when the detention centre forwarded it)");
        }
        if (forwardedAt.isBefore(submittedAt)) {
            throw ProblemException.invalid("forwardedAt", "must not be before submittedAt");
        }
        if (forwardedAt.isAfter(now)) {
            throw ProblemException.invalid("forwardedAt", "must not be in the future");
        }
    }

    /** 第25条 grounds speak of suspects and defendants: only a CRIMINAL_DEFENSE case may carry one. */
    public static void checkMandatoryGround(CaseType caseType, MandatoryDefenseGround ground) {
        checkMandatoryGround(caseType, ground, null);
    }

    /** The same, and 第26条's possible life or death sentence also only for CRIMINAL_DEFENSE. */
    public static void checkMandatoryGround(CaseType caseType, MandatoryDefenseGround ground, Boolean possibleLifeOrDeath) {
        if (ground != null && caseType != CaseType.CRIMINAL_DEFENSE) {
            throw ProblemException.invalid("mandatoryDefenseGround", "only for caseType CRIMINAL_DEFENSE");
        }
        if (Boolean.TRUE.equals(possibleLifeOrDeath) && caseType != CaseType.CRIMINAL_DEFENSE) {
            throw ProblemException.invalid("possibleLifeOrDeath", "only for caseType CRIMINAL_DEFENSE");
        }
    }
}
