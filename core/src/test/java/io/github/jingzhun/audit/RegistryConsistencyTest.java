package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RegistryConsistency, AUD-6, through {@link HouseholdAudit#check}: unsupported causes (ID-H-5) and the registry's
 * consistency checks, each with a case that triggers it and a near miss. Ages are reckoned on 31 December 2019.
 */
class RegistryConsistencyTest {

    static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));

    /** A healthy adult of ordinary labour who works locally. */
    static Member.Builder adult() {
        return Households.member(Sex.MALE, LocalDate.of(1980, 6, 15)).withEmployed(true);
    }

    static Member.Builder bornOn(LocalDate birth) {
        return Households.member(Sex.FEMALE, birth).withRelation(Relation.SPOUSE);
    }

    /** A registered household with a cadre and a 2019 wage of 2500. */
    static Household.Builder registered(Member... members) {
        return registered(Households.income(2019).withWage(Yuan.of(2500)), members);
    }

    static Household.Builder registered(IncomeRecord.Builder income, Member... members) {
        return Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .withContactCadre("CADRE-0017").addMembers(members).addIncome(income.build());
    }

    static List<Finding> aud6(Household household) {
        return HouseholdAudit.check(household, Y2019).stream().filter(f -> f.rule() == Rule.AUD_6).toList();
    }

    @Test
    void aConsistentHouseholdHasNoAUD6Finding() {
        assertThat(aud6(registered(adult().build()).build())).isEmpty();
    }

    @Test
    void householdsNeverRegisteredAreNotRegistryRecordsAUD6() {
        Household h = Households.household("522727").withCauses(Causes.of(Cause.DISABILITY))
                .withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).addMembers(adult().withLabour(Labour.LOST).build())
                .addIncome(Households.income(2019).build()).build();
        assertThat(aud6(h)).isEmpty();
    }

    @Test
    void exitedHouseholdsAreRegistryRecordsTooAUD6() {
        Household h = Households.household("522727")
                .withStatus(Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 1)))
                .addMembers(adult().build()).addIncome(Households.income(2019).build()).build();
        assertThat(aud6(h)).extracting(Finding::subject).containsExactly("2019");
    }

    @Nested
    @DisplayName("AUD-6 a registry household with no income record of the year")
    class NoIncomeRecord {

        @Test
        void theMissingRecordIsReportedAndOtherChecksStillRunAUD6() {
            Household h = Households.household("522727").withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                    .withContactCadre("CADRE-0017").withCauses(Causes.of(Cause.DISABILITY))
                    .addMembers(adult().build()).addIncome(Households.income(2018).withWage(Yuan.of(2500)).build())
                    .build();
            assertThat(aud6(h)).extracting(Finding::subject).containsExactly("2019", "DISABILITY");
            assertThat(aud6(h).get(0).message())
                    .isEqualTo("The registry holds no income record of 2019: the income checks could not be made");
        }
    }

    @Nested
    @DisplayName("AUD-6 registered causes against the members")
    class RegisteredCauses {

        @Test
        void illnessWithEveryMemberHealthyIsFlaggedAUD6() {
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.LACK_OF_SKILLS, Cause.ILLNESS))
                    .build();
            assertThat(aud6(h)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("ILLNESS");
                assertThat(f.message()).isEqualTo("Cause ILLNESS is registered but every member is HEALTHY");
            });
        }

        @Test
        void illnessWithAChronicallyIllMemberIsFineAUD6() {
            Household h = registered(adult().build(), bornOn(LocalDate.of(1950, 1, 1))
                    .withHealth(Health.CHRONIC_ILLNESS).withLabour(Labour.WEAK).build())
                    .withCauses(Causes.of(Cause.ILLNESS)).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void aContradictedPrimaryCauseIsReportedOnceAUD6() {
            // ID-H-5 finds ILLNESS unsupported too; the more specific finding is the one reported.
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.ILLNESS)).build();
            assertThat(aud6(h)).extracting(Finding::message)
                    .containsExactly("Cause ILLNESS is registered but every member is HEALTHY");
        }

        @Test
        void educationCostsWithNoStudentIsFlaggedAUD6() {
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.LACK_OF_SKILLS,
                    Cause.EDUCATION_COSTS)).build();
            assertThat(aud6(h)).singleElement().extracting(Finding::subject).isEqualTo("EDUCATION_COSTS");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ENROLLED", "HOME_TUITION"})
        void educationCostsWithAStudentIsFineAUD6(Schooling schooling) {
            Member child = bornOn(LocalDate.of(2008, 3, 1)).withRelation(Relation.CHILD).withLabour(Labour.NONE)
                    .withSchooling(schooling).build();
            Household h = registered(adult().build(), child)
                    .withCauses(Causes.of(Cause.LACK_OF_SKILLS, Cause.EDUCATION_COSTS)).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void disabilityWithNoDisabledMemberIsFlaggedAUD6() {
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.DISABILITY)).build();
            assertThat(aud6(h)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("DISABILITY");
                assertThat(f.messageZh()).isEqualTo("登记致贫原因为因残，但家中无残疾成员");
            });
        }

        @Test
        void disabilityWithADisabledMemberIsFineAUD6() {
            Household h = registered(adult().withDisabilityGrade(3).build()).withCauses(Causes.of(Cause.DISABILITY))
                    .build();
            assertThat(aud6(h)).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-6 a registered primary cause with no support in the data (ID-H-5)")
    class UnsupportedCause {

        @Test
        void lackOfLabourWithAnAbleMemberIsFlaggedAUD6() {
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.LACK_OF_LABOUR)).build();
            assertThat(aud6(h)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("LACK_OF_LABOUR");
                assertThat(f.message())
                        .isEqualTo("The registered primary cause, " + Cause.LACK_OF_LABOUR.english()
                                + ", has no support in the data (ID-H-5)");
                assertThat(f.messageZh()).isEqualTo("登记的主要致贫原因“缺劳力”缺乏数据支撑（ID-H-5）");
            });
        }

        @Test
        void withoutAnIdentificationNoCauseIsCalledUnsupportedAUD6() {
            // HouseholdAudit.check(household, parameters, null, null) is how a household with no income record
            // of the year is audited: ID-H-5 has not been decided, so nothing is reported as unsupported by it.
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.LACK_OF_LABOUR)).build();
            assertThat(HouseholdAudit.check(h, Y2019, null, null)).isEmpty();
            assertThat(aud6(h)).hasSize(1);
        }

        @Test
        void lackOfLabourWithNoAbleMemberIsSupportedAUD6() {
            Member old = bornOn(LocalDate.of(1940, 1, 1)).withLabour(Labour.NONE).build();
            Household h = registered(Households.income(2019).addTransfers(
                    Transfer.of(TransferKind.PENSION, Yuan.of(3000), true)), old)
                    .withCauses(Causes.of(Cause.LACK_OF_LABOUR)).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void educationCostsWithAStudentButNoDropoutOrHighCostsIsUnsupportedAUD6() {
            Member child = bornOn(LocalDate.of(2008, 3, 1)).withRelation(Relation.CHILD).withLabour(Labour.NONE)
                    .withSchooling(Schooling.ENROLLED).build();
            Household h = registered(adult().build(), child).withCauses(Causes.of(Cause.EDUCATION_COSTS)).build();
            assertThat(aud6(h)).singleElement().extracting(Finding::message)
                    .isEqualTo("The registered primary cause, " + Cause.EDUCATION_COSTS.english()
                            + ", has no support in the data (ID-H-5)");
        }

        @Test
        void educationCostsAboveHalfOfNetIncomeAreSupportAUD6() {
            Member child = bornOn(LocalDate.of(2008, 3, 1)).withRelation(Relation.CHILD).withLabour(Labour.NONE)
                    .withSchooling(Schooling.ENROLLED).build();
            Household h = registered(Households.income(2019).withWage(Yuan.of(2500))
                    .withEducationCosts(Yuan.of(1300)), adult().build(), child)
                    .withCauses(Causes.of(Cause.EDUCATION_COSTS)).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void aCauseTheDataCannotShowIsNeverUnsupportedAUD6() {
            Household h = registered(adult().build()).withCauses(Causes.of(Cause.LACK_OF_LAND)).build();
            assertThat(aud6(h)).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-6 household type against the record")
    class Type {

        @Test
        void allowanceTypeWithoutTheTransferIsFlaggedAUD6() {
            Household h = registered(adult().build()).withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).build();
            assertThat(aud6(h)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("2019");
                assertThat(f.message()).isEqualTo(
                        "Type MINIMUM_LIVING_ALLOWANCE, but no minimum living allowance is recorded in 2019");
            });
        }

        @Test
        void allowanceTypeWithTheTransferIsFineAUD6() {
            Household h = registered(Households.income(2019).withWage(Yuan.of(2500)).addTransfers(
                    Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(1200), true)), adult().build())
                    .withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).build();
            assertThat(aud6(h)).isEmpty();
        }

        /** An extreme-poverty-support household: a bedridden head and one member born on a day, able to work. */
        Household supported(LocalDate birth, Labour labour) {
            Member head = bornOn(LocalDate.of(1940, 1, 1)).withRelation(Relation.HEAD).withLabour(Labour.NONE)
                    .build();
            Member other = Households.member(Sex.MALE, birth).withRelation(Relation.CHILD).withLabour(labour)
                    .build();
            return registered(Households.income(2019).addTransfers(
                    Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(5000), true)), head, other)
                    .withType(HouseholdType.EXTREME_POVERTY_SUPPORT).build();
        }

        @ParameterizedTest(name = "born {0}: aged {1} on 2019-12-31, flagged {2}")
        @CsvSource({
            "2004-01-01, 15, false",  // a day short of 16
            "2003-12-31, 16, true",   // 16 exactly on the reference day
            "2003-12-30, 16, true",
            "1955-01-01, 64, true",
            "1954-12-31, 65, true",   // 65 exactly on the reference day
            "1954-01-01, 65, true",   // a day short of 66
            "1953-12-31, 66, false"}) // 66 exactly
        @DisplayName("AUD-6 EXTREME_POVERTY_SUPPORT with a member aged 16–65 of labour capacity")
        void workingAgeBoundariesAUD6(LocalDate birth, int age, boolean flagged) {
            List<Finding> findings = aud6(supported(birth, Labour.ORDINARY));
            if (flagged) {
                assertThat(findings).singleElement().satisfies(f -> {
                    assertThat(f.subject()).isEqualTo("members[1]");
                    assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(age));
                    assertThat(f.threshold()).isEqualTo(BigDecimal.valueOf(65));
                });
            } else {
                assertThat(findings).isEmpty();
            }
        }

        @Test
        void aWorkingAgeMemberWithoutLabourCapacityIsFineAUD6() {
            Household h = supported(LocalDate.of(1980, 1, 1), Labour.WEAK);
            assertThat(aud6(h)).hasSize(1);
            Member ill = Households.member(Sex.MALE, LocalDate.of(1980, 1, 1)).withRelation(Relation.CHILD)
                    .withLabour(Labour.LOST).withHealth(Health.SERIOUS_ILLNESS).withSeriousIllnessInsurance(true)
                    .build();
            Household lost = Household.builder().from(h).withMembers(List.of(h.getMembers().get(0), ill)).build();
            assertThat(aud6(lost)).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-6 members' labour against their health, age and work")
    class Members {

        Household withLost(Member.Builder lost) {
            return registered(adult().build(), lost.withLabour(Labour.LOST).build()).build();
        }

        @ParameterizedTest(name = "born {0}: flagged {1}")
        @CsvSource({
            "2004-01-01, false",  // 15
            "2003-12-31, true",   // 16 exactly
            "2003-12-30, true",
            "1959-12-31, true",   // 60 exactly
            "1959-01-01, true",   // a day short of 61
            "1958-12-31, false"}) // 61 exactly
        @DisplayName("AUD-6 a healthy member aged 16–60 recorded LOST")
        void healthyLostBoundariesAUD6(LocalDate birth, boolean flagged) {
            List<Finding> findings = aud6(withLost(bornOn(birth)));
            assertThat(findings).hasSize(flagged ? 1 : 0);
            if (flagged) {
                assertThat(findings.get(0).subject()).isEqualTo("members[1]");
                assertThat(findings.get(0).threshold()).isEqualTo(BigDecimal.valueOf(60));
                assertThat(findings.get(0).messageZh()).contains("丧失劳动力");
            }
        }

        @Test
        void illnessOrDisabilityExplainsLostCapacityAUD6() {
            LocalDate birth = LocalDate.of(1985, 5, 5);
            assertThat(aud6(withLost(bornOn(birth).withHealth(Health.CHRONIC_ILLNESS)))).isEmpty();
            assertThat(aud6(withLost(bornOn(birth).withDisabilityGrade(1)))).isEmpty();
        }

        @Test
        void localEmploymentOfAMemberWithoutLabourCapacityIsFlaggedAUD6() {
            Member old = bornOn(LocalDate.of(1940, 1, 1)).withLabour(Labour.LOST).withEmployed(true).build();
            assertThat(aud6(registered(adult().build(), old).build())).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.message()).isEqualTo(
                        "members[1] is recorded as employed locally but has no labour capacity (LOST or NONE)");
            });
        }

        @Test
        void migrantWorkOfAMemberWithoutLabourCapacityIsFlaggedAUD6() {
            Member child = bornOn(LocalDate.of(2005, 1, 1)).withRelation(Relation.CHILD).withLabour(Labour.NONE)
                    .withSchooling(Schooling.ENROLLED).withMigrantWorkMonths(4).build();
            assertThat(aud6(registered(adult().build(), child).build())).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("members[1]");
                assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(4));
            });
        }

        @Test
        void workByAMemberWithLabourCapacityIsFineAUD6() {
            Member weak = bornOn(LocalDate.of(1960, 1, 1)).withLabour(Labour.WEAK).withMigrantWorkMonths(6)
                    .withEmployed(true).build();
            assertThat(aud6(registered(adult().build(), weak).build())).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-6 per-capita net income ≤ 0 or > 100,000, and wage income with no member in work")
    class Income {

        Household oneMember(IncomeRecord.Builder income) {
            return registered(income, adult().build()).build();
        }

        @ParameterizedTest(name = "wage {0}: flagged {1}")
        @CsvSource({"0.00, true", "0.01, false", "100000.00, false", "100000.01, true"})
        void perCapitaIncomeBoundariesAUD6(String wage, boolean flagged) {
            List<Finding> findings = aud6(oneMember(Households.income(2019).withWage(Yuan.parse(wage))));
            assertThat(findings).hasSize(flagged ? 1 : 0);
            if (flagged) {
                assertThat(findings.get(0).observed()).isEqualTo(new BigDecimal(wage));
                assertThat(findings.get(0).subject()).isEqualTo("2019");
            }
        }

        @Test
        void thresholdsAreZeroAndTheCeilingAUD6() {
            Finding low = aud6(oneMember(Households.income(2019))).get(0);
            assertThat(low.threshold()).isEqualTo(new BigDecimal("0.00"));
            assertThat(low.message()).isEqualTo("Per-capita net income of 2019 is 0.00, not above 0.00");
            Finding high = aud6(oneMember(Households.income(2019).withWage(Yuan.parse("100000.01")))).get(0);
            assertThat(high.threshold()).isEqualTo(new BigDecimal("100000.00"));
            assertThat(high.messageZh()).isEqualTo("2019年人均纯收入为100000.01元，高于合理上限100000.00元");
        }

        @Test
        void negativeNetIncomeIsFlaggedAUD6() {
            List<Finding> findings = aud6(oneMember(Households.income(2019).withProductionCosts(Yuan.of(100))));
            assertThat(findings).singleElement().extracting(Finding::observed).isEqualTo(new BigDecimal("-100.00"));
        }

        @Test
        void theCeilingIsComparedOnTotalsExactlyAUD6() {
            Household two = registered(Households.income(2019).withWage(Yuan.parse("200000.00")), adult().build(),
                    adult().build()).build();
            assertThat(aud6(two)).isEmpty();
            Household over = registered(Households.income(2019).withWage(Yuan.parse("200000.01")), adult().build(),
                    adult().build()).build();
            assertThat(aud6(over)).hasSize(1);
        }

        @Test
        void aFigureThatRoundsOntoItsThresholdIsSaidToBeComparedExactlyAUD6() {
            Household over = registered(Households.income(2019).withWage(Yuan.parse("300000.01")), adult().build(),
                    adult().build(), adult().build()).build();
            assertThat(aud6(over)).singleElement().satisfies(f -> {
                assertThat(f.message()).isEqualTo("Per-capita net income of 2019 rounds to 100000.00, yet is exactly "
                        + "above the plausible ceiling 100000.00 (INC-3)");
                assertThat(f.messageZh()).isEqualTo("2019年人均纯收入四舍五入为100000.00元，但精确计算高于合理上限100000.00元（INC-3）");
            });
            Household below = registered(Households.income(2019).withProductionCosts(Yuan.parse("0.01")),
                    adult().build(), adult().build(), adult().build()).build();
            assertThat(aud6(below)).singleElement().extracting(Finding::message).isEqualTo(
                    "Per-capita net income of 2019 rounds to 0.00, yet is exactly below 0.00 (INC-3)");
            Household third = registered(Households.income(2019).withProductionCosts(Yuan.parse("0.02")),
                    adult().build(), adult().build(), adult().build()).build();
            assertThat(aud6(third)).singleElement().extracting(Finding::message).isEqualTo(
                    "Per-capita net income of 2019 is -0.01, not above 0.00");
        }

        @Test
        void wageIncomeWithNoMemberInWorkIsFlaggedAUD6() {
            Household h = registered(adult().withEmployed(false).withLabour(Labour.LOST).build()).build();
            assertThat(aud6(h)).filteredOn(f -> f.observed() != null && f.observed().compareTo(
                    new BigDecimal("2500.00")) == 0).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo(
                            "Wage income 2500.00 is recorded in 2019 but no member is employed or in migrant work"));
        }

        @Test
        void wageIncomeWithAMemberAbleToWorkIsNotFlaggedAUD6() {
            Household h = registered(adult().withEmployed(false).build()).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void migrantWorkAccountsForWageIncomeAUD6() {
            Household h = registered(adult().withEmployed(false).withMigrantWorkMonths(1).build()).build();
            assertThat(aud6(h)).isEmpty();
        }

        @Test
        void migrantWorkAccountsForWageIncomeEvenWithoutLabourCapacityAUD6() {
            // The wage is explained; the migrant work of a member recorded LOST is the inconsistency reported.
            Household away = registered(adult().withEmployed(false).withLabour(Labour.LOST).withMigrantWorkMonths(1)
                    .build()).build();
            Household home = registered(adult().withEmployed(false).withLabour(Labour.LOST).withMigrantWorkMonths(0)
                    .build()).build();
            String wage = "Wage income 2500.00 is recorded in 2019 but no member is employed or in migrant work";
            assertThat(aud6(away)).extracting(Finding::message).doesNotContain(wage).contains(
                    "members[0] is recorded with migrant work (months: 1) but has no labour capacity (LOST or NONE)");
            assertThat(aud6(home)).extracting(Finding::message).contains(wage);
        }

        @Test
        void noWageNeedsNoWorkerAUD6() {
            Household h = registered(Households.income(2019).withProductionGross(Yuan.of(4000)),
                    adult().withEmployed(false).build()).build();
            assertThat(aud6(h)).isEmpty();
        }
    }
}
