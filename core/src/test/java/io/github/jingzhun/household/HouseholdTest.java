package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static Member member(Sex sex, int year) {
        return Households.member(sex, LocalDate.of(year, 3, 1)).build();
    }

    @Test
    void householdWithOneMemberIsBuilt() {
        Household h = Households.household("522727").addMembers(Households.adult()).build();
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.getMembers()).hasSize(1);
    }

    @Test
    @DisplayName("the members are held in order, unmodifiable, in a list of one class whatever their number")
    void membersAreUnmodifiableAndOfOneClass() {
        Member first = member(Sex.MALE, 1960);
        Member second = member(Sex.FEMALE, 1962);
        Member third = member(Sex.FEMALE, 2010);
        Household one = Households.household("522727").addMembers(first).build();
        Household two = Households.household("522727").addMembers(first, second).build();
        Household three = Households.household("522727").addMembers(first, second, third).build();
        assertThat(three.getMembers()).containsExactly(first, second, third).isEqualTo(List.of(first, second, third));
        assertThat(two.getMembers().getClass()).isSameAs(one.getMembers().getClass())
                .isSameAs(three.getMembers().getClass());
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> two.getMembers().add(third));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> two.getMembers().get(2));
        assertThat(Household.builder().from(three).build()).isEqualTo(three);
    }

    @Test
    void householdWithNoMembersIsRejected() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("members", "a household has at least one member")));
    }

    @Test
    @DisplayName("AUD-1: the same ID number twice in one household is rejected, naming both members")
    void duplicateIdNumberInOneHouseholdIsRejectedAUD1() {
        Member first = member(Sex.MALE, 1980);
        Member second = member(Sex.FEMALE, 1982);
        Member twin = Member.builder().from(first).withName("Another Name").build();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").addMembers(first, second, twin).build())
                .satisfies(e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.path()).isEqualTo("members[2].idNumber");
                        assertThat(p.message()).contains("members[0]").contains("AUD-1");
                    });
                    assertThat(e.getMessage()).contains("members[0]").contains("members[2]")
                            .doesNotContain(first.getIdNumber().unmasked())
                            .doesNotContain("Another Name").doesNotContain(first.getName());
                });
    }

    @Test
    @DisplayName("AUD-1: the same member listed twice is rejected")
    void sameMemberListedTwiceIsRejectedAUD1() {
        Member m = Households.adult();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").addMembers(m, m).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("members[1].idNumber"));
    }

    @Test
    @DisplayName("AUD-1: a third use of one ID number is reported against the first use")
    void everyRepeatOfAnIdNumberIsReportedAUD1() {
        Member m = Households.adult();
        Member other = member(Sex.FEMALE, 1985);
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").addMembers(other, m, m, m).build())
                .satisfies(e -> {
                    assertThat(e.problems()).extracting(Problem::path)
                            .containsExactly("members[2].idNumber", "members[3].idNumber");
                    assertThat(e.problems()).extracting(Problem::message)
                            .allSatisfy(msg -> assertThat(msg).contains("members[1]").contains("AUD-1"));
                });
    }

    @Test
    void membersWithDistinctIdNumbersAreAccepted() {
        Household h = Households.household("522727")
                .addMembers(member(Sex.MALE, 1980), member(Sex.FEMALE, 1980), member(Sex.MALE, 2010)).build();
        assertThat(h.size()).isEqualTo(3);
    }

    @Test
    void secondIncomeRecordForTheSameYearIsRejected() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").addMembers(Households.adult())
                        .addIncome(Households.income(2019).withWage(Yuan.of(100)).build())
                        .addIncome(Households.income(2019).withWage(Yuan.of(200)).build())
                        .build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("income[1].year", "a second record for 2019")));
    }

    @Test
    @DisplayName("the checks across parts run on the parts alone: a part not read (null) is compared with nothing")
    void problemsAcrossPartsSkipWhatCouldNotBeRead() {
        ResidentId wang = ResidentId.parse("522727198001011229");
        ResidentId li = ResidentId.parse("522727201005051230");
        Year y2019 = Year.of(2019);

        assertThat(Household.problemsAcrossParts("HH-1", null, Arrays.asList(wang, null, li, null, wang, li),
                Arrays.asList(y2019, null, Year.of(2018), null, y2019)))
                .extracting(Problem::path, Problem::message).containsExactly(
                        tuple("members[4].idNumber", "same ID number as members[0] (AUD-1)"),
                        tuple("members[5].idNumber", "same ID number as members[2] (AUD-1)"),
                        tuple("income[4].year", "a second record for 2019"));
        assertThat(Household.problemsAcrossParts(null, null, null, List.of())).isEmpty();
        assertThat(Household.problemsAcrossParts(" ", "", List.of(), List.of()))
                .extracting(Problem::path, Problem::message).containsExactly(
                        tuple("id", "must not be blank"),
                        tuple("contactCadre", "must be 1 to 64 ASCII letters, digits and - _ . : / # (starting with a "
                                + "letter or digit)"),
                        tuple("members", "a household has at least one member"));
        assertThat(Household.problemsAcrossParts("HH-1", "CADRE-7", List.of(wang, li), List.of(y2019))).isEmpty();
    }

    @Test
    void incomeRecordsOfDifferentYearsAreAccepted() {
        Household h = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2018).build(), Households.income(2019).build(),
                        Households.income(2020).build())
                .build();
        assertThat(h.getIncome()).hasSize(3);
    }

    @Test
    void everyProblemOfAHouseholdIsReportedAtOnce() {
        Member m = Households.adult();
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").withId(" ")
                        .addMembers(m, member(Sex.FEMALE, 1981), m)
                        .addIncome(Households.income(2019).build(), Households.income(2020).build(),
                                Households.income(2019).build())
                        .build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path)
                        .containsExactly("id", "members[2].idNumber", "income[2].year"));
    }

    @Test
    void blankIdAndNoMembersAreReportedTogether() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.household("522727").withId("").build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("id", "members"));
    }

    @Test
    void incomeOfFindsTheRecordOfTheYear() {
        IncomeRecord y2018 = Households.income(2018).withWage(Yuan.of(1)).build();
        IncomeRecord y2019 = Households.income(2019).withWage(Yuan.of(2)).build();
        Household h = Households.household("522727").addMembers(Households.adult()).addIncome(y2018, y2019).build();
        assertThat(h.incomeOf(Year.of(2019))).isEqualTo(y2019);
        assertThat(h.incomeOf(Year.of(2018))).isEqualTo(y2018);
    }

    @Test
    void incomeOfAYearWithNoRecordIsNull() {
        Household h = Households.withWage(1, Yuan.of(100));
        assertThat(h.incomeOf(Year.of(2019))).isNotNull();
        assertThat(h.incomeOf(Year.of(2018))).isNull();
        assertThat(h.incomeOf(Year.of(2020))).isNull();
        Household none = Households.household("522727").addMembers(Households.adult()).build();
        assertThat(none.incomeOf(Year.of(2019))).isNull();
    }

    @Test
    void defaultsAreGeneralNotRegisteredNoAssetsOrdinaryLocation() {
        Household h = Households.household("522727").addMembers(Households.adult()).build();
        assertThat(h.getType()).isEqualTo(HouseholdType.GENERAL);
        assertThat(h.getStatus().getState()).isEqualTo(RegistrationState.NOT_REGISTERED);
        assertThat(h.getStatus().getRegisteredOn()).isNull();
        assertThat(h.getStatus().getExitedOn()).isNull();
        assertThat(h.getAssets()).isEqualTo(Assets.none());
        assertThat(h.getAssets().isPrivateCar()).isFalse();
        assertThat(h.getAssets().isTownCommercialHousing()).isFalse();
        assertThat(h.getLocation()).isEqualTo(Location.ordinary());
        assertThat(h.getLocation().isInhospitableArea()).isFalse();
        assertThat(h.getLocation().isEcologicalZone()).isFalse();
        assertThat(h.getLocation().isConsentsToRelocation()).isFalse();
        assertThat(h.getCauses()).isEqualTo(Causes.none());
        assertThat(h.getContactCadre()).isNull();
        assertThat(h.getMeasuresReceived()).isEmpty();
        assertThat(h.getIncome()).isEmpty();
    }

    @Test
    void sizeCountsEveryRegisteredMemberMigrantsIncludedINC2() {
        Household h = Households.household("522727")
                .addMembers(member(Sex.MALE, 1980),
                        Households.member(Sex.FEMALE, LocalDate.of(1982, 3, 1)).withMigrantWorkMonths(12).build())
                .build();
        assertThat(h.size()).isEqualTo(2);
    }

    @Test
    void toStringNeverContainsANameOrAFullIdNumber() {
        Household h = Households.worked();
        assertThat(h.toString())
                .contains("HH-522727-0001")
                .doesNotContain("Wang Fang").doesNotContain("Li Ming")
                .doesNotContain("522727198001011229").doesNotContain("522727201005051230");
    }
}
