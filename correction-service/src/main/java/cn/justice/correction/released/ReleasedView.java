package cn.justice.correction.released;

import cn.justice.correction.person.Gender;
import cn.justice.correction.person.PersonProtection;
import cn.justice.platform.record.RecordView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A released person as the API shows it: name and ID number masked unless a county-admin unmasked the record. */
@Schema(name = "ReleasedPerson")
public record ReleasedView(
        UUID id,
        @Schema(description = "Optimistic concurrency version; send it as If-Match") long version,
        String countyCode,
        String townshipCode,
        @Schema(description = "Masked (李*) unless unmask=true") String name,
        @Schema(description = "Masked (110105********002X) unless unmask=true") String idNumber,
        @Schema(description = "true when name and ID number are masked") boolean masked,
        Gender gender,
        @Schema(description = "Only with unmask=true") LocalDate birthDate,
        @Schema(description = "Under 18 on the day of release") boolean minor,
        LocalDate releasedOn,
        @Schema(description = "重点帮教对象 (必接必送)") boolean keyPerson,
        @Schema(description = "End of the 帮教期: releasedOn + 5 years; from this day on the record may close as PERIOD_ENDED")
        LocalDate supportPeriodEndsOn,
        @Schema(description = "Open and the 帮教期 ends within the warning window (default 30 days) or has ended")
        boolean supportPeriodEnding,
        @Schema(description = "A key person not connected by releasedOn (必接必送): connected after it, or still not "
                + "connected after it") boolean connectionLate,
        String releasingInstitution,
        String crime,
        ReleasedStatus status,
        @Schema(description = "衔接") LocalDate connectedOn,
        @Schema(description = "安置") LocalDate placedOn,
        Placement placement,
        @Schema(description = "帮教 visits, in the order recorded") List<Assistance> assistances,
        @Schema(description = "重新犯罪 (first re-offence recorded)") LocalDate reoffendedOn,
        LocalDate closedOn,
        ReleasedCloseReason closeReason,
        @Schema(description = "Free text of the close") String closeNote,
        Instant createdAt,
        Instant updatedAt) implements RecordView {

    /** @param warningDays the window of {@code supportPeriodEnding} ({@link ReleasedRules#supportPeriodEnding}) */
    public static ReleasedView of(ReleasedPerson r, LocalDate today, int warningDays, PersonProtection.Shown person,
                                  boolean masked) {
        return new ReleasedView(r.id, r.version, r.countyCode, r.townshipCode, person.name(), person.idNumber(), masked,
                r.gender, person.birthDate(), r.minor, r.releasedOn, r.keyPerson, r.supportPeriodEndsOn,
                ReleasedRules.supportPeriodEnding(r.status, r.supportPeriodEndsOn, today, warningDays),
                ReleasedRules.connectionLate(r.keyPerson, r.releasedOn, r.connectedOn, r.closedOn, today),
                r.releasingInstitution, r.crime, r.status,
                r.connectedOn, r.placedOn, r.placement, List.copyOf(r.assistances), r.reoffendedOn, r.closedOn,
                r.closeReason, r.closeNote, r.createdAt, r.updatedAt);
    }
}
