package cn.justice.demo.publicity;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Ids;
import cn.justice.demo.plan.Json;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.PlanContext;
import cn.justice.demo.plan.Rng;
import cn.justice.demo.plan.Timeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Legal publicity (法治宣传, publicity-service): the 谁执法谁普法 responsible units with their yearly lists, about 220
 * activities a year across the seven venues of 法律七进 in every township (key days: 国际禁毒日 26 June, 国家宪法日
 * 4 December), a few cancelled and a few corrected after the fact, SMS campaigns (普法短信) and the yearly
 * awareness survey (知晓率/满意率) of every township.
 */
public final class PublicityPlanner {
    static final String SERVICE = "publicity";
    static final String UNITS = "/api/v1/publicity/responsible-units";
    static final String ACTIVITIES = "/api/v1/publicity/activities";
    static final String SMS = "/api/v1/publicity/sms-campaigns";
    static final String SURVEYS = "/api/v1/publicity/surveys";

    static final List<String> VENUES = List.of("ORGAN", "VILLAGE", "COMMUNITY", "SCHOOL", "ENTERPRISE", "UNIT",
            "RELIGIOUS_VENUE");
    private static final Map<String, String> VENUE_ZH = Map.of("ORGAN", "进机关", "VILLAGE", "进乡村", "COMMUNITY", "进社区",
            "SCHOOL", "进学校", "ENTERPRISE", "进企业", "UNIT", "进单位", "RELIGIOUS_VENUE", "进宗教活动场所");
    private static final Map<String, String> THEME_ZH = Map.of("CONSTITUTION", "宪法", "CIVIL_CODE", "民法典",
            "ANTI_FRAUD", "反电信网络诈骗", "ANTI_DRUG", "禁毒", "MINORS", "未成年人保护", "RURAL", "乡村振兴法律",
            "SAFETY", "安全生产", "PARTY_REGULATIONS", "党内法规", "OTHER", "劳动法律法规");
    /** Extra activities per venue beyond the one each township holds at each venue (weights). */
    private static final int[] EXTRA_VENUE_WEIGHTS = {8, 30, 18, 22, 8, 8, 6};

    private record Unit(UUID id, String name, String kind, List<String> themes) {
    }

    private final PlanContext ctx;
    private final Ids ids;
    private final List<Unit> units = new ArrayList<>();
    /** (unit id, year) → activities planned for that unit in that year. */
    private final Map<String, Integer> perUnitYear = new LinkedHashMap<>();

    public PublicityPlanner(PlanContext ctx) {
        this.ctx = ctx;
        this.ids = ctx.ids();
    }

    public void plan(Plan plan) {
        defineUnits();
        activities(plan);
        unitChains(plan);
        sms(plan);
        surveys(plan);
    }

    private void defineUnits() {
        String c = ctx.county();
        unit(c + "司法局", "JUSTICE", "CONSTITUTION", "CIVIL_CODE", "RURAL");
        unit(c + "人民法院", "COURT", "CIVIL_CODE", "MINORS");
        unit(c + "人民检察院", "PROCURATORATE", "MINORS", "CONSTITUTION");
        unit(c + "公安局", "POLICE", "ANTI_FRAUD", "ANTI_DRUG", "SAFETY");
        unit(c + "禁毒委员会办公室", "ADMIN_AGENCY", "ANTI_DRUG");
        unit(c + "教育体育局", "ADMIN_AGENCY", "MINORS", "SAFETY");
        unit(c + "市场监督管理局", "ADMIN_AGENCY", "OTHER", "SAFETY");
        unit(c + "人力资源和社会保障局", "ADMIN_AGENCY", "OTHER");
        unit(c + "自然资源局", "ADMIN_AGENCY", "RURAL");
        unit(c + "应急管理局", "ADMIN_AGENCY", "SAFETY");
        unit(c + "纪委监委", "OTHER", "PARTY_REGULATIONS");
        unit(c + "民族中学", "SCHOOL", "MINORS", "ANTI_DRUG");
        unit(c + "农村信用合作联社", "ENTERPRISE", "ANTI_FRAUD");
        unit(c + "妇女联合会", "OTHER", "CIVIL_CODE", "MINORS");
    }

    private void unit(String name, String kind, String... themes) {
        units.add(new Unit(ids.of("responsible-unit", name), name, kind, List.of(themes)));
    }

    // ---------------------------------------------------------------------------------------------- activities

    private void activities(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("publicity/activities/" + year);
            int i = 0;
            // every township at every venue of 法律七进 most years (coverage grows from ~85 % to ~97 %)
            double cover = Math.min(0.97, 0.85 + 0.03 * (year - 2021));
            for (Org.Township t : ctx.org().townships()) {
                for (String venue : VENUES) {
                    Rng r = rng.fork("covered/" + t.code() + "/" + venue);
                    if (r.chance(cover)) {
                        activity(plan, r, year, i++, t, venue, r.dateIn(LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30)), null);
                    }
                }
                // the key days in every township
                activity(plan, rng.fork("drugs/" + t.code()), year, i++, t, rng.fork("drugs-venue/" + t.code()).pick("SCHOOL", "VILLAGE", "COMMUNITY"),
                        LocalDate.of(year, 6, 26), "ANTI_DRUG");
                activity(plan, rng.fork("constitution/" + t.code()), year, i++, t, rng.fork("constitution-venue/" + t.code()).pick("ORGAN", "SCHOOL", "VILLAGE", "COMMUNITY"),
                        LocalDate.of(year, 12, 4), "CONSTITUTION");
            }
            int extra = Timeline.wobble(rng, 170, 0.1);
            int[] townshipWeights = ctx.org().townships().stream().mapToInt(t -> t.urban() ? 3 : 2).toArray();
            for (int e = 0; e < extra; e++) {
                Rng r = rng.fork("extra/" + e);
                Org.Township t = r.weighted(ctx.org().townships(), townshipWeights);
                activity(plan, r, year, i++, t, r.weighted(VENUES, EXTRA_VENUE_WEIGHTS), Timeline.seasonalDay(r, year), null);
            }
        }
    }

    private void activity(Plan plan, Rng r, int year, int index, Org.Township t, String venue, LocalDate planned, String theme) {
        String th = theme != null ? theme : theme(r, venue);
        Unit organizer = organizer(r, th);
        String format = format(r, venue);
        Org.Village place = switch (venue) {
            case "VILLAGE" -> r.pick(t.ruralVillages());
            case "COMMUNITY" -> t.community();
            default -> null;
        };
        UUID id = ids.of("activity", year, index);
        ObjectNode body = Json.obj()
                .put("title", THEME_ZH.get(th) + "宣传" + VENUE_ZH.get(venue) + "（" + (place != null ? place.name() : t.name()) + "）")
                .put("theme", th)
                .put("heldOn", planned.toString())
                .put("townshipCode", t.code())
                .put("villageCode", place == null ? null : place.code())
                .put("venue", venue)
                .put("format", format)
                .put("organizerUnitId", organizer.id.toString());
        body.set("targetGroups", Json.strings(targets(r, venue)));
        Chain chain = Chain.create(SERVICE, "activities", ACTIVITIES, id, planned, body);
        if (r.chance(0.04)) {
            chain.action("cancel", planned, Json.obj().put("reason", r.pick("天气原因", "与防汛工作时间冲突", "场地临时调整")),
                    view -> !"PLANNED".equals(Json.text(view, "status")));
        } else {
            LocalDate held = r.chance(0.8) ? planned : planned.plusDays(1 + r.nextInt(3));
            if (held.getYear() != planned.getYear()) {
                held = planned;
            }
            int participants = participants(r, format);
            int materials = materials(r, format, participants);
            chain.action("hold", held, figures(held, participants, materials),
                    view -> !"PLANNED".equals(Json.text(view, "status")));
            if (r.chance(0.03)) {
                // figures corrected after the fact (a second sign-in sheet turned up); the indicators follow
                LocalDate on = held.plusDays(5 + r.nextInt(25));
                chain.action("correct", on, figures(held, (int) Math.round(participants * (1.1 + 0.1 * r.nextDouble())),
                        materials + r.nextInt(100)), view -> view.path("correctionCount").asInt() >= 1);
            }
            perUnitYear.merge(organizer.id + "/" + planned.getYear(), 1, Integer::sum);
        }
        plan.add(Plan.Phase.CASEWORK, chain);
    }

    private static ObjectNode figures(LocalDate held, int participants, int materials) {
        return Json.obj().put("heldOn", held.toString()).put("participants", participants)
                .put("materialsDistributed", materials);
    }

    private static String theme(Rng r, String venue) {
        return switch (venue) {
            case "ORGAN" -> r.pick("CONSTITUTION", "PARTY_REGULATIONS", "CIVIL_CODE");
            case "VILLAGE" -> r.pick("RURAL", "CIVIL_CODE", "ANTI_DRUG", "ANTI_FRAUD", "SAFETY");
            case "COMMUNITY" -> r.pick("ANTI_FRAUD", "CIVIL_CODE", "ANTI_DRUG", "CONSTITUTION");
            case "SCHOOL" -> r.pick("MINORS", "ANTI_DRUG", "SAFETY", "CONSTITUTION", "ANTI_FRAUD");
            case "ENTERPRISE" -> r.pick("SAFETY", "OTHER", "CIVIL_CODE", "ANTI_FRAUD");
            case "UNIT" -> r.pick("CONSTITUTION", "PARTY_REGULATIONS", "CIVIL_CODE");
            default -> r.pick("CONSTITUTION", "ANTI_DRUG", "CIVIL_CODE");
        };
    }

    private static String format(Rng r, String venue) {
        return switch (venue) {
            case "ORGAN", "UNIT" -> r.pick("LECTURE", "TRAINING", "ONLINE", "CASE_EXPLANATION");
            case "VILLAGE" -> r.pick("STALL", "PERFORMANCE", "CASE_EXPLANATION", "LECTURE", "STALL");
            case "COMMUNITY" -> r.pick("STALL", "LECTURE", "PERFORMANCE", "ONLINE");
            case "SCHOOL" -> r.pick("LECTURE", "CASE_EXPLANATION", "PERFORMANCE", "OTHER");
            case "ENTERPRISE" -> r.pick("LECTURE", "TRAINING", "CASE_EXPLANATION");
            default -> r.pick("LECTURE", "STALL");
        };
    }

    private static List<String> targets(Rng r, String venue) {
        return switch (venue) {
            case "ORGAN" -> r.chance(0.5) ? List.of("LEADING_CADRES", "CIVIL_SERVANTS") : List.of("CIVIL_SERVANTS");
            case "VILLAGE" -> r.chance(0.3) ? List.of("FARMERS", "MIGRANTS") : List.of("FARMERS");
            case "COMMUNITY", "RELIGIOUS_VENUE" -> List.of("GENERAL_PUBLIC");
            case "SCHOOL" -> List.of("YOUTH");
            case "ENTERPRISE" -> r.chance(0.5) ? List.of("BUSINESS_MANAGERS", "MIGRANTS") : List.of("BUSINESS_MANAGERS");
            default -> List.of("CIVIL_SERVANTS");
        };
    }

    private Unit organizer(Rng r, String theme) {
        List<Unit> fitting = units.stream().filter(u -> u.themes.contains(theme)).toList();
        return fitting.isEmpty() ? units.get(0) : r.pick(fitting);
    }

    private static int participants(Rng r, String format) {
        return switch (format) {
            case "LECTURE" -> r.between(40, 300);
            case "STALL" -> r.between(100, 600);
            case "PERFORMANCE" -> r.between(200, 1200);
            case "ONLINE" -> r.between(300, 3000);
            case "CASE_EXPLANATION" -> r.between(30, 150);
            case "TRAINING" -> r.between(20, 120);
            default -> r.between(50, 300);
        };
    }

    private static int materials(Rng r, String format, int participants) {
        return switch (format) {
            case "ONLINE" -> 0;
            case "STALL", "PERFORMANCE" -> (int) Math.round(participants * (0.8 + r.nextDouble()));
            default -> (int) Math.round(participants * (0.3 + 0.7 * r.nextDouble()));
        };
    }

    // ---------------------------------------------------------------------------------------------- units

    /** Each unit with its yearly 普法责任清单, planned activities a little above what it then organised. */
    private void unitChains(Plan plan) {
        LocalDate registered = LocalDate.of(2021, 1, 4);
        for (Unit u : units) {
            Rng r = ctx.rng("publicity/unit/" + u.id);
            Chain chain = Chain.create(SERVICE, "responsible-units", UNITS, u.id, registered,
                    Json.obj().put("name", u.name).put("kind", u.kind));
            for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
                int held = perUnitYear.getOrDefault(u.id + "/" + year, 0);
                List<String> items = new ArrayList<>();
                for (String theme : u.themes) {
                    items.add("开展" + THEME_ZH.get(theme) + "主题宣传");
                }
                items.add("落实以案释法制度");
                int y = year;
                ObjectNode body = Json.obj();
                body.set("items", Json.strings(items));
                body.put("plannedActivities", Math.max(2, (int) Math.round(held * (0.95 + 0.2 * r.nextDouble()))));
                chain.put("years/" + year, LocalDate.of(year, 1, 10), body, view -> hasYear(view, y));
            }
            plan.add(Plan.Phase.REGISTERS, chain);
        }
    }

    private static boolean hasYear(JsonNode view, int year) {
        for (JsonNode y : view.path("years")) {
            if (y.path("year").asInt() == year) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- SMS, surveys

    private void sms(Plan plan) {
        String[] countyThemes = {"ANTI_FRAUD", "ANTI_DRUG", "CONSTITUTION", "CIVIL_CODE", "SAFETY", "MINORS"};
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("publicity/sms/" + year);
            int county = rng.between(10, 16);
            for (int i = 0; i < county; i++) {
                Rng r = rng.fork("county/" + i);
                LocalDate on = LocalDate.of(year, 1 + (i * 12 / county), 1).plusDays(r.nextInt(28));
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "sms-campaigns", SMS, ids.of("sms", year, "county", i), on,
                        Json.obj().put("sentOn", on.toString())
                                .put("messagesSent", r.between(60, 140) * 1000).put("theme", r.pick(countyThemes))));
            }
            for (Org.Township t : ctx.org().townships()) {
                Rng r = rng.fork("township/" + t.code());
                int n = r.between(1, 3);
                for (int i = 0; i < n; i++) {
                    LocalDate on = r.dateIn(LocalDate.of(year, 1, 15), LocalDate.of(year, 12, 20));
                    plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "sms-campaigns", SMS, ids.of("sms", year, t.code(), i), on,
                            Json.obj().put("sentOn", on.toString()).put("townshipCode", t.code())
                                    .put("messagesSent", r.between(3, 20) * 1000).put("theme", r.pick(countyThemes))));
                }
            }
        }
    }

    /** 普法知晓率/满意率: surveyed in November, awareness rising from ~87 % toward 96 %. */
    private void surveys(Plan plan) {
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            for (Org.Township t : ctx.org().townships()) {
                Rng r = ctx.rng("publicity/survey/" + year + "/" + t.code());
                LocalDate on = LocalDate.of(year, 11, 5).plusDays(r.nextInt(20));
                int respondents = r.between(200, 500);
                double aware = Math.min(0.97, 0.87 + 0.018 * (year - 2021)) + (r.nextDouble() - 0.5) * 0.03;
                double satisfied = Math.min(0.98, 0.89 + 0.015 * (year - 2021)) + (r.nextDouble() - 0.5) * 0.03;
                plan.add(Plan.Phase.CASEWORK, Chain.create(SERVICE, "surveys", SURVEYS, ids.of("survey", year, t.code()), on,
                        Json.obj().put("year", year).put("townshipCode", t.code()).put("respondents", respondents)
                                .put("aware", Math.min(respondents, (int) Math.round(respondents * aware)))
                                .put("satisfied", Math.min(respondents, (int) Math.round(respondents * satisfied)))));
            }
        }
    }
}
