package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem of invalid input: its path, seen from an enclosing record, and how it reads. */
class ProblemTest {

    @Test
    void readsAsPathColonMessage() {
        assertThat(new Problem("members[1].birthDate", "must not be null"))
                .hasToString("members[1].birthDate: must not be null");
    }

    @Test
    void aProblemOfTheWholeRecordReadsAsItsMessageAlone() {
        assertThat(new Problem("", "a household needs at least one member")).hasToString(
                "a household needs at least one member");
    }

    @Test
    void withinPrefixesThePath() {
        assertThat(new Problem("birthDate", "must not be null").within("members[1]"))
                .isEqualTo(new Problem("members[1].birthDate", "must not be null"));
    }

    @Test
    void withinMakesAWholeRecordProblemOneOfTheEnclosingPath() {
        assertThat(new Problem("", "must agree with the ID number").within("members[0]"))
                .isEqualTo(new Problem("members[0]", "must agree with the ID number"));
    }
}
