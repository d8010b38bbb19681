package cn.justice.demo.mediation;

import cn.justice.demo.plan.Org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The committees (调委会) and mediators (调解员) of the demo county with the periods they serve, so disputes are
 * handled only by committees and mediators that were active at the time.
 */
final class Roster {
    /** What a professional (行业性专业性) committee specialises in; null for the other types. */
    enum Specialty { MEDICAL, TRAFFIC, LABOR, MARRIAGE_FAMILY, LAND }

    static final class Committee {
        final UUID id;
        final String type;
        final Org.Township township;
        final Org.Village village;
        final String name;
        final Specialty specialty;
        final LocalDate establishedOn;
        final LocalDate filedOn;
        final int memberCount;
        /** null while the committee works. */
        final LocalDate dissolvedOn;
        final List<Mediator> mediators = new ArrayList<>();

        Committee(UUID id, String type, Org.Township township, Org.Village village, String name, Specialty specialty,
                  LocalDate establishedOn, LocalDate filedOn, int memberCount, LocalDate dissolvedOn) {
            this.id = id;
            this.type = type;
            this.township = township;
            this.village = village;
            this.name = name;
            this.specialty = specialty;
            this.establishedOn = establishedOn;
            this.filedOn = filedOn;
            this.memberCount = memberCount;
            this.dissolvedOn = dissolvedOn;
        }

        /** Works on every day of [from, to]. */
        boolean activeThrough(LocalDate from, LocalDate to) {
            return !establishedOn.isAfter(from) && (dissolvedOn == null || dissolvedOn.isAfter(to));
        }

        /** The mediators serving on every day of [from, to]. */
        List<Mediator> mediatorsThrough(LocalDate from, LocalDate to) {
            return mediators.stream().filter(m -> m.servesThrough(from, to)).toList();
        }
    }

    static final class Mediator {
        final UUID id;
        final String name;
        final boolean traditional;
        final boolean fullTime;
        final LocalDate appointedOn;
        final LocalDate termEndsOn;
        /** null while serving. */
        final LocalDate retiredOn;

        Mediator(UUID id, String name, boolean traditional, boolean fullTime, LocalDate appointedOn,
                 LocalDate termEndsOn, LocalDate retiredOn) {
            this.id = id;
            this.name = name;
            this.traditional = traditional;
            this.fullTime = fullTime;
            this.appointedOn = appointedOn;
            this.termEndsOn = termEndsOn;
            this.retiredOn = retiredOn;
        }

        boolean servesThrough(LocalDate from, LocalDate to) {
            return !appointedOn.isAfter(from) && (retiredOn == null || !retiredOn.isBefore(to));
        }

        boolean servesOn(LocalDate day) {
            return servesThrough(day, day);
        }
    }

    final List<Committee> committees = new ArrayList<>();

    List<Committee> of(Org.Township t, String type) {
        return committees.stream().filter(c -> c.township == t && c.type.equals(type)).toList();
    }

    Committee ofVillage(Org.Village v) {
        return committees.stream().filter(c -> c.village != null && c.village.code().equals(v.code())
                && ("VILLAGE".equals(c.type) || "COMMUNITY".equals(c.type))).findFirst().orElse(null);
    }

    Committee specialist(Specialty s) {
        return committees.stream().filter(c -> c.specialty == s).findFirst().orElse(null);
    }

    Committee specialist(Specialty s, Org.Township t) {
        return committees.stream().filter(c -> c.specialty == s && c.township == t).findFirst().orElse(null);
    }
}
