package cn.justice.mediation.committee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/mediation/committees}: registers a mediation committee (调委会登记). */
@Schema(name = "CommitteeCreate", description = "Registers a people's mediation committee (人民调解委员会)")
public record CommitteeCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotBlank @Size(max = 200) @Schema(description = "Name of the committee", example = "吉米镇吉米村人民调解委员会")
        String name,
        @NotNull @Schema(description = "Kind of committee")
        CommitteeType type,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) code", example = "519901101")
        String townshipCode,
        @Pattern(regexp = "\\d{12}", message = "must be a 12-digit village code")
        @Schema(description = "Village or community code within the township; required for VILLAGE and COMMUNITY committees",
                example = "519901101201")
        String villageCode,
        @NotNull @Schema(description = "Date established (成立)", example = "2019-06-01")
        LocalDate establishedOn,
        @Schema(description = "Date filed with the justice bureau (备案), not before establishedOn", example = "2019-07-15")
        LocalDate filedOn,
        @NotNull @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Number of committee members (委员): 3 to 9 (人民调解法第8条; other values are a 422)",
                example = "5", minimum = "0")
        Integer memberCount,
        @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Women members (妇女成员); at least 1 (人民调解法第8条, else 422); absent: not recorded "
                + "(compositionUnknown)", example = "2", minimum = "0")
        Integer womenMembers,
        @Min(value = 0, message = "must not be negative") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Members of an ethnic minority (少数民族成员); at least 1 in a multi-ethnic county "
                + "(人民调解法第8条, else 422); absent: not recorded (compositionUnknown)", example = "3", minimum = "0")
        Integer minorityMembers,
        @Schema(description = "End of the current term (任期届满); a term is 3 years (人民调解法第9条): after "
                + "establishedOn, at most 3 years from today (else 422)", example = "2027-06-30")
        LocalDate termEndsOn) implements CommitteeService.Fields {
}
