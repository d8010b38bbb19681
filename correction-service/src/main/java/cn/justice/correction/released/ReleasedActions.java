package cn.justice.correction.released;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** Bodies of the actions on a released person (DESIGN §5.5); dates may not lie in the future. */
public final class ReleasedActions {
    private ReleasedActions() {
    }

    @Schema(name = "ReleasedPersonConnect", description = "衔接: taken over from the releasing institution")
    public record Connect(@NotNull LocalDate on) {
    }

    @Schema(name = "ReleasedPersonPlace", description = "安置")
    public record Place(@NotNull LocalDate on, @NotNull Placement placement) {
    }

    @Schema(name = "ReleasedPersonAssist", description = "帮教: an assistance visit")
    public record Assist(@NotNull LocalDate on, @Size(max = 2000) String note) {
    }

    @Schema(name = "ReleasedPersonClose", description = "帮教期满 or other end of 安置帮教")
    public record Close(@NotNull LocalDate on, @Size(max = 2000) String reason) {
    }
}
