package cn.justice.ruleoflaw.project;

import cn.justice.platform.record.RecordQuery;
import cn.justice.platform.record.RegisterStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;

/** Construction projects (建设项目); a county-wide one (no township) is a county record. */
@ApplicationScoped
public class ProjectService extends RegisterStore<Project, ProjectView, ProjectService.Fields,
        ProjectCreate, ProjectUpdate> {
    public static final Map<String, String> SORTABLE = PageRequest.sortable("createdAt", "completedOn", "investment",
            "kind", "updatedAt");

    public ProjectService() {
        super(Project.class, Project::new, "project", "rule-of-law.project.", "recorded",
                ProjectView::of, ProjectEventData::of);
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
    public interface Fields extends Body { ProjectKind kind(); String name(); BigDecimal investment(); LocalDate completedOn(); }

    @Override
    protected void check(Fields f, String townshipCode) {
        notFuture("completedOn", f.completedOn());
    }

    /** The investment is replaced only when its amount differs (an equal amount leaves the record unchanged). */
    @Override
    protected void edit(Project p, Fields f) {
        p.kind = f.kind();
        p.name = f.name().strip();
        BigDecimal investment = f.investment().setScale(2, RoundingMode.UNNECESSARY);
        if (p.investment == null || p.investment.compareTo(investment) != 0) {
            p.investment = investment;
        }
        p.completedOn = f.completedOn();
    }

    @Transactional
    public Page<ProjectView> list(Caller caller, Filter f, PageRequest page) {
        return listed(caller, f.townshipCode(), f.countyWide())
                .eq("kind", f.kind())
                .atLeast("completedOn", f.from())
                .atMost("completedOn", f.to())
                .page(page, ProjectView::of);
    }
}
