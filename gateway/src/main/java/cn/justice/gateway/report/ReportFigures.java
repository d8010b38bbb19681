package cn.justice.gateway.report;

import cn.justice.gateway.readmodel.MeasureCatalogue;
import cn.justice.gateway.readmodel.Rollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

        /**
         * A sum of money in yuan as the report writes it: from 10,000 yuan in 万元 with two decimals (rounded half up,
         * e.g. {@code 12.35万元}), below that in 元 ({@code 8,500元}).
         */
        public String yuan() {
            if (Math.abs(value) >= 10_000) {
                return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP)
                        .toPlainString() + "万元";
            }
            return String.format("%,d元", value);
        }
    }

    /**
     * A rate in percent with one decimal, rounded half up ({@code 95.2%}), as numerator / denominator × 100;
     * "暂无数据" when the denominator is 0.
     */
    public static String percent(long numerator, long denominator) {
        if (denominator == 0) {
            return "暂无数据";
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).toPlainString() + "%";
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
