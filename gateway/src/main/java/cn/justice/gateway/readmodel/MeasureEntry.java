package cn.justice.gateway.readmodel;

import java.time.LocalDate;

/** One contribution of an aggregate to a measure: {@code value} counted on {@code date} (its month). */
public record MeasureEntry(String measure, LocalDate date, long value) {
}
