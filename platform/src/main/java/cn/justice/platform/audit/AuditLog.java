package cn.justice.platform.audit;

import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.Caller;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes and reads the service's audit log of personal-data access. A record is written in the reading request's
 * transaction when there is one, so a read that fails leaves no trace and a read that succeeds always does.
 */
@ApplicationScoped
public class AuditLog {
    public static final String PURPOSE_HEADER = "X-Purpose";
    private static final int MAX_PURPOSE = 500;

    @Inject
    AgroalDataSource dataSource;

    public void record(Caller caller, String recordType, UUID recordId, AuditEntry.Action action, String purpose) {
        String p = purpose == null ? null : decode(purpose).strip();
        if (p != null && p.length() > MAX_PURPOSE) {
            throw ProblemException.invalid(PURPOSE_HEADER, "must be at most " + MAX_PURPOSE + " characters");
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (actor, role, county_code, record_type, "
                     + "record_id, action, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, caller.subject());
            ps.setString(2, caller.primaryRole());
            ps.setString(3, caller.countyCode());
            ps.setString(4, recordType);
            ps.setObject(5, recordId);
            ps.setString(6, action.name());
            ps.setString(7, p == null || p.isEmpty() ? null : p);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("audit log unavailable", e);
        }
    }

    /** HTTP header values are ASCII: a purpose in Chinese arrives percent-encoded (UTF-8). */
    static String decode(String header) {
        if (header.indexOf('%') < 0) {
            return header;
        }
        try {
            return java.net.URLDecoder.decode(header.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(PURPOSE_HEADER, "malformed percent-encoding");
        }
    }

    /** Entries of the caller's county, newest first; filters may be null ({@code to} is inclusive). */
    public Page<AuditEntry> list(Caller caller, LocalDate from, LocalDate to, String actor, UUID recordId, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE county_code = ?");
        List<Object> params = new ArrayList<>();
        params.add(caller.countyCode());
        if (from != null) {
            where.append(" AND at >= ?");
            params.add(Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (to != null) {
            where.append(" AND at < ?");
            params.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = ?");
            params.add(actor);
        }
        if (recordId != null) {
            where.append(" AND record_id = ?");
            params.add(recordId);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_log" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT at, actor, role, record_type, record_id, action, purpose "
                    + "FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
                bind(ps, params);
                ps.setInt(params.size() + 1, page.size());
                ps.setInt(params.size() + 2, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, UUID.class), AuditEntry.Action.valueOf(rs.getString(6)),
                                rs.getString(7)));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("audit log unavailable", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }
}
