package cn.justice.legalaid.consultation;

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

/** Legal consultations (法律咨询): recorded and corrected; each change emits a {@code legal-aid.consultation.*} event. */
@ApplicationScoped
public class ConsultationService extends RecordStore<Consultation, ConsultationView, ConsultationCreate, ConsultationUpdate> {
    public static final String EVENT_PREFIX = "legal-aid.consultation.";
    public static final String WHAT = "consultation";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("date", "count", "channel", "createdAt",
            "updatedAt");

    public ConsultationService() {
        super(Consultation.class, WHAT, EVENT_PREFIX, ConsultationView::of, ConsultationEventData::of);
    }

    /** Filters of the list; from/to apply to date. */
    public record Filter(String townshipCode, String villageCode, ConsultationChannel channel, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.text("villageCode", null, "519901101201"),
                    q.enumOf("channel", ConsultationChannel.class), q.from("date"), q.to("date"));
        }
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields {
        LocalDate date(); ConsultationChannel channel(); String villageCode(); String topic(); Integer count();
    }

    @Override
    @Transactional
    public Created<ConsultationView> create(Caller caller, ConsultationCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        orgs.requireVillageOf("villageCode", req.villageCode(), req.townshipCode());
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        notFuture("date", req.date());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded",
                () -> edit(new Consultation(), req));
    }

    @Override
    @Transactional
    public ConsultationView update(Caller caller, UUID id, String ifMatch, ConsultationUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), c -> {
            orgs.requireVillageOf("villageCode", req.villageCode(), c.townshipCode);
            notFuture("date", req.date());
            edit(c, req);
        });
    }

    private static Consultation edit(Consultation c, Fields f) {
        c.villageCode = f.villageCode();
        c.date = f.date();
        c.channel = f.channel();
        c.topic = f.topic().strip();
        c.count = f.count();
        return c;
    }

    @Transactional
    public Page<ConsultationView> list(Caller caller, Filter f, PageRequest page) {
        return ListQuery.scoped(em, Consultation.class, caller, f.townshipCode())
                .eq("villageCode", f.villageCode())
                .eq("channel", f.channel())
                .atLeast("date", f.from())
                .atMost("date", f.to())
                .page(page, ConsultationView::of);
    }
}
