package cn.justice.gateway.report;

import cn.justice.gateway.readmodel.MeasureCatalogue;
import cn.justice.gateway.readmodel.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The figures a report quotes, from the read model's rollups: flows over the period, stocks at its end. */
@ApplicationScoped
public class ReportFigures {
    @Inject
    Rollups rollups;

    /** A figure and whether its measure was ever recorded for the org unit (else the report says so in words). */
    /**
     * A measure's figure for the report. The template says "暂无数据" in words when the leading measure of a sentence
     * has no data ({@code hasData}); inside a sentence whose leading measure has data, a measure never recorded is a
     * true 0 (no termination, no re-offence), so the figure prints as 0.
     */
    public record Figure(long value, boolean hasData) {
        @Override
        public String toString() {
            return String.format("%,d", value);
        }

        public boolean zero() {
            return value == 0;
        }
    }

    /** measure → figure, for every measure ever recorded for the org unit (up to {@code to}). */
    public Map<String, Figure> load(String org, LocalDate from, LocalDate to) {
        Rollups.Deltas d = rollups.load(org, null, to);
        Map<String, Figure> out = new HashMap<>();
        for (String m : d.measures()) {
            long v = isStock(m) ? d.stockAtEndOf(m, to.withDayOfMonth(1))
                    : d.flow(m, from.withDayOfMonth(1), to.withDayOfMonth(1));
            out.put(m, new Figure(v, true));
        }
        return out;
    }

    static boolean isStock(String measure) {
        MeasureCatalogue.Kind k = MeasureCatalogue.kind(measure);
        return k == MeasureCatalogue.Kind.STOCK || (k == null && measure.startsWith("committees_active"));
    }
}
