package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.web.Texts;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.audit.AuditEntry;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import cn.justice.ruleoflaw.calendar.WorkingDayCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * 行政复议 cases: receipt, corrections, the lifecycle actions and reads. A county record (no township): county-admin
 * and integration write, county-admin, auditor and integration read; a township officer gets 403 (docs/security.md).
 * The applicant is protected by {@link ApplicantProtection}; every read of a record is audited (READ, or UNMASK).
 * Every change writes its {@code rule-of-law.reconsideration.*} event through the outbox in the same transaction.
 */
@ApplicationScoped
public class ReconsiderationService extends RecordStore<Reconsideration, ReconsiderationView, ReconsiderationCreate,
        ReconsiderationUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.reconsideration.";
    public static final String RECORD_TYPE = "reconsideration";
    public static final String WHAT = "reconsideration";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("appliedOn", "knewOn", "status",
            "acceptedOn", "decisionDueOn", "closedOn", "createdAt", "updatedAt");

    @Inject
    ApplicantProtection protection;
    @Inject
    AuditLog audit;
    @Inject
    WorkingDayCalendar calendar;

    public ReconsiderationService() {
        super(Reconsideration.class, WHAT, EVENT_PREFIX, null, ReconsiderationEventData::of);
    }

    /** Filters of the list; from/to apply to appliedOn. */
    public record Filter(ReconsiderationStatus status, ActionType actionType, ReconsiderationProcedure procedure,
                         ReconsiderationDecision decision, Boolean overdue, LocalDate from, LocalDate to, String idNumber) {
        static Filter of(RecordQuery q) {
            return new Filter(q.enumOf("status", ReconsiderationStatus.class), q.enumOf("actionType", ActionType.class),
                    q.enumOf("procedure", ReconsiderationProcedure.class), q.enumOf("decision", ReconsiderationDecision.class),
                    q.bool("overdue"), q.from("appliedOn"), q.to("appliedOn"),
                    q.text("idNumber", "The applicant's exact resident ID number (matched by keyed hash)"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields {
        Applicant applicant(); String respondentAgency(); ActionType actionType();
        LocalDate knewOn(); LocalDate appliedOn();
    }

    @Override
    @Transactional
    public Created<ReconsiderationView> create(Caller caller, ReconsiderationCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        Applicant applicant = check(req);
        return createOnce(caller, req.id(), req, county, null, "received", () -> {
            Reconsideration r = new Reconsideration();
            protection.store(r, applicant);
            edit(r, req);
            r.status = ReconsiderationStatus.RECEIVED;
            return r;
        });
    }

    /** Corrects the applicant and the facts while the case is open; the periods follow the new dates. */
    @Override
    @Transactional
    public ReconsiderationView update(Caller caller, UUID id, String ifMatch, ReconsiderationUpdate req) {
        Reconsideration r = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), r.version);
        ReconsiderationLifecycle.apply(ReconsiderationLifecycle.UPDATE, r.status);
        Applicant applicant = check(req);
        if (r.acceptedOn != null && req.appliedOn().isAfter(r.acceptedOn)) {
            throw ProblemException.invalid("appliedOn", "must not be after the acceptance on " + r.acceptedOn);
        }
        if (!protection.same(r, applicant)) {
            protection.store(r, applicant);
        }
        edit(r, req);
        long before = r.version;
        em.flush();
        return r.version != before ? publish("updated", r) : view(r);
    }

    /** The checks create and update share; answers the applicant normalized. */
    private Applicant check(Fields f) {
        Applicant applicant = f.applicant().normalized();
        ApplicantProtection.requireValidIdNumber("applicant.idNumber", applicant.idNumber());
        notFuture("appliedOn", f.appliedOn());
        ReconsiderationRules.checkApplicationPeriod(f.knewOn(), f.appliedOn());
        return applicant;
    }

    /** The facts (the applicant is stored apart, protected) and the acceptance period that follows the date applied. */
    private Reconsideration edit(Reconsideration r, Fields f) {
        r.respondentAgency = f.respondentAgency().strip();
        r.actionType = f.actionType();
        r.knewOn = f.knewOn();
        r.appliedOn = f.appliedOn();
        r.acceptanceDueOn = ReconsiderationRules.acceptanceDueOn(r.appliedOn, calendar);
        return r;
    }

    /** 受理 (第30条): RECEIVED → ACCEPTED; the decision period of the procedure starts (第62条). */
    @Transactional
    public ReconsiderationView accept(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Accept req) {
        return act(caller, id, ifMatch, "accept", "accepted", r -> {
            r.acceptedOn = ReconsiderationRules.actionDate("acceptedOn", req.acceptedOn(), today(), r.appliedOn);
            r.procedure = req.procedure();
            r.decisionDueOn = ReconsiderationRules.decisionDueOn(r.acceptedOn, r.procedure, null);
        });
    }

    /** 不予受理 (第30条): RECEIVED → REJECTED with the reason. */
    @Transactional
    public ReconsiderationView reject(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Reject req) {
        return act(caller, id, ifMatch, "reject", "rejected", r -> {
            r.rejectedOn = ReconsiderationRules.actionDate("rejectedOn", req.rejectedOn(), today(), r.appliedOn);
            r.rejectReason = req.reason().strip();
        });
    }

    /** 延长审理期限 (第62条): ordinary procedure, once, ≤ 30 days (422 otherwise). */
    @Transactional
    public ReconsiderationView extend(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Extend req) {
        return act(caller, id, ifMatch, "extend", "extended", r -> {
            ReconsiderationRules.checkExtension(r.procedure, r.extensionDays, req.days());
            r.extendedOn = ReconsiderationRules.actionDate("on", req.on(), today(), r.acceptedOn);
            r.extensionDays = req.days();
            r.extensionReason = req.reason().strip();
            r.decisionDueOn = ReconsiderationRules.decisionDueOn(r.acceptedOn, r.procedure, r.extensionDays);
        });
    }

    /** 行政复议决定: ACCEPTED → DECIDED. */
    @Transactional
    public ReconsiderationView decide(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Decide req) {
        return act(caller, id, ifMatch, "decide", "decided", r -> {
            r.closedOn = ReconsiderationRules.actionDate("decidedOn", req.decidedOn(), today(), r.acceptedOn);
            r.decision = req.decision();
        });
    }

    /** 调解结案: ACCEPTED → MEDIATED. */
    @Transactional
    public ReconsiderationView mediate(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Close req) {
        return close(caller, id, ifMatch, "mediate", "mediated", req);
    }

    /** 和解 (the applicant withdraws after a settlement): ACCEPTED → SETTLED. */
    @Transactional
    public ReconsiderationView settle(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Close req) {
        return close(caller, id, ifMatch, "settle", "settled", req);
    }

    /** 终止: ACCEPTED → TERMINATED. */
    @Transactional
    public ReconsiderationView terminate(Caller caller, UUID id, String ifMatch, ReconsiderationActions.Close req) {
        return close(caller, id, ifMatch, "terminate", "terminated", req);
    }

    private ReconsiderationView close(Caller caller, UUID id, String ifMatch, String action, String verb,
                                      ReconsiderationActions.Close req) {
        return act(caller, id, ifMatch, action, verb, r -> {
            r.closedOn = ReconsiderationRules.actionDate("on", req.on(), today(), r.acceptedOn);
            r.closeNote = Texts.stripToNull(req.note());
        });
    }

    @Override
    public ReconsiderationView get(Caller caller, UUID id) {
        return get(caller, id, false, null);
    }

    /** One record; every read is audited: READ, or UNMASK for a county-admin's unmask=true. */
    @Override
    @Transactional
    public ReconsiderationView get(Caller caller, UUID id, boolean unmask, String purpose) {
        requireReader(caller);
        Reconsideration r = visible(caller, id);
        audit.record(caller, RECORD_TYPE, id, unmask ? AuditEntry.Action.UNMASK : AuditEntry.Action.READ, purpose);
        return unmask ? ReconsiderationView.of(r, protection.view(r, true), false, today()) : view(r);
    }

    @Override
    @Transactional
    public Changes<ReconsiderationView> changes(Caller caller, ChangeCursor since, int limit) {
        requireReader(caller);
        return super.changes(caller, since, limit);
    }

    @Transactional
    public Page<ReconsiderationView> list(Caller caller, Filter f, PageRequest page) {
        requireReader(caller);
        ListQuery<Reconsideration> q = CountyWideRecords.list(em, Reconsideration.class, caller, null, null)
                .eq("status", f.status())
                .eq("actionType", f.actionType())
                .eq("procedure", f.procedure())
                .eq("decision", f.decision())
                .atLeast("appliedOn", f.from())
                .atMost("appliedOn", f.to());
        if (f.idNumber() != null) {
            q.eq("applicantIdHash", protection.searchHash(f.idNumber()));
        }
        if (f.overdue() != null) {
            String overdue = "((e.status = :received AND e.acceptanceDueOn < :today) "
                    + "OR (e.status = :accepted AND e.decisionDueOn < :today))";
            q.where(f.overdue() ? overdue : "NOT " + overdue, Map.of("received", ReconsiderationStatus.RECEIVED,
                    "accepted", ReconsiderationStatus.ACCEPTED, "today", today()));
        }
        return q.page(page, this::view);
    }

    /** The masked view. */
    @Override
    protected ReconsiderationView view(Reconsideration r) {
        return ReconsiderationView.of(r, protection.view(r, false), true, today());
    }

    /** 行政复议 is the county's work: a township officer reads no reconsideration (403). */
    private static void requireReader(Caller caller) {
        if (caller.townshipScoped()) {
            throw ProblemException.forbidden("reconsiderations (行政复议) are county records: a township officer may not read them");
        }
    }

    private ReconsiderationView act(Caller caller, UUID id, String ifMatch, String action, String verb,
                                    Consumer<Reconsideration> change) {
        Reconsideration r = forChange(caller, id, ifMatch);
        ReconsiderationStatus next = ReconsiderationLifecycle.apply(action, r.status);
        change.accept(r);
        r.status = next;
        return publishAction(verb, r);
    }
}
