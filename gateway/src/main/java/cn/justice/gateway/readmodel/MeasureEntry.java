package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;

/**
 * One contribution of an aggregate to a measure: {@code value} counted on {@code date} (its month).
 *
 * @param member       for a distinct-count measure (e.g. villages_with_advisor), what is counted once however many
 *                     records contribute to it (a village code, a township × venue pair); null for a summed measure
 * @param townshipCode the township the entry counts in when it is not the event's own (a correction subject
 *                     transferred within the county counts, on each date, in the township that supervised them
 *                     then); null: the event's {@code townshipcode}
 */
public record MeasureEntry(String measure, LocalDate date, long value, String member,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String townshipCode) {
    public MeasureEntry(String measure, LocalDate date, long value) {
        this(measure, date, value, null, null);
    }

    public MeasureEntry(String measure, LocalDate date, long value, String member) {
        this(measure, date, value, member, null);
    }

    /** The same entry, counted in {@code township}. */
    public MeasureEntry in(String township) {
        return new MeasureEntry(measure, date, value, member, township);
    }
}
