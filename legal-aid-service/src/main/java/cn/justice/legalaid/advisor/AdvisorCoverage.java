package cn.justice.legalaid.advisor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** 村居法律顾问覆盖率 of an org unit on a day: villages with an advisor / all villages of the org directory. */
@Schema(name = "VillageAdvisorCoverage", description = "村居法律顾问覆盖率: villages and communities with an advisor period "
        + "covering the day, out of all of them (org directory)")
public record AdvisorCoverage(
        @Schema(example = "519901") String orgCode,
        LocalDate on,
        long villagesTotal,
        long villagesWithAdvisor,
        @Schema(description = "villagesWithAdvisor / villagesTotal × 100, one decimal; null without villages") Double percent,
        @Schema(description = "Codes of the villages without an advisor that day") List<String> uncoveredVillageCodes) {
}
