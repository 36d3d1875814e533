package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.InvalidInputException;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A roll's lines: what a valid line is, how lines group into rolls, and the comparison one household at a time. */
class RollLineTest {

    private static final ResidentId HEAD = ResidentId.parse("522727198001011229");

    private static RollLine line(String department, TransferKind benefit, int year, String household) {
        return RollLine.builder().withDepartment(department).withBenefit(benefit).withYear(Year.of(year))
                .withHousehold(household).build();
    }

    @Test
    void aLineIsAnEntryOfItsRoll() {
        RollLine line = RollLine.builder().from(line("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, 2019,
                "HH-1")).addIdNumbers(HEAD).withAmount(Yuan.of(1200)).build();
        assertThat(line.entry()).isEqualTo(new DepartmentRoll.Entry("HH-1", List.of(HEAD), Yuan.of(1200)));
        assertThat(line.toString()).doesNotContain("198001011229");
    }

    @Test
    void aDepartmentHoldingAnIdNumberIsRefusedAsEveryFindingOfItsRollPrintsIt() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> line("office 522727198001011229",
                TransferKind.RELIEF, 2019, "HH-1")).satisfies(e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("department");
                        assertThat(p.message()).startsWith("could hold a resident ID number, which is personal data");
                    });
                    assertThat(e.getMessage()).doesNotContain("198001011229");
                });
        assertThatExceptionOfType(InvalidInputException.class).as("15 digits, as long as a number of the first card")
                .isThrownBy(() -> line("office 110105491231002", TransferKind.RELIEF, 2019, "HH-1"));
        assertThat(line("office 52272719800101", TransferKind.RELIEF, 2019, "HH-1").getDepartment())
                .as("14 digits").isEqualTo("office 52272719800101");
        assertThatIllegalArgumentException().isThrownBy(() -> new DepartmentRoll("522727198001011229",
                TransferKind.RELIEF, Year.of(2019), List.of())).withMessageStartingWith("department: could hold a resident");
    }

    @Test
    void aLineNamesAHouseholdOnceAndNothingNegative() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RollLine.builder()
                .withDepartment(" ").withBenefit(TransferKind.RELIEF).withYear(Year.of(2019)).addIdNumbers(HEAD, HEAD)
                .withAmount(Yuan.of(-1)).build()).satisfies(e -> assertThat(e.problems()).containsExactly(
                        new Problem("department", "must not be blank"),
                        new Problem("idNumbers[1]", "same ID number as idNumbers[0] (AUD-1)"),
                        new Problem("amount", "must not be negative")));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RollLine.builder()
                .withDepartment("x").withBenefit(TransferKind.RELIEF).withYear(Year.of(2019)).withHousehold("")
                .build()).satisfies(e -> assertThat(e.problems()).extracting(Problem::path).containsExactly(
                        "household"));
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RollLine.builder()
                .withDepartment("x").withBenefit(TransferKind.RELIEF).withYear(Year.of(2019)).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("household"));
    }

    @Test
    void linesGroupIntoRollsByDepartmentBenefitAndYearInTheOrderMet() {
        List<DepartmentRoll> rolls = DepartmentRoll.of(List.of(
                line("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, 2019, "HH-1"),
                line("civil affairs", TransferKind.EXTREME_POVERTY_SUPPORT, 2019, "HH-2"),
                line("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, 2019, "HH-3"),
                line("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE, 2018, "HH-4"),
                line("disabled persons' federation", TransferKind.DISABILITY_SUBSIDY, 2019, "HH-5")));
        assertThat(rolls).extracting(DepartmentRoll::benefit).containsExactly(TransferKind.MINIMUM_LIVING_ALLOWANCE,
                TransferKind.EXTREME_POVERTY_SUPPORT, TransferKind.MINIMUM_LIVING_ALLOWANCE,
                TransferKind.DISABILITY_SUBSIDY);
        assertThat(rolls.get(0).entries()).extracting(DepartmentRoll.Entry::household).containsExactly("HH-1",
                "HH-3");
        assertThat(rolls.get(2).year()).isEqualTo(Year.of(2018));
        assertThat(DepartmentRoll.of(List.of())).isEmpty();
    }

    @Test
    void oneHouseholdAtATimeGivesWhatTheWholeRegistryGivesAUD9() {
        Household general = Households.household("522727").withId("HH-1").addMembers(Households.adult())
                .withStatus(Status.registered(LocalDate.of(2016, 1, 1))).withType(HouseholdType.GENERAL)
                .addIncome(Households.income(2019).build()).build();
        Household absent = Household.builder().from(general).withId("HH-2")
                .withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).build();
        DepartmentRoll roll = DepartmentRoll.of(List.of(line("civil affairs", TransferKind.MINIMUM_LIVING_ALLOWANCE,
                2019, "HH-1"))).get(0);
        CrossDepartmentAudit audit = CrossDepartmentAudit.of(roll);
        List<Finding> one = audit.check(general);
        assertThat(one).hasSize(2);
        assertThat(audit.check(absent)).hasSize(1);
        assertThat(CrossDepartmentAudit.compare(roll, List.of(general, absent)))
                .containsExactlyElementsOf(java.util.stream.Stream.concat(one.stream(), audit.check(absent).stream())
                        .toList());
        assertThat(audit.check(Household.builder().from(general).withId("HH-3").withType(HouseholdType.GENERAL)
                .build())).isEmpty();
    }
}
