package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatusTest {

    private static final LocalDate REGISTERED = LocalDate.of(2015, 10, 1);

    @Test
    void aRegistrationDateIsRequiredOfTheFactoryThatTakesOne() {
        assertThatNullPointerException().isThrownBy(() -> Status.registered(null)).withMessage("registeredOn");
    }

    @Test
    void notRegisteredHasNoDates() {
        Status s = Status.notRegistered();
        assertThat(s.getState()).isEqualTo(RegistrationState.NOT_REGISTERED);
        assertThat(s.getRegisteredOn()).isNull();
        assertThat(s.getExitedOn()).isNull();
    }

    @Test
    void registeredKeepsItsDate() {
        Status s = Status.registered(REGISTERED);
        assertThat(s.getState()).isEqualTo(RegistrationState.REGISTERED);
        assertThat(s.getRegisteredOn()).isEqualTo(REGISTERED);
        assertThat(s.getExitedOn()).isNull();
    }

    @Test
    void exitedKeepsBothDates() {
        Status s = Status.exited(REGISTERED, LocalDate.of(2019, 12, 31));
        assertThat(s.getState()).isEqualTo(RegistrationState.EXITED);
        assertThat(s.getRegisteredOn()).isEqualTo(REGISTERED);
        assertThat(s.getExitedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void exitedWithAnUnknownRegistrationDateIsAccepted() {
        Status s = Status.exited(null, LocalDate.of(2019, 12, 31));
        assertThat(s.getRegisteredOn()).isNull();
        assertThat(s.getExitedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void exitedNeedsAnExitDate() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Status.builder().withState(RegistrationState.EXITED)
                        .withRegisteredOn(REGISTERED).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("exitedOn", "required for state EXITED")));
    }

    @Test
    void exitTheDayBeforeRegistrationIsRejected() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Status.exited(REGISTERED, REGISTERED.minusDays(1)))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("exitedOn", "must not be before the registration date")));
    }

    @Test
    void exitOnOrAfterTheRegistrationDayIsAccepted() {
        assertThat(Status.exited(REGISTERED, REGISTERED).getExitedOn()).isEqualTo(REGISTERED);
        assertThat(Status.exited(REGISTERED, REGISTERED.plusDays(1)).getExitedOn())
                .isEqualTo(REGISTERED.plusDays(1));
    }

    @Test
    void notRegisteredWithARegistrationDateIsRejected() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Status.builder().withState(RegistrationState.NOT_REGISTERED)
                        .withRegisteredOn(REGISTERED).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("registeredOn", "a household NOT_REGISTERED has no registration date")));
    }

    @Test
    void onlyAnExitedHouseholdHasAnExitDate() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Status.builder().withState(RegistrationState.REGISTERED)
                        .withRegisteredOn(REGISTERED).withExitedOn(REGISTERED.plusYears(1)).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("exitedOn"));
    }

    @Test
    void everyProblemOfAStatusIsReportedAtOnce() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Status.builder().withState(RegistrationState.NOT_REGISTERED)
                        .withRegisteredOn(REGISTERED).withExitedOn(REGISTERED.minusDays(1)).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("exitedOn", "registeredOn", "exitedOn"));
    }

    @Test
    void equalStatusesAreEqual() {
        assertThat(Status.registered(REGISTERED)).isEqualTo(Status.registered(REGISTERED))
                .isNotEqualTo(Status.registered(REGISTERED.plusDays(1)))
                .isNotEqualTo(Status.exited(REGISTERED, REGISTERED));
    }
}
