package cn.justice.publicity.activity;

import cn.justice.platform.web.Texts;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.publicity.common.Theme;
import cn.justice.publicity.unit.UnitService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publicity activities (法治宣传活动): planning, corrections, hold (actual figures), correction of the figures and
 * cancellation. Every change writes its {@code publicity.activity.*} event through the outbox in the same
 * transaction; each event carries the whole state, so a correction simply replaces the earlier figures downstream.
 */
@ApplicationScoped
public class ActivityService extends RecordStore<Activity, ActivityView, ActivityCreate, ActivityUpdate> {
    public static final String EVENT_PREFIX = "publicity.activity.";
    public static final String WHAT = "activity";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("heldOn", "title", "createdAt",
            "updatedAt", "status", "theme", "venue", "participants", "materialsDistributed");

    @Inject
    UnitService units;

    public ActivityService() {
        super(Activity.class, WHAT, EVENT_PREFIX, ActivityView::of, ActivityEventData::of);
    }

    /** The editable fields, as create and update carry them (the township is fixed at create). */
    public interface Fields {
        String title(); Theme theme(); LocalDate heldOn(); String villageCode(); Venue venue();
        ActivityFormat format(); List<TargetGroup> targetGroups(); UUID organizerUnitId();
    }

    /** 计划: a PLANNED activity organised by a responsible unit of the caller's county. */
    @Override
    @Transactional
    public Created<ActivityView> create(Caller caller, ActivityCreate req) {
        String county = countyForVillage(caller, req.townshipCode(), req.villageCode());
        units.requireOrganizer(caller, "organizerUnitId", req.organizerUnitId());
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "planned", () -> {
            Activity a = edit(new Activity(), req);
            a.status = ActivityStatus.PLANNED;
            return a;
        });
    }

    /** Corrects the editable fields; an unchanged record keeps its version and emits nothing. */
    @Override
    @Transactional
    public ActivityView update(Caller caller, UUID id, String ifMatch, ActivityUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), a -> {
            ActivityLifecycle.apply(ActivityLifecycle.UPDATE, a.status);
            orgs.requireVillageOf("villageCode", req.villageCode(), a.townshipCode);
            ActivityRules.checkDateEdit(a.status, a.heldOn, req.heldOn());
            if (!req.organizerUnitId().equals(a.organizerUnitId)) {
                units.requireOrganizer(caller, "organizerUnitId", req.organizerUnitId());
            }
            edit(a, req);
        });
    }

    /** The target groups are replaced only when they differ (equal groups leave the record unchanged). */
    private static Activity edit(Activity a, Fields f) {
        a.title = f.title().strip();
        a.theme = f.theme();
        a.heldOn = f.heldOn();
        a.villageCode = f.villageCode();
        a.venue = f.venue();
        a.format = f.format();
        var groups = ActivityRules.normalize(f.targetGroups());
        if (!groups.equals(a.targetGroups)) {
            a.targetGroups = groups;
        }
        a.organizerUnitId = f.organizerUnitId();
        return a;
    }

    /** 开展: PLANNED → HELD with the actual date and figures. */
    @Transactional
    public ActivityView hold(Caller caller, UUID id, String ifMatch, ActivityActions.Hold req) {
        Activity a = forChange(caller, id, ifMatch);
        ActivityStatus next = ActivityLifecycle.apply(ActivityLifecycle.HOLD, a.status);
        ActivityRules.checkHeld(req.heldOn(), req.participants(), req.materialsDistributed(), today());
        a.status = next;
        setFigures(a, req);
        return publishAction("held", a);
    }

    /** 更正: a HELD activity's date and figures replaced; the indicators follow the latest figures. */
    @Transactional
    public ActivityView correct(Caller caller, UUID id, String ifMatch, ActivityActions.Hold req) {
        Activity a = forChange(caller, id, ifMatch);
        ActivityLifecycle.apply(ActivityLifecycle.CORRECT, a.status);
        ActivityRules.checkHeld(req.heldOn(), req.participants(), req.materialsDistributed(), today());
        setFigures(a, req);
        a.correctionCount++;
        a.correctedOn = today();
        return publishAction("corrected", a);
    }

    /** 取消: PLANNED → CANCELLED. */
    @Transactional
    public ActivityView cancel(Caller caller, UUID id, String ifMatch, ActivityActions.Cancel req) {
        Activity a = forChange(caller, id, ifMatch);
        a.status = ActivityLifecycle.apply(ActivityLifecycle.CANCEL, a.status);
        a.cancelledOn = today();
        a.cancelReason = req == null ? null : Texts.stripToNull(req.reason());
        return publishAction("cancelled", a);
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

    private static void setFigures(Activity a, ActivityActions.Hold req) {
        a.heldOn = req.heldOn();
        a.participants = req.participants();
        a.materialsDistributed = req.materialsDistributed();
    }
}
