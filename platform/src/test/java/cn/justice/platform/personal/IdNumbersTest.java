package cn.justice.platform.personal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {
    /** Published example of GB 11643-1999 (Beijing Chaoyang, born 1949-12-31, sequence 002 = female). */
    private static final String KNOWN_VALID = "11010519491231002X";

    /**
     * ISO 7064 MOD 11-2 written from the standard, independently of the class under test: weight of position i
     * (counted from the right, the check character being position 1) is 2^(i-1) mod 11; the check value is
     * (12 - sum mod 11) mod 11, 10 written as X.
     */
    private static char mod11_2(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int position = 18 - i;
            int weight = (1 << (position - 1)) % 11;
            sum += (first17.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static String withCheck(String first17) {
        return first17 + mod11_2(first17);
    }

    private static String idBornOn(LocalDate birth, String sequence) {
        return withCheck("510101" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence);
    }

    /** The same number with a check character that is certainly wrong. */
    private static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    @Test
    void testAlgorithmReproducesTheKnownVector() {
        assertThat(mod11_2(KNOWN_VALID.substring(0, 17))).isEqualTo('X');
    }

    @Test
    void knownVectorIsValid() {
        assertThat(IdNumbers.problem(KNOWN_VALID)).isNull();
        assertThat(IdNumbers.isValid(KNOWN_VALID)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"51010119800101001", "51010119800101002", "44030420000229123", "51342519991231456",
            "32010219000101001", "65010219751015987"})
    void numbersBuiltWithTheStandardCheckCharacterAreValid(String first17) {
        String id = withCheck(first17);

        assertThat(IdNumbers.checkCharacter(first17)).isEqualTo(mod11_2(first17));
        assertThat(IdNumbers.problem(id)).as(id).isNull();
    }

    @Test
    void everyCheckValueIncludingXIsComputedLikeTheStandard() {
        // vary the sequence until all 11 possible check characters have been seen
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (int seq = 0; seq < 200 && seen.size() < 11; seq++) {
            String first17 = "51010119800101" + String.format("%03d", seq);
            char expected = mod11_2(first17);
            assertThat(IdNumbers.checkCharacter(first17)).as(first17).isEqualTo(expected);
            assertThat(IdNumbers.isValid(first17 + expected)).as(first17).isTrue();
            seen.add(expected);
        }
        assertThat(seen).hasSize(11).contains('X');
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"11010519491231002", "11010519491231002X1", "110105194912310", "1101051949123100"})
    void wrongLength(String id) {
        assertThat(IdNumbers.problem(id)).isEqualTo("must be 18 characters");
        assertThat(IdNumbers.isValid(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1101051949123100AX", "A1010519491231002X", "110105-949123102X1", "11010519491231 02X"})
    void nonDigitsInTheFirst17(String id) {
        assertThat(IdNumbers.problem(id)).isEqualTo("the first 17 characters must be digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19900230", "19900132", "19901301", "19900001", "19000229", "20230229"})
    void invalidCalendarDate(String yyyymmdd) {
        String id = withCheck("510101" + yyyymmdd + "001");

        assertThat(IdNumbers.problem(id)).isEqualTo("contains no valid birth date");
        assertThat(IdNumbers.birthDate(id)).isNull();
    }

    @Test
    void leapDayIsAValidBirthDate() {
        String id = withCheck("51010120000229001");

        assertThat(IdNumbers.isValid(id)).isTrue();
        assertThat(IdNumbers.birthDate(id)).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void futureBirthDateIsOutOfRange() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(IdNumbers.problem(idBornOn(today.plusDays(1), "001"), today)).isEqualTo("birth date out of range");
        assertThat(IdNumbers.problem(idBornOn(today.plusYears(1), "001"), today)).isEqualTo("birth date out of range");
    }

    @Test
    void birthTodayIsAccepted() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(IdNumbers.problem(idBornOn(today, "001"), today)).isNull();
    }

    @Test
    void withoutABureauDateTheLatestDateOnEarthBounds() {
        // UTC+14 is the latest calendar date anywhere: a birth "today" in Beijing is never refused, whatever the host
        LocalDate latest = LocalDate.now(java.time.ZoneOffset.ofHours(14));
        assertThat(IdNumbers.problem(idBornOn(latest, "001"))).isNull();
        assertThat(IdNumbers.problem(idBornOn(latest.plusDays(1), "001"))).isEqualTo("birth date out of range");
    }

    @Test
    void birthBefore1900IsOutOfRange() {
        assertThat(IdNumbers.problem(idBornOn(LocalDate.of(1899, 12, 31), "001"))).isEqualTo("birth date out of range");
        assertThat(IdNumbers.problem(idBornOn(LocalDate.of(1900, 1, 1), "001"))).isNull();
    }

    @Test
    void wrongCheckDigit() {
        String other = withCheck("51010119800101001");

        assertThat(IdNumbers.problem(withWrongCheck(KNOWN_VALID))).isEqualTo("check digit does not match");
        assertThat(IdNumbers.problem(withWrongCheck(other))).isEqualTo("check digit does not match");
        assertThat(IdNumbers.problem("110105194912310029")).isEqualTo("check digit does not match");
    }

    @Test
    void changingAnyDigitInvalidatesTheCheck() {
        // a single-digit typo in the sequence part is always caught by MOD 11-2
        for (int pos = 14; pos < 17; pos++) {
            char c = KNOWN_VALID.charAt(pos);
            char typo = c == '9' ? '8' : (char) (c + 1);
            String id = KNOWN_VALID.substring(0, pos) + typo + KNOWN_VALID.substring(pos + 1);
            assertThat(IdNumbers.problem(id)).as(id).isEqualTo("check digit does not match");
        }
    }

    @Test
    void lowercaseXIsNormalisedAndAccepted() {
        String lower = "11010519491231002x";

        assertThat(IdNumbers.normalize(lower)).isEqualTo(KNOWN_VALID);
        assertThat(IdNumbers.isValid(lower)).isTrue();
    }

    @Test
    void normalizeTrimsAndKeepsNull() {
        assertThat(IdNumbers.normalize("  11010519491231002x ")).isEqualTo(KNOWN_VALID);
        assertThat(IdNumbers.isValid(" " + KNOWN_VALID + " ")).isTrue();
        assertThat(IdNumbers.normalize(null)).isNull();
    }

    @Test
    void genderFollowsTheParityOfTheSequence() {
        assertThat(IdNumbers.gender(KNOWN_VALID)).isEqualTo("FEMALE");
        assertThat(IdNumbers.gender(withCheck("51010119800101001"))).isEqualTo("MALE");
        assertThat(IdNumbers.gender(withCheck("51010119800101010"))).isEqualTo("FEMALE");
        assertThat(IdNumbers.gender(withCheck("51010119800101999"))).isEqualTo("MALE");
    }

    @Test
    void birthDateIsReadFromPositions7To14() {
        assertThat(IdNumbers.birthDate(KNOWN_VALID)).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate(withCheck("51010120231005001"))).isEqualTo(LocalDate.of(2023, 10, 5));
    }

    @Test
    void birthDateOfMalformedInputIsNull() {
        assertThat(IdNumbers.birthDate("110105")).isNull();
        assertThat(IdNumbers.birthDate("110105ABCD1231002X")).isNull();
    }
}
