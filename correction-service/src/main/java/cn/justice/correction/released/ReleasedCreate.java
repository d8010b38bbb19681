package cn.justice.correction.released;

import cn.justice.correction.person.Gender;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/correction/released-persons}: registers a released person (刑满释放人员登记). */
@Schema(name = "ReleasedPersonCreate", description = "Registers a person released from prison for 安置帮教")
public record ReleasedCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @NotBlank @Size(max = 50) @Schema(description = "Name (personal data: stored encrypted, shown masked)", example = "李四") String name,
        @NotBlank @Size(max = 18) @Schema(description = "Resident ID number, GB 11643 (stored encrypted, shown masked)", example = "11010519491231002X") String idNumber,
        @NotNull Gender gender,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township of residence (安置帮教 by its justice office)", example = "519901101") String townshipCode,
        @NotNull @PastOrPresent @Schema(description = "刑满释放日期", example = "2026-03-02") LocalDate releasedOn,
        @Size(max = 200) @Schema(description = "Prison or other institution (释放单位)", example = "X省第一监狱") String releasingInstitution,
        @Size(max = 200) @Schema(description = "原罪名") String crime,
        @Schema(description = "重点帮教对象 (必接必送: to be connected on releasedOn); absent: false") Boolean keyPerson) {
}
