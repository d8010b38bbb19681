package cn.justice.publicity.sms;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.publicity.common.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/**
 * SMS campaigns (普法短信). A county-wide campaign (no township) is a county record: a township officer reads it but
 * may neither record nor change one (403); its own township's campaigns it reads and writes.
 */
@ApplicationScoped
public class SmsService extends RegisterStore<SmsCampaign, SmsView, SmsService.Fields,
        SmsCreate, SmsUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("sentOn", "messagesSent", "theme",
            "createdAt", "updatedAt");

    public SmsService() {
        super(SmsCampaign.class, SmsCampaign::new, "sms campaign", "publicity.sms-campaign.", "recorded",
                SmsView::of, SmsEventData::of);
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
    public interface Fields extends Body { LocalDate sentOn(); Integer messagesSent(); Theme theme(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        notFuture("sentOn", f.sentOn());
    }

    @Override
    protected void edit(SmsCampaign s, Fields f) {
        s.sentOn = f.sentOn();
        s.messagesSent = f.messagesSent();
        s.theme = f.theme();
    }

    @Transactional
    public Page<SmsView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .eq("theme", f.theme())
                .atLeast("sentOn", f.from())
                .atMost("sentOn", f.to())
                .page(page, SmsView::of);
    }
}
