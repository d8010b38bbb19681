package cn.justice.legalaid.notarization;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.record.Created;
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
 * Notarizations (公证). County-wide entries (no township, the county notary office) are county records: a township
 * officer reads them but may neither record nor change one (403); its own township's entries it reads and writes.
 */
@ApplicationScoped
public class NotarizationService extends RecordStore<Notarization, NotarizationView, NotarizationCreate, NotarizationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.notarization.";
    public static final String WHAT = "notarization";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("date", "count", "kind", "createdAt",
            "updatedAt");

    public NotarizationService() {
        super(Notarization.class, WHAT, EVENT_PREFIX, NotarizationView::of, NotarizationEventData::of);
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
    public interface Fields { LocalDate date(); NotarizationKind kind(); Integer count(); }

    @Override
    @Transactional
    public Created<NotarizationView> create(Caller caller, NotarizationCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        notFuture("date", req.date());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded",
                () -> edit(new Notarization(), req));
    }

    @Override
    @Transactional
    public NotarizationView update(Caller caller, UUID id, String ifMatch, NotarizationUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), n -> {
            notFuture("date", req.date());
            edit(n, req);
        });
    }

    private static Notarization edit(Notarization n, Fields f) {
        n.date = f.date();
        n.kind = f.kind();
        n.count = f.count();
        return n;
    }

    @Transactional
    public Page<NotarizationView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, Notarization.class, caller, f.townshipCode(), f.countyWide())
                .eq("kind", f.kind())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, NotarizationView::of);
    }
}
