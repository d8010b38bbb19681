package cn.justice.ruleoflaw.assistance;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

/** Assistance villages (帮扶村) per year: a record of the village's township (a township officer writes its own). */
@ApplicationScoped
public class AssistanceService extends RecordStore<AssistanceVillage, AssistanceView, AssistanceCreate, AssistanceUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.assistance-village.";
    public static final String WHAT = "assistance village";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "villageCode", "funds",
            "createdAt", "updatedAt");

    public AssistanceService() {
        super(AssistanceVillage.class, WHAT, EVENT_PREFIX, AssistanceView::of, AssistanceEventData::of);
    }

    /** Filters of the list. */
    public record Filter(String townshipCode, String villageCode, Integer year) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.text("villageCode", null, "519901101201"), q.integer("year"));
        }
    }

    @Override
    @Transactional
    public Created<AssistanceView> create(Caller caller, AssistanceCreate req) {
        OrgUnit village = orgs.find(req.villageCode());
        if (village == null || village.level() != OrgUnit.Level.VILLAGE) {
            throw ProblemException.invalid("villageCode", "unknown village code");
        }
        String county = countyForTownship(caller, "villageCode", village.parentCode());
        RegisterRules.pastYear("year", req.year(), today());
        return createOnce(caller, req.id(), req, county, village.parentCode(), "recorded", () -> {
            AssistanceVillage a = new AssistanceVillage();
            a.villageCode = req.villageCode();
            a.year = req.year();
            a.cadres = req.cadres();
            a.funds = req.funds().setScale(2, RoundingMode.UNNECESSARY);
            return a;
        });
    }

    @Override
    @Transactional
    public AssistanceView update(Caller caller, UUID id, String ifMatch, AssistanceUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), a -> {
            RegisterRules.pastYear("year", req.year(), today());
            a.year = req.year();
            a.cadres = req.cadres();
            BigDecimal funds = req.funds().setScale(2, RoundingMode.UNNECESSARY);
            if (a.funds.compareTo(funds) != 0) {
                a.funds = funds;
            }
        });
    }

    @Transactional
    public Page<AssistanceView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, AssistanceVillage.class, caller, f.townshipCode())
                .eq("villageCode", f.villageCode())
                .eq("year", f.year())
                .page(page, AssistanceView::of);
    }
}
