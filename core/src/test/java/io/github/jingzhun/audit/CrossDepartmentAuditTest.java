package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CrossDepartmentAudit: AUD-9, another department's roll against the registry. */
@DisplayName("AUD-9 households on another department's roll whose registry record disagrees")
class CrossDepartmentAuditTest {

    static final Year YEAR = Year.of(2019);
    static final TransferKind ALLOWANCE = TransferKind.MINIMUM_LIVING_ALLOWANCE;

    static IncomeRecord.Builder withAllowance(String amount) {
        return Households.income(2019).withWage(Yuan.of(1000))
                .addTransfers(Transfer.of(ALLOWANCE, Yuan.parse(amount), true));
    }

    static Household.Builder household(String id, HouseholdType type, IncomeRecord.Builder income,
            Member... members) {
        return Households.household("522727").withId(id).withType(type)
                .withStatus(Status.registered(LocalDate.of(2016, 1, 1))).withContactCadre("CADRE-0017")
                .addMembers(members).addIncome(income.build());
    }

    static Member person() {
        return Households.member(Sex.MALE, LocalDate.of(1970, 7, 7)).build();
    }

    static DepartmentRoll roll(TransferKind benefit, DepartmentRoll.Entry... entries) {
        return new DepartmentRoll("civil affairs", benefit, YEAR, List.of(entries));
    }

    static List<Finding> compare(DepartmentRoll roll, Household... registry) {
        return CrossDepartmentAudit.compare(roll, List.of(registry));
    }

    @Test
    void aRollAndARegistryThatAgreeHaveNoFindingAUD9() {
        Household h = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), person())
                .build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(1200))), h)).isEmpty();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h)).isEmpty();
    }

    @Test
    void onTheRollWithoutTheTransferInTheRegistryIsFlaggedAUD9() {
        Household h = household("HH-1", HouseholdType.GENERAL, Households.income(2019).withWage(Yuan.of(1000)),
                person()).build();
        List<Finding> findings = compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h);
        assertThat(findings).hasSize(2).first().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.AUD_9);
            assertThat(f.passed()).isFalse();
            assertThat(f.subject()).isEqualTo("HH-1");
            assertThat(f.message()).isEqualTo("Household HH-1 is on the department's roll of the minimum living "
                    + "allowance, but the registry records no transfer of the minimum living allowance in 2019");
            assertThat(f.messageZh()).isEqualTo(
                    "HH-1户在部门低保名册中，但建档立卡系统未登记2019年低保收入");
        });
    }

    @Test
    void onTheRollWithNoIncomeRecordOfTheYearIsFlaggedAUD9() {
        Household h = Households.household("522727").withId("HH-1").addMembers(person())
                .addIncome(withAllowance("1200").withYear(Year.of(2018)).build()).build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h))
                .singleElement().extracting(Finding::message).asString().contains("records no");
    }

    @Test
    void onTheAllowanceRollWithAnotherRegistryTypeIsFlaggedAUD9() {
        Household h = household("HH-1", HouseholdType.GENERAL, withAllowance("1200"), person()).build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h))
                .singleElement().extracting(Finding::message).isEqualTo("Household HH-1 is on the department's roll "
                        + "of the minimum living allowance, but its registry type is not the minimum living allowance");
    }

    @Test
    void onTheExtremePovertySupportRollTheTypeMustBeThatTooAUD9() {
        Household h = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, Households.income(2019)
                .addTransfers(Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(5000), true)), person())
                .build();
        DepartmentRoll support = roll(TransferKind.EXTREME_POVERTY_SUPPORT, DepartmentRoll.Entry.ofHousehold("HH-1",
                null));
        assertThat(compare(support, h)).singleElement().extracting(Finding::message).asString()
                .endsWith("its registry type is not extreme-poverty support");
        Household typed = Household.builder().from(h).withType(HouseholdType.EXTREME_POVERTY_SUPPORT).build();
        assertThat(compare(support, typed)).isEmpty();
    }

    @Test
    void theTypeOfAHouseholdNotRegisteredIsNotComparedAUD9() {
        Household h = household("HH-1", HouseholdType.GENERAL, withAllowance("1200"), person())
                .withStatus(Status.notRegistered()).build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h)).isEmpty();
    }

    @Test
    void aBenefitThatMakesNoTypeComparesTransfersOnlyAUD9() {
        Household h = household("HH-1", HouseholdType.GENERAL, Households.income(2019)
                .addTransfers(Transfer.of(TransferKind.DISABILITY_SUBSIDY, Yuan.of(600), true)), person()).build();
        DepartmentRoll subsidy = roll(TransferKind.DISABILITY_SUBSIDY, DepartmentRoll.Entry.ofHousehold("HH-1",
                Yuan.of(600)));
        assertThat(compare(subsidy, h)).isEmpty();
    }

    @Test
    void aDifferentAmountIsFlaggedWithBothAmountsAUD9() {
        Household h = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200")
                .addTransfers(Transfer.of(ALLOWANCE, Yuan.of(300), false)), person()).build();
        List<Finding> findings = compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1",
                Yuan.parse("1500.01"))), h);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.observed()).isEqualTo(new BigDecimal("1500.00"));
            assertThat(f.threshold()).isEqualTo(new BigDecimal("1500.01"));
            assertThat(f.message()).isEqualTo("Household HH-1: the registry records 1500.00 yuan of "
                    + "the minimum living allowance in 2019, the department's roll 1500.01");
        });
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(1500))), h)).isEmpty();
    }

    @Test
    void aHouseholdIsFoundByAMembersIdNumberAUD9() {
        Member head = person();
        Household h = household("HH-1", HouseholdType.GENERAL, Households.income(2019), person(), head).build();
        List<Finding> findings = compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofMembers(List.of(head.getIdNumber()),
                null)), h);
        assertThat(findings).extracting(Finding::subject).containsExactly("HH-1", "HH-1");
        Household agreeing = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), head)
                .build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofMembers(List.of(head.getIdNumber()), null)),
                agreeing)).isEmpty();
    }

    @Test
    void aHouseholdSeveralLinesNameIsAFindingAndComparedWithTheirAmountsSummedAUD9() {
        Member head = person();
        Member child = person();
        Household h = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), head, child)
                .build();
        // by its id and by a member's ID number; by two members' ID numbers: 999 + 201 is the registry's 1200
        for (DepartmentRoll roll : List.of(
                roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(999)),
                        DepartmentRoll.Entry.ofMembers(List.of(child.getIdNumber()), Yuan.of(201))),
                roll(ALLOWANCE, DepartmentRoll.Entry.ofMembers(List.of(head.getIdNumber()), Yuan.of(999)),
                        DepartmentRoll.Entry.ofMembers(List.of(child.getIdNumber()), Yuan.of(201))))) {
            assertThat(compare(roll, h)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_9);
                assertThat(f.passed()).isFalse();
                assertThat(f.observed()).isEqualByComparingTo("2");
                assertThat(f.subject()).isEqualTo("HH-1");
                assertThat(f.message()).isEqualTo("Household HH-1 is on the department's roll of the minimum living "
                        + "allowance in 2019 on 2 lines, by its registry id or its members' ID numbers: a roll has "
                        + "one line a household, so its amounts are taken together");
            });
        }
        // one fen apart once summed; a line without an amount adds none
        List<Finding> apart = compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(999)),
                DepartmentRoll.Entry.ofMembers(List.of(head.getIdNumber()), Yuan.parse("201.01")),
                DepartmentRoll.Entry.ofMembers(List.of(child.getIdNumber()), null)), h);
        assertThat(apart).extracting(Finding::observed).containsExactly(new BigDecimal("3"), new BigDecimal("1200.00"));
        assertThat(apart.get(1).threshold()).isEqualTo(new BigDecimal("1200.01"));
        // a line naming a household names it alone, whatever ID numbers it also gives
        Household other = household("HH-2", HouseholdType.GENERAL, Households.income(2019), person()).build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", Yuan.of(1200)),
                new DepartmentRoll.Entry("HH-2", List.of(child.getIdNumber()), Yuan.of(100))), h, other))
                .extracting(Finding::subject).containsOnly("HH-2");  // no transfer, and typed GENERAL
        // one line naming two members is one line
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofMembers(List.of(head.getIdNumber(),
                child.getIdNumber()), Yuan.of(1200))), h)).isEmpty();
    }

    @Test
    void receivingTheTransferButAbsentFromTheRollIsFlaggedAUD9() {
        Household h = household("HH-2", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), person())
                .build();
        assertThat(compare(roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null)), h))
                .singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("HH-2");
                    assertThat(f.message()).isEqualTo("Household HH-2 has the minimum living allowance in the registry in "
                            + "2019, but is absent from the department's roll");
                });
    }

    @Test
    void aRegisteredAllowanceTypeAbsentFromTheRollIsFlaggedAUD9() {
        Household h = household("HH-2", HouseholdType.MINIMUM_LIVING_ALLOWANCE, Households.income(2019), person())
                .build();
        assertThat(compare(roll(ALLOWANCE), h)).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("HH-2");
            // What the registry holds: the type, not a transfer of the year.
            assertThat(f.message()).isEqualTo("Household HH-2's registry type is the minimum living allowance, but "
                    + "it is absent from the department's roll of 2019");
            assertThat(f.messageZh()).isEqualTo("HH-2户建档立卡户类型为低保，但不在部门2019年名册中");
        });
    }

    @Test
    void aHouseholdWithNothingToDoWithTheBenefitIsFineAUD9() {
        Household h = household("HH-2", HouseholdType.GENERAL, Households.income(2019).withWage(Yuan.of(9000)),
                person()).build();
        assertThat(compare(roll(ALLOWANCE), h)).isEmpty();
    }

    @Test
    void theTransferOfAnotherYearDoesNotCountAUD9() {
        Household h = Households.household("522727").withId("HH-2").addMembers(person())
                .addIncome(withAllowance("1200").withYear(Year.of(2018)).build()).build();
        assertThat(compare(roll(ALLOWANCE), h)).isEmpty();
    }

    @Test
    void rollEntriesOutsideTheRegistryGivenAreNotFindingsAUD9() {
        Household h = household("HH-1", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), person())
                .build();
        DepartmentRoll roll = roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null),
                DepartmentRoll.Entry.ofHousehold("HH-ELSEWHERE", null),
                DepartmentRoll.Entry.ofMembers(List.of(person().getIdNumber()), null));
        assertThat(compare(roll, h)).isEmpty();
    }

    @Test
    void aStreamGivesTheSameFindingsAUD9() {
        Household a = household("HH-1", HouseholdType.GENERAL, withAllowance("1200"), person()).build();
        Household b = household("HH-2", HouseholdType.MINIMUM_LIVING_ALLOWANCE, withAllowance("1200"), person())
                .build();
        DepartmentRoll roll = roll(ALLOWANCE, DepartmentRoll.Entry.ofHousehold("HH-1", null));
        assertThat(CrossDepartmentAudit.compare(roll, List.of(a, b).stream()))
                .isEqualTo(compare(roll, a, b)).hasSize(2);
    }
}
