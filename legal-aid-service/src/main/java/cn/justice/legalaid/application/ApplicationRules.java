package cn.justice.legalaid.application;

import cn.justice.platform.personal.IdNumbers;
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

    private ApplicationRules() {
    }

    /** Decision due 7 days after receipt; days waiting for requested materials do not count. */
    public static LocalDate decisionDueOn(LocalDate receivedOn, int waitingDays) {
        return receivedOn.plusDays(DECISION_DAYS + (long) waitingDays);
    }

    /** Days from the request of materials to their receipt (a same-day receipt is 0). */
    public static int waitingDays(LocalDate requestedOn, LocalDate receivedOn) {
        return (int) ChronoUnit.DAYS.between(requestedOn, receivedOn);
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
        if (ground != null && caseType != CaseType.CRIMINAL_DEFENSE) {
            throw ProblemException.invalid("mandatoryDefenseGround", "only for caseType CRIMINAL_DEFENSE");
        }
    }
}
