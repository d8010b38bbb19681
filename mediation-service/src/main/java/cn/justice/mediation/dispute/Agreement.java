package cn.justice.mediation.dispute;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 调解协议: the agreement a successful mediation ends with. */
@Schema(name = "Agreement")
public record Agreement(
        @NotNull @Schema(description = "WRITTEN needs signedOn") AgreementForm form,
        @Schema(description = "Date signed (written agreements)", example = "2026-03-20") LocalDate signedOn,
        @NotBlank @Size(max = 4000) @Schema(description = "What the parties agreed", example = "乙方于2026年4月30日前赔偿甲方3000元") String terms,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(description = "Amount agreed, yuan", example = "3000.00") BigDecimal amount,
        @Schema(description = "Performance due date", example = "2026-04-30") LocalDate performBy) {
}
