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

    @Schema(name = "ReleasedPersonClose", description = "End of 安置帮教, from REGISTERED, CONNECTED or PLACED "
            + "(DESIGN §10.1). PERIOD_ENDED (帮教期满) only on or after supportPeriodEndsOn (releasedOn + 5 years), "
            + "otherwise 422; the other reasons at any time.")
    public record Close(@NotNull LocalDate on, @NotNull ReleasedCloseReason reason,
                        @Size(max = 2000) @Schema(description = "Free text (never in events)") String note) {
    }

    @Schema(name = "ReleasedPersonReoffend", description = "重新犯罪: the date of the new offence (not before "
            + "releasedOn). Recorded once; the state stays (closing as REIMPRISONED is a separate close).")
    public record Reoffend(@NotNull LocalDate on) {
    }
}
