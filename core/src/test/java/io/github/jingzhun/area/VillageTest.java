package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VillageTest {

    private static final VillageCode CODE = VillageCode.parse("522727101201");
    private static final LocalDate REGISTERED = LocalDate.of(2014, 6, 30);

    @Test
    void aVillageIsNotRegisteredAndHasNothingByDefault() {
        Village v = Village.builder().withCode(CODE).build();

        assertThat(v.getStatus()).isEqualTo(VillageStatus.notRegistered());
        assertThat(v.isRegisteredPoor()).isFalse();
        assertThat(v.getRuralPopulation()).isNull();
        assertThat(v.getCollectiveIncome()).isEqualTo(Yuan.ZERO);
        assertThat(v.isHardenedRoad() || v.isElectricity() || v.isSafeWater() || v.isClinic()
                || v.isFirstSecretary() || v.isWorkingTeam()).isFalse();
    }

    @Test
    void onlyARegisteredVillageThatHasNotExitedIsRegisteredPoor() {
        assertThat(Village.builder().withCode(CODE).withStatus(VillageStatus.registered(REGISTERED)).build()
                .isRegisteredPoor()).isTrue();
        assertThat(Village.builder().withCode(CODE).withStatus(VillageStatus.exited(REGISTERED,
                LocalDate.of(2018, 12, 1))).build().isRegisteredPoor()).isFalse();
    }

    @Test
    void ruralPopulationIsPositiveAndEveryProblemIsReportedAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> Village.builder().withCode(CODE).withRuralPopulation(0)
                .withCollectiveIncome(Yuan.ofFen(-1)).build())
                .withMessage("collectiveIncome: must not be negative; ruralPopulation: must be positive, not 0");
        assertThat(Village.builder().withCode(CODE).withRuralPopulation(1).build().getRuralPopulation()).isEqualTo(1);
    }

    @Test
    void statusDatesFollowTheState() {
        assertThat(VillageStatus.registered(REGISTERED).getRegisteredOn()).isEqualTo(REGISTERED);
        assertThat(VillageStatus.exited(null, REGISTERED).getExitedOn()).isEqualTo(REGISTERED);
        assertThatIllegalArgumentException().isThrownBy(() -> VillageStatus.builder()
                .withState(VillageState.EXITED).build()).withMessage("exitedOn: required for state EXITED");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageStatus.builder()
                .withState(VillageState.REGISTERED).withExitedOn(REGISTERED).build())
                .withMessage("exitedOn: only an EXITED village has an exit date");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageStatus.builder()
                .withState(VillageState.NOT_REGISTERED).withRegisteredOn(REGISTERED).build())
                .withMessage("registeredOn: a village NOT_REGISTERED has no registration date");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageStatus.exited(REGISTERED,
                REGISTERED.minusDays(1))).withMessage("exitedOn: must not be before registeredOn");
        assertThat(VillageStatus.exited(REGISTERED, REGISTERED).getState()).isEqualTo(VillageState.EXITED);
    }
}
