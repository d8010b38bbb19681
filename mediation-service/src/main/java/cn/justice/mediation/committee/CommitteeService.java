package cn.justice.mediation.committee;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The register of mediation committees (调委会): registration, corrections, 规范化 assessment and dissolution. Every
 * change writes its {@code mediation.committee.*} event through the outbox in the same transaction.
 */
@ApplicationScoped
public class CommitteeService extends RecordStore<Committee, CommitteeView, CommitteeCreate, CommitteeUpdate> {
    public static final String EVENT_PREFIX = "mediation.committee.";
    public static final String WHAT = "committee";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("establishedOn", "name", "createdAt",
            "updatedAt", "status", "type", "memberCount", "assessedOn");

    @Inject
    StandardizationCriteria criteria;

    /**
     * 人民调解法第8条: in a county where several ethnic groups live (多民族居住的地区) a committee needs a member of a
     * minority. The seed county (X县) is a 彝族 county (德古 mediation), hence the default.
     */
    @ConfigProperty(name = "justice.mediation.multi-ethnic-county", defaultValue = "true")
    boolean multiEthnicCounty;

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields {
        String name(); CommitteeType type(); String villageCode(); LocalDate establishedOn(); LocalDate filedOn();
        Integer memberCount(); Integer womenMembers(); Integer minorityMembers(); LocalDate termEndsOn();
    }

    public CommitteeService() {
        super(Committee.class, WHAT, EVENT_PREFIX, CommitteeView::of, CommitteeEventData::of);
    }

    @Override
    @Transactional
    public Created<CommitteeView> create(Caller caller, CommitteeCreate req) {
        String county = countyForVillage(caller, req.townshipCode(), req.villageCode());
        check(req);
        CommitteeRules.checkComposition(req.memberCount(), req.womenMembers(), req.minorityMembers(), multiEthnicCounty);
        CommitteeRules.checkTermEndsOn(req.termEndsOn(), req.establishedOn(), today());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "registered", () -> {
            Committee c = edit(new Committee(), req);
            c.status = CommitteeStatus.ACTIVE;
            c.standardized = false;
            return c;
        });
    }

    /** Corrects the editable fields; an unchanged record keeps its version and emits nothing. */
    @Override
    @Transactional
    public CommitteeView update(Caller caller, UUID id, String ifMatch, CommitteeUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), c -> {
            CommitteeLifecycle.apply(CommitteeLifecycle.UPDATE, c.status);
            orgs.requireVillageOf("villageCode", req.villageCode(), c.townshipCode);
            check(req);
            CommitteeRules.checkEstablishedAgainst(req.establishedOn(), c.assessedOn, c.dissolvedOn, firstAppointment(c.id));
            checkCompositionChange(c, req);
            edit(c, req);
        });
    }

    /** 规范化评估: records the latest assessment; the committee is standardized when every criterion is met. */
    @Transactional
    public CommitteeView assess(Caller caller, UUID id, String ifMatch, CommitteeActions.Assess req) {
        Committee c = forChange(caller, id, ifMatch);
        CommitteeLifecycle.apply(CommitteeLifecycle.ASSESS, c.status);
        StandardizationCriteria.Evaluation e = criteria.evaluate(req.criteria());
        CommitteeRules.checkAssessedOn(req.assessedOn(), today(), c.establishedOn, c.assessedOn);
        c.assessedOn = req.assessedOn();
        c.assessmentCriteria = e.results();
        c.standardized = e.standardized();
        return publishAction("assessed", c);
    }

    /**
     * 撤销: ACTIVE → DISSOLVED. Its mediators keep their own state (a dissolved committee appoints nobody, and
     * mediators_active counts mediators until they are retired), so clients retire them as they leave.
     */
    @Transactional
    public CommitteeView dissolve(Caller caller, UUID id, String ifMatch, CommitteeActions.Dissolve req) {
        Committee c = forChange(caller, id, ifMatch);
        CommitteeStatus next = CommitteeLifecycle.apply(CommitteeLifecycle.DISSOLVE, c.status);
        CommitteeRules.checkDissolvedOn(req.dissolvedOn(), today(), c.establishedOn, c.assessedOn);
        c.status = next;
        c.dissolvedOn = req.dissolvedOn();
        c.dissolveReason = req.reason() == null || req.reason().isBlank() ? null : req.reason().strip();
        return publishAction("dissolved", c);
    }

    @Transactional
    public Page<CommitteeView> list(Caller caller, CommitteeFilter filter, PageRequest page) {
        return listed(caller, filter.townshipCode(), null)
                .eq("status", filter.status())
                .eq("type", filter.type())
                .eq("standardized", filter.standardized())
                .atLeast("establishedOn", filter.from())
                .atMost("establishedOn", filter.to())
                .page(page, CommitteeView::of);
    }

    public List<StandardizationCriteria.Criterion> criteria() {
        return criteria.all();
    }

    /**
     * 人民调解法第8–9条 on a correction: a composition once recorded cannot be cleared (400); the rules apply to the
     * values the correction changes, so a committee registered before the rules (e.g. 12 members) can still be
     * corrected in other fields, and any new composition or term must be lawful (422 naming the article).
     */
    /** The checks create and update share, in this order. */
    private void check(Fields f) {
        CommitteeRules.checkVillage(f.type(), f.villageCode());
        CommitteeRules.checkRegisterDates(f.establishedOn(), f.filedOn(), today());
    }

    private static Committee edit(Committee c, Fields f) {
        c.name = f.name().strip();
        c.type = f.type();
        c.villageCode = f.villageCode();
        c.establishedOn = f.establishedOn();
        c.filedOn = f.filedOn();
        c.memberCount = f.memberCount();
        c.womenMembers = f.womenMembers();
        c.minorityMembers = f.minorityMembers();
        c.termEndsOn = f.termEndsOn();
        return c;
    }

    private void checkCompositionChange(Committee c, CommitteeUpdate req) {
        if (c.womenMembers != null && req.womenMembers() == null) {
            throw ProblemException.invalid("womenMembers", "was recorded and cannot be cleared");
        }
        if (c.minorityMembers != null && req.minorityMembers() == null) {
            throw ProblemException.invalid("minorityMembers", "was recorded and cannot be cleared");
        }
        if (c.termEndsOn != null && req.termEndsOn() == null) {
            throw ProblemException.invalid("termEndsOn", "was recorded and cannot be cleared");
        }
        boolean changed = req.memberCount() != c.memberCount || !Objects.equals(req.womenMembers(), c.womenMembers)
                || !Objects.equals(req.minorityMembers(), c.minorityMembers);
        if (changed) {
            CommitteeRules.checkComposition(req.memberCount(), req.womenMembers(), req.minorityMembers(), multiEthnicCounty);
        }
        if (!Objects.equals(req.termEndsOn(), c.termEndsOn) || !req.establishedOn().equals(c.establishedOn)) {
            CommitteeRules.checkTermEndsOn(req.termEndsOn(), req.establishedOn(), today());
        }
    }

    private LocalDate firstAppointment(UUID committeeId) {
        Object first = em.createNativeQuery("SELECT min(appointed_on) FROM mediator WHERE committee_id = ?1")
                .setParameter(1, committeeId).getSingleResult();
        if (first instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) first;
    }
}
