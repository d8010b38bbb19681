package cn.justice.ruleoflaw.reconsideration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/reconsiderations}: an application for reconsideration (行政复议申请) received. */
@Schema(name = "ReconsiderationCreate", description = "Records an application for administrative reconsideration (行政复议申请)")
public record ReconsiderationCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull @Valid Applicant applicant,
        @NotBlank @Size(max = 200) @Schema(description = "被申请人: the agency whose action is challenged", example = "X县自然资源局")
        String respondentAgency,
        @NotNull ActionType actionType,
        @NotNull @Schema(description = "知道或者应当知道该行政行为之日", example = "2025-03-01") LocalDate knewOn,
        @NotNull @Schema(description = "Day the application was received; at most 60 days after knewOn (行政复议法第20条), not "
                + "in the future", example = "2025-03-10") LocalDate appliedOn)
        implements ReconsiderationService.Fields {
}
