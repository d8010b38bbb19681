package cn.justice.gateway.plan;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes plan progress from the rollups (never from facts, never by calling the services). */
@ApplicationScoped
public class ProgressService {
    @Inject
    AgroalDataSource dataSource;

    Clock clock = Clock.systemDefaultZone();

    public Progress progress(Plan plan, String orgCode, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 1);
        LocalDate stockMonth = year == today.getYear() ? today.withDayOfMonth(1) : last;
        Set<String> flows = new LinkedHashSet<>();
        Set<String> stocks = new LinkedHashSet<>();
        for (Indicator i : plan.indicators()) {
            Set<String> target = i.kind() == Indicator.Kind.FLOW ? flows : stocks;
            target.addAll(i.numerator());
            target.addAll(i.denominatorOrEmpty());
        }
        Map<String, Sum> flowSums = sums(orgCode, flows, first, last);
        Map<String, Sum> stockSums = sums(orgCode, stocks, LocalDate.of(1900, 1, 1), stockMonth);
        double elapsed = elapsedFraction(year, today);
        List<Progress.Item> items = new ArrayList<>();
        Instant planAsOf = null;
        for (Indicator i : plan.indicators()) {
            Map<String, Sum> s = i.kind() == Indicator.Kind.FLOW ? flowSums : stockSums;
            Sum num = total(s, i.numerator());
            Sum den = i.isRate() ? total(s, i.denominator()) : null;
            boolean hasData = num.asOf != null || (den != null && den.asOf != null);
            BigDecimal actual;
            if (i.isRate()) {
                hasData = hasData && den.value > 0;
                actual = den.value == 0 ? null : BigDecimal.valueOf(num.value).multiply(i.factor())
                        .divide(BigDecimal.valueOf(den.value), 2, RoundingMode.HALF_UP);
            } else {
                actual = BigDecimal.valueOf(num.value).multiply(i.factor()).stripTrailingZeros();
                if (actual.scale() < 0) {
                    actual = actual.setScale(0);
                }
            }
            BigDecimal target = i.targets() == null ? null : i.targets().get(year);
            Instant asOf = latest(num.asOf, den == null ? null : den.asOf);
            planAsOf = latest(planAsOf, asOf);
            items.add(new Progress.Item(i.code(), i.name(), i.nameEn(), i.unit(), actual,
                    BigDecimal.valueOf(num.value), den == null ? null : BigDecimal.valueOf(den.value), target,
                    i.comparator(), i.baseline(), IndicatorStatus.of(i, actual, target, elapsed, hasData), asOf));
        }
        return new Progress(plan.id(), orgCode, year, planAsOf, items);
    }

    static double elapsedFraction(int year, LocalDate today) {
        if (year < today.getYear()) {
            return 1.0;
        }
        if (year > today.getYear()) {
            return 0.0;
        }
        // the days completed before today: the current year is never "finished" while it lasts
        return (double) (today.getDayOfYear() - 1) / today.lengthOfYear();
    }

    private Map<String, Sum> sums(String org, Set<String> measures, LocalDate from, LocalDate to) {
        Map<String, Sum> out = new HashMap<>();
        if (measures.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT measure, sum(value), max(last_event_at) FROM rollup "
                     + "WHERE org_code = ? AND measure = ANY(?) AND month BETWEEN ? AND ? GROUP BY measure")) {
            ps.setString(1, org);
            ps.setArray(2, c.createArrayOf("text", measures.toArray()));
            ps.setObject(3, from);
            ps.setObject(4, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(3);
                    out.put(rs.getString(1), new Sum(rs.getLong(2), t == null ? null : t.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rollup query failed", e);
        }
        return out;
    }

    private static Sum total(Map<String, Sum> sums, List<String> measures) {
        long v = 0;
        Instant asOf = null;
        for (String m : measures) {
            Sum s = sums.get(m);
            if (s != null) {
                v += s.value;
                asOf = latest(asOf, s.asOf);
            }
        }
        return new Sum(v, asOf);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private record Sum(long value, Instant asOf) {
    }
}
