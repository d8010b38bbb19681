package cn.justice.legalaid.dutylawyer;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * 值班律师 (法律援助法第30条: 法律援助机构可以在人民法院、人民检察院、看守所等场所派驻值班律师, who give suspects and
 * defendants without a defender legal advice, procedural advice, witness the signing of plea agreements, etc.):
 * recorded and corrected as day entries; each change emits a {@code legal-aid.duty-lawyer-service.*} event.
 * County-wide entries (no township: the county's detention centre, court, procuratorate) are county records: a township
 * officer reads them but may neither record nor change one (403); its own township's entries it reads and writes.
 */
@ApplicationScoped
public class DutyLawyerServices extends RegisterStore<DutyLawyerEntry, DutyLawyerView, DutyLawyerServices.Fields,
        DutyLawyerCreate, DutyLawyerUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("date", "count", "place", "kind",
            "createdAt", "updatedAt");

    public DutyLawyerServices() {
        super(DutyLawyerEntry.class, DutyLawyerEntry::new, "duty-lawyer-service", "legal-aid.duty-lawyer-service.", "recorded",
                DutyLawyerView::of, DutyLawyerEventData::of);
    }

    /** Filters of the list; from/to apply to date. */
    public record Filter(String townshipCode, Boolean countyWide, DutyLawyerPlace place, DutyLawyerKind kind,
                         LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.enumOf("place", DutyLawyerPlace.class),
                    q.enumOf("kind", DutyLawyerKind.class), q.from("date"), q.to("date"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields extends Body { LocalDate date(); DutyLawyerPlace place(); DutyLawyerKind kind(); Integer count(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        notFuture("date", f.date());
    }

    @Override
    protected void edit(DutyLawyerEntry e, Fields f) {
        e.date = f.date();
        e.place = f.place();
        e.kind = f.kind();
        e.count = f.count();
    }

    @Transactional
    public Page<DutyLawyerView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .eq("place", f.place())
                .eq("kind", f.kind())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, DutyLawyerView::of);
    }
}
