package cn.justice.demo;

import cn.justice.demo.correction.CorrectionPlanner;
import cn.justice.demo.legalaid.LegalAidPlanner;
import cn.justice.demo.mediation.MediationPlanner;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.PlanContext;
import cn.justice.demo.publicity.PublicityPlanner;
import cn.justice.demo.ruleoflaw.RuleOfLawPlanner;

import java.time.LocalDate;

/** The whole demo data set of the county for a seed, as far as {@code today}. A pure function: no I/O, no clock. */
public final class DemoPlan {
    /** The seed `make demo` uses unless told otherwise. */
    public static final long DEFAULT_SEED = 20210101L;

    private DemoPlan() {
    }

    public static Plan build(PlanContext ctx, LocalDate today) {
        Plan plan = new Plan(today);
        new MediationPlanner(ctx).plan(plan);
        new PublicityPlanner(ctx).plan(plan);
        new CorrectionPlanner(ctx).plan(plan);
        new LegalAidPlanner(ctx).plan(plan);
        new RuleOfLawPlanner(ctx).plan(plan);
        return plan;
    }
}
