package cn.justice.publicity.sms;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.publicity.common.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * SMS campaigns (普法短信). A county-wide campaign (no township) is a county record: a township officer reads it but
 * may neither record nor change one (403); its own township's campaigns it reads and writes.
 */
@ApplicationScoped
public class SmsService extends RecordStore<SmsCampaign, SmsView, SmsCreate, SmsUpdate> {
    public static final String EVENT_PREFIX = "publicity.sms-campaign.";
    public static final String WHAT = "sms campaign";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("sentOn", "messagesSent", "theme",
            "createdAt", "updatedAt");

    public SmsService() {
        super(SmsCampaign.class, WHAT, EVENT_PREFIX, SmsView::of, SmsEventData::of);
    }

    /** Filters of the list; dates apply to sentOn. */
    public record Filter(String townshipCode, Boolean countyWide, Theme theme, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.enumOf("theme", Theme.class), q.from("sentOn"),
                    q.to("sentOn"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields { LocalDate sentOn(); Integer messagesSent(); Theme theme(); }

    @Override
    @Transactional
    public Created<SmsView> create(Caller caller, SmsCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        notFuture("sentOn", req.sentOn());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded",
                () -> edit(new SmsCampaign(), req));
    }

    @Override
    @Transactional
    public SmsView update(Caller caller, UUID id, String ifMatch, SmsUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), s -> {
            notFuture("sentOn", req.sentOn());
            edit(s, req);
        });
    }

    private static SmsCampaign edit(SmsCampaign s, Fields f) {
        s.sentOn = f.sentOn();
        s.messagesSent = f.messagesSent();
        s.theme = f.theme();
        return s;
    }

    @Transactional
    public Page<SmsView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, SmsCampaign.class, caller, f.townshipCode(), f.countyWide())
                .eq("theme", f.theme())
                .atLeast("sentOn", f.from())
                .atMost("sentOn", f.to())
                .page(page, SmsView::of);
    }
}
