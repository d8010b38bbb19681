package cn.justice.mediation.dispute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code PUT …/disputes/{id}}: the editable fields (never {@code status}, which only actions change; never
 * the township or registration date, which place the record). Send the version as If-Match or as {@code version}.
 */
@Schema(name = "DisputeUpdate")
public record DisputeUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)") Long version,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code") String villageCode,
        UUID committeeId,
        @NotNull DisputeCategory category,
        Mechanism mechanism,
        @NotBlank @Size(max = 2000) String summary,
        @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 12, fraction = 2) BigDecimal amountInvolved,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Party> parties,
        @Schema(description = "纠纷激化风险 (人民调解法第25条); absent: not assessed (cleared)") EscalationRisk escalationRisk,
        @Schema(description = "Date reported to the police (人民调解法第25条); needs escalationRisk LOW or HIGH",
                example = "2026-03-03") java.time.LocalDate reportedToPoliceOn) {
}
