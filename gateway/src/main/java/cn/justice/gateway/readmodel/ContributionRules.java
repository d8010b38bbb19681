package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an aggregate in its current state (the {@code data} of its latest event) contributes to the measures of
 * DESIGN §7. Each event carries the whole state the gateway needs, so the contribution is a pure function of the
 * latest event: a later event replaces it, whatever happened in between.
 */
public final class ContributionRules {
    private ContributionRules() {
    }

    /**
     * The aggregates whose events the read model understands ({@code <service>.<aggregate>}); an event of any other
     * type is a poison message for the read model (dead-lettered), not something to count as nothing.
     */
    public static final java.util.Set<String> AGGREGATES = java.util.Set.of(
            "mediation.dispute", "mediation.committee", "mediation.mediator",
            "correction.subject", "correction.released-person",
            "legal-aid.application", "legal-aid.consultation", "legal-aid.workstation", "legal-aid.notarization",
            "legal-aid.duty-lawyer-service",
            "legal-aid.village-advisor",
            "publicity.activity", "publicity.sms-campaign", "publicity.responsible-unit", "publicity.survey",
            "rule-of-law.reconsideration", "rule-of-law.document-review", "rule-of-law.enforcement-officer",
            "rule-of-law.enforcement-inspection", "rule-of-law.assessor-selection", "rule-of-law.honour",
            "rule-of-law.project", "rule-of-law.assistance-village");

    /** @throws IllegalArgumentException for an event type of no known aggregate */
    public static List<MeasureEntry> entries(CloudEvent event) {
        int dot = event.type().lastIndexOf('.');
        String kind = dot < 0 ? event.type() : event.type().substring(0, dot);
        if (!AGGREGATES.contains(kind)) {
            throw new IllegalArgumentException("unknown event type " + event.type());
        }
        JsonNode d = event.data();
        if (d == null || d.isNull()) {
            return List.of();
        }
        return switch (kind) {
            case "mediation.dispute" -> dispute(d);
            case "mediation.committee" -> committee(d);
            case "mediation.mediator" -> mediator(d);
            case "publicity.activity" -> activity(d);
            case "publicity.sms-campaign" -> smsCampaign(d);
            case "publicity.survey" -> survey(d);
            case "publicity.responsible-unit" -> responsibleUnit(d);
            default -> kind.startsWith("correction.") ? CorrectionContributions.entries(kind, d)
                    : kind.startsWith("legal-aid.") ? LegalAidContributions.entries(kind, d)
                    : kind.startsWith("rule-of-law.") ? RuleOfLawContributions.entries(kind, d)
                    : List.of();
        };
    }

    /**
     * 矛盾纠纷: registered by registeredOn, accepted by acceptedOn, succeeded/failed by closedOn. Also by registeredOn
     * (DESIGN §10.3, seed §二(三)): disputes_screened when the source is SCREENING (排查, the seed's 排查矛盾纠纷, one
     * source of six); disputes_degu_law when the mechanism is DEGU_LAW (德古+法律); disputes_police_linkage
     * (人民调解+治安调解) when the mechanism is POLICE_LINKAGE or the police referred the dispute (POLICE_REFERRAL,
     * 公安移送) — the same rules as the mediation service's {@code …/stats}.
     */
    static List<MeasureEntry> dispute(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate registered = date(d, "registeredOn");
        add(out, "disputes_registered", registered);
        String source = text(d, "source");
        String mechanism = text(d, "mechanism");
        if ("SCREENING".equals(source)) {
            add(out, "disputes_screened", registered);
        }
        if ("DEGU_LAW".equals(mechanism)) {
            add(out, "disputes_degu_law", registered);
        }
        if ("POLICE_LINKAGE".equals(mechanism) || "POLICE_REFERRAL".equals(source)) {
            add(out, "disputes_police_linkage", registered);
        }
        add(out, "disputes_accepted", date(d, "acceptedOn"));
        String status = text(d, "status");
        if ("SUCCEEDED".equals(status)) {
            add(out, "disputes_succeeded", date(d, "closedOn"));
        } else if ("FAILED".equals(status)) {
            add(out, "disputes_failed", date(d, "closedOn"));
        }
        return out;
    }

    /**
     * 调委会, stocks: committees_active +1 on establishedOn and -1 on dissolvedOn; police_rooms the same for a
     * POLICE_STATION committee. committees_standardized follows the latest assessment only (the service keeps no
     * history of assessments): when it passed, +1 on its assessedOn (establishedOn if absent), -1 on dissolvedOn; a
     * later failed assessment removes the committee from the stock for every period, earlier ones included.
     */
    static List<MeasureEntry> committee(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate established = date(d, "establishedOn");
        if (established == null) {
            return out;
        }
        LocalDate dissolved = date(d, "dissolvedOn");
        stock(out, "committees_active", established, dissolved);
        if (text(d, "type") != null) {
            // per type, for the work report (乡镇/村级/行业性专业性调委会个数)
            stock(out, "committees_active_type_" + text(d, "type").toLowerCase(), established, dissolved);
        }
        if ("POLICE_STATION".equals(text(d, "type"))) {
            stock(out, "police_rooms", established, dissolved);
        }
        JsonNode standardized = d.get("standardized");
        if (standardized != null && standardized.asBoolean(false)) {
            LocalDate assessed = date(d, "assessedOn");
            stock(out, "committees_standardized", assessed == null ? established : assessed, dissolved);
        }
        return out;
    }

    /**
     * 人民调解员, stock: mediators_active +1 on appointedOn, -1 on retiredOn; mediators_full_time (专职人民调解员, seed
     * §二(三)) the same for a mediator whose (latest) kind is FULL_TIME. Flow mediator_training_hours (调解员培训): each
     * training of {@code trainings} adds its hours on its date, rounded half up to whole hours (4.5 → 5; the measures
     * are whole numbers) — the same rule as the mediation service's {@code …/stats}. A retired mediator's trainings
     * still count in their periods.
     */
    static List<MeasureEntry> mediator(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate appointed = date(d, "appointedOn");
        if (appointed != null) {
            LocalDate retired = date(d, "retiredOn");
            stock(out, "mediators_active", appointed, retired);
            if ("FULL_TIME".equals(text(d, "kind"))) {
                stock(out, "mediators_full_time", appointed, retired);
            }
        }
        JsonNode trainings = d.get("trainings");
        if (trainings != null && trainings.isArray()) {
            for (JsonNode t : trainings) {
                LocalDate on = date(t, "date");
                JsonNode hours = t.get("hours");
                if (on != null && hours != null && hours.isNumber()) {
                    long whole = trainingHours(hours.decimalValue());
                    if (whole != 0) {
                        out.add(new MeasureEntry("mediator_training_hours", on, whole));
                    }
                }
            }
        }
        return out;
    }

    /** A training's hours as mediator_training_hours counts them: whole hours, rounded half up. */
    static long trainingHours(BigDecimal hours) {
        return hours.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /**
     * 法治宣传活动, flows on heldOn while HELD: activities_held +1, participants and materials_distributed + the latest
     * figures. A correction is a newer version whose contribution replaces the old one (no double counting); a
     * PLANNED or CANCELLED activity contributes nothing. seven_into_covered (法律七进) is a distinct count: the activity
     * marks its township × venue pair as covered in the month it was held, and the pair counts once per period
     * however many activities it had.
     */
    static List<MeasureEntry> activity(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate held = date(d, "heldOn");
        if (!"HELD".equals(text(d, "status")) || held == null) {
            return out;
        }
        out.add(new MeasureEntry("activities_held", held, 1));
        if (text(d, "organizerUnitId") != null) {
            // 谁执法谁普法: held by the responsible unit that organised it (every activity names one)
            out.add(new MeasureEntry("units_activities_held", held, 1));
        }
        if ("CASE_EXPLANATION".equals(text(d, "format"))) {
            out.add(new MeasureEntry("activities_case_explanation", held, 1)); // 以案释法
        }
        amount(out, "participants", held, d, "participants");
        amount(out, "materials_distributed", held, d, "materialsDistributed");
        String township = text(d, "townshipCode");
        String venue = text(d, "venue");
        if (township != null && venue != null) {
            out.add(new MeasureEntry("seven_into_covered", held, 1, township + ":" + venue));
        }
        return out;
    }

    /** 普法短信, flow: sms_sent + messagesSent on sentOn (a county-wide campaign counts for the county only). */
    static List<MeasureEntry> smsCampaign(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate sent = date(d, "sentOn");
        if (sent != null) {
            amount(out, "sms_sent", sent, d, "messagesSent");
        }
        return out;
    }

    /** 普法知晓率/满意率调查: survey_respondents, survey_aware, survey_satisfied on 1 January of the survey year. */
    static List<MeasureEntry> survey(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        JsonNode year = d.get("year");
        if (year == null || !year.canConvertToInt()) {
            return out;
        }
        LocalDate on = LocalDate.of(year.asInt(), 1, 1);
        amount(out, "survey_respondents", on, d, "respondents");
        amount(out, "survey_aware", on, d, "aware");
        amount(out, "survey_satisfied", on, d, "satisfied");
        return out;
    }

    /**
     * 谁执法谁普法 责任单位 (seed §二(一)), a county record: for each planned year, units_plan_items + its itemCount
     * (普法责任清单) and units_activities_planned + its plannedActivities, both on 1 January of the year — the same rule
     * as the publicity service's {@code …/stats}. With units_activities_held (from the activities) they give
     * PUB_UNITS_FULFILMENT_RATE.
     */
    static List<MeasureEntry> responsibleUnit(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        JsonNode years = d.get("years");
        if (years == null || !years.isArray()) {
            return out;
        }
        for (JsonNode y : years) {
            JsonNode year = y.get("year");
            if (year == null || !year.canConvertToInt()) {
                continue;
            }
            LocalDate on = LocalDate.of(year.asInt(), 1, 1);
            amount(out, "units_plan_items", on, y, "itemCount");
            amount(out, "units_activities_planned", on, y, "plannedActivities");
        }
        return out;
    }

    /** A figure of the record counted on {@code date}; absent, null or zero figures add nothing. */
    static void amount(List<MeasureEntry> out, String measure, LocalDate date, JsonNode d, String field) {
        JsonNode n = d.get(field);
        if (n != null && n.isNumber() && n.asLong() != 0) {
            out.add(new MeasureEntry(measure, date, n.asLong()));
        }
    }

    /**
     * A stock: +1 on the day the record enters, -1 on the day it leaves (if it has). The rollup sums the deltas up to
     * a period's end, which gives the records in the stock at that end. A record that left before it entered (e.g. a
     * committee dissolved before the assessment that standardized it) was never in the stock: no entries.
     */
    static void stock(List<MeasureEntry> out, String measure, LocalDate enters, LocalDate leaves) {
        if (leaves != null && leaves.isBefore(enters)) {
            return;
        }
        out.add(new MeasureEntry(measure, enters, 1));
        if (leaves != null) {
            out.add(new MeasureEntry(measure, leaves, -1));
        }
    }

    static void add(List<MeasureEntry> out, String measure, LocalDate date) {
        if (date != null) {
            out.add(new MeasureEntry(measure, date, 1));
        }
    }

    static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static LocalDate date(JsonNode d, String field) {
        String s = text(d, field);
        return s == null ? null : LocalDate.parse(s);
    }
}
