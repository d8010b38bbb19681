package cn.justice.demo.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleTest {
    @Test
    void checkCharacterIsIso7064Mod112() {
        // the GB 11643 standard's example number
        assertThat(People.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(People.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void idNumbersCarryTheCountyTheBirthDateAndTheSex() {
        Rng r = Rng.of(5, "people");
        for (int i = 0; i < 2_000; i++) {
            People.Person p = People.person(r, "519901", LocalDate.of(1950, 1, 1), LocalDate.of(2008, 12, 31), 0.5, 0.5);
            String id = p.idNumber();
            assertThat(id).hasSize(18).startsWith("519901").matches("\\d{17}[\\dX]");
            assertThat(id.substring(6, 14)).isEqualTo(p.birthDate().toString().replace("-", ""));
            assertThat(id.charAt(17)).isEqualTo(People.checkCharacter(id.substring(0, 17)));
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo("MALE".equals(p.gender()));
            assertThat(p.name()).hasSizeBetween(2, 4);
            assertThat(p.phone()).matches("1\\d{10}");
        }
    }
}
