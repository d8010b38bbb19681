package cn.justice.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON (de)serialisation of {@link CloudEvent}: instants as ISO-8601 strings, unknown attributes ignored so that
 * consumers keep working when producers add extensions.
 */
public final class CloudEventCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private CloudEventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialised", e);
        }
    }

    public static CloudEvent fromJson(byte[] json) {
        try {
            CloudEvent e = MAPPER.readValue(json, CloudEvent.class);
            if (e.id() == null || e.type() == null || e.subject() == null || e.specversion() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id, type, subject and specversion are required");
            }
            if (e.type().split("\\.").length < 3) {
                throw new IllegalArgumentException("event type '" + e.type() + "' is not <service>.<aggregate>.<verb>");
            }
            return e;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CloudEvent JSON document: " + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    public static CloudEvent fromJson(String json) {
        return fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

}
