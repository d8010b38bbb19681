package cn.justice.mediation.dispute;

import cn.justice.platform.audit.AuditEntry;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Disputes (矛盾纠纷): registration, edits, the lifecycle actions and reads. Every change writes its event through
 * the outbox in the same transaction; the state machine is {@link DisputeLifecycle}, the rules {@link DisputeRules}.
 */
@ApplicationScoped
public class DisputeService extends RecordStore<Dispute, DisputeView, DisputeCreate, DisputeUpdate> {
    public static final String EVENT_PREFIX = "mediation.dispute.";
    public static final String RECORD_TYPE = "dispute";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("registeredOn", "createdAt", "updatedAt",
            "status", "category", "acceptedOn", "dueOn", "closedOn");

    @Inject
    PartyProtection protection;
    @Inject
    AuditLog audit;

    public DisputeService() {
        super(Dispute.class, RECORD_TYPE, EVENT_PREFIX, null, DisputeEventData::of);
    }

    @Override
    @Transactional
    public Created<DisputeView> create(Caller caller, DisputeCreate req) {
        String county = countyForVillage(caller, req.townshipCode(), req.villageCode());
        notFuture("registeredOn", req.registeredOn());
        DisputeRules.checkEscalation(req.escalationRisk(), req.reportedToPoliceOn(), req.registeredOn(), today());
        Created<DisputeView> created = createOnce(caller, req.id(), req, county, req.townshipCode(), "registered", () -> {
            if (req.committeeId() != null) {
                requireCommittee(caller, req.committeeId(), county, "committeeId");
            }
            Dispute d = new Dispute();
            d.villageCode = req.villageCode();
            d.committeeId = req.committeeId();
            d.source = req.source();
            d.category = req.category();
            d.mechanism = req.mechanism();
            d.summary = req.summary().strip();
            d.amountInvolved = req.amountInvolved();
            d.registeredOn = req.registeredOn();
            d.escalationRisk = req.escalationRisk();
            d.reportedToPoliceOn = req.reportedToPoliceOn();
            d.status = DisputeStatus.REGISTERED;
            d.parties = protect(req.parties());
            return d;
        });
        if (created.created()) {
            indexParties(created.record().id(), req.parties());
        }
        return created;
    }

    @Override
    @Transactional
    public DisputeView update(Caller caller, UUID id, String ifMatch, DisputeUpdate req) {
        Dispute d = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), d.version);
        DisputeLifecycle.apply("update", d.status);
        orgs.requireVillageOf("villageCode", req.villageCode(), d.townshipCode);
        DisputeRules.checkEscalation(req.escalationRisk(), req.reportedToPoliceOn(), d.registeredOn, today());
        if (req.committeeId() != null && !req.committeeId().equals(d.committeeId)) {
            if (d.status != DisputeStatus.REGISTERED) {
                throw ProblemException.ruleViolated("committee-fixed-after-acceptance",
                        "the handling committee cannot change once the dispute is accepted");
            }
            requireCommittee(caller, req.committeeId(), d.countyCode, "committeeId");
        }
        d.villageCode = req.villageCode();
        d.committeeId = req.committeeId() != null ? req.committeeId() : d.committeeId;
        d.category = req.category();
        d.mechanism = req.mechanism();
        d.summary = req.summary().strip();
        d.amountInvolved = req.amountInvolved();
        d.escalationRisk = req.escalationRisk();
        d.reportedToPoliceOn = req.reportedToPoliceOn();
        d.parties = protect(req.parties());
        em.createQuery("DELETE FROM DisputePartyHash h WHERE h.disputeId = :id").setParameter("id", d.id).executeUpdate();
        indexParties(d.id, req.parties());
        return publish("updated", d);
    }

    @Transactional
    public DisputeView accept(Caller caller, UUID id, String ifMatch, DisputeActions.Accept req) {
        return act(caller, id, ifMatch, "accept", "accepted", d -> {
            if (d.committeeId == null) {
                throw ProblemException.ruleViolated("committee-required",
                        "set the handling committee (committeeId) before accepting the dispute");
            }
            requireCommittee(caller, d.committeeId, d.countyCode, "committeeId");
            List<UUID> mediators = new ArrayList<>(new LinkedHashSet<>(req.mediatorIds()));
            requireMediators(d.committeeId, mediators);
            d.acceptedOn = DisputeRules.actionDate("acceptedOn", req.acceptedOn(), today(), d.registeredOn);
            d.dueOn = DisputeRules.dueOn(d.acceptedOn);
            d.mediatorIds = mediators;
        });
    }

    @Transactional
    public DisputeView reject(Caller caller, UUID id, String ifMatch, DisputeActions.Reject req) {
        return act(caller, id, ifMatch, "reject", "rejected", d -> {
            d.closedOn = DisputeRules.actionDate("rejectedOn", req.rejectedOn(), today(), d.registeredOn);
            d.rejectReason = req.reason().strip();
        });
    }

    @Transactional
    public DisputeView succeed(Caller caller, UUID id, String ifMatch, DisputeActions.Succeed req) {
        return act(caller, id, ifMatch, "succeed", "succeeded", d -> {
            LocalDate closed = DisputeRules.actionDate("closedOn", req.closedOn(), today(), d.mediationStartedOn());
            Agreement a = req.agreement();
            DisputeRules.checkAgreement(a.form(), a.signedOn(), d.mediationStartedOn(), closed);
            d.closedOn = closed;
            d.agreement = new Agreement(a.form(), a.signedOn(), a.terms().strip(), a.amount(), a.performBy());
        });
    }

    @Transactional
    public DisputeView fail(Caller caller, UUID id, String ifMatch, DisputeActions.Fail req) {
        return act(caller, id, ifMatch, "fail", "failed", d -> {
            d.closedOn = DisputeRules.actionDate("closedOn", req.closedOn(), today(), d.mediationStartedOn());
            d.failReason = req.reason().strip();
            d.referral = req.referral();
        });
    }

    /**
     * 撤回, 人民调解法第23条 (当事人可以要求终止调解): allowed before acceptance (REGISTERED) and during mediation
     * (ACCEPTED); {@code closedOn} not before the registration, the acceptance or the latest reopening.
     */
    @Transactional
    public DisputeView withdraw(Caller caller, UUID id, String ifMatch, DisputeActions.Withdraw req) {
        return act(caller, id, ifMatch, "withdraw", "withdrawn", d -> {
            LocalDate from = d.mediationStartedOn() != null ? d.mediationStartedOn() : d.registeredOn;
            d.closedOn = DisputeRules.actionDate("closedOn", req.closedOn(), today(), from);
            d.withdrawReason = req.reason() == null ? null : req.reason().strip();
        });
    }

    @Transactional
    public DisputeView followUp(Caller caller, UUID id, String ifMatch, DisputeActions.FollowUp req) {
        return act(caller, id, ifMatch, "follow-up", "followed-up", d -> {
            LocalDate date = DisputeRules.actionDate("date", req.date(), today(), d.closedOn);
            List<FollowUp> all = new ArrayList<>(d.followUps);
            all.add(new FollowUp(date, req.performed(), req.notes()));
            d.followUps = all;
        });
    }

    /**
     * 司法确认 (人民调解法第33条; 法释〔2011〕5号), on a SUCCEEDED dispute: records the application (joint, within 30 days
     * of signing, not for an identity relation: {@link DisputeRules#checkJudicialConfirmation}) and, in the same or a
     * later call, the court's result; the decision is due appliedOn + 15 days ({@code decisionDueOn}). Once a result
     * is recorded the ruling stands: another call is a 409 ({@code judicial-confirmation-decided}). A CONFIRMED result
     * keeps the dispute SUCCEEDED (event {@code judicial-confirmation-recorded}); an INVALID one makes it
     * AGREEMENT_INVALID, no longer counted as succeeded (event {@code agreement-invalidated}).
     */
    @Transactional
    public DisputeView judicialConfirmation(Caller caller, UUID id, String ifMatch, DisputeActions.JudicialConfirmation req) {
        Dispute d = forChange(caller, id, ifMatch);
        DisputeStatus next = DisputeLifecycle.afterConfirmation(d.status, req.result());
        if (d.judicialConfirmation != null && d.judicialConfirmation.result() != null) {
            throw ProblemException.ruleViolated("judicial-confirmation-decided", "the court already ruled on the "
                    + "agreement (" + d.judicialConfirmation.result() + " on " + d.judicialConfirmation.decidedOn() + ")");
        }
        DisputeRules.actionDate("appliedOn", req.appliedOn(), today(), null);
        if (req.decidedOn() != null) {
            DisputeRules.actionDate("decidedOn", req.decidedOn(), today(), null);
        }
        if ((req.result() == null) != (req.decidedOn() == null)) {
            throw ProblemException.invalid(req.result() == null ? "result" : "decidedOn",
                    "result and decidedOn go together");
        }
        DisputeRules.checkJudicialConfirmation(d.agreement, req.appliedOn(), req.decidedOn(), req.jointApplication(),
                req.identityRelation());
        d.judicialConfirmation = new JudicialConfirmation(req.appliedOn(), req.court().strip(), req.result(),
                req.decidedOn(), true, false, DisputeRules.decisionDueOn(req.appliedOn()));
        d.status = next;
        return publish(next == DisputeStatus.AGREEMENT_INVALID ? "agreement-invalidated" : "judicial-confirmation-recorded", d);
    }

    /**
     * 重新调解 after a court ruled the agreement invalid (人民调解法第33条: 当事人可以通过人民调解方式变更原调解协议或者
     * 达成新的调解协议): AGREEMENT_INVALID → ACCEPTED with the same committee and mediators. {@code reopenedOn}
     * (default today) is not before the court's decision; {@code dueOn} becomes reopenedOn + 30 days; {@code closedOn},
     * the agreement and the confirmation are cleared, the invalidated agreement and its confirmation kept as
     * {@code invalidatedAgreement}; {@code acceptedOn} stays (the dispute was accepted once: disputes_accepted does
     * not count it again). Emits {@code mediation.dispute.reopened}.
     */
    @Transactional
    public DisputeView reopen(Caller caller, UUID id, String ifMatch, DisputeActions.Reopen req) {
        return act(caller, id, ifMatch, "reopen", "reopened", d -> {
            LocalDate decided = d.judicialConfirmation == null ? d.closedOn : d.judicialConfirmation.decidedOn();
            LocalDate on = DisputeRules.actionDate("reopenedOn", req.reopenedOn(), today(), decided);
            String reason = req.reason() == null || req.reason().isBlank() ? null : req.reason().strip();
            d.invalidatedAgreement = new InvalidatedAgreement(d.agreement,
                    d.judicialConfirmation == null ? null : d.judicialConfirmation.withDecisionDue(), on, reason);
            d.agreement = null;
            d.judicialConfirmation = null;
            d.closedOn = null;
            d.reopenedOn = on;
            d.dueOn = DisputeRules.dueOn(on);
        });
    }

    /** One record; an unmasked read is audited (who, when, purpose). */
    @Override
    @Transactional
    public DisputeView get(Caller caller, UUID id, boolean unmask, String purpose) {
        Dispute d = visible(caller, id);
        if (unmask) {
            audit.record(caller, RECORD_TYPE, id, AuditEntry.Action.UNMASK, purpose);
            return view(d, PartyProtection.Exposure.UNMASKED);
        }
        return view(d);
    }

    @Transactional
    public Page<DisputeView> list(Caller caller, DisputeFilter filter, PageRequest page) {
        ListQuery<Dispute> q = listed(caller, filter.townshipCode(), null)
                .eq("status", filter.status())
                .eq("source", filter.source())
                .eq("category", filter.category())
                .eq("committeeId", filter.committeeId())
                .atLeast("registeredOn", filter.from())
                .atMost("registeredOn", filter.to())
                .eq("escalationRisk", filter.escalationRisk());
        if (filter.overdue() != null) {
            q.where(filter.overdue() ? "e.status = :accepted AND e.dueOn < :today"
                    : "NOT (e.status = :accepted AND e.dueOn < :today)", Map.of("accepted", DisputeStatus.ACCEPTED, "today", today()));
        }
        if (filter.idNumber() != null) {
            String problem = IdNumbers.problem(filter.idNumber());
            if (problem != null) {
                throw ProblemException.invalid("idNumber", problem);
            }
            q.where("EXISTS (SELECT 1 FROM DisputePartyHash h WHERE h.disputeId = e.id AND h.idHash = :idHash)",
                    Map.of("idHash", protection.searchHash(IdNumbers.normalize(filter.idNumber()))));
        }
        return q.page(page, this::feedView);
    }

    /** Loads, checks the version and the state machine, applies the change, and publishes one event. */
    private DisputeView act(Caller caller, UUID id, String ifMatch, String action, String eventVerb, Consumer<Dispute> change) {
        Dispute d = forChange(caller, id, ifMatch);
        DisputeStatus next = DisputeLifecycle.apply(action, d.status);
        change.accept(d);
        d.status = next;
        return publish(eventVerb, d);
    }

    /** One record: names in full, ID numbers and phones masked. */
    @Override
    protected DisputeView view(Dispute d) {
        return view(d, PartyProtection.Exposure.DETAIL);
    }

    /** Lists and the sync feed: names masked too. */
    @Override
    protected DisputeView feedView(Dispute d) {
        return view(d, PartyProtection.Exposure.LIST);
    }

    private DisputeView view(Dispute d, PartyProtection.Exposure exposure) {
        return DisputeView.of(d, today(), protection.presenter(exposure));
    }

    private List<Party.Stored> protect(List<Party> parties) {
        for (int i = 0; i < parties.size(); i++) {
            String id = parties.get(i).idNumber();
            String problem = id == null ? null : IdNumbers.problem(id);
            if (problem != null) {
                throw ProblemException.invalid("parties[" + i + "].idNumber", "not a valid resident ID number (GB 11643): " + problem);
            }
        }
        return parties.stream().map(Party::normalized).map(protection::protect).toList();
    }

    private void indexParties(UUID disputeId, List<Party> parties) {
        parties.stream().map(Party::normalized).map(Party::idNumber).filter(java.util.Objects::nonNull).distinct()
                .forEach(idNumber -> {
                    DisputePartyHash h = new DisputePartyHash();
                    h.disputeId = disputeId;
                    h.idHash = protection.searchHash(idNumber);
                    em.persist(h);
                });
    }

    /** The committee exists in the county, is visible to the caller and ACTIVE (a dissolved one cannot take cases). */
    private void requireCommittee(Caller caller, UUID committeeId, String county, String field) {
        List<Object[]> rows = em.createQuery("SELECT c.status, c.countyCode, c.townshipCode FROM Committee c WHERE c.id = :id",
                Object[].class).setParameter("id", committeeId).getResultList();
        if (rows.isEmpty() || !county.equals(rows.get(0)[1])
                || !TownshipScope.canSee(caller, (String) rows.get(0)[1], (String) rows.get(0)[2])) {
            throw ProblemException.invalid(field, "no such committee " + committeeId);
        }
        if (!"ACTIVE".equals(String.valueOf(rows.get(0)[0]))) {
            throw ProblemException.ruleViolated("committee-dissolved",
                    "committee " + committeeId + " is " + rows.get(0)[0] + " and cannot handle disputes");
        }
    }

    /** Every mediator belongs to the handling committee and is ACTIVE. */
    private void requireMediators(UUID committeeId, List<UUID> mediatorIds) {
        List<Object[]> rows = em.createQuery("SELECT m.id, m.committeeId, m.status FROM Mediator m WHERE m.id IN :ids",
                Object[].class).setParameter("ids", mediatorIds).getResultList();
        Map<UUID, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.put((UUID) r[0], r));
        for (int i = 0; i < mediatorIds.size(); i++) {
            Object[] r = byId.get(mediatorIds.get(i));
            if (r == null || !committeeId.equals(r[1])) {
                throw ProblemException.invalid("mediatorIds[" + i + "]", "not a mediator of committee " + committeeId);
            }
            if (!"ACTIVE".equals(String.valueOf(r[2]))) {
                throw ProblemException.ruleViolated("mediator-retired", "mediator " + mediatorIds.get(i) + " is " + r[2]);
            }
        }
    }
}
