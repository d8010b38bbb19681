package cn.justice.mediation.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/mediation/disputes}: registers a dispute (登记). */
@Schema(name = "DisputeCreate", description = "Registers a dispute (矛盾纠纷登记)")
public record DisputeCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) code", example = "519901101")
        String townshipCode,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Village or community code, within the township", example = "519901101201")
        String villageCode,
        @Schema(description = "Handling mediation committee (调委会)")
        UUID committeeId,
        @NotNull @Schema(description = "How the dispute reached the committee")
        DisputeSource source,
        @NotNull @Schema(description = "Kind of dispute")
        DisputeCategory category,
        @Schema(description = "Special mechanism used, if any")
        Mechanism mechanism,
        @NotBlank @Size(max = 2000) @Schema(description = "What the dispute is about (no ID numbers)", example = "邻里宅基地界址纠纷")
        String summary,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 12, fraction = 2)
        @Schema(description = "Amount involved, yuan", example = "12000.00")
        BigDecimal amountInvolved,
        @NotNull @PastOrPresent @Schema(description = "Date registered", example = "2026-03-02")
        LocalDate registeredOn,
        @NotEmpty @Size(max = 50) @Schema(description = "当事人 (at least one); ID numbers and phones are stored encrypted")
        List<@NotNull @Valid Party> parties,
        @Schema(description = "纠纷激化风险 (人民调解法第25条); absent: not assessed")
        EscalationRisk escalationRisk,
        @Schema(description = "Date reported to the police as a dispute that may escalate (人民调解法第25条); needs "
                + "escalationRisk LOW or HIGH, not before registeredOn, not in the future", example = "2026-03-03")
        LocalDate reportedToPoliceOn) {
}
