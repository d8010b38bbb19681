package cn.justice.ruleoflaw.selection;

import java.util.UUID;

/** {@code data} of the {@code rule-of-law.assessor-selection.*} events. */
public record SelectionEventData(UUID assessorSelectionId, long version, String countyCode, AssessorKind kind, int year,
                                 int candidates, int selected) {
    public static SelectionEventData of(AssessorSelection s) {
        return new SelectionEventData(s.id, s.version, s.countyCode, s.kind, s.year, s.candidates, s.selected);
    }
}
