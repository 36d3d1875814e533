package io.github.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonitoringCaseTest {

    private static final LocalDate SINCE = LocalDate.of(2019, 1, 15);

    @Test
    @DisplayName("MON-4: a case with no elimination day is not eliminated")
    void openCaseIsNotEliminated() {
        MonitoringCase open = new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, null, null);

        assertThat(open.isEliminated()).isFalse();
        assertThat(open.eliminatedOn()).isNull();
        assertThat(open.incomeStableSince()).isNull();
    }

    @Test
    @DisplayName("MON-4: a case with an elimination day is eliminated")
    void caseWithEliminationDayIsEliminated() {
        MonitoringCase eliminated = new MonitoringCase(MonitoringCategory.UNSTABLE_EXITED, SINCE, SINCE,
                LocalDate.of(2019, 7, 15));

        assertThat(eliminated.isEliminated()).isTrue();
        assertThat(eliminated.eliminatedOn()).isEqualTo(LocalDate.of(2019, 7, 15));
    }

    @Test
    @DisplayName("MON-4: a risk may be marked eliminated on the day monitoring began (dates only; MON-4 needs 6 months)")
    void eliminatedOnTheFirstDayIsAValidRecord() {
        MonitoringCase sameDay = new MonitoringCase(MonitoringCategory.SUDDEN_HARDSHIP, SINCE, null, SINCE);

        assertThat(sameDay.isEliminated()).isTrue();
    }

    @Test
    @DisplayName("MON-4: a risk cannot be eliminated one day before monitoring began")
    void eliminatedBeforeMonitoringIsRefused() {
        assertThatThrownBy(() -> new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, null, SINCE.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eliminatedOn: must not be before monitoredSince");
    }

    @Test
    @DisplayName("MON-2: a case needs its category")
    void categoryIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new MonitoringCase(null, SINCE, null, null))
                .withMessage("category");
    }

    @Test
    @DisplayName("MON-4: a case needs the day monitoring began")
    void monitoredSinceIsRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new MonitoringCase(MonitoringCategory.MARGINAL, null, null, null))
                .withMessage("monitoredSince");
    }

    @Test
    @DisplayName("MON-4: cases are values: equal when their category and dates are equal")
    void casesAreValues() {
        assertThat(new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, SINCE, null))
                .isEqualTo(new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, SINCE, null))
                .isNotEqualTo(new MonitoringCase(MonitoringCategory.SUDDEN_HARDSHIP, SINCE, SINCE, null))
                .isNotEqualTo(new MonitoringCase(MonitoringCategory.MARGINAL, SINCE, SINCE.plusDays(1), null));
    }

    @Test
    @DisplayName("MON-2: the three categories of [MON2020], in order")
    void categories() {
        assertThat(MonitoringCategory.values()).containsExactly(MonitoringCategory.UNSTABLE_EXITED,
                MonitoringCategory.MARGINAL, MonitoringCategory.SUDDEN_HARDSHIP);
    }
}
