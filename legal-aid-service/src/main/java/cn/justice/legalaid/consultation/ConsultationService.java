package cn.justice.legalaid.consultation;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.problem.ProblemException;
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

/** Legal consultations (法律咨询): recorded and corrected; each change emits a {@code legal-aid.consultation.*} event. */
@ApplicationScoped
public class ConsultationService implements RecordService<ConsultationView, ConsultationCreate, ConsultationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.consultation.";
    public static final String WHAT = "consultation";
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
    public record Filter(String townshipCode, String villageCode, ConsultationChannel channel, LocalDate from, LocalDate to) {
    }

    @Override
    @Transactional
    public Created<ConsultationView> create(Caller caller, ConsultationCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        orgs.requireVillageOf("villageCode", req.villageCode(), req.townshipCode());
        String county = orgs.countyOf(req.townshipCode());
        TownshipScope.requireCreatable(caller, county, req.townshipCode());
        notFuture(req.date());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Consultation existing = Records.repeatedCreate(em, Consultation.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(ConsultationView.of(existing), false);
        }
        Consultation c = new Consultation();
        c.id = id;
        c.countyCode = county;
        c.townshipCode = req.townshipCode();
        c.villageCode = req.villageCode();
        c.date = req.date();
        c.channel = req.channel();
        c.topic = req.topic().strip();
        c.count = req.count();
        c.createdBy = caller.subject();
        c.createFingerprint = fingerprint;
        em.persist(c);
        return new Created<>(publish("recorded", c), true);
    }

    @Override
    @Transactional
    public ConsultationView get(Caller caller, UUID id) {
        return ConsultationView.of(Records.visible(em, Consultation.class, id, caller, WHAT));
    }

    @Override
    @Transactional
    public ConsultationView update(Caller caller, UUID id, String ifMatch, ConsultationUpdate req) {
        Consultation c = Records.forChange(em, Consultation.class, id, caller, WHAT, ifMatch);
        Versions.checkBodyVersion(req.version(), c.version);
        orgs.requireVillageOf("villageCode", req.villageCode(), c.townshipCode);
        notFuture(req.date());
        long before = c.version;
        c.date = req.date();
        c.channel = req.channel();
        c.villageCode = req.villageCode();
        c.topic = req.topic().strip();
        c.count = req.count();
        em.flush();
        return c.version != before ? publish("updated", c) : ConsultationView.of(c);
    }

    @Transactional
    public Page<ConsultationView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, Consultation.class, caller, f.townshipCode())
                .eq("villageCode", f.villageCode())
                .eq("channel", f.channel())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, ConsultationView::of);
    }

    @Override
    @Transactional
    public Changes<ConsultationView> changes(Caller caller, ChangeCursor since, int limit) {
        return Records.changes(em, Consultation.class, caller, since, limit, ConsultationView::of);
    }

    private void notFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
    }

    private ConsultationView publish(String verb, Consultation c) {
        em.flush();
        outbox.append(EVENT_PREFIX + verb, c.id, c.version, c.countyCode, c.townshipCode, ConsultationEventData.of(c));
        return ConsultationView.of(c);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("date", "date");
        m.put("count", "count");
        m.put("channel", "channel");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        return m;
    }
}
