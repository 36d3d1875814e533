package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.money.Yuan;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionalLineTest {

    private static final Year Y2019 = Year.of(2019);

    private static RegionalLine line(int area) {
        return new RegionalLine(area, Y2019, Yuan.of(3500), "notice", "higher local line");
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 52, 65})
    @DisplayName("ID-STD: a two-digit province code sets a PROVINCIAL standard")
    void provinceCodeSetsAProvincialStandard(int area) {
        assertThat(line(area).standard()).isEqualTo(Standard.PROVINCIAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {1101, 5227, 6532})
    @DisplayName("ID-STD: a four-digit prefecture code sets a CITY standard")
    void prefectureCodeSetsACityStandard(int area) {
        assertThat(line(area).standard()).isEqualTo(Standard.CITY);
    }

    @ParameterizedTest
    @ValueSource(ints = {-52, 0, 10, 100, 520, 1099, 10000, 522727, 71, 81, 99, 5200, 9901, 7101})
    void areaThatIsNeitherAMainlandProvinceNorAPrefectureOfOneIsRejected(int area) {
        // a line for any other code would be accepted and never apply
        assertThatThrownBy(() -> line(area))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area: a regional line's area must be a mainland province's code or one of its "
                        + "prefectures', not " + area);
    }

    @Test
    void amountMustBePositiveDownToTheFen() {
        assertThatThrownBy(() -> new RegionalLine(52, Y2019, Yuan.ZERO, "notice", "reason"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount: the regional line of 52 for 2019 must be positive");
        assertThatThrownBy(() -> new RegionalLine(52, Y2019, Yuan.ofFen(-1), "notice", "reason"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
        assertThat(new RegionalLine(52, Y2019, Yuan.ofFen(1), "notice", "reason").amount()).isEqualTo(Yuan.ofFen(1));
    }

    @Test
    void amountIsAtMostOneTrillionYuan() {
        assertThat(new RegionalLine(52, Y2019, Yuan.of(1_000_000_000_000L), "notice", "reason").amount())
                .isEqualTo(Yuan.of(1_000_000_000_000L));
        assertThatThrownBy(() -> new RegionalLine(52, Y2019, Yuan.ofFen(100_000_000_000_001L), "notice", "reason"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount: the regional line of 52 for 2019 must be at most one trillion yuan");
    }

    @Test
    void everyProblemOfALineIsNamedByItsField() {
        assertThatThrownBy(() -> new RegionalLine(10, Y2019, Yuan.ZERO, " ", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area: a regional line's area must be a mainland province's code or one of its "
                        + "prefectures', not 10; "
                        + "amount: the regional line of 10 for 2019 must be positive; "
                        + "source: the regional line of 10 for 2019 must give its source; "
                        + "reason: the regional line of 10 for 2019 must give its reason (IND-STD)");
    }

    @Test
    @DisplayName("IND-STD: a regional line always carries a source and a reason")
    void blankSourceOrReasonIsRejected() {
        assertThatThrownBy(() -> new RegionalLine(52, Y2019, Yuan.of(3500), " ", "reason"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source: the regional line of 52 for 2019 must give its source");
        assertThatThrownBy(() -> new RegionalLine(52, Y2019, Yuan.of(3500), "notice", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason: the regional line of 52 for 2019 must give its reason (IND-STD)");
    }

    @Test
    void yearIsRequired() {
        assertThatThrownBy(() -> new RegionalLine(52, null, Yuan.of(3500), "notice", "reason"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
    }
}
