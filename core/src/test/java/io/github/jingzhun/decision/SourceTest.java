package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SourceTest {

    @ParameterizedTest
    @EnumSource(Source.class)
    void everySourceHasItsTitlesIssuerAndADateOfTheKnownPrecision(Source source) {
        assertThat(Source.parse(source.key())).isSameAs(source);
        assertThat(source.key()).matches("[A-Z]+[0-9]*");
        assertThat(source.title()).isNotBlank();
        assertThat(source.originalTitle()).isNotBlank();
        assertThat(source.issuer()).isNotBlank();
        if (source.date() != null) {
            assertThat(source.date()).matches("(19|20)[0-9]{2}(-[01][0-9](-[0-3][0-9])?)?");
        }
        assertThat(source.citation()).startsWith(source.issuer() + ", " + source.title());
    }

    @Test
    void aTitleInEnglishAlreadyIsCitedOnce() {
        assertThat(Source.FGT1984.citation()).isEqualTo("James Foster, Joel Greer and Erik Thorbecke, A Class of "
                + "Decomposable Poverty Measures, 1984; Econometrica 52 (3), 761–766");
        assertThat(Source.W2021.citation()).contains(Source.W2021.title() + " " + Source.W2021.originalTitle());
    }

    @Test
    void theKeysTheProjectCitesAreSources() {
        assertThat(Arrays.stream(Source.values()).map(Source::key)).contains("W2021", "X2017", "X2019", "EXIT2016",
                "MON2020", "DEC2015", "WATER2018", "EDULAW", "MON2021", "MICRO2014", "PRACTICE");
    }

    @Test
    void theDocumentsAreDatedAsTheirSourcesSay() {
        assertThat(Source.EXIT2016.date()).isEqualTo("2016-04");
        assertThat(Source.MON2020.date()).isEqualTo("2020-03-20");
        assertThat(Source.W2021.date()).isEqualTo("2021-04-06");
        assertThat(Source.X2019.date()).isEqualTo("2019-04-16");
        assertThat(Source.X2019.note()).contains("Chongqing").contains("2019 No. 16");
        assertThat(Source.X2017.date()).isEqualTo("2017-06-23");
        assertThat(Source.X2017.note()).contains("Taiyuan");
        assertThat(Source.DEC2015.originalTitle()).isEqualTo("《中共中央 国务院关于打赢脱贫攻坚战的决定》");
        assertThat(Source.EXIT2016.originalTitle()).isEqualTo("《关于建立贫困退出机制的意见》");
        assertThat(Source.EXIT2016.issuer()).contains("General Office of the CPC Central Committee");
    }

    @Test
    void aCitationNamesItsSourcesByKeyInOrder() {
        assertThat(Source.cited("PRACTICE, notices of seven days in the procedures of REG2014 and EXIT2016"))
                .containsExactly(Source.PRACTICE, Source.REG2014, Source.EXIT2016);
        assertThat(Source.cited("EXIT2016, and EXIT2016 again; EXIT20160 and XEXIT2016 are not keys"))
                .containsExactly(Source.EXIT2016);
        assertThat(Source.cited("适用MON2020标准")).containsExactly(Source.MON2020);
        assertThat(Source.cited("provincial notice 2019")).isEmpty();
    }

    @Test
    void everySourceIsCitedByARuleOrANationalValue() {
        for (Source source : Source.values()) {
            boolean byRule = Arrays.stream(Rule.values()).anyMatch(r -> r.sources().contains(source));
            assertThat(byRule || List.of(Source.NBS, Source.WATER2004).contains(source)).as(source.key()).isTrue();
        }
    }

    @Test
    void anUnknownKeyIsRefused() {
        assertThatThrownBy(() -> Source.parse("POLICY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown source key: POLICY");
        assertThatThrownBy(() -> Source.parse("Wang Fang")).hasMessage("unknown source key: [?]");
    }
}
