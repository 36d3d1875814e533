package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Finding SAMPLE = Finding.of(Rule.ID_V_1, true, new BigDecimal("20.00"),
            new BigDecimal("20"), "522727101201", Wording.of("x", "x"));

    @Test
    void ofIsTheCanonicalConstructor() {
        Wording w = Wording.of("english", "中文");

        assertThat(w).isEqualTo(new Wording("english", "中文")).hasSameHashCodeAs(new Wording("english", "中文"));
        assertThat(w.english()).isEqualTo("english");
        assertThat(w.chinese()).isEqualTo("中文");
        assertThat(w).isNotEqualTo(Wording.of("english", "英文"));
    }

    @Test
    void renderReplacesEveryPlaceholder() {
        Wording w = Wording.of("{subject}: {observed}% against {threshold}%", "");

        assertThat(w.render(w.english(), SAMPLE)).isEqualTo("522727101201: 20.00% against 20%");
    }

    @Test
    void renderReplacesEachOccurrenceOfAPlaceholder() {
        Wording w = Wording.of("{observed} and again {observed}", "");

        assertThat(w.render(w.english(), SAMPLE)).isEqualTo("20.00 and again 20.00");
    }

    @Test
    void patternWithoutPlaceholdersIsReturnedAsItIs() {
        Wording w = Wording.of("No exclusion applies", "不属于应排除的情形");

        assertThat(w.render(w.english(), SAMPLE)).isSameAs(w.english());
        assertThat(w.render(w.chinese(), SAMPLE)).isSameAs(w.chinese());
    }

    @Test
    void unknownPlaceholdersAreLeftVisible() {
        Wording w = Wording.of("{name} {observed}", "");

        assertThat(w.render(w.english(), SAMPLE)).isEqualTo("{name} 20.00");
    }
}
