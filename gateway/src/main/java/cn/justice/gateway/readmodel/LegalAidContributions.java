package cn.justice.gateway.readmodel;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** What the legal-aid-service's aggregates contribute to the measures of DESIGN §7 (see {@link ContributionRules}). */
final class LegalAidContributions {
    private LegalAidContributions() {
    }

    /** @param kind {@code <service>.<aggregate>}, e.g. {@code legal-aid.…} */
    static List<MeasureEntry> entries(String kind, JsonNode d) {
        return List.of(); // the service's events are not defined yet (issue 5)
    }
}
