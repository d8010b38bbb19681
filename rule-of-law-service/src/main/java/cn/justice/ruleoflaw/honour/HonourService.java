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

    /** The editable fields, as create and update carry them. */
    public interface Fields { HonourLevel level(); Integer year(); String title(); String awardee(); }

    @Override
    @Transactional
    public Created<HonourView> create(Caller caller, HonourCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        check(req);
        return createOnce(caller, req.id(), req, county, null, "recorded", () -> edit(new Honour(), req));
    }

    @Override
    @Transactional
    public HonourView update(Caller caller, UUID id, String ifMatch, HonourUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), h -> {
            check(req);
            edit(h, req);
        });
    }

    private void check(Fields f) {
        RegisterRules.pastYear("year", f.year(), today());
    }

    private static Honour edit(Honour h, Fields f) {
        h.level = f.level();
        h.year = f.year();
        h.title = f.title().strip();
        h.awardee = f.awardee().strip();
        return h;
    }

    @Transactional
    public Page<HonourView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, Honour.class, caller, null, null)
                .eq("level", f.level())
                .eq("year", f.year())
                .page(page, HonourView::of);
    }
}
