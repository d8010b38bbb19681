package cn.justice.mediation.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Body of {@code PUT …/committees/{id}}: the editable fields, all of them (absent optional fields are cleared).
 * Never {@code status}, the assessment or the township, which actions and creation set. Send the version as
 * If-Match (stale: 412) or as {@code version} (stale: 409).
 */
@Schema(name = "CommitteeUpdate", description = "Corrects the editable fields of a committee")
public record CommitteeUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotBlank @Size(max = 200) @Schema(example = "吉米镇吉米村人民调解委员会")
        String name,
        @NotNull
        CommitteeType type,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Within the committee's township; required for VILLAGE and COMMUNITY", example = "519901101201")
        String villageCode,
        @NotNull @Schema(example = "2019-06-01")
        LocalDate establishedOn,
        @Schema(example = "2019-07-15")
        LocalDate filedOn,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "3 to 9 (人民调解法第8条; a changed value outside is a 422)", example = "7", minimum = "0")
        Integer memberCount,
        @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Women members (妇女成员); at least 1 (人民调解法第8条, else 422); absent: not recorded "
                + "(only while it never was)", example = "2", minimum = "0")
        Integer womenMembers,
        @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Members of an ethnic minority (少数民族成员); at least 1 in a multi-ethnic county "
                + "(人民调解法第8条, else 422); absent: not recorded (only while it never was)", example = "3", minimum = "0")
        Integer minorityMembers,
        @Schema(description = "End of the current term (任期届满); a term is 3 years (人民调解法第9条): after "
                + "establishedOn, at most 3 years from today (else 422)", example = "2027-06-30")
        LocalDate termEndsOn) implements CommitteeService.Fields {
}
