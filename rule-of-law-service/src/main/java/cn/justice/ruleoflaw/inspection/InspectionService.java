package cn.justice.ruleoflaw.inspection;

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

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Enforcement supervision inspections (执法监督检查); a county agency's (no township) is a county record. */
@ApplicationScoped
public class InspectionService extends RecordStore<EnforcementInspection, InspectionView, InspectionCreate, InspectionUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.enforcement-inspection.";
    public static final String WHAT = "enforcement inspection";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("inspectedOn", "findings", "agency",
            "createdAt", "updatedAt");

    public InspectionService() {
        super(EnforcementInspection.class, WHAT, EVENT_PREFIX, InspectionView::of, InspectionEventData::of);
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
    public interface Fields { String agency(); LocalDate inspectedOn(); Integer findings(); Integer rectified(); }

    @Override
    @Transactional
    public Created<InspectionView> create(Caller caller, InspectionCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        check(req);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded",
                () -> edit(new EnforcementInspection(), req));
    }

    @Override
    @Transactional
    public InspectionView update(Caller caller, UUID id, String ifMatch, InspectionUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), i -> {
            check(req);
            edit(i, req);
        });
    }

    private void check(Fields f) {
        RegisterRules.notFuture("inspectedOn", f.inspectedOn(), today());
        RegisterRules.notMoreThan("rectified", f.rectified(), "findings", f.findings());
    }

    private static EnforcementInspection edit(EnforcementInspection i, Fields f) {
        i.agency = f.agency().strip();
        i.inspectedOn = f.inspectedOn();
        i.findings = f.findings();
        i.rectified = f.rectified();
        return i;
    }

    @Transactional
    public Page<InspectionView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, EnforcementInspection.class, caller, f.townshipCode(), f.countyWide())
                .atLeast("inspectedOn", f.from())
                .atMost("inspectedOn", f.to())
                .page(page, InspectionView::of);
    }
}
