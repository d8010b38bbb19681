package cn.justice.correction.released;

import cn.justice.correction.person.Gender;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Body of {@code PUT …/released-persons/{id}}: the editable fields (never the status or the township). Name, ID
 * number and gender may be left out (unchanged).
 */
@Schema(name = "ReleasedPersonUpdate")
public record ReleasedUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)") Long version,
        @Size(min = 1, max = 50) @Schema(description = "Absent: unchanged") String name,
        @Size(min = 1, max = 18) @Schema(description = "Absent: unchanged") String idNumber,
        @Schema(description = "Absent: unchanged") Gender gender,
        @NotNull @PastOrPresent LocalDate releasedOn,
        @Size(max = 200) String releasingInstitution,
        @Size(max = 200) String crime,
        @Schema(description = "重点帮教对象 (必接必送); absent: unchanged") Boolean keyPerson) {
}
