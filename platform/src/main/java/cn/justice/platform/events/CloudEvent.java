package cn.justice.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A domain event in the CloudEvents 1.0 structured JSON format (DESIGN §6). {@code countycode},
 * {@code townshipcode} and {@code aggregateversion} are CloudEvents extension attributes; {@code data} carries
 * the aggregate's state after the change, never personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "type", "source", "subject", "time", "datacontenttype",
        "countycode", "townshipcode", "aggregateversion", "data"})
public record CloudEvent(
        String specversion,
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        String datacontenttype,
        String countycode,
        String townshipcode,
        Long aggregateversion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** A new event with a fresh id, stamped now. */
    public static CloudEvent of(String type, String source, UUID aggregateId, long aggregateVersion,
                                String countyCode, String townshipCode, JsonNode data) {
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID(), type, source, aggregateId.toString(), Instant.now(),
                JSON, countyCode, townshipCode, aggregateVersion, data);
    }

    /** The aggregate kind of the type, e.g. {@code dispute} for {@code mediation.dispute.registered}. */
    public String aggregateType() {
        String[] parts = type.split("\\.");
        return parts.length >= 3 ? parts[parts.length - 2] : type;
    }
}
