package cn.justice.gateway.subscription;

import cn.justice.gateway.workqueue.WorkKind;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.web.Page;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The subscriptions and their delivery log in the gateway's database (plain JDBC like the rest of the read model).
 * The secret is sealed by WebhookSecrets and only read back by the dispatcher to sign.
 */
@ApplicationScoped
public class SubscriptionStore {
    private static final String COLUMNS = "id, url, kinds, org_code, created_by, created_at, deleted_at, county_code";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    WebhookSecrets secrets;
    @Inject
    Clock clock;
    @Inject
    SubscriptionConfig config;

    /** A new subscription of the county; 409 when the county already has the most active ones allowed. */
    public Subscription create(String countyCode, String orgCode, String url, List<WorkKind> kinds, String secret,
                               String createdBy) {
        UUID id = UUID.randomUUID();
        Instant createdAt;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM subscription WHERE county_code = ? AND deleted_at IS NULL")) {
                ps.setString(1, countyCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= config.maxPerCounty()) {
                        throw ProblemException.conflict("county " + countyCode + " already has " + config.maxPerCounty()
                                + " active subscriptions; delete one first");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO subscription (id, county_code, org_code, url, kinds, "
                    + "secret, created_by, created_at, created_on) VALUES (?, ?, ?, ?, ?, ?, ?, now(), ?) RETURNING created_at")) {
                ps.setObject(1, id);
                ps.setString(2, countyCode);
                ps.setString(3, orgCode);
                ps.setString(4, url);
                ps.setArray(5, c.createArrayOf("text", kinds.stream().map(Enum::name).toArray()));
                ps.setString(6, secrets.seal(secret));
                ps.setString(7, createdBy);
                ps.setObject(8, LocalDate.now(clock));
                createdAt = firstInstant(ps.executeQuery());
            }
            return new Subscription(id, url, kinds, countyCode, orgCode, createdBy, createdAt, true, null);
        } catch (SQLException e) {
            throw new IllegalStateException("subscription insert failed", e);
        }
    }

    /** The county's subscriptions, newest first; deleted ones only when asked. */
    public Page<Subscription> list(String countyCode, boolean includeDeleted, int page, int size) {
        String where = " WHERE county_code = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL");
        try (Connection c = dataSource.getConnection()) {
            long total = count(c, "SELECT count(*) FROM subscription" + where, countyCode);
            List<Subscription> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM subscription" + where
                    + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                ps.setString(1, countyCode);
                ps.setInt(2, size);
                ps.setLong(3, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(subscription(rs));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("subscription list failed", e);
        }
    }

    /** The subscription, if it is the county's; 404 otherwise (another county's is not revealed). */
    public Subscription require(String countyCode, UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM subscription WHERE id = ? AND county_code = ?")) {
            ps.setObject(1, id);
            ps.setString(2, countyCode);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("subscription", id);
                }
                return subscription(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription read failed", e);
        }
    }

    /**
     * Deletes (deactivates) the subscription: nothing more is sent, its pending deliveries are CANCELLED, its log is
     * kept. Deleting a deleted one changes nothing.
     */
    public void delete(String countyCode, UUID id, String deletedBy) {
        require(countyCode, id);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("UPDATE subscription SET deleted_at = now(), deleted_by = ? "
                        + "WHERE id = ? AND deleted_at IS NULL")) {
                    ps.setString(1, deletedBy);
                    ps.setObject(2, id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_delivery SET status = 'CANCELLED' "
                        + "WHERE subscription_id = ? AND status = 'PENDING'")) {
                    ps.setObject(1, id);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("subscription delete failed", e);
        }
    }

    /** The subscription's deliveries, newest first, of one status or all. */
    public Page<Delivery> deliveries(UUID subscriptionId, Delivery.Status status, int page, int size) {
        String where = " WHERE subscription_id = ?" + (status == null ? "" : " AND status = ?");
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM webhook_delivery" + where)) {
                bindDeliveries(ps, subscriptionId, status);
                total = single(ps);
            }
            List<Delivery> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, reason, kind, aggregate_id, township_code, due_on, "
                    + "status, attempts, created_at, next_attempt_at, last_attempt_at, last_status, last_error, delivered_at "
                    + "FROM webhook_delivery" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                int i = bindDeliveries(ps, subscriptionId, status);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Delivery.Status s = Delivery.Status.valueOf(rs.getString(7));
                        items.add(new Delivery(rs.getObject(1, UUID.class), Delivery.Reason.valueOf(rs.getString(2)),
                                rs.getString(3) == null ? null : WorkKind.valueOf(rs.getString(3)),
                                rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, LocalDate.class), s,
                                rs.getInt(8), instant(rs, 9), s == Delivery.Status.PENDING ? instant(rs, 10) : null,
                                instant(rs, 11), rs.getObject(12, Integer.class), rs.getString(13), instant(rs, 14)));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("delivery log read failed", e);
        }
    }

    private static int bindDeliveries(PreparedStatement ps, UUID subscriptionId, Delivery.Status status) throws SQLException {
        ps.setObject(1, subscriptionId);
        if (status != null) {
            ps.setString(2, status.name());
            return 3;
        }
        return 2;
    }

    private static long count(Connection c, String sql, String countyCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, countyCode);
            return single(ps);
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        Array kinds = rs.getArray(3);
        List<WorkKind> k = Arrays.stream((String[]) kinds.getArray()).map(WorkKind::valueOf).sorted().toList();
        Instant deletedAt = instant(rs, 7);
        return new Subscription(rs.getObject(1, UUID.class), rs.getString(2), k, rs.getString(8), rs.getString(4), rs.getString(5),
                instant(rs, 6), deletedAt == null, deletedAt);
    }

    /** The first row's first column, a timestamp, of a result (closed after). */
    private static Instant firstInstant(ResultSet rs) throws SQLException {
        try (rs) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
