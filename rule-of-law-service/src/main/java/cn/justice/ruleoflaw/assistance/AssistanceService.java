package cn.justice.ruleoflaw.assistance;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Assistance villages (帮扶村) per year: a record of the village's township (a township officer writes its own). */
@ApplicationScoped
public class AssistanceService extends RegisterStore<AssistanceVillage, AssistanceView, AssistanceService.Fields,
        AssistanceCreate, AssistanceUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "villageCode", "funds",
            "createdAt", "updatedAt");

    public AssistanceService() {
        super(AssistanceVillage.class, AssistanceVillage::new, "assistance village", "rule-of-law.assistance-village.", "recorded",
                AssistanceView::of, AssistanceEventData::of);
    }

    /** Filters of the list. */
    public record Filter(String townshipCode, String villageCode, Integer year) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.text("villageCode", null, "519901101201"), q.integer("year"));
        }
    }

    /** The editable fields, as create and update carry them (the village is fixed at create). */
    public interface Fields extends Body { Integer year(); Integer cadres(); BigDecimal funds(); }

    /** The village's township (400 for a code that is not a village). */
    @Override
    protected String township(AssistanceCreate body) {
        return orgs.requireVillage("villageCode", body.villageCode()).parentCode();
    }

    @Override
    protected AssistanceVillage created(AssistanceCreate body) {
        AssistanceVillage a = new AssistanceVillage();
        a.villageCode = body.villageCode();
        edit(a, body);
        return a;
    }

    @Override
    protected void check(Fields f, String townshipCode) {
        RegisterRules.pastYear("year", f.year(), today());
    }

    /** The funds are replaced only when their amount differs (an equal amount leaves the record unchanged). */
    @Override
    protected void edit(AssistanceVillage a, Fields f) {
        a.year = f.year();
        a.cadres = f.cadres();
        BigDecimal funds = f.funds().setScale(2, RoundingMode.UNNECESSARY);
        if (a.funds == null || a.funds.compareTo(funds) != 0) {
            a.funds = funds;
        }
    }

    @Transactional
    public Page<AssistanceView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), null)
                .eq("villageCode", f.villageCode())
                .eq("year", f.year())
                .page(page, AssistanceView::of);
    }
}
