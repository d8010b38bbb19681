package cn.justice.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's event tests check of the CloudEvents on its topic: the envelope (source, subject, county,
 * township, the version in the data equal to the aggregate version), the shape docs/events.md gives the type, and
 * no personal data or free text.
 */
public final class EventChecks {
    private static final EventCatalogue CATALOGUE = EventCatalogue.load();

    private EventChecks() {
    }

    /**
     * Each message is an event of {@code service} (source {@code /<service>}) about record {@code id} in the test
     * county, of {@code township} (null: a county-wide record, no townshipcode attribute), matching docs/events.md.
     */
    public static void envelopes(List<TopicReader.Message> msgs, String service, String id, String township) {
        for (TopicReader.Message m : msgs) {
            JsonNode e = m.value();
            assertThat(m.key()).as("partition key").isEqualTo(id);
            assertThat(e.get("source").asText()).isEqualTo("/" + service);
            assertThat(e.get("subject").asText()).isEqualTo(id);
            assertThat(e.get("countycode").asText()).isEqualTo("519901");
            if (township == null) {
                assertThat(e.has("townshipcode")).isFalse();
            } else {
                assertThat(e.get("townshipcode").asText()).isEqualTo(township);
            }
            assertThat(e.get("data").get("version").asLong()).isEqualTo(e.get("aggregateversion").asLong());
            assertThat(CATALOGUE.check(e)).as("matches docs/events.md: " + e).isEmpty();
        }
    }

    /** The event types, in topic order. */
    public static List<String> types(List<TopicReader.Message> msgs) {
        return msgs.stream().map(m -> m.value().get("type").asText()).toList();
    }

    /** The aggregate versions, in topic order. */
    public static List<Long> versions(List<TopicReader.Message> msgs) {
        return msgs.stream().map(m -> m.value().get("aggregateversion").asLong()).toList();
    }

    /** No event carries any of the texts (names, ID numbers, free text of the record). */
    public static void without(List<TopicReader.Message> msgs, String... secrets) {
        for (TopicReader.Message m : msgs) {
            String json = m.value().toString();
            for (String s : secrets) {
                assertThat(json).as("event must not carry '" + s + "'").doesNotContain(s);
            }
        }
    }
}
