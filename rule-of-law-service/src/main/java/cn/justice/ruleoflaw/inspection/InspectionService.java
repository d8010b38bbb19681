package cn.justice.ruleoflaw.inspection;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/** Enforcement supervision inspections (执法监督检查); a county agency's (no township) is a county record. */
@ApplicationScoped
public class InspectionService extends RegisterStore<EnforcementInspection, InspectionView, InspectionService.Fields,
        InspectionCreate, InspectionUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("inspectedOn", "findings", "agency",
            "createdAt", "updatedAt");

    public InspectionService() {
        super(EnforcementInspection.class, EnforcementInspection::new, "enforcement inspection", "rule-of-law.enforcement-inspection.", "recorded",
                InspectionView::of, InspectionEventData::of);
    }

    /** Filters of the list; from/to apply to inspectedOn. */
    public record Filter(String townshipCode, Boolean countyWide, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.from("inspectedOn"), q.to("inspectedOn"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields extends Body { String agency(); LocalDate inspectedOn(); Integer findings(); Integer rectified(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        notFuture("inspectedOn", f.inspectedOn());
        RegisterRules.notMoreThan("rectified", f.rectified(), "findings", f.findings());
    }

    @Override
    protected void edit(EnforcementInspection i, Fields f) {
        i.agency = f.agency().strip();
        i.inspectedOn = f.inspectedOn();
        i.findings = f.findings();
        i.rectified = f.rectified();
    }

    @Transactional
    public Page<InspectionView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .atLeast("inspectedOn", f.from())
                .atMost("inspectedOn", f.to())
                .page(page, InspectionView::of);
    }
}
