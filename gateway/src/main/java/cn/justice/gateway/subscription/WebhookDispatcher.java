package cn.justice.gateway.subscription;

import cn.justice.gateway.workqueue.Severity;
import cn.justice.gateway.workqueue.WorkKind;
import cn.justice.gateway.workqueue.WorkQueue;
import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import cn.justice.platform.org.OrgDirectory;
import cn.justice.platform.org.OrgUnit;
import cn.justice.platform.persistence.AdvisoryLocks;
import cn.justice.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Turns the work queue into webhook deliveries and sends them. One run, on one instance at a time (a
 * PostgreSQL advisory lock of the gateway's database):
 * <ol>
 * <li>items written by the read model since the last run (with an overlap for late commits) that an active
 * subscription covers and has not been told of become NEW deliveries (OVERDUE when already past due);</li>
 * <li>items that turned overdue since the subscription was made (at most {@code overdue-catch-up-days} back) become
 * OVERDUE deliveries;</li>
 * <li>from {@code digest-at} on, once a day, each subscription gets a DIGEST per township with items;</li>
 * <li>due deliveries are claimed (their next attempt pushed past the attempt's time, so a crash only delays them)
 * and POSTed in parallel, each within {@code timeout}; a 2xx delivers, anything else is retried with
 * {@link DeliveryBackoff} until {@code retry-for} has passed, then FAILED.</li>
 * </ol>
 * Each delivery is made once, by its unique key, with its CloudEvent fixed then: every attempt sends the same id and
 * body. The run is not on the Kafka consumer's thread, so a slow or failing receiver never holds up the read model.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** The dispatcher's advisory lock in the gateway's database ("hooks"). */
    static final long LEADER_LOCK = 0x686f6f6b73L;
    /** Item notifications. */
    public static final String ITEM_TYPE = "justice.work-queue.item";
    /** A township's daily digest. */
    public static final String DIGEST_TYPE = "justice.work-queue.digest";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    static final String SOURCE = "/gateway/work-queue";
    /** Items committed this long before the last run's start are looked at again (a transaction that began before it). */
    private static final Duration SCAN_OVERLAP = Duration.ofMinutes(1);
    private static final int MAX_ERROR = 300;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    SubscriptionConfig config;
    @Inject
    WebhookSecrets secrets;
    @Inject
    OrgDirectory orgs;
    @Inject
    Clock clock;

    private HttpClient http;
    private DeliveryBackoff backoff;
    private WebhookTargets targets;

    @PostConstruct
    void init() {
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        backoff = new DeliveryBackoff(config.firstRetry(), config.longestRetry(), config.retryFor());
        targets = targets(config);
    }

    /** The target check with the configured allow-list and the JDK's resolver (the resource uses the same). */
    static WebhookTargets targets(SubscriptionConfig config) {
        return new WebhookTargets(config.allowedHosts().orElse(Set.of()), InetAddress::getAllByName);
    }

    @Scheduled(identity = "webhook-dispatch", every = "${justice.subscriptions.poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One run; false when another instance holds the lock. */
    public boolean run() {
        try (Connection lock = dataSource.getConnection()) {
            if (!AdvisoryLocks.trySession(lock, LEADER_LOCK)) {
                return false;
            }
            try {
                LocalDate today = LocalDate.now(clock);
                enqueue(today);
                if (!LocalDateTime.now(clock).toLocalTime().isBefore(config.digestAt())) {
                    digest(today);
                }
                while (send() == config.batch()) {
                    // a full batch: more may be due
                }
            } finally {
                AdvisoryLocks.releaseSession(lock, LEADER_LOCK);
            }
            return true;
        } catch (SQLException e) {
            LOG.warnf("webhook dispatch skipped: %s", e.getMessage());
            return false;
        }
    }

    /** A delivery to make: the subscription, what it is about and its CloudEvent. */
    private record NewDelivery(UUID id, UUID subscriptionId, Delivery.Reason reason, UUID aggregateId, WorkKind kind,
                               LocalDate dueOn, String townshipCode, String payload) {
    }

    /** Steps 1 and 2: NEW and OVERDUE deliveries of the items the subscriptions cover. */
    void enqueue(LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Instant start;
            Timestamp scannedFrom;
            try (PreparedStatement ps = c.prepareStatement("SELECT now(), scanned_from FROM webhook_scan WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                start = rs.getTimestamp(1).toInstant();
                scannedFrom = rs.getTimestamp(2);
            }
            Instant since = scannedFrom == null ? Instant.EPOCH : scannedFrom.toInstant().minus(SCAN_OVERLAP);
            List<NewDelivery> made = new ArrayList<>();
            String covered = " FROM work_item w JOIN subscription s ON s.deleted_at IS NULL AND w.kind = ANY(s.kinds)"
                    + " AND (s.org_code = w.county_code OR s.org_code = w.township_code)";
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, w.aggregate_id, w.kind, w.county_code, "
                    + "w.township_code, w.due_on" + covered + " WHERE w.applied_at >= ? AND w.applied_at >= s.created_at"
                    // written by an event of after the subscription (a rebuild re-writes older items: not new to it)
                    + " AND w.event_time >= s.created_at - interval '5 minutes'"
                    + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id"
                    + " AND d.aggregate_id = w.aggregate_id AND d.kind = w.kind AND d.due_on = w.due_on)")) {
                ps.setTimestamp(1, Timestamp.from(since));
                collect(ps, today, null, made);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, w.aggregate_id, w.kind, w.county_code, "
                    + "w.township_code, w.due_on" + covered + " WHERE w.due_on < ? AND w.due_on >= ?"
                    + " AND w.due_on >= s.created_on - 1"
                    + " AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.subscription_id = s.id"
                    + " AND d.aggregate_id = w.aggregate_id AND d.kind = w.kind AND d.due_on = w.due_on"
                    + " AND d.reason = 'OVERDUE')")) {
                ps.setObject(1, today);
                ps.setObject(2, today.minusDays(config.overdueCatchUpDays()));
                collect(ps, today, Delivery.Reason.OVERDUE, made);
            }
            insert(c, made, start);
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_scan SET scanned_from = ? WHERE id = 1")) {
                ps.setTimestamp(1, Timestamp.from(start));
                ps.executeUpdate();
            }
        }
    }

    private void collect(PreparedStatement ps, LocalDate today, Delivery.Reason reason, List<NewDelivery> made)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID subscriptionId = rs.getObject(1, UUID.class);
                UUID aggregateId = rs.getObject(2, UUID.class);
                WorkKind kind = WorkKind.valueOf(rs.getString(3));
                String township = rs.getString(5);
                LocalDate dueOn = rs.getObject(6, LocalDate.class);
                Delivery.Reason r = reason != null ? reason
                        : Severity.overdue(dueOn, today) ? Delivery.Reason.OVERDUE : Delivery.Reason.NEW;
                UUID id = UUID.randomUUID();
                WorkQueue.Item item = new WorkQueue.Item(kind, kind.service(), kind.recordType(), aggregateId, township,
                        dueOn, Severity.overdue(dueOn, today), Severity.of(dueOn, today), kind.title(dueOn));
                ObjectNode data = CloudEventCodec.mapper().valueToTree(item);
                data.put("reason", r.name()).put("subscriptionId", subscriptionId.toString());
                CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, id, ITEM_TYPE, SOURCE, aggregateId.toString(),
                        clock.instant(), CloudEvent.JSON, rs.getString(4), township, null, data);
                made.add(new NewDelivery(id, subscriptionId, r, aggregateId, kind, dueOn, township, CloudEventCodec.toJson(e)));
            }
        }
    }

    /** Step 3: once a day, per subscription, a digest of each of its townships that has items of its kinds. */
    void digest(LocalDate today) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Instant now;
            try (PreparedStatement ps = c.prepareStatement("SELECT now(), digest_on FROM webhook_scan WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                now = rs.getTimestamp(1).toInstant();
                LocalDate last = rs.getObject(2, LocalDate.class);
                if (last != null && !last.isBefore(today)) {
                    return;
                }
            }
            List<NewDelivery> made = new ArrayList<>();
            try (PreparedStatement subs = c.prepareStatement("SELECT id, county_code, org_code, kinds FROM subscription "
                    + "WHERE deleted_at IS NULL ORDER BY created_at");
                 ResultSet rs = subs.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String county = rs.getString(2);
                    String org = rs.getString(3);
                    String[] kinds = (String[]) rs.getArray(4).getArray();
                    List<String> townships = org.equals(county)
                            ? orgs.townships(county).stream().map(OrgUnit::code).toList() : List.of(org);
                    for (String township : townships) {
                        digestOf(c, id, county, township, kinds, today).ifPresent(made::add);
                    }
                }
            }
            insert(c, made, now);
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_scan SET digest_on = ? WHERE id = 1")) {
                ps.setObject(1, today);
                ps.executeUpdate();
            }
        }
    }

    /** The digest of a township: per kind, the items overdue, due today and due within 7 days; none if it has none. */
    private Optional<NewDelivery> digestOf(Connection c, UUID subscriptionId, String county, String township,
                                           String[] kinds, LocalDate today) throws SQLException {
        Map<String, int[]> byKind = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT kind, count(*) FILTER (WHERE due_on < ?), "
                + "count(*) FILTER (WHERE due_on = ?), count(*) FILTER (WHERE due_on >= ? AND due_on <= ?) "
                + "FROM work_item WHERE township_code = ? AND kind = ANY(?) AND due_on <= ? GROUP BY kind")) {
            ps.setObject(1, today);
            ps.setObject(2, today);
            ps.setObject(3, today);
            ps.setObject(4, today.plusDays(7));
            ps.setString(5, township);
            ps.setArray(6, c.createArrayOf("text", kinds));
            ps.setObject(7, today.plusDays(7));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byKind.put(rs.getString(1), new int[]{rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                }
            }
        }
        if (byKind.isEmpty()) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        ObjectNode data = CloudEventCodec.mapper().createObjectNode().put("townshipCode", township)
                .put("day", today.toString()).put("subscriptionId", subscriptionId.toString());
        ArrayNode kindsNode = data.putArray("kinds");
        int overdue = 0;
        int dueToday = 0;
        int dueWithinWeek = 0;
        for (WorkKind k : Arrays.stream(WorkKind.values()).filter(k -> byKind.containsKey(k.name())).toList()) {
            int[] n = byKind.get(k.name());
            kindsNode.addObject().put("kind", k.name()).put("title", k.title()).put("overdue", n[0]).put("dueToday", n[1])
                    .put("dueWithin7Days", n[2]);
            overdue += n[0];
            dueToday += n[1];
            dueWithinWeek += n[2];
        }
        data.put("overdue", overdue).put("dueToday", dueToday).put("dueWithin7Days", dueWithinWeek);
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, id, DIGEST_TYPE, SOURCE, township, clock.instant(),
                CloudEvent.JSON, county, township, null, data);
        return Optional.of(new NewDelivery(id, subscriptionId, Delivery.Reason.DIGEST, null, null, today, township,
                CloudEventCodec.toJson(e)));
    }

    private static void insert(Connection c, List<NewDelivery> made, Instant now) throws SQLException {
        if (made.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_delivery (id, subscription_id, reason, "
                + "aggregate_id, kind, due_on, township_code, payload, status, created_at, next_attempt_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING")) {
            for (NewDelivery d : made) {
                ps.setObject(1, d.id());
                ps.setObject(2, d.subscriptionId());
                ps.setString(3, d.reason().name());
                ps.setObject(4, d.aggregateId());
                ps.setString(5, d.kind() == null ? null : d.kind().name());
                ps.setObject(6, d.dueOn());
                ps.setString(7, d.townshipCode());
                ps.setString(8, d.payload());
                ps.setTimestamp(9, Timestamp.from(now));
                ps.setTimestamp(10, Timestamp.from(now));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A claimed delivery and where it goes. */
    private record Claimed(UUID id, String payload, int attempts, Instant createdAt, String url, String secret) {
    }

    /** What an attempt came to. */
    private record Attempt(Claimed delivery, Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /** Step 4: claims up to a batch of due deliveries, sends them at once, records each outcome; returns how many. */
    int send() throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE webhook_delivery d SET next_attempt_at = now() + ?::interval "
                     + "FROM subscription s WHERE s.id = d.subscription_id AND d.id IN (SELECT id FROM webhook_delivery "
                     + "WHERE status = 'PENDING' AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT ? "
                     + "FOR UPDATE SKIP LOCKED) RETURNING d.id, d.payload, d.attempts, d.created_at, s.url, s.secret")) {
            ps.setString(1, config.timeout().plusSeconds(30).toSeconds() + " seconds");
            ps.setInt(2, config.batch());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                            rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6)));
                }
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Attempt>> attempts = claimed.stream().map(this::attempt).toList();
        List<Attempt> done = attempts.stream().map(CompletableFuture::join).toList();
        record(done);
        return claimed.size();
    }

    private CompletableFuture<Attempt> attempt(Claimed d) {
        URI uri;
        try {
            uri = targets.check(d.url());
        } catch (ProblemException e) {
            return CompletableFuture.completedFuture(new Attempt(d, null, "target refused: " + e.getMessage()));
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", CONTENT_TYPE)
                .header(WebhookSignature.HEADER, WebhookSignature.of(secrets.open(d.secret()), body))
                .header("User-Agent", "county-justice-gateway")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> new Attempt(d, r.statusCode(), r.statusCode() / 100 == 2 ? null : "HTTP " + r.statusCode()))
                .exceptionally(t -> new Attempt(d, null, describe(t)));
    }

    private static String describe(Throwable t) {
        Throwable cause = t.getCause() != null ? t.getCause() : t;
        String s = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return s.length() > MAX_ERROR ? s.substring(0, MAX_ERROR) : s;
    }

    private void record(List<Attempt> done) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ok = c.prepareStatement("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, "
                     + "last_attempt_at = ?, last_status = ?, last_error = NULL, delivered_at = ? WHERE id = ? AND status = 'PENDING'");
             PreparedStatement failed = c.prepareStatement("UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, "
                     + "last_attempt_at = ?, last_status = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'PENDING'")) {
            for (Attempt a : done) {
                if (a.delivered()) {
                    ok.setTimestamp(1, Timestamp.from(now));
                    ok.setInt(2, a.status());
                    ok.setTimestamp(3, Timestamp.from(now));
                    ok.setObject(4, a.delivery().id());
                    ok.addBatch();
                } else {
                    Optional<Instant> next = backoff.nextAttempt(a.delivery().attempts() + 1, a.delivery().createdAt(), now);
                    failed.setString(1, next.isPresent() ? "PENDING" : "FAILED");
                    failed.setTimestamp(2, Timestamp.from(now));
                    failed.setObject(3, a.status(), java.sql.Types.INTEGER);
                    failed.setString(4, a.error());
                    failed.setTimestamp(5, Timestamp.from(next.orElse(now)));
                    failed.setObject(6, a.delivery().id());
                    failed.addBatch();
                    if (next.isEmpty()) {
                        LOG.warnf("webhook delivery %s given up after %d attempts: %s", a.delivery().id(),
                                a.delivery().attempts() + 1, a.error());
                    }
                }
            }
            ok.executeBatch();
            failed.executeBatch();
        }
    }
}
