package cn.justice.correction.person;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.personal.Masking;
import cn.justice.platform.personal.PersonalDataCipher;
import cn.justice.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Personal data of persons under correction and released persons (DESIGN §4, PIPL: criminal records are
 * sensitive): the name and the ID number are stored encrypted, the ID number also as a keyed hash for exact search;
 * responses show them masked unless a county-admin unmasks one record (audited by the caller).
 * <p>
 * The birth date is withheld from masked responses: the masked ID number ({@code 110105********002X}) hides exactly
 * the eight birth-date digits, so showing the birth date next to it would give the whole number away.
 */
@ApplicationScoped
public class PersonProtection {
    @Inject
    PersonalDataCipher cipher;

    /** Name and ID number as stored. */
    public record Stored(String nameEncrypted, String idNumberEncrypted, String idNumberHash) {
    }

    /** Name, ID number and birth date as a response shows them. */
    public record Shown(String name, String idNumber, LocalDate birthDate) {
    }

    /** A valid resident ID number (GB 11643) in canonical form, else 400 on {@code field}. */
    public static String validIdNumber(String field, String raw) {
        String problem = IdNumbers.problem(raw);
        if (problem != null) {
            throw ProblemException.invalid(field, "not a valid resident ID number (GB 11643): " + problem);
        }
        return IdNumbers.normalize(raw);
    }

    /** Under 18 on {@code on} (未成年). */
    public static boolean minor(LocalDate birthDate, LocalDate on) {
        return birthDate != null && on != null && birthDate.plusYears(18).isAfter(on);
    }

    public Stored protect(String name, String idNumber) {
        return new Stored(cipher.encrypt(name.strip()), cipher.encrypt(idNumber), cipher.searchHash(idNumber));
    }

    /** The keyed hash a {@code ?idNumber=} filter matches; 400 when the number is not valid. */
    public String searchHash(String rawIdNumber) {
        return cipher.searchHash(validIdNumber("idNumber", rawIdNumber));
    }

    public Shown show(String nameEncrypted, String idNumberEncrypted, LocalDate birthDate, boolean unmasked) {
        String name = cipher.decrypt(nameEncrypted);
        String id = cipher.decrypt(idNumberEncrypted);
        return unmasked ? new Shown(name, id, birthDate) : new Shown(Masking.name(name), Masking.idNumber(id), null);
    }
}
