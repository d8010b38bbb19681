package cn.justice.gateway.readmodel;

import cn.justice.gateway.workqueue.WorkItemRules;
import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.time.BureauClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies events to the read model, idempotently: the processed-event ids, the aggregates' contributions and the
 * rollups change together or not at all, in one transaction per event or per batch.
 */
@ApplicationScoped
public class ReadModel {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<MeasureEntry>> ENTRIES = new TypeReference<>() {
    };

    /** What applying one event did. */
    public enum Outcome { APPLIED, DUPLICATE, STALE }

    @Inject
    AgroalDataSource dataSource;

    /** The read model's tables; a rebuild fills a set with suffix {@code _next} and then swaps it in. */
    public record Tables(String processedEvent, String contribution, String rollup, String memberRollup,
                         String workItem) {
        public static final Tables LIVE = new Tables("processed_event", "contribution", "rollup", "member_rollup",
                "work_item");
        public static final Tables NEXT = new Tables("processed_event_next", "contribution_next", "rollup_next",
                "member_rollup_next", "work_item_next");
    }

    /**
     * An event checked and turned into its contribution and its aggregate's open work items (DESIGN §11), once: what
     * {@link #apply} writes.
     */
    public record Prepared(CloudEvent event, UUID aggregateId, List<MeasureEntry> entries, List<WorkItemRules.Due> workItems) {
        public Prepared(CloudEvent event, UUID aggregateId, List<MeasureEntry> entries) {
            this(event, aggregateId, entries, List.of());
        }
    }

    /** The bureau's zone ({@code justice.zone}): the calendar day of a change, for the work items dated by it. */
    private static final class Zone {
        static final java.time.ZoneId BUREAU = BureauClock.zone(ConfigProvider.getConfig()
                .getOptionalValue(BureauClock.ZONE_PROPERTY, String.class).orElse(BureauClock.DEFAULT_ZONE));
    }

    /**
     * Checks an event and computes its contribution.
     *
     * @throws IllegalArgumentException or {@link java.time.DateTimeException} for a message that can never be
     *                                  applied (consumers skip it instead of retrying)
     */
    public static Prepared prepare(CloudEvent event) {
        return new Prepared(event, UUID.fromString(event.subject()), ContributionRules.entries(event),
                WorkItemRules.items(event, Zone.BUREAU));
    }

    /** Applies one event to the live read model. */
    @Transactional
    public Outcome apply(CloudEvent event) {
        return apply(prepare(event), Tables.LIVE);
    }

    @Transactional
    public Outcome apply(Prepared prepared, Tables t) {
        return applyAll(List.of(prepared), t).get(0);
    }

    /**
     * Applies a batch of events, in order, in the caller's transaction (a new one if none), with set-based
     * statements: one insert of the processed-event ids, one locking read of the aggregates' contributions, one upsert
     * of the rollup deltas per table and one of the contributions, however many events. The outcome of each event and
     * what is written are what applying them one by one would give ({@link ContributionFold}).
     */
    @Transactional
    public List<Outcome> applyAll(List<Prepared> batch, Tables t) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Set<UUID> fresh = insertProcessed(c, t, batch);
            ContributionFold fold = new ContributionFold(lockContributions(c, t, batch, fresh));
            for (Prepared p : batch) {
                if (fresh.remove(p.event().id())) { // removed: a second copy in the same batch is a duplicate
                    fold.add(p);
                } else {
                    fold.duplicate();
                }
            }
            writeDeltas(c, t, fold.deltas());
            writeContributions(c, t, fold.changed());
            writeWorkItems(c, t, batch, fold.outcomes());
            return fold.outcomes();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("read model update failed for a batch of " + batch.size()
                    + " events beginning with " + batch.get(0).event().id(), e);
        }
    }

    /** Records the events' ids as processed; returns those not processed before. */
    private static Set<UUID> insertProcessed(Connection c, Tables t, List<Prepared> batch) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.processedEvent()
                + " (event_id) SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id")) {
            ps.setArray(1, c.createArrayOf("uuid", batch.stream().map(p -> p.event().id()).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    /** The stored contributions of the fresh events' aggregates, row-locked in id order (no deadlocks). */
    private static Map<UUID, ContributionFold.Contribution> lockContributions(Connection c, Tables t, List<Prepared> batch,
                                                                             Set<UUID> fresh)
            throws SQLException, JsonProcessingException {
        Object[] ids = batch.stream().filter(p -> fresh.contains(p.event().id())).map(Prepared::aggregateId).distinct().toArray();
        Map<UUID, ContributionFold.Contribution> stored = new HashMap<>();
        if (ids.length == 0) {
            return stored;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT aggregate_id, version, entries, county_code, township_code, "
                + "aggregate_type, event_time FROM " + t.contribution() + " WHERE aggregate_id = ANY(?) ORDER BY aggregate_id FOR UPDATE")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getObject(1, UUID.class), new ContributionFold.Contribution(rs.getLong(2),
                            JSON.readValue(rs.getString(3), ENTRIES), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getTimestamp(7).toInstant()));
                }
            }
        }
        return stored;
    }

    /** The aggregates' new contributions: one upsert. */
    private static void writeContributions(Connection c, Tables t, Map<UUID, ContributionFold.Contribution> changed)
            throws SQLException, JsonProcessingException {
        if (changed.isEmpty()) {
            return;
        }
        int n = changed.size();
        Object[][] columns = new Object[7][n];
        int i = 0;
        for (Map.Entry<UUID, ContributionFold.Contribution> e : changed.entrySet()) {
            ContributionFold.Contribution k = e.getValue();
            columns[0][i] = e.getKey();
            columns[1][i] = k.aggregateType();
            columns[2][i] = k.version();
            columns[3][i] = k.countyCode();
            columns[4][i] = k.townshipCode();
            columns[5][i] = JSON.writeValueAsString(k.entries());
            columns[6][i] = Timestamp.from(k.eventTime());
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.contribution()
                + " (aggregate_id, aggregate_type, version, county_code, township_code, entries, event_time) "
                + "SELECT a, ty, v, co, tw, en::jsonb, et FROM unnest(?::uuid[], ?::text[], ?::bigint[], ?::text[], ?::text[], "
                + "?::text[], ?::timestamptz[]) AS x(a, ty, v, co, tw, en, et) "
                + "ON CONFLICT (aggregate_id) DO UPDATE SET aggregate_type = EXCLUDED.aggregate_type, version = EXCLUDED.version, "
                + "county_code = EXCLUDED.county_code, township_code = EXCLUDED.township_code, entries = EXCLUDED.entries, "
                + "event_time = EXCLUDED.event_time, updated_at = clock_timestamp()")) {
            bindColumns(c, ps, columns, "uuid", "text", "bigint", "text", "text", "text", "timestamptz");
            ps.executeUpdate();
        }
    }

    /**
     * Replaces the work items of every aggregate an event of the batch changed by those of its latest applied event
     * (a stale or repeated event changes nothing, as for the contributions): one delete and one insert.
     */
    private static void writeWorkItems(Connection c, Tables t, List<Prepared> batch, List<Outcome> outcomes)
            throws SQLException {
        Map<UUID, Prepared> latest = new java.util.TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) == Outcome.APPLIED) {
                latest.put(batch.get(i).aggregateId(), batch.get(i));
            }
        }
        if (latest.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.workItem() + " WHERE aggregate_id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", latest.keySet().toArray()));
            ps.executeUpdate();
        }
        List<Object[]> rows = new ArrayList<>();
        for (Prepared p : latest.values()) {
            CloudEvent e = p.event();
            for (WorkItemRules.Due due : p.workItems()) {
                rows.add(new Object[]{p.aggregateId(), due.kind().name(), due.kind().service(), due.kind().recordType(),
                        e.countycode(), e.townshipcode(), java.sql.Date.valueOf(due.dueOn()), due.kind().title(due.dueOn()),
                        e.aggregateversion() == null ? 0L : e.aggregateversion(),
                        Timestamp.from(e.time() == null ? java.time.Instant.now() : e.time())});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        Object[][] columns = new Object[10][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int col = 0; col < 10; col++) {
                columns[col][i] = rows.get(i)[col];
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.workItem()
                + " (aggregate_id, kind, service, record_type, county_code, township_code, due_on, title, version, event_time) "
                + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], "
                + "?::text[], ?::bigint[], ?::timestamptz[])")) {
            bindColumns(c, ps, columns, "uuid", "text", "text", "text", "text", "text", "date", "text", "bigint", "timestamptz");
            ps.executeUpdate();
        }
    }

    /**
     * Adds the deltas to {@code rollup} (summed measures) and {@code member_rollup} (distinct-count measures): one
     * upsert each, rows in key order.
     */
    private static void writeDeltas(Connection c, Tables t, Map<RollupKey, ContributionFold.Delta> deltas) throws SQLException {
        List<Map.Entry<RollupKey, ContributionFold.Delta>> sums = new ArrayList<>();
        List<Map.Entry<RollupKey, ContributionFold.Delta>> members = new ArrayList<>();
        for (Map.Entry<RollupKey, ContributionFold.Delta> e : deltas.entrySet()) {
            (e.getKey().member().isEmpty() ? sums : members).add(e);
        }
        if (!sums.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.rollup() + " AS r (org_code, measure, month, value, last_event_at) "
                    + "SELECT * FROM unnest(?::text[], ?::text[], ?::date[], ?::bigint[], ?::timestamptz[]) "
                    + "ON CONFLICT (org_code, measure, month) DO UPDATE SET value = r.value + EXCLUDED.value, "
                    + "last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)")) {
                bindColumns(c, ps, deltaColumns(sums, false), "text", "text", "date", "bigint", "timestamptz");
                ps.executeUpdate();
            }
        }
        if (!members.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.memberRollup() + " AS r (org_code, measure, member, month, value, last_event_at) "
                    + "SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::bigint[], ?::timestamptz[]) "
                    + "ON CONFLICT (org_code, measure, member, month) DO UPDATE SET value = r.value + EXCLUDED.value, "
                    + "last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)")) {
                bindColumns(c, ps, deltaColumns(members, true), "text", "text", "text", "date", "bigint", "timestamptz");
                ps.executeUpdate();
            }
        }
    }

    private static Object[][] deltaColumns(List<Map.Entry<RollupKey, ContributionFold.Delta>> rows, boolean member) {
        Object[][] columns = new Object[member ? 6 : 5][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RollupKey k = rows.get(i).getKey();
            ContributionFold.Delta d = rows.get(i).getValue();
            int col = 0;
            columns[col++][i] = k.org();
            columns[col++][i] = k.measure();
            if (member) {
                columns[col++][i] = k.member();
            }
            columns[col++][i] = java.sql.Date.valueOf(k.month());
            columns[col++][i] = d.value();
            columns[col][i] = Timestamp.from(d.lastEventAt());
        }
        return columns;
    }

    /** Binds column arrays to the statement's parameters 1..n, one SQL array each (for {@code unnest}). */
    private static void bindColumns(Connection c, PreparedStatement ps, Object[][] columns, String... sqlTypes) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            ps.setArray(i + 1, c.createArrayOf(sqlTypes[i], columns[i]));
        }
    }

    /**
     * Sorted so that concurrent transactions touch rollup rows in the same order (no deadlocks). {@code member} is
     * empty for a summed measure.
     */
    public record RollupKey(String org, String measure, String member, LocalDate month) implements Comparable<RollupKey> {
        @Override
        public int compareTo(RollupKey o) {
            int c = org.compareTo(o.org);
            if (c != 0) {
                return c;
            }
            c = measure.compareTo(o.measure);
            if (c != 0) {
                return c;
            }
            c = member.compareTo(o.member);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }
}
