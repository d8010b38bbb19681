package cn.justice.legalaid.workstation;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordService;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Fingerprints;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Legal aid workstations (法律援助工作站): opened, corrected, closed. Each change writes its
 * {@code legal-aid.workstation.*} event through the outbox; the events carry openedOn and closedOn, from which the
 * gateway derives workstations_active and townships_with_workstation.
 */
@ApplicationScoped
public class WorkstationService implements RecordService<WorkstationView, WorkstationCreate, WorkstationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.workstation.";
    public static final String WHAT = "workstation";
    public static final Map<String, String> SORTABLE = sortable();

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    OrgDirectory orgs;

    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    Clock clock;

    /** Filters of the list; from/to apply to openedOn, activeOn keeps those active at the end of that day. */
    public record Filter(String townshipCode, WorkstationStatus status, WorkstationKind kind, LocalDate activeOn,
                         LocalDate from, LocalDate to) {
    }

    @Override
    @Transactional
    public Created<WorkstationView> create(Caller caller, WorkstationCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        String county = orgs.countyOf(req.townshipCode());
        TownshipScope.requireCreatable(caller, county, req.townshipCode());
        WorkstationRules.checkDates(req.openedOn(), req.closedOn(), today());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Workstation existing = Records.repeatedCreate(em, Workstation.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(WorkstationView.of(existing), false);
        }
        Workstation w = new Workstation();
        w.id = id;
        w.countyCode = county;
        w.townshipCode = req.townshipCode();
        w.name = req.name().strip();
        w.kind = req.kind();
        w.openedOn = req.openedOn();
        w.closedOn = req.closedOn();
        w.status = WorkstationRules.statusOf(w.closedOn);
        w.createdBy = caller.subject();
        w.createFingerprint = fingerprint;
        em.persist(w);
        return new Created<>(publish("opened", w), true);
    }

    @Override
    @Transactional
    public WorkstationView get(Caller caller, UUID id) {
        return WorkstationView.of(Records.visible(em, Workstation.class, id, caller, WHAT));
    }

    /** Corrects name, kind and dates; closedOn set means CLOSED, cleared means ACTIVE again. */
    @Override
    @Transactional
    public WorkstationView update(Caller caller, UUID id, String ifMatch, WorkstationUpdate req) {
        Workstation w = Records.forChange(em, Workstation.class, id, caller, WHAT, ifMatch);
        Versions.checkBodyVersion(req.version(), w.version);
        WorkstationRules.checkDates(req.openedOn(), req.closedOn(), today());
        long before = w.version;
        w.name = req.name().strip();
        w.kind = req.kind();
        w.openedOn = req.openedOn();
        w.closedOn = req.closedOn();
        w.status = WorkstationRules.statusOf(w.closedOn);
        if (w.closedOn == null) {
            w.closeReason = null;
        }
        em.flush();
        return w.version != before ? publish("updated", w) : WorkstationView.of(w);
    }

    /** 撤销: ACTIVE → CLOSED on closedOn (default today). */
    @Transactional
    public WorkstationView close(Caller caller, UUID id, String ifMatch, WorkstationClose req) {
        Workstation w = Records.forChange(em, Workstation.class, id, caller, WHAT, ifMatch);
        WorkstationStatus next = WorkstationRules.close(w.status);
        LocalDate closedOn = req.closedOn() == null ? today() : req.closedOn();
        WorkstationRules.checkDates(w.openedOn, closedOn, today());
        w.status = next;
        w.closedOn = closedOn;
        w.closeReason = req.reason() == null || req.reason().isBlank() ? null : req.reason().strip();
        return publish("closed", w);
    }

    @Transactional
    public Page<WorkstationView> list(Caller caller, Filter f, PageRequest page) {
        ListQuery<Workstation> q = ListQuery.scoped(em, Workstation.class, caller, f.townshipCode())
                .eq("status", f.status())
                .eq("kind", f.kind())
                .atLeast("openedOn", f.from())
                .atMost("openedOn", f.to());
        if (f.activeOn() != null) {
            q.where("e.openedOn <= :activeOn AND (e.closedOn IS NULL OR e.closedOn > :activeOn)",
                    Map.of("activeOn", f.activeOn()));
        }
        return q.page(page, WorkstationView::of);
    }

    @Override
    @Transactional
    public Changes<WorkstationView> changes(Caller caller, ChangeCursor since, int limit) {
        return Records.changes(em, Workstation.class, caller, since, limit, WorkstationView::of);
    }

    private WorkstationView publish(String verb, Workstation w) {
        em.flush();
        outbox.append(EVENT_PREFIX + verb, w.id, w.version, w.countyCode, w.townshipCode, WorkstationEventData.of(w));
        return WorkstationView.of(w);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("openedOn", "openedOn");
        m.put("name", "name");
        m.put("kind", "kind");
        m.put("status", "status");
        m.put("closedOn", "closedOn");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        return m;
    }
}
