package cn.justice.correction.subject;

import cn.justice.correction.person.Gender;
import cn.justice.correction.person.PersonProtection;
import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person under correction as the API shows it: name and ID number masked unless a county-admin unmasked the record. */
@Schema(name = "Subject")
public record SubjectView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        String subjectNo,
        @Schema(description = "Masked (张*) unless unmask=true", example = "张*") String name,
        @Schema(description = "Masked (110105********002X) unless unmask=true", example = "110105********002X") String idNumber,
        @Schema(description = "true when name and ID number are masked") boolean masked,
        Gender gender,
        @Schema(description = "Only with unmask=true (with the masked ID number it would reveal the whole number)") LocalDate birthDate,
        @Schema(description = "Under 18 on the day the judgment took effect (未成年)") boolean minor,
        String ethnicity,
        SubjectCategory category,
        String crime,
        String sentence,
        String decisionAuthority,
        LocalDate judgmentEffectiveOn,
        LocalDate correctionStart,
        LocalDate correctionEnd,
        List<String> prohibitions,
        SupervisionLevel supervisionLevel,
        SubjectStatus status,
        @Schema(description = "接收: the day the decision arrived") LocalDate receivedOn,
        @Schema(description = "judgmentEffectiveOn + 10 days") LocalDate reportDueOn,
        @Schema(description = "报到入矫 (first report)") LocalDate reportedOn,
        ReportType reportType,
        @Schema(description = "Not reported and past reportDueOn") boolean reportOverdue,
        @Schema(description = "分类管理 history, oldest first; the first entry is the initial level") List<History.Classification> classifications,
        @Schema(description = "训诫") List<History.Sanction> admonitions,
        @Schema(description = "警告") List<History.Sanction> warnings,
        @Schema(description = "Two or more warnings: apply for revocation (提请撤销)") boolean revocationRecommended,
        @Schema(description = "外出") List<History.Leave> leaves,
        @Schema(description = "电子定位 periods, oldest first") List<History.MonitoringPeriod> monitoringPeriods,
        @Schema(description = "Inside a monitoring period today") boolean monitored,
        @Schema(description = "The latest period ran out without renewal or stop while the correction goes on") boolean monitoringExpired,
        @Schema(description = "定期报告") List<History.CheckIn> checkIns,
        @Schema(description = "脱管 periods; the last is open (to null) while MISSING") List<History.MissingPeriod> missingPeriods,
        @Schema(description = "重新犯罪") List<History.Reoffence> reoffences,
        @Schema(description = "Date of the first re-offence") LocalDate reoffendedOn,
        @Schema(description = "Day the correction ended (TERMINATED, REVOKED, DECEASED)") LocalDate endedOn,
        TerminationReason terminationReason,
        @Schema(description = "解除矫正证明书 number") String certificateNo,
        String revocationReason,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static SubjectView of(Subject s, LocalDate today, PersonProtection.Shown person, boolean masked) {
        return new SubjectView(s.id, s.version, s.countyCode, s.townshipCode, s.subjectNo, person.name(),
                person.idNumber(), masked, s.gender, person.birthDate(), s.minor, s.ethnicity, s.category, s.crime,
                s.sentence, s.decisionAuthority, s.judgmentEffectiveOn, s.correctionStart, s.correctionEnd,
                List.copyOf(s.prohibitions), s.supervisionLevel, s.status, s.receivedOn, s.reportDueOn, s.reportedOn,
                s.reportType, s.reportOverdue(today), List.copyOf(s.classifications), List.copyOf(s.admonitions),
                List.copyOf(s.warnings), s.revocationRecommended(), List.copyOf(s.leaves),
                List.copyOf(s.monitoringPeriods), s.monitored(today), s.monitoringExpired(today),
                List.copyOf(s.checkIns), List.copyOf(s.missingPeriods), List.copyOf(s.reoffences), s.reoffendedOn,
                s.endedOn, s.terminationReason, s.certificateNo, s.revocationReason, s.createdAt, s.updatedAt);
    }
}
