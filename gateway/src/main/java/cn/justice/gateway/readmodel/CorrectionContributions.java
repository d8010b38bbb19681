package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.justice.gateway.readmodel.ContributionRules.add;
import static cn.justice.gateway.readmodel.ContributionRules.date;
import static cn.justice.gateway.readmodel.ContributionRules.stock;
import static cn.justice.gateway.readmodel.ContributionRules.text;

/**
 * What the correction-service's aggregates contribute to the measures of DESIGN §7 (see {@link ContributionRules}),
 * the same rules as its {@code GET /api/v1/correction/stats} (docs/events.md, section correction-service).
 */
final class CorrectionContributions {
    private CorrectionContributions() {
    }

    /** @param kind {@code <service>.<aggregate>}: {@code correction.subject} or {@code correction.released-person} */
    static List<MeasureEntry> entries(String kind, JsonNode d) {
        return switch (kind) {
            case "correction.subject" -> subject(d);
            case "correction.released-person" -> releasedPerson(d);
            default -> List.of();
        };
    }

    /**
     * 社区矫正对象. Flows: subjects_received on receivedOn; subjects_reported on reportedOn (the first report) and
     * subjects_reported_on_time too when reportType is ON_TIME; subjects_reoffended on reoffendedOn (the first
     * re-offence); subjects_terminated (解除矫正) on endedOn when TERMINATED. Stocks: subjects_active from reportedOn
     * to endedOn (a MISSING person is still under correction); subjects_missing per missing period and
     * monitoring_active per monitoring period, each {@code [from, to)} with {@code to} null while it lasts.
     */
    static List<MeasureEntry> subject(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        add(out, "subjects_received", date(d, "receivedOn"));
        LocalDate reported = date(d, "reportedOn");
        LocalDate ended = date(d, "endedOn");
        if (reported != null) {
            add(out, "subjects_reported", reported);
            if ("ON_TIME".equals(text(d, "reportType"))) {
                add(out, "subjects_reported_on_time", reported);
            }
            stock(out, "subjects_active", reported, ended);
        }
        add(out, "subjects_reoffended", date(d, "reoffendedOn"));
        if ("TERMINATED".equals(text(d, "status"))) {
            add(out, "subjects_terminated", ended);
        }
        periods(out, "subjects_missing", d.get("missingPeriods"));
        periods(out, "monitoring_active", d.get("monitoringPeriods"));
        return out;
    }

    /**
     * 刑满释放人员: released_registered, and released_connected / released_placed once recorded, all on releasedOn (one
     * cohort); released_connected_on_time on releasedOn when the connection was not late — {@code connectedOnTime} of
     * the event (the service's ReleasedRules.connectedOnTime: a 重点帮教对象 connected on or before releasedOn, 必接必送,
     * DESIGN §10.1; anyone else whenever connected), for events written before that field the same rule from
     * keyPerson (absent: false), connectedOn and releasedOn. The status plays no part: a close from any state keeps
     * the person in the cohort, as {@code …/stats} counts it.
     */
    static List<MeasureEntry> releasedPerson(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        LocalDate released = date(d, "releasedOn");
        if (released == null) {
            return out;
        }
        add(out, "released_registered", released);
        LocalDate connected = date(d, "connectedOn");
        if (connected != null) {
            add(out, "released_connected", released);
            JsonNode onTime = d.get("connectedOnTime");
            boolean late = onTime != null && onTime.isBoolean() ? !onTime.booleanValue()
                    : d.path("keyPerson").asBoolean(false) && connected.isAfter(released);
            if (!late) {
                add(out, "released_connected_on_time", released);
            }
        }
        if (date(d, "placedOn") != null) {
            add(out, "released_placed", released);
        }
        return out;
    }

    /** A stock over a list of half-open periods {@code {"from", "to"}}. */
    private static void periods(List<MeasureEntry> out, String measure, JsonNode periods) {
        if (periods == null || !periods.isArray()) {
            return;
        }
        for (JsonNode p : periods) {
            LocalDate from = date(p, "from");
            if (from != null) {
                stock(out, measure, from, date(p, "to"));
            }
        }
    }
}
