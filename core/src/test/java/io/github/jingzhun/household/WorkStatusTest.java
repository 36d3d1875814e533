package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jingzhun.Households;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A member's work status: optional, contradicting nothing, and what "may be in work" (AUD-6) reads from it. */
class WorkStatusTest {

    private static Member.Builder adult() {
        return Households.member(Sex.MALE, LocalDate.of(1980, 6, 15));
    }

    @ParameterizedTest(name = "status {0}, employed {1}, migrant {2}, labour {3}: may be in work {4}")
    @CsvSource(nullValues = "-", value = {
        "-, false, 0, ORDINARY, true", "-, false, 0, WEAK, true", "-, false, 0, LOST, false",
        "-, false, 0, NONE, false", "-, true, 0, LOST, true", "-, false, 1, NONE, true",
        "IN_WORK, false, 0, ORDINARY, true", "IN_WORK, false, 0, LOST, true",
        "NOT_IN_WORK, false, 0, ORDINARY, false", "NOT_IN_WORK, false, 0, SKILLED, false",
        "IN_WORK, true, 12, SKILLED, true"})
    void whoMayBeInWork(WorkStatus status, boolean employed, int migrant, Labour labour, boolean inWork) {
        Member m = adult().withWorkStatus(status).withEmployed(employed).withMigrantWorkMonths(migrant)
                .withLabour(labour).build();
        assertThat(m.getWorkStatus()).isEqualTo(status);
        assertThat(m.mayBeInWork()).isEqualTo(inWork);
    }

    @ParameterizedTest(name = "employed {0}, migrant {1}")
    @CsvSource({"true, 0, NOT_IN_WORK contradicts employed true",
        "false, 1, NOT_IN_WORK contradicts 1 months of migrant work"})
    void notInWorkContradictsWorkRecordedElsewhere(boolean employed, int migrant, String message) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> adult()
                .withWorkStatus(WorkStatus.NOT_IN_WORK).withEmployed(employed).withMigrantWorkMonths(migrant)
                .build()).satisfies(e -> assertThat(e.problems()).containsExactly(new Problem("workStatus",
                        message)));
    }

    @ParameterizedTest(name = "employed {0}, migrant {1}")
    @CsvSource({"true, 0", "false, 3", "true, 12"})
    void inWorkAgreesWithWorkRecordedElsewhere(boolean employed, int migrant) {
        assertThat(adult().withWorkStatus(WorkStatus.IN_WORK).withEmployed(employed).withMigrantWorkMonths(migrant)
                .build().mayBeInWork()).isTrue();
    }
}
