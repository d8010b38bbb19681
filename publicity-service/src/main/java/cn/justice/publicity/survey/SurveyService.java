package cn.justice.publicity.survey;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordService;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.TownshipScope;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Fingerprints;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Surveys (普法知晓率/满意率) of townships; every change writes its {@code publicity.survey.*} event. */
@ApplicationScoped
public class SurveyService implements RecordService<SurveyView, SurveyCreate, SurveyUpdate> {
    public static final String EVENT_PREFIX = "publicity.survey.";
    public static final String WHAT = "survey";
    public static final Map<String, String> SORTABLE = sortable();

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    OrgDirectory orgs;

    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    Clock clock;

    /** Filters of the list; from/to select the years from.year … to.year. */
    public record Filter(String townshipCode, Integer year, LocalDate from, LocalDate to) {
    }

    @Override
    @Transactional
    public Created<SurveyView> create(Caller caller, SurveyCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        String county = orgs.countyOf(req.townshipCode());
        TownshipScope.requireCreatable(caller, county, req.townshipCode());
        SurveyRules.check(req.year(), req.respondents(), req.aware(), req.satisfied(), currentYear());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Survey existing = Records.repeatedCreate(em, Survey.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(SurveyView.of(existing), false);
        }
        Survey s = new Survey();
        s.id = id;
        s.countyCode = county;
        s.townshipCode = req.townshipCode();
        s.year = req.year();
        s.respondents = req.respondents();
        s.aware = req.aware();
        s.satisfied = req.satisfied();
        s.createdBy = caller.subject();
        s.createFingerprint = fingerprint;
        em.persist(s);
        em.flush();
        publish("recorded", s);
        return new Created<>(SurveyView.of(s), true);
    }

    @Override
    @Transactional
    public SurveyView get(Caller caller, UUID id) {
        return SurveyView.of(Records.visible(em, Survey.class, id, caller, WHAT));
    }

    @Override
    @Transactional
    public SurveyView update(Caller caller, UUID id, String ifMatch, SurveyUpdate req) {
        Survey s = Records.forChange(em, Survey.class, id, caller, WHAT, ifMatch);
        Versions.checkBodyVersion(req.version(), s.version);
        SurveyRules.check(req.year(), req.respondents(), req.aware(), req.satisfied(), currentYear());
        long before = s.version;
        s.year = req.year();
        s.respondents = req.respondents();
        s.aware = req.aware();
        s.satisfied = req.satisfied();
        em.flush();
        if (s.version != before) {
            publish("updated", s);
        }
        return SurveyView.of(s);
    }

    @Transactional
    public Page<SurveyView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, Survey.class, caller, f.townshipCode())
                .eq("year", f.year())
                .atLeast("year", f.from() == null ? null : f.from().getYear())
                .atMost("year", f.to() == null ? null : f.to().getYear())
                .page(page, SurveyView::of);
    }

    @Override
    @Transactional
    public Changes<SurveyView> changes(Caller caller, ChangeCursor since, int limit) {
        return Records.changes(em, Survey.class, caller, since, limit, SurveyView::of);
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private void publish(String verb, Survey s) {
        outbox.append(EVENT_PREFIX + verb, s.id, s.version, s.countyCode, s.townshipCode, SurveyEventData.of(s));
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("year", "year");
        m.put("respondents", "respondents");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        return m;
    }
}
