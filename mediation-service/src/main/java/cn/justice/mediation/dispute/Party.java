package cn.justice.mediation.dispute;

import cn.justice.platform.personal.IdNumbers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 当事人 as a client sends it. Personal data: stored encrypted (ID number, phone), shown masked. */
@Schema(name = "PartyInput")
public record Party(
        @NotBlank @Size(max = 100) @Schema(example = "张三") String name,
        @NotNull PartyRole role,
        @Schema(description = "Resident ID number (GB 11643), optional", example = "11010519491231002X") String idNumber,
        @Pattern(regexp = "\\+?[0-9-]{5,20}", message = "must be a phone number") @Schema(example = "13812341234") String phone) {

    /** Canonical form: trailing x upper-cased. */
    public Party normalized() {
        return new Party(name.strip(), role, IdNumbers.normalize(idNumber), phone);
    }

    /** As stored: ID number and phone encrypted. */
    public record Stored(String name, PartyRole role, String idNumberEncrypted, String phoneEncrypted) {
    }

    /** As shown: masked unless unmasked by a county-admin. */
    @Schema(name = "Party")
    public record View(@Schema(description = "Masked (张*) in lists") String name, PartyRole role,
                       @Schema(description = "Masked (110105********002X) unless unmask=true") String idNumber,
                       @Schema(description = "Masked (138****1234) unless unmask=true") String phone) {
    }
}
