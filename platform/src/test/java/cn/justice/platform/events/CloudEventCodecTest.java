package cn.justice.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CloudEventCodecTest {
    private static final UUID ID = UUID.fromString("0b7a7a1e-6a52-4c1b-9f4e-3d2a1c0b9a88");
    private static final UUID AGGREGATE = UUID.fromString("5f0c2d47-8e11-4c7a-a0b5-2b7e9f3d1c64");
    private static final Instant TIME = Instant.parse("2024-05-06T07:08:09.123Z");

    private static ObjectNode data() {
        ObjectNode d = CloudEventCodec.mapper().createObjectNode();
        d.put("status", "ACCEPTED");
        d.put("registeredOn", "2024-05-01");
        d.putArray("tags").add("邻里").add(3);
        d.putObject("nested").put("flag", true).putNull("none");
        return d;
    }

    private static CloudEvent event(long version) {
        return new CloudEvent("1.0", ID, "mediation.dispute.accepted", "/mediation-service", AGGREGATE.toString(), TIME,
                "application/json", "519901", "519901100", version, data());
    }

    private static JsonNode tree(String json) throws Exception {
        return CloudEventCodec.mapper().readTree(json);
    }

    /** Serialised JSON of {@link #event} with the given top-level attribute removed. */
    private static String jsonWithout(String attribute) throws Exception {
        ObjectNode n = (ObjectNode) tree(CloudEventCodec.toJson(event(3)));
        n.remove(attribute);
        return n.toString();
    }

    @Test
    void roundTripKeepsEveryAttribute() {
        CloudEvent original = event(3);

        CloudEvent read = CloudEventCodec.fromJson(CloudEventCodec.toJson(original));

        assertThat(read).isEqualTo(original);
        assertThat(read.countycode()).isEqualTo("519901");
        assertThat(read.townshipcode()).isEqualTo("519901100");
        assertThat(read.aggregateversion()).isEqualTo(3L);
        assertThat(read.time()).isEqualTo(TIME);
        assertThat(read.data()).isEqualTo(data());
    }

    @Test
    void roundTripFromBytes() {
        byte[] bytes = CloudEventCodec.toJson(event(3)).getBytes(StandardCharsets.UTF_8);

        assertThat(CloudEventCodec.fromJson(bytes)).isEqualTo(event(3));
    }

    @Test
    void serialisedFormUsesCloudEventsAttributeNamesAndTypes() throws Exception {
        JsonNode json = tree(CloudEventCodec.toJson(event(Long.MAX_VALUE)));

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(ID.toString());
        assertThat(json.get("subject").asText()).isEqualTo(AGGREGATE.toString());
        assertThat(json.get("countycode").isTextual()).isTrue();
        assertThat(json.get("townshipcode").asText()).isEqualTo("519901100");
        JsonNode version = json.get("aggregateversion");
        assertThat(version.isIntegralNumber()).as("aggregateversion is a JSON integer").isTrue();
        assertThat(version.asLong()).isEqualTo(Long.MAX_VALUE);
        assertThat(json.get("data").isObject()).isTrue();
    }

    @Test
    void timeIsAnIso8601String() throws Exception {
        JsonNode time = tree(CloudEventCodec.toJson(event(1))).get("time");

        assertThat(time.isTextual()).isTrue();
        assertThat(time.asText()).isEqualTo("2024-05-06T07:08:09.123Z");
    }

    @Test
    void attributesAreWrittenInSpecOrder() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        tree(CloudEventCodec.toJson(event(1))).fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("specversion", "id", "type", "source", "subject", "time", "datacontenttype",
                "countycode", "townshipcode", "aggregateversion", "data");
    }

    @Test
    void absentOptionalAttributesAreOmitted() throws Exception {
        CloudEvent countyLevel = new CloudEvent("1.0", ID, "mediation.dispute.registered", "/m", AGGREGATE.toString(),
                TIME, null, "519901", null, null, null);

        JsonNode json = tree(CloudEventCodec.toJson(countyLevel));

        assertThat(json.has("townshipcode")).isFalse();
        assertThat(json.has("aggregateversion")).isFalse();
        assertThat(json.has("data")).isFalse();
        assertThat(CloudEventCodec.fromJson(json.toString())).isEqualTo(countyLevel);
    }

    @Test
    void timeWithAnOffsetIsReadAsTheSameInstant() throws Exception {
        ObjectNode n = (ObjectNode) tree(CloudEventCodec.toJson(event(1)));
        n.put("time", "2024-05-06T15:08:09.123+08:00");

        assertThat(CloudEventCodec.fromJson(n.toString()).time()).isEqualTo(TIME);
    }

    @Test
    void unknownAttributesAreIgnored() throws Exception {
        ObjectNode n = (ObjectNode) tree(CloudEventCodec.toJson(event(3)));
        n.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        n.putObject("futureextension").put("x", 1);

        assertThat(CloudEventCodec.fromJson(n.toString())).isEqualTo(event(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "type", "subject", "specversion"})
    void missingRequiredAttributeIsRejected(String attribute) throws Exception {
        String json = jsonWithout(attribute);

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventCodec.fromJson(json))
                .withMessageContaining("required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"id\":", "[1,2,3]", "\"a string\"", "", "{\"id\":\"not-a-uuid\",\"type\":\"a.b.c\"}"})
    void nonCloudEventJsonIsRejected(String json) {
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEventCodec.fromJson(json))
                .withMessageStartingWith("not a CloudEvent");
    }

    @Test
    void ofCreatesAFreshStampedEvent() {
        CloudEvent a = CloudEvent.of("mediation.dispute.registered", "/mediation-service", AGGREGATE, 1,
                "519901", "519901100", data());
        CloudEvent b = CloudEvent.of("mediation.dispute.registered", "/mediation-service", AGGREGATE, 1,
                "519901", "519901100", data());

        assertThat(a.id()).isNotNull().isNotEqualTo(b.id());
        assertThat(a.specversion()).isEqualTo(CloudEvent.SPEC_VERSION);
        assertThat(a.datacontenttype()).isEqualTo(CloudEvent.JSON);
        assertThat(a.subject()).isEqualTo(AGGREGATE.toString());
        assertThat(a.aggregateversion()).isEqualTo(1L);
        assertThat(a.time()).isCloseTo(Instant.now(), within(5, java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aggregateTypeIsTheSecondToLastSegment() {
        assertThat(event(1).aggregateType()).isEqualTo("dispute");
        assertThat(withType("correction.subject.enrolled").aggregateType()).isEqualTo("subject");
        assertThat(withType("cn.justice.legalaid.application.granted").aggregateType()).isEqualTo("application");
    }

    @Test
    void aggregateTypeOfAShortTypeIsTheTypeItself() {
        assertThat(withType("dispute.registered").aggregateType()).isEqualTo("dispute.registered");
        assertThat(withType("ping").aggregateType()).isEqualTo("ping");
    }

    private static CloudEvent withType(String type) {
        return new CloudEvent("1.0", ID, type, "/s", AGGREGATE.toString(), TIME, null, null, null, null, null);
    }
}
