package cn.justice.gateway.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A plan indicator: {@code actual = sum(numerator) / sum(denominator) × factor} (a count when there is no
 * denominator), compared with the year's target by {@code comparator}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
        String code,
        String name,
        String nameEn,
        String unit,
        String owner,
        Kind kind,
        List<String> numerator,
        List<String> denominator,
        BigDecimal factor,
        String comparator,
        BigDecimal baseline,
        Boolean targetsDefault,
        Map<Integer, BigDecimal> targets) {

    /** FLOW: records counted by their own date within the period; STOCK: state at the end of the period. */
    public enum Kind { FLOW, STOCK }

    public boolean isRate() {
        return denominator != null && !denominator.isEmpty();
    }

    public List<String> denominatorOrEmpty() {
        return denominator == null ? List.of() : denominator;
    }
}
