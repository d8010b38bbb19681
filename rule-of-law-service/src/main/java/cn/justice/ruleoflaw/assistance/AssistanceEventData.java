package cn.justice.ruleoflaw.assistance;

import java.math.BigDecimal;
import java.util.UUID;

/** {@code data} of the {@code rule-of-law.assistance-village.*} events. */
public record AssistanceEventData(UUID assistanceVillageId, long version, String countyCode, String townshipCode,
                                  String villageCode, int year, int cadres, BigDecimal funds) {
    public static AssistanceEventData of(AssistanceVillage a) {
        return new AssistanceEventData(a.id, a.version, a.countyCode, a.townshipCode, a.villageCode, a.year, a.cadres, a.funds);
    }
}
