package cn.justice.platform.personal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

    @Test
    void idNumberKeepsDivisionCodeAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void idNumberNeverRevealsTheBirthDate() {
        String masked = Masking.idNumber("11010519491231002X");

        assertThat(masked).hasSize(18).doesNotContain("19491231").doesNotContain("1949");
    }

    @Test
    void shortIdNumbersAreFullyMasked() {
        assertThat(Masking.idNumber("1234567890")).isEqualTo("**********");
        assertThat(Masking.idNumber("123")).isEqualTo("***");
        assertThat(Masking.idNumber("")).isEmpty();
    }

    @Test
    void fifteenDigitLegacyNumberKeepsSameShape() {
        assertThat(Masking.idNumber("110105491231002")).isEqualTo("110105*****1002");
    }

    @ParameterizedTest
    @CsvSource({
            "张三, 张*",
            "欧阳娜娜, 欧***",
            "李小龙, 李**",
            "张, 张*",
            "Smith, S****"})
    void nameKeepsOnlyTheFirstCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void singleCharacterNameStillGetsAMaskSoItsLengthIsNotRevealed() {
        assertThat(Masking.name("张")).isEqualTo("张*").isNotEqualTo("张");
    }

    @Test
    void nameCountsCodePointsNotCharsForSupplementaryCharacters() {
        // 𠮷 (U+20BB7) is one character written as a surrogate pair
        assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷**");
        assertThat(Masking.name("张𠮷")).isEqualTo("张*");
    }

    @Test
    void phoneKeepsFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void shortPhoneNumbersAreFullyMasked() {
        assertThat(Masking.phone("1234567")).isEqualTo("*******");
        assertThat(Masking.phone("12345678")).isEqualTo("123*5678");
    }

    @Test
    void nullsStayNullAndEmptyNameStaysEmpty() {
        assertThat(Masking.idNumber(null)).isNull();
        assertThat(Masking.name(null)).isNull();
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.name("")).isEmpty();
    }
}
