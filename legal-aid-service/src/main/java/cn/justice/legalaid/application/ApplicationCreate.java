package cn.justice.legalaid.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/legal-aid/applications}: receives an application (RECEIVED; AUTHORITY_NOTICE: GRANTED). */
@Schema(name = "LegalAidApplicationCreate", description = "Receives a legal aid application (收件). Eligibility is "
        + "computed from caseType, matter, the applicant's groups, noFixedIncome, retrialAcquittal, mandatoryDefenseGround, "
        + "channel and economicHardship (see the Application schema's eligible).")
public record ApplicationCreate(
        @Schema(description = "Client-supplied id (offline clients); the server assigns one when absent")
        UUID id,
        @NotNull @Valid Applicant applicant,
        @NotNull ApplicationChannel channel,
        @Schema(description = "Workstation (工作站) that took the application, of the caller's county")
        UUID workstationId,
        @NotNull @Pattern(regexp = "\\d{9}", message = "must be a 9-digit township code")
        @Schema(description = "Township (乡镇) code", example = "519901101")
        String townshipCode,
        @NotNull CaseType caseType,
        @NotNull Matter matter,
        @Schema(description = "Defaults to NOT_CLAIMED") EconomicHardship economicHardship,
        @Schema(description = "第25条 ground of mandatory defence (CRIMINAL_DEFENSE only)")
        MandatoryDefenseGround mandatoryDefenseGround,
        @Schema(description = "再审改判无罪 (第32条第三项, with a state compensation matter)", defaultValue = "false")
        Boolean retrialAcquittal,
        @Schema(description = "可能被判处无期徒刑、死刑 (CRIMINAL_DEFENSE only): the lawyer assigned needs 3 years' practice "
                + "(法律援助法第26条; also for the grounds LIFE_OR_DEATH_SENTENCE and DEATH_PENALTY_REVIEW)", defaultValue = "false")
        Boolean possibleLifeOrDeath,
        @Schema(description = "法律援助法第32条: claimed when this matter arises from a heroic act (HEROIC_ACT, with the "
                + "group HEROIC_ACT) or from abuse, abandonment or domestic violence (ABUSE_VICTIM, with the group "
                + "DOMESTIC_VIOLENCE_VICTIM); the hardship condition then does not apply. Only for the related matters "
                + "(see LegalAidHardshipExemption), else 422; absent, the group alone exempts nothing")
        HardshipExemption hardshipExemption,
        @NotNull @Schema(description = "Day the legal aid office received it, not in the future; the decision is due 7 "
                + "days later", example = "2025-03-03")
        LocalDate receivedOn,
        @Schema(description = "DETENTION_FORWARDED only (required there): when the detainee submitted the application to "
                + "the detention centre", example = "2025-03-02T09:00:00Z")
        Instant submittedAt,
        @Schema(description = "DETENTION_FORWARDED only (required there): when the detention centre forwarded it; within "
                + "24 h of submittedAt is on time", example = "2025-03-03T08:00:00Z")
        Instant forwardedAt) {
}
