package cn.justice.ruleoflaw.selection;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Selections of people's jurors and supervisors (选任): county records, written by county-admin and integration. */
@ApplicationScoped
public class SelectionService extends RegisterStore<AssessorSelection, SelectionView, SelectionService.Fields,
        SelectionCreate, SelectionUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "kind", "selected", "createdAt",
            "updatedAt");

    public SelectionService() {
        super(AssessorSelection.class, AssessorSelection::new, "assessor selection", "rule-of-law.assessor-selection.", "recorded",
                SelectionView::of, SelectionEventData::of);
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
    public interface Fields extends Body { AssessorKind kind(); Integer year(); Integer candidates(); Integer selected(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        RegisterRules.pastYear("year", f.year(), today());
        RegisterRules.notMoreThan("selected", f.selected(), "candidates", f.candidates());
    }

    @Override
    protected void edit(AssessorSelection s, Fields f) {
        s.kind = f.kind();
        s.year = f.year();
        s.candidates = f.candidates();
        s.selected = f.selected();
    }

    @Transactional
    public Page<SelectionView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, null, null)
                .eq("kind", f.kind())
                .eq("year", f.year())
                .page(page, SelectionView::of);
    }
}
