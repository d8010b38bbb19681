package cn.justice.publicity.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the activity actions (DESIGN §5.5). */
public final class ActivityActions {
    public static final int MAX_FIGURE = 10_000_000;

    private ActivityActions() {
    }

    @Schema(name = "ActivityHold", description = "The actual date and figures of the activity: body of hold (PLANNED → "
            + "HELD) and of correct (HELD, replaces the figures)")
    public record Hold(
            @NotNull @Schema(description = "Actual date, not in the future", example = "2025-12-04") LocalDate heldOn,
            @NotNull @Min(value = 0, message = "must not be negative") @Max(value = MAX_FIGURE, message = "must be at most 10000000")
            @Schema(description = "People reached (参与人数)", example = "320", minimum = "0") Integer participants,
            @NotNull @Min(value = 0, message = "must not be negative") @Max(value = MAX_FIGURE, message = "must be at most 10000000")
            @Schema(description = "Materials handed out (发放资料份数)", example = "500", minimum = "0") Integer materialsDistributed) {
    }

    @Schema(name = "ActivityCancel", description = "取消: the planned activity will not take place")
    public record Cancel(
            @Size(max = 2000) @Schema(description = "Why", example = "暴雨预警") String reason) {
    }
}
