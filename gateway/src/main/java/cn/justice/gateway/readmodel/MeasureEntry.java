package cn.justice.gateway.readmodel;

import java.time.LocalDate;

/**
 * One contribution of an aggregate to a measure: {@code value} counted on {@code date} (its month).
 *
 * @param member for a distinct-count measure (e.g. villages_with_advisor), what is counted once however many
 *               records contribute to it (a village code, a township × venue pair); null for a summed measure
 */
public record MeasureEntry(String measure, LocalDate date, long value, String member) {
    public MeasureEntry(String measure, LocalDate date, long value) {
        this(measure, date, value, null);
    }
}
