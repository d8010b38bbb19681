package cn.justice.legalaid.notarization;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordService;
import cn.justice.platform.security.Caller;
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
 * Notarizations (公证). County-wide entries (no township, the county notary office) are county records: a township
 * officer reads them but may neither record nor change one (403); its own township's entries it reads and writes.
 */
@ApplicationScoped
public class NotarizationService implements RecordService<NotarizationView, NotarizationCreate, NotarizationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.notarization.";
    public static final String WHAT = "notarization";
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

    /** Filters of the list; from/to apply to date. */
    public record Filter(String townshipCode, Boolean countyWide, NotarizationKind kind, LocalDate from, LocalDate to) {
    }

    @Override
    @Transactional
    public Created<NotarizationView> create(Caller caller, NotarizationCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        notFuture(req.date());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Notarization existing = Records.repeatedCreate(em, Notarization.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(NotarizationView.of(existing), false);
        }
        Notarization n = new Notarization();
        n.id = id;
        n.countyCode = county;
        n.townshipCode = req.townshipCode();
        n.date = req.date();
        n.kind = req.kind();
        n.count = req.count();
        n.createdBy = caller.subject();
        n.createFingerprint = fingerprint;
        em.persist(n);
        return new Created<>(publish("recorded", n), true);
    }

    @Override
    @Transactional
    public NotarizationView get(Caller caller, UUID id) {
        return NotarizationView.of(CountyWideRecords.visible(em, Notarization.class, id, caller, WHAT));
    }

    @Override
    @Transactional
    public NotarizationView update(Caller caller, UUID id, String ifMatch, NotarizationUpdate req) {
        Notarization n = CountyWideRecords.forChange(em, Notarization.class, id, caller, WHAT, ifMatch);
        Versions.checkBodyVersion(req.version(), n.version);
        notFuture(req.date());
        long before = n.version;
        n.date = req.date();
        n.kind = req.kind();
        n.count = req.count();
        em.flush();
        return n.version != before ? publish("updated", n) : NotarizationView.of(n);
    }

    @Transactional
    public Page<NotarizationView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, Notarization.class, caller, f.townshipCode(), f.countyWide())
                .eq("kind", f.kind())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, NotarizationView::of);
    }

    @Override
    @Transactional
    public Changes<NotarizationView> changes(Caller caller, ChangeCursor since, int limit) {
        return CountyWideRecords.changes(em, Notarization.class, caller, since, limit, NotarizationView::of);
    }

    private void notFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
    }

    private NotarizationView publish(String verb, Notarization n) {
        em.flush();
        outbox.append(EVENT_PREFIX + verb, n.id, n.version, n.countyCode, n.townshipCode, NotarizationEventData.of(n));
        return NotarizationView.of(n);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", "date");
        m.put("count", "count");
        m.put("kind", "kind");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        return m;
    }
}
