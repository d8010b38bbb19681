package cn.justice.publicity.unit;

import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register of 谁执法谁普法 responsible units: county records, written by county-admin and integration; a township
 * officer reads them (it names them as organisers of its activities) but may not change them (403). Every change
 * writes its {@code publicity.responsible-unit.*} event through the outbox in the same transaction.
 */
@ApplicationScoped
public class UnitService extends RecordStore<ResponsibleUnit, UnitView, UnitCreate, UnitUpdate> {
    public static final String EVENT_PREFIX = "publicity.responsible-unit.";
    public static final String WHAT = "responsible unit";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("name", "kind", "createdAt", "updatedAt");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public UnitService() {
        super(ResponsibleUnit.class, WHAT, EVENT_PREFIX, UnitView::of, u -> UnitEventData.of(u, null));
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** 登记: a county record of the caller's county (county-admin and integration only). */
    @Override
    @Transactional
    public Created<UnitView> create(Caller caller, UnitCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, null, WHAT);
        return createOnce(caller, req.id(), req, county, null, "registered", () -> {
            ResponsibleUnit u = new ResponsibleUnit();
            u.name = req.name().strip();
            u.kind = req.kind();
            return u;
        });
    }

    /** The unit an activity names as organiser: it must exist in the caller's county (else 400 on the field). */
    public ResponsibleUnit requireOrganizer(Caller caller, String field, UUID id) {
        ResponsibleUnit u = id == null ? null : em.find(ResponsibleUnit.class, id);
        if (u == null || !u.countyCode.equals(caller.countyCode())) {
            throw ProblemException.invalid(field, "no responsible unit " + id + " in county " + caller.countyCode());
        }
        return u;
    }

    @Override
    @Transactional
    public UnitView update(Caller caller, UUID id, String ifMatch, UnitUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), u -> {
            u.name = req.name().strip();
            u.kind = req.kind();
        });
    }

    /** Sets (replaces) the plan of one year; an unchanged plan keeps the version and emits nothing. */
    @Transactional
    public UnitView planYear(Caller caller, UUID id, int year, String ifMatch, YearPlanBody req) {
        checkYear(year);
        ResponsibleUnit u = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), u.version);
        List<String> items = req.items().stream().map(String::strip).toList();
        ResponsibleUnit.YearPlan plan = new ResponsibleUnit.YearPlan(year, items, req.plannedActivities());
        if (plan.equals(u.year(year))) {
            return view(u);
        }
        List<ResponsibleUnit.YearPlan> years = new ArrayList<>(u.years.stream().filter(y -> y.year() != year).toList());
        years.add(plan);
        years.sort(Comparator.comparingInt(ResponsibleUnit.YearPlan::year));
        u.years = years;
        return publishAction("year-planned", u, changed -> UnitEventData.of(changed, year));
    }

    /** The year's plan against the HELD activities the unit organised with heldOn in that year. */
    @Transactional
    public YearProgress yearProgress(Caller caller, UUID id, int year) {
        checkYear(year);
        ResponsibleUnit u = visible(caller, id);
        Number held = (Number) em.createNativeQuery("SELECT count(*) FROM activity WHERE organizer_unit_id = ?1 "
                        + "AND status = 'HELD' AND held_on BETWEEN ?2 AND ?3")
                .setParameter(1, id).setParameter(2, LocalDate.of(year, 1, 1)).setParameter(3, LocalDate.of(year, 12, 31))
                .getSingleResult();
        ResponsibleUnit.YearPlan plan = u.year(year);
        return new YearProgress(u.id, year, plan != null, plan == null ? List.of() : plan.items(),
                plan == null ? 0 : plan.plannedActivities(), held.longValue(), u.version);
    }

    /** Filters of the list: the kind, and a part of the name (case-insensitive). */
    public record Filter(UnitKind kind, String name) {
        static Filter of(RecordQuery q) {
            return new Filter(q.enumOf("kind", UnitKind.class), q.text("name", "Part of the name", "公安"));
        }
    }

    @Transactional
    public Page<UnitView> list(Caller caller, Filter f, PageRequest page) {
        var q = listed(caller, null, null).eq("kind", f.kind());
        if (f.name() != null) {
            q.where("lower(e.name) LIKE :name", Map.of("name", "%" + f.name().strip().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        }
        return q.page(page, this::view);
    }

    public static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalid("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
    }
}
