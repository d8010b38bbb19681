package cn.justice.mediation.dispute;

import cn.justice.platform.personal.Masking;
import cn.justice.platform.personal.PersonalDataCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Function;

/** Encrypts parties' personal data for storage and presents it masked or (for an audited unmask) in clear. */
@ApplicationScoped
public class PartyProtection {
    /** How much of a party a response shows. */
    public enum Exposure {
        /** lists: name, ID number and phone masked */
        LIST,
        /** one record: full name, ID number and phone masked */
        DETAIL,
        /** one record, county-admin with unmask=true (audited): everything in clear */
        UNMASKED
    }

    @Inject
    PersonalDataCipher cipher;

    public Party.Stored protect(Party p) {
        return new Party.Stored(p.name(), p.role(), cipher.encrypt(p.idNumber()), cipher.encrypt(p.phone()));
    }

    public String searchHash(String idNumber) {
        return cipher.searchHash(idNumber);
    }

    public Function<Party.Stored, Party.View> presenter(Exposure exposure) {
        return s -> {
            String id = cipher.decrypt(s.idNumberEncrypted());
            String phone = cipher.decrypt(s.phoneEncrypted());
            return switch (exposure) {
                case LIST -> new Party.View(Masking.name(s.name()), s.role(), Masking.idNumber(id), Masking.phone(phone));
                case DETAIL -> new Party.View(s.name(), s.role(), Masking.idNumber(id), Masking.phone(phone));
                case UNMASKED -> new Party.View(s.name(), s.role(), id, phone);
            };
        };
    }
}
