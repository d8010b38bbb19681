package cn.justice.legalaid.application;

import cn.justice.platform.audit.AuditEntry;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.persistence.AdvisoryLocks;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Legal aid applications (法律援助申请): receipt, corrections, the lifecycle actions and reads. Every change writes
 * its {@code legal-aid.application.*} event through the outbox in the same transaction. The state machine is
 * {@link ApplicationLifecycle}, eligibility {@link Eligibility}, deadlines {@link ApplicationRules}.
 */
@ApplicationScoped
public class ApplicationService extends RecordStore<Application, ApplicationView, ApplicationCreate,
        ApplicationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.application.";
    public static final String RECORD_TYPE = "application";
    public static final String WHAT = "application";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("receivedOn", "applicationNo", "createdAt",
            "updatedAt", "status", "decisionDueOn", "decidedOn", "assignedOn", "closedOn");

    /** Advisory lock of the materials sweep (第43条): one instance of the service sweeps at a time. */
    public static final long MATERIALS_SWEEP_LOCK = 0x6c61_6d617473L; // "lamats"

    /** 第43条: days the applicant has for requested materials, unless the request names its due date. */
    @ConfigProperty(name = "justice.legal-aid.materials-days", defaultValue = "" + ApplicationRules.MATERIALS_DAYS)
    int materialsDays;

    @Inject
    ApplicantProtection protection;
    @Inject
    AuditLog audit;

    public ApplicationService() {
        super(Application.class, WHAT, EVENT_PREFIX, null, ApplicationEventData::of);
    }

    /**
     * 收件. An AUTHORITY_NOTICE (公检法通知辩护) is granted on receipt: status GRANTED, decided on receivedOn, within
     * the deadline.
     */
    @Override
    @Transactional
    public Created<ApplicationView> create(Caller caller, ApplicationCreate req) {
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        ApplicantProtection.requireValidIdNumber("applicant.idNumber", req.applicant().idNumber());
        notFuture("receivedOn", req.receivedOn());
        ApplicationRules.checkForwarding(req.channel(), req.submittedAt(), req.forwardedAt(), Instant.now(clock));
        ApplicationRules.checkMandatoryGround(req.caseType(), req.mandatoryDefenseGround(), req.possibleLifeOrDeath());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "received", () -> {
            requireWorkstation(req.workstationId(), county);
            Application a = new Application();
            a.applicationNo = nextApplicationNo(county, req.receivedOn());
            Applicant applicant = req.applicant().normalized();
            protection.store(a, applicant,
                    ApplicationRules.groups(applicant.groups(), applicant.idNumber(), req.receivedOn()));
            a.channel = req.channel();
            a.workstationId = req.workstationId();
            a.caseType = req.caseType();
            a.matter = req.matter();
            a.economicHardship = req.economicHardship() == null ? EconomicHardship.NOT_CLAIMED : req.economicHardship();
            a.mandatoryDefenseGround = req.mandatoryDefenseGround();
            a.retrialAcquittal = Boolean.TRUE.equals(req.retrialAcquittal());
            a.possibleLifeOrDeath = Boolean.TRUE.equals(req.possibleLifeOrDeath());
            a.hardshipExemption = req.hardshipExemption();
            Eligibility.checkHardshipExemption(a.facts());
            a.receivedOn = req.receivedOn();
            a.submittedAt = req.submittedAt();
            a.forwardedAt = req.forwardedAt();
            if (a.channel == ApplicationChannel.DETENTION_FORWARDED) {
                a.forwardedWithin24h = ApplicationRules.forwardedWithin24h(a.submittedAt, a.forwardedAt);
            }
            a.decisionDueOn = ApplicationRules.decisionDueOn(a.receivedOn, 0);
            evaluate(a);
            a.status = ApplicationStatus.RECEIVED;
            if (a.channel == ApplicationChannel.AUTHORITY_NOTICE) {
                a.status = ApplicationStatus.GRANTED;
                decide(a, Decision.GRANTED, a.receivedOn);
            }
            return a;
        });
    }

    /** One record; an unmasked read (county-admin, checked by the resource) is audited with its purpose. */
    @Override
    @Transactional
    public ApplicationView get(Caller caller, UUID id, boolean unmask, String purpose) {
        Application a = visible(caller, id);
        if (unmask) {
            audit.record(caller, RECORD_TYPE, id, AuditEntry.Action.UNMASK, purpose);
        }
        return view(a, unmask);
    }

    /**
     * Corrects the applicant and the case facts; eligibility is recomputed. After the decision the facts it rests on
     * are fixed (409 rule-violated). An unchanged body keeps the version and emits nothing.
     */
    @Override
    @Transactional
    public ApplicationView update(Caller caller, UUID id, String ifMatch, ApplicationUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), a -> {
            ApplicationLifecycle.apply(ApplicationLifecycle.UPDATE, a.status, a.decision != null);
            ApplicantProtection.requireValidIdNumber("applicant.idNumber", req.applicant().idNumber());
            ApplicationRules.checkMandatoryGround(req.caseType(), req.mandatoryDefenseGround(),
                    req.possibleLifeOrDeath());
            if (!Objects.equals(req.workstationId(), a.workstationId)) {
                requireWorkstation(req.workstationId(), a.countyCode);
            }
            Applicant applicant = req.applicant().normalized();
            List<ApplicantGroup> groups = ApplicationRules.groups(applicant.groups(), applicant.idNumber(),
                    a.receivedOn);
            Eligibility.Facts before = a.facts();
            if (!protection.same(a, applicant, groups)) {
                protection.store(a, applicant, groups);
            }
            a.workstationId = req.workstationId();
            a.caseType = req.caseType();
            a.matter = req.matter();
            a.economicHardship = req.economicHardship();
            a.mandatoryDefenseGround = req.mandatoryDefenseGround();
            a.retrialAcquittal = Boolean.TRUE.equals(req.retrialAcquittal());
            a.possibleLifeOrDeath = Boolean.TRUE.equals(req.possibleLifeOrDeath());
            a.hardshipExemption = req.hardshipExemption();
            if (a.decision != null && !a.facts().equals(before)) {
                throw ProblemException.ruleViolated("decided-facts-fixed", "the application was decided on "
                        + a.decidedOn + ": the facts its eligibility rests on can no longer change");
            }
            Eligibility.checkHardshipExemption(a.facts());
            evaluate(a);
        });
    }

    /** 开始审查: RECEIVED → UNDER_REVIEW. */
    @Transactional
    public ApplicationView review(Caller caller, UUID id, String ifMatch, ApplicationActions.Review req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.REVIEW, "review-started", a ->
                a.reviewStartedOn = ApplicationRules.actionDate("on", req.on(), today(), a.receivedOn));
    }

    /** 补充材料: UNDER_REVIEW → MATERIALS_REQUESTED; the decision clock stops until the materials arrive. */
    @Transactional
    public ApplicationView requestMaterials(Caller caller, UUID id, String ifMatch, ApplicationActions.RequestMaterials req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.REQUEST_MATERIALS, "materials-requested", a -> {
            ApplicationRules.checkFirstMaterialsRequest(a.materialRequests, a.status);
            LocalDate on = ApplicationRules.actionDate("on", req.on(), today(), latest(a.receivedOn, a.reviewStartedOn,
                    lastMaterialsReceived(a)));
            LocalDate dueOn = ApplicationRules.materialsDueOn(on, req.dueOn(), materialsDays);
            List<MaterialRequest> all = new ArrayList<>(a.materialRequests);
            all.add(new MaterialRequest(req.items().stream().map(String::strip).toList(), on, null, dueOn));
            a.materialRequests = all;
        });
    }

    /** 材料补齐: MATERIALS_REQUESTED → UNDER_REVIEW; decisionDueOn moves by the days waited. */
    @Transactional
    public ApplicationView materialsReceived(Caller caller, UUID id, String ifMatch, ApplicationActions.MaterialsReceived req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.MATERIALS_RECEIVED, "materials-received", a -> {
            MaterialRequest open = a.openRequest();
            LocalDate on = ApplicationRules.actionDate("on", req.on(), today(), open.requestedOn());
            ApplicationRules.checkMaterialsInTime(on, open.dueOn());
            List<MaterialRequest> all = new ArrayList<>(a.materialRequests);
            all.set(all.size() - 1, new MaterialRequest(open.items(), open.requestedOn(), on, open.dueOn()));
            a.materialRequests = all;
            a.waitingDays += ApplicationRules.waitingDays(open.requestedOn(), on);
            a.decisionDueOn = ApplicationRules.decisionDueOn(a.receivedOn, a.waitingDays);
        });
    }

    /** 给予法律援助: UNDER_REVIEW → GRANTED, or the decision on an emergency assignment (stays ASSIGNED). */
    @Transactional
    public ApplicationView grant(Caller caller, UUID id, String ifMatch, ApplicationActions.Grant req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.GRANT, "granted", a -> {
            decide(a, Decision.GRANTED, decisionDate(a, req.decidedOn()));
            a.decisionNote = blankToNull(req.note());
        });
    }

    /** 不予法律援助 with a reason; denying an eligible application is allowed and recorded (deniedWhileEligible). */
    @Transactional
    public ApplicationView deny(Caller caller, UUID id, String ifMatch, ApplicationActions.Deny req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.DENY, "denied", a -> {
            decide(a, Decision.DENIED, decisionDate(a, req.decidedOn()));
            a.denyReason = req.reason().strip();
            a.deniedWhileEligible = a.eligible;
        });
    }

    /** 指派 within 3 days of the decision; with emergency (先行提供) before it. */
    @Transactional
    public ApplicationView assign(Caller caller, UUID id, String ifMatch, ApplicationActions.Assign req) {
        boolean emergency = Boolean.TRUE.equals(req.emergency());
        String action = emergency ? ApplicationLifecycle.EMERGENCY_ASSIGN : ApplicationLifecycle.ASSIGN;
        return act(caller, id, ifMatch, action, "assigned", a -> {
            ApplicationRules.checkEmergency(emergency, req.emergencyGround());
            ApplicationRules.checkProvider(a.caseType, a.channel, a.possibleLifeOrDeath, a.mandatoryDefenseGround,
                    req.provider());
            a.assignedOn = ApplicationRules.actionDate("assignedOn", req.assignedOn(), today(),
                    emergency ? a.receivedOn : a.decidedOn);
            a.emergency = emergency;
            a.emergencyGround = req.emergencyGround();
            a.assignedWithinDeadline = ApplicationRules.assignedWithinDeadline(a.decidedOn, a.assignedOn);
            a.providerKind = req.provider().kind();
            a.providerName = req.provider().name().strip();
            a.providerOrg = req.provider().org().strip();
            a.providerYearsOfPractice = req.provider().yearsOfPractice();
        });
    }

    /** 结案 with the outcome. */
    @Transactional
    public ApplicationView close(Caller caller, UUID id, String ifMatch, ApplicationActions.Close req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.CLOSE, "closed", a -> {
            a.closedOn = ApplicationRules.actionDate("closedOn", req.closedOn(), today(), latest(a.assignedOn, a.decidedOn));
            a.outcome = req.outcome();
            a.closeNote = blankToNull(req.note());
            a.subsidyAmount = req.subsidyAmount(); // 第52条: ≥ 0 (validated), yuan
        });
    }

    /** 撤回 before the decision. */
    @Transactional
    public ApplicationView withdraw(Caller caller, UUID id, String ifMatch, ApplicationActions.Withdraw req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.WITHDRAW, "withdrawn", a -> {
            a.withdrawnOn = ApplicationRules.actionDate("on", req.on(), today(), a.receivedOn);
            a.withdrawReason = blankToNull(req.reason());
            a.withdrawalReason = WithdrawalReason.APPLICANT;
        });
    }

    /** 终止法律援助 (法律援助法 第48条) on a ground of the article: ASSIGNED (granted) → TERMINATED. */
    @Transactional
    public ApplicationView terminateAid(Caller caller, UUID id, String ifMatch, ApplicationActions.TerminateAid req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.TERMINATE_AID, "aid-terminated", a -> {
            a.terminatedOn = ApplicationRules.actionDate("on", req.on(), today(), latest(a.assignedOn, a.decidedOn));
            a.terminationGround = req.ground();
            a.terminationNote = blankToNull(req.note());
        });
    }

    /** 异议 (法律援助法 第49条) against a denial or a termination: → OBJECTED, to be decided within 5 days. */
    @Transactional
    public ApplicationView object(Caller caller, UUID id, String ifMatch, ApplicationActions.Objection req) {
        return act(caller, id, ifMatch, ApplicationLifecycle.OBJECT, "objected", a -> {
            ApplicationRules.checkObjectionOpen(a.objectionResult, a.objectedOn);
            LocalDate decided = a.status == ApplicationStatus.TERMINATED ? a.terminatedOn : a.decidedOn;
            a.objectedOn = ApplicationRules.actionDate("on", req.on(), today(), decided);
            a.objectionReason = req.reason().strip();
            a.objectionDueOn = ApplicationRules.objectionDueOn(a.objectedOn);
            a.objectionResult = null;
            a.objectionDecidedOn = null;
        });
    }

    /**
     * 异议审查 (法律援助法 第49条, the 司法行政部门: county-admin): UPHELD leaves the denial or termination; CORRECTED
     * re-opens review of a denial (the decision cleared, due 7 days from this decision) or undoes a termination.
     */
    @Transactional
    public ApplicationView objectionDecision(Caller caller, UUID id, String ifMatch, ApplicationActions.ObjectionDecision req) {
        Application a = forChange(caller, id, ifMatch);
        ApplicationLifecycle.apply(ApplicationLifecycle.OBJECTION_DECISION, a.status, a.decision != null);
        LocalDate on = ApplicationRules.actionDate("on", req.on(), today(), a.objectedOn);
        boolean ofTermination = a.terminatedOn != null;
        a.objectionResult = req.result();
        a.objectionDecidedOn = on;
        a.status = ApplicationLifecycle.afterObjection(ofTermination, req.result());
        if (req.result() == ObjectionResult.CORRECTED) {
            if (ofTermination) {
                a.terminatedOn = null;
                a.terminationGround = null;
                a.terminationNote = null;
            } else {
                a.decision = null;
                a.decidedOn = null;
                a.decidedWithinDeadline = null;
                a.denyReason = null;
                a.deniedWhileEligible = false;
                a.decisionDueOn = on.plusDays(ApplicationRules.DECISION_DAYS);
            }
        }
        return publish("objection-decided", a);
    }

    /**
     * 法律援助法 第43条: every application still waiting for materials a day past their due date is deemed withdrawn
     * (视为撤回): WITHDRAWN, withdrawalReason DEEMED, withdrawnOn the day after the due date, one
     * {@code legal-aid.application.withdrawn} event each. The transaction first takes the sweep's advisory lock; when
     * another instance holds it this one does nothing (0).
     *
     * @return how many were withdrawn
     */
    @Transactional
    public int withdrawOverdueMaterials() {
        if (!AdvisoryLocks.tryForTransaction(em, MATERIALS_SWEEP_LOCK)) {
            return 0;
        }
        LocalDate today = today();
        int n = 0;
        for (Application a : em.createQuery("SELECT a FROM Application a WHERE a.status = :s ORDER BY a.id", Application.class)
                .setParameter("s", ApplicationStatus.MATERIALS_REQUESTED).getResultList()) {
            MaterialRequest open = a.openRequest();
            LocalDate dueOn = open == null ? null
                    : open.dueOn() != null ? open.dueOn() : open.requestedOn().plusDays(materialsDays);
            if (dueOn == null || !ApplicationRules.deemedWithdrawn(dueOn, today)) {
                continue;
            }
            a.status = ApplicationLifecycle.apply(ApplicationLifecycle.DEEMED_WITHDRAW, a.status, a.decision != null);
            a.withdrawnOn = dueOn.plusDays(1);
            a.withdrawalReason = WithdrawalReason.DEEMED;
            publish("withdrawn", a);
            n++;
        }
        return n;
    }

    @Transactional
    public Page<ApplicationView> list(Caller caller, ApplicationFilter f, PageRequest page) {
        ListQuery<Application> q = listed(caller, f.townshipCode(), null)
                .eq("status", f.status())
                .eq("channel", f.channel())
                .eq("caseType", f.caseType())
                .eq("matter", f.matter())
                .eq("eligible", f.eligible())
                .eq("economicHardship", f.economicHardship())
                .eq("decision", f.decision())
                .eq("deniedWhileEligible", f.deniedWhileEligible())
                .eq("emergency", f.emergency())
                .eq("workstationId", f.workstationId())
                .atLeast("receivedOn", f.from())
                .atMost("receivedOn", f.to());
        if (f.overdue() != null) {
            String overdue = "e.decision IS NULL AND e.status <> :withdrawn AND e.decisionDueOn < :today";
            q.where(f.overdue() ? overdue : "NOT (" + overdue + ")",
                    Map.of("withdrawn", ApplicationStatus.WITHDRAWN, "today", today()));
        }
        if (f.assignmentOverdue() != null) {
            String late = "e.status = :granted AND e.assignmentDueOn < :today";
            q.where(f.assignmentOverdue() ? late : "NOT (" + late + ")",
                    Map.of("granted", ApplicationStatus.GRANTED, "today", today()));
        }
        if (f.idNumber() != null) {
            String problem = IdNumbers.problem(f.idNumber());
            if (problem != null) {
                throw ProblemException.invalid("idNumber", problem);
            }
            q.where("e.applicantIdHash = :idHash", Map.of("idHash", protection.searchHash(f.idNumber())));
        }
        return q.page(page, this::view);
    }

    /** Loads, checks the version and the state machine, applies the change, and publishes one event. */
    private ApplicationView act(Caller caller, UUID id, String ifMatch, String action, String verb,
                                Consumer<Application> change) {
        Application a = forChange(caller, id, ifMatch);
        ApplicationStatus next = ApplicationLifecycle.apply(action, a.status, a.decision != null);
        change.accept(a);
        a.status = next;
        return publish(verb, a);
    }

    /** Records the decision and whether it came within the (materials-adjusted) deadline. */
    private static void decide(Application a, Decision decision, LocalDate on) {
        a.decision = decision;
        a.decidedOn = on;
        a.decidedWithinDeadline = ApplicationRules.decidedWithinDeadline(on, a.decisionDueOn);
        a.assignmentDueOn = decision == Decision.GRANTED ? ApplicationRules.assignmentDueOn(on) : null;
    }

    /** The decision date: given or today, not before receipt nor before the latest materials arrived. */
    private LocalDate decisionDate(Application a, LocalDate given) {
        return ApplicationRules.actionDate("decidedOn", given, today(), latest(a.receivedOn, lastMaterialsReceived(a)));
    }

    private void evaluate(Application a) {
        Eligibility.Result r = Eligibility.evaluate(a.facts());
        a.eligible = r.eligible();
        a.eligibilityBasis = r.basis();
        a.eligibilityExplanation = r.explanation();
    }

    /** The view, the applicant masked (an unmasked read is {@link #get(Caller, UUID, boolean, String)}). */
    @Override
    protected ApplicationView view(Application a) {
        return view(a, false);
    }

    private ApplicationView view(Application a, boolean unmasked) {
        return ApplicationView.of(a, protection.view(a, unmasked), today());
    }

    /** A workstation of the county (400 otherwise); null is fine. */
    private void requireWorkstation(UUID workstationId, String county) {
        if (workstationId == null) {
            return;
        }
        List<String> counties = em.createQuery("SELECT w.countyCode FROM Workstation w WHERE w.id = :id", String.class)
                .setParameter("id", workstationId).getResultList();
        if (counties.isEmpty() || !counties.get(0).equals(county)) {
            throw ProblemException.invalid("workstationId", "no such workstation " + workstationId);
        }
    }

    /** LA-&lt;county&gt;-&lt;year of receipt&gt;-&lt;6-digit sequence&gt;. */
    private String nextApplicationNo(String county, LocalDate receivedOn) {
        long n = ((Number) em.createNativeQuery("SELECT nextval('application_no_seq')").getSingleResult()).longValue();
        return String.format("LA-%s-%d-%06d", county, receivedOn.getYear(), n);
    }

    private static LocalDate lastMaterialsReceived(Application a) {
        LocalDate last = null;
        for (MaterialRequest r : a.materialRequests) {
            last = latest(last, r.receivedOn());
        }
        return last;
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate max = null;
        for (LocalDate d : dates) {
            if (d != null && (max == null || d.isAfter(max))) {
                max = d;
            }
        }
        return max;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
