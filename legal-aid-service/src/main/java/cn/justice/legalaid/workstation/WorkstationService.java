package cn.justice.legalaid.workstation;

import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Legal aid workstations (法律援助工作站): opened, corrected, closed. Each change writes its
 * {@code legal-aid.workstation.*} event through the outbox; the events carry openedOn and closedOn, from which the
 * gateway derives workstations_active and townships_with_workstation.
 */
@ApplicationScoped
public class WorkstationService extends RecordStore<Workstation, WorkstationView, WorkstationCreate, WorkstationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.workstation.";
    public static final String WHAT = "workstation";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("openedOn", "name", "kind", "status",
            "closedOn", "createdAt", "updatedAt");

    public WorkstationService() {
        super(Workstation.class, WHAT, EVENT_PREFIX, WorkstationView::of, WorkstationEventData::of);
    }

    /** Filters of the list; from/to apply to openedOn, activeOn keeps those active at the end of that day. */
    public record Filter(String townshipCode, WorkstationStatus status, WorkstationKind kind, LocalDate activeOn,
                         LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.enumOf("status", WorkstationStatus.class),
                    q.enumOf("kind", WorkstationKind.class), q.date("activeOn"), q.from("openedOn"), q.to("openedOn"));
        }
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields { String name(); WorkstationKind kind(); LocalDate openedOn(); LocalDate closedOn(); }

    @Override
    @Transactional
    public Created<WorkstationView> create(Caller caller, WorkstationCreate req) {
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        check(req);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "opened",
                () -> edit(new Workstation(), req));
    }

    /** Corrects name, kind and dates; closedOn set means CLOSED, cleared means ACTIVE again. */
    @Override
    @Transactional
    public WorkstationView update(Caller caller, UUID id, String ifMatch, WorkstationUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), w -> {
            check(req);
            edit(w, req);
        });
    }

    private void check(Fields f) {
        WorkstationRules.checkDates(f.openedOn(), f.closedOn(), today());
    }

    /** The fields and the status they mean; a station open again keeps no close reason (a new one has none). */
    private static Workstation edit(Workstation w, Fields f) {
        w.name = f.name().strip();
        w.kind = f.kind();
        w.openedOn = f.openedOn();
        w.closedOn = f.closedOn();
        w.status = WorkstationRules.statusOf(w.closedOn);
        if (w.closedOn == null) {
            w.closeReason = null;
        }
        return w;
    }

    /** 撤销: ACTIVE → CLOSED on closedOn (default today). */
    @Transactional
    public WorkstationView close(Caller caller, UUID id, String ifMatch, WorkstationClose req) {
        Workstation w = forChange(caller, id, ifMatch);
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
}
