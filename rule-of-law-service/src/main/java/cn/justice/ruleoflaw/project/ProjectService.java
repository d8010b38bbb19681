package cn.justice.ruleoflaw.project;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.persistence.CountyWideRecords;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.ruleoflaw.common.RegisterRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Construction projects (建设项目); a county-wide one (no township) is a county record. */
@ApplicationScoped
public class ProjectService extends RecordStore<Project, ProjectView, ProjectCreate, ProjectUpdate> {
    public static final String EVENT_PREFIX = "rule-of-law.project.";
    public static final String WHAT = "project";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("createdAt", "completedOn", "investment",
            "kind", "updatedAt");

    public ProjectService() {
        super(Project.class, WHAT, EVENT_PREFIX, ProjectView::of, ProjectEventData::of);
    }

    /** Filters of the list; from/to apply to completedOn. */
    public record Filter(String townshipCode, Boolean countyWide, ProjectKind kind, LocalDate from, LocalDate to) {
        static Filter of(RecordQuery q) {
            return new Filter(q.township(), q.bool("countyWide"), q.enumOf("kind", ProjectKind.class), q.from("completedOn"),
                    q.to("completedOn"));
        }
    }

    @Override
    protected boolean countyWide() {
        return true;
    }

    /** The editable fields, as create and update carry them. */
    public interface Fields { ProjectKind kind(); String name(); BigDecimal investment(); LocalDate completedOn(); }

    @Override
    @Transactional
    public Created<ProjectView> create(Caller caller, ProjectCreate req) {
        String county = CountyWideRecords.countyForCreate(caller, orgs, req.townshipCode(), WHAT);
        check(req);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "recorded",
                () -> edit(new Project(), req));
    }

    @Override
    @Transactional
    public ProjectView update(Caller caller, UUID id, String ifMatch, ProjectUpdate req) {
        return updateFields(caller, id, ifMatch, req.version(), p -> {
            check(req);
            edit(p, req);
        });
    }

    private void check(Fields f) {
        RegisterRules.notFuture("completedOn", f.completedOn(), today());
    }

    /** The investment is replaced only when its amount differs (an equal amount leaves the record unchanged). */
    private static Project edit(Project p, Fields f) {
        p.kind = f.kind();
        p.name = f.name().strip();
        BigDecimal investment = scaled(f.investment());
        if (p.investment == null || p.investment.compareTo(investment) != 0) {
            p.investment = investment;
        }
        p.completedOn = f.completedOn();
        return p;
    }

    private static BigDecimal scaled(BigDecimal wan) {
        return wan.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    @Transactional
    public Page<ProjectView> list(Caller caller, Filter f, PageRequest page) {
        return CountyWideRecords.list(em, Project.class, caller, f.townshipCode(), f.countyWide())
                .eq("kind", f.kind())
                .atLeast("completedOn", f.from())
                .atMost("completedOn", f.to())
                .page(page, ProjectView::of);
    }
}
