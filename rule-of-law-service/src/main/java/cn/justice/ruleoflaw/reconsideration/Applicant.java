package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.web.Texts;
import cn.justice.platform.personal.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 申请人 as a client sends it: a person or an organisation. Name, ID number and phone are personal data: stored
 * encrypted, shown masked, never in events or logs.
 */
@Schema(name = "ReconsiderationApplicantInput", description = "The applicant (申请人); name, ID number and phone are personal data")
public record Applicant(
        @NotBlank @Size(max = 200) @Schema(example = "张三") String name,
        @Schema(description = "Resident ID number (GB 11643: 18 characters, valid date, check digit); absent for an "
                + "organisation", example = "11010519491231002X") String idNumber,
        @Pattern(regexp = "\\+?[0-9-]{5,20}", message = "must be a phone number") @Schema(example = "13812341234") String phone) {

    /** Canonical form: trimmed name, upper-case check character, blanks as absent. */
    public Applicant normalized() {
        return new Applicant(name.strip(), idNumber == null || idNumber.isBlank() ? null : IdNumbers.normalize(idNumber),
                Texts.stripToNull(phone));
    }

    /** As shown: masked ({@code 张*}, {@code 110105********002X}, {@code 138****1234}) unless unmasked. */
    @Schema(name = "ReconsiderationApplicant")
    public record View(@Schema(description = "Masked (张*) unless unmask=true") String name,
                       @Schema(description = "Masked (110105********002X) unless unmask=true") String idNumber,
                       @Schema(description = "Masked (138****1234) unless unmask=true") String phone) {
    }
}
