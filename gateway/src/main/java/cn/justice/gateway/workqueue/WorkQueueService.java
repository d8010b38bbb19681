package cn.justice.gateway.workqueue;

import cn.justice.platform.org.OrgUnit;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the work queue of an org unit from {@code work_item}; overdue and severity against the given today. */
@ApplicationScoped
public class WorkQueueService {
    @Inject
    AgroalDataSource dataSource;

    /**
     * The items of the org unit (a county: all of its items, county records included; a township: its own) due on or
     * before {@code dueBy}, of one kind or all, by due date.
     */
    public WorkQueue read(OrgUnit org, WorkKind kind, LocalDate today, LocalDate dueBy, int page, int size) {
        boolean county = org.level() == OrgUnit.Level.COUNTY;
        String where = (county ? " WHERE county_code = ?" : " WHERE township_code = ?") + " AND due_on <= ?"
                + (kind == null ? "" : " AND kind = ?");
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM work_item" + where)) {
                bind(ps, org, dueBy, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<WorkQueue.Item> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, aggregate_id, township_code, due_on, title FROM work_item"
                    + where + " ORDER BY due_on, kind, aggregate_id LIMIT ? OFFSET ?")) {
                int i = bind(ps, org, dueBy, kind);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        WorkKind k = WorkKind.valueOf(rs.getString(1));
                        LocalDate dueOn = rs.getObject(4, LocalDate.class);
                        items.add(new WorkQueue.Item(k, k.service(), k.recordType(), rs.getObject(2, UUID.class),
                                rs.getString(3), dueOn, Severity.overdue(dueOn, today), Severity.of(dueOn, today),
                                rs.getString(5)));
                    }
                }
            }
            return new WorkQueue(items, page, size, total, org.code(), today, dueBy, asOf(c, org, county));
        } catch (SQLException e) {
            throw new IllegalStateException("work queue query failed", e);
        }
    }

    private static int bind(PreparedStatement ps, OrgUnit org, LocalDate dueBy, WorkKind kind) throws SQLException {
        int i = 1;
        ps.setString(i++, org.code());
        ps.setObject(i++, dueBy);
        if (kind != null) {
            ps.setString(i++, kind.name());
        }
        return i;
    }

    /**
     * As progress: the time of the newest event the read model applied for the org unit — the newest behind its
     * rollups or its work items.
     */
    private static Instant asOf(Connection c, OrgUnit org, boolean county) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT greatest((SELECT max(last_event_at) FROM rollup WHERE org_code = ?), "
                + "(SELECT max(event_time) FROM work_item WHERE " + (county ? "county_code" : "township_code") + " = ?))")) {
            ps.setString(1, org.code());
            ps.setString(2, org.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp t = rs.getTimestamp(1);
                return t == null ? null : t.toInstant();
            }
        }
    }
}
