package cn.justice.publicity.survey;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Surveys (普法知晓率/满意率) of townships; every change writes its {@code publicity.survey.*} event. */
@ApplicationScoped
public class SurveyService extends RecordStore<Survey, SurveyView, SurveyCreate, SurveyUpdate> {
    public static final String EVENT_PREFIX = "publicity.survey.";
    public static final String WHAT = "survey";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "respondents", "createdAt",
            "updatedAt");

    public SurveyService() {
        super(Survey.class, WHAT, EVENT_PREFIX, SurveyView::of, SurveyEventData::of);
    }

    /** Filters of the list; from/to select the years from.year … to.year. */
    public record Filter(String townshipCode, Integer year, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            var years = q.dates("year ≥ from's year", "year ≤ to's year");
            return new Filter(q.township(), q.integer("year", "2025"), years.from(), years.to());
        }
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields { Integer year(); Integer respondents(); Integer aware(); Integer satisfied(); }

    @Override
    @Transactional
    public Created<SurveyView> create(Caller caller, SurveyCreate req) {
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        check(req);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded", () -> edit(new Survey(), req));
    }

    @Override
    @Transactional
    public SurveyView update(Caller caller, UUID id, String ifMatch, SurveyUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), s -> {
            check(req);
            edit(s, req);
        });
    }

    private void check(Fields f) {
        SurveyRules.check(f.year(), f.respondents(), f.aware(), f.satisfied(), today().getYear());
    }

    private static Survey edit(Survey s, Fields f) {
        s.year = f.year();
        s.respondents = f.respondents();
        s.aware = f.aware();
        s.satisfied = f.satisfied();
        return s;
    }

    @Transactional
    public Page<SurveyView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, Survey.class, caller, f.townshipCode())
                .eq("year", f.year())
                .atLeast("year", f.from() == null ? null : f.from().getYear())
                .atMost("year", f.to() == null ? null : f.to().getYear())
                .page(page, SurveyView::of);
    }
}
