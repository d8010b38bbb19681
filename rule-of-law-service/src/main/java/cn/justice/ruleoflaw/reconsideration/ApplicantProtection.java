package cn.justice.ruleoflaw.reconsideration;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.personal.Masking;
import cn.justice.platform.personal.PersonalDataCipher;
import cn.justice.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Objects;

/**
 * Keeps the applicant's personal data protected (DESIGN §4): validated ID number, encrypted name/ID number/phone, keyed
 * hash of the ID number for exact search, masked presentation unless a county-admin unmasks one record (the service
 * audits every read of a record).
 */
@ApplicationScoped
public class ApplicantProtection {
    @Inject
    PersonalDataCipher cipher;

    /** 400 ({@code field}) unless the ID number, when given, is valid (GB 11643). */
    public static void requireValidIdNumber(String field, String idNumber) {
        if (idNumber == null) {
            return;
        }
        String problem = IdNumbers.problem(idNumber);
        if (problem != null) {
            throw ProblemException.invalid(field, "not a valid resident ID number (GB 11643): " + problem);
        }
    }

    public void store(Reconsideration r, Applicant a) {
        r.applicantNameEncrypted = cipher.encrypt(a.name());
        r.applicantIdEncrypted = cipher.encrypt(a.idNumber());
        r.applicantIdHash = cipher.searchHash(a.idNumber());
        r.applicantPhoneEncrypted = cipher.encrypt(a.phone());
    }

    /** Whether the stored applicant holds exactly these values (an unchanged PUT keeps the version). */
    public boolean same(Reconsideration r, Applicant a) {
        return Objects.equals(cipher.decrypt(r.applicantNameEncrypted), a.name())
                && Objects.equals(cipher.decrypt(r.applicantIdEncrypted), a.idNumber())
                && Objects.equals(cipher.decrypt(r.applicantPhoneEncrypted), a.phone());
    }

    /** The keyed hash an {@code ?idNumber=} filter matches; 400 when the number is not valid. */
    public String searchHash(String rawIdNumber) {
        String problem = IdNumbers.problem(rawIdNumber);
        if (problem != null) {
            throw ProblemException.invalid("idNumber", "not a valid resident ID number (GB 11643): " + problem);
        }
        return cipher.searchHash(IdNumbers.normalize(rawIdNumber));
    }

    public Applicant.View view(Reconsideration r, boolean unmasked) {
        String name = cipher.decrypt(r.applicantNameEncrypted);
        String id = cipher.decrypt(r.applicantIdEncrypted);
        String phone = cipher.decrypt(r.applicantPhoneEncrypted);
        return unmasked ? new Applicant.View(name, id, phone)
                : new Applicant.View(Masking.name(name), id == null ? null : Masking.idNumber(id),
                phone == null ? null : Masking.phone(phone));
    }
}
