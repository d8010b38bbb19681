package cn.justice.publicity.survey;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/** Surveys (普法知晓率/满意率) of townships; every change writes its {@code publicity.survey.*} event. */
@ApplicationScoped
public class SurveyService extends RegisterStore<Survey, SurveyView, SurveyService.Fields,
        SurveyCreate, SurveyUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("year", "respondents", "createdAt",
            "updatedAt");

    public SurveyService() {
        super(Survey.class, Survey::new, "survey", "publicity.survey.", "recorded",
                SurveyView::of, SurveyEventData::of);
    }

    /** Filters of the list; from/to select the years from.year … to.year. */
    public record Filter(String townshipCode, Integer year, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            var years = q.dates("year ≥ from's year", "year ≤ to's year");
            return new Filter(q.township(), q.integer("year", "2025"), years.from(), years.to());
        }
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields extends Body { Integer year(); Integer respondents(); Integer aware(); Integer satisfied(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        SurveyRules.check(f.year(), f.respondents(), f.aware(), f.satisfied(), today().getYear());
    }

    @Override
    protected void edit(Survey s, Fields f) {
        s.year = f.year();
        s.respondents = f.respondents();
        s.aware = f.aware();
        s.satisfied = f.satisfied();
    }

    @Transactional
    public Page<SurveyView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), null)
                .eq("year", f.year())
                .atLeast("year", f.from() == null ? null : f.from().getYear())
                .atMost("year", f.to() == null ? null : f.to().getYear())
                .page(page, SurveyView::of);
    }
}
