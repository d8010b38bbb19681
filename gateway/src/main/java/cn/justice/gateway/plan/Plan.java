package cn.justice.gateway.plan;

import java.util.List;

/** A five-year plan and its indicators (loaded from {@code plans/*.yaml}). */
public record Plan(String id, String name, String nameEn, int fromYear, int toYear, List<Indicator> indicators) {
    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }
}
