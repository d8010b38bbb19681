package cn.justice.legalaid.application;

import cn.justice.platform.personal.IdNumbers;
import cn.justice.platform.personal.Masking;
import cn.justice.platform.personal.PersonalDataCipher;
import cn.justice.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Objects;

/**
 * Keeps the applicant's personal data protected: validated ID number, encrypted name/ID number/phone, keyed hash of
 * the ID number for exact search, masked presentation unless a county-admin unmasks one record (audited by the
 * caller of {@link #view}).
 */
@ApplicationScoped
public class ApplicantProtection {
    @Inject
    PersonalDataCipher cipher;

    /** 400 ({@code field}) unless the ID number is valid (GB 11643). */
    public static void requireValidIdNumber(String field, String idNumber) {
        String problem = IdNumbers.problem(idNumber);
        if (problem != null) {
            throw ProblemException.invalid(field, "not a valid resident ID number (GB 11643): " + problem);
        }
    }

    /** Writes the applicant into the record: encrypted, hashed, groups as derived. */
    public void store(Application a, Applicant applicant, List<ApplicantGroup> groups) {
        a.applicantName = cipher.encrypt(applicant.name());
        a.applicantIdNumber = cipher.encrypt(applicant.idNumber());
        a.applicantIdHash = cipher.searchHash(applicant.idNumber());
        a.applicantPhone = cipher.encrypt(applicant.phone());
        a.applicantGroups = groups;
        a.noFixedIncome = Boolean.TRUE.equals(applicant.noFixedIncome());
    }

    /** Whether the stored applicant already holds exactly these values (an unchanged PUT keeps the version). */
    public boolean same(Application a, Applicant applicant, List<ApplicantGroup> groups) {
        return Objects.equals(cipher.decrypt(a.applicantName), applicant.name())
                && Objects.equals(cipher.decrypt(a.applicantIdNumber), applicant.idNumber())
                && Objects.equals(cipher.decrypt(a.applicantPhone), applicant.phone())
                && a.applicantGroups.equals(groups)
                && a.noFixedIncome == Boolean.TRUE.equals(applicant.noFixedIncome());
    }

    public String searchHash(String idNumber) {
        return cipher.searchHash(IdNumbers.normalize(idNumber));
    }

    public Applicant.View view(Application a, boolean unmasked) {
        String name = cipher.decrypt(a.applicantName);
        String id = cipher.decrypt(a.applicantIdNumber);
        String phone = cipher.decrypt(a.applicantPhone);
        List<ApplicantGroup> groups = List.copyOf(a.applicantGroups);
        return unmasked ? new Applicant.View(name, id, phone, groups, a.noFixedIncome)
                : new Applicant.View(Masking.name(name), Masking.idNumber(id), Masking.phone(phone), groups, a.noFixedIncome);
    }
}
