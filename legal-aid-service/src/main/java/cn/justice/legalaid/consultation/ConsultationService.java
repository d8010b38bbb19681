package cn.justice.legalaid.consultation;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.Map;

/** Legal consultations (法律咨询): recorded and corrected; each change emits a {@code legal-aid.consultation.*} event. */
@ApplicationScoped
public class ConsultationService extends RegisterStore<Consultation, ConsultationView, ConsultationService.Fields,
        ConsultationCreate, ConsultationUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("date", "count", "channel", "createdAt",
            "updatedAt");

    public ConsultationService() {
        super(Consultation.class, Consultation::new, "consultation", "legal-aid.consultation.", "recorded",
                ConsultationView::of, ConsultationEventData::of);
    }

    /** Filters of the list; from/to apply to date. */
    public record Filter(String townshipCode, String villageCode, ConsultationChannel channel, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.text("villageCode", null, "519901101201"),
                    q.enumOf("channel", ConsultationChannel.class), q.from("date"), q.to("date"));
        }
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields extends Body {
        LocalDate date(); ConsultationChannel channel(); String villageCode(); String topic(); Integer count();
    }

    /** The village must lie in the record's township. */
    @Override
    protected void check(Fields f, String townshipCode) {
        orgs.requireVillageOf("villageCode", f.villageCode(), townshipCode);
        notFuture("date", f.date());
    }

    @Override
    protected void edit(Consultation c, Fields f) {
        c.villageCode = f.villageCode();
        c.date = f.date();
        c.channel = f.channel();
        c.topic = f.topic().strip();
        c.count = f.count();
    }

    @Transactional
    public Page<ConsultationView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), null)
                .eq("villageCode", f.villageCode())
                .eq("channel", f.channel())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, ConsultationView::of);
    }
}
