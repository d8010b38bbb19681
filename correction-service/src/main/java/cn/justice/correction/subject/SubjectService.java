package cn.justice.correction.subject;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public static final Map<String, String> SORTABLE = sortable();

    @Inject
    PersonProtection protection;
    @Inject
    AuditLog audit;

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
        LocalDate received = ActionDates.happened("receivedOn", req.receivedOn(), today(), null);
        return createOnce(caller, req.id(), req, county, req.townshipCode(), "registered", () -> {
            Subject s = new Subject();
            s.subjectNo = req.subjectNo() != null ? req.subjectNo() : nextSubjectNo(received);
            requireFreeSubjectNo(county, s.subjectNo);
            setPerson(s, req.name(), idNumber);
            s.gender = req.gender();
            s.birthDate = req.birthDate();
            s.ethnicity = blankToNull(req.ethnicity());
            s.category = req.category();
            s.crime = req.crime().strip();
            s.sentence = req.sentence().strip();
            s.decisionAuthority = req.decisionAuthority().strip();
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
        if (req.name() != null || idNumber != null) {
            PersonProtection.Shown now = protection.show(s.nameEncrypted, s.idNumberEncrypted, null, true);
            setPerson(s, req.name() != null ? req.name() : now.name(), idNumber != null ? idNumber : now.idNumber());
        }
        s.gender = req.gender() != null ? req.gender() : s.gender;
        s.birthDate = birth;
        s.ethnicity = req.ethnicity() != null ? blankToNull(req.ethnicity()) : s.ethnicity;
        s.category = req.category();
        s.crime = req.crime().strip();
        s.sentence = req.sentence().strip();
        s.decisionAuthority = req.decisionAuthority().strip();
        setJudgment(s, req.judgmentEffectiveOn());
        s.correctionStart = req.correctionStart();
        s.correctionEnd = req.correctionEnd();
        s.prohibitions = strip(req.prohibitions());
        return publish("updated", s);
    }

    @Transactional
    public SubjectView report(Caller caller, UUID id, String ifMatch, SubjectActions.Report req) {
        return act(caller, id, ifMatch, "report", "reported", s -> {
            History.MissingPeriod missing = s.openMissing();
            LocalDate on = ActionDates.happened("reportedOn", req.reportedOn(), today(),
                    missing != null ? missing.from() : s.judgmentEffectiveOn);
            if (s.reportedOn == null) {
                s.reportedOn = on;
                s.reportType = SubjectRules.reportType(on, s.reportDueOn);
            }
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
            closeMissing(s, on);
        });
    }

    @Transactional
    public SubjectView lostContact(Caller caller, UUID id, String ifMatch, SubjectActions.LostContact req) {
        return act(caller, id, ifMatch, "lost-contact", "lost-contact", s -> {
            LocalDate notBefore = latest(since(s), s.missingPeriods.isEmpty() ? null
                    : s.missingPeriods.get(s.missingPeriods.size() - 1).to());
            LocalDate on = ActionDates.happened("on", req.on(), today(), notBefore);
            s.missingPeriods = append(s.missingPeriods, new History.MissingPeriod(on, null, blankToNull(req.note())));
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

    @Transactional
    public SubjectView admonish(Caller caller, UUID id, String ifMatch, SubjectActions.Sanction req) {
        return act(caller, id, ifMatch, "admonish", "admonished", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), since(s));
            s.admonitions = append(s.admonitions, new History.Sanction(on, req.reason().strip()));
        });
    }

    @Transactional
    public SubjectView warn(Caller caller, UUID id, String ifMatch, SubjectActions.Sanction req) {
        return act(caller, id, ifMatch, "warn", "warned", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), since(s));
            s.warnings = append(s.warnings, new History.Sanction(on, req.reason().strip()));
            s.warningCount = s.warnings.size();
        });
    }

    @Transactional
    public SubjectView leave(Caller caller, UUID id, String ifMatch, SubjectActions.Leave req) {
        return act(caller, id, ifMatch, "leave", "leave-approved", s -> {
            if (req.from().isBefore(s.reportedOn)) {
                throw ProblemException.invalid("from", "must not be before the report (" + s.reportedOn + ")");
            }
            int days = SubjectRules.checkLeave(req.from(), req.to(), s.correctionEnd, caller.has(Roles.COUNTY_ADMIN));
            s.leaves = append(s.leaves, new History.Leave(req.from(), req.to(), days, req.destination().strip(),
                    req.reason().strip(), caller.primaryRole(), caller.subject()));
        });
    }

    @Transactional
    public SubjectView startMonitoring(Caller caller, UUID id, String ifMatch, SubjectActions.MonitoringStart req) {
        return act(caller, id, ifMatch, "monitoring/start", null, s -> {
            History.MonitoringPeriod p = SubjectRules.startMonitoring(s.monitoringPeriods, req.from(), req.to(),
                    req.deviceId().strip(), req.approvedBy().strip(), req.reason().strip(), s.reportedOn, s.correctionEnd);
            s.monitoringPeriods = append(s.monitoringPeriods, p);
            s.monitoringOpenUntil = p.to();
        });
    }

    @Transactional
    public SubjectView stopMonitoring(Caller caller, UUID id, String ifMatch, SubjectActions.MonitoringStop req) {
        return act(caller, id, ifMatch, "monitoring/stop", "monitoring-stopped", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), null);
            History.MonitoringPeriod stopped = SubjectRules.stopMonitoring(s.lastMonitoring(), on, blankToNull(req.reason()));
            List<History.MonitoringPeriod> all = new ArrayList<>(s.monitoringPeriods);
            all.set(all.size() - 1, stopped);
            s.monitoringPeriods = all;
            s.monitoringOpenUntil = null;
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

    @Transactional
    public SubjectView revoke(Caller caller, UUID id, String ifMatch, SubjectActions.Revoke req) {
        return act(caller, id, ifMatch, "revoke", "revoked", s -> {
            LocalDate on = ActionDates.happened("on", req.on(), today(), s.reportedOn);
            s.revocationReason = req.reason().strip();
            end(s, on);
        });
    }

    @Transactional
    public SubjectView decease(Caller caller, UUID id, String ifMatch, SubjectActions.Decease req) {
        return act(caller, id, ifMatch, "decease", "deceased", s -> end(s, ActionDates.happened("on", req.on(), today(), s.reportedOn)));
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
        return unmask ? SubjectView.of(s, today(), protection.show(s.nameEncrypted, s.idNumberEncrypted, s.birthDate, true), false)
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
            q.where(f.missing() ? "e.status = :missingStatus" : "e.status <> :missingStatus",
                    Map.of("missingStatus", SubjectStatus.MISSING));
        }
        if (f.monitoringExpired() != null) {
            String expired = "e.endedOn IS NULL AND e.monitoringOpenUntil IS NOT NULL AND e.monitoringOpenUntil < :expiredToday";
            q.where(f.monitoringExpired() ? expired : "NOT (" + expired + ")", Map.of("expiredToday", today));
        }
        if (f.revocationRecommended() != null) {
            q.where(f.revocationRecommended() ? "e.warningCount >= :warnings" : "e.warningCount < :warnings",
                    Map.of("warnings", SubjectRules.WARNINGS_FOR_REVOCATION));
        }
        if (f.idNumber() != null) {
            q.eq("idNumberHash", protection.searchHash(f.idNumber()));
        }
        return q.page(page, this::view);
    }

    /** Loads, checks the version and the state machine, applies the change, and publishes one event. */
    private SubjectView act(Caller caller, UUID id, String ifMatch, String action, String eventVerb, Consumer<Subject> change) {
        Subject s = forChange(caller, id, ifMatch);
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
        return SubjectView.of(s, today(), protection.show(s.nameEncrypted, s.idNumberEncrypted, s.birthDate, false), true);
    }

    /** The correction ends: a missing period closes, monitoring stops that day. */
    private static void end(Subject s, LocalDate on) {
        s.endedOn = on;
        s.monitoringPeriods = s.monitoringPeriods.stream().map(p -> p.endedBy(on)).toList();
        s.monitoringOpenUntil = null;
    }

    private static void closeMissing(Subject s, LocalDate on) {
        History.MissingPeriod open = s.openMissing();
        if (open != null) {
            List<History.MissingPeriod> all = new ArrayList<>(s.missingPeriods);
            all.set(all.size() - 1, open.closed(on));
            s.missingPeriods = all;
        }
    }

    private void setPerson(Subject s, String name, String idNumber) {
        PersonProtection.Stored p = protection.protect(name, idNumber);
        s.nameEncrypted = p.nameEncrypted();
        s.idNumberEncrypted = p.idNumberEncrypted();
        s.idNumberHash = p.idNumberHash();
    }

    private static void setJudgment(Subject s, LocalDate judgmentEffectiveOn) {
        s.judgmentEffectiveOn = judgmentEffectiveOn;
        s.reportDueOn = SubjectRules.reportDueOn(judgmentEffectiveOn);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, String> sortable() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("receivedOn", "receivedOn");
        m.put("createdAt", "createdAt");
        m.put("updatedAt", "updatedAt");
        m.put("subjectNo", "subjectNo");
        m.put("status", "status");
        m.put("category", "category");
        m.put("supervisionLevel", "supervisionLevel");
        m.put("judgmentEffectiveOn", "judgmentEffectiveOn");
        m.put("reportDueOn", "reportDueOn");
        m.put("reportedOn", "reportedOn");
        m.put("correctionEnd", "correctionEnd");
        m.put("endedOn", "endedOn");
        return m;
    }
}
