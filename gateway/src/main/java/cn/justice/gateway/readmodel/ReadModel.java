package cn.justice.gateway.readmodel;

import cn.justice.platform.events.CloudEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies events to the read model, idempotently and in one transaction per event: the processed-event id, the
 * aggregate's contribution and the rollups change together or not at all.
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
    public record Tables(String processedEvent, String contribution, String rollup, String memberRollup) {
        public static final Tables LIVE = new Tables("processed_event", "contribution", "rollup", "member_rollup");
        public static final Tables NEXT = new Tables("processed_event_next", "contribution_next", "rollup_next",
                "member_rollup_next");
    }

    /** An event checked and turned into its contribution, once: what {@link #apply} writes. */
    public record Prepared(CloudEvent event, java.util.UUID aggregateId, List<MeasureEntry> entries) {
    }

    /**
     * Checks an event and computes its contribution.
     *
     * @throws IllegalArgumentException or {@link java.time.DateTimeException} for a message that can never be
     *                                  applied (consumers skip it instead of retrying)
     */
    public static Prepared prepare(CloudEvent event) {
        return new Prepared(event, java.util.UUID.fromString(event.subject()), ContributionRules.entries(event));
    }

    /** Applies one event to the live read model. */
    @Transactional
    public Outcome apply(CloudEvent event) {
        return apply(prepare(event), Tables.LIVE);
    }

    @Transactional
    public Outcome apply(Prepared prepared, Tables t) {
        CloudEvent event = prepared.event();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + t.processedEvent() + " (event_id) VALUES (?) ON CONFLICT DO NOTHING")) {
                ps.setObject(1, event.id());
                if (ps.executeUpdate() == 0) {
                    return Outcome.DUPLICATE;
                }
            }
            java.util.UUID aggregateId = prepared.aggregateId();
            long version = event.aggregateversion() == null ? 0 : event.aggregateversion();
            List<MeasureEntry> old = List.of();
            String oldTownship = null;
            String oldCounty = null;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT version, entries, county_code, township_code FROM " + t.contribution() + " WHERE aggregate_id = ? FOR UPDATE")) {
                ps.setObject(1, aggregateId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getLong(1) >= version) {
                            return Outcome.STALE;
                        }
                        old = JSON.readValue(rs.getString(2), ENTRIES);
                        oldCounty = rs.getString(3);
                        oldTownship = rs.getString(4);
                    }
                }
            }
            List<MeasureEntry> now = prepared.entries();
            Map<RollupKey, Long> delta = new TreeMap<>();
            accumulate(delta, old, oldCounty, oldTownship, -1);
            accumulate(delta, now, event.countycode(), event.townshipcode(), +1);
            Timestamp at = Timestamp.from(event.time() == null ? java.time.Instant.now() : event.time());
            writeDeltas(c, t, delta, at);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + t.contribution() + " (aggregate_id, aggregate_type, version, county_code, township_code, entries, event_time) "
                            + "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (aggregate_id) DO UPDATE SET "
                            + "version = EXCLUDED.version, county_code = EXCLUDED.county_code, township_code = EXCLUDED.township_code, "
                            + "entries = EXCLUDED.entries, event_time = EXCLUDED.event_time, updated_at = clock_timestamp()")) {
                ps.setObject(1, aggregateId);
                ps.setString(2, event.type().substring(0, event.type().lastIndexOf('.')));
                ps.setLong(3, version);
                ps.setString(4, event.countycode());
                ps.setString(5, event.townshipcode());
                ps.setString(6, JSON.writeValueAsString(now));
                ps.setTimestamp(7, at);
                ps.executeUpdate();
            }
            return Outcome.APPLIED;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("read model update failed for event " + event.id(), e);
        }
    }

    /**
     * Adds the non-zero deltas to {@code rollup} (summed measures) and {@code member_rollup} (distinct-count measures),
     * in key order.
     */
    private static void writeDeltas(Connection c, Tables t, Map<RollupKey, Long> delta, Timestamp at) throws SQLException {
        try (PreparedStatement sum = c.prepareStatement(
                "INSERT INTO " + t.rollup() + " AS r (org_code, measure, month, value, last_event_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (org_code, measure, month) DO UPDATE SET value = r.value + EXCLUDED.value, "
                        + "last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)");
             PreparedStatement member = c.prepareStatement(
                "INSERT INTO " + t.memberRollup() + " AS r (org_code, measure, member, month, value, last_event_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (org_code, measure, member, month) DO UPDATE SET "
                        + "value = r.value + EXCLUDED.value, last_event_at = greatest(r.last_event_at, EXCLUDED.last_event_at)")) {
            boolean sums = false;
            boolean members = false;
            for (Map.Entry<RollupKey, Long> e : delta.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                RollupKey k = e.getKey();
                if (k.member().isEmpty()) {
                    sum.setString(1, k.org());
                    sum.setString(2, k.measure());
                    sum.setObject(3, k.month());
                    sum.setLong(4, e.getValue());
                    sum.setTimestamp(5, at);
                    sum.addBatch();
                    sums = true;
                } else {
                    member.setString(1, k.org());
                    member.setString(2, k.measure());
                    member.setString(3, k.member());
                    member.setObject(4, k.month());
                    member.setLong(5, e.getValue());
                    member.setTimestamp(6, at);
                    member.addBatch();
                    members = true;
                }
            }
            if (sums) {
                sum.executeBatch();
            }
            if (members) {
                member.executeBatch();
            }
        }
    }

    private static void accumulate(Map<RollupKey, Long> delta, List<MeasureEntry> entries, String county,
                                   String township, int sign) {
        for (MeasureEntry m : entries) {
            LocalDate month = m.date().withDayOfMonth(1);
            String member = m.member() == null ? "" : m.member();
            if (county != null) {
                delta.merge(new RollupKey(county, m.measure(), member, month), sign * m.value(), Long::sum);
            }
            if (township != null) {
                delta.merge(new RollupKey(township, m.measure(), member, month), sign * m.value(), Long::sum);
            }
        }
    }

    /**
     * Sorted so that concurrent transactions touch rollup rows in the same order (no deadlocks). {@code member} is
     * empty for a summed measure.
     */
    record RollupKey(String org, String measure, String member, LocalDate month) implements Comparable<RollupKey> {
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
