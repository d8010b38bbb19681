package cn.justice.legalaid.notarization;

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
 * Notarizations (公证). County-wide entries (no township, the county notary office) are county records: a township
 * officer reads them but may neither record nor change one (403); its own township's entries it reads and writes.
 */
@ApplicationScoped
public class NotarizationService extends RegisterStore<Notarization, NotarizationView, NotarizationService.Fields,
        NotarizationCreate, NotarizationUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("date", "count", "kind", "createdAt",
            "updatedAt");

    public NotarizationService() {
        super(Notarization.class, Notarization::new, "notarization", "legal-aid.notarization.", "recorded",
                NotarizationView::of, NotarizationEventData::of);
    }

    /** Filters of the list; from/to apply to date. */
    public record Filter(String townshipCode, Boolean countyWide, NotarizationKind kind, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.enumOf("kind", NotarizationKind.class), q.from("date"),
                    q.to("date"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields extends Body { LocalDate date(); NotarizationKind kind(); Integer count(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        notFuture("date", f.date());
    }

    @Override
    protected void edit(Notarization n, Fields f) {
        n.date = f.date();
        n.kind = f.kind();
        n.count = f.count();
    }

    @Transactional
    public Page<NotarizationView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .eq("kind", f.kind())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, NotarizationView::of);
    }
}
