package cn.justice.correction.subject;

import cn.justice.correction.person.Gender;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/v1/correction/subjects}: registers a person under correction when the decision arrives (接收). */
@Schema(name = "SubjectCreate", description = "Registers a person under community correction (社区矫正对象接收)")
public record SubjectCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent") UUID id,
        @Pattern(regexp = "[A-Za-z0-9-]{1,40}", message = "must be 1 to 40 letters, digits or hyphens")
        @Schema(description = "矫正编号, unique in the county; assigned (SQJZ<year>-<nnnnnn>) when absent", example = "SQJZ2026-000123")
        String subjectNo,
        @NotBlank @Size(max = 50) @Schema(description = "Name (personal data: stored encrypted, shown masked)", example = "张三")
        String name,
        @NotBlank @Size(max = 18) @Schema(description = "Resident ID number, GB 11643 (stored encrypted, shown masked)", example = "11010519491231002X")
        String idNumber,
        @NotNull Gender gender,
        @NotNull @PastOrPresent @Schema(description = "Must match the ID number", example = "1949-12-31") LocalDate birthDate,
        @Size(max = 20) @Schema(example = "彝族") String ethnicity,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "执行地司法所: township code", example = "519901101") String townshipCode,
        @NotNull SubjectCategory category,
        @NotBlank @Size(max = 200) @Schema(description = "罪名", example = "危险驾驶罪") String crime,
        @NotBlank @Size(max = 200) @Schema(description = "刑罚", example = "拘役三个月，缓刑六个月") String sentence,
        @NotBlank @Size(max = 200) @Schema(description = "决定机关", example = "X县人民法院") String decisionAuthority,
        @NotNull @PastOrPresent @Schema(description = "判决生效日期; report due 10 days later", example = "2026-03-02") LocalDate judgmentEffectiveOn,
        @NotNull @Schema(example = "2026-03-02") LocalDate correctionStart,
        @NotNull @Schema(example = "2026-09-01") LocalDate correctionEnd,
        @Size(max = 20) @Schema(description = "禁止令") List<@NotBlank @Size(max = 200) String> prohibitions,
        @Schema(description = "Initial level (default ORDINARY); later changes only through classify") SupervisionLevel supervisionLevel,
        @PastOrPresent @Schema(description = "Day the decision arrived (接收); default today", example = "2026-03-03") LocalDate receivedOn,
        @PastOrPresent @Schema(description = "MEDICAL_PAROLE (暂予监外执行) only, and required there: the day the decision was "
                + "received; the handover (交付) is due 10 days later (社区矫正法第21条)", example = "2026-03-02") LocalDate decisionReceivedOn) {
}
