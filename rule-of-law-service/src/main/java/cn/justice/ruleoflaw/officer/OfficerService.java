package cn.justice.ruleoflaw.officer;

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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Administrative enforcement officers (行政执法人员): registered, corrected, their 执法证 exams and trainings added. A
 * county agency's officer (no township) is a county record: a township officer reads it but may not change it (403).
 */
@ApplicationScoped
public class OfficerService extends RecordStore<EnforcementOfficer, OfficerView, OfficerCreate, OfficerUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.enforcement-officer.";
    public static final String WHAT = "enforcement officer";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("createdAt", "name", "agency", "updatedAt");

    public OfficerService() {
        super(EnforcementOfficer.class, WHAT, EVENT_PREFIX, OfficerView::of, OfficerEventData::of);
    }

    /** Filters of the list. */
    public record Filter(String townshipCode, Boolean countyWide, String agency) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.text("agency", "Exact agency name"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields { String name(); String agency(); String certificateNo(); }

    @Override
    @Transactional
    public Created<OfficerView> create(Caller caller, OfficerCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "registered",
                () -> edit(new EnforcementOfficer(), req));
    }

    @Override
    @Transactional
    public OfficerView update(Caller caller, UUID id, String ifMatch, OfficerUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), o -> edit(o, req));
    }

    private static EnforcementOfficer edit(EnforcementOfficer o, Fields f) {
        o.name = f.name().strip();
        o.agency = f.agency().strip();
        o.certificateNo = RegisterRules.blankToNull(f.certificateNo());
        return o;
    }

    /** 执法证考试: one sitting, passed or not. */
    @Transactional
    public OfficerView exam(Caller caller, UUID id, String ifMatch, OfficerActions.Exam req) {
        EnforcementOfficer o = forChange(caller, id, ifMatch);
        RegisterRules.notFuture("date", req.date(), today());
        List<OfficerActions.Exam> all = new ArrayList<>(o.exams);
        all.add(req);
        o.exams = all;
        return publishAction("examined", o);
    }

    /** 执法培训: hours of one training. */
    @Transactional
    public OfficerView train(Caller caller, UUID id, String ifMatch, OfficerActions.Training req) {
        EnforcementOfficer o = forChange(caller, id, ifMatch);
        RegisterRules.notFuture("date", req.date(), today());
        List<OfficerActions.Training> all = new ArrayList<>(o.trainings);
        all.add(new OfficerActions.Training(req.date(), req.hours(), RegisterRules.blankToNull(req.topic())));
        o.trainings = all;
        return publishAction("trained", o);
    }

    @Transactional
    public Page<OfficerView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, EnforcementOfficer.class, caller, f.townshipCode(), f.countyWide())
                .eq("agency", f.agency())
                .page(page, OfficerView::of);
    }
}
