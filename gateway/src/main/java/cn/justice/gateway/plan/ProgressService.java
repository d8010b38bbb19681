package cn.justice.gateway.plan;

import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
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
import java.util.TreeMap;

/**
 * Computes indicators from the rollups (never from facts, never by calling the services): one query fetches the
 * monthly deltas of every measure an indicator needs up to the period end; flows sum the period's months, stocks
 * the running total. {@code townships_total} and {@code villages_total} come from the org directory.
 */
@ApplicationScoped
public class ProgressService {
    static final Set<String> DIRECTORY_MEASURES = Set.of("townships_total", "villages_total");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OrgDirectory orgs;
    @Inject
    Targets targets;

    Clock clock = Clock.systemDefaultZone();

    /** An indicator's value over [from, to] (months). */
    public record Value(BigDecimal actual, long numerator, Long denominator, boolean hasData, Instant asOf) {
    }

    public Progress progress(Plan plan, String orgCode, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today.withDayOfMonth(1) : LocalDate.of(year, 12, 1);
        Measures m = load(orgCode, plan.indicators(), to);
        double elapsed = elapsedFraction(year, today);
        Map<String, Map<Integer, BigDecimal>> overrides = targets.overrides(plan.id(), orgs.countyOf(orgCode));
        List<Progress.Item> items = new ArrayList<>();
        Instant planAsOf = null;
        for (Indicator i : plan.indicators()) {
            Value v = value(i, m, orgCode, from, to);
            BigDecimal target = targets.target(i, year, overrides);
            planAsOf = latest(planAsOf, v.asOf());
            items.add(new Progress.Item(i.code(), i.name(), i.nameEn(), i.unit(), v.actual(),
                    BigDecimal.valueOf(v.numerator()), v.denominator() == null ? null : BigDecimal.valueOf(v.denominator()),
                    target, i.comparator(), i.baseline(), IndicatorStatus.of(i, v.actual(), target, elapsed, v.hasData()),
                    v.asOf()));
        }
        return new Progress(plan.id(), orgCode, year, planAsOf, items);
    }

    /** The indicator per period between {@code from} and {@code to} (first days of months), one value each. */
    public List<Value> series(Indicator indicator, String orgCode, List<LocalDate[]> periods) {
        LocalDate last = periods.get(periods.size() - 1)[1];
        Measures m = load(orgCode, List.of(indicator), last);
        List<Value> out = new ArrayList<>();
        for (LocalDate[] p : periods) {
            out.add(value(indicator, m, orgCode, p[0], p[1]));
        }
        return out;
    }

    Value value(Indicator i, Measures m, String orgCode, LocalDate from, LocalDate to) {
        Sum num = total(i, i.numerator(), m, orgCode, from, to);
        Sum den = i.isRate() ? total(i, i.denominator(), m, orgCode, from, to) : null;
        boolean hasData = num.asOf != null || (den != null && den.asOf != null);
        BigDecimal actual;
        if (den != null) {
            hasData = hasData && den.value > 0;
            actual = den.value == 0 ? null : BigDecimal.valueOf(num.value).multiply(i.factor())
                    .divide(BigDecimal.valueOf(den.value), 2, RoundingMode.HALF_UP);
        } else {
            actual = BigDecimal.valueOf(num.value).multiply(i.factor()).stripTrailingZeros();
            if (actual.scale() < 0) {
                actual = actual.setScale(0);
            }
        }
        return new Value(actual, num.value, den == null ? null : den.value, hasData, latest(num.asOf, den == null ? null : den.asOf));
    }

    private Sum total(Indicator i, List<String> terms, Measures m, String orgCode, LocalDate from, LocalDate to) {
        long v = 0;
        Instant asOf = null;
        for (String text : terms) {
            Term t = Term.parse(text);
            long x;
            if (DIRECTORY_MEASURES.contains(t.measure())) {
                x = directory(t.measure(), orgCode);
            } else {
                TreeMap<LocalDate, Long> months = m.deltas.getOrDefault(t.measure(), new TreeMap<>());
                boolean stock = t.mode() != Term.Mode.AS_INDICATOR || i.kind() == Indicator.Kind.STOCK;
                if (!stock) {
                    x = months.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue).sum();
                } else if (t.mode() == Term.Mode.STOCK_AT_START) {
                    x = months.headMap(from, false).values().stream().mapToLong(Long::longValue).sum();
                } else {
                    x = months.headMap(to, true).values().stream().mapToLong(Long::longValue).sum();
                }
                asOf = latest(asOf, m.asOf.get(t.measure()));
            }
            v += (long) t.multiplier() * x;
        }
        return new Sum(v, asOf);
    }

    private long directory(String measure, String orgCode) {
        if ("townships_total".equals(measure)) {
            return orgCode.length() == 6 ? orgs.townships(orgCode).size() : 1;
        }
        return orgs.villages(orgCode).stream().filter(u -> u.level() == OrgUnit.Level.VILLAGE).count();
    }

    /** Monthly deltas (and newest event time) of every measure the indicators need, up to {@code to}. */
    Measures load(String org, List<Indicator> indicators, LocalDate to) {
        Set<String> measures = new LinkedHashSet<>();
        for (Indicator i : indicators) {
            for (String t : i.numerator()) {
                measures.add(Term.parse(t).measure());
            }
            for (String t : i.denominatorOrEmpty()) {
                measures.add(Term.parse(t).measure());
            }
        }
        measures.removeAll(DIRECTORY_MEASURES);
        Measures out = new Measures();
        if (measures.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT measure, month, value, last_event_at FROM rollup "
                     + "WHERE org_code = ? AND measure = ANY(?) AND month <= ?")) {
            ps.setString(1, org);
            ps.setArray(2, c.createArrayOf("text", measures.toArray()));
            ps.setObject(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String measure = rs.getString(1);
                    out.deltas.computeIfAbsent(measure, k -> new TreeMap<>())
                            .merge(rs.getObject(2, LocalDate.class), rs.getLong(3), Long::sum);
                    Timestamp t = rs.getTimestamp(4);
                    if (t != null) {
                        out.asOf.merge(measure, t.toInstant(), ProgressService::latest);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rollup query failed", e);
        }
        return out;
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

    static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    static final class Measures {
        final Map<String, TreeMap<LocalDate, Long>> deltas = new HashMap<>();
        final Map<String, Instant> asOf = new HashMap<>();
    }

    private record Sum(long value, Instant asOf) {
    }
}
