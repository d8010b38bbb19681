package cn.justice.mediation.dispute;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.ChangeFeed;
import cn.justice.platform.persistence.ClientIds;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Fingerprints;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Registering and reading disputes; every change writes its event through the outbox in the same transaction. */
@ApplicationScoped
public class DisputeService {
    public static final String EVENT_PREFIX = "mediation.dispute.";
    public static final Map<String, String> SORTABLE = sortable();

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    OrgDirectory orgs;

    Clock clock = Clock.systemDefaultZone();

    /** The outcome of a create: the record and whether it was created now (201) or repeated (200). */
    public record Created(DisputeView dispute, boolean created) {
    }

    @Transactional
    public Created register(Caller caller, DisputeCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        orgs.requireVillageOf("villageCode", req.villageCode(), req.townshipCode());
        String county = orgs.countyOf(req.townshipCode());
        TownshipScope.requireCreatable(caller, county, req.townshipCode());
        if (req.registeredOn().isAfter(today())) {
            throw ProblemException.invalid("registeredOn", "must not be in the future");
        }
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Dispute existing = em.find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null && !TownshipScope.canSee(caller, existing.countyCode, existing.townshipCode)) {
            throw ProblemException.conflict("dispute " + id + " already exists with different content");
        }
        if (ClientIds.isRepeat(existing, fingerprint, "dispute")) {
            return new Created(DisputeView.of(existing, today()), false);
        }
        Dispute d = new Dispute();
        d.id = id;
        d.countyCode = county;
        d.townshipCode = req.townshipCode();
        d.villageCode = req.villageCode();
        d.committeeId = req.committeeId();
        d.source = req.source();
        d.category = req.category();
        d.mechanism = req.mechanism();
        d.summary = req.summary().trim();
        d.amountInvolved = req.amountInvolved();
        d.registeredOn = req.registeredOn();
        d.status = DisputeStatus.REGISTERED;
        d.createdBy = caller.subject();
        d.createFingerprint = fingerprint;
        em.persist(d);
        em.flush();
        outbox.append(EVENT_PREFIX + "registered", d.id, d.version, d.countyCode, d.townshipCode, DisputeEventData.of(d));
        return new Created(DisputeView.of(d, today()), true);
    }

    @Transactional
    public DisputeView get(Caller caller, UUID id) {
        return DisputeView.of(visible(caller, id), today());
    }

    @Transactional
    public Page<DisputeView> list(Caller caller, DisputeFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("e.countyCode = :county");
        Map<String, Object> params = new HashMap<>();
        params.put("county", caller.countyCode());
        String township = TownshipScope.listTownship(caller, filter.townshipCode());
        if (township != null) {
            where.append(" AND e.townshipCode = :township");
            params.put("township", township);
        }
        if (filter.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", filter.status());
        }
        if (filter.source() != null) {
            where.append(" AND e.source = :source");
            params.put("source", filter.source());
        }
        if (filter.category() != null) {
            where.append(" AND e.category = :category");
            params.put("category", filter.category());
        }
        if (filter.from() != null) {
            where.append(" AND e.registeredOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.registeredOn <= :to");
            params.put("to", filter.to());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue()
                    ? " AND e.status = :accepted AND e.dueOn < :today"
                    : " AND NOT (e.status = :accepted AND e.dueOn < :today)");
            params.put("accepted", DisputeStatus.ACCEPTED);
            params.put("today", today());
        }
        TypedQuery<Long> count = em.createQuery("SELECT count(e) FROM Dispute e WHERE " + where, Long.class);
        TypedQuery<Dispute> q = em.createQuery("SELECT e FROM Dispute e WHERE " + where
                + page.orderBy().replace(" ORDER BY ", " ORDER BY e.").replace(", id", ", e.id"), Dispute.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            q.setParameter(k, v);
        });
        LocalDate today = today();
        var items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(d -> DisputeView.of(d, today)).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Transactional
    public Changes<DisputeView> changes(Caller caller, ChangeCursor since, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("county", caller.countyCode());
        String where = "e.countyCode = :county";
        if (caller.townshipScoped()) {
            where += " AND e.townshipCode = :township";
            params.put("township", caller.townshipCode());
        }
        LocalDate today = today();
        return ChangeFeed.read(em, Dispute.class, where, params, since, limit, d -> DisputeView.of(d, today));
    }

    private Dispute visible(Caller caller, UUID id) {
        Dispute d = em.find(Dispute.class, id);
        if (d == null) {
            throw ProblemException.notFound("dispute", id);
        }
        TownshipScope.requireVisible(caller, d.countyCode, d.townshipCode, "dispute", id);
        return d;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("registeredOn", "registeredOn");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        m.put("status", "status");
        m.put("category", "category");
        m.put("closedOn", "closedOn");
        return m;
    }
}
