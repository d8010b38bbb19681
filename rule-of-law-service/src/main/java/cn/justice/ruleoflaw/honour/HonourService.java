package cn.justice.ruleoflaw.honour;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Honours (荣誉) the report names: county records, written by county-admin and integration. */
@ApplicationScoped
public class HonourService extends RegisterStore<Honour, HonourView, HonourService.Fields,
        HonourCreate, HonourUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "level", "title", "createdAt",
            "updatedAt");

    public HonourService() {
        super(Honour.class, Honour::new, "honour", "rule-of-law.honour.", "recorded",
                HonourView::of, HonourEventData::of);
    }

    /** Filters of the list. */
    public record Filter(HonourLevel level, Integer year) {
        static Filter of(RecordQuery q) {
            return new Filter(q.enumOf("level", HonourLevel.class), q.integer("year"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields extends Body { HonourLevel level(); Integer year(); String title(); String awardee(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        RegisterRules.pastYear("year", f.year(), today());
    }

    @Override
    protected void edit(Honour h, Fields f) {
        h.level = f.level();
        h.year = f.year();
        h.title = f.title().strip();
        h.awardee = f.awardee().strip();
    }

    @Transactional
    public Page<HonourView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, null, null)
                .eq("level", f.level())
                .eq("year", f.year())
                .page(page, HonourView::of);
    }
}
