package cn.justice.mediation.mediator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Bodies of the mediator actions (DESIGN §5.5). */
public final class MediatorActions {
    private MediatorActions() {
    }

    @Schema(name = "MediatorRetire", description = "解聘/离任: the mediator stops serving")
    public record Retire(@NotNull @Schema(description = "Last day of service", example = "2025-12-31") LocalDate retiredOn) {
    }

    @Schema(name = "MediatorTrain", description = "培训: records a training the mediator attended")
    public record Train(
            @NotNull @Schema(description = "Date of the training", example = "2025-09-12") LocalDate date,
            @NotNull
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "24", message = "must be at most 24")
            @Digits(integer = 2, fraction = 1, message = "at most one decimal place")
            @Schema(description = "Hours, more than 0 and at most 24, one decimal place", example = "4.5",
                    minimum = "0", exclusiveMinimum = true, maximum = "24")
            BigDecimal hours,
            @NotBlank @Size(max = 200) @Schema(example = "人民调解法及调解技巧") String topic) {
    }
}
