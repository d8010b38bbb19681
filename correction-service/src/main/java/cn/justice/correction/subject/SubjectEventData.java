package cn.justice.correction.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code correction.subject.*} events: the whole state the gateway's measures need (every date
 * and both period lists), so the latest event alone defines the person's contribution. Nothing personal: no name, ID
 * number, birth date, crime, sentence, prohibitions, reasons, notes, destinations, offences or device ids.
 * <p>
 * Periods are half-open {@code [from, to)}: a missing period ends the day the person came back or the correction
 * ended ({@code to} null while missing); a monitoring period ends on its {@link History.MonitoringPeriod#endsOn()
 * endsOn}. The flags are those of the day of the change (the bureau's today), with the dates they derive from; the
 * next check-in and health report are dated here under the service's configured intervals, so the gateway need not
 * know them.
 */
public record SubjectEventData(
        UUID subjectId,
        long version,
        String countyCode,
        String townshipCode,
        SubjectCategory category,
        SupervisionLevel supervisionLevel,
        SubjectStatus status,
        LocalDate receivedOn,
        LocalDate judgmentEffectiveOn,
        LocalDate correctionStart,
        LocalDate correctionEnd,
        LocalDate reportDueOn,
        LocalDate reportedOn,
        ReportType reportType,
        int classificationCount,
        int admonitionCount,
        int warningCount,
        boolean revocationRecommended,
        int leaveCount,
        int checkInCount,
        LocalDate lastCheckInOn,
        List<History.Period> missingPeriods,
        List<History.Period> monitoringPeriods,
        LocalDate reoffendedOn,
        int reoffenceCount,
        LocalDate endedOn,
        TerminationReason terminationReason,
        // second wave (DESIGN §10.1)
        LocalDate decisionReceivedOn,
        Boolean intakeOnTime,
        List<RevocationGround> revocationGrounds,
        int revocationProposalCount,
        ProposalKind proposalKind,
        LocalDate revocationProposedOn,
        LocalDate courtDueOn,
        boolean courtRulingOverdue,
        int openSanctionProposals,
        boolean leaveReturnOverdue,
        boolean monitoringExpiring,
        LocalDate lastContactOn,
        boolean checkInOverdue,
        int healthReportCount,
        LocalDate lastHealthReportOn,
        boolean healthReportOverdue,
        List<Transfer> transfers,
        String transferredToCountyCode,
        // due dates for the gateway's work queue (DESIGN §11), under this service's configured intervals
        LocalDate checkInDueOn,
        LocalDate healthReportDueOn,
        LocalDate sanctionProposedOn) {

    /** 执行地变更 as events carry it: from {@code on} the person counts in {@code toTownshipCode}. */
    public record Transfer(LocalDate on, String fromTownshipCode, String toTownshipCode) {
    }

    public static SubjectEventData of(Subject s) {
        SubjectFlags f = s.flags;
        LocalDate lastCheckIn = s.checkIns.stream().map(History.CheckIn::on).max(LocalDate::compareTo).orElse(null);
        History.RevocationProposal last = s.revocationProposals.isEmpty() ? null
                : s.revocationProposals.get(s.revocationProposals.size() - 1);
        return new SubjectEventData(s.id, s.version, s.countyCode, s.townshipCode, s.category, s.supervisionLevel,
                s.status, s.receivedOn, s.judgmentEffectiveOn, s.correctionStart, s.correctionEnd, s.reportDueOn,
                s.reportedOn, s.reportType, s.classifications.size(), s.admonitions.size(), s.warningCount,
                f.revocationRecommended(), s.leaves.size(), s.checkIns.size(), lastCheckIn,
                s.missingPeriods.stream().map(p -> new History.Period(p.from(), p.to())).toList(),
                s.monitoringPeriods.stream().map(p -> new History.Period(p.from(), p.endsOn())).toList(),
                s.reoffendedOn, s.reoffences.size(), s.endedOn, s.terminationReason,
                s.decisionReceivedOn, s.intakeOnTime, f.revocationGrounds(), s.revocationProposals.size(),
                last == null ? null : last.kind(), last == null ? null : last.proposedOn(), s.courtDueOn,
                f.courtRulingOverdue(), (int) s.sanctionProposals.stream().filter(p -> p.decidedOn() == null).count(),
                f.leaveReturnOverdue(), f.monitoringExpiring(), s.lastContactOn, f.checkInOverdue(),
                s.healthReports.size(), s.lastHealthReportOn, f.healthReportOverdue(),
                s.transfers.stream().map(t -> new Transfer(t.on(), t.fromTownshipCode(), t.toTownshipCode())).toList(),
                s.transferredToCountyCode, f.checkInDueOn(), f.healthReportDueOn(), s.sanctionProposedOn());
    }
}
