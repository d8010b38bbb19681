package cn.justice.gateway.readmodel;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The dead-letter table of the read model: messages that can never be applied (poison messages). Each is recorded
 * once per topic position with the reason, its size and SHA-256 — never its content, which stays on the topic — and
 * then skipped so that consumption goes on.
 */
@ApplicationScoped
public class DeadLetters {
    @Inject
    AgroalDataSource dataSource;

    @Schema(name = "DeadLetter", description = "A message the read model skipped; its payload stays on the topic at topic/partition/offset")
    public record DeadLetter(long id, String topic, int partition, long offset, String eventId, String eventType,
                             String countyCode, String reason, int payloadBytes, String payloadSha256, Instant recordedAt) {
    }

    /** What is known of a skipped message: the event's id, type and county when it could be read that far. */
    public record Poison(String topic, int partition, long offset, byte[] payload, String eventId, String eventType,
                         String countyCode, String reason) {
    }

    /** Records the message; a re-delivery of the same position is recorded once. */
    public void record(Poison p) {
        byte[] payload = p.payload() == null ? new byte[0] : p.payload();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, event_id, event_type, county_code, reason, "
                        + "payload_bytes, payload_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (topic, kafka_partition, kafka_offset) DO NOTHING")) {
            ps.setString(1, p.topic());
            ps.setInt(2, p.partition());
            ps.setLong(3, p.offset());
            ps.setString(4, clip(p.eventId(), 100));
            ps.setString(5, clip(p.eventType(), 200));
            ps.setString(6, p.countyCode() != null && p.countyCode().matches("\\d{6}") ? p.countyCode() : null);
            ps.setString(7, clip(p.reason(), 500));
            ps.setInt(8, payload.length);
            ps.setString(9, sha256(payload));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("dead letter not recorded", e);
        }
    }

    /** The newest dead letters of a county (and those whose county could not be read), newest first. */
    public List<DeadLetter> list(String countyCode, int limit) {
        List<DeadLetter> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, topic, kafka_partition, kafka_offset, event_id, event_type, county_code, reason, payload_bytes, "
                        + "payload_sha256, recorded_at FROM dead_letter WHERE county_code IS NULL OR county_code = ? "
                        + "ORDER BY id DESC LIMIT ?")) {
            ps.setString(1, countyCode);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DeadLetter(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getString(10),
                            rs.getTimestamp(11).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("dead letters not read", e);
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String reasonOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
