package cn.justice.publicity.sms;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.outbox.Outbox;
import cn.justice.platform.persistence.Records;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordService;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.ChangeCursor;
import cn.justice.platform.web.Changes;
import cn.justice.platform.web.Fingerprints;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.publicity.common.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * SMS campaigns (普法短信). A county-wide campaign (no township) is a county record: a township officer reads it but
 * may neither record nor change one (403); its own township's campaigns it reads and writes.
 */
@ApplicationScoped
public class SmsService implements RecordService<SmsView, SmsCreate, SmsUpdate> {
    public static final String EVENT_PREFIX = "publicity.sms-campaign.";
    public static final String WHAT = "sms campaign";
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

    /** Filters of the list; dates apply to sentOn. */
    public record Filter(String townshipCode, Boolean countyWide, Theme theme, LocalDate from, LocalDate to) {
    }

    @Override
    @Transactional
    public Created<SmsView> create(Caller caller, SmsCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        notFuture(req.sentOn());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        SmsCampaign existing = Records.repeatedCreate(em, SmsCampaign.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(SmsView.of(existing), false);
        }
        SmsCampaign s = new SmsCampaign();
        s.id = id;
        s.countyCode = county;
        s.townshipCode = req.townshipCode();
        s.sentOn = req.sentOn();
        s.messagesSent = req.messagesSent();
        s.theme = req.theme();
        s.createdBy = caller.subject();
        s.createFingerprint = fingerprint;
        em.persist(s);
        em.flush();
        publish("recorded", s);
        return new Created<>(SmsView.of(s), true);
    }

    @Override
    @Transactional
    public SmsView get(Caller caller, UUID id) {
        return SmsView.of(CountyWideRecords.visible(em, SmsCampaign.class, id, caller, WHAT));
    }

    @Override
    @Transactional
    public SmsView update(Caller caller, UUID id, String ifMatch, SmsUpdate req) {
        SmsCampaign s = CountyWideRecords.forChange(em, SmsCampaign.class, id, caller, WHAT, ifMatch);
        Versions.checkBodyVersion(req.version(), s.version);
        notFuture(req.sentOn());
        long before = s.version;
        s.sentOn = req.sentOn();
        s.messagesSent = req.messagesSent();
        s.theme = req.theme();
        em.flush();
        if (s.version != before) {
            publish("updated", s);
        }
        return SmsView.of(s);
    }

    @Transactional
    public Page<SmsView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, SmsCampaign.class, caller, f.townshipCode(), f.countyWide())
                .eq("theme", f.theme())
                .atLeast("sentOn", f.from())
                .atMost("sentOn", f.to())
                .page(page, SmsView::of);
    }

    @Override
    @Transactional
    public Changes<SmsView> changes(Caller caller, ChangeCursor since, int limit) {
        return CountyWideRecords.changes(em, SmsCampaign.class, caller, since, limit, SmsView::of);
    }

    private void notFuture(LocalDate sentOn) {
        if (sentOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("sentOn", "must not be in the future");
        }
    }

    private void publish(String verb, SmsCampaign s) {
        outbox.append(EVENT_PREFIX + verb, s.id, s.version, s.countyCode, s.townshipCode, SmsEventData.of(s));
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sentOn", "sentOn");
        m.put("messagesSent", "messagesSent");
        m.put("theme", "theme");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        return m;
    }
}
