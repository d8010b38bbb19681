package cn.justice.correction.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code correction.subject.*} events: the whole state the gateway's measures need (every date
 * and both period lists), so the latest event alone defines the person's contribution. Nothing personal: no name, ID
 * number, birth date, crime, sentence, prohibitions, reasons, notes, destinations, offences or device ids.
 * <p>
 * Periods are half-open {@code [from, to)}: a missing period ends the day the person came back ({@code to} null while
 * missing); a monitoring period ends on its {@link History.MonitoringPeriod#endsOn() endsOn}.
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
        TerminationReason terminationReason) {

    public static SubjectEventData of(Subject s) {
        LocalDate lastCheckIn = s.checkIns.stream().map(History.CheckIn::on).max(LocalDate::compareTo).orElse(null);
        return new SubjectEventData(s.id, s.version, s.countyCode, s.townshipCode, s.category, s.supervisionLevel,
                s.status, s.receivedOn, s.judgmentEffectiveOn, s.correctionStart, s.correctionEnd, s.reportDueOn,
                s.reportedOn, s.reportType, s.classifications.size(), s.admonitions.size(), s.warningCount,
                s.revocationRecommended(), s.leaves.size(), s.checkIns.size(), lastCheckIn,
                s.missingPeriods.stream().map(p -> new History.Period(p.from(), p.to())).toList(),
                s.monitoringPeriods.stream().map(p -> new History.Period(p.from(), p.endsOn())).toList(),
                s.reoffendedOn, s.reoffences.size(), s.endedOn, s.terminationReason);
    }
}
