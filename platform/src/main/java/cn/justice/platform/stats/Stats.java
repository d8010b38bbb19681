package cn.justice.platform.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * Answer of every service's {@code GET …/stats}: source-of-truth counts of the measures (DESIGN §7 names) for an
 * org unit and a date range, computed from the service's own tables. Flows count records whose own date lies in
 * [from, to]; stocks are the state at the end of {@code to}.
 */
public record Stats(String orgCode, LocalDate from, LocalDate to, Map<String, Long> measures) {
}
