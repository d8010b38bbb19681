package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.databind.JsonNode;

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

    public static List<MeasureEntry> entries(CloudEvent event) {
        JsonNode d = event.data();
        if (d == null || d.isNull()) {
            return List.of();
        }
        String kind = event.type().substring(0, event.type().lastIndexOf('.'));
        return switch (kind) {
            case "mediation.dispute" -> dispute(d);
            case "mediation.committee" -> committee(d);
            case "mediation.mediator" -> mediator(d);
            default -> List.of();
        };
    }

    /** 矛盾纠纷: registered by registeredOn, accepted by acceptedOn, succeeded/failed by closedOn. */
    static List<MeasureEntry> dispute(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        add(out, "disputes_registered", date(d, "registeredOn"));
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

    /** 人民调解员, stock: mediators_active +1 on appointedOn, -1 on retiredOn. */
    static List<MeasureEntry> mediator(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate appointed = date(d, "appointedOn");
        if (appointed != null) {
            stock(out, "mediators_active", appointed, date(d, "retiredOn"));
        }
        return out;
    }

    /**
     * A stock: +1 on the day the record enters, -1 on the day it leaves (if it has). The rollup sums the deltas up to
     * a period's end, which gives the records in the stock at that end. A record that left before it entered (e.g. a
     * committee dissolved before the assessment that standardized it) was never in the stock: no entries.
     */
    private static void stock(List<MeasureEntry> out, String measure, LocalDate enters, LocalDate leaves) {
        if (leaves != null && leaves.isBefore(enters)) {
            return;
        }
        out.add(new MeasureEntry(measure, enters, 1));
        if (leaves != null) {
            out.add(new MeasureEntry(measure, leaves, -1));
        }
    }

    private static void add(List<MeasureEntry> out, String measure, LocalDate date) {
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
