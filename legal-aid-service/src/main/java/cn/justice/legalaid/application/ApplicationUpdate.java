package cn.justice.legalaid.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * Body of {@code PUT …/applications/{id}}: the editable fields, all of them. Never the status (actions), the channel,
 * the township or the dates. Once decided, the facts eligibility rests on (caseType, matter, groups, noFixedIncome,
 * economicHardship, mandatoryDefenseGround, retrialAcquittal, hardshipExemption) are fixed.
 */
@Schema(name = "LegalAidApplicationUpdate", description = "Corrects an application's applicant and case facts")
public record ApplicationUpdate(
        @Schema(description = "Version being edited; a stale one is a 409 (or use If-Match for 412)", example = "1")
        Long version,
        @NotNull @Valid Applicant applicant,
        UUID workstationId,
        @NotNull CaseType caseType,
        @NotNull Matter matter,
        @NotNull EconomicHardship economicHardship,
        MandatoryDefenseGround mandatoryDefenseGround,
        Boolean retrialAcquittal,
        @Schema(description = "可能被判处无期徒刑、死刑 (CRIMINAL_DEFENSE only): the lawyer assigned needs 3 years' practice "
                + "(法律援助法第26条; also for the grounds LIFE_OR_DEATH_SENTENCE and DEATH_PENALTY_REVIEW)", defaultValue = "false")
        Boolean possibleLifeOrDeath,
        @Schema(description = "法律援助法第32条: claimed when this matter arises from a heroic act (HEROIC_ACT, with the "
                + "group HEROIC_ACT) or from abuse, abandonment or domestic violence (ABUSE_VICTIM, with the group "
                + "DOMESTIC_VIOLENCE_VICTIM); the hardship condition then does not apply. Only for the related matters "
                + "(see LegalAidHardshipExemption), else 422; absent, the group alone exempts nothing")
        HardshipExemption hardshipExemption) {
}
