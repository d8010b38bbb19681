package cn.justice.ruleoflaw.officer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Body of {@code POST /api/v1/rule-of-law/enforcement-officers}. */
@Schema(name = "OfficerCreate", description = "Registers an administrative enforcement officer (行政执法人员)")
public record OfficerCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotBlank @Size(max = 100) @Schema(example = "李明") String name,
        @NotBlank @Size(max = 200) @Schema(description = "执法单位", example = "X县市场监督管理局") String agency,
        @Size(max = 50) @Schema(description = "执法证号, once issued") String certificateNo,
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) of a township's officer; absent for a county agency's", example = "519901101")
        String townshipCode) implements OfficerService.Fields {
}
