package cn.justice.demo.mediation;

import cn.justice.demo.mediation.Roster.Committee;
import cn.justice.demo.mediation.Roster.Mediator;
import cn.justice.demo.mediation.Roster.Specialty;
import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Ids;
import cn.justice.demo.plan.Json;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.People;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.PlanContext;
import cn.justice.demo.plan.Rng;
import cn.justice.demo.plan.Timeline;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * People's mediation (人民调解, mediation-service): committees of every type in every township with their 规范化
 * assessments, mediators including 德古 (traditional mediators) appointed per five-year term with trainings, and the
 * committees' disputes (see {@link DisputePlanner}).
 */
public final class MediationPlanner {
    static final String SERVICE = "mediation";
    static final String COMMITTEES = "/api/v1/mediation/committees";
    static final String MEDIATORS = "/api/v1/mediation/mediators";

    /** The 规范化 checklist of mediation-service ({@code GET …/committees/standardization-criteria}). */
    static final List<String> CRITERIA = List.of("NAME_PLATE", "PREMISES", "RULES_DISPLAYED", "MIN_THREE_MEMBERS",
            "CASE_FILES_COMPLETE", "FILED_WITH_BUREAU");
    /** Assessment rounds (odd years) and the chance that a committee not yet standardized passes in each. */
    private static final Map<Integer, Double> ROUNDS = Map.of(2021, 0.68, 2023, 0.85, 2025, 0.9, 2027, 0.9, 2029, 0.9);
    private static final String[] TRAINING_TOPICS = {"人民调解法及调解技巧", "民法典婚姻家庭编", "农村土地承包纠纷调处",
            "矛盾纠纷排查与预警", "“德古+法律”调解实务", "调解文书制作规范", "道路交通事故纠纷调解", "劳动争议调解实务"};

    private final PlanContext ctx;
    private final Ids ids;
    private final Roster roster = new Roster();

    public MediationPlanner(PlanContext ctx) {
        this.ctx = ctx;
        this.ids = ctx.ids();
    }

    public void plan(Plan plan) {
        committees(plan);
        mediators(plan);
        new DisputePlanner(ctx, roster).plan(plan);
    }

    // ---------------------------------------------------------------------------------------------- committees

    private void committees(Plan plan) {
        Rng rng = ctx.rng("mediation/committees");
        String county = ctx.county();
        for (Org.Township t : ctx.org().townships()) {
            Rng r = rng.fork("committees/" + t.code());
            add(r, "TOWNSHIP", t, null, t.name() + "人民调解委员会", null, year(r, 2003, 2010), 7, 9, null); // 人民调解法第8条: 3 to 9
            Org.Village community = t.community();
            add(r, "COMMUNITY", t, community, community.name() + "人民调解委员会", null, year(r, 2006, 2014), 5, 9, null);
            for (Org.Village v : t.ruralVillages()) {
                add(r, "VILLAGE", t, v, v.name() + "人民调解委员会", null, year(r, 2004, 2016), 3, 7, null);
            }
            add(r, "POLICE_STATION", t, null, t.name() + "派出所驻所人民调解室", null,
                    t == ctx.org().townships().get(ctx.org().townships().size() - 1)
                            ? LocalDate.of(2022, 3, 15).plusDays(r.nextInt(20)) : year(r, 2016, 2020), 3, 5, null);
            if (t.urban()) {
                add(r, "COURT", t, null, county + "人民法院诉前人民调解室", null, year(r, 2017, 2018), 3, 5, null);
                add(r, "PROFESSIONAL", t, null, county + "医疗纠纷人民调解委员会", Specialty.MEDICAL, year(r, 2013, 2015), 5, 9, null);
                add(r, "PROFESSIONAL", t, null, county + "道路交通事故纠纷人民调解委员会", Specialty.TRAFFIC, year(r, 2015, 2017), 5, 7, null);
                add(r, "PROFESSIONAL", t, null, county + "劳动争议人民调解委员会", Specialty.LABOR, year(r, 2018, 2019), 5, 7, null);
                add(r, "PROFESSIONAL", t, null, county + "婚姻家庭纠纷人民调解委员会", Specialty.MARRIAGE_FAMILY,
                        LocalDate.of(2022, 5, 10).plusDays(r.nextInt(30)), 5, 7, null);
                add(r, "OTHER", t, null, county + "个体私营企业协会人民调解委员会", null, year(r, 2011, 2013), 3, 5,
                        LocalDate.of(2024, 6, 28));
            } else {
                // 人民法庭 in the bigger townships came in during the plan period
                add(r, "COURT", t, null, t.name() + "人民法庭驻庭调解室", null,
                        r.chance(0.5) ? year(r, 2019, 2020) : year(r, 2021, 2023), 3, 5, null);
                add(r, "PROFESSIONAL", t, null, t.name() + "土地林权纠纷人民调解委员会", Specialty.LAND, year(r, 2012, 2019), 5, 7, null);
                add(r, "OTHER", t, null, t.name() + "集贸市场人民调解委员会", null, year(r, 2014, 2020), 3, 5, null);
            }
        }
        for (Committee c : roster.committees) {
            plan.add(Plan.Phase.REGISTERS, committeeChain(rng.fork("assess/" + c.id), c));
            if (c.dissolvedOn != null) {
                plan.add(Plan.Phase.ENDINGS, Chain.existing(SERVICE, "committees", COMMITTEES, c.id)
                        .action("dissolve", c.dissolvedOn, Json.obj().put("dissolvedOn", Json.date(c.dissolvedOn))
                                .put("reason", "协会撤并，调解工作移交县人民调解委员会"), null));
            }
        }
    }

    private static LocalDate year(Rng r, int from, int to) {
        return r.dateIn(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private void add(Rng r, String type, Org.Township t, Org.Village v, String name, Specialty s, LocalDate established,
                     int minMembers, int maxMembers, LocalDate dissolvedOn) {
        LocalDate filed = established.plusDays(10 + r.nextInt(50));
        roster.committees.add(new Committee(ids.of("committee", t.code(), name), type, t, v, name, s, established,
                filed, r.between(minMembers, maxMembers), dissolvedOn));
    }

    private Chain committeeChain(Rng r, Committee c) {
        ObjectNode body = Json.obj()
                .put("name", c.name)
                .put("type", c.type)
                .put("townshipCode", c.township.code())
                .put("villageCode", c.village == null ? null : c.village.code())
                .put("establishedOn", Json.date(c.establishedOn))
                .put("filedOn", Json.date(c.filedOn))
                .put("memberCount", c.memberCount);
        Chain chain = Chain.create(SERVICE, "committees", COMMITTEES, c.id, c.establishedOn, body);
        // 规范化 assessment rounds: a committee is assessed in the first round at least six months after it was
        // set up, and again in later rounds until it meets every criterion
        boolean standardized = false;
        for (int year = 2021; year <= Timeline.HORIZON.getYear() && !standardized; year += 2) {
            LocalDate on = LocalDate.of(year, 5, 1).plusDays(r.nextInt(150));
            if (on.isBefore(c.establishedOn.plusMonths(6)) || (c.dissolvedOn != null && !on.isBefore(c.dissolvedOn))) {
                continue;
            }
            standardized = r.chance(ROUNDS.get(year));
            ObjectNode criteria = Json.obj();
            List<String> unmet = new ArrayList<>();
            if (!standardized) {
                unmet.add(r.pick(List.of("PREMISES", "RULES_DISPLAYED", "CASE_FILES_COMPLETE", "NAME_PLATE")));
                if (r.chance(0.3)) {
                    unmet.add("CASE_FILES_COMPLETE");
                }
            }
            for (String code : CRITERIA) {
                criteria.put(code, !unmet.contains(code));
            }
            String day = on.toString();
            chain.action("assess", on, Json.obj().put("assessedOn", day).set("criteria", criteria),
                    view -> Json.present(view, "assessment")
                            && day.compareTo(Json.text(view.get("assessment"), "assessedOn")) <= 0);
        }
        return chain;
    }

    // ---------------------------------------------------------------------------------------------- mediators

    /**
     * Seats per committee, filled for five-year terms (the term running in 2021 began with the 2019 换届); a seat
     * holder may leave mid-term and is replaced a little later; at the end of a term everyone retires and the new term
     * appoints again (most of them the same people).
     */
    private void mediators(Plan plan) {
        for (Committee c : roster.committees) {
            Rng r = ctx.rng("mediation/mediators/" + c.id);
            int seats = switch (c.type) {
                case "TOWNSHIP" -> r.between(4, 5);
                case "COMMUNITY", "PROFESSIONAL" -> r.between(3, 4);
                case "VILLAGE" -> r.between(2, 3);
                default -> 2;
            };
            boolean rural = !c.township.urban();
            LocalDate termStart = c.establishedOn.isBefore(LocalDate.of(2019, 3, 1))
                    ? LocalDate.of(2019, 3, 1).plusDays(r.nextInt(100))
                    : c.establishedOn.plusDays(r.nextInt(20));
            for (int seat = 0; seat < seats; seat++) {
                Rng s = r.fork("seat/" + seat);
                boolean traditional = rural && ("VILLAGE".equals(c.type) || "TOWNSHIP".equals(c.type)
                        || c.specialty == Specialty.LAND) && seat == 0 ? s.chance(0.8) : rural && s.chance(0.15);
                boolean fullTime = seat == 0 && !"VILLAGE".equals(c.type) && !"OTHER".equals(c.type);
                String name = People.name(s, traditional ? 1.0 : rural ? 0.6 : 0.2);
                LocalDate start = termStart;
                int term = 0;
                while (!start.isAfter(Timeline.HORIZON) && (c.dissolvedOn == null || start.isBefore(c.dissolvedOn))) {
                    LocalDate end = start.plusYears(5).minusDays(1);
                    LocalDate holderFrom = start;
                    int holder = 0;
                    while (true) {
                        LocalDate leaves = null;
                        // someone leaves mid-term now and then (moves away, too old)
                        if (s.chance(0.08) && holderFrom.plusDays(60).isBefore(end.minusDays(30))) {
                            leaves = s.dateIn(holderFrom.plusDays(60), end.minusDays(30));
                        }
                        LocalDate lastDay = leaves != null ? leaves : end;
                        if (c.dissolvedOn != null && !c.dissolvedOn.isAfter(lastDay)) {
                            lastDay = c.dissolvedOn;
                        }
                        Mediator m = new Mediator(ids.of("mediator", c.id, seat, term, holder), name, traditional,
                                fullTime, holderFrom, end, lastDay);
                        c.mediators.add(m);
                        plan.add(Plan.Phase.PEOPLE, mediatorChain(s, c, m));
                        plan.add(Plan.Phase.ENDINGS, Chain.existing(SERVICE, "mediators", MEDIATORS, m.id)
                                .action("retire", m.retiredOn, Json.obj().put("retiredOn", Json.date(m.retiredOn)), null));
                        if (lastDay.equals(end) || lastDay.equals(c.dissolvedOn)) {
                            break;
                        }
                        holderFrom = lastDay.plusDays(20 + s.nextInt(70));
                        if (!holderFrom.isBefore(end.minusDays(30))
                                || (c.dissolvedOn != null && !holderFrom.isBefore(c.dissolvedOn))) {
                            break;
                        }
                        name = People.name(s, traditional ? 1.0 : rural ? 0.6 : 0.2);
                        holder++;
                    }
                    start = end.plusDays(1);
                    term++;
                    if (s.chance(0.25)) { // not re-elected: a new person takes the seat
                        name = People.name(s, traditional ? 1.0 : rural ? 0.6 : 0.2);
                    }
                }
            }
        }
    }

    private Chain mediatorChain(Rng s, Committee c, Mediator m) {
        ObjectNode body = Json.obj()
                .put("name", m.name)
                .put("committeeId", c.id.toString())
                .put("kind", m.fullTime ? "FULL_TIME" : "PART_TIME")
                .put("traditional", m.traditional)
                .put("appointedOn", Json.date(m.appointedOn))
                .put("termEndsOn", Json.date(m.termEndsOn));
        Chain chain = Chain.create(SERVICE, "mediators", MEDIATORS, m.id, m.appointedOn, body);
        // the township's yearly training (培训): full-time mediators most years, part-time ones now and then
        int count = 0;
        for (int year = m.appointedOn.getYear(); year <= m.retiredOn.getYear(); year++) {
            Rng y = ctx.rng("mediation/training/" + c.township.code() + "/" + year);
            LocalDate day = LocalDate.of(year, 5, 10).plusDays(y.nextInt(140));
            String topic = y.pick(TRAINING_TOPICS);
            if (!m.appointedOn.isBefore(day) || !m.retiredOn.isAfter(day) || !s.chance(m.fullTime ? 0.6 : 0.12)) {
                continue;
            }
            int nth = ++count;
            String hours = s.pick("4.0", "6.0", "8.0", "8.0", "16.0");
            chain.action("train", day, Json.obj().put("date", day.toString()).put("hours", new java.math.BigDecimal(hours))
                    .put("topic", topic), view -> Json.size(view, "trainings") >= nth);
        }
        return chain;
    }
}
