package cn.justice.ruleoflaw.honour;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.UUID;

/** Honours (荣誉) the report names: county records, written by county-admin and integration. */
@ApplicationScoped
public class HonourService extends RecordStore<Honour, HonourView, HonourCreate, HonourUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.honour.";
    public static final String WHAT = "honour";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "level", "title", "createdAt",
            "updatedAt");

    public HonourService() {
        super(Honour.class, WHAT, EVENT_PREFIX, HonourView::of, HonourEventData::of);
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

    @Override
    @Transactional
    public Created<HonourView> create(Caller caller, HonourCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        RegisterRules.pastYear("year", req.year(), today());
        return createOnce(caller, req.id(), req, county, null, "recorded", () -> {
            Honour h = new Honour();
            h.level = req.level();
            h.year = req.year();
            h.title = req.title().strip();
            h.awardee = req.awardee().strip();
            return h;
        });
    }

    @Override
    @Transactional
    public HonourView update(Caller caller, UUID id, String ifMatch, HonourUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), h -> {
            RegisterRules.pastYear("year", req.year(), today());
            h.level = req.level();
            h.year = req.year();
            h.title = req.title().strip();
            h.awardee = req.awardee().strip();
        });
    }

    @Transactional
    public Page<HonourView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, Honour.class, caller, null, null)
                .eq("level", f.level())
                .eq("year", f.year())
                .page(page, HonourView::of);
    }
}
