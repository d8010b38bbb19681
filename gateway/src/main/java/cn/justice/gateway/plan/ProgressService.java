package cn.justice.gateway.plan;

import cn.justice.gateway.readmodel.Rollups;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes indicators from the rollups (never from facts, never by calling the services): one query fetches the
 * monthly deltas of every measure an indicator needs up to the period end; flows sum the period's months, stocks
 * the running total. {@code townships_total} and {@code villages_total} come from the org directory.
 */
@ApplicationScoped
public class ProgressService {
    static final Set<String> DIRECTORY_MEASURES = Set.of("townships_total", "villages_total");

    @Inject
    Rollups rollups;
    @Inject
    OrgDirectory orgs;
    @Inject
    Targets targets;

    /** The bureau's clock (justice.zone): "today" is the bureau's date, not the host's. */
    @Inject
    Clock clock;

    /** An indicator's value over [from, to] (months). */
    public record Value(BigDecimal actual, long numerator, Long denominator, boolean hasData, Instant asOf) {
    }

    public Progress progress(Plan plan, String orgCode, int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year == today.getYear() ? today.withDayOfMonth(1) : LocalDate.of(year, 12, 1);
        Rollups.Deltas m = load(orgCode, plan.indicators(), to);
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
        Rollups.Deltas m = load(orgCode, List.of(indicator), last);
        List<Value> out = new ArrayList<>();
        for (LocalDate[] p : periods) {
            out.add(value(indicator, m, orgCode, p[0], p[1]));
        }
        return out;
    }

    Value value(Indicator i, Rollups.Deltas m, String orgCode, LocalDate from, LocalDate to) {
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

    private Sum total(Indicator i, List<String> terms, Rollups.Deltas m, String orgCode, LocalDate from, LocalDate to) {
        long v = 0;
        Instant asOf = null;
        for (String text : terms) {
            Term t = Term.parse(text);
            long x;
            if (DIRECTORY_MEASURES.contains(t.measure())) {
                x = directory(t.measure(), orgCode);
            } else {
                boolean stock = t.mode() != Term.Mode.AS_INDICATOR || i.kind() == Indicator.Kind.STOCK;
                if (!stock) {
                    x = m.flow(t.measure(), from, to);
                } else if (t.mode() == Term.Mode.STOCK_AT_START) {
                    x = m.stockBefore(t.measure(), from);
                } else {
                    x = m.stockAtEndOf(t.measure(), to);
                }
                asOf = latest(asOf, m.asOf(t.measure()));
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

    /** Monthly deltas (and newest event time) of every measure the indicators need, up to {@code to}: one query. */
    Rollups.Deltas load(String org, List<Indicator> indicators, LocalDate to) {
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
        return rollups.load(org, measures, to);
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

    private record Sum(long value, Instant asOf) {
    }
}
