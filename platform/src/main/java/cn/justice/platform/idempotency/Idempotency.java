package cn.justice.platform.idempotency;

import cn.justice.platform.problem.Problem;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.security.CurrentCaller;
import cn.justice.platform.web.Fingerprints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} handling for POSTs (DESIGN §3): a repeat within 24 h returns the first response (same
 * status and body) without doing the work again; the same key with another body is 422; a repeat while the first
 * request still runs is 409 request-in-progress. Keys are scoped per caller, method and path.
 * <p>
 * The first request's row is committed as IN_PROGRESS before the work starts (so concurrent repeats see it); the
 * work and the stored response commit in one transaction, so a response is stored exactly when the work happened.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    CurrentCaller caller;

    @ConfigProperty(name = "justice.idempotency.ttl", defaultValue = "PT24H")
    Duration ttl;
    /** A row IN_PROGRESS for longer than this belongs to a request that died; a repeat takes it over. */
    @ConfigProperty(name = "justice.idempotency.abandoned-after", defaultValue = "PT60S")
    Duration abandonedAfter;

    /**
     * Runs {@code work} once per key. {@code work} must be transactional (it joins the transaction opened here).
     *
     * @param key    the Idempotency-Key header, or null (then the work simply runs)
     * @param method HTTP method
     * @param path   request path
     * @param body   the request body (its canonical JSON is compared between repeats)
     */
    public Response run(String key, String method, String path, Object body, Supplier<Response> work) {
        if (key == null) {
            return work.get();
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
        }
        String scope = caller.get().subject() + " " + method + " " + path;
        String hash = hash(body);
        Response replay = claim(scope, key, hash);
        if (replay != null) {
            return replay;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Response r = work.get();
                complete(scope, key, r);
                return r;
            });
        } catch (RuntimeException e) {
            release(scope, key);
            throw e;
        }
    }

    /** Inserts the IN_PROGRESS row, or answers from the existing one. */
    private Response claim(String scope, String key, String hash) {
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO idempotency_record (scope, idem_key, request_hash, state) "
                        + "VALUES (?, ?, ?, 'IN_PROGRESS') ON CONFLICT DO NOTHING")) {
                    ins.setString(1, scope);
                    ins.setString(2, key);
                    ins.setString(3, hash);
                    if (ins.executeUpdate() == 1) {
                        return null;
                    }
                }
                try (PreparedStatement sel = c.prepareStatement("SELECT request_hash, state, status, content_type, headers, body, created_at "
                        + "FROM idempotency_record WHERE scope = ? AND idem_key = ?")) {
                    sel.setString(1, scope);
                    sel.setString(2, key);
                    try (ResultSet rs = sel.executeQuery()) {
                        if (!rs.next()) {
                            continue; // deleted meanwhile: try the insert again
                        }
                        Instant created = rs.getTimestamp(7).toInstant();
                        String state = rs.getString(2);
                        boolean expired = created.plus(ttl).isBefore(Instant.now());
                        boolean abandoned = "IN_PROGRESS".equals(state) && created.plus(abandonedAfter).isBefore(Instant.now());
                        if (expired || abandoned) {
                            delete(c, scope, key, rs.getTimestamp(7));
                            continue;
                        }
                        if (!hash.equals(rs.getString(1))) {
                            throw new ProblemException(new Problem("idempotency-key-reused", "Idempotency-Key reused", 422,
                                    "this Idempotency-Key was used with a different request body; use a new key"));
                        }
                        if ("IN_PROGRESS".equals(state)) {
                            throw new ProblemException(new Problem("request-in-progress", "Request in progress", 409,
                                    "the first request with this Idempotency-Key is still running; retry shortly"),
                                    java.util.Map.of("Retry-After", "1"));
                        }
                        Response.ResponseBuilder rb = Response.status(rs.getInt(3)).header(REPLAYED_HEADER, "true");
                        if (rs.getString(6) != null) {
                            rb.entity(rs.getString(6)).type(rs.getString(4));
                        }
                        String headers = rs.getString(5);
                        if (headers != null) {
                            for (String line : headers.split("\n")) {
                                int i = line.indexOf(':');
                                if (i > 0) {
                                    rb.header(line.substring(0, i), line.substring(i + 1));
                                }
                            }
                        }
                        return rb.build();
                    }
                }
            }
            throw ProblemException.conflict("the Idempotency-Key is contended; retry");
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private void complete(String scope, String key, Response r) {
        String body = null;
        String type = null;
        if (r.getEntity() != null) {
            try {
                body = r.getEntity() instanceof String s ? s : json.writeValueAsString(r.getEntity());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("response not serialisable", e);
            }
            type = r.getMediaType() == null ? MediaType.APPLICATION_JSON : r.getMediaType().toString();
        }
        StringBuilder headers = new StringBuilder();
        for (String h : new String[]{"Location", "ETag"}) {
            Object v = r.getHeaders().getFirst(h);
            if (v != null) {
                headers.append(h).append(':').append(v).append('\n');
            }
        }
        // same JTA transaction as the work: the response is stored exactly when the work commits
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE idempotency_record SET state = 'COMPLETED', status = ?, "
                     + "content_type = ?, headers = ?, body = ? WHERE scope = ? AND idem_key = ?")) {
            ps.setInt(1, r.getStatus());
            ps.setString(2, type);
            ps.setString(3, headers.toString());
            ps.setString(4, body);
            ps.setString(5, scope);
            ps.setString(6, key);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store unavailable", e);
        }
    }

    private void release(String scope, String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.executeUpdate();
        } catch (SQLException ignored) {
            // the row expires as abandoned
        }
    }

    private static void delete(Connection c, String scope, String key, Timestamp created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM idempotency_record WHERE scope = ? AND idem_key = ? AND created_at = ?")) {
            ps.setString(1, scope);
            ps.setString(2, key);
            ps.setTimestamp(3, created);
            ps.executeUpdate();
        }
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM idempotency_record WHERE created_at < clock_timestamp() - make_interval(secs => ?)")) {
            ps.setDouble(1, ttl.toSeconds());
            ps.executeUpdate();
        } catch (SQLException ignored) {
            // next run
        }
    }

    private static String hash(Object body) {
        return Fingerprints.of(body);
    }

}
