package cn.justice.ruleoflaw.honour;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/honours}. */
@Schema(name = "HonourCreate", description = "Records an honour (荣誉)")
public record HonourCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotNull HonourLevel level,
        @NotNull @Schema(description = "2000 … the current year", example = "2023") Integer year,
        @NotBlank @Size(max = 300) @Schema(example = "全国人民调解工作先进集体") String title,
        @NotBlank @Size(max = 200) @Schema(description = "The unit or person honoured (not in events)", example = "吉米镇人民调解委员会")
        String awardee) implements HonourService.Fields {
}
