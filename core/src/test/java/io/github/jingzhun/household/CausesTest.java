package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CausesTest {

    @Test
    void ofKeepsThePrimaryAndSecondaryCausesInOrder() {
        Causes c = Causes.of(Cause.ILLNESS, Cause.LACK_OF_SKILLS, Cause.LACK_OF_CAPITAL);
        assertThat(c.getPrimary()).isEqualTo(Cause.ILLNESS);
        assertThat(c.getSecondary()).containsExactly(Cause.LACK_OF_SKILLS, Cause.LACK_OF_CAPITAL);
    }

    @Test
    void primaryAloneIsAccepted() {
        Causes c = Causes.of(Cause.DISASTER);
        assertThat(c.getPrimary()).isEqualTo(Cause.DISASTER);
        assertThat(c.getSecondary()).isEmpty();
    }

    @Test
    void noneHasNoCauses() {
        assertThat(Causes.none().getPrimary()).isNull();
        assertThat(Causes.none().getSecondary()).isEmpty();
    }

    @Test
    void secondaryCausesWithoutAPrimaryAreRejected() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Causes.builder().addSecondary(Cause.ILLNESS).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("primary", "required when secondary causes are given")));
    }

    @Test
    void includesThePrimaryAndEverySecondaryCause() {
        Causes c = Causes.of(Cause.ILLNESS, Cause.LACK_OF_SKILLS);
        assertThat(c.includes(Cause.ILLNESS)).isTrue();
        assertThat(c.includes(Cause.LACK_OF_SKILLS)).isTrue();
        assertThat(c.includes(Cause.DISABILITY)).isFalse();
        assertThat(c.includes(Cause.OTHER)).isFalse();
    }

    @Test
    void includesEverySecondaryCauseOfSeveral() {
        Causes c = Causes.of(Cause.ILLNESS, Cause.LACK_OF_SKILLS, Cause.OTHER);
        assertThat(Cause.values()).filteredOn(c::includes)
                .containsExactly(Cause.ILLNESS, Cause.LACK_OF_SKILLS, Cause.OTHER);
        assertThat(Causes.builder().from(c).withPrimary(Cause.DISABILITY).build().includes(Cause.ILLNESS)).isFalse();
    }

    @Test
    void everyCauseHasABitOfItsOwn() {
        // Causes.includes keeps the registered causes as bits of an int: a 33rd cause would need a long.
        assertThat(Cause.values().length).isLessThanOrEqualTo(Integer.SIZE);
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void noneIncludesNoCause(Cause cause) {
        assertThat(Causes.none().includes(cause)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Cause.class)
    void aPrimaryCauseIsIncludedAndNoOther(Cause cause) {
        Causes c = Causes.of(cause);
        for (Cause other : Cause.values()) {
            assertThat(c.includes(other)).as("%s includes %s", cause, other).isEqualTo(other == cause);
        }
    }

    @Test
    void elevenRegistryCategoriesPlusOther() {
        assertThat(Cause.values()).hasSize(12).endsWith(Cause.OTHER);
    }
}
