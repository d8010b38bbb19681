package cn.justice.platform.outbox;

import cn.justice.platform.events.CloudEvent;
import cn.justice.platform.events.CloudEventCodec;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes domain events into the outbox table, inside the caller's transaction (the business change and its
 * event commit or roll back together). The {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {
    /** Agroal enlists its connections in the caller's JTA transaction: this insert commits with the change. */
    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxSignal signal;

    @ConfigProperty(name = "justice.events.source")
    String source;

    @ConfigProperty(name = "justice.events.topic")
    String topic;

    /**
     * Appends one event for the aggregate's change.
     *
     * @param type        {@code <service>.<aggregate>.<past-tense-verb>}
     * @param data        the aggregate's state after the change that consumers need; never personal data
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String type, UUID aggregateId, long aggregateVersion, String countyCode,
                             String townshipCode, Object data) {
        JsonNode node = CloudEventCodec.mapper().valueToTree(data);
        CloudEvent event = CloudEvent.of(type, source, aggregateId, aggregateVersion, countyCode, townshipCode, node);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            ps.setObject(1, event.id());
            ps.setString(2, topic);
            ps.setString(3, aggregateId.toString());
            ps.setString(4, type);
            ps.setString(5, CloudEventCodec.toJson(event));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox insert failed", e);
        }
        signal.afterCommitOfCurrentTransaction();
        return event;
    }

    public String topic() {
        return topic;
    }

    public String source() {
        return source;
    }
}
