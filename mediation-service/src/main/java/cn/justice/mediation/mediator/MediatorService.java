package cn.justice.mediation.mediator;

import cn.justice.mediation.committee.Committee;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The register of people's mediators (人民调解员): appointment, corrections, trainings and retirement. Every change
 * writes its {@code mediation.mediator.*} event through the outbox in the same transaction.
 */
@ApplicationScoped
public class MediatorService extends RecordStore<Mediator, MediatorView, MediatorCreate, MediatorUpdate> {
    public static final String EVENT_PREFIX = "mediation.mediator.";
    public static final String WHAT = "mediator";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("appointedOn", "createdAt", "updatedAt",
            "status", "kind", "termEndsOn", "retiredOn");

    /** The events' data names no training but {@code trained}'s own ({@link #train}). */
    public MediatorService() {
        super(Mediator.class, WHAT, EVENT_PREFIX, null, m -> MediatorEventData.of(m, null));
    }

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
        return createOnce(caller, req.id(), req, committee.countyCode, committee.townshipCode, "appointed", () -> {
            MediatorRules.checkCommitteeAppoints(committee.status);
            MediatorRules.checkAppointedOn(req.appointedOn(), today(), committee.establishedOn);
            Mediator m = new Mediator();
            m.committeeId = committee.id;
            m.name = req.name().strip();
            m.kind = req.kind();
            m.traditional = Boolean.TRUE.equals(req.traditional());
            m.appointedOn = req.appointedOn();
            m.termEndsOn = req.termEndsOn();
            m.status = MediatorStatus.ACTIVE;
            return m;
        });
    }

    /** Corrects the editable fields; an unchanged record keeps its version and emits nothing. */
    @Override
    @Transactional
    public MediatorView update(Caller caller, UUID id, String ifMatch, MediatorUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), m -> {
            MediatorLifecycle.apply(MediatorLifecycle.UPDATE, m.status);
            MediatorRules.checkTerm(m.appointedOn, req.termEndsOn());
            m.name = req.name().strip();
            m.kind = req.kind();
            m.traditional = req.traditional();
            m.termEndsOn = req.termEndsOn();
        });
    }

    /** 解聘/离任: ACTIVE → RETIRED. */
    @Transactional
    public MediatorView retire(Caller caller, UUID id, String ifMatch, MediatorActions.Retire req) {
        Mediator m = forChange(caller, id, ifMatch);
        MediatorStatus next = MediatorLifecycle.apply(MediatorLifecycle.RETIRE, m.status);
        MediatorRules.checkRetiredOn(req.retiredOn(), today(), m.appointedOn);
        m.status = next;
        m.retiredOn = req.retiredOn();
        return publishAction("retired", m);
    }

    /** 培训: appends a training of an ACTIVE mediator; its event names it. */
    @Transactional
    public MediatorView train(Caller caller, UUID id, String ifMatch, MediatorActions.Train req) {
        Mediator m = forChange(caller, id, ifMatch);
        MediatorLifecycle.apply(MediatorLifecycle.TRAIN, m.status);
        MediatorRules.checkTraining(req.date(), req.hours(), today(), m.appointedOn);
        // one decimal place, as stored (the body was validated to have at most one)
        Training t = new Training(req.date(), req.hours().setScale(1), req.topic().strip());
        m.trainings.add(t);
        return publishAction("trained", m, trained -> MediatorEventData.of(trained, t));
    }

    /** A page of mediators, names masked. */
    @Transactional
    public Page<MediatorView> list(Caller caller, MediatorFilter filter, PageRequest page) {
        return listed(caller, filter.townshipCode(), null)
                .eq("committeeId", filter.committeeId())
                .eq("status", filter.status())
                .eq("kind", filter.kind())
                .eq("traditional", filter.traditional())
                .atLeast("appointedOn", filter.from())
                .atMost("appointedOn", filter.to())
                .page(page, this::feedView);
    }

    /** One record: the name in clear. */
    @Override
    protected MediatorView view(Mediator m) {
        return MediatorView.of(m, today(), false);
    }

    /** Lists and the sync feed, bulk reads: names masked. */
    @Override
    protected MediatorView feedView(Mediator m) {
        return MediatorView.of(m, today(), true);
    }
}
