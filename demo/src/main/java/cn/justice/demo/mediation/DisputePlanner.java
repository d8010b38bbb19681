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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Disputes (矛盾纠纷): ~600 in 2021 growing to ~750 a year, across sources and categories, handled by the committee the
 * source and category point to (驻所调解室 for police referrals, 法院 for court referrals, the professional committees
 * for medical, traffic and labour cases, else the village or township committee). Outcomes as a county reports
 * them: about 2 % not accepted (不予受理), of the accepted ones 95–98 % of the closed end in an agreement, the rest
 * fail with a referral or are withdrawn; follow-up visits (回访) and some judicial confirmations (司法确认).
 */
final class DisputePlanner {
    static final String DISPUTES = "/api/v1/mediation/disputes";

    private static final List<String> SOURCES = List.of("SCREENING", "APPLICATION", "POLICE_REFERRAL",
            "COURT_REFERRAL", "PETITION_REFERRAL", "OTHER");
    private static final int[] SOURCE_WEIGHTS = {45, 25, 15, 7, 4, 4};
    private static final List<String> CATEGORIES = List.of("MARRIAGE_FAMILY", "NEIGHBOR", "LAND", "HOMESTEAD",
            "CONTRACT_DEBT", "LABOR", "MEDICAL", "TRAFFIC", "PROPERTY_DAMAGE", "COMPENSATION", "OTHER");
    private static final int[] RURAL_CATEGORY_WEIGHTS = {20, 22, 14, 10, 8, 4, 1, 5, 7, 6, 3};
    private static final int[] URBAN_CATEGORY_WEIGHTS = {20, 16, 3, 4, 15, 10, 4, 11, 6, 8, 3};
    private static final Set<String> WITH_AMOUNT = Set.of("CONTRACT_DEBT", "LABOR", "MEDICAL", "TRAFFIC",
            "PROPERTY_DAMAGE", "COMPENSATION");
    private static final Map<String, String[]> SUMMARIES = Map.ofEntries(
            Map.entry("MARRIAGE_FAMILY", new String[]{"夫妻因家庭琐事及子女抚养问题发生纠纷", "兄弟姐妹因赡养老人费用分担发生纠纷",
                    "婚约彩礼返还纠纷", "离婚后子女探望权纠纷"}),
            Map.entry("NEIGHBOR", new String[]{"邻里因排水沟堵塞发生纠纷", "相邻两户因通行道路发生争执", "邻里因牲畜践踏庄稼发生纠纷",
                    "邻里因噪音及堆放杂物发生矛盾"}),
            Map.entry("LAND", new String[]{"两户因承包地界址不清发生纠纷", "村民小组之间因林地权属发生争议", "土地流转租金支付纠纷"}),
            Map.entry("HOMESTEAD", new String[]{"两户因宅基地界址发生纠纷", "建房占用公共通道引发纠纷", "老宅继承分割纠纷"}),
            Map.entry("CONTRACT_DEBT", new String[]{"个人借款到期未还引发纠纷", "农资赊销货款拖欠纠纷", "建房工程款结算纠纷"}),
            Map.entry("LABOR", new String[]{"务工人员追讨拖欠工资", "工地务工受伤赔偿纠纷", "解除劳务关系经济补偿纠纷"}),
            Map.entry("MEDICAL", new String[]{"患者家属对诊疗结果有异议引发医疗纠纷", "术后并发症赔偿纠纷"}),
            Map.entry("TRAFFIC", new String[]{"道路交通事故损害赔偿纠纷", "摩托车与行人碰撞赔偿纠纷", "农用车刮擦事故赔偿纠纷"}),
            Map.entry("PROPERTY_DAMAGE", new String[]{"牲畜损坏农作物赔偿纠纷", "施工损坏房屋赔偿纠纷", "山火烧毁林木赔偿纠纷"}),
            Map.entry("COMPENSATION", new String[]{"人身损害赔偿纠纷", "酒后争执致伤赔偿纠纷", "犬只咬伤赔偿纠纷"}),
            Map.entry("OTHER", new String[]{"山林草场放牧纠纷", "合伙经营分红纠纷", "婚丧事宜费用分摊纠纷"}));
    private static final String[] FAIL_REASONS = {"双方分歧较大，未能达成一致", "一方拒绝继续调解", "涉及权属认定，需诉讼解决"};
    private static final Set<String> TERMINAL = Set.of("REJECTED", "SUCCEEDED", "FAILED", "WITHDRAWN");

    private final PlanContext ctx;
    private final Ids ids;
    private final Roster roster;

    DisputePlanner(PlanContext ctx, Roster roster) {
        this.ctx = ctx;
        this.ids = ctx.ids();
        this.roster = roster;
    }

    /** Disputes registered in {@code year}: ~600 in 2021, growing with the county's screening work, capped at 750. */
    static int volume(Rng rng, int year) {
        return Timeline.wobble(rng, Math.min(750, 600 + 20 * (year - 2021)), 0.03);
    }

    void plan(Plan plan) {
        List<Org.Township> townships = ctx.org().townships();
        int[] townshipWeights = townships.stream().mapToInt(t -> t.urban() ? 3 * t.villages().size() : t.villages().size() + 2)
                .toArray();
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("mediation/disputes/" + year);
            int n = volume(rng, year);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("dispute/" + i);
                Org.Township t = r.weighted(townships, townshipWeights);
                // the outcome draw is stratified over the year's disputes, so each year's ratios hold closely
                double outcome = (i + r.nextDouble()) / n;
                Chain chain = dispute(r, t, Timeline.seasonalDay(r, year), ids.of("dispute", year, i), year, outcome);
                if (chain != null) {
                    plan.add(Plan.Phase.CASEWORK, chain);
                    if (year == 2025) {
                        plan.expect("disputes_registered/2025", 1);
                    }
                }
            }
        }
    }

    private Chain dispute(Rng r, Org.Township t, LocalDate registeredOn, UUID id, int year, double roll) {
        String source = r.weighted(SOURCES, SOURCE_WEIGHTS);
        String category = r.weighted(CATEGORIES, t.urban() ? URBAN_CATEGORY_WEIGHTS : RURAL_CATEGORY_WEIGHTS);
        Org.Village village = t.urban() && r.chance(0.4) ? t.community() : r.pick(t.villages());

        // the timeline first: the handling committee and its mediators must serve through all of it
        boolean rejected = r.chance(0.02);
        boolean referred = source.endsWith("_REFERRAL") && !"PETITION_REFERRAL".equals(source);
        LocalDate acceptedOn = registeredOn.plusDays(referred ? r.nextInt(2) : r.nextInt(4));
        LocalDate rejectedOn = registeredOn.plusDays(r.nextInt(4));
        int duration = r.chance(0.03) ? r.between(31, 50) : 1 + r.days(8);
        LocalDate closedOn = acceptedOn.plusDays(duration);
        LocalDate lastDay = rejected ? rejectedOn : closedOn;

        Committee committee = null;
        List<Mediator> mediators = List.of();
        List<Committee> candidates = candidates(r, t, village, source, category);
        // preferably mediators who serve until the case closes; across a 换届 those serving when it is accepted
        for (int pass = 0; pass < 2 && committee == null; pass++) {
            for (Committee candidate : candidates) {
                if (candidate == null || !candidate.activeThrough(registeredOn, lastDay)) {
                    continue;
                }
                List<Mediator> serving = candidate.mediatorsThrough(acceptedOn, pass == 0 ? closedOn : acceptedOn);
                if (!serving.isEmpty() || rejected) {
                    committee = candidate;
                    mediators = serving;
                    break;
                }
            }
        }
        if (committee == null) {
            return null; // no committee of the township serves then (cannot happen with the roster above)
        }
        List<Mediator> assigned = new ArrayList<>();
        if (!mediators.isEmpty()) {
            // 德古 are preferred where the parties are rural families
            List<Mediator> degu = mediators.stream().filter(m -> m.traditional).toList();
            Mediator first = !degu.isEmpty() && !t.urban() && r.chance(0.6) ? r.pick(degu) : r.pick(mediators);
            assigned.add(first);
            if (mediators.size() > 1 && r.chance(0.3)) {
                Mediator second = r.pick(mediators);
                if (second != first) {
                    assigned.add(second);
                }
            }
        }
        String mechanism = null;
        if ("POLICE_REFERRAL".equals(source) && r.chance(0.85)) {
            mechanism = "POLICE_LINKAGE";
        } else if (assigned.stream().anyMatch(m -> m.traditional) && r.chance(0.75)) {
            mechanism = "DEGU_LAW";
        }
        Integer amount = WITH_AMOUNT.contains(category) || ("LAND".equals(category) && r.chance(0.3))
                ? amount(r, category) : null;

        ObjectNode body = Json.obj()
                .put("townshipCode", t.code())
                .put("villageCode", village.code())
                .put("committeeId", committee.id.toString())
                .put("source", source)
                .put("category", category)
                .put("mechanism", mechanism)
                .put("summary", village.name() + r.pick(SUMMARIES.get(category)))
                .put("amountInvolved", amount)
                .put("registeredOn", registeredOn.toString());
        body.set("parties", parties(r, t));
        Chain chain = Chain.create(MediationPlanner.SERVICE, "disputes", DISPUTES, id, registeredOn, body);

        if (rejected) {
            return chain.action("reject", rejectedOn, Json.obj()
                    .put("reason", r.pick("不属于人民调解受案范围", "已进入诉讼程序", "一方当事人明确拒绝调解"))
                    .put("rejectedOn", rejectedOn.toString()), view -> TERMINAL.contains(Json.text(view, "status")));
        }
        ObjectNode accept = Json.obj();
        accept.set("mediatorIds", Json.strings(assigned.stream().map(m -> m.id).toList()));
        accept.put("acceptedOn", acceptedOn.toString());
        chain.action("accept", acceptedOn, accept, view -> Json.present(view, "acceptedOn"));

        // success gets likelier as the 规范化 work takes effect: ~96.5 % of closed cases in 2021, ~98 % from 2026
        double pFail = switch (year) {
            case 2021 -> 0.034;
            case 2022 -> 0.031;
            case 2023 -> 0.028;
            case 2024 -> 0.025;
            case 2025 -> 0.022;
            default -> 0.02;
        };
        if (roll < 0.015) {
            return chain.action("withdraw", closedOn, Json.obj()
                    .put("reason", r.pick("当事人自行和解，申请撤回", "申请人撤回调解申请"))
                    .put("closedOn", closedOn.toString()), view -> TERMINAL.contains(Json.text(view, "status")));
        }
        if (roll < 0.015 + pFail) {
            String referral = "LABOR".equals(category) && r.chance(0.7) ? "ARBITRATION"
                    : r.weighted(List.of("LITIGATION", "ADMINISTRATIVE", "NONE"), new int[]{60, 15, 25});
            return chain.action("fail", closedOn, Json.obj()
                    .put("reason", r.pick(FAIL_REASONS))
                    .put("referral", referral)
                    .put("closedOn", closedOn.toString()), view -> TERMINAL.contains(Json.text(view, "status")));
        }
        boolean written = r.chance(0.8);
        Integer agreed = amount == null ? null : (int) Math.round(amount * (0.5 + 0.5 * r.nextDouble()));
        LocalDate performBy = agreed != null && written ? closedOn.plusDays(10 + r.nextInt(50)) : null;
        ObjectNode agreement = Json.obj()
                .put("form", written ? "WRITTEN" : "ORAL")
                .put("signedOn", written ? closedOn.toString() : null)
                .put("terms", terms(category, agreed))
                .put("amount", agreed)
                .put("performBy", Json.date(performBy));
        ObjectNode succeed = Json.obj();
        succeed.set("agreement", agreement);
        succeed.put("closedOn", closedOn.toString());
        chain.action("succeed", closedOn, succeed, view -> TERMINAL.contains(Json.text(view, "status")));

        // 司法确认 of some written agreements with money at stake, applied for jointly within 30 days of signing
        // (人民调解法第33条); an INVALID ruling leaves the dispute AGREEMENT_INVALID, which takes no follow-up visits
        boolean invalid = false;
        if (written && agreed != null && agreed >= 10_000 && r.chance(0.15)) {
            LocalDate applied = closedOn.plusDays(1 + r.nextInt(20));
            LocalDate decided = applied.plusDays(3 + r.nextInt(12));
            String result = r.chance(0.96) ? "CONFIRMED" : "INVALID";
            invalid = "INVALID".equals(result);
            chain.action("judicial-confirmation", decided, Json.obj()
                            .put("appliedOn", applied.toString())
                            .put("court", ctx.county() + "人民法院")
                            .put("jointApplication", true)
                            .put("result", result)
                            .put("decidedOn", decided.toString()),
                    view -> Json.present(view, "judicialConfirmation"));
        }
        // 回访: the agreements with money due are visited after the performance date now and then, others rarely; a
        // partly or not performed one is visited again
        if (r.chance(performBy != null ? 0.35 : 0.08)) {
            LocalDate base = performBy != null ? performBy : closedOn;
            LocalDate visit = base.plusDays(5 + r.nextInt(35));
            LocalDate previous = chain.steps().get(chain.steps().size() - 1).date();
            visit = Timeline.max(visit, previous);
            String performed = r.weighted(List.of("YES", "PARTLY", "NO"), new int[]{92, 6, 2});
            if (!invalid) {
                followUp(chain, visit, performed, 1);
            }
            if (!"YES".equals(performed)) {
                LocalDate again = visit.plusDays(30 + r.nextInt(30));
                String performedAgain = r.chance(0.7) ? "YES" : "PARTLY";
                if (!invalid) {
                    followUp(chain, again, performedAgain, 2);
                }
            }
        }
        return chain;
    }

    private static void followUp(Chain chain, LocalDate date, String performed, int nth) {
        chain.action("follow-up", date, Json.obj()
                .put("date", date.toString())
                .put("performed", performed)
                .put("notes", "YES".equals(performed) ? "协议已履行完毕" : "督促当事人按协议履行"),
                view -> Json.size(view, "followUps") >= nth);
    }

    /** The committees that would take the case, most fitting first. */
    private List<Committee> candidates(Rng r, Org.Township t, Org.Village village, String source, String category) {
        List<Committee> list = new ArrayList<>();
        switch (source) {
            case "POLICE_REFERRAL" -> list.addAll(roster.of(t, "POLICE_STATION"));
            case "COURT_REFERRAL" -> {
                list.addAll(roster.of(t, "COURT"));
                list.addAll(roster.of(ctx.org().seat(), "COURT"));
            }
            default -> {
            }
        }
        switch (category) {
            case "MEDICAL" -> list.add(roster.specialist(Specialty.MEDICAL));
            case "TRAFFIC" -> {
                if (r.chance(0.6)) {
                    list.add(roster.specialist(Specialty.TRAFFIC));
                }
            }
            case "LABOR" -> {
                if (r.chance(0.5)) {
                    list.add(roster.specialist(Specialty.LABOR));
                }
            }
            case "MARRIAGE_FAMILY" -> {
                if (r.chance(0.15)) {
                    list.add(roster.specialist(Specialty.MARRIAGE_FAMILY));
                }
            }
            case "LAND" -> {
                if (r.chance(0.3)) {
                    list.add(roster.specialist(Specialty.LAND, t));
                }
            }
            case "CONTRACT_DEBT", "OTHER" -> {
                if (r.chance(0.1)) {
                    list.addAll(roster.of(t, "OTHER"));
                }
            }
            default -> {
            }
        }
        if (r.chance(0.65)) {
            list.add(roster.ofVillage(village));
        }
        list.addAll(roster.of(t, "TOWNSHIP"));
        list.add(roster.ofVillage(village));
        return list;
    }

    private static int amount(Rng r, String category) {
        int yuan = switch (category) {
            case "CONTRACT_DEBT" -> r.between(3, 200) * 1000;
            case "LABOR" -> r.between(2, 60) * 1000;
            case "MEDICAL" -> r.between(10, 300) * 1000;
            case "TRAFFIC" -> r.between(5, 150) * 1000;
            case "PROPERTY_DAMAGE" -> r.between(5, 300) * 100;
            case "COMPENSATION" -> r.between(2, 80) * 1000;
            default -> r.between(10, 200) * 100;
        };
        return yuan;
    }

    private static String terms(String category, Integer amount) {
        String money = amount == null ? "" : "一方于约定期限内支付另一方人民币" + amount + "元，";
        return switch (category) {
            case "LAND", "HOMESTEAD" -> "双方确认界址，" + money + "今后互不干涉对方正常生产生活";
            case "MARRIAGE_FAMILY" -> "双方自愿和好，" + money + "共同承担赡养、抚养义务";
            default -> "经调解，双方自愿达成协议：" + money + "此纠纷一次性了结";
        };
    }

    private ArrayNode parties(Rng r, Org.Township t) {
        int n = r.weighted(List.of(2, 3, 4), new int[]{85, 10, 5});
        ArrayNode parties = Json.arr();
        double yi = t.urban() ? 0.25 : 0.75;
        for (int p = 0; p < n; p++) {
            People.Person person = People.person(r, ctx.org().countyCode(), LocalDate.of(1950, 1, 1),
                    LocalDate.of(2002, 12, 31), yi, 0.6);
            ObjectNode party = Json.obj()
                    .put("name", person.name())
                    .put("role", p == 0 || (n == 4 && p == 1) ? "APPLICANT" : "RESPONDENT");
            if (r.chance(0.6)) {
                party.put("idNumber", person.idNumber());
            }
            if (r.chance(0.7)) {
                party.put("phone", person.phone());
            }
            parties.add(party);
        }
        return parties;
    }
}
