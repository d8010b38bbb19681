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
        @Schema(description = "MEDICAL_PAROLE: the day the 暂予监外执行 decision was received (社区矫正法第21条)") LocalDate decisionReceivedOn,
        @Schema(description = "judgmentEffectiveOn + 10 days; for MEDICAL_PAROLE decisionReceivedOn + 10 days (the handover)") LocalDate reportDueOn,
        @Schema(description = "报到入矫 (first report) or 交付接收 (handover of a MEDICAL_PAROLE person)") LocalDate reportedOn,
        ReportType reportType,
        @Schema(description = "The report or handover was on or before reportDueOn; null until then") Boolean intakeOnTime,
        @Schema(description = "MEDICAL_PAROLE: who handed the person over") HandoverAuthority handedOverBy,
        @Schema(description = "Not reported (handed over) and past reportDueOn") boolean reportOverdue,
        @Schema(description = "分类管理 history, oldest first; the first entry is the initial level") List<History.Classification> classifications,
        @Schema(description = "训诫") List<History.Sanction> admonitions,
        @Schema(description = "警告") List<History.Sanction> warnings,
        @Schema(description = "实施办法第46条: the statutory grounds the record shows today (two warnings, a missing period "
                + "over 30 days, a re-offence, unreported 10 days past the deadline)") List<RevocationGround> revocationGrounds,
        @Schema(description = "实施办法第46条: a statutory ground and a proposal could be made (PENDING_REPORT, ACTIVE or MISSING)") boolean revocationRecommended,
        @Schema(description = "提请撤销/收监 and their rulings, oldest first") List<History.RevocationProposal> revocationProposals,
        @Schema(description = "The open proposal's ruling deadline (proposedOn + 30 days); null when none is open") LocalDate courtDueOn,
        @Schema(description = "社区矫正法第46条: REVOCATION_PROPOSED and past courtDueOn") boolean courtRulingOverdue,
        @Schema(description = "训诫/警告 proposed by the township office (实施办法第34–35条), oldest first") List<History.SanctionProposal> sanctionProposals,
        @Schema(description = "外出") List<History.Leave> leaves,
        @Schema(description = "实施办法第26条: a leave past its last day without a return (leave-return)") boolean leaveReturnOverdue,
        @Schema(description = "电子定位 periods, oldest first") List<History.MonitoringPeriod> monitoringPeriods,
        @Schema(description = "Inside a monitoring period today") boolean monitored,
        @Schema(description = "The latest period ran out without renewal or stop while the correction goes on") boolean monitoringExpired,
        @Schema(description = "社区矫正法第29条: the running period's last day is within 7 days") boolean monitoringExpiring,
        @Schema(description = "定期报告") List<History.CheckIn> checkIns,
        @Schema(description = "The latest report or check-in") LocalDate lastContactOn,
        @Schema(description = "实施办法第24条: no check-in within the interval of the supervision level (STRICT weekly, ORDINARY monthly, LENIENT quarterly)") boolean checkInOverdue,
        @Schema(description = "暂予监外执行 health reports (实施办法第24条)") List<History.HealthReport> healthReports,
        @Schema(description = "实施办法第24条: MEDICAL_PAROLE and the monthly health report is overdue") boolean healthReportOverdue,
        @Schema(description = "执行地变更 within the county, oldest first (社区矫正法第27条)") List<History.Transfer> transfers,
        @Schema(description = "TRANSFERRED_OUT: the county the person moved to") String transferredToCountyCode,
        @Schema(description = "脱管 periods; the last is open (to null) while MISSING") List<History.MissingPeriod> missingPeriods,
        @Schema(description = "重新犯罪") List<History.Reoffence> reoffences,
        @Schema(description = "Date of the first re-offence") LocalDate reoffendedOn,
        @Schema(description = "Day the correction ended here (TERMINATED, REVOKED, DECEASED, TRANSFERRED_OUT)") LocalDate endedOn,
        TerminationReason terminationReason,
        @Schema(description = "解除矫正证明书 number") String certificateNo,
        @Schema(description = "Reason of a revocation recorded before revocations were rulings on a proposal") String revocationReason,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    public static SubjectView of(Subject s, LocalDate today, SubjectFlags f, PersonProtection.Shown person, boolean masked) {
        return new SubjectView(s.id, s.version, s.countyCode, s.townshipCode, s.subjectNo, person.name(),
                person.idNumber(), masked, s.gender, person.birthDate(), s.minor, s.ethnicity, s.category, s.crime,
                s.sentence, s.decisionAuthority, s.judgmentEffectiveOn, s.correctionStart, s.correctionEnd,
                List.copyOf(s.prohibitions), s.supervisionLevel, s.status, s.receivedOn, s.decisionReceivedOn,
                s.reportDueOn, s.reportedOn, s.reportType, s.intakeOnTime, s.handedOverBy, f.reportOverdue(),
                List.copyOf(s.classifications), List.copyOf(s.admonitions), List.copyOf(s.warnings),
                f.revocationGrounds(), f.revocationRecommended(), List.copyOf(s.revocationProposals), s.courtDueOn,
                f.courtRulingOverdue(), List.copyOf(s.sanctionProposals), List.copyOf(s.leaves), f.leaveReturnOverdue(),
                List.copyOf(s.monitoringPeriods), s.monitored(today), f.monitoringExpired(), f.monitoringExpiring(),
                List.copyOf(s.checkIns), s.lastContactOn, f.checkInOverdue(), List.copyOf(s.healthReports),
                f.healthReportOverdue(), List.copyOf(s.transfers), s.transferredToCountyCode,
                List.copyOf(s.missingPeriods), List.copyOf(s.reoffences), s.reoffendedOn,
                s.endedOn, s.terminationReason, s.certificateNo, s.revocationReason, s.createdAt, s.updatedAt);
    }
}
