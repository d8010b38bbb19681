package cn.justice.ruleoflaw.selection;

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

/** Selections of people's jurors and supervisors (选任): county records, written by county-admin and integration. */
@ApplicationScoped
public class SelectionService extends RecordStore<AssessorSelection, SelectionView, SelectionCreate, SelectionUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.assessor-selection.";
    public static final String WHAT = "assessor selection";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "kind", "selected", "createdAt",
            "updatedAt");

    public SelectionService() {
        super(AssessorSelection.class, WHAT, EVENT_PREFIX, SelectionView::of, SelectionEventData::of);
    }

    /** Filters of the list. */
    public record Filter(AssessorKind kind, Integer year) {
        static Filter of(RecordQuery q) {
            return new Filter(q.enumOf("kind", AssessorKind.class), q.integer("year"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields { AssessorKind kind(); Integer year(); Integer candidates(); Integer selected(); }

    @Override
    @Transactional
    public Created<SelectionView> create(Caller caller, SelectionCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        check(req);
        return createOnce(caller, req.id(), req, county, null, "recorded", () -> edit(new AssessorSelection(), req));
    }

    @Override
    @Transactional
    public SelectionView update(Caller caller, UUID id, String ifMatch, SelectionUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), s -> {
            check(req);
            edit(s, req);
        });
    }

    private void check(Fields f) {
        RegisterRules.pastYear("year", f.year(), today());
        RegisterRules.notMoreThan("selected", f.selected(), "candidates", f.candidates());
    }

    private static AssessorSelection edit(AssessorSelection s, Fields f) {
        s.kind = f.kind();
        s.year = f.year();
        s.candidates = f.candidates();
        s.selected = f.selected();
        return s;
    }

    @Transactional
    public Page<SelectionView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, AssessorSelection.class, caller, null, null)
                .eq("kind", f.kind())
                .eq("year", f.year())
                .page(page, SelectionView::of);
    }
}
