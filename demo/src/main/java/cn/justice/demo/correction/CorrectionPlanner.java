package cn.justice.demo.correction;

import cn.justice.demo.plan.Chain;
import cn.justice.demo.plan.Ids;
import cn.justice.demo.plan.Json;
import cn.justice.demo.plan.Org;
import cn.justice.demo.plan.People;
import cn.justice.demo.plan.Plan;
import cn.justice.demo.plan.PlanContext;
import cn.justice.demo.plan.Rng;
import cn.justice.demo.plan.Timeline;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Community correction (社区矫正, correction-service): 70–90 persons received a year (plus those received in 2019–2020
 * who were still under correction in 2021, so the 2021 stock is not empty), nearly all reporting on time, some
 * re-classified, a few admonished or warned, electronic monitoring for some of the strict cases, leaves, a short
 * 脱管 now and then, termination on expiry, one death and one re-offence with revocation over the whole period
 * (the county's "无一例重新犯罪" holds in the other years), one 脱管 over a month revoked on the county's proposal
 * (社区矫正法第46条: 提请撤销 → 裁定), 暂予监外执行 persons handed over (交付, 第21条) with their health reports, a few
 * transfers of 执行地 within the county (第27条); and the released persons (刑满释放人员) of 安置帮教 with
 * connection, placement, assistance visits and the end of the five-year assistance period (DESIGN §10.1): some
 * 重点帮教对象 taken over at the prison gate (必接必送) and one of them late, closes as PERIOD_ENDED once the five years
 * are over, and one re-offence closed as REIMPRISONED.
 */
public final class CorrectionPlanner {
    static final String SERVICE = "correction";
    static final String SUBJECTS = "/api/v1/correction/subjects";
    static final String RELEASED = "/api/v1/correction/released-persons";

    private record Crime(String name, String category, int minMonths, int maxMonths) {
    }

    private static final List<Crime> CRIMES = List.of(
            new Crime("危险驾驶罪", "PROBATION", 2, 10),
            new Crime("盗窃罪", "PROBATION", 12, 36),
            new Crime("故意伤害罪", "PROBATION", 12, 36),
            new Crime("交通肇事罪", "PROBATION", 12, 36),
            new Crime("诈骗罪", "PROBATION", 12, 36),
            new Crime("帮助信息网络犯罪活动罪", "PROBATION", 12, 24),
            new Crime("滥伐林木罪", "PROBATION", 12, 36),
            new Crime("失火罪", "PROBATION", 12, 36),
            new Crime("非法狩猎罪", "PROBATION", 6, 24),
            new Crime("寻衅滋事罪", "PROBATION", 12, 24),
            new Crime("开设赌场罪", "PROBATION", 12, 36),
            new Crime("盗窃罪", "PAROLE", 6, 24),
            new Crime("贩卖毒品罪", "PAROLE", 6, 24),
            new Crime("故意伤害罪", "PAROLE", 6, 24),
            new Crime("寻衅滋事罪", "CONTROL", 3, 24),
            new Crime("非法占用农用地罪", "CONTROL", 6, 24),
            new Crime("盗窃罪", "MEDICAL_PAROLE", 6, 24),
            new Crime("诈骗罪", "MEDICAL_PAROLE", 6, 24));
    /** Weights of {@link #CRIMES}: mostly probation (缓刑), some parole, few control and medical parole. */
    private static final int[] CRIME_WEIGHTS = {22, 14, 10, 8, 7, 6, 5, 3, 3, 3, 3, 4, 3, 2, 2, 1, 2, 2};
    private static final String[][] PROHIBITIONS = {{"禁止进入酒吧、KTV等娱乐场所"}, {"禁止接触被害人及其近亲属"},
            {"禁止从事电信网络相关经营活动"}, {"禁止进入林区野外用火"}, {"禁止进入夜总会、酒吧", "禁止饮酒"}};

    private final PlanContext ctx;
    private final Ids ids;

    public CorrectionPlanner(PlanContext ctx) {
        this.ctx = ctx;
        this.ids = ctx.ids();
    }

    /** Persons received in {@code year}: 70–90, a little more as screening and sentencing practice change. */
    static int received(Rng rng, int year) {
        return Timeline.wobble(rng, Math.min(88, 72 + 3 * (year - 2021)), 0.08);
    }

    public void plan(Plan plan) {
        int[] weights = ctx.org().townships().stream().mapToInt(t -> t.urban() ? 30 : 14).toArray();
        for (int year = 2019; year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("correction/subjects/" + year);
            int n = received(rng, year);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("subject/" + i);
                LocalDate judgment = Timeline.seasonalDay(r, year);
                if (year < 2021 && judgment.isBefore(LocalDate.of(2019, 7, 1))) {
                    continue; // the 2021 stock: only the later half of 2019 and 2020 are still under correction
                }
                Org.Township t = r.weighted(ctx.org().townships(), weights);
                Chain c = subject(r, t, judgment, ids.of("subject", year, i), year == 2023 && i == 17, year == 2024 && i == 5,
                        year == 2024 && i == 40);
                if (c != null) {
                    plan.add(Plan.Phase.CASEWORK, c);
                    if (year == 2025) {
                        plan.expect("subjects_received/2025", 1);
                    }
                }
            }
        }
        released(plan);
    }

    private Chain subject(Rng r, Org.Township t, LocalDate judgment, UUID id, boolean reoffends, boolean dies,
                          boolean missingRevoked) {
        Crime crime = r.weighted(CRIMES, CRIME_WEIGHTS);
        if ((reoffends || missingRevoked) && "CONTROL".equals(crime.category)) {
            crime = CRIMES.get(1); // 社区矫正法第46条: 管制 cannot be revoked; the revoked ones are on probation
        }
        int months = dies ? 24 : r.between(crime.minMonths, crime.maxMonths);
        LocalDate start = judgment;
        LocalDate end = start.plusMonths(months).minusDays(1);
        if (end.isBefore(Timeline.START) || reoffends && months < 18) {
            if (!reoffends) {
                return null; // finished before 2021: not part of the demo period
            }
            months = 24;
            end = start.plusMonths(months).minusDays(1);
        }
        LocalDate received = judgment.plusDays(1 + r.nextInt(4));
        People.Person p = People.person(r, ctx.org().countyCode(), judgment.minusYears(65), judgment.minusYears(18),
                t.urban() ? 0.3 : 0.75, 0.88);
        if (r.chance(0.02)) { // now and then a minor (未成年社区矫正对象)
            p = People.person(r, ctx.org().countyCode(), judgment.minusYears(18).plusDays(30), judgment.minusYears(16),
                    0.6, 0.9);
        }
        boolean strict = "PAROLE".equals(crime.category) || r.chance(0.15);
        ObjectNode body = Json.obj()
                .put("name", p.name())
                .put("idNumber", p.idNumber())
                .put("gender", p.gender())
                .put("birthDate", p.birthDate().toString())
                .put("ethnicity", p.ethnicity())
                .put("townshipCode", t.code())
                .put("category", crime.category)
                .put("crime", crime.name)
                .put("sentence", sentence(crime, months, r))
                .put("decisionAuthority", authority(crime.category, r))
                .put("judgmentEffectiveOn", judgment.toString())
                .put("correctionStart", start.toString())
                .put("correctionEnd", end.toString())
                .put("supervisionLevel", strict ? "STRICT" : "ORDINARY")
                .put("receivedOn", received.toString());
        boolean medical = "MEDICAL_PAROLE".equals(crime.category);
        if (medical) { // 社区矫正法第21条: handed over within 10 days of the decision (here the day it took effect)
            body.put("decisionReceivedOn", judgment.toString());
        }
        if (r.chance(0.18)) {
            body.set("prohibitions", Json.strings(List.of(r.pick(PROHIBITIONS))));
        }
        Chain chain = Chain.create(SERVICE, "subjects", SUBJECTS, id, received, body);

        // 报到: within 10 days of the judgment nearly always (~99 %)
        LocalDate reported = r.chance(0.99) ? Timeline.max(received, judgment.plusDays(2 + r.nextInt(8)))
                : judgment.plusDays(11 + r.nextInt(10));
        ObjectNode report = Json.obj().put("reportedOn", reported.toString());
        if (medical) { // 交付接收: the prison, detention house or police hands the person over
            report.put("handedOverBy", r.weighted(List.of("PRISON", "DETENTION_HOUSE", "POLICE"), new int[]{60, 25, 15}));
        }
        chain.action("report", reported, report, v -> Json.present(v, "reportedOn"));
        if (missingRevoked) {
            // 脱管 for over a month (实施办法第46条): the county proposes revocation (county-admin), the court rules
            LocalDate lost = reported.plusDays(60 + r.nextInt(30));
            LocalDate proposed = lost.plusDays(35 + r.nextInt(10));
            LocalDate ruled = proposed.plusDays(12 + r.nextInt(15));
            chain.action("lost-contact", lost, Json.obj().put("on", lost.toString()).put("note", "电话关机，走访家属称已外出务工"),
                    v -> Json.size(v, "missingPeriods") >= 1);
            chain.action("propose-revocation", proposed, Json.obj().put("on", proposed.toString())
                    .set("grounds", Json.strings(List.of("MISSING_OVER_MONTH"))), v -> Json.size(v, "revocationProposals") >= 1);
            return chain.action("revoke", ruled, Json.obj().put("on", ruled.toString()).put("court", ctx.county() + "人民法院")
                    .put("rulingNo", "(" + ruled.getYear() + ")刑更" + (10 + r.nextInt(80)) + "号"), v -> Json.present(v, "endedOn"));
        }
        // what happens under correction, drawn one kind at a time and then put in date order
        Events events = new Events();
        boolean missingEpisode = !reoffends && !dies && r.chance(0.015);
        // 分类管理: strict at first and eased after good conduct; some ordinary ones become lenient
        if (r.chance(strict ? 0.8 : 0.35)) {
            LocalDate on = reported.plusDays(60 + r.nextInt(90));
            if (on.isBefore(end.minusDays(15))) {
                events.add(on, "classify", Json.obj().put("level", strict ? "ORDINARY" : "LENIENT")
                        .put("reason", strict ? "考核期内表现良好，调整为普通管理" : "认罪悔罪，遵规守纪，调整为宽松管理")
                        .put("on", on.toString()), v -> Json.size(v, "classifications") >= 2);
            }
        }
        // 电子定位 for some strict cases: a three-month period, sometimes renewed once before it runs out
        if (strict && !missingEpisode && r.chance(0.3)) {
            LocalDate from = reported.plusDays(1 + r.nextInt(10));
            LocalDate to = from.plusMonths(3).minusDays(1);
            if (to.isBefore(end)) {
                String device = "DW" + (100000 + r.nextInt(900000));
                String ground = r.pick("PROHIBITION_VIOLATED", "LEFT_AREA_UNAPPROVED", "WARNED_FOR_NOT_REPORTING", "PUNISHED");
                events.add(from, "monitoring/start", monitoring(from, to, device, "首次适用电子定位", ground),
                        v -> Json.size(v, "monitoringPeriods") >= 1);
                LocalDate stop = to;
                LocalDate from2 = to.plusDays(1);
                LocalDate to2 = from2.plusMonths(3).minusDays(1);
                if (r.chance(0.4) && to2.isBefore(end)) {
                    // a start while the period runs is its renewal from the day after its last day (第29条): the body's
                    // from is the day of the decision, never a day ahead
                    events.add(to.minusDays(5), "monitoring/start", monitoring(to.minusDays(5), to2, device, "期满续期", ground),
                            v -> Json.size(v, "monitoringPeriods") >= 2);
                    stop = to2;
                }
                events.add(stop, "monitoring/stop", Json.obj().put("on", stop.toString()).put("reason", "期满解除电子定位"),
                        CorrectionPlanner::stopped);
            }
        }
        // 暂予监外执行: the first monthly health report (实施办法第24条; the later ones are left out like most check-ins)
        if (medical && reported.plusMonths(1).isBefore(end)) {
            LocalDate on = reported.plusMonths(1).minusDays(r.nextInt(5));
            events.add(on, "health-report", Json.obj().put("on", on.toString()).put("hospital", ctx.county() + "人民医院"),
                    v -> Json.size(v, "healthReports") >= 1);
        }
        // 执行地变更 within the county now and then (社区矫正法第27条; county-admin)
        if (!missingEpisode && !reoffends && !dies && r.chance(0.02)) {
            LocalDate on = reported.plusDays(30 + r.nextInt(90));
            List<Org.Township> others = ctx.org().townships().stream().filter(x -> !x.code().equals(t.code())).toList();
            if (on.isBefore(end.minusDays(30))) {
                events.add(on, "transfer", Json.obj().put("on", on.toString()).put("toTownshipCode", r.pick(others).code()),
                        v -> Json.size(v, "transfers") >= 1);
            }
        }
        // 定期报告: a sample of the check-ins (the full monthly routine would be a flood of records)
        int checkIns = r.chance(0.25) ? r.between(1, 2) : 0;
        LocalDate last = reported;
        for (int c = 0; c < checkIns; c++) {
            last = last.plusDays(20 + r.nextInt(60));
            if (last.isBefore(end)) {
                events.add(last, "check-in", Json.obj().put("on", last.toString())
                        .put("method", r.weighted(List.of("IN_PERSON", "PHONE", "VIDEO"), new int[]{55, 25, 20})), null);
            }
        }
        // 外出 (family matters, medical visits): short ones by the township office, longer ones by the county
        if (!missingEpisode && r.chance(0.15)) {
            LocalDate from = reported.plusDays(5 + r.nextInt(120));
            LocalDate to = from.plusDays(r.chance(0.8) ? 2 + r.nextInt(5) : 8 + r.nextInt(15));
            if (to.isBefore(end)) {
                events.add(from, "leave", Json.obj().put("from", from.toString()).put("to", to.toString())
                        .put("destination", r.pick("成都市", "西昌市", "昆明市", "攀枝花市", "重庆市"))
                        .put("reason", r.pick("探望住院亲属", "就医复查", "处理家庭事务", "务工")),
                        v -> Json.size(v, "leaves") >= 1);
            }
        }
        // 训诫, sometimes followed by a 警告: rare
        if (r.chance(0.06)) {
            LocalDate on = reported.plusDays(20 + r.nextInt(120));
            LocalDate w = on.plusDays(10 + r.nextInt(40));
            if (on.isBefore(end)) {
                events.add(on, "admonish", Json.obj().put("reason", "未按规定时间报告，予以训诫").put("on", on.toString()),
                        v -> Json.size(v, "admonitions") >= 1);
                if (r.chance(0.4) && w.isBefore(end)) {
                    events.add(w, "warn", Json.obj().put("reason", "训诫后仍未按规定参加教育学习，予以警告")
                            .put("on", w.toString()), v -> Json.size(v, "warnings") >= 1);
                }
            }
        }
        // 脱管: now and then someone cannot be reached for some days, is found and checks in again
        if (missingEpisode) {
            LocalDate lost = reported.plusDays(30 + r.nextInt(90));
            LocalDate back = lost.plusDays(3 + r.nextInt(15));
            if (back.isBefore(end)) {
                events.add(lost, "lost-contact", Json.obj().put("on", lost.toString()).put("note", "电话无法接通，走访未见本人"),
                        v -> Json.size(v, "missingPeriods") >= 1);
                events.add(back, "check-in", Json.obj().put("on", back.toString()).put("method", "IN_PERSON"), null);
            }
        }
        LocalDate cursor = events.addTo(chain, reported);
        if (reoffends) {
            // the one re-offence of the period: 重新犯罪, then 撤销缓刑、收监执行
            LocalDate on = Timeline.max(cursor, reported.plusDays(90 + r.nextInt(60)));
            LocalDate revoked = on.plusDays(15 + r.nextInt(20));
            chain.action("reoffend", on, Json.obj().put("on", on.toString()).put("offence", "盗窃罪"),
                    v -> Json.size(v, "reoffences") >= 1);
            // 社区矫正法第46条: the county proposes (提请撤销), the court rules
            LocalDate proposed = on.plusDays(5 + r.nextInt(5));
            chain.action("propose-revocation", proposed, Json.obj().put("on", proposed.toString())
                    .put("note", "考验期内犯新罪").set("grounds", Json.strings(List.of("REOFFENDED"))),
                    v -> Json.size(v, "revocationProposals") >= 1);
            return chain.action("revoke", Timeline.max(revoked, proposed), Json.obj().put("on", Timeline.max(revoked, proposed).toString())
                    .put("court", ctx.county() + "人民法院").put("rulingNo", "(" + revoked.getYear() + ")刑更"
                            + (10 + r.nextInt(80)) + "号"), v -> Json.present(v, "endedOn"));
        }
        if (dies) {
            LocalDate on = Timeline.max(cursor, reported.plusDays(120 + r.nextInt(100)));
            return chain.action("decease", on, Json.obj().put("on", on.toString()), v -> Json.present(v, "endedOn"));
        }
        // 解除矫正 on the last day of the term
        return chain.action("terminate", end, Json.obj().put("on", end.toString()).put("reason", "EXPIRED")
                .put("certificateNo", "JC" + end.getYear() + "-" + id.toString().substring(0, 6).toUpperCase()),
                v -> Json.present(v, "endedOn"));
    }

    /** Actions under correction, collected out of order and added to the chain by date (ties keep their order). */
    private static final class Events {
        private record Event(LocalDate on, String action, ObjectNode body, Predicate<JsonNode> done) {
        }

        private final List<Event> list = new ArrayList<>();

        void add(LocalDate on, String action, ObjectNode body, Predicate<JsonNode> done) {
            list.add(new Event(on, action, body, done));
        }

        /** @return the date of the last event (or {@code since}) */
        LocalDate addTo(Chain chain, LocalDate since) {
            list.sort(Comparator.comparing(Event::on));
            LocalDate last = since;
            int checkIns = 0;
            for (Event e : list) {
                Predicate<JsonNode> done = e.done;
                if ("check-in".equals(e.action)) {
                    int k = ++checkIns;
                    done = v -> Json.size(v, "checkIns") >= k;
                }
                chain.action(e.action, e.on, e.body, done);
                last = e.on;
            }
            return last;
        }
    }

    private static boolean stopped(JsonNode v) {
        JsonNode periods = v.path("monitoringPeriods");
        return periods.size() > 0 && Json.present(periods.get(periods.size() - 1), "stoppedOn");
    }

    /** 电子定位 on a ground of 社区矫正法第29条. */
    private ObjectNode monitoring(LocalDate from, LocalDate to, String device, String reason, String ground) {
        return Json.obj().put("from", from.toString()).put("to", to.toString()).put("deviceId", device)
                .put("approvedBy", ctx.county() + "司法局") .put("reason", reason).put("ground", ground);
    }

    private static String sentence(Crime c, int months, Rng r) {
        String term = months < 12 ? cn(months) + "个月"
                : cn(months / 12) + "年" + (months % 12 == 0 ? "" : cn(months % 12) + "个月");
        return switch (c.category) {
            case "PROBATION" -> "危险驾驶罪".equals(c.name)
                    ? "拘役" + cn(Math.max(1, months / 2)) + "个月，缓刑" + term
                    : "有期徒刑" + (months >= 24 ? cn(months / 12 - 1) + "年" : months >= 18 ? "一年" : "六个月") + "，缓刑" + term;
            case "PAROLE" -> "有期徒刑" + cn(r.between(3, 8)) + "年，假释考验期" + term;
            case "CONTROL" -> "管制" + term;
            default -> "有期徒刑" + cn(r.between(2, 5)) + "年，暂予监外执行";
        };
    }

    private static String cn(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};
        return n < digits.length ? digits[n] : String.valueOf(n);
    }

    private String authority(String category, Rng r) {
        return switch (category) {
            case "PAROLE" -> "X州中级人民法院";
            case "MEDICAL_PAROLE" -> r.chance(0.5) ? "X省监狱管理局" : ctx.county() + "人民法院";
            default -> r.chance(0.9) ? ctx.county() + "人民法院" : "邻县人民法院";
        };
    }

    // ---------------------------------------------------------------------------------------------- released persons

    /**
     * 刑满释放人员: ~35 a year, connected (衔接) within days (a few recent ones not yet), most placed, visited, closed
     * as PERIOD_ENDED on the day the five years are over (releasedOn + 5 years). About one in eight is a 重点帮教对象,
     * connected on the day of release (必接必送) — except the first key person released in 2024, connected two days
     * late. The sixth person released in 2023 re-offends eight months after release (or a month after the last step) and is closed as REIMPRISONED.
     * (The new draws come from a forked stream, so the other figures of the plan stay as they were.)
     */
    private void released(Plan plan) {
        int[] weights = ctx.org().townships().stream().mapToInt(t -> t.urban() ? 25 : 15).toArray();
        boolean lateKeyPerson = false;
        for (int year = Timeline.START.getYear(); year <= Timeline.HORIZON.getYear(); year++) {
            Rng rng = ctx.rng("correction/released/" + year);
            int n = Timeline.wobble(rng, 35, 0.15);
            for (int i = 0; i < n; i++) {
                Rng r = rng.fork("released/" + i);
                LocalDate releasedOn = Timeline.seasonalDay(r, year);
                Org.Township t = r.weighted(ctx.org().townships(), weights);
                People.Person p = People.person(r, ctx.org().countyCode(), releasedOn.minusYears(60),
                        releasedOn.minusYears(20), t.urban() ? 0.3 : 0.75, 0.92);
                UUID id = ids.of("released", year, i);
                Rng law = r.fork("安置帮教");
                boolean keyPerson = law.chance(0.12);
                boolean late = keyPerson && year == 2024 && !lateKeyPerson;
                lateKeyPerson |= late;
                boolean reoffends = year == 2023 && i == 5;
                Chain chain = Chain.create(SERVICE, "released-persons", RELEASED, id, releasedOn, Json.obj()
                        .put("name", p.name())
                        .put("idNumber", p.idNumber())
                        .put("gender", p.gender())
                        .put("townshipCode", t.code())
                        .put("releasedOn", releasedOn.toString())
                        .put("releasingInstitution", r.pick("X省第一监狱", "X省第三监狱", "X省女子监狱", "X州看守所"))
                        .put("crime", r.pick("盗窃罪", "故意伤害罪", "贩卖毒品罪", "抢劫罪", "诈骗罪", "寻衅滋事罪"))
                        .put("keyPerson", keyPerson));
                if (releasedOn.isAfter(LocalDate.of(2026, 6, 30)) && r.chance(0.05) && !keyPerson) { // not reached yet: no 衔接
                    plan.add(Plan.Phase.CASEWORK, chain);
                    continue;
                }
                int days = r.nextInt(4);
                // 必接必送: a key person is taken over at the prison gate on the day of release
                LocalDate connected = keyPerson ? releasedOn.plusDays(late ? 2 : 0) : releasedOn.plusDays(days);
                chain.action("connect", connected, Json.obj().put("on", connected.toString()),
                        v -> Json.present(v, "connectedOn"));
                LocalDate cursor = connected;
                int visits = r.chance(0.7) ? 1 : 2;
                for (int k = 1; k <= visits; k++) {
                    LocalDate on = cursor.plusDays(20 + r.nextInt(100));
                    int nth = k;
                    chain.action("assist", on, Json.obj().put("on", on.toString())
                            .put("note", r.pick("走访了解生活情况", "协助办理低保申请", "介绍务工信息", "开展法治教育")),
                            v -> Json.size(v, "assistances") >= nth);
                    cursor = on;
                }
                if (r.chance(0.9)) {
                    LocalDate placed = cursor.plusDays(5 + r.nextInt(60));
                    chain.action("place", placed, Json.obj().put("on", placed.toString()).put("placement",
                            r.weighted(List.of("FARMING", "EMPLOYED", "SELF_EMPLOYED", "SUPPORTED", "OTHER"),
                                    new int[]{45, 20, 15, 10, 10})), v -> Json.present(v, "placedOn"));
                    cursor = placed;
                }
                if (reoffends) {
                    LocalDate eight = releasedOn.plusMonths(8);
                    LocalDate reoffended = eight.isAfter(cursor) ? eight : cursor.plusDays(30);
                    LocalDate sentenced = reoffended.plusMonths(3);
                    chain.action("reoffend", reoffended, Json.obj().put("on", reoffended.toString()),
                            v -> Json.present(v, "reoffendedOn"));
                    chain.action("close", sentenced, Json.obj().put("on", sentenced.toString()).put("reason", "REIMPRISONED")
                            .put("note", "重新犯罪被判处有期徒刑"), v -> Json.present(v, "closedOn"));
                } else {
                    // 帮教期满: from the day the five years are over (DESIGN §10.1)
                    LocalDate closed = releasedOn.plusYears(5);
                    chain.action("close", closed, Json.obj().put("on", closed.toString()).put("reason", "PERIOD_ENDED")
                            .put("note", "帮教期满"), v -> Json.present(v, "closedOn"));
                }
                plan.add(Plan.Phase.CASEWORK, chain);
            }
        }
    }
}
