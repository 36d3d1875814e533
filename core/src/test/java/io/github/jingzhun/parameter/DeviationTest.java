package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeviationTest {

    @Test
    @DisplayName("IND-STD: a deviation names the parameter, the national value, the set's value and the reason")
    void deviationCarriesWhatDepartsAndWhy() {
        Deviation d = new Deviation("line 2019", new BigDecimal("3218.00"), new BigDecimal("4000.00"), "scenario");

        assertThat(d.parameter()).isEqualTo("line 2019");
        assertThat(d.national()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(d.value()).isEqualTo(new BigDecimal("4000.00"));
        assertThat(d.reason()).isEqualTo("scenario");
        assertThat(d).isEqualTo(new Deviation("line 2019", new BigDecimal("3218.00"), new BigDecimal("4000.00"),
                "scenario"));
        assertThat(d).isNotEqualTo(new Deviation("line 2019", new BigDecimal("3218.00"), new BigDecimal("4000.00"),
                "another reason"));
    }

    @Test
    void nationalValueMayBeAbsentForAYearTheNationalSetLacks() {
        assertThat(new Deviation("line 2021", null, new BigDecimal("4100.00"), "extension").national()).isNull();
    }
}
