package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static cn.justice.gateway.readmodel.ContributionRules.add;
import static cn.justice.gateway.readmodel.ContributionRules.amount;
import static cn.justice.gateway.readmodel.ContributionRules.date;
import static cn.justice.gateway.readmodel.ContributionRules.text;

/**
 * What the rule-of-law-service's aggregates (法治政府建设, DESIGN §13) contribute to the measures: the same counts as the
 * service's {@code GET /api/v1/rule-of-law/stats}, from the {@code data} of the latest event (see
 * {@link ContributionRules}). County records (reconsiderations, document reviews, selections, honours) carry no
 * township and count for the county only, as in the service.
 */
final class RuleOfLawContributions {
    /** The states in which a reconsideration has ended (审结): decided, mediated, settled or terminated. */
    static final Set<String> CLOSED = Set.of("DECIDED", "MEDIATED", "SETTLED", "TERMINATED");

    private RuleOfLawContributions() {
    }

    /** @param kind {@code <service>.<aggregate>}, e.g. {@code rule-of-law.reconsideration} */
    static List<MeasureEntry> entries(String kind, JsonNode d) {
        return switch (kind) {
            case "rule-of-law.reconsideration" -> reconsideration(d);
            case "rule-of-law.document-review" -> documentReview(d);
            case "rule-of-law.enforcement-officer" -> officer(d);
            case "rule-of-law.enforcement-inspection" -> inspection(d);
            case "rule-of-law.assessor-selection" -> selection(d);
            case "rule-of-law.honour" -> honour(d);
            case "rule-of-law.project" -> project(d);
            case "rule-of-law.assistance-village" -> assistance(d);
            default -> List.of();
        };
    }

    /**
     * 行政复议 (行政复议法 2023): reconsiderations_received on appliedOn (第20条: within 60 days of knewOn),
     * reconsiderations_accepted on acceptedOn (第30条: acceptance decided in 5 working days), and, once the case has
     * ended (审结: DECIDED, MEDIATED, SETTLED, TERMINATED) on its closedOn, reconsiderations_decided,
     * reconsiderations_corrected when the decision corrects the act (第63–66条: REVOKE, CHANGE, CONFIRM_ILLEGAL,
     * ORDER_PERFORMANCE — the event's {@code corrected}) and reconsiderations_on_time when it ended by decisionDueOn
     * (第62条: 60 days, SIMPLE 30, one extension ≤ 30 — the event's {@code closedOnTime}).
     */
    static List<MeasureEntry> reconsideration(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        add(out, "reconsiderations_received", date(d, "appliedOn"));
        add(out, "reconsiderations_accepted", date(d, "acceptedOn"));
        LocalDate closed = date(d, "closedOn");
        if (closed != null && CLOSED.contains(text(d, "status"))) {
            add(out, "reconsiderations_decided", closed);
            if (d.path("corrected").asBoolean(false)) {
                add(out, "reconsiderations_corrected", closed);
            }
            if (d.path("closedOnTime").asBoolean(false)) {
                add(out, "reconsiderations_on_time", closed);
            }
        }
        return out;
    }

    /**
     * 规范性文件合法性审查 (国办发〔2018〕115号: opinion within 15 working days), on opinionIssuedOn whatever the later
     * state (FILED): documents_reviewed, documents_with_issues when the opinion is AMEND or UNLAWFUL,
     * documents_reviewed_on_time when the opinion came by dueOn ({@code reviewedOnTime}).
     */
    static List<MeasureEntry> documentReview(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate issued = date(d, "opinionIssuedOn");
        if (issued == null) {
            return out;
        }
        add(out, "documents_reviewed", issued);
        String opinion = text(d, "opinion");
        if ("AMEND".equals(opinion) || "UNLAWFUL".equals(opinion)) {
            add(out, "documents_with_issues", issued);
        }
        if (d.path("reviewedOnTime").asBoolean(false)) {
            add(out, "documents_reviewed_on_time", issued);
        }
        return out;
    }

    /**
     * 行政执法人员: each exam sitting (执法证考试) exam_candidates +1 on its date, exam_passed +1 when passed; each
     * training officer_training_hours + its hours on its date.
     */
    static List<MeasureEntry> officer(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        for (JsonNode exam : d.path("exams")) {
            LocalDate on = date(exam, "date");
            add(out, "exam_candidates", on);
            if (exam.path("passed").asBoolean(false)) {
                add(out, "exam_passed", on);
            }
        }
        for (JsonNode training : d.path("trainings")) {
            LocalDate on = date(training, "date");
            if (on != null) {
                amount(out, "officer_training_hours", on, training, "hours");
            }
        }
        return out;
    }

    /** 执法监督检查, on inspectedOn: enforcement_inspections +1, inspection_findings and inspection_findings_rectified + the figures. */
    static List<MeasureEntry> inspection(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate on = date(d, "inspectedOn");
        if (on == null) {
            return out;
        }
        add(out, "enforcement_inspections", on);
        amount(out, "inspection_findings", on, d, "findings");
        amount(out, "inspection_findings_rectified", on, d, "rectified");
        return out;
    }

    /** 人民陪审员/人民监督员选任, on 1 January of the year: jurors_selected or supervisors_selected + selected. */
    static List<MeasureEntry> selection(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate on = yearStart(d);
        String kind = text(d, "kind");
        if (on == null || kind == null) {
            return out;
        }
        switch (kind) {
            case "JUROR" -> amount(out, "jurors_selected", on, d, "selected");
            case "SUPERVISOR" -> amount(out, "supervisors_selected", on, d, "selected");
            default -> {
            }
        }
        return out;
    }

    /** 荣誉, on 1 January of the year: honours +1 and honours_national / honours_province / honours_county +1. */
    static List<MeasureEntry> honour(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate on = yearStart(d);
        if (on == null) {
            return out;
        }
        add(out, "honours", on);
        String level = text(d, "level");
        if ("NATIONAL".equals(level) || "PROVINCE".equals(level) || "COUNTY".equals(level)) {
            add(out, "honours_" + level.toLowerCase(Locale.ROOT), on);
        }
        return out;
    }

    /**
     * 建设项目 (指挥中心, 司法所, 视频会议, 公共法律服务中心), on completedOn: projects_completed +1 and
     * project_investment_yuan + investment (万元) × 10000, rounded half up — the same rule as the service's
     * {@code …/stats}. Per kind for the work report (not reconciled): projects_completed_kind_&lt;kind&gt; and
     * project_investment_yuan_kind_&lt;kind&gt;. A project under way contributes nothing.
     */
    static List<MeasureEntry> project(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate completed = date(d, "completedOn");
        if (completed == null) {
            return out;
        }
        long yuan = wanToYuan(d.get("investment"));
        add(out, "projects_completed", completed);
        if (yuan != 0) {
            out.add(new MeasureEntry("project_investment_yuan", completed, yuan));
        }
        String kind = text(d, "kind");
        if (kind != null) {
            String suffix = "_kind_" + kind.toLowerCase(Locale.ROOT);
            add(out, "projects_completed" + suffix, completed);
            if (yuan != 0) {
                out.add(new MeasureEntry("project_investment_yuan" + suffix, completed, yuan));
            }
        }
        return out;
    }

    /**
     * 帮扶村, on 1 January of the year: assistance_villages counts the village once (distinct villageCode, however many
     * records of the year), assistance_cadres + cadres (驻村干部), assistance_funds_yuan + funds (万元) × 10000.
     */
    static List<MeasureEntry> assistance(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate on = yearStart(d);
        if (on == null) {
            return out;
        }
        String village = text(d, "villageCode");
        if (village != null) {
            out.add(new MeasureEntry("assistance_villages", on, 1, village));
        }
        amount(out, "assistance_cadres", on, d, "cadres");
        long yuan = wanToYuan(d.get("funds"));
        if (yuan != 0) {
            out.add(new MeasureEntry("assistance_funds_yuan", on, yuan));
        }
        return out;
    }

    /** A sum in 万元 (two decimals) in whole yuan, rounded half up; 0 when absent. */
    static long wanToYuan(JsonNode wan) {
        if (wan == null || !wan.isNumber()) {
            return 0;
        }
        return wan.decimalValue().multiply(BigDecimal.valueOf(10_000)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static LocalDate yearStart(JsonNode d) {
        JsonNode year = d.get("year");
        return year == null || !year.canConvertToInt() ? null : LocalDate.of(year.asInt(), 1, 1);
    }
}
