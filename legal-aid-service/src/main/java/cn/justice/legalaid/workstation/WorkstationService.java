package cn.justice.legalaid.workstation;

import cn.justice.platform.web.Texts;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
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
public class WorkstationService extends RegisterStore<Workstation, WorkstationView, WorkstationService.Fields,
        WorkstationCreate, WorkstationUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("openedOn", "name", "kind", "status",
            "closedOn", "createdAt", "updatedAt");

    public WorkstationService() {
        super(Workstation.class, Workstation::new, "workstation", "legal-aid.workstation.", "opened",
                WorkstationView::of, WorkstationEventData::of);
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
    public interface Fields extends Body { String name(); WorkstationKind kind(); LocalDate openedOn(); LocalDate closedOn(); }

    /** The dates (a correction may set closedOn, meaning CLOSED, or clear it, meaning ACTIVE again). */
    @Override
    protected void check(Fields f, String townshipCode) {
        WorkstationRules.checkDates(f.openedOn(), f.closedOn(), today());
    }

    /** The fields and the status they mean; a station open again keeps no close reason (a new one has none). */
    @Override
    protected void edit(Workstation w, Fields f) {
        w.name = f.name().strip();
        w.kind = f.kind();
        w.openedOn = f.openedOn();
        w.closedOn = f.closedOn();
        w.status = WorkstationRules.statusOf(w.closedOn);
        if (w.closedOn == null) {
            w.closeReason = null;
        }
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
        w.closeReason = Texts.stripToNull(req.reason());
        return publish("closed", w);
    }

    @Transactional
    public Page<WorkstationView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), null)
                .eq("status", f.status())
                .eq("kind", f.kind())
                .atLeast("openedOn", f.from())
                .atMost("openedOn", f.to())
                .activeOn("openedOn", "closedOn", false, f.activeOn())
                .page(page, WorkstationView::of);
    }
}
