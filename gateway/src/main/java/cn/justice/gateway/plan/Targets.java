package cn.justice.gateway.plan;

import cn.justice.platform.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A county's own targets over the plan file's defaults (the bureau sets them; "targets carried over until the
 * bureau sets new ones"). Every change is kept: who, when, old → new.
 */
@ApplicationScoped
public class Targets {
    @Inject
    AgroalDataSource dataSource;

    /** One recorded change. */
    public record Change(String code, int year, BigDecimal oldTarget, BigDecimal newTarget, Instant changedAt, String changedBy) {
    }

    /** code → year → target set by the county. */
    public Map<String, Map<Integer, BigDecimal>> overrides(String planId, String countyCode) {
        Map<String, Map<Integer, BigDecimal>> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT code, year, target FROM plan_target WHERE plan_id = ? AND county_code = ?")) {
            ps.setString(1, planId);
            ps.setString(2, countyCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), plain(rs.getBigDecimal(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("targets unavailable", e);
        }
        return out;
    }

    public BigDecimal target(Indicator i, int year, Map<String, Map<Integer, BigDecimal>> overrides) {
        BigDecimal set = overrides.getOrDefault(i.code(), Map.of()).get(year);
        if (set != null) {
            return set;
        }
        return i.targets() == null ? null : i.targets().get(year);
    }

    /** The indicator with the county's targets merged over the file's. */
    public Indicator effective(Indicator i, Map<String, Map<Integer, BigDecimal>> overrides) {
        Map<Integer, BigDecimal> set = overrides.get(i.code());
        if (set == null || set.isEmpty()) {
            return i;
        }
        Map<Integer, BigDecimal> merged = new TreeMap<>(i.targets() == null ? Map.of() : i.targets());
        merged.putAll(set);
        return new Indicator(i.code(), i.name(), i.nameEn(), i.unit(), i.owner(), i.kind(), i.numerator(), i.denominator(),
                i.factor(), i.comparator(), i.baseline(), false, merged);
    }

    @Transactional
    public void set(Plan plan, Indicator i, String countyCode, Map<Integer, BigDecimal> targets, String actor) {
        for (Map.Entry<Integer, BigDecimal> t : targets.entrySet()) {
            int year = t.getKey();
            if (year < plan.fromYear() || year > plan.toYear()) {
                throw ProblemException.invalid("targets." + year, "plan " + plan.id() + " covers " + plan.fromYear() + "–" + plan.toYear());
            }
            if (t.getValue() == null || t.getValue().signum() < 0 || ("%".equals(i.unit()) && t.getValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw ProblemException.invalid("targets." + year, "must be 0 or more" + ("%".equals(i.unit()) ? " and at most 100" : ""));
            }
        }
        Map<Integer, BigDecimal> current = overrides(plan.id(), countyCode).getOrDefault(i.code(), Map.of());
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("INSERT INTO plan_target (plan_id, county_code, code, year, target, updated_by) "
                     + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, county_code, code, year) DO UPDATE SET "
                     + "target = EXCLUDED.target, updated_by = EXCLUDED.updated_by, updated_at = clock_timestamp()");
             PreparedStatement log = c.prepareStatement("INSERT INTO plan_target_change (plan_id, county_code, code, year, "
                     + "old_target, new_target, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Integer, BigDecimal> t : new TreeMap<>(targets).entrySet()) {
                BigDecimal old = current.containsKey(t.getKey()) ? current.get(t.getKey())
                        : i.targets() == null ? null : i.targets().get(t.getKey());
                if (old != null && old.compareTo(t.getValue()) == 0) {
                    continue;
                }
                upsert.setString(1, plan.id());
                upsert.setString(2, countyCode);
                upsert.setString(3, i.code());
                upsert.setInt(4, t.getKey());
                upsert.setBigDecimal(5, t.getValue());
                upsert.setString(6, actor);
                upsert.executeUpdate();
                log.setString(1, plan.id());
                log.setString(2, countyCode);
                log.setString(3, i.code());
                log.setInt(4, t.getKey());
                log.setBigDecimal(5, old);
                log.setBigDecimal(6, t.getValue());
                log.setString(7, actor);
                log.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("targets unavailable", e);
        }
    }

    public List<Change> changes(String planId, String countyCode, String code) {
        List<Change> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT code, year, old_target, new_target, changed_at, changed_by "
                     + "FROM plan_target_change WHERE plan_id = ? AND county_code = ? AND code = ? ORDER BY changed_at, id")) {
            ps.setString(1, planId);
            ps.setString(2, countyCode);
            ps.setString(3, code);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Change(rs.getString(1), rs.getInt(2), plain(rs.getBigDecimal(3)), plain(rs.getBigDecimal(4)),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("targets unavailable", e);
        }
        return out;
    }

    /** 97.00 from NUMERIC(14,2) → 97, as the plan files write it. */
    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
