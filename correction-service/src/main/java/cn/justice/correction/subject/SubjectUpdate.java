package cn.justice.correction.subject;

import cn.justice.correction.person.Gender;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code PUT …/subjects/{id}}: the editable fields. Never the status (actions), the supervision level
 * (classify), the township, the number or the receiving date. Name, ID number, gender, birth date and ethnicity
 * may be left out (unchanged) — a client that only sees them masked cannot send them back. The judgment date can
 * change only before the report (the report's timeliness depends on it).
 */
@Schema(name = "SubjectUpdate")
public record SubjectUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)") Long version,
        @Size(min = 1, max = 50) @Schema(description = "Absent: unchanged") String name,
        @Size(min = 1, max = 18) @Schema(description = "Absent: unchanged") String idNumber,
        @Schema(description = "Absent: unchanged") Gender gender,
        @PastOrPresent @Schema(description = "Absent: unchanged; must match the ID number") LocalDate birthDate,
        @Size(max = 20) @Schema(description = "Absent: unchanged") String ethnicity,
        @NotNull SubjectCategory category,
        @NotBlank @Size(max = 200) String crime,
        @NotBlank @Size(max = 200) String sentence,
        @NotBlank @Size(max = 200) String decisionAuthority,
        @NotNull @PastOrPresent LocalDate judgmentEffectiveOn,
        @NotNull LocalDate correctionStart,
        @NotNull LocalDate correctionEnd,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> prohibitions,
        @PastOrPresent @Schema(description = "MEDICAL_PAROLE only (absent: unchanged; dropped when the category is another): "
                + "the day the decision was received (社区矫正法第21条)") LocalDate decisionReceivedOn) {
}
