package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What the correction-service's aggregates contribute to the measures of DESIGN §7 (see {@link ContributionRules}). */
final class CorrectionContributions {
    private CorrectionContributions() {
    }

    /** @param kind {@code <service>.<aggregate>}, e.g. {@code correction.…} */
    static List<MeasureEntry> entries(String kind, JsonNode d) {
        return List.of(); // the service's events are not defined yet (issue 4)
    }
}
