package cn.justice.mediation.mediator;

import cn.justice.mediation.committee.Committee;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The register of people's mediators (人民调解员): appointment, corrections, trainings and retirement. Every change
 * writes its {@code mediation.mediator.*} event through the outbox in the same transaction.
 */
@ApplicationScoped
public class MediatorService implements RecordService<MediatorView, MediatorCreate, MediatorUpdate> {
    public static final String EVENT_PREFIX = "mediation.mediator.";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("appointedOn", "createdAt", "updatedAt",
            "status", "kind", "termEndsOn", "retiredOn");

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    Clock clock;

    /**
     * 聘任: the committee must be one of the caller's county (else 400, its existence is not revealed), of the
     * caller's township for a township officer (else 403) and ACTIVE (else 409). It is share-locked, so a concurrent
     * {@code dissolve} either sees this mediator or makes this appointment fail.
     */
    @Override
    @Transactional
    public Created<MediatorView> create(Caller caller, MediatorCreate req) {
        Committee committee = em.find(Committee.class, req.committeeId(), LockModeType.PESSIMISTIC_READ);
        if (committee == null || !Objects.equals(caller.countyCode(), committee.countyCode)) {
            throw ProblemException.invalid("committeeId", "no such committee");
        }
        TownshipScope.requireCreatable(caller, committee.countyCode, committee.townshipCode);
        MediatorRules.checkTerm(req.appointedOn(), req.termEndsOn());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Mediator existing = Records.repeatedCreate(em, Mediator.class, req.id(), caller, fingerprint, "mediator");
        if (existing != null) {
            return new Created<>(MediatorView.of(existing, today(), false), false);
        }
        MediatorRules.checkCommitteeAppoints(committee.status);
        MediatorRules.checkAppointedOn(req.appointedOn(), today(), committee.establishedOn);
        Mediator m = new Mediator();
        m.id = id;
        m.countyCode = committee.countyCode;
        m.townshipCode = committee.townshipCode;
        m.committeeId = committee.id;
        m.name = req.name().strip();
        m.kind = req.kind();
        m.traditional = Boolean.TRUE.equals(req.traditional());
        m.appointedOn = req.appointedOn();
        m.termEndsOn = req.termEndsOn();
        m.status = MediatorStatus.ACTIVE;
        m.createdBy = caller.subject();
        m.createFingerprint = fingerprint;
        em.persist(m);
        em.flush();
        publish("appointed", m, null);
        return new Created<>(MediatorView.of(m, today(), false), true);
    }

    @Override
    @Transactional
    public MediatorView get(Caller caller, UUID id) {
        Mediator m = Records.visible(em, Mediator.class, id, caller, "mediator");
        return MediatorView.of(m, today(), false);
    }

    /** Corrects the editable fields; an unchanged record keeps its version and emits nothing. */
    @Override
    @Transactional
    public MediatorView update(Caller caller, UUID id, String ifMatch, MediatorUpdate req) {
        Mediator m = lockVisible(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), m.version);
        MediatorLifecycle.apply(MediatorLifecycle.UPDATE, m.status);
        MediatorRules.checkTerm(m.appointedOn, req.termEndsOn());
        long before = m.version;
        m.name = req.name().strip();
        m.kind = req.kind();
        m.traditional = req.traditional();
        m.termEndsOn = req.termEndsOn();
        em.flush();
        if (m.version != before) {
            publish("updated", m, null);
        }
        return MediatorView.of(m, today(), false);
    }

    /** 解聘/离任: ACTIVE → RETIRED. */
    @Transactional
    public MediatorView retire(Caller caller, UUID id, String ifMatch, MediatorActions.Retire req) {
        Mediator m = lockVisible(caller, id, ifMatch);
        MediatorStatus next = MediatorLifecycle.apply(MediatorLifecycle.RETIRE, m.status);
        MediatorRules.checkRetiredOn(req.retiredOn(), today(), m.appointedOn);
        m.status = next;
        m.retiredOn = req.retiredOn();
        touch(m);
        em.flush();
        publish("retired", m, null);
        return MediatorView.of(m, today(), false);
    }

    /** 培训: appends a training of an ACTIVE mediator. */
    @Transactional
    public MediatorView train(Caller caller, UUID id, String ifMatch, MediatorActions.Train req) {
        Mediator m = lockVisible(caller, id, ifMatch);
        MediatorLifecycle.apply(MediatorLifecycle.TRAIN, m.status);
        MediatorRules.checkTraining(req.date(), req.hours(), today(), m.appointedOn);
        // one decimal place, as stored (the body was validated to have at most one)
        Training t = new Training(req.date(), req.hours().setScale(1), req.topic().strip());
        m.trainings.add(t);
        touch(m);
        em.flush();
        publish("trained", m, t);
        return MediatorView.of(m, today(), false);
    }

    /** A page of mediators, names masked. */
    @Transactional
    public Page<MediatorView> list(Caller caller, MediatorFilter filter, PageRequest page) {
        LocalDate today = today();
        return ListQuery.scoped(em, Mediator.class, caller, filter.townshipCode())
                .eq("committeeId", filter.committeeId())
                .eq("status", filter.status())
                .eq("kind", filter.kind())
                .eq("traditional", filter.traditional())
                .atLeast("appointedOn", filter.from())
                .atMost("appointedOn", filter.to())
                .page(page, m -> MediatorView.of(m, today, true));
    }

    /** The sync feed; a bulk read like a list, so names are masked. */
    @Override
    @Transactional
    public Changes<MediatorView> changes(Caller caller, ChangeCursor since, int limit) {
        LocalDate today = today();
        return Records.changes(em, Mediator.class, caller, since, limit, m -> MediatorView.of(m, today, true));
    }

    /** The record for a change: row-locked (changes of one mediator run one at a time), visible, If-Match checked. */
    private Mediator lockVisible(Caller caller, UUID id, String ifMatch) {
        return Records.forChange(em, Mediator.class, id, caller, "mediator", ifMatch);
    }

    /** Every action is a change of the record: a new version and one event, even when no other field changes. */
    private static void touch(Mediator m) {
        m.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void publish(String verb, Mediator m, Training training) {
        outbox.append(EVENT_PREFIX + verb, m.id, m.version, m.countyCode, m.townshipCode,
                MediatorEventData.of(m, training));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
