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

/** Body of {@code POST /api/v1/publicity/activities}: plans an activity (status PLANNED). */
@Schema(name = "ActivityCreate", description = "Plans a legal publicity activity (法治宣传活动); figures come with hold")
public record ActivityCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotBlank @Size(max = 200) @Schema(description = "Title", example = "宪法宣传周进校园")
        String title,
        @NotNull Theme theme,
        @NotNull @Schema(description = "Planned date; hold sets the actual date", example = "2025-12-04")
        LocalDate heldOn,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) code", example = "519901101")
        String townshipCode,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Village or community within the township", example = "519901101201")
        String villageCode,
        @NotNull @Schema(description = "法律七进 place") Venue venue,
        @NotNull ActivityFormat format,
        @Size(max = 7) @Schema(description = "Audiences (duplicates are dropped)", example = "[\"YOUTH\"]")
        List<@NotNull TargetGroup> targetGroups,
        @NotNull @Schema(description = "Organiser: a responsible unit (谁执法谁普法) of the caller's county")
        UUID organizerUnitId) implements ActivityService.Fields {
}
