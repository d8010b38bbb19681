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
     * 社区矫正对象. Flows: subjects_received on receivedOn; subjects_reported on reportedOn (接收: the first report or,
     * for 暂予监外执行, the handover) and subjects_reported_on_time too when that intake was within its 10 days
     * ({@code intakeOnTime}; an event from before that field: reportType ON_TIME); subjects_reoffended on reoffendedOn
     * (the first re-offence); subjects_terminated (解除矫正) on endedOn when TERMINATED. Stocks: subjects_active from
     * reportedOn to endedOn (a MISSING or REVOCATION_PROPOSED person is still under correction; never before the report
     * or handover); subjects_missing per missing period (cut at endedOn: revocation, death or transfer-out end it, a
     * proposal does not) and monitoring_active per monitoring period, each {@code [from, to)} with {@code to} null
     * while it lasts. A person transferred within the county (社区矫正法第27条, {@code transfers}) counts on each date
     * in the township that supervised them then: see {@link #inTownships}.
     */
    static List<MeasureEntry> subject(JsonNode d) {
        List<MeasureEntry> out = new ArrayList<>();
        add(out, "subjects_received", date(d, "receivedOn"));
        LocalDate reported = date(d, "reportedOn");
        LocalDate ended = date(d, "endedOn");
        if (reported != null) {
            add(out, "subjects_reported", reported);
            JsonNode onTime = d.get("intakeOnTime");
            if (onTime != null && !onTime.isNull() ? onTime.asBoolean(false) : "ON_TIME".equals(text(d, "reportType"))) {
                add(out, "subjects_reported_on_time", reported);
            }
            stock(out, "subjects_active", reported, ended);
        }
        add(out, "subjects_reoffended", date(d, "reoffendedOn"));
        if ("TERMINATED".equals(text(d, "status"))) {
            add(out, "subjects_terminated", ended);
        }
        periods(out, "subjects_missing", d.get("missingPeriods"), ended);
        periods(out, "monitoring_active", d.get("monitoringPeriods"), null);
        return inTownships(out, transfers(d));
    }

    /** 执行地变更 within the county: from {@code on} the person counts in {@code township}. */
    record Transfer(LocalDate on, String from, String to) {
    }

    static List<Transfer> transfers(JsonNode d) {
        List<Transfer> t = new ArrayList<>();
        JsonNode a = d.get("transfers");
        if (a != null && a.isArray()) {
            for (JsonNode x : a) {
                LocalDate on = date(x, "on");
                if (on != null && text(x, "fromTownshipCode") != null && text(x, "toTownshipCode") != null) {
                    t.add(new Transfer(on, text(x, "fromTownshipCode"), text(x, "toTownshipCode")));
                }
            }
        }
        return t;
    }

    /** The township on {@code day}: the target of the latest transfer on or before it, else the first one's origin. */
    static String townshipOn(List<Transfer> transfers, LocalDate day) {
        String t = transfers.get(0).from();
        for (Transfer x : transfers) {
            if (!x.on().isAfter(day)) {
                t = x.to();
            }
        }
        return t;
    }

    /**
     * 社区矫正法第27条: the entries of a transferred person, each in the township of its date (the same rule as the
     * service's {@code subject_township_on}). A stock's entry (+1 on entering) stays as it is and, at every transfer
     * while the person is in the stock, the person leaves the old township and enters the new one (−1 there, +1 here
     * on the transfer's day), so a township's stock at any day holds exactly those it supervised that day; a leaving
     * (−1) counts in the township of the day before. The county's figures are unchanged. Without transfers the entries
     * count in the event's township.
     */
    static List<MeasureEntry> inTownships(List<MeasureEntry> entries, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return entries;
        }
        List<MeasureEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MeasureEntry e = entries.get(i);
            boolean stockEntry = STOCKS.contains(e.measure()) && e.value() > 0;
            if (!stockEntry) {
                LocalDate day = e.value() < 0 ? e.date().minusDays(1) : e.date();
                out.add(e.in(townshipOn(transfers, day)));
                continue;
            }
            // the stock's leaving, if any, is the next entry of the same measure with a negative value
            LocalDate leaves = i + 1 < entries.size() && entries.get(i + 1).measure().equals(e.measure())
                    && entries.get(i + 1).value() < 0 ? entries.get(i + 1).date() : null;
            out.add(e.in(townshipOn(transfers, e.date())));
            for (Transfer t : transfers) {
                if (t.on().isAfter(e.date()) && (leaves == null || t.on().isBefore(leaves))) {
                    out.add(new MeasureEntry(e.measure(), t.on(), -1).in(townshipOn(transfers, t.on().minusDays(1))));
                    out.add(new MeasureEntry(e.measure(), t.on(), 1).in(t.to()));
                }
            }
        }
        return out;
    }

    private static final java.util.Set<String> STOCKS = java.util.Set.of("subjects_active", "subjects_missing", "monitoring_active");

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

    /** A stock over a list of half-open periods {@code {"from", "to"}}, an open one ending on {@code endedOn} if given. */
    private static void periods(List<MeasureEntry> out, String measure, JsonNode periods, LocalDate endedOn) {
        if (periods == null || !periods.isArray()) {
            return;
        }
        for (JsonNode p : periods) {
            LocalDate from = date(p, "from");
            if (from != null) {
                LocalDate to = date(p, "to");
                stock(out, measure, from, to == null ? endedOn : to);
            }
        }
    }
}
