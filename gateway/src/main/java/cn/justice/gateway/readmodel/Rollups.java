package cn.justice.gateway.readmodel;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the rollups of one org unit in one query: the monthly deltas of the measures asked for (all when null) up
 * to a month. Flows and stocks of any period up to that month are then sums over those deltas, so progress,
 * series, the report and reconciliation all read the read model the same way.
 */
@ApplicationScoped
public class Rollups {
    @Inject
    AgroalDataSource dataSource;

    /** Monthly deltas per measure and the time of the newest event behind each measure. */
    public static final class Deltas {
        private final Map<String, TreeMap<LocalDate, Long>> byMeasure = new HashMap<>();
        /** Distinct-count measures: measure → member → monthly deltas. */
        private final Map<String, Map<String, TreeMap<LocalDate, Long>>> byMember = new HashMap<>();
        private final Map<String, Instant> asOf = new HashMap<>();

        /** Was the measure ever recorded (up to the loaded month)? */
        public boolean has(String measure) {
            return byMeasure.containsKey(measure) || byMember.containsKey(measure);
        }

        public Set<String> measures() {
            Set<String> all = new java.util.TreeSet<>(byMeasure.keySet());
            all.addAll(byMember.keySet());
            return all;
        }

        public Instant asOf(String measure) {
            return asOf.get(measure);
        }

        /**
         * Sum of the months from {@code fromMonth} to {@code toMonth} (first days of months, inclusive); for a
         * distinct-count measure, the members whose deltas over those months sum to more than zero.
         */
        public long flow(String measure, LocalDate fromMonth, LocalDate toMonth) {
            if (byMember.containsKey(measure)) {
                return members(measure, m -> m.subMap(fromMonth, true, toMonth, true));
            }
            return sum(months(measure).subMap(fromMonth, true, toMonth, true));
        }

        /** The stock at the end of {@code month}: every delta up to it (distinct members still in the stock). */
        public long stockAtEndOf(String measure, LocalDate month) {
            if (byMember.containsKey(measure)) {
                return members(measure, m -> m.headMap(month, true));
            }
            return sum(months(measure).headMap(month, true));
        }

        /** The stock before {@code month} began. */
        public long stockBefore(String measure, LocalDate month) {
            if (byMember.containsKey(measure)) {
                return members(measure, m -> m.headMap(month, false));
            }
            return sum(months(measure).headMap(month, false));
        }

        private long members(String measure,
                             java.util.function.Function<TreeMap<LocalDate, Long>, Map<LocalDate, Long>> window) {
            return byMember.get(measure).values().stream().filter(m -> sum(window.apply(m)) > 0).count();
        }

        private TreeMap<LocalDate, Long> months(String measure) {
            return byMeasure.getOrDefault(measure, new TreeMap<>());
        }

        private static long sum(Map<LocalDate, Long> m) {
            return m.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** @param measures the measures to read, or null for all */
    public Deltas load(String org, Set<String> measures, LocalDate toMonth) {
        Deltas out = new Deltas();
        if (measures != null && measures.isEmpty()) {
            return out;
        }
        String filter = " WHERE org_code = ? AND month <= ?" + (measures == null ? "" : " AND measure = ANY(?)");
        String sql = "SELECT measure, NULL, month, value, last_event_at FROM rollup" + filter
                + " UNION ALL SELECT measure, member, month, value, last_event_at FROM member_rollup" + filter;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 0;
            for (int table = 0; table < 2; table++) {
                ps.setString(++i, org);
                ps.setObject(++i, toMonth.withDayOfMonth(1));
                if (measures != null) {
                    ps.setArray(++i, c.createArrayOf("text", measures.toArray()));
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String measure = rs.getString(1);
                    String member = rs.getString(2);
                    TreeMap<LocalDate, Long> months = member == null
                            ? out.byMeasure.computeIfAbsent(measure, k -> new TreeMap<>())
                            : out.byMember.computeIfAbsent(measure, k -> new HashMap<>()).computeIfAbsent(member, k -> new TreeMap<>());
                    months.merge(rs.getObject(3, LocalDate.class), rs.getLong(4), Long::sum);
                    Timestamp t = rs.getTimestamp(5);
                    if (t != null) {
                        out.asOf.merge(measure, t.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rollup query failed", e);
        }
        return out;
    }
}
