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

    /** The editable fields, as create and update carry them (the village is fixed at create). */
    public interface Fields { Integer year(); Integer cadres(); BigDecimal funds(); }

    @Override
    @Transactional
    public Created<AssistanceView> create(Caller caller, AssistanceCreate req) {
        OrgUnit village = orgs.find(req.villageCode());
        if (village == null || village.level() != OrgUnit.Level.VILLAGE) {
            throw ProblemException.invalid("villageCode", "unknown village code");
        }
        String county = countyForTownship(caller, "villageCode", village.parentCode());
        check(req);
        return createOnce(caller, req.id(), req, county, village.parentCode(), "recorded", () -> {
            AssistanceVillage a = new AssistanceVillage();
            a.villageCode = req.villageCode();
            return edit(a, req);
        });
    }

    @Override
    @Transactional
    public AssistanceView update(Caller caller, UUID id, String ifMatch, AssistanceUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), a -> {
            check(req);
            edit(a, req);
        });
    }

    private void check(Fields f) {
        RegisterRules.pastYear("year", f.year(), today());
    }

    /** The funds are replaced only when their amount differs (an equal amount leaves the record unchanged). */
    private static AssistanceVillage edit(AssistanceVillage a, Fields f) {
        a.year = f.year();
        a.cadres = f.cadres();
        BigDecimal funds = f.funds().setScale(2, RoundingMode.UNNECESSARY);
        if (a.funds == null || a.funds.compareTo(funds) != 0) {
            a.funds = funds;
        }
        return a;
    }

    @Transactional
    public Page<AssistanceView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, AssistanceVillage.class, caller, f.townshipCode())
                .eq("villageCode", f.villageCode())
                .eq("year", f.year())
                .page(page, AssistanceView::of);
    }
}
