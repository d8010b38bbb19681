package cn.justice.correction.released;

import cn.justice.platform.web.Texts;
import cn.justice.correction.person.ActionDates;
import cn.justice.correction.person.PersonProtection;
import cn.justice.platform.audit.AuditEntry;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Released persons (刑满释放人员, 安置帮教): registration, edits, connect / place / assist / reoffend / close and reads.
 * Their name and ID number get the same protection as those of persons under correction: encrypted, masked, audited
 * reads. The rules of DESIGN §10.1 ("Released persons (安置帮教)") are {@link ReleasedRules}.
 */
@ApplicationScoped
public class ReleasedService extends RecordStore<ReleasedPerson, ReleasedView, ReleasedCreate, ReleasedUpdate> {
    public static final String EVENT_PREFIX = "correction.released-person.";
    public static final String RECORD_TYPE = "released-person";
    public static final String WHAT = "released person";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("releasedOn", "createdAt", "updatedAt",
            "status", "connectedOn", "placedOn", "closedOn", "supportPeriodEndsOn");

    @Inject
    PersonProtection protection;
    @Inject
    AuditLog audit;
    /** Window of the supportPeriodEnding flag and filter, in days before supportPeriodEndsOn. */
    @ConfigProperty(name = "justice.correction.released.support-period-warning-days",
            defaultValue = "" + ReleasedRules.SUPPORT_PERIOD_WARNING_DAYS)
    int warningDays;

    public ReleasedService() {
        super(ReleasedPerson.class, WHAT, EVENT_PREFIX, null, ReleasedEventData::of);
    }

    @Override
    @Transactional
    public Created<ReleasedView> create(Caller caller, ReleasedCreate req) {
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        String idNumber = PersonProtection.validIdNumber("idNumber", req.idNumber());
        ActionDates.happened("releasedOn", req.releasedOn(), today(), null);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "registered", () -> {
            ReleasedPerson r = new ReleasedPerson();
            setPerson(r, req.name(), idNumber);
            r.gender = req.gender();
            r.releasedOn = req.releasedOn();
            r.supportPeriodEndsOn = ReleasedRules.supportPeriodEndsOn(r.releasedOn);
            r.keyPerson = Boolean.TRUE.equals(req.keyPerson());
            r.minor = PersonProtection.minor(r.birthDate, r.releasedOn);
            r.releasingInstitution = Texts.stripToNull(req.releasingInstitution());
            r.crime = Texts.stripToNull(req.crime());
            r.status = ReleasedStatus.REGISTERED;
            return r;
        });
    }

    @Override
    @Transactional
    public ReleasedView update(Caller caller, UUID id, String ifMatch, ReleasedUpdate req) {
        ReleasedPerson r = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), r.version);
        ReleasedLifecycle.apply("update", r.status);
        if (r.connectedOn != null && req.releasedOn().isAfter(r.connectedOn)) {
            throw ProblemException.invalid("releasedOn", "must not be after the connection (衔接) on " + r.connectedOn);
        }
        if (r.reoffendedOn != null && req.releasedOn().isAfter(r.reoffendedOn)) {
            throw ProblemException.invalid("releasedOn", "must not be after the re-offence on " + r.reoffendedOn);
        }
        if (req.name() != null || req.idNumber() != null) {
            PersonProtection.Shown now = protection.show(r.nameEncrypted, r.idNumberEncrypted, null, true);
            setPerson(r, req.name() != null ? req.name() : now.name(),
                    req.idNumber() != null ? PersonProtection.validIdNumber("idNumber", req.idNumber()) : now.idNumber());
        }
        r.gender = req.gender() != null ? req.gender() : r.gender;
        r.releasedOn = req.releasedOn();
        r.supportPeriodEndsOn = ReleasedRules.supportPeriodEndsOn(r.releasedOn);
        r.keyPerson = req.keyPerson() != null ? req.keyPerson() : r.keyPerson;
        r.minor = PersonProtection.minor(r.birthDate, r.releasedOn);
        r.releasingInstitution = Texts.stripToNull(req.releasingInstitution());
        r.crime = Texts.stripToNull(req.crime());
        return publish("updated", r);
    }

    @Transactional
    public ReleasedView connect(Caller caller, UUID id, String ifMatch, ReleasedActions.Connect req) {
        return act(caller, id, ifMatch, "connect", "connected",
                r -> r.connectedOn = ActionDates.happened("on", req.on(), today(), r.releasedOn));
    }

    @Transactional
    public ReleasedView place(Caller caller, UUID id, String ifMatch, ReleasedActions.Place req) {
        return act(caller, id, ifMatch, "place", "placed", r -> {
            r.placedOn = ActionDates.happened("on", req.on(), today(), r.connectedOn);
            r.placement = req.placement();
        });
    }

    @Transactional
    public ReleasedView assist(Caller caller, UUID id, String ifMatch, ReleasedActions.Assist req) {
        return act(caller, id, ifMatch, "assist", "assisted", r -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), r.releasedOn);
            List<Assistance> all = new ArrayList<>(r.assistances);
            all.add(new Assistance(on, Texts.stripToNull(req.note()), caller.subject()));
            r.assistances = all;
        });
    }

    /** 重新犯罪 on an open record: recorded once ({@link ReleasedRules#checkReoffend}), the state stays. */
    @Transactional
    public ReleasedView reoffend(Caller caller, UUID id, String ifMatch, ReleasedActions.Reoffend req) {
        return act(caller, id, ifMatch, "reoffend", "reoffended", r -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), r.releasedOn);
            ReleasedRules.checkReoffend(r.reoffendedOn);
            r.reoffendedOn = on;
        });
    }

    /**
     * End of 安置帮教 from REGISTERED, CONNECTED or PLACED (DESIGN §10.1), not before the state was reached; PERIOD_ENDED
     * not before the 帮教期 is over ({@link ReleasedRules#checkClose}).
     */
    @Transactional
    public ReleasedView close(Caller caller, UUID id, String ifMatch, ReleasedActions.Close req) {
        return act(caller, id, ifMatch, "close", "closed", r -> {
            LocalDate reached = r.placedOn != null ? r.placedOn : r.connectedOn != null ? r.connectedOn : r.releasedOn;
            LocalDate on = ActionDates.happened("on", req.on(), today(), reached);
            ReleasedRules.checkClose(req.reason(), on, r.supportPeriodEndsOn);
            r.closedOn = on;
            r.closeReason = req.reason();
            r.closeNote = Texts.stripToNull(req.note());
        });
    }

    /** A masked read, audited as READ without a purpose like any other detail read. */
    @Override
    public ReleasedView get(Caller caller, UUID id) {
        return get(caller, id, false, null);
    }

    /** One record; every read is audited: READ, or UNMASK for a county-admin's unmask=true. */
    @Override
    @Transactional
    public ReleasedView get(Caller caller, UUID id, boolean unmask, String purpose) {
        ReleasedPerson r = visible(caller, id);
        audit.record(caller, RECORD_TYPE, id, unmask ? AuditEntry.Action.UNMASK : AuditEntry.Action.READ, purpose);
        return unmask ? ReleasedView.of(r, today(), warningDays,
                protection.show(r.nameEncrypted, r.idNumberEncrypted, r.birthDate, true), false) : view(r);
    }

    @Transactional
    public Page<ReleasedView> list(Caller caller, ReleasedFilter f, PageRequest page) {
        ListQuery<ReleasedPerson> q = ListQuery.scoped(em, ReleasedPerson.class, caller, f.townshipCode())
                .eq("status", f.status())
                .eq("placement", f.placement())
                .eq("minor", f.minor())
                .atLeast("releasedOn", f.from())
                .atMost("releasedOn", f.to())
                .eq("keyPerson", f.keyPerson());
        LocalDate today = today();
        if (f.supportPeriodEnding() != null) {
            // ReleasedRules.supportPeriodEnding: open and today ≥ supportPeriodEndsOn − warningDays
            String ending = "e.status <> :closedStatus AND e.supportPeriodEndsOn <= :endingBy";
            q.where(f.supportPeriodEnding() ? ending : "NOT (" + ending + ")",
                    Map.of("closedStatus", ReleasedStatus.CLOSED, "endingBy", today.plusDays(warningDays)));
        }
        if (f.connectionLate() != null) {
            // ReleasedRules.connectionLate: a key person whose connection (else close, else today) is after releasedOn
            String late = "e.keyPerson = true AND e.releasedOn < COALESCE(e.connectedOn, e.closedOn, :lateToday)";
            q.where(f.connectionLate() ? late : "NOT (" + late + ")", Map.of("lateToday", today));
        }
        if (f.idNumber() != null) {
            q.eq("idNumberHash", protection.searchHash(f.idNumber()));
        }
        return q.page(page, this::view);
    }

    private ReleasedView act(Caller caller, UUID id, String ifMatch, String action, String eventVerb,
                             Consumer<ReleasedPerson> change) {
        ReleasedPerson r = forChange(caller, id, ifMatch);
        ReleasedStatus next = ReleasedLifecycle.apply(action, r.status);
        change.accept(r);
        r.status = next;
        return publish(eventVerb, r);
    }

    /** The masked view (a county-admin's unmasked read is {@link #get(Caller, UUID, boolean, String)}). */
    @Override
    protected ReleasedView view(ReleasedPerson r) {
        return ReleasedView.of(r, today(), warningDays,
                protection.show(r.nameEncrypted, r.idNumberEncrypted, r.birthDate, false), true);
    }

    private void setPerson(ReleasedPerson r, String name, String idNumber) {
        PersonProtection.Stored p = protection.protect(name, idNumber);
        r.nameEncrypted = p.nameEncrypted();
        r.idNumberEncrypted = p.idNumberEncrypted();
        r.idNumberHash = p.idNumberHash();
        r.birthDate = IdNumbers.birthDate(idNumber);
    }
}
