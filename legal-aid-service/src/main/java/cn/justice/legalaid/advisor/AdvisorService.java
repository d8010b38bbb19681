package cn.justice.legalaid.advisor;

import cn.justice.platform.web.Texts;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Village legal advisors (村居法律顾问): periods of an advisor in a village or community. Each change emits a
 * {@code legal-aid.village-advisor.*} event carrying the village and the period, from which the gateway derives
 * villages_with_advisor (distinct villages covered at the end of a period).
 */
@ApplicationScoped
public class AdvisorService extends RegisterStore<VillageAdvisor, AdvisorView, AdvisorService.Fields,
        AdvisorCreate, AdvisorUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("from=validFrom", "to=validTo",
            "villageCode", "status", "createdAt", "updatedAt");

    public AdvisorService() {
        super(VillageAdvisor.class, VillageAdvisor::new, "village advisor", "legal-aid.village-advisor.", "appointed",
                AdvisorView::of, AdvisorEventData::of);
    }

    /** Filters of the list; from/to apply to the period's first day, activeOn keeps periods covering that day. */
    public record Filter(String townshipCode, String villageCode, AdvisorStatus status, LocalDate activeOn,
                         LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.text("villageCode", null, "519901101201"), q.enumOf("status", AdvisorStatus.class),
                    q.date("activeOn"), q.from("the period's first day"), q.to("the period's first day"));
        }
    }

    /** The editable fields, as create and update carry them (the village is fixed at create). */
    public interface Fields extends Body { String advisorName(); String firm(); LocalDate from(); LocalDate to(); }

    /** The village's township (400 for a code that is not a village). */
    @Override
    protected String township(AdvisorCreate body) {
        return orgs.requireVillage("villageCode", body.villageCode()).parentCode();
    }

    @Override
    protected VillageAdvisor created(AdvisorCreate body) {
        VillageAdvisor a = new VillageAdvisor();
        a.villageCode = body.villageCode();
        a.status = AdvisorStatus.ACTIVE;
        edit(a, body);
        return a;
    }

    @Override
    protected void check(Fields f, String townshipCode) {
        AdvisorRules.checkPeriod(f.from(), f.to(), today());
    }

    /** A period that has ended keeps its last day. */
    @Override
    protected void edit(VillageAdvisor a, Fields f) {
        if (a.status == AdvisorStatus.ENDED && f.to() == null) {
            throw ProblemException.invalid("to", "is required: the period has ended");
        }
        a.advisorName = f.advisorName().strip();
        a.firm = f.firm().strip();
        a.validFrom = f.from();
        a.validTo = f.to();
    }

    /** 解聘/期满: ACTIVE → ENDED, the period's last day {@code to} (default today). */
    @Transactional
    public AdvisorView end(Caller caller, UUID id, String ifMatch, AdvisorEnd req) {
        VillageAdvisor a = forChange(caller, id, ifMatch);
        AdvisorStatus next = AdvisorRules.end(a.status);
        a.validTo = AdvisorRules.endDate(req.to(), a.validFrom, today());
        a.status = next;
        a.endReason = Texts.stripToNull(req.reason());
        return publish("ended", a);
    }

    @Transactional
    public Page<AdvisorView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), null)
                .eq("villageCode", f.villageCode())
                .eq("status", f.status())
                .atLeast("validFrom", f.from())
                .atMost("validFrom", f.to())
                .activeOn("validFrom", "validTo", true, f.activeOn())
                .page(page, AdvisorView::of);
    }

    /**
     * Coverage on {@code on} (the same rule as villages_with_advisor of the stats: a period covers its first and last
     * day) for a county or township the caller may read; {@code on} null means today.
     */
    @Transactional
    public AdvisorCoverage coverage(Caller caller, String orgCode, LocalDate day) {
        LocalDate on = day == null ? today() : day;
        String org = TownshipScope.readableOrg(caller, orgCode, orgs).code();
        List<String> villages = orgs.villages(org).stream().map(OrgUnit::code).toList();
        Set<String> covered = new HashSet<>(em.createQuery("SELECT DISTINCT e.villageCode FROM VillageAdvisor e "
                        + "WHERE e.villageCode LIKE :org AND e.validFrom <= :on AND (e.validTo IS NULL OR e.validTo >= :on)",
                String.class).setParameter("org", org + "%").setParameter("on", on).getResultList());
        List<String> uncovered = villages.stream().filter(v -> !covered.contains(v)).toList();
        long with = villages.size() - uncovered.size();
        Double percent = villages.isEmpty() ? null : Math.round(1000.0 * with / villages.size()) / 10.0;
        return new AdvisorCoverage(org, on, villages.size(), with, percent, uncovered);
    }
}
