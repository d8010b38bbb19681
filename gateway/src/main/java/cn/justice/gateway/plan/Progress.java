package cn.justice.gateway.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/plans/{planId}/progress}: every indicator of the plan for an org unit and a year. */
public record Progress(String planId, String orgCode, int year, Instant asOf, List<Item> indicators) {

    /** One indicator; counts have {@code actual} = numerator and {@code denominator} null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String code, String name, String nameEn, String unit, BigDecimal actual, BigDecimal numerator,
                       BigDecimal denominator, BigDecimal target, String comparator, BigDecimal baseline,
                       IndicatorStatus.Status status, Instant asOf) {
    }
}
