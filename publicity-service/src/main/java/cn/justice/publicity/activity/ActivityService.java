package cn.justice.publicity.activity;

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
import cn.justice.publicity.unit.UnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Publicity activities (法治宣传活动): planning, corrections, hold (actual figures), correction of the figures and
 * cancellation. Every change writes its {@code publicity.activity.*} event through the outbox in the same
 * transaction; each event carries the whole state, so a correction simply replaces the earlier figures downstream.
 */
@ApplicationScoped
public class ActivityService implements RecordService<ActivityView, ActivityCreate, ActivityUpdate> {
    public static final String EVENT_PREFIX = "publicity.activity.";
    public static final String WHAT = "activity";
    public static final Map<String, String> SORTABLE = sortable();

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    OrgDirectory orgs;
    @Inject
    UnitService units;

    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    Clock clock;

    /** 计划: a PLANNED activity organised by a responsible unit of the caller's county. */
    @Override
    @Transactional
    public Created<ActivityView> create(Caller caller, ActivityCreate req) {
        orgs.requireTownship("townshipCode", req.townshipCode());
        orgs.requireVillageOf("villageCode", req.villageCode(), req.townshipCode());
        String county = orgs.countyOf(req.townshipCode());
        TownshipScope.requireCreatable(caller, county, req.townshipCode());
        units.requireOrganizer(caller, "organizerUnitId", req.organizerUnitId());
        String fingerprint = Fingerprints.of(req);
        UUID id = req.id() != null ? req.id() : UUID.randomUUID();
        Activity existing = Records.repeatedCreate(em, Activity.class, req.id(), caller, fingerprint, WHAT);
        if (existing != null) {
            return new Created<>(ActivityView.of(existing), false);
        }
        Activity a = new Activity();
        a.id = id;
        a.countyCode = county;
        a.townshipCode = req.townshipCode();
        a.villageCode = req.villageCode();
        a.title = req.title().strip();
        a.theme = req.theme();
        a.heldOn = req.heldOn();
        a.venue = req.venue();
        a.format = req.format();
        a.targetGroups = ActivityRules.normalize(req.targetGroups());
        a.organizerUnitId = req.organizerUnitId();
        a.status = ActivityStatus.PLANNED;
        a.createdBy = caller.subject();
        a.createFingerprint = fingerprint;
        em.persist(a);
        em.flush();
        publish("planned", a);
        return new Created<>(ActivityView.of(a), true);
    }

    @Override
    @Transactional
    public ActivityView get(Caller caller, UUID id) {
        return ActivityView.of(Records.visible(em, Activity.class, id, caller, WHAT));
    }

    /** Corrects the editable fields; an unchanged record keeps its version and emits nothing. */
    @Override
    @Transactional
    public ActivityView update(Caller caller, UUID id, String ifMatch, ActivityUpdate req) {
        Activity a = lockVisible(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), a.version);
        ActivityLifecycle.apply(ActivityLifecycle.UPDATE, a.status);
        orgs.requireVillageOf("villageCode", req.villageCode(), a.townshipCode);
        ActivityRules.checkDateEdit(a.status, a.heldOn, req.heldOn());
        if (!req.organizerUnitId().equals(a.organizerUnitId)) {
            units.requireOrganizer(caller, "organizerUnitId", req.organizerUnitId());
        }
        long before = a.version;
        a.title = req.title().strip();
        a.theme = req.theme();
        a.heldOn = req.heldOn();
        a.villageCode = req.villageCode();
        a.venue = req.venue();
        a.format = req.format();
        var groups = ActivityRules.normalize(req.targetGroups());
        if (!groups.equals(a.targetGroups)) {
            a.targetGroups = groups;
        }
        a.organizerUnitId = req.organizerUnitId();
        em.flush();
        if (a.version != before) {
            publish("updated", a);
        }
        return ActivityView.of(a);
    }

    /** 开展: PLANNED → HELD with the actual date and figures. */
    @Transactional
    public ActivityView hold(Caller caller, UUID id, String ifMatch, ActivityActions.Hold req) {
        Activity a = lockVisible(caller, id, ifMatch);
        ActivityStatus next = ActivityLifecycle.apply(ActivityLifecycle.HOLD, a.status);
        ActivityRules.checkHeld(req.heldOn(), req.participants(), req.materialsDistributed(), today());
        a.status = next;
        setFigures(a, req);
        touch(a);
        em.flush();
        publish("held", a);
        return ActivityView.of(a);
    }

    /** 更正: a HELD activity's date and figures replaced; the indicators follow the latest figures. */
    @Transactional
    public ActivityView correct(Caller caller, UUID id, String ifMatch, ActivityActions.Hold req) {
        Activity a = lockVisible(caller, id, ifMatch);
        ActivityLifecycle.apply(ActivityLifecycle.CORRECT, a.status);
        ActivityRules.checkHeld(req.heldOn(), req.participants(), req.materialsDistributed(), today());
        setFigures(a, req);
        a.correctionCount++;
        a.correctedOn = today();
        touch(a);
        em.flush();
        publish("corrected", a);
        return ActivityView.of(a);
    }

    /** 取消: PLANNED → CANCELLED. */
    @Transactional
    public ActivityView cancel(Caller caller, UUID id, String ifMatch, ActivityActions.Cancel req) {
        Activity a = lockVisible(caller, id, ifMatch);
        a.status = ActivityLifecycle.apply(ActivityLifecycle.CANCEL, a.status);
        a.cancelledOn = today();
        a.cancelReason = req == null || req.reason() == null || req.reason().isBlank() ? null : req.reason().strip();
        touch(a);
        em.flush();
        publish("cancelled", a);
        return ActivityView.of(a);
    }

    @Transactional
    public Page<ActivityView> list(Caller caller, ActivityFilter filter, PageRequest page) {
        return ListQuery.scoped(em, Activity.class, caller, filter.townshipCode())
                .eq("status", filter.status())
                .eq("theme", filter.theme())
                .eq("venue", filter.venue())
                .eq("format", filter.format())
                .eq("organizerUnitId", filter.organizerUnitId())
                .atLeast("heldOn", filter.from())
                .atMost("heldOn", filter.to())
                .page(page, ActivityView::of);
    }

    @Override
    @Transactional
    public Changes<ActivityView> changes(Caller caller, ChangeCursor since, int limit) {
        return Records.changes(em, Activity.class, caller, since, limit, ActivityView::of);
    }

    private static void setFigures(Activity a, ActivityActions.Hold req) {
        a.heldOn = req.heldOn();
        a.participants = req.participants();
        a.materialsDistributed = req.materialsDistributed();
    }

    private Activity lockVisible(Caller caller, UUID id, String ifMatch) {
        return Records.forChange(em, Activity.class, id, caller, WHAT, ifMatch);
    }

    /** Every action is a change of the record: a new version and one event, even when no other field changes. */
    private static void touch(Activity a) {
        a.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private void publish(String verb, Activity a) {
        outbox.append(EVENT_PREFIX + verb, a.id, a.version, a.countyCode, a.townshipCode, ActivityEventData.of(a));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("heldOn", "heldOn");
        m.put("title", "title");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        m.put("status", "status");
        m.put("theme", "theme");
        m.put("venue", "venue");
        m.put("participants", "participants");
        m.put("materialsDistributed", "materialsDistributed");
        return m;
    }
}
