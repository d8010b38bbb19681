package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.justice.gateway.readmodel.ContributionRules.add;
import static cn.justice.gateway.readmodel.ContributionRules.amount;
import static cn.justice.gateway.readmodel.ContributionRules.date;
import static cn.justice.gateway.readmodel.ContributionRules.stock;
import static cn.justice.gateway.readmodel.ContributionRules.text;

/**
 * What the legal-aid-service's aggregates contribute to the measures of DESIGN §7 (see {@link ContributionRules}):
 * the same counts as the service's {@code GET /api/v1/legal-aid/stats}, from the {@code data} of the latest event.
 */
final class LegalAidContributions {
    private LegalAidContributions() {
    }

    /** @param kind {@code <service>.<aggregate>}, e.g. {@code legal-aid.application} */
    static List<MeasureEntry> entries(String kind, JsonNode d) {
        return switch (kind) {
            case "legal-aid.application" -> application(d);
            case "legal-aid.consultation" -> figure(d, "consultations");
            case "legal-aid.notarization" -> figure(d, "notarizations");
            case "legal-aid.duty-lawyer-service" -> figure(d, "duty_lawyer_services");
            case "legal-aid.workstation" -> workstation(d);
            case "legal-aid.village-advisor" -> villageAdvisor(d);
            default -> List.of();
        };
    }

    /**
     * 法律援助申请, flows: applications_received on receivedOn; on the decision date (decidedOn) applications_decided,
     * applications_granted when the decision is GRANTED (whatever the later state: ASSIGNED, CLOSED), eligible_decided
     * and eligible_granted for an eligible application (应援尽援: an eligible one denied is decided, not granted),
     * decided_within_deadline when decided within the 7 days, assigned_within_deadline (法律援助法第43条) when GRANTED
     * and assigned on or before assignmentDueOn ({@code assignedWithinDeadline}; an emergency assignment before the
     * decision is in time) — on the decision date too, the cohort of applications_granted, so that
     * LA_TIMELY_ASSIGNMENT_RATE cannot pass 100 %; cases_closed on closedOn when CLOSED, and there subsidies_paid
     * (第52条) + subsidyAmount in whole yuan, rounded half up (the service's {@code …/stats} rounds each case the same).
     */
    static List<MeasureEntry> application(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        add(out, "applications_received", date(d, "receivedOn"));
        LocalDate decided = date(d, "decidedOn");
        if (decided != null) {
            boolean granted = "GRANTED".equals(text(d, "decision"));
            boolean eligible = d.path("eligible").asBoolean(false);
            add(out, "applications_decided", decided);
            if (granted) {
                add(out, "applications_granted", decided);
            }
            if (eligible) {
                add(out, "eligible_decided", decided);
            }
            if (eligible && granted) {
                add(out, "eligible_granted", decided);
            }
            if (d.path("decidedWithinDeadline").asBoolean(false)) {
                add(out, "decided_within_deadline", decided);
            }
            if (granted && d.path("assignedWithinDeadline").asBoolean(false)) {
                add(out, "assigned_within_deadline", decided);
            }
        }
        if ("CLOSED".equals(text(d, "status"))) {
            LocalDate closed = date(d, "closedOn");
            add(out, "cases_closed", closed);
            long subsidy = yuan(d.get("subsidyAmount"));
            if (closed != null && subsidy != 0) {
                out.add(new MeasureEntry("subsidies_paid", closed, subsidy));
            }
        }
        return out;
    }

    /** A subsidy (法律援助补贴, yuan with 2 decimals) in whole yuan, rounded half up; 0 when absent. */
    static long yuan(JsonNode amount) {
        if (amount == null || !amount.isNumber()) {
            return 0;
        }
        return amount.decimalValue().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * 法律咨询 / 公证 / 值班律师, flow: + count on date (county-wide notarizations and duty lawyer entries count for the
     * county only).
     */
    static List<MeasureEntry> figure(JsonNode d, String measure) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate on = date(d, "date");
        if (on != null) {
            amount(out, measure, on, d, "count");
        }
        return out;
    }

    /**
     * 工作站, stocks: workstations_active +1 on openedOn, -1 on closedOn; townships_with_workstation the same with the
     * township as member (the gateway counts townships whose summed deltas are positive, so two stations of one
     * township count once).
     */
    static List<MeasureEntry> workstation(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate opened = date(d, "openedOn");
        if (opened == null) {
            return out;
        }
        LocalDate closed = date(d, "closedOn");
        stock(out, "workstations_active", opened, closed);
        String township = text(d, "townshipCode");
        if (township != null) {
            distinctStock(out, "townships_with_workstation", township, opened, closed);
        }
        return out;
    }

    /**
     * 村居法律顾问, distinct stock: villages_with_advisor +1 for the village on from, -1 on the day after to (a period
     * covers its last day).
     */
    static List<MeasureEntry> villageAdvisor(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate from = date(d, "from");
        String village = text(d, "villageCode");
        if (from == null || village == null) {
            return out;
        }
        LocalDate to = date(d, "to");
        distinctStock(out, "villages_with_advisor", village, from, to == null ? null : to.plusDays(1));
        return out;
    }

    /** {@link ContributionRules#stock} for a distinct-count measure: the deltas carry what is counted once. */
    private static void distinctStock(List<MeasureEntry> out, String measure, String member, LocalDate enters,
                                      LocalDate leaves) {
        if (leaves != null && leaves.isBefore(enters)) {
            return;
        }
        out.add(new MeasureEntry(measure, enters, 1, member));
        if (leaves != null) {
            out.add(new MeasureEntry(measure, leaves, -1, member));
        }
    }
}
