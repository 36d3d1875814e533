package io.github.jingzhun.scenario;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SC-2 shocks and the transitions they cause")
class ShockScenarioTest {

    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy POLICY = PovertyPolicy.national();

    /** Never registered, one adult earning 5000.00: above the 2019 line 3218.00 and the threshold 4827.00. */
    private static Household earner(String id, long wage) {
        return household("522727").withId(id)
                .addMembers(Member.builder().from(adult()).withEmployed(true).withSeriousIllnessInsurance(true).build())
                .addIncome(income(2019).withWage(Yuan.of(wage)).build()).build();
    }

    @Test
    void lostJobPushesAnEarnerBelowTheLineSC2() {
        // 5000.00 − 2000.00 lost = 3000.00 < 3218.00: NOT_ELIGIBLE → ELIGIBLE; the other stays.
        Transitions t = ShockScenario.run(List.of(earner("HH-A", 5000), earner("HH-B", 9000)),
                Shock.lostJob(0, Yuan.of(2000)), POLICY, YEAR);

        assertThat(t.identification("NOT_ELIGIBLE", "ELIGIBLE")).isEqualTo(1);
        assertThat(t.identification("NOT_ELIGIBLE", "NOT_ELIGIBLE")).isEqualTo(1);
        assertThat(t.changed()).containsExactly("HH-A");
        // identified poor while new registration is open (to 2020): to be registered (AUD-10), not monitored
        assertThat(t.monitoring()).containsOnlyKeys("NONE -> NONE");
    }

    @Test
    void lostJobPushesAnEarnerBelowTheThresholdSC2() {
        // 5000.00 − 500.00 lost = 4500.00: above the line 3218.00, below the threshold 4827.00: MARGINAL.
        Transitions t = ShockScenario.run(List.of(earner("HH-A", 5000)), Shock.lostJob(0, Yuan.of(500)), POLICY,
                YEAR);

        assertThat(t.identification("NOT_ELIGIBLE", "NOT_ELIGIBLE")).isEqualTo(1);
        assertThat(t.monitoring()).containsEntry("NONE -> MARGINAL", 1L);
    }

    @Test
    void illnessCostsAboveHalfOfIncomeMakeSuddenHardshipSC2() {
        // 9000.00 net; 4500.00 out of pocket is exactly half: no trigger; 4500.01 is a shock (MON-3).
        Transitions half = ShockScenario.run(List.of(earner("HH-C", 9000)), Shock.illness(0, Yuan.of(4500)),
                POLICY, YEAR);
        Transitions more = ShockScenario.run(List.of(earner("HH-C", 9000)),
                Shock.illness(0, Yuan.parse("4500.01")), POLICY, YEAR);

        assertThat(half.monitoring()).containsOnlyKeys("NONE -> NONE");
        assertThat(half.changed()).isEmpty();
        assertThat(more.monitoring()).containsEntry("NONE -> SUDDEN_HARDSHIP", 1L);
        // still NOT_ELIGIBLE, but its monitoring category changed: an outcome of SC-2 as much as poor or not
        assertThat(more.identification("NOT_ELIGIBLE", "NOT_ELIGIBLE")).isEqualTo(1);
        assertThat(more.changed()).containsExactly("HH-C");
    }

    @Test
    void illnessWithoutSeriousIllnessCoverOpensAMedicalGapSC2() {
        Household uninsured = household("522727").withId("HH-D").addMembers(adult())
                .addIncome(income(2019).withWage(Yuan.of(9000)).build()).build();

        Transitions t = ShockScenario.run(List.of(uninsured), Shock.illness(0, Yuan.of(100)), POLICY, YEAR);

        assertThat(t.monitoring()).containsEntry("NONE -> MARGINAL", 1L);
    }

    @Test
    void illnessMarksTheMemberSeriouslyIllAndAddsCosts() {
        Household after = Shock.illness(0, Yuan.of(800)).apply(Households.worked(), YEAR);

        assertThat(after.getMembers().get(0).getHealth()).isEqualTo(Health.SERIOUS_ILLNESS);
        assertThat(after.incomeOf(YEAR).getMedicalOutOfPocket()).isEqualTo(Yuan.of(2600));
        assertThat(Households.worked().getMembers().get(0).getHealth()).isEqualTo(Health.CHRONIC_ILLNESS);
    }

    @Test
    void disasterCannotTakeMoreProductionThanThereIs() {
        Household after = Shock.disaster(Yuan.of(99999), Yuan.of(3000)).apply(Households.worked(), YEAR);

        assertThat(after.incomeOf(YEAR).getProductionGross()).isEqualTo(Yuan.ZERO);
        assertThat(after.incomeOf(YEAR).getDisasterLoss()).isEqualTo(Yuan.of(3000));
    }

    @Test
    void aShockOutsideTheRecordedYearOrMembersChangesNothing() {
        Household worked = Households.worked();

        assertThat(Shock.disaster(Yuan.of(100), Yuan.of(100)).apply(worked, Year.of(2018))).isSameAs(worked);
        assertThat(Shock.lostJob(5, Yuan.of(100)).apply(worked, YEAR)).isSameAs(worked);
        assertThat(Shock.illness(0, Yuan.of(100)).apply(worked, Year.of(2018))).isSameAs(worked);
        assertThat(Shock.lostJob(0, Yuan.of(100)).apply(worked, Year.of(2018))).isSameAs(worked);
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> Shock.illness(0, Yuan.of(-1))).hasMessageContaining("costs");
        assertThatThrownBy(() -> Shock.disaster(Yuan.of(-1), Yuan.ZERO)).hasMessageContaining("productionLost");
    }

    @Test
    void aNegativeMemberIndexIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Shock.illness(-1, Yuan.of(100)))
                .withMessage("member: an index from 0, not -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Shock.lostJob(Integer.MIN_VALUE, Yuan.of(100)))
                .withMessage("member: an index from 0, not -2147483648");
        assertThat(Shock.illness(0, Yuan.of(100)).apply(Households.worked(), YEAR)).isNotSameAs(Households.worked());
        assertThatThrownBy(() -> Shock.illness(0, null)).isInstanceOf(NullPointerException.class).hasMessage("costs");
        assertThatThrownBy(() -> Shock.disaster(Yuan.ZERO, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("loss");
    }

    @Test
    void shocksDescribeThemselvesWithoutPersonalData() {
        assertThat(Shock.lostJob(1, Yuan.of(2000)).describe()).isEqualTo("lost job of members[1] losing 2000.00 in wages");
    }
}
