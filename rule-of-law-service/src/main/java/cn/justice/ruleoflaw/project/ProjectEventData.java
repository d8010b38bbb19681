package cn.justice.ruleoflaw.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code rule-of-law.project.*} events (no name). */
public record ProjectEventData(UUID projectId, long version, String countyCode, String townshipCode, ProjectKind kind,
                               BigDecimal investment, LocalDate completedOn) {
    public static ProjectEventData of(Project p) {
        return new ProjectEventData(p.id, p.version, p.countyCode, p.townshipCode, p.kind, p.investment, p.completedOn);
    }
}
