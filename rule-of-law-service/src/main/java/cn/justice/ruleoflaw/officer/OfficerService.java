package cn.justice.ruleoflaw.officer;

import cn.justice.platform.web.Texts;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
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
public class OfficerService extends RegisterStore<EnforcementOfficer, OfficerView, OfficerService.Fields,
        OfficerCreate, OfficerUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("createdAt", "name", "agency", "updatedAt");

    public OfficerService() {
        super(EnforcementOfficer.class, EnforcementOfficer::new, "enforcement officer", "rule-of-law.enforcement-officer.", "registered",
                OfficerView::of, OfficerEventData::of);
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
    public interface Fields extends Body { String name(); String agency(); String certificateNo(); }

    @Override
    protected void edit(EnforcementOfficer o, Fields f) {
        o.name = f.name().strip();
        o.agency = f.agency().strip();
        o.certificateNo = Texts.stripToNull(f.certificateNo());
    }

    /** 执法证考试: one sitting, passed or not. */
    @Transactional
    public OfficerView exam(Caller caller, UUID id, String ifMatch, OfficerActions.Exam req) {
        EnforcementOfficer o = forChange(caller, id, ifMatch);
        notFuture("date", req.date());
        List<OfficerActions.Exam> all = new ArrayList<>(o.exams);
        all.add(req);
        o.exams = all;
        return publishAction("examined", o);
    }

    /** 执法培训: hours of one training. */
    @Transactional
    public OfficerView train(Caller caller, UUID id, String ifMatch, OfficerActions.Training req) {
        EnforcementOfficer o = forChange(caller, id, ifMatch);
        notFuture("date", req.date());
        List<OfficerActions.Training> all = new ArrayList<>(o.trainings);
        all.add(new OfficerActions.Training(req.date(), req.hours(), Texts.stripToNull(req.topic())));
        o.trainings = all;
        return publishAction("trained", o);
    }

    @Transactional
    public Page<OfficerView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .eq("agency", f.agency())
                .page(page, OfficerView::of);
    }
}
