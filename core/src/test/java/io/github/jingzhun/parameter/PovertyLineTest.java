package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.money.Yuan;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PovertyLineTest {

    private static final Year Y2019 = Year.of(2019);

    @Test
    void amountMustBePositiveDownToTheFen() {
        assertThatThrownBy(() -> new PovertyLine(Y2019, Yuan.ZERO, "source", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount: the line of 2019 must be positive");
        assertThatThrownBy(() -> new PovertyLine(Y2019, Yuan.ofFen(-1), "source", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PovertyLine(Y2019, Yuan.ofFen(1), "source", null).amount()).isEqualTo(Yuan.ofFen(1));
    }

    @Test
    void amountIsAtMostOneTrillionYuanSoThatItTimesTheMembersCannotOverflow() {
        assertThat(new PovertyLine(Y2019, Yuan.of(1_000_000_000_000L), "source", null).amount())
                .isEqualTo(Yuan.of(1_000_000_000_000L));
        for (long fen : new long[] {100_000_000_000_001L, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> new PovertyLine(Y2019, Yuan.ofFen(fen), "source", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("amount: the line of 2019 must be at most one trillion yuan");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankSourceIsRejected(String source) {
        assertThatThrownBy(() -> new PovertyLine(Y2019, Yuan.of(3218), source, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source: the line of 2019 must give its source");
    }

    @Test
    void yearIsRequired() {
        assertThatThrownBy(() -> new PovertyLine(null, Yuan.of(3218), "source", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("year");
    }

    @Test
    void reasonIsOptional() {
        assertThat(new PovertyLine(Y2019, Yuan.of(3218), "source", null).reason()).isNull();
        assertThat(new PovertyLine(Y2019, Yuan.of(4000), "source", "scenario").reason()).isEqualTo("scenario");
    }
}
