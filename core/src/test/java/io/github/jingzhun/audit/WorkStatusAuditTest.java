package io.github.jingzhun.audit;

import static io.github.jingzhun.audit.RegistryConsistencyTest.adult;
import static io.github.jingzhun.audit.RegistryConsistencyTest.aud6;
import static io.github.jingzhun.audit.RegistryConsistencyTest.registered;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.WorkStatus;
import io.github.jingzhun.money.Yuan;
import org.junit.jupiter.api.Test;

/** AUD-6's "wage income with no member in work" with the members' work status recorded, and without. */
class WorkStatusAuditTest {

    private static final String WAGE = "Wage income 2500.00 is recorded in 2019 but no member is employed or in "
            + "migrant work";

    @Test
    void ableBodiedMembersRecordedNotInWorkDoNotExplainAWageAUD6() {
        Household h = registered(adult().withEmployed(false).withWorkStatus(WorkStatus.NOT_IN_WORK).build(),
                adult().withEmployed(false).withLabour(Labour.SKILLED).withWorkStatus(WorkStatus.NOT_IN_WORK).build())
                .build();
        assertThat(aud6(h)).extracting(Finding::message).containsExactly(WAGE);
    }

    @Test
    void oneMemberInWorkExplainsTheWageAUD6() {
        Household h = registered(adult().withEmployed(false).withWorkStatus(WorkStatus.NOT_IN_WORK).build(),
                adult().withEmployed(false).withWorkStatus(WorkStatus.IN_WORK).build()).build();
        assertThat(aud6(h)).isEmpty();
    }

    @Test
    void anAbleBodiedMemberWithNoStatusRecordedMayBeInWorkAsInOlderRecordsAUD6() {
        Household h = registered(adult().withEmployed(false).withWorkStatus(WorkStatus.NOT_IN_WORK).build(),
                adult().withEmployed(false).build()).build();
        assertThat(aud6(h)).isEmpty();
    }

    @Test
    void noWageNeedsNoMemberInWorkAUD6() {
        Household h = registered(Households.income(2019).withProductionGross(Yuan.of(3000)),
                adult().withEmployed(false).withWorkStatus(WorkStatus.NOT_IN_WORK).build()).build();
        assertThat(aud6(h)).isEmpty();
    }

    @Test
    void inWorkWithoutLabourCapacityIsFlaggedOnceAUD6() {
        Household recorded = registered(adult().build(), adult().withEmployed(false).withLabour(Labour.LOST)
                .withDisabilityGrade(1).withWorkStatus(WorkStatus.IN_WORK).build()).build();
        assertThat(aud6(recorded)).extracting(Finding::message).containsExactly(
                "members[1] is recorded IN_WORK but has no labour capacity (LOST or NONE)");
        assertThat(aud6(recorded).get(0).messageZh()).isEqualTo("members[1]登记为务工，但劳动能力为丧失或无劳动力");
        Household both = registered(adult().build(), adult().withEmployed(true).withLabour(Labour.NONE)
                .withWorkStatus(WorkStatus.IN_WORK).build()).build();
        assertThat(aud6(both)).extracting(Finding::message).containsExactly(
                "members[1] is recorded as employed locally but has no labour capacity (LOST or NONE)");
    }
}
