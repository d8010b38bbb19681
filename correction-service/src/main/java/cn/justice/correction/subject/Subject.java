package cn.justice.correction.subject;

import cn.justice.correction.person.Gender;
import cn.justice.platform.persistence.TrackedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 社区矫正对象: a person under community correction, from the decision's arrival to the end of the correction. */
@Entity
@Table(name = "subject")
public class Subject extends TrackedEntity {
    /** 矫正编号, unique in the county. */
    public String subjectNo;
    public String nameEncrypted;
    public String idNumberEncrypted;
    public String idNumberHash;
    @Enumerated(EnumType.STRING)
    public Gender gender;
    public LocalDate birthDate;
    /** Under 18 on the day the judgment took effect (未成年社区矫正对象). */
    public boolean minor;
    public String ethnicity;
    @Enumerated(EnumType.STRING)
    public SubjectCategory category;
    public String crime;
    public String sentence;
    public String decisionAuthority;
    public LocalDate judgmentEffectiveOn;
    public LocalDate correctionStart;
    public LocalDate correctionEnd;
    // replaced, never changed in place: immutable to Hibernate (TrackedEntity says why)
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<String> prohibitions = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public SupervisionLevel supervisionLevel;
    @Enumerated(EnumType.STRING)
    public SubjectStatus status;
    /** 接收: the day the decision arrived and the person was registered. */
    public LocalDate receivedOn;
    public LocalDate reportDueOn;
    /** 报到入矫: the first report (a later report after a missing period does not change it). */
    public LocalDate reportedOn;
    @Enumerated(EnumType.STRING)
    public ReportType reportType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Classification> classifications = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Sanction> admonitions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Sanction> warnings = new ArrayList<>();
    public int warningCount;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Leave> leaves = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.MonitoringPeriod> monitoringPeriods = new ArrayList<>();
    public LocalDate monitoringOpenUntil;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.CheckIn> checkIns = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.MissingPeriod> missingPeriods = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Reoffence> reoffences = new ArrayList<>();
    /** The first re-offence's date. */
    public LocalDate reoffendedOn;
    /** The day the correction ended: terminated, revoked or deceased. */
    public LocalDate endedOn;
    @Enumerated(EnumType.STRING)
    public TerminationReason terminationReason;
    public String certificateNo;
    public String revocationReason;
    /** 暂予监外执行: the day the decision was received; the handover is due 10 days later (社区矫正法第21条). */
    public LocalDate decisionReceivedOn;
    @Enumerated(EnumType.STRING)
    public HandoverAuthority handedOverBy;
    /** The report or handover was within its 10 days (社区矫正法第21条); null until then. */
    public Boolean intakeOnTime;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.RevocationProposal> revocationProposals = new ArrayList<>();
    /** The open proposal's ruling deadline (null when none is open): the ?courtRulingOverdue= filter. */
    public LocalDate courtDueOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.SanctionProposal> sanctionProposals = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.Transfer> transfers = new ArrayList<>();
    public String transferredToCountyCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public List<History.HealthReport> healthReports = new ArrayList<>();
    public LocalDate lastHealthReportOn;
    /** The latest report or check-in: the next check-in is due from it (实施办法第24条). */
    public LocalDate lastContactOn;
    /** The open missing period's first day (null when none is open). */
    public LocalDate missingSince;
    /** A closed missing period lasted over 30 days (实施办法第46条). */
    public boolean missingOverMonth;
    /** The earliest last day of a leave not returned from (null: none). */
    public LocalDate leaveOpenUntil;

    /** Not reported by the due date (未按时报到), and still not reported. */
    public boolean reportOverdue(LocalDate today) {
        return reportedOn == null && endedOn == null && today.isAfter(reportDueOn);
    }

    /** The flags as of the change being published (set by the service just before its event is written). */
    @jakarta.persistence.Transient
    SubjectFlags flags;

    /** 实施办法第46条: the statutory grounds for a revocation (or commitment) proposal the record shows today. */
    public java.util.List<RevocationGround> revocationGrounds(LocalDate today) {
        return Revocation.grounds(category, warningCount, missingPeriods, !reoffences.isEmpty(), reportedOn, reportDueOn, today);
    }

    /** 实施办法第46条: any statutory ground, while a proposal could be made. */
    public boolean revocationRecommended(LocalDate today) {
        return Revocation.recommended(revocationGrounds(today), status);
    }

    /** 社区矫正法第46条: the open proposal's 30 days have passed without a ruling. */
    public boolean courtRulingOverdue(LocalDate today) {
        return status == SubjectStatus.REVOCATION_PROPOSED && Revocation.courtRulingOverdue(courtDueOn, today);
    }

    /** 实施办法第26条: a leave past its last day without a return, while the correction goes on. */
    public boolean leaveReturnOverdue(LocalDate today) {
        return endedOn == null && LeaveRules.returnOverdue(leaves, today);
    }

    /** 社区矫正法第29条: the running monitoring period's last day is within 7 days. */
    public boolean monitoringExpiring(LocalDate today) {
        return endedOn == null && SubjectRules.monitoringExpiring(monitoringOpenUntil, today);
    }

    /** Under supervision and reachable: ACTIVE, or REVOCATION_PROPOSED without an open missing period. */
    boolean supervised() {
        return status == SubjectStatus.ACTIVE || status == SubjectStatus.REVOCATION_PROPOSED && missingSince == null;
    }

    /** 实施办法第24条: no check-in within the interval of the supervision level since the last contact. */
    public boolean checkInOverdue(LocalDate today, Supervision supervision) {
        return supervised() && Supervision.overdue(lastContactOn, supervision.checkInInterval(supervisionLevel), today);
    }

    /**
     * 实施办法第24条: the day the next check-in is due — the last contact plus the supervision level's interval — while
     * supervised; null otherwise (not yet reported, missing, ended).
     */
    public LocalDate checkInDueOn(Supervision supervision) {
        return supervised() && lastContactOn != null ? lastContactOn.plus(supervision.checkInInterval(supervisionLevel)) : null;
    }

    /**
     * 实施办法第24条: the day a 暂予监外执行 person's next health report is due — the latest one (or the handover) plus
     * the interval — while supervised; null otherwise.
     */
    public LocalDate healthReportDueOn(Supervision supervision) {
        LocalDate from = lastHealthReportOn != null ? lastHealthReportOn : reportedOn;
        return category == SubjectCategory.MEDICAL_PAROLE && supervised() && from != null ? from.plus(supervision.healthReport()) : null;
    }

    /** 实施办法第34–35条: the day the oldest 训诫/警告 proposal still awaiting the county was made; null when none is open. */
    public LocalDate sanctionProposedOn() {
        return sanctionProposals.stream().filter(p -> p.decidedOn() == null).map(History.SanctionProposal::on)
                .min(LocalDate::compareTo).orElse(null);
    }

    /** 实施办法第24条: a 暂予监外执行 person's monthly health report is overdue (counted from the handover). */
    public boolean healthReportOverdue(LocalDate today, Supervision supervision) {
        return category == SubjectCategory.MEDICAL_PAROLE && supervised()
                && Supervision.overdue(lastHealthReportOn != null ? lastHealthReportOn : reportedOn, supervision.healthReport(), today);
    }

    History.RevocationProposal openProposal() {
        History.RevocationProposal last = revocationProposals.isEmpty() ? null : revocationProposals.get(revocationProposals.size() - 1);
        return last != null && last.outcome() == null ? last : null;
    }

    /** The latest monitoring period ran out without a renewal or a stop while the correction goes on. */
    public boolean monitoringExpired(LocalDate today) {
        return endedOn == null && monitoringOpenUntil != null && monitoringOpenUntil.isBefore(today);
    }

    /** Inside a monitoring period today. */
    public boolean monitored(LocalDate today) {
        return monitoringPeriods.stream().anyMatch(p -> !p.from().isAfter(today) && p.endsOn().isAfter(today));
    }

    History.MonitoringPeriod lastMonitoring() {
        return monitoringPeriods.isEmpty() ? null : monitoringPeriods.get(monitoringPeriods.size() - 1);
    }

    History.MissingPeriod openMissing() {
        History.MissingPeriod last = missingPeriods.isEmpty() ? null : missingPeriods.get(missingPeriods.size() - 1);
        return last != null && last.to() == null ? last : null;
    }
}
