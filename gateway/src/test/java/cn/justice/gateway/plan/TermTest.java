package cn.justice.gateway.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermTest {
    @Test
    void parsesMeasuresMultipliersAndStockPoints() {
        assertThat(Term.parse("disputes_registered")).isEqualTo(new Term("disputes_registered", 1, Term.Mode.AS_INDICATOR));
        assertThat(Term.parse("subjects_active@start")).isEqualTo(new Term("subjects_active", 1, Term.Mode.STOCK_AT_START));
        assertThat(Term.parse("subjects_active@end")).isEqualTo(new Term("subjects_active", 1, Term.Mode.STOCK_AT_END));
        assertThat(Term.parse(" 7 * townships_total ")).isEqualTo(new Term("townships_total", 7, Term.Mode.AS_INDICATOR));
    }

    @Test
    void rejectsWhatIsNotATerm() {
        assertThatThrownBy(() -> Term.parse("x@middle")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse("seven*x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse("Bad-Name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
