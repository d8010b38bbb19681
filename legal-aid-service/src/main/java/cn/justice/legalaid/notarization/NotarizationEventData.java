package cn.justice.legalaid.notarization;

import java.time.LocalDate;
import java.util.UUID;

/** {@code data} of the {@code legal-aid.notarization.*} events. */
public record NotarizationEventData(UUID notarizationId, long version, String countyCode, String townshipCode,
                                    LocalDate date, NotarizationKind kind, int count) {
    public static NotarizationEventData of(Notarization n) {
        return new NotarizationEventData(n.id, n.version, n.countyCode, n.townshipCode, n.date, n.kind, n.count);
    }
}
