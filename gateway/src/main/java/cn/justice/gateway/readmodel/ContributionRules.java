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
