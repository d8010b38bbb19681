package cn.justice.publicity.activity;

import cn.justice.publicity.common.Theme;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Body of {@code PUT …/activities/{id}}: the editable fields, all of them (absent optional fields are cleared).
 * Never {@code status}, the township or the figures (actions {@code hold}/{@code correct} set those); {@code heldOn}
 * may only change while PLANNED (a held activity's date is corrected with {@code correct}).
 */
@Schema(name = "ActivityUpdate", description = "Corrects the editable fields of a PLANNED or HELD activity")
public record ActivityUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotBlank @Size(max = 200) @Schema(example = "宪法宣传周进校园") String title,
        @NotNull Theme theme,
        @NotNull @Schema(description = "Planned date (PLANNED); for a HELD activity it must stay the same", example = "2025-12-04")
        LocalDate heldOn,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(example = "519901101201") String villageCode,
        @NotNull Venue venue,
        @NotNull ActivityFormat format,
        @Size(max = 7) List<@NotNull TargetGroup> targetGroups,
        @NotNull UUID organizerUnitId) implements ActivityService.Fields {
}
