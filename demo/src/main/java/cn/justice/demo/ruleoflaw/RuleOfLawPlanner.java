package cn.justice.demo.ruleoflaw;

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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Rule-of-law government (法治政府建设, rule-of-law-service, DESIGN §13), at the volumes of a county the size of X县 as the
 * seed report's §（二） describes its work: 20–28 normative documents reviewed a year (审查规范性文件, an opinion within
 * the 15 working days nearly always, a quarter asking for amendments), 24–34 administrative reconsiderations a year
 * (行政复议: ~8 % not accepted, the rest decided, a few mediated, settled or withdrawn; ~1 in 7 decisions correct the
 * act), about 100 enforcement officers trained every year (≈ 1,100 学时) with the newcomers sitting the province's
 * certificate exam in October (~90 % pass, a failed candidate sits again the next year), enforcement inspections of
 * the agencies and townships, the selections of 2021/2023/2026 (人民监督员, 人民陪审员), 1–3 honours a year, the
 * construction projects of the seed's §（三） (video conferencing of four 司法所, new 司法所, the public legal service
 * centre, the command centre's upgrade) and three assistance villages (帮扶村) a year.
 */
public final class RuleOfLawPlanner {
    static final String SERVICE = "rule-of-law";
    static final String P = "/api/v1/rule-of-law/";
    static final String RECONSIDERATIONS = P + "reconsiderations";
    static final String REVIEWS = P + "document-reviews";
    static final String OFFICERS = P + "enforcement-officers";
    static final String INSPECTIONS = P + "enforcement-inspections";
    static final String SELECTIONS = P + "assessor-selections";
    static final String HONOURS = P + "honours";
    static final String PROJECTS = P + "projects";
    static final String ASSISTANCE = P + "assistance-villages";

    static final List<String> AGENCIES = List.of("市场监督管理局", "自然资源局", "交通运输局", "生态环境局", "住房和城乡建设局",
            "农业农村局", "应急管理局", "卫生健康局", "文化旅游局", "林业和草原局", "公安局", "人力资源和社会保障局");
    static final List<String> ACTION_TYPES = List.of("PENALTY", "PENALTY", "PENALTY", "COMPULSION", "LICENSING",
            "RESOURCE_RIGHTS", "RESOURCE_RIGHTS", "EXPROPRIATION", "WORK_INJURY", "INACTION", "INFORMATION_DISCLOSURE", "OTHER");
    static final List<String> TOPICS = List.of("行政处罚法", "行政许可法", "行政强制法", "行政复议法", "行政诉讼法",
            "行政执法“三项制度”", "法治政府建设实施纲要", "民法典与行政执法");

    private final PlanContext ctx;
    private final Ids ids;

    public RuleOfLawPlanner(PlanContext ctx) {
        this.ctx = ctx;
        this.ids = ctx.ids();
    }

    public void plan(Plan plan) {
        reviews(plan);
        reconsiderations(plan);
        officers(plan);
        inspections(plan);
        selections(plan);
        honours(plan);
        projects(plan);
        assistance(plan);
    }

    private String agency(Rng r) {
        return ctx.county() + r.pick(AGENCIES);
    }

    // ------------------------------------------------------------------------------------------- 合法性审查

    /** 规范性文件合法性审查: received, review started within 2 days, opinion in 4–20 days (due: 15 working days), filed. */
    private void reviews(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("rule-of-law/reviews/" + year);
            int n = rng.between(20, 28);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("review/" + i);
                LocalDate received = r.dateIn(LocalDate.of(year, 1, 6), LocalDate.of(year, 11, 30));
                String drafter = agency(r);
                Chain chain = Chain.create(SERVICE, "document-reviews", REVIEWS, ids.of("document-review", year, i), received,
                        Json.obj().put("title", ctx.county() + r.pick("城乡居民临时救助", "农村集体资产管理", "城市管理",
                                        "优化营商环境", "耕地保护", "安全生产责任", "政府投资项目管理",
                                        "行政执法公示") + r.pick("办法", "实施细则", "暂行规定", "若干措施"))
                                .put("draftingUnit", drafter).put("receivedOn", received.toString()));
                LocalDate started = received.plusDays(r.nextInt(3));
                chain.action("start-review", started, Json.obj().put("on", started.toString()),
                        v -> !"RECEIVED".equals(Json.text(v, "status")));
                // ~5 % take longer than the 15 working days (≈ 21 calendar days)
                LocalDate issued = started.plusDays(r.chance(0.05) ? 24 + r.nextInt(8) : 4 + r.nextInt(16));
                double p = r.nextDouble();
                String opinion = p < 0.72 ? "LAWFUL" : p < 0.96 ? "AMEND" : "UNLAWFUL";
                chain.action("issue-opinion", issued, Json.obj().put("opinion", opinion)
                                .put("opinionNo", ctx.county().substring(0, 1) + "司审〔" + year + "〕" + (i + 1) + "号")
                                .put("issuedOn", issued.toString()),
                        v -> Json.present(v, "opinionIssuedOn"));
                if (!"UNLAWFUL".equals(opinion)) {
                    // 三统一: registered, numbered and published, then filed (备案)
                    LocalDate published = issued.plusDays(7 + r.nextInt(25));
                    LocalDate filed = published.plusDays(r.nextInt(12));
                    chain.action("file", filed, Json.obj().put("registrationNo", "XDFG-" + year + "-" + String.format("%03d", i + 1))
                                    .put("documentNo", ctx.county().substring(0, 1) + "府规〔" + year + "〕" + (i + 1) + "号")
                                    .put("publishedOn", published.toString()).put("filedOn", filed.toString()),
                            v -> "FILED".equals(Json.text(v, "status")));
                }
                plan.add(Plan.Phase.CASEWORK, chain);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- 行政复议

    /**
     * 行政复议 (行政复议法 2023): applied within 60 days of knowing (第20条), acceptance decided within 1–4 days (第30条:
     * 5 working days), SIMPLE (30 days) or ORDINARY (60 days, sometimes extended once by 30, 第62条); decided, or ended by
     * mediation, settlement or withdrawal (terminate); a few decided after the period.
     */
    private void reconsiderations(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("rule-of-law/reconsiderations/" + year);
            int n = rng.between(24, 34);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("case/" + i);
                LocalDate applied = r.dateIn(LocalDate.of(year, 1, 8), LocalDate.of(year, 12, 20));
                LocalDate knew = applied.minusDays(3 + r.nextInt(50));
                People.Person applicant = People.person(r.fork("applicant"), ctx.org().countyCode(),
                        LocalDate.of(1955, 1, 1), LocalDate.of(2000, 12, 31), 0.4, 0.6);
                Chain chain = Chain.create(SERVICE, "reconsiderations", RECONSIDERATIONS, ids.of("reconsideration", year, i),
                        applied, Json.obj()
                                .<ObjectNode>set("applicant", Json.obj().put("name", applicant.name()).put("idNumber", applicant.idNumber())
                                        .put("phone", applicant.phone()))
                                .put("respondentAgency", agency(r)).put("actionType", r.pick(ACTION_TYPES))
                                .put("knewOn", knew.toString()).put("appliedOn", applied.toString()));
                LocalDate answered = applied.plusDays(1 + r.nextInt(4));
                if (r.chance(0.08)) {
                    chain.action("reject", answered, Json.obj().put("reason", r.pick("不属于行政复议范围", "超过法定申请期限且无正当理由",
                            "申请人与被申请行政复议的行政行为没有利害关系")).put("rejectedOn", answered.toString()),
                            v -> !"RECEIVED".equals(Json.text(v, "status")));
                    plan.add(Plan.Phase.CASEWORK, chain);
                    continue;
                }
                boolean simple = r.chance(0.3);
                chain.action("accept", answered, Json.obj().put("procedure", simple ? "SIMPLE" : "ORDINARY")
                        .put("acceptedOn", answered.toString()), v -> Json.present(v, "acceptedOn"));
                int period = simple ? 30 : 60;
                LocalDate closed;
                if (!simple && r.chance(0.08)) {
                    LocalDate on = answered.plusDays(45 + r.nextInt(12));
                    chain.action("extend", on, Json.obj().put("days", 30).put("reason", "案情重大、复杂，需要延长审理期限")
                            .put("on", on.toString()), v -> Json.present(v, "extensionDays"));
                    closed = on.plusDays(1 + r.nextInt(30)); // within the 90 days
                } else {
                    // ~3 % end after the period
                    closed = answered.plusDays(r.chance(0.03) ? period + 2 + r.nextInt(10) : 10 + r.nextInt(period - 10));
                }
                double p = r.nextDouble();
                if (p < 0.80) {
                    double d = r.nextDouble();
                    String decision = d < 0.62 ? "MAINTAIN" : d < 0.74 ? "DISMISS" : d < 0.84 ? "REVOKE" : d < 0.90 ? "CONFIRM_ILLEGAL"
                            : d < 0.95 ? "CHANGE" : d < 0.98 ? "ORDER_PERFORMANCE" : "CONFIRM_INVALID";
                    chain.action("decide", closed, Json.obj().put("decision", decision).put("decidedOn", closed.toString()),
                            v -> Json.present(v, "closedOn"));
                } else {
                    String how = p < 0.90 ? "mediate" : p < 0.96 ? "settle" : "terminate";
                    chain.action(how, closed, Json.obj().put("on", closed.toString()).put("note", switch (how) {
                        case "mediate" -> "经调解达成调解协议";
                        case "settle" -> "双方自愿达成和解";
                        default -> "申请人撤回行政复议申请";
                    }), v -> Json.present(v, "closedOn"));
                }
                plan.add(Plan.Phase.CASEWORK, chain);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- 行政执法人员

    /**
     * Enforcement officers: 90 in January 2021 (certified before), 10–16 newcomers each year from 2021 who sit the
     * province's certificate exam in October (~90 % pass; a failed one sits again the next October); each officer
     * trained most years (8–24 学时).
     */
    private void officers(Plan plan) {
        List<Org.Township> townships = ctx.org().townships();
        int index = 0;
        for (int year = Timeline.START.getYear() - 1; year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("rule-of-law/officers/" + year);
            int n = year < Timeline.START.getYear() ? 90 : rng.between(10, 16);
            for (int i = 0; i < n; i++, index++) {
                Rng r = rng.fork("officer/" + i);
                boolean initial = year < Timeline.START.getYear();
                LocalDate registered = initial ? LocalDate.of(Timeline.START.getYear(), 1, 4).plusDays(r.nextInt(10))
                        : r.dateIn(LocalDate.of(year, 2, 1), LocalDate.of(year, 8, 31));
                ObjectNode body = Json.obj().put("name", People.name(r.fork("name"), 0.4)).put("agency", agency(r));
                // one in four works in a township (综合行政执法)
                if (r.chance(0.25)) {
                    body.put("townshipCode", r.pick(townships).code());
                }
                if (initial) {
                    body.put("certificateNo", "51" + String.format("%06d", 100000 + index));
                }
                Chain chain = Chain.create(SERVICE, "enforcement-officers", OFFICERS, ids.of("enforcement-officer", year, i),
                        registered, body);
                List<LocalDate> steps = new ArrayList<>();
                int exams = 0;
                int trainings = 0;
                int firstYear = initial ? Timeline.START.getYear() : year;
                boolean certified = initial;
                for (int y = firstYear; y <= Timeline.HORIZON.getYear(); y++) {
                    Rng ry = r.fork("year/" + y);
                    // trained most years, in spring (before the exam)
                    if (ry.chance(0.8)) {
                        LocalDate on = Timeline.max(registered.plusDays(7), LocalDate.of(y, 3, 10).plusDays(ry.nextInt(60)));
                        if (on.getYear() == y) {
                            int nth = ++trainings;
                            chain.action("train", on, Json.obj().put("date", on.toString()).put("hours", 8 + 2 * ry.nextInt(9))
                                    .put("topic", ry.pick(TOPICS)), v -> Json.size(v, "trainings") >= nth);
                            steps.add(on);
                        }
                    }
                    if (!certified) {
                        LocalDate exam = LocalDate.of(y, 10, 12).plusDays(ry.nextInt(3));
                        boolean passed = ry.chance(0.9);
                        int score = passed ? 60 + ry.nextInt(38) : 35 + ry.nextInt(25);
                        int nth = ++exams;
                        chain.action("exam", exam, Json.obj().put("date", exam.toString()).put("passed", passed).put("score", score),
                                v -> Json.size(v, "exams") >= nth);
                        certified = passed;
                    }
                }
                plan.add(Plan.Phase.CASEWORK, chain);
            }
        }
    }

    // ------------------------------------------------------------------------------------------- 执法监督检查

    /** 执法监督检查: 8–14 a year, of county agencies and of the townships' 综合执法; most findings rectified. */
    private void inspections(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("rule-of-law/inspections/" + year);
            int n = rng.between(8, 14);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("inspection/" + i);
                LocalDate on = r.dateIn(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30));
                int findings = r.nextInt(9);
                ObjectNode body = Json.obj().put("inspectedOn", on.toString()).put("findings", findings)
                        .put("rectified", Math.max(0, findings - (r.chance(0.3) ? 1 + r.nextInt(2) : 0)));
                if (r.chance(0.35)) {
                    Org.Township t = r.pick(ctx.org().townships());
                    body.put("agency", t.name() + "综合行政执法办公室").put("townshipCode", t.code());
                } else {
                    body.put("agency", agency(r));
                }
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "enforcement-inspections", INSPECTIONS,
                        ids.of("enforcement-inspection", year, i), on, body));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- 选任

    /** 人民监督员 selected in 2021 and 2026, 人民陪审员 in 2023 (five-year terms), recorded when the selection ends. */
    private void selections(Plan plan) {
        selection(plan, "SUPERVISOR", 2021, 34, 14, LocalDate.of(2021, 6, 18));
        selection(plan, "JUROR", 2023, 168, 56, LocalDate.of(2023, 4, 20));
        selection(plan, "SUPERVISOR", 2026, 38, 15, LocalDate.of(2026, 6, 16));
        selection(plan, "JUROR", 2028, 175, 58, LocalDate.of(2028, 4, 18));
    }

    private void selection(Plan plan, String kind, int year, int candidates, int selected, LocalDate on) {
        plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "assessor-selections", SELECTIONS,
                ids.of("assessor-selection", kind, year), on, Json.obj().put("kind", kind).put("year", year)
                        .put("candidates", candidates).put("selected", selected)));
    }

    // ------------------------------------------------------------------------------------------- 荣誉

    /** 1–3 honours a year, mostly the county's and the province's judicial-administration system, a national one in 2022. */
    private void honours(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("rule-of-law/honours/" + year);
            List<String[]> list = new ArrayList<>();
            list.add(new String[]{"COUNTY", "全县目标绩效考核先进单位", ctx.county() + "司法局"});
            if (rng.chance(0.6)) {
                list.add(new String[]{"PROVINCE", "全省司法行政系统先进集体", ctx.county() + "司法局"});
            }
            if (rng.chance(0.4)) {
                Org.Township t = rng.pick(ctx.org().townships());
                list.add(new String[]{"COUNTY", "全县平安建设先进集体", t.name() + "司法所"});
            }
            if (year == 2022) {
                list.add(new String[]{"NATIONAL", "全国人民调解工作先进集体", ctx.org().seat().name() + "人民调解委员会"});
            }
            for (int i = 0; i < list.size(); i++) {
                String[] h = list.get(i);
                // conferred at the year-end review, recorded in the new year's first weeks
                LocalDate on = LocalDate.of(year + 1, 1, 10).plusDays(rng.nextInt(20));
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "honours", HONOURS, ids.of("honour", year, i), on,
                        Json.obj().put("level", h[0]).put("year", year).put("title", h[1]).put("awardee", h[2])));
            }
        }
    }

    // ------------------------------------------------------------------------------------------- 建设项目

    /** The seed report's §（三）: 司法所 video conferencing, new 司法所, the public legal service centre, the command centre. */
    private void projects(Plan plan) {
        List<Org.Township> rural = ctx.org().townships().stream().filter(t -> !t.urban()).toList();
        Rng rng = ctx.rng("rule-of-law/projects");
        int i = 0;
        for (int k = 0; k < Math.min(4, rural.size()); k++) {
            Org.Township t = rural.get(k);
            project(plan, i++, "VIDEO_CONFERENCE", t.name() + "司法所视频会议系统", wan(rng, 8, 15), LocalDate.of(2021, 9, 20).plusDays(k * 7), t.code());
        }
        for (int k = 0; k < Math.min(2, rural.size()); k++) {
            Org.Township t = rural.get(rural.size() - 1 - k);
            project(plan, i++, "JUSTICE_OFFICE", t.name() + "司法所业务用房", wan(rng, 80, 150), LocalDate.of(2022 + k, 11, 15), t.code());
        }
        project(plan, i++, "PUBLIC_LEGAL_SERVICE_CENTER", ctx.county() + "公共法律服务中心", wan(rng, 50, 80), LocalDate.of(2023, 6, 28), null);
        project(plan, i++, "COMMAND_CENTER", ctx.county() + "司法行政指挥中心升级改造", wan(rng, 100, 160), LocalDate.of(2024, 10, 30), null);
        for (Org.Township t : ctx.org().townships()) {
            if (t.urban()) {
                continue;
            }
            project(plan, i++, "PUBLIC_LEGAL_SERVICE_CENTER", t.name() + "公共法律服务工作站", wan(rng, 5, 12),
                    LocalDate.of(2025, 5, 10).plusDays(rng.nextInt(60)), t.code());
        }
        project(plan, i, "OTHER", ctx.county() + "社区矫正中心智慧矫正系统", wan(rng, 20, 40), LocalDate.of(2026, 9, 25), null);
    }

    private static BigDecimal wan(Rng r, int lo, int hi) {
        return BigDecimal.valueOf(lo * 100L + r.nextInt((hi - lo) * 100 + 1), 2).setScale(2, RoundingMode.HALF_UP);
    }

    private void project(Plan plan, int i, String kind, String name, BigDecimal investment, LocalDate completed, String township) {
        ObjectNode body = Json.obj().put("kind", kind).put("name", name).put("investment", investment)
                .put("completedOn", completed.toString());
        if (township != null) {
            body.put("townshipCode", township);
        }
        plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "projects", PROJECTS, ids.of("project", i), completed, body));
    }

    // ------------------------------------------------------------------------------------------- 帮扶

    /** 帮扶村: three rural villages (of three townships) every year, 2–4 驻村干部 each, 8–20 万元 of funds. */
    private void assistance(Plan plan) {
        List<Org.Village> villages = new ArrayList<>();
        for (Org.Township t : ctx.org().townships()) {
            if (!t.urban() && !t.ruralVillages().isEmpty() && villages.size() < 3) {
                villages.add(t.ruralVillages().get(t.ruralVillages().size() - 1));
            }
        }
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            for (Org.Village v : villages) {
                Rng r = ctx.rng("rule-of-law/assistance/" + year + "/" + v.code());
                LocalDate on = LocalDate.of(year, 3, 1).plusDays(r.nextInt(25));
                UUID id = ids.of("assistance-village", year, v.code());
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "assistance-villages", ASSISTANCE, id, on,
                        Json.obj().put("villageCode", v.code()).put("year", year).put("cadres", r.between(2, 4))
                                .put("funds", wan(r, 8, 20))));
            }
        }
    }
}
