package cn.justice.demo.legalaid;

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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Legal aid (法律援助, legal-aid-service): workstations (the detention centre, the armed forces department, the court,
 * every township's justice office, public legal service stations), village legal advisors (村居法律顾问) reaching every
 * village by 2023, 165–230 applications a year through every channel (walk-in, 12348, online, workstations, forwarded by
 * the detention centre, notified by the court/procuratorate/police), nearly all decided within 7 days, eligible ones
 * granted (应援尽援), the others mostly denied with a reason, assigned and closed with the subsidy paid (第52条); some
 * denials objected to (第49条: upheld or corrected and then granted), some requested materials never supplied so that
 * the service's sweep deems the application withdrawn (第43条); consultations, notarial acts and the duty lawyers'
 * services (值班律师, 第30条) as batch entries. Draws added for the law's steps come from forked streams, so the
 * applications' other draws are the ones they were before.
 */
public final class LegalAidPlanner {
    static final String SERVICE = "legal-aid";
    static final String WORKSTATIONS = "/api/v1/legal-aid/workstations";
    static final String ADVISORS = "/api/v1/legal-aid/village-advisors";
    static final String APPLICATIONS = "/api/v1/legal-aid/applications";
    static final String CONSULTATIONS = "/api/v1/legal-aid/consultations";
    static final String NOTARIZATIONS = "/api/v1/legal-aid/notarizations";
    static final String DUTY_LAWYER_SERVICES = "/api/v1/legal-aid/duty-lawyer-services";

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Set<String> UNDECIDED_OR_OPEN = Set.of("RECEIVED", "UNDER_REVIEW", "MATERIALS_REQUESTED");

    private record Workstation(UUID id, String township, String kind, LocalDate openedOn, LocalDate closedOn) {
        boolean openOn(LocalDate d) {
            return !openedOn.isAfter(d) && (closedOn == null || closedOn.isAfter(d));
        }
    }

    /** A kind of case: type, matter, how likely it is and who tends to apply. */
    private record CaseKind(String caseType, String matter, int weight, String group) {
    }

    private static final List<CaseKind> CIVIL_KINDS = List.of(
            new CaseKind("CIVIL", "LABOR_RELATION_PAY", 20, "MIGRANT_WORKER"),
            new CaseKind("LABOR_ARBITRATION", "LABOR_RELATION_PAY", 10, "MIGRANT_WORKER"),
            new CaseKind("LABOR_ARBITRATION", "WORK_INJURY_DAMAGES", 5, "MIGRANT_WORKER"),
            new CaseKind("CIVIL", "WORK_INJURY_DAMAGES", 5, "MIGRANT_WORKER"),
            new CaseKind("CIVIL", "SUPPORT_PAYMENTS", 14, null),
            new CaseKind("CIVIL", "TRAFFIC_ACCIDENT_DAMAGES", 12, null),
            new CaseKind("CIVIL", "MEDICAL_DAMAGES", 3, null),
            new CaseKind("CIVIL", "SOCIAL_INSURANCE", 3, "ELDERLY"),
            new CaseKind("ADMINISTRATIVE", "SOCIAL_ASSISTANCE", 3, "SOCIAL_ASSISTANCE"),
            new CaseKind("NON_LITIGATION", "CAPACITY_DECLARATION", 2, "DISABLED"),
            new CaseKind("STATE_COMPENSATION", "STATE_COMPENSATION", 1, null),
            new CaseKind("CIVIL", "OTHER", 10, null),
            new CaseKind("CRIMINAL_VICTIM", "CRIMINAL", 8, null),
            new CaseKind("CIVIL", "PENSION_COMPENSATION", 1, "MILITARY_FAMILY"));

    private final PlanContext ctx;
    private final Ids ids;
    private final List<Workstation> workstations = new ArrayList<>();

    public LegalAidPlanner(PlanContext ctx) {
        this.ctx = ctx;
        this.ids = ctx.ids();
    }

    /** Applications received in {@code year}: about 165 in 2021, growing by ~8 a year to 230. */
    static int volume(Rng rng, int year) {
        return Timeline.wobble(rng, Math.min(230, 165 + 8 * (year - 2021)), 0.06);
    }

    public void plan(Plan plan) {
        workstations(plan);
        advisors(plan);
        applications(plan);
        consultations(plan);
        notarizations(plan);
        dutyLawyers(plan);
    }

    // ---------------------------------------------------------------------------------------------- workstations

    private void workstations(Plan plan) {
        Rng r = ctx.rng("legal-aid/workstations");
        Org.Township seat = ctx.org().seat();
        String c = ctx.county();
        station(plan, c + "看守所法律援助工作站", "DETENTION_CENTER", seat, LocalDate.of(2016, 5, 10), null);
        station(plan, c + "人民武装部法律援助工作站", "ARMED_FORCES_DEPT", seat, LocalDate.of(2017, 8, 1), null);
        station(plan, c + "人民法院法律援助工作站", "COURT", seat, LocalDate.of(2019, 3, 15), null);
        station(plan, c + "妇女联合会法律援助工作站", "OTHER", seat, LocalDate.of(2018, 3, 8), LocalDate.of(2023, 6, 30));
        List<Org.Township> townships = ctx.org().townships();
        for (int i = 0; i < townships.size(); i++) {
            Org.Township t = townships.get(i);
            // 依托司法所: most before the plan period, the last township's in 2022
            LocalDate opened = i == townships.size() - 1 ? LocalDate.of(2022, 4, 1).plusDays(r.nextInt(40))
                    : r.dateIn(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 10, 31));
            station(plan, t.name() + "司法所法律援助工作站", "JUSTICE_OFFICE", t, opened, null);
            station(plan, t.name() + "公共法律服务站", "PUBLIC_LEGAL_SERVICE_STATION", t,
                    t.urban() ? LocalDate.of(2020, 6, 1) : r.dateIn(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 12, 31)), null);
        }
    }

    private void station(Plan plan, String name, String kind, Org.Township t, LocalDate opened, LocalDate closed) {
        Workstation w = new Workstation(ids.of("workstation", name), t.code(), kind, opened, closed);
        workstations.add(w);
        plan.add(Plan.Phase.REGISTERS, Chain.create(SERVICE, "workstations", WORKSTATIONS, w.id, opened, Json.obj()
                .put("name", name).put("kind", kind).put("townshipCode", t.code()).put("openedOn", opened.toString())));
        if (closed != null) {
            plan.add(Plan.Phase.ENDINGS, Chain.existing(SERVICE, "workstations", WORKSTATIONS, w.id)
                    .action("close", closed, Json.obj().put("closedOn", closed.toString()).put("reason", "职能整合至县公共法律服务中心"), null));
        }
    }

    // ---------------------------------------------------------------------------------------------- village advisors

    /**
     * 村居法律顾问: three-year contracts; 70 % of the villages had one at the start of 2021, every village from 2023. A
     * contract ends on its last day and the next one (often the same lawyer) starts the day after.
     */
    private void advisors(Plan plan) {
        String[] firms = {ctx.county() + "正义律师事务所", ctx.county() + "明理律师事务所", ctx.county() + "彝海律师事务所"};
        for (Org.Village v : ctx.org().villages()) {
            Rng r = ctx.rng("legal-aid/advisor/" + v.code());
            LocalDate from = r.chance(0.7) ? LocalDate.of(2021, 1, 1)
                    : r.dateIn(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 12, 1));
            String name = People.name(r, 0).substring(0, 1) + "律师";
            String firm = r.pick(firms);
            for (int contract = 0; !from.isAfter(Timeline.HORIZON); contract++) {
                LocalDate to = LocalDate.of(from.getYear() + 2, 12, 31);
                UUID id = ids.of("advisor", v.code(), contract);
                LocalDate last = to;
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "village-advisors", ADVISORS, id, from, Json.obj()
                                .put("villageCode", v.code()).put("advisorName", name).put("firm", firm)
                                .put("from", from.toString()))
                        .action("end", last, Json.obj().put("to", last.toString()).put("reason", "合同期满"),
                                view -> !"ACTIVE".equals(Json.text(view, "status"))));
                from = to.plusDays(1);
                if (r.chance(0.3)) {
                    name = People.name(r, 0).substring(0, 1) + "律师";
                    firm = r.pick(firms);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- applications

    private void applications(Plan plan) {
        int[] weights = ctx.org().townships().stream().mapToInt(t -> t.urban() ? 30 : 14).toArray();
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("legal-aid/applications/" + year);
            int n = volume(rng, year);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("application/" + i);
                Org.Township t = r.weighted(ctx.org().townships(), weights);
                Chain chain = application(r, t, Timeline.seasonalDay(r, year), ids.of("application", year, i));
                plan.add(Plan.Phase.CASEWORK, chain);
                if (year == 2025) {
                    plan.expect("applications_received/2025", 1);
                }
            }
        }
    }

    private Chain application(Rng r, Org.Township t, LocalDate day, UUID id) {
        String channel = r.weighted(List.of("WALK_IN", "HOTLINE_12348", "ONLINE", "WORKSTATION", "DETENTION_FORWARDED",
                "AUTHORITY_NOTICE"), new int[]{33, 9, 10, 16, 8, 24});
        boolean criminal = "DETENTION_FORWARDED".equals(channel) || "AUTHORITY_NOTICE".equals(channel);
        CaseKind kind = criminal ? new CaseKind("CRIMINAL_DEFENSE", "CRIMINAL", 1, null)
                : r.weighted(CIVIL_KINDS, CIVIL_KINDS.stream().mapToInt(CaseKind::weight).toArray());
        boolean minorDefendant = criminal && r.chance(0.12);
        People.Person p = minorDefendant
                ? People.person(r, ctx.org().countyCode(), day.minusYears(18).plusDays(20), day.minusYears(14), 0.6, 0.9)
                : "ELDERLY".equals(kind.group)
                ? People.person(r, ctx.org().countyCode(), day.minusYears(85), day.minusYears(61), t.urban() ? 0.3 : 0.7, 0.5)
                : People.person(r, ctx.org().countyCode(), day.minusYears(59), day.minusYears(19), t.urban() ? 0.3 : 0.7,
                criminal ? 0.9 : 0.55);
        List<String> groups = new ArrayList<>();
        if (kind.group != null && !"ELDERLY".equals(kind.group) && r.chance(0.8)) {
            groups.add(kind.group);
        }
        if ("SUPPORT_PAYMENTS".equals(kind.matter) && r.chance(0.15)) {
            groups.add("DOMESTIC_VIOLENCE_VICTIM");
        }
        if (!criminal && r.chance(0.05)) {
            groups.add("DISABLED");
        }
        // 经济困难: verified at intake for most, declared by migrant workers (第42条 spares the check), sometimes not
        // claimed at all (then only 第32条 grounds make the matter eligible)
        String hardship = "AUTHORITY_NOTICE".equals(channel) ? "NOT_CLAIMED"
                : groups.contains("MIGRANT_WORKER") && r.chance(0.5) ? "CLAIMED"
                : r.weighted(List.of("VERIFIED", "CLAIMED", "NOT_CLAIMED"), new int[]{82, 8, 10});
        boolean noFixedIncome = groups.contains("DISABLED") && r.chance(0.5);
        boolean eligible = eligible(channel, kind, groups, noFixedIncome, hardship, minorDefendant);

        Workstation station = null;
        if ("WORKSTATION".equals(channel)) {
            station = pickStation(r, t.code(), day, Set.of("JUSTICE_OFFICE", "PUBLIC_LEGAL_SERVICE_STATION"));
            if (station == null) {
                channel = "WALK_IN";
            }
        } else if ("DETENTION_FORWARDED".equals(channel)) {
            station = pickStation(r, ctx.org().seat().code(), day, Set.of("DETENTION_CENTER"));
        }
        ObjectNode applicant = Json.obj()
                .put("name", p.name())
                .put("idNumber", p.idNumber())
                .put("phone", criminal ? null : p.phone());
        applicant.set("groups", Json.strings(groups));
        applicant.put("noFixedIncome", noFixedIncome);
        LocalDate received = day;
        LocalDate created = day;
        ObjectNode body = Json.obj();
        body.set("applicant", applicant);
        body.put("channel", channel)
                .put("workstationId", station == null ? null : station.id.toString())
                .put("townshipCode", t.code())
                .put("caseType", kind.caseType)
                .put("matter", kind.matter)
                .put("economicHardship", hardship)
                .put("mandatoryDefenseGround", minorDefendant ? "MINOR" : null);
        if (abuseExemption(kind, groups)) {
            // 法律援助法第32条第四项: the support claim arises from the abandonment or violence the applicant suffered
            body.put("hardshipExemption", "ABUSE_VICTIM");
        }
        if ("DETENTION_FORWARDED".equals(channel)) {
            // 监所转交: the detainee writes it in the morning, the detention centre forwards it within 24 h (nearly always)
            ZonedDateTime submitted = day.minusDays(1).atTime(9 + r.nextInt(3), r.nextInt(60)).atZone(CHINA);
            ZonedDateTime forwarded = submitted.plusHours(r.chance(0.95) ? 2 + r.nextInt(20) : 26 + r.nextInt(20));
            received = forwarded.toLocalDate();
            created = received.plusDays(1); // so the forwarding instant has passed whenever the plan is cut
            body.put("receivedOn", received.toString())
                    .put("submittedAt", submitted.toInstant().toString())
                    .put("forwardedAt", forwarded.toInstant().toString());
        } else {
            body.put("receivedOn", received.toString());
        }
        Chain chain = Chain.create(SERVICE, "applications", APPLICATIONS, id, created, body);
        LocalDate cursor = created;
        Rng law = r.fork("law");

        if ("AUTHORITY_NOTICE".equals(channel)) {
            // 通知辩护: granted on receipt; assigned within 3 days (第36条)
            LocalDate assigned = received.plusDays(r.nextInt(3));
            assign(chain, r, t, Timeline.max(assigned, cursor), false, kind);
            return close(chain, r, kind, Timeline.max(assigned, cursor));
        }
        LocalDate review = Timeline.max(cursor, received.plusDays(r.nextInt(2)));
        chain.action("review", review, Json.obj().put("on", review.toString()),
                v -> !"RECEIVED".equals(Json.text(v, "status")));
        cursor = review;
        int waiting = 0;
        if (r.chance(0.1)) {
            // 补充材料: the days waited do not count towards the 7-day deadline
            LocalDate asked = cursor.plusDays(r.nextInt(2));
            LocalDate got = asked.plusDays(2 + r.nextInt(9));
            waiting = (int) ChronoUnit.DAYS.between(asked, got);
            ObjectNode req = Json.obj();
            req.set("items", Json.strings(List.of(r.pick("经济困难状况说明表", "劳动合同或工资欠条", "交通事故责任认定书", "户口簿及身份证明"))));
            req.put("on", asked.toString());
            chain.action("request-materials", asked, req, v -> Json.size(v, "materialRequests") >= 1);
            if (law.chance(0.2)) {
                // 法律援助法第43条: the applicant never supplies them; a day past dueOn (15 days) the service's sweep,
                // on its own clock, deems the application withdrawn (视为撤回, withdrawnOn = dueOn + 1)
                return chain;
            }
            chain.action("materials-received", got, Json.obj().put("on", got.toString()),
                    v -> Json.size(v, "materialRequests") >= 1 && !"MATERIALS_REQUESTED".equals(Json.text(v, "status")));
            cursor = got;
        }
        if (r.chance(0.03)) {
            LocalDate on = cursor.plusDays(r.nextInt(4));
            return chain.action("withdraw", on, Json.obj().put("reason", "当事人已自行委托律师").put("on", on.toString()),
                    v -> !UNDECIDED_OR_OPEN.contains(Json.text(v, "status")));
        }
        boolean emergency = eligible && r.chance(0.02);
        if (emergency) {
            // 先行提供: the case cannot wait for the decision (a limitation period runs out)
            assign(chain, r, t, cursor, true, kind);
        }
        // the decision: within 7 days (excluding waiting days) nearly always; a few late ones
        boolean late = r.chance(0.025);
        LocalDate due = received.plusDays(7 + waiting);
        LocalDate decided = late ? due.plusDays(1 + r.nextInt(5)) : Timeline.min(due, cursor.plusDays(r.nextInt(5)));
        decided = Timeline.max(decided, cursor);
        boolean grant = eligible || ("OTHER".equals(kind.matter) && r.chance(0.4));
        if (!grant) {
            String reason = "OTHER".equals(kind.matter) ? "申请事项不属于法律援助范围"
                    : "NOT_CLAIMED".equals(hardship) ? "申请人未主张经济困难，不符合法律援助条件" : "经核查不符合经济困难标准";
            chain.action("deny", decided, Json.obj().put("decidedOn", decided.toString()).put("reason", reason),
                    v -> Json.present(v, "decidedOn") || Json.present(v, "objectedOn"));
            if (!law.chance(0.25)) {
                return chain;
            }
            // 法律援助法第49条: the applicant objects; the 司法行政部门 decides within 5 days, mostly upholding the denial
            LocalDate objected = decided.plusDays(1 + law.nextInt(10));
            LocalDate ruled = objected.plusDays(1 + law.nextInt(5));
            boolean corrected = law.chance(0.3);
            chain.action("object", objected, Json.obj().put("on", objected.toString()).put("reason", "申请人对不予法律援助决定有异议"),
                    v -> Json.present(v, "objectedOn"));
            chain.action("objection-decision", ruled, Json.obj().put("on", ruled.toString())
                    .put("result", corrected ? "CORRECTED" : "UPHELD"), v -> Json.present(v, "objectionDecidedOn"));
            if (!corrected) {
                return chain;
            }
            // corrected: reviewed again and granted within the new 7 days, then assigned and closed
            LocalDate regranted = ruled.plusDays(law.nextInt(5));
            chain.action("grant", regranted, Json.obj().put("decidedOn", regranted.toString())
                    .put("note", "异议成立，改为给予法律援助"), v -> "GRANTED".equals(Json.text(v, "decision")));
            LocalDate reassigned = regranted.plusDays(law.nextInt(3));
            assign(chain, law, t, reassigned, false, kind);
            return close(chain, law, kind, reassigned);
        }
        chain.action("grant", decided, Json.obj().put("decidedOn", decided.toString()).put("note", "符合法律援助条件"),
                v -> Json.present(v, "decidedOn"));
        LocalDate assigned = decided;
        if (!emergency) {
            assigned = decided.plusDays(r.nextInt(3));
            assign(chain, r, t, assigned, false, kind);
        }
        return close(chain, r, kind, assigned);
    }

    private void assign(Chain chain, Rng r, Org.Township t, LocalDate on, boolean emergency, CaseKind caseKind) {
        String drawn = r.weighted(List.of("LAWYER", "LEGAL_AID_STAFF", "GRASSROOTS_WORKER"), new int[]{60, 25, 15});
        // 法律援助法第25–26条: criminal defence only by a lawyer (one with 3 years' practice covers a life or death case)
        String kind = "CRIMINAL_DEFENSE".equals(caseKind.caseType) ? "LAWYER" : drawn;
        String surname = People.name(r, 0).substring(0, 1);
        ObjectNode provider = Json.obj().put("kind", kind);
        switch (kind) {
            case "LAWYER" -> provider.put("name", surname + "律师").put("org", r.pick(ctx.county() + "正义律师事务所",
                    ctx.county() + "明理律师事务所", ctx.county() + "彝海律师事务所"));
            case "LEGAL_AID_STAFF" -> provider.put("name", surname + "援助").put("org", ctx.county() + "法律援助中心");
            default -> provider.put("name", surname + "法律工作者").put("org", t.name() + "法律服务所");
        }
        if ("LAWYER".equals(kind)) {
            provider.put("yearsOfPractice", 5);
        }
        ObjectNode body = Json.obj();
        body.set("provider", provider);
        body.put("assignedOn", on.toString()).put("emergency", emergency);
        if (emergency) {
            body.put("emergencyGround", "LIMITATION_UNDER_7_DAYS"); // 法律援助法第44条
        }
        chain.action("assign", on, body, v -> Json.present(v, "assignedOn"));
    }

    private static Chain close(Chain chain, Rng r, CaseKind kind, LocalDate assigned) {
        LocalDate closed = assigned.plusDays(30 + r.nextInt(200));
        String outcome = "CRIMINAL_DEFENSE".equals(kind.caseType)
                ? r.weighted(List.of("PARTLY_WON", "WON", "LOST", "TERMINATED"), new int[]{55, 10, 33, 2})
                : r.weighted(List.of("WON", "PARTLY_WON", "SETTLED", "MEDIATED", "LOST", "TERMINATED"), new int[]{38, 20, 15, 20, 5, 2});
        // 法律援助法第52条: the subsidy by the county's standard, by kind of case (yuan, in hundreds)
        Rng pay = r.fork("subsidy");
        int hundreds = "CRIMINAL_DEFENSE".equals(kind.caseType) ? pay.between(15, 30)
                : "NON_LITIGATION".equals(kind.caseType) ? pay.between(5, 10) : pay.between(10, 25);
        if ("TERMINATED".equals(outcome)) {
            hundreds = hundreds / 2;
        }
        return chain.action("close", closed, Json.obj().put("closedOn", closed.toString()).put("outcome", outcome)
                        .put("subsidyAmount", new java.math.BigDecimal(hundreds * 100).setScale(2)),
                v -> Json.present(v, "closedOn"));
    }

    /**
     * 法律援助法第32条第四项: a victim of abandonment or domestic violence claiming support payments claims the exemption
     * from the hardship condition for that matter (the generator gives the group only with support claims).
     */
    static boolean abuseExemption(CaseKind kind, List<String> groups) {
        return groups.contains("DOMESTIC_VIOLENCE_VICTIM") && "SUPPORT_PAYMENTS".equals(kind.matter);
    }

    private Workstation pickStation(Rng r, String township, LocalDate day, Set<String> kinds) {
        List<Workstation> open = workstations.stream()
                .filter(w -> w.township.equals(township) && kinds.contains(w.kind) && w.openOn(day)).toList();
        return open.isEmpty() ? null : r.pick(open);
    }

    /**
     * The service's eligibility as this generator intends it (法律援助法: 第25/36条 mandatory; 第31条 matters or criminal
     * victims with hardship verified, or declared where 第42条 spares the check; 第32条 for a matter the exemption names,
     * claimed in the body). Used only to decide grant or deny; the service computes its own.
     */
    static boolean eligible(String channel, CaseKind kind, List<String> groups, boolean noFixedIncome, String hardship,
                            boolean minorDefendant) {
        if ("AUTHORITY_NOTICE".equals(channel) || minorDefendant) {
            return true;
        }
        boolean criminalDefense = "CRIMINAL_DEFENSE".equals(kind.caseType);
        // 第32条: the exemption only for the matter it names, and only when claimed (as the body does)
        boolean waived = !criminalDefense && abuseExemption(kind, groups);
        boolean scope = !"OTHER".equals(kind.matter) || criminalDefense;
        if (!scope && !waived) {
            return false;
        }
        if (waived || "VERIFIED".equals(hardship)) {
            return true;
        }
        boolean exempt = noFixedIncome && groups.contains("DISABLED")
                || groups.contains("SOCIAL_ASSISTANCE") || groups.contains("MILITARY_FAMILY")
                || groups.contains("MIGRANT_WORKER") && ("LABOR_RELATION_PAY".equals(kind.matter)
                || "WORK_INJURY_DAMAGES".equals(kind.matter));
        return exempt && "CLAIMED".equals(hardship);
    }

    // ---------------------------------------------------------------------------------------------- consultations

    /**
     * 法律咨询 as batch entries: each township's justice office (walk-ins) monthly, village advisors quarterly, the
     * county's 12348 hotline and online desk monthly — about 3,000–3,600 consultations a year.
     */
    private void consultations(Plan plan) {
        String[] topics = {"婚姻家庭", "劳动争议", "土地承包", "借贷纠纷", "交通事故", "继承", "房屋宅基地", "其他"};
        Org.Township seat = ctx.org().seat();
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            for (int month = 1; month <= 12; month++) {
                Rng r = ctx.rng("legal-aid/consultations/" + year + "/" + month);
                LocalDate last = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                for (Org.Township t : ctx.org().townships()) {
                    consultation(plan, r, "walk-in/" + t.code(), last.minusDays(r.nextInt(3)), "WALK_IN", t, null,
                            r.pick(topics), t.urban() ? r.between(50, 90) : r.between(18, 40));
                    if (month % 3 == 0) {
                        Org.Village v = r.pick(t.villages());
                        consultation(plan, r, "advisor/" + t.code(), last.minusDays(r.nextInt(5)), "VILLAGE_ADVISOR", t, v,
                                r.pick(topics), r.between(10, 30));
                    }
                }
                consultation(plan, r, "hotline", last, "HOTLINE_12348", seat, null, r.pick(topics), r.between(40, 80));
                consultation(plan, r, "online", last, "ONLINE", seat, null, r.pick(topics), r.between(15, 40));
            }
        }
    }

    private void consultation(Plan plan, Rng r, String key, LocalDate date, String channel, Org.Township t,
                              Org.Village v, String topic, int count) {
        UUID id = ids.of("consultation", date.getYear(), date.getMonthValue(), key);
        plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "consultations", CONSULTATIONS, id, date, Json.obj()
                .put("date", date.toString()).put("channel", channel).put("townshipCode", t.code())
                .put("villageCode", v == null ? null : v.code()).put("topic", topic).put("count", count)));
    }

    /** 公证: the county notary office's monthly figures per kind (county-wide entries). */
    private void notarizations(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            for (int month = 1; month <= 12; month++) {
                Rng r = ctx.rng("legal-aid/notarizations/" + year + "/" + month);
                LocalDate last = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                int[] counts = {r.between(15, 45), r.between(3, 12), r.nextInt(3), r.between(1, 6)};
                String[] kinds = {"CIVIL", "ECONOMIC", "FOREIGN_RELATED", "OTHER"};
                for (int k = 0; k < kinds.length; k++) {
                    if (counts[k] == 0) {
                        continue;
                    }
                    UUID id = ids.of("notarization", year, month, kinds[k]);
                    plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "notarizations", NOTARIZATIONS, id, last,
                            Json.obj().put("date", last.toString()).put("kind", kinds[k]).put("count", counts[k])));
                }
            }
        }
    }

    /**
     * 值班律师 (法律援助法第30条): the duty lawyers stationed at the county's detention centre, court and procuratorate,
     * monthly county-wide entries per place and kind — advice to suspects and defendants without a defender, witnessing
     * plea agreements (认罪认罚具结), other help; about 700–1,000 services a year.
     */
    private void dutyLawyers(Plan plan) {
        record Desk(String place, String kind, int lo, int hi) {
        }
        List<Desk> desks = List.of(new Desk("DETENTION_CENTER", "ADVICE", 25, 45), new Desk("DETENTION_CENTER", "PLEA_WITNESS", 8, 18),
                new Desk("COURT", "ADVICE", 6, 14), new Desk("PROCURATORATE", "PLEA_WITNESS", 10, 22),
                new Desk("PROCURATORATE", "OTHER", 0, 3));
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            for (int month = 1; month <= 12; month++) {
                Rng r = ctx.rng("legal-aid/duty-lawyers/" + year + "/" + month);
                LocalDate last = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
                for (Desk d : desks) {
                    int count = r.between(d.lo(), d.hi());
                    if (count == 0) {
                        continue;
                    }
                    UUID id = ids.of("duty-lawyer-service", year, month, d.place() + "/" + d.kind());
                    plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "duty-lawyer-services", DUTY_LAWYER_SERVICES, id,
                            last, Json.obj().put("date", last.toString()).put("place", d.place()).put("kind", d.kind())
                                    .put("count", count)));
                }
            }
        }
    }
}
