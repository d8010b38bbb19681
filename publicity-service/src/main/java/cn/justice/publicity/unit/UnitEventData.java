package cn.justice.publicity.unit;

import java.util.List;
import java.util.UUID;

/**
 * {@code data} of the {@code publicity.responsible-unit.*} events: kind, the planned figures per year and version.
 * The unit's name and the responsibility items (free text) stay in the service; {@code year} names the year a
 * {@code year-planned} event changed (null otherwise).
 */
public record UnitEventData(UUID unitId, long version, String countyCode, UnitKind kind, Integer year,
                            List<YearFigures> years) {

    /** Figures of one planned year. */
    public record YearFigures(int year, int plannedActivities, int itemCount) {
    }

    public static UnitEventData of(ResponsibleUnit u, Integer changedYear) {
        return new UnitEventData(u.id, u.version, u.countyCode, u.kind, changedYear,
                u.years.stream().map(y -> new YearFigures(y.year(), y.plannedActivities(), y.items().size())).toList());
    }
}
