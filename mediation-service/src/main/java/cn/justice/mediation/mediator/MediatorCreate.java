package cn.justice.mediation.mediator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/mediation/mediators}: appoints (聘任) a people's mediator to a committee. */
@Schema(name = "MediatorCreate", description = "Appoints a people's mediator (人民调解员) to an ACTIVE committee")
public record MediatorCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotBlank @Size(max = 100) @Schema(description = "Full name (personal data: masked in lists, never in events)",
                example = "阿木拉且")
        String name,
        @NotNull @Schema(description = "Appointing committee (调委会); the mediator's township is the committee's")
        UUID committeeId,
        @NotNull @Schema(description = "Full- or part-time")
        MediatorKind kind,
        @Schema(description = "德古: a traditional mediator (default false)", example = "true", defaultValue = "false")
        Boolean traditional,
        @NotNull @Schema(description = "Date appointed (聘任), not before the committee was established", example = "2023-03-01")
        LocalDate appointedOn,
        @Schema(description = "End of the term (任期届满), not before appointedOn", example = "2026-02-28")
        LocalDate termEndsOn) {
}
