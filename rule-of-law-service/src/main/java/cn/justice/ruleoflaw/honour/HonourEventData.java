package cn.justice.ruleoflaw.honour;

import java.util.UUID;

/** {@code data} of the {@code rule-of-law.honour.*} events (no title or awardee: free text, possibly a person's name). */
public record HonourEventData(UUID honourId, long version, String countyCode, HonourLevel level, int year) {
    public static HonourEventData of(Honour h) {
        return new HonourEventData(h.id, h.version, h.countyCode, h.level, h.year);
    }
}
