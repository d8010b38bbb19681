package cn.justice.legalaid.application;

import cn.justice.platform.personal.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * 申请人 as a client sends it. Name, ID number and phone are personal data: stored encrypted, shown masked, never in
 * events or logs.
 */
@Schema(name = "ApplicantInput", description = "The applicant (申请人); name, ID number and phone are personal data")
public record Applicant(
        @NotBlank @Size(max = 100) @Schema(example = "张三") String name,
        @NotBlank @Schema(description = "Resident ID number (GB 11643: 18 characters, valid date, check digit)",
                example = "11010519491231002X") String idNumber,
        @Pattern(regexp = "\\+?[0-9-]{5,20}", message = "must be a phone number") @Schema(example = "13812341234") String phone,
        @Size(max = 9) @Schema(description = "特定群体; MINOR (under 18) and ELDERLY (60 or older) are also derived from the "
                + "ID number on the day of receipt") List<@NotNull ApplicantGroup> groups,
        @Schema(description = "无固定生活来源 (第42条第一项 for minors, elderly and disabled people)", defaultValue = "false")
        Boolean noFixedIncome) {

    /** Canonical form: trimmed name, upper-case check character. */
    public Applicant normalized() {
        return new Applicant(name.strip(), IdNumbers.normalize(idNumber), phone == null ? null : phone.strip(), groups,
                noFixedIncome);
    }

    /** As shown: masked ({@code 张*}, {@code 110105********002X}, {@code 138****1234}) unless unmasked. */
    @Schema(name = "Applicant")
    public record View(@Schema(description = "Masked (张*) unless unmask=true") String name,
                       @Schema(description = "Masked (110105********002X) unless unmask=true") String idNumber,
                       @Schema(description = "Masked (138****1234) unless unmask=true") String phone,
                       List<ApplicantGroup> groups,
                       boolean noFixedIncome) {
    }
}
