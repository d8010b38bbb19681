package cn.justice.gateway.report;

import cn.justice.gateway.readmodel.MeasureCatalogue;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The figures a report quotes, from the read model's rollups: flows over the period, stocks at its end. */
@ApplicationScoped
public class ReportFigures {
    @Inject
    AgroalDataSource dataSource;

    /** A figure and whether its measure was ever recorded for the org unit (else the report says so in words). */
    public record Figure(long value, boolean hasData) {
        @Override
        public String toString() {
            return hasData ? String.format("%,d", value) : "暂无数据";
        }

        public boolean zero() {
            return hasData && value == 0;
        }
    }

    /** measure → figure; unknown measures are stocks when their name says {@code _active}, flows otherwise. */
    public Map<String, Figure> load(String org, LocalDate from, LocalDate to) {
        Map<String, long[]> sums = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT measure, month, value FROM rollup WHERE org_code = ? AND month <= ?")) {
            ps.setString(1, org);
            ps.setObject(2, to.withDayOfMonth(1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String measure = rs.getString(1);
                    LocalDate month = rs.getObject(2, LocalDate.class);
                    long value = rs.getLong(3);
                    seen.add(measure);
                    boolean stock = isStock(measure);
                    if (stock || !month.isBefore(from.withDayOfMonth(1))) {
                        sums.computeIfAbsent(measure, k -> new long[1])[0] += value;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rollup query failed", e);
        }
        Map<String, Figure> out = new HashMap<>();
        for (String m : seen) {
            out.put(m, new Figure(sums.getOrDefault(m, new long[1])[0], true));
        }
        return out;
    }

    static boolean isStock(String measure) {
        MeasureCatalogue.Kind k = MeasureCatalogue.kind(measure);
        return k == MeasureCatalogue.Kind.STOCK || (k == null && measure.startsWith("committees_active"));
    }
}
