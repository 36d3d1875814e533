package io.github.jingzhun.identification;

import io.github.jingzhun.identification.Incidence;
import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaPopulationTest {

    private static final Year Y2019 = Year.of(2019);

    private static Household villager(Status status, int persons, Yuan wage) {
        Household.Builder b = household("522727").withStatus(status)
                .addIncome(income(2019).withWage(wage).build());
        for (int i = 0; i < persons; i++) {
            b.addMembers(adult());
        }
        return b.build();
    }

    private static final Household REGISTERED = villager(Status.registered(LocalDate.of(2014, 6, 1)), 3,
            Yuan.of(3000));
    private static final Household EXITED = villager(Status.exited(LocalDate.of(2014, 6, 1),
            LocalDate.of(2018, 10, 1)), 2, Yuan.of(9000));
    private static final Household NEVER = villager(Status.notRegistered(), 5, Yuan.parse("0.01"));

    @Test
    void sumsHouseholdsPersonsRegisteredPoorAndIncome() {
        AreaPopulation p = AreaPopulation.of(List.of(REGISTERED, EXITED, NEVER), Y2019);

        assertThat(p.year()).isEqualTo(Y2019);
        assertThat(p.households()).isEqualTo(3);
        assertThat(p.persons()).isEqualTo(10);
        assertThat(p.poorPersons()).isEqualTo(3);
        assertThat(p.netIncome()).isEqualTo(Yuan.parse("12000.01"));
        assertThat(p.perCapitaIncome()).isEqualTo(Yuan.of(1200));
        assertThat(p.incidence()).isEqualTo(new Incidence(3, 10));
        assertThat(p).hasToString("AreaPopulation{2019: 3 households, 10 persons, 3 registered poor}");
    }

    @Test
    void theRegisteredPoorOfTheYearAreThoseOnTheRegistryOnItsLastDay() {
        Household exitedAfter = villager(Status.exited(LocalDate.of(2014, 6, 1), LocalDate.of(2020, 1, 1)), 2,
                Yuan.of(9000));
        Household exitedOnTheLastDay = villager(Status.exited(LocalDate.of(2014, 6, 1), LocalDate.of(2019, 12, 31)),
                4, Yuan.of(9000));
        Household registeredAfter = villager(Status.registered(LocalDate.of(2020, 1, 1)), 8, Yuan.of(1000));
        Household registeredOnTheLastDay = villager(Status.registered(LocalDate.of(2019, 12, 31)), 16, Yuan.of(1000));

        AreaPopulation p = AreaPopulation.of(
                List.of(exitedAfter, exitedOnTheLastDay, registeredAfter, registeredOnTheLastDay), Y2019);

        assertThat(p.persons()).isEqualTo(30);
        assertThat(p.poorPersons()).isEqualTo(2 + 16);
    }

    @Test
    void sumsCombineAsOneSumWould() {
        AreaPopulation a = AreaPopulation.of(List.of(EXITED), Y2019);
        AreaPopulation b = AreaPopulation.of(List.of(REGISTERED, NEVER), Y2019);

        AreaPopulation both = a.combine(b);

        assertThat(both).isSameAs(a);
        assertThat(both.incidence()).isEqualTo(new Incidence(3, 10));
        assertThat(both.households()).isEqualTo(3);
        assertThat(both.netIncome()).isEqualTo(Yuan.parse("12000.01"));
        assertThatIllegalArgumentException().isThrownBy(() -> a.combine(AreaPopulation.of(Year.of(2018))))
                .withMessage("cannot combine the sums of 2019 and 2018");
    }

    @Test
    void aHouseholdWithoutAnIncomeRecordOfTheYearIsRefusedByItsId() {
        Household only2018 = household("522727").withId("HH-522727-0042").addMembers(adult())
                .addIncome(income(2018).build()).build();

        assertThatIllegalArgumentException().isThrownBy(() -> AreaPopulation.of(Y2019).add(only2018))
                .withMessage("household HH-522727-0042 has no income record for 2019");
    }

    @Test
    void anEmptySumHasNoPerCapitaIncome() {
        AreaPopulation empty = AreaPopulation.of(Y2019);

        assertThat(empty.incidence()).isEqualTo(new Incidence(0, 0));
        assertThatIllegalStateException().isThrownBy(empty::perCapitaIncome);
    }

    @Test
    void incidenceIsOverTheRuralPopulationOnRecordWhenItCoversThePersonsRead() {
        AreaPopulation p = AreaPopulation.of(List.of(REGISTERED, EXITED, NEVER), Y2019);

        assertThat(p.incidence(100)).isEqualTo(new Incidence(3, 100));
        assertThat(p.incidence(10)).isEqualTo(new Incidence(3, 10));
        assertThat(p.incidence(9)).isEqualTo(new Incidence(3, 10));
        assertThat(p.incidence(null)).isEqualTo(new Incidence(3, 10));
    }

    @Test
    void theBasisSaysWhichDenominatorWasUsed() {
        AreaPopulation p = AreaPopulation.of(List.of(REGISTERED, EXITED, NEVER), Y2019);

        Finding record = p.basis(100);
        Finding none = p.basis(null);
        Finding tooSmall = p.basis(9);
        Finding exact = p.basis(10);

        assertThat(record.rule()).isEqualTo(Rule.ST_1);
        assertThat(record.passed()).isTrue();
        assertThat(record.observed()).isEqualByComparingTo("100");
        assertThat(record.message()).isEqualTo(
                "Incidence is over the rural population on record, 100; the households read hold 10 of them");
        assertThat(none.passed()).isTrue();
        assertThat(none.message()).isEqualTo(
                "No rural population is on record: incidence is over the persons of the households read, 10");
        assertThat(tooSmall.passed()).isFalse();
        assertThat(tooSmall.threshold()).isEqualTo(BigDecimal.TEN);
        assertThat(tooSmall.message()).isEqualTo("The rural population on record, 9, is less than the 10 persons of "
                + "the households read: incidence is over the households read");
        assertThat(tooSmall.messageZh()).contains("少于读入农户");
        assertThat(exact.passed()).isTrue();
    }
}
