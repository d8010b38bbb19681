package cn.justice.ruleoflaw.officer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code rule-of-law.enforcement-officer.*} events: the exams and trainings with their dates and
 * figures. No name, agency, certificate number or training topic.
 */
public record OfficerEventData(UUID enforcementOfficerId, long version, String countyCode, String townshipCode,
                               List<ExamEntry> exams, List<TrainingEntry> trainings) {
    /** One exam sitting. */
    public record ExamEntry(LocalDate date, boolean passed) {
    }

    /** One training. */
    public record TrainingEntry(LocalDate date, int hours) {
    }

    public static OfficerEventData of(EnforcementOfficer o) {
        return new OfficerEventData(o.id, o.version, o.countyCode, o.townshipCode,
                o.exams.stream().map(e -> new ExamEntry(e.date(), e.passed())).toList(),
                o.trainings.stream().map(t -> new TrainingEntry(t.date(), t.hours())).toList());
    }
}
