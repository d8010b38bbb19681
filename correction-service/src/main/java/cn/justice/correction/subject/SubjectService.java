package cn.justice.correction.subject;

import cn.justice.platform.web.Texts;
import cn.justice.correction.person.ActionDates;
import cn.justice.correction.person.PersonProtection;
import cn.justice.platform.audit.AuditEntry;
import cn.justice.platform.audit.AuditLog;
import cn.justice.platform.persistence.ListQuery;
import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.problem.ProblemException;
import cn.justice.platform.record.Created;
import cn.justice.platform.record.RecordStore;
import cn.justice.platform.security.Caller;
import cn.justice.platform.security.Roles;
import cn.justice.platform.web.Page;
import cn.justice.platform.web.PageRequest;
import cn.justice.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Persons under correction (社区矫正对象): registration, edits, the actions of DESIGN §5.2 and reads. Every change
 * writes one {@code correction.subject.*} event through the outbox in the same transaction; the state machine is
 * {@link SubjectLifecycle}, the rules {@link SubjectRules}. Every detail read is audited (READ, or UNMASK when a
 * county-admin asked for the personal data in clear).
 */
@ApplicationScoped
public class SubjectService extends RecordStore<Subject, SubjectView, SubjectCreate, SubjectUpdate> {
    public static final String EVENT_PREFIX = "correction.subject.";
    public static final String RECORD_TYPE = "subject";
    public static final String WHAT = "subject";
    public static final Map<String, String> SORTABLE = PageRequest.sortable("receivedOn", "createdAt", "updatedAt",
            "subjectNo", "status", "category", "supervisionLevel", "judgmentEffectiveOn", "reportDueOn", "reportedOn",
            "correctionEnd", "endedOn");

    @Inject
    PersonProtection protection;
    @Inject
    AuditLog audit;
    /** 实施办法第34条: the county has delegated 训诫 to the township offices (default on). */
    @ConfigProperty(name = "justice.correction.admonish-by-township", defaultValue = "true")
    boolean admonishByTownship;
    /** 实施办法第24条: check-in intervals by supervision level and the 暂予监外执行 health report's. */
    @ConfigProperty(name = "justice.correction.check-in.strict", defaultValue = "P7D")
    Period checkInStrict;
    @ConfigProperty(name = "justice.correction.check-in.ordinary", defaultValue = "P1M")
    Period checkInOrdinary;
    @ConfigProperty(name = "justice.correction.check-in.lenient", defaultValue = "P3M")
    Period checkInLenient;
    @ConfigProperty(name = "justice.correction.health-report", defaultValue = "P1M")
    Period healthReportInterval;

    public SubjectService() {
        super(Subject.class, WHAT, EVENT_PREFIX, null, SubjectEventData::of);
    }

    @Override
    @Transactional
    public Created<SubjectView> create(Caller caller, SubjectCreate req) {
        String county = countyForTownship(caller, "townshipCode", req.townshipCode());
        String idNumber = PersonProtection.validIdNumber("idNumber", req.idNumber());
        SubjectRules.checkBirthDate(req.birthDate(), IdNumbers.birthDate(idNumber));
        SubjectRules.checkTerm(req.judgmentEffectiveOn(), req.correctionStart(), req.correctionEnd());
        SubjectRules.checkIntake(req.category(), req.decisionReceivedOn(), req.judgmentEffectiveOn());
        LocalDate received = ActionDates.happened("receivedOn", req.receivedOn(), today(), null);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "registered", () -> {
            Subject s = new Subject();
            s.subjectNo = req.subjectNo() != null ? req.subjectNo() : nextSubjectNo(received);
            requireFreeSubjectNo(county, s.subjectNo);
            setPerson(s, req.name(), idNumber);
            s.gender = req.gender();
            s.birthDate = req.birthDate();
            s.ethnicity = Texts.stripToNull(req.ethnicity());
            s.category = req.category();
            s.crime = req.crime().strip();
            s.sentence = req.sentence().strip();
            s.decisionAuthority = req.decisionAuthority().strip();
            s.decisionReceivedOn = req.decisionReceivedOn();
            setJudgment(s, req.judgmentEffectiveOn());
            s.correctionStart = req.correctionStart();
            s.correctionEnd = req.correctionEnd();
            s.prohibitions = strip(req.prohibitions());
            s.supervisionLevel = req.supervisionLevel() != null ? req.supervisionLevel() : SupervisionLevel.ORDINARY;
            s.classifications = List.of(new History.Classification(s.supervisionLevel, null, "initial level (入矫)", received,
                    caller.subject()));
            s.status = SubjectStatus.PENDING_REPORT;
            s.receivedOn = received;
            return s;
        });
    }

    @Override
    @Transactional
    public SubjectView update(Caller caller, UUID id, String ifMatch, SubjectUpdate req) {
        Subject s = forChange(caller, id, ifMatch);
        Versions.checkBodyVersion(req.version(), s.version);
        SubjectLifecycle.apply("update", s.status);
        String idNumber = req.idNumber() == null ? null : PersonProtection.validIdNumber("idNumber", req.idNumber());
        LocalDate birth = req.birthDate() != null ? req.birthDate() : s.birthDate;
        if (idNumber != null || req.birthDate() != null) {
            String number = idNumber != null ? idNumber : protection.show(s.nameEncrypted, s.idNumberEncrypted, null, true).idNumber();
            SubjectRules.checkBirthDate(birth, IdNumbers.birthDate(number));
        }
        SubjectRules.checkTerm(req.judgmentEffectiveOn(), req.correctionStart(), req.correctionEnd());
        if (!req.judgmentEffectiveOn().equals(s.judgmentEffectiveOn) && s.reportedOn != null) {
            throw ProblemException.ruleViolated("judgment-date-fixed-after-report",
                    "judgmentEffectiveOn cannot change once the person has reported (the report's timeliness depends on it)");
        }
        LocalDate decision = req.category() != SubjectCategory.MEDICAL_PAROLE ? null
                : req.decisionReceivedOn() != null ? req.decisionReceivedOn() : s.decisionReceivedOn;
        SubjectRules.checkIntake(req.category(), decision, req.judgmentEffectiveOn());
        if (s.reportedOn != null && (!SubjectRules.reportDueOn(req.category(), req.judgmentEffectiveOn(), decision).equals(s.reportDueOn)
                || (req.category() == SubjectCategory.MEDICAL_PAROLE) != (s.category == SubjectCategory.MEDICAL_PAROLE))) {
            throw ProblemException.ruleViolated("intake-fixed-after-report", "the category (handover or report) and "
                    + "decisionReceivedOn cannot change what the intake was once the person has reported or been handed over");
        }
        if (req.category() == SubjectCategory.CONTROL && s.status == SubjectStatus.REVOCATION_PROPOSED) {
            Revocation.kind(req.category());
        }
        if (req.name() != null || idNumber != null) {
            PersonProtection.Shown now = protection.show(s.nameEncrypted, s.idNumberEncrypted, null, true);
            setPerson(s, req.name() != null ? req.name() : now.name(), idNumber != null ? idNumber : now.idNumber());
        }
        s.gender = req.gender() != null ? req.gender() : s.gender;
        s.birthDate = birth;
        s.ethnicity = req.ethnicity() != null ? Texts.stripToNull(req.ethnicity()) : s.ethnicity;
        s.category = req.category();
        s.crime = req.crime().strip();
        s.sentence = req.sentence().strip();
        s.decisionAuthority = req.decisionAuthority().strip();
        s.decisionReceivedOn = decision;
        setJudgment(s, req.judgmentEffectiveOn());
        s.correctionStart = req.correctionStart();
        s.correctionEnd = req.correctionEnd();
        s.prohibitions = strip(req.prohibitions());
        return publish("updated", s);
    }

    /**
     * 报到 or, for 暂予监外执行, 交付接收 (社区矫正法第21条): the first sets reportedOn, reportType (ON_TIME/LATE, or
     * HANDED_OVER) and intakeOnTime; a later one ends the open missing period. While REVOCATION_PROPOSED the state stays.
     */
    @Transactional
    public SubjectView report(Caller caller, UUID id, String ifMatch, SubjectActions.Report req) {
        return act(caller, id, ifMatch, "report", "reported", s -> {
            History.MissingPeriod missing = s.openMissing();
            if (s.status == SubjectStatus.REVOCATION_PROPOSED && missing == null && s.reportedOn != null) {
                throw ProblemException.invalidState("report", s.status);
            }
            if (req.handedOverBy() != null && s.category != SubjectCategory.MEDICAL_PAROLE) {
                throw ProblemException.invalid("handedOverBy", "only a MEDICAL_PAROLE (暂予监外执行) person is handed over");
            }
            LocalDate on = ActionDates.happened("reportedOn", req.reportedOn(), today(),
                    missing != null ? missing.from() : s.judgmentEffectiveOn);
            if (s.reportedOn == null) {
                s.reportedOn = on;
                s.reportType = SubjectRules.reportType(s.category, on, s.reportDueOn);
                s.intakeOnTime = SubjectRules.intakeOnTime(on, s.reportDueOn);
                s.handedOverBy = req.handedOverBy();
            }
            contact(s, on);
            closeMissing(s, on);
        });
    }

    @Transactional
    public SubjectView checkIn(Caller caller, UUID id, String ifMatch, SubjectActions.CheckIn req) {
        return act(caller, id, ifMatch, "check-in", "checked-in", s -> {
            if (s.reportedOn == null) {
                throw ProblemException.ruleViolated("report-first",
                        "the person has never reported (报到); record the report, not a check-in");
            }
            History.MissingPeriod missing = s.openMissing();
            LocalDate on = ActionDates.happened("on", req.on(), today(), missing != null ? missing.from() : s.reportedOn);
            s.checkIns = append(s.checkIns, new History.CheckIn(on, req.method()));
            contact(s, on);
            closeMissing(s, on);
        });
    }

    @Transactional
    public SubjectView lostContact(Caller caller, UUID id, String ifMatch, SubjectActions.LostContact req) {
        return act(caller, id, ifMatch, "lost-contact", "lost-contact", s -> {
            if (s.openMissing() != null) {
                throw ProblemException.invalidState("lost-contact", s.status);
            }
            LocalDate notBefore = latest(since(s), s.missingPeriods.isEmpty() ? null
                    : s.missingPeriods.get(s.missingPeriods.size() - 1).to());
            LocalDate on = ActionDates.happened("on", req.on(), today(), notBefore);
            s.missingPeriods = append(s.missingPeriods, new History.MissingPeriod(on, null, Texts.stripToNull(req.note())));
            s.missingSince = on;
        });
    }

    @Transactional
    public SubjectView classify(Caller caller, UUID id, String ifMatch, SubjectActions.Classify req) {
        return act(caller, id, ifMatch, "classify", "classified", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.receivedOn);
            s.classifications = append(s.classifications, new History.Classification(req.level(), s.supervisionLevel,
                    req.reason().strip(), on, caller.subject()));
            s.supervisionLevel = req.level();
        });
    }

    /**
     * 训诫 (实施办法第34条): decided by the county body or, where it has delegated it
     * ({@code justice.correction.admonish-by-township}, default true), the township office; otherwise a township
     * officer proposes it (propose-sanction). Decides the oldest open ADMONISH proposal.
     */
    @Transactional
    public SubjectView admonish(Caller caller, UUID id, String ifMatch, SubjectActions.Sanction req) {
        if (!caller.has(Roles.COUNTY_ADMIN) && !admonishByTownship) {
            throw ProblemException.forbidden("实施办法第34条: 训诫 is decided by the county (county-admin); the township "
                    + "office has no delegation here — record a proposal (propose-sanction)");
        }
        return act(caller, id, ifMatch, "admonish", "admonished", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), since(s));
            s.admonitions = append(s.admonitions, new History.Sanction(on, req.reason().strip()));
            decideSanctionProposal(s, SanctionKind.ADMONISH, on);
        });
    }

    /** 警告 (实施办法第35条): decided by the county body (county-admin); decides the oldest open WARN proposal. */
    @Transactional
    public SubjectView warn(Caller caller, UUID id, String ifMatch, SubjectActions.Sanction req) {
        return act(caller, id, ifMatch, "warn", "warned", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), since(s));
            s.warnings = append(s.warnings, new History.Sanction(on, req.reason().strip()));
            s.warningCount = s.warnings.size();
            decideSanctionProposal(s, SanctionKind.WARN, on);
        });
    }

    /** 实施办法第34–35条: a township office proposes a 训诫 or 警告; the county decides (admonish/warn). */
    @Transactional
    public SubjectView proposeSanction(Caller caller, UUID id, String ifMatch, SubjectActions.ProposeSanction req) {
        return act(caller, id, ifMatch, "propose-sanction", "sanction-proposed", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), since(s));
            s.sanctionProposals = append(s.sanctionProposals, new History.SanctionProposal(req.kind(), req.reason().strip(),
                    on, caller.subject(), null));
        });
    }

    @Transactional
    public SubjectView leave(Caller caller, UUID id, String ifMatch, SubjectActions.Leave req) {
        return act(caller, id, ifMatch, "leave", "leave-approved", s -> {
            if (req.from().isBefore(s.reportedOn)) {
                throw ProblemException.invalid("from", "must not be before the report (" + s.reportedOn + ")");
            }
            if (req.prefectureApproval() != null) {
                notFuture("prefectureApproval.approvedOn", req.prefectureApproval().approvedOn());
            }
            History.PrefectureApproval pa = req.prefectureApproval() == null ? null
                    : new History.PrefectureApproval(req.prefectureApproval().approvedOn(), req.prefectureApproval().documentNo().strip());
            LeaveRules.Decision d = LeaveRules.check(req.from(), req.to(), s.correctionEnd, s.leaves,
                    caller.has(Roles.COUNTY_ADMIN), pa);
            s.leaves = append(s.leaves, new History.Leave(req.from(), req.to(), d.days(), req.destination().strip(),
                    req.reason().strip(), caller.primaryRole(), caller.subject(), d.approval(), pa, null, false));
            s.leaveOpenUntil = LeaveRules.openUntil(s.leaves);
        });
    }

    /** 销假 (实施办法第26条): the person came back from the earliest open leave. */
    @Transactional
    public SubjectView leaveReturn(Caller caller, UUID id, String ifMatch, SubjectActions.LeaveReturn req) {
        return act(caller, id, ifMatch, "leave-return", "leave-returned", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), null);
            int i = LeaveRules.returning(s.leaves, on);
            List<History.Leave> all = new ArrayList<>(s.leaves);
            all.set(i, all.get(i).returned(on));
            s.leaves = all;
            s.leaveOpenUntil = LeaveRules.openUntil(s.leaves);
        });
    }

    /** 电子定位 (社区矫正法第29条, county-admin): on one of the five grounds, at most 3 months a period, renewable. */
    @Transactional
    public SubjectView startMonitoring(Caller caller, UUID id, String ifMatch, SubjectActions.MonitoringStart req) {
        return act(caller, id, ifMatch, "monitoring/start", null, s -> {
            History.MonitoringPeriod p = SubjectRules.startMonitoring(s.monitoringPeriods, req.from(), req.to(),
                    req.deviceId().strip(), req.approvedBy().strip(), req.reason().strip(), req.ground(), s.reportedOn,
                    s.correctionEnd);
            s.monitoringPeriods = append(s.monitoringPeriods, p);
            s.monitoringOpenUntil = p.to();
        });
    }

    @Transactional
    public SubjectView stopMonitoring(Caller caller, UUID id, String ifMatch, SubjectActions.MonitoringStop req) {
        return act(caller, id, ifMatch, "monitoring/stop", "monitoring-stopped", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), null);
            History.MonitoringPeriod stopped = SubjectRules.stopMonitoring(s.lastMonitoring(), on, Texts.stripToNull(req.reason()));
            List<History.MonitoringPeriod> all = new ArrayList<>(s.monitoringPeriods);
            all.set(all.size() - 1, stopped);
            s.monitoringPeriods = all;
            s.monitoringOpenUntil = null;
        });
    }

    /** 暂予监外执行 (实施办法第24条): the monthly report on the person's health; other categories owe none (422). */
    @Transactional
    public SubjectView healthReport(Caller caller, UUID id, String ifMatch, SubjectActions.HealthReport req) {
        return act(caller, id, ifMatch, "health-report", "health-reported", s -> {
            if (s.category != SubjectCategory.MEDICAL_PAROLE) {
                throw ProblemException.lawViolated("health-report-medical-parole", "实施办法第24条: only a 暂予监外执行 "
                        + "(MEDICAL_PAROLE) person reports on the health; this person is " + s.category);
            }
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.reportedOn);
            s.healthReports = append(s.healthReports, new History.HealthReport(on, Texts.stripToNull(req.hospital())));
            s.lastHealthReportOn = s.lastHealthReportOn == null || on.isAfter(s.lastHealthReportOn) ? on : s.lastHealthReportOn;
        });
    }

    @Transactional
    public SubjectView reoffend(Caller caller, UUID id, String ifMatch, SubjectActions.Reoffend req) {
        return act(caller, id, ifMatch, "reoffend", "reoffended", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.judgmentEffectiveOn);
            s.reoffences = append(s.reoffences, new History.Reoffence(on, req.offence().strip()));
            s.reoffendedOn = s.reoffences.stream().map(History.Reoffence::on).min(LocalDate::compareTo).orElseThrow();
        });
    }

    /**
     * 提请撤销缓刑/假释 or 提请收监执行 (社区矫正法第46–49条; county-admin) from PENDING_REPORT, ACTIVE or MISSING: the ruling
     * is due in 30 days; a missing period stays open. 管制 has neither (422).
     */
    @Transactional
    public SubjectView proposeRevocation(Caller caller, UUID id, String ifMatch, SubjectActions.ProposeRevocation req) {
        return act(caller, id, ifMatch, "propose-revocation", "revocation-proposed", s -> {
            ProposalKind kind = Revocation.kind(s.category);
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.receivedOn);
            List<RevocationGround> grounds = req.grounds().stream().distinct().toList();
            LocalDate due = Revocation.courtDueOn(on);
            s.revocationProposals = append(s.revocationProposals, new History.RevocationProposal(kind, on, grounds,
                    Texts.stripToNull(req.note()), due, s.status, caller.subject(), null, null, null, null));
            s.courtDueOn = due;
        }, s -> Revocation.kind(s.category));
    }

    /** The ruling granting the proposal (社区矫正法第46–49条; county-admin): REVOKED, the correction ends. */
    @Transactional
    public SubjectView revoke(Caller caller, UUID id, String ifMatch, SubjectActions.Revoke req) {
        return act(caller, id, ifMatch, "revoke", "revoked", s -> {
            History.RevocationProposal open = s.openProposal();
            LocalDate on = ActionDates.happened("on", req.on(), today(), null);
            Revocation.checkRuling(open, on);
            replaceLastProposal(s, open.decided(on, req.court().strip(), req.rulingNo().strip(), ProposalOutcome.REVOKED));
            end(s, on);
        }, s -> Revocation.kind(s.category));
    }

    /** The court did not revoke (社区矫正法第46–49条; county-admin): back to the state before the proposal. */
    @Transactional
    public SubjectView revocationRejected(Caller caller, UUID id, String ifMatch, SubjectActions.RevocationRejected req) {
        Subject s = forChange(caller, id, ifMatch);
        SubjectLifecycle.apply("revocation-rejected", s.status);
        History.RevocationProposal open = s.openProposal();
        LocalDate on = ActionDates.happened("on", req.on(), today(), null);
        Revocation.checkRuling(open, on);
        replaceLastProposal(s, open.decided(on, req.court().strip(), null, ProposalOutcome.REJECTED));
        s.courtDueOn = null;
        s.status = SubjectLifecycle.afterRejection(s.openMissing() != null, s.reportedOn != null);
        return publish("revocation-rejected", s);
    }

    /** 执行地变更 within the county (社区矫正法第27条; 实施办法第30条; county-admin): history kept, the new township from on. */
    @Transactional
    public SubjectView transfer(Caller caller, UUID id, String ifMatch, SubjectActions.Transfer req) {
        return act(caller, id, ifMatch, "transfer", "transferred", s -> {
            orgs.requireTownship("toTownshipCode", req.toTownshipCode());
            LocalDate last = s.transfers.isEmpty() ? null : s.transfers.get(s.transfers.size() - 1).on();
            LocalDate on = ActionDates.happened("on", req.on(), today(), last != null ? last.plusDays(1) : s.receivedOn);
            Transfers.checkWithinCounty(s.countyCode, s.townshipCode, req.toTownshipCode(), orgs.countyOf(req.toTownshipCode()));
            s.transfers = append(s.transfers, new History.Transfer(on, s.townshipCode, req.toTownshipCode()));
            s.townshipCode = req.toTownshipCode();
        });
    }

    /** 执行地变更 to another county (社区矫正法第27条; 实施办法第30条; county-admin): the record ends here. */
    @Transactional
    public SubjectView transferOut(Caller caller, UUID id, String ifMatch, SubjectActions.TransferOut req) {
        return act(caller, id, ifMatch, "transfer-out", "transferred-out", s -> {
            Transfers.checkOtherCounty(s.countyCode, req.toCountyCode());
            LocalDate last = s.transfers.isEmpty() ? null : s.transfers.get(s.transfers.size() - 1).on();
            LocalDate on = ActionDates.happened("on", req.on(), today(), last != null ? last : s.receivedOn);
            s.transferredToCountyCode = req.toCountyCode();
            end(s, on);
        });
    }

    /** 解除矫正 (社区矫正法第44条; county-admin) on expiry or pardon, with the certificate. */
    @Transactional
    public SubjectView terminate(Caller caller, UUID id, String ifMatch, SubjectActions.Terminate req) {
        return act(caller, id, ifMatch, "terminate", "terminated", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.reportedOn);
            if (req.reason() == TerminationReason.EXPIRED && on.isBefore(s.correctionEnd)) {
                throw ProblemException.ruleViolated("term-not-expired", "the term runs until " + s.correctionEnd
                        + ": a termination on expiry (期满解除) cannot be dated " + on);
            }
            s.terminationReason = req.reason();
            s.certificateNo = req.certificateNo().strip();
            end(s, on);
        });
    }

    /** 社区矫正法第45条: death ends the correction from every open state; an open missing period ends that day. */
    @Transactional
    public SubjectView decease(Caller caller, UUID id, String ifMatch, SubjectActions.Decease req) {
        return act(caller, id, ifMatch, "decease", "deceased", s -> {
            History.MissingPeriod missing = s.openMissing();
            end(s, ActionDates.happened("on", req.on(), today(), missing != null ? missing.from() : s.receivedOn));
        });
    }

    /** A masked read, audited as READ without a purpose like any other detail read. */
    @Override
    public SubjectView get(Caller caller, UUID id) {
        return get(caller, id, false, null);
    }

    /** One record; every read is audited: READ, or UNMASK for a county-admin's unmask=true (who, when, purpose). */
    @Override
    @Transactional
    public SubjectView get(Caller caller, UUID id, boolean unmask, String purpose) {
        Subject s = visible(caller, id);
        audit.record(caller, RECORD_TYPE, id, unmask ? AuditEntry.Action.UNMASK : AuditEntry.Action.READ, purpose);
        return unmask ? SubjectView.of(s, today(), flags(s), protection.show(s.nameEncrypted, s.idNumberEncrypted, s.birthDate, true), false)
                : view(s);
    }

    @Transactional
    public Page<SubjectView> list(Caller caller, SubjectFilter f, PageRequest page) {
        LocalDate today = today();
        ListQuery<Subject> q = ListQuery.scoped(em, Subject.class, caller, f.townshipCode())
                .eq("status", f.status())
                .eq("category", f.category())
                .eq("supervisionLevel", f.supervisionLevel())
                .eq("minor", f.minor())
                .eq("subjectNo", f.subjectNo())
                .atLeast("receivedOn", f.from())
                .atMost("receivedOn", f.to());
        if (f.reportOverdue() != null) {
            String overdue = "e.reportedOn IS NULL AND e.endedOn IS NULL AND e.reportDueOn < :overdueToday";
            q.where(f.reportOverdue() ? overdue : "NOT (" + overdue + ")", Map.of("overdueToday", today));
        }
        if (f.missing() != null) {
            q.where(f.missing() ? "e.missingSince IS NOT NULL" : "e.missingSince IS NULL", Map.of());
        }
        if (f.monitoringExpired() != null) {
            String expired = "e.endedOn IS NULL AND e.monitoringOpenUntil IS NOT NULL AND e.monitoringOpenUntil < :expiredToday";
            q.where(f.monitoringExpired() ? expired : "NOT (" + expired + ")", Map.of("expiredToday", today));
        }
        flag(q, f.revocationRecommended(), "e.status IN :rrProposable AND e.category <> :rrControl AND ("
                        + "e.warningCount >= :rrWarnings OR e.reoffendedOn IS NOT NULL OR e.missingOverMonth = true "
                        + "OR (e.missingSince IS NOT NULL AND e.missingSince < :rrMissCut) "
                        + "OR (e.reportedOn IS NULL AND e.category <> :rrMedical AND e.reportDueOn <= :rrUnreportedCut))",
                Map.of("rrProposable", SubjectLifecycle.PROPOSABLE, "rrControl", SubjectCategory.CONTROL,
                        "rrWarnings", Revocation.WARNINGS, "rrMissCut", today.minusDays(Revocation.MISSING_DAYS),
                        "rrMedical", SubjectCategory.MEDICAL_PAROLE, "rrUnreportedCut", today.minusDays(Revocation.UNREPORTED_DAYS)));
        flag(q, f.courtRulingOverdue(), "e.status = :crStatus AND e.courtDueOn IS NOT NULL AND e.courtDueOn < :crToday",
                Map.of("crStatus", SubjectStatus.REVOCATION_PROPOSED, "crToday", today));
        flag(q, f.leaveReturnOverdue(), "e.endedOn IS NULL AND e.leaveOpenUntil IS NOT NULL AND e.leaveOpenUntil < :lrToday",
                Map.of("lrToday", today));
        flag(q, f.monitoringExpiring(), "e.endedOn IS NULL AND e.monitoringOpenUntil IS NOT NULL "
                        + "AND e.monitoringOpenUntil >= :meToday AND e.monitoringOpenUntil <= :meLast",
                Map.of("meToday", today, "meLast", today.plusDays(SubjectRules.MONITORING_EXPIRING_DAYS)));
        String supervised = "(e.status = :svActive OR (e.status = :svProposed AND e.missingSince IS NULL))";
        Supervision sv = supervision();
        flag(q, f.checkInOverdue(), supervised + " AND e.lastContactOn IS NOT NULL AND ("
                        + "(e.supervisionLevel = :ciStrict AND e.lastContactOn < :ciStrictCut) "
                        + "OR (e.supervisionLevel = :ciOrdinary AND e.lastContactOn < :ciOrdinaryCut) "
                        + "OR (e.supervisionLevel = :ciLenient AND e.lastContactOn < :ciLenientCut))",
                Map.of("svActive", SubjectStatus.ACTIVE, "svProposed", SubjectStatus.REVOCATION_PROPOSED,
                        "ciStrict", SupervisionLevel.STRICT, "ciStrictCut", Supervision.notOverdueFrom(sv.strict(), today),
                        "ciOrdinary", SupervisionLevel.ORDINARY, "ciOrdinaryCut", Supervision.notOverdueFrom(sv.ordinary(), today),
                        "ciLenient", SupervisionLevel.LENIENT, "ciLenientCut", Supervision.notOverdueFrom(sv.lenient(), today)));
        flag(q, f.healthReportOverdue(), "e.category = :hrMedical AND " + supervised.replace(":sv", ":hr")
                        + " AND e.reportedOn IS NOT NULL AND coalesce(e.lastHealthReportOn, e.reportedOn) < :hrCut",
                Map.of("hrMedical", SubjectCategory.MEDICAL_PAROLE, "hrActive", SubjectStatus.ACTIVE,
                        "hrProposed", SubjectStatus.REVOCATION_PROPOSED,
                        "hrCut", Supervision.notOverdueFrom(sv.healthReport(), today)));
        if (f.idNumber() != null) {
            q.eq("idNumberHash", protection.searchHash(f.idNumber()));
        }
        return q.page(page, this::view);
    }

    /** A boolean filter: the condition, or its negation. */
    private static void flag(ListQuery<Subject> q, Boolean wanted, String condition, Map<String, Object> parameters) {
        if (wanted != null) {
            q.where(wanted ? condition : "NOT (" + condition + ")", parameters);
        }
    }

    /** Loads, checks the version and the state machine, applies the change, and publishes one event. */
    private SubjectView act(Caller caller, UUID id, String ifMatch, String action, String eventVerb, Consumer<Subject> change) {
        return act(caller, id, ifMatch, action, eventVerb, change, s -> { });
    }

    /** As above, with a statutory check ({@code law}, 422) that comes before the state machine's 409. */
    private SubjectView act(Caller caller, UUID id, String ifMatch, String action, String eventVerb, Consumer<Subject> change,
                            Consumer<Subject> law) {
        Subject s = forChange(caller, id, ifMatch);
        law.accept(s);
        SubjectStatus next = SubjectLifecycle.apply(action, s.status);
        change.accept(s);
        s.status = next;
        String verb = eventVerb != null ? eventVerb
                : s.lastMonitoring().renewal() ? "monitoring-renewed" : "monitoring-started";
        return publish(verb, s);
    }

    /** The masked view (a county-admin's unmasked read is {@link #get(Caller, UUID, boolean, String)}). */
    @Override
    protected SubjectView view(Subject s) {
        return SubjectView.of(s, today(), flags(s), protection.show(s.nameEncrypted, s.idNumberEncrypted, s.birthDate, false), true);
    }

    /** The event carries the flags of the day of the change (the bureau's today). */
    @Override
    protected SubjectView publish(String verb, Subject s) {
        s.flags = flags(s);
        return super.publish(verb, s);
    }

    private SubjectFlags flags(Subject s) {
        return SubjectFlags.of(s, today(), supervision());
    }

    /** 实施办法第24条: the configured intervals. */
    Supervision supervision() {
        return new Supervision(checkInStrict, checkInOrdinary, checkInLenient, healthReportInterval);
    }

    /**
     * The correction ends (解除/撤销/死亡/迁出): an open missing period closes, monitoring stops that day, an open
     * proposal's deadline goes.
     */
    private static void end(Subject s, LocalDate on) {
        s.endedOn = on;
        closeMissing(s, on);
        s.monitoringPeriods = s.monitoringPeriods.stream().map(p -> p.endedBy(on)).toList();
        s.monitoringOpenUntil = null;
        s.courtDueOn = null;
    }

    /** The open missing period ends on {@code on}; one of more than 30 days is a ground (实施办法第46条). */
    private static void closeMissing(Subject s, LocalDate on) {
        History.MissingPeriod open = s.openMissing();
        if (open != null) {
            List<History.MissingPeriod> all = new ArrayList<>(s.missingPeriods);
            History.MissingPeriod closed = open.closed(on);
            all.set(all.size() - 1, closed);
            s.missingPeriods = all;
            s.missingSince = null;
            s.missingOverMonth |= Revocation.missingDays(closed, on) > Revocation.MISSING_DAYS;
        }
    }

    private static void contact(Subject s, LocalDate on) {
        s.lastContactOn = s.lastContactOn == null || on.isAfter(s.lastContactOn) ? on : s.lastContactOn;
    }

    private static void decideSanctionProposal(Subject s, SanctionKind kind, LocalDate on) {
        for (int i = 0; i < s.sanctionProposals.size(); i++) {
            History.SanctionProposal p = s.sanctionProposals.get(i);
            if (p.kind() == kind && p.decidedOn() == null) {
                List<History.SanctionProposal> all = new ArrayList<>(s.sanctionProposals);
                all.set(i, p.decided(on));
                s.sanctionProposals = all;
                return;
            }
        }
    }

    private static void replaceLastProposal(Subject s, History.RevocationProposal p) {
        List<History.RevocationProposal> all = new ArrayList<>(s.revocationProposals);
        all.set(all.size() - 1, p);
        s.revocationProposals = all;
    }

    private void setPerson(Subject s, String name, String idNumber) {
        PersonProtection.Stored p = protection.protect(name, idNumber);
        s.nameEncrypted = p.nameEncrypted();
        s.idNumberEncrypted = p.idNumberEncrypted();
        s.idNumberHash = p.idNumberHash();
    }

    private static void setJudgment(Subject s, LocalDate judgmentEffectiveOn) {
        s.judgmentEffectiveOn = judgmentEffectiveOn;
        s.reportDueOn = SubjectRules.reportDueOn(s.category, judgmentEffectiveOn, s.decisionReceivedOn);
        s.minor = SubjectRules.minor(s.birthDate, judgmentEffectiveOn);
    }

    /** Things done under correction date from the report, or from the judgment for one who never reported. */
    private static LocalDate since(Subject s) {
        return s.reportedOn != null ? s.reportedOn : s.judgmentEffectiveOn;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private String nextSubjectNo(LocalDate received) {
        long n = ((Number) em.createNativeQuery("SELECT nextval('subject_no_seq')").getSingleResult()).longValue();
        return String.format("SQJZ%d-%06d", received.getYear(), n);
    }

    private void requireFreeSubjectNo(String county, String subjectNo) {
        Long taken = em.createQuery("SELECT count(s) FROM Subject s WHERE s.countyCode = :county AND s.subjectNo = :no", Long.class)
                .setParameter("county", county).setParameter("no", subjectNo).getSingleResult();
        if (taken > 0) {
            throw ProblemException.conflict("subjectNo " + subjectNo + " is already used in county " + county);
        }
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }

    private static List<String> strip(List<String> items) {
        return items == null ? List.of() : items.stream().map(String::strip).toList();
    }
}
