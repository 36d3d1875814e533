package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
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

/** HouseholdAudit: AUD-3, AUD-4, AUD-5 and AUD-8 of one household; AUD-6 is in {@link RegistryConsistencyTest}. */
class HouseholdAuditTest {

    static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    static final LocalDate REGISTERED_ON = LocalDate.of(2015, 10, 1);

    /** An adult who works locally, so that a wage income is consistent (AUD-6). */
    static Member worker() {
        return Households.member(Sex.MALE, LocalDate.of(1980, 6, 15)).withEmployed(true).build();
    }

    /** A registered one-member household with a contact cadre and a 2019 wage: nothing to report. */
    static Household.Builder registered(String wage) {
        return Households.household("522727").withStatus(Status.registered(REGISTERED_ON)).addMembers(worker())
                .withCauses(Causes.of(Cause.LACK_OF_SKILLS)).withContactCadre("CADRE-0017")
                .addIncome(Households.income(2019).withWage(Yuan.parse(wage)).build());
    }

    static List<Finding> of(Rule rule, List<Finding> findings) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    static List<Finding> audit(Household household) {
        return HouseholdAudit.check(household, Y2019);
    }

    @Test
    void aConsistentRegisteredHouseholdHasNothingToReport() {
        assertThat(audit(registered("2500").build())).isEmpty();
    }

    @Test
    void everyFindingFailsAndTheListIsImmutable() {
        List<Finding> findings = audit(registered("2500").withContactCadre(null)
                .withAssets(Assets.builder().withPrivateCar(true).build()).build());
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.passed()).isFalse());
        assertThatThrownBy(() -> findings.add(findings.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("Findings come in rule order: AUD-3, AUD-5, AUD-6, AUD-8")
    void findingsComeInRuleOrder() {
        Household h = registered("2500").withContactCadre(null)
                .withAssets(Assets.builder().withPrivateCar(true).build())
                .withCauses(Causes.of(Cause.DISABILITY))
                .addIncome(Households.income(2018).withWage(Yuan.of(500)).build()).build();
        assertThat(audit(h)).extracting(Finding::rule)
                .containsExactly(Rule.AUD_3, Rule.AUD_5, Rule.AUD_6, Rule.AUD_8);
    }

    @ParameterizedTest(name = "2018 wage {0}")
    @CsvSource({"834", "2500"})
    @DisplayName("A finding before AUD-5 is kept when the year before gives no jump")
    void anEarlierFindingIsKeptWithoutAJump(String before) {
        Household h = registered("2500").withAssets(Assets.builder().withPrivateCar(true).build())
                .addIncome(Households.income(2018).withWage(Yuan.parse(before)).build()).build();
        assertThat(audit(h)).extracting(Finding::rule).containsExactly(Rule.AUD_3);
    }

    @Nested
    @DisplayName("AUD-3 a registered household that an exclusion (ID-H-2) now hits")
    class Excluded {

        @Test
        void aRegisteredHouseholdWithAPublicEmployeeIsFlaggedAUD3() {
            Member employee = Households.member(Sex.FEMALE, LocalDate.of(1985, 3, 2)).withPublicEmployee(true)
                    .build();
            List<Finding> findings = audit(registered("2500").addMembers(employee).build());
            assertThat(of(Rule.AUD_3, findings)).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("PUBLIC_EMPLOYEE");
                assertThat(f.message()).contains("public employee").contains("ID-H-2");
                assertThat(f.messageZh()).contains("财政供养人员");
            });
        }

        @Test
        void eachExclusionIsItsOwnFindingAUD3() {
            Member entrepreneur = Households.member(Sex.FEMALE, LocalDate.of(1985, 3, 2))
                    .withRegisteredEnterprise(true).build();
            Household h = registered("2500").addMembers(entrepreneur)
                    .withAssets(Assets.builder().withPrivateCar(true).withTownCommercialHousing(true).build())
                    .build();
            assertThat(of(Rule.AUD_3, audit(h))).extracting(Finding::subject)
                    .containsExactly("PRIVATE_CAR", "TOWN_COMMERCIAL_HOUSING", "REGISTERED_ENTERPRISE");
        }

        @Test
        void anExclusionSwitchedOffIsNotAFindingAUD3() {
            YearParameters off = PolicyParameters.national()
                    .withParameter(ParameterKey.EXCLUDE_PRIVATE_CAR, BigDecimal.ZERO, "test", "switched off")
                    .forYear(Year.of(2019));
            Household h = registered("2500").withAssets(Assets.builder().withPrivateCar(true).build()).build();
            assertThat(of(Rule.AUD_3, HouseholdAudit.check(h, off))).isEmpty();
            assertThat(of(Rule.AUD_3, HouseholdAudit.check(h, Y2019))).hasSize(1);
        }

        @Test
        @DisplayName("AUD-3: exclusions are facts of the members and assets, audited without the year's income record")
        void anExclusionIsFlaggedWithoutTheYearsIncomeRecordAUD3() {
            Member employee = Households.member(Sex.FEMALE, LocalDate.of(1985, 3, 2)).withPublicEmployee(true)
                    .build();
            Household h = Household.builder().from(registered("2500").addMembers(employee)
                            .withAssets(Assets.builder().withPrivateCar(true).build()).build())
                    .withIncome(List.of(Households.income(2018).withWage(Yuan.of(10000)).build())).build();
            List<Finding> findings = audit(h);
            assertThat(of(Rule.AUD_3, findings)).extracting(Finding::subject)
                    .containsExactly("PUBLIC_EMPLOYEE", "PRIVATE_CAR");
            assertThat(of(Rule.AUD_6, findings)).anySatisfy(f -> assertThat(f.message()).contains("no income record"));
            Household noExclusion = Household.builder().from(h).withMembers(List.of(Households.member(Sex.FEMALE,
                    LocalDate.of(1985, 3, 2)).build())).withAssets(Assets.builder().build()).build();
            assertThat(of(Rule.AUD_3, audit(noExclusion))).isEmpty();
        }

        @Test
        void aHouseholdNotRegisteredOrExitedIsNotFlaggedAUD3() {
            Household car = registered("2500").withAssets(Assets.builder().withPrivateCar(true).build()).build();
            Household notRegistered = Household.builder().from(car).withStatus(Status.notRegistered()).build();
            Household exited = Household.builder().from(car)
                    .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 1))).build();
            assertThat(of(Rule.AUD_3, audit(notRegistered))).isEmpty();
            assertThat(of(Rule.AUD_3, audit(exited))).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-4 an exit that relied on one-off transfers (EX-H-4)")
    class PaperExit {

        static final LocalDate EXITED_ON = LocalDate.of(2019, 12, 1);

        /** An exited one-member household; the 2019 line is 3218. */
        Household exited(LocalDate exitedOn, String stableWage, String oneOff) {
            IncomeRecord income = Households.income(2019).withWage(Yuan.parse(stableWage))
                    .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.parse(oneOff), false)).build();
            return Households.household("522727").withStatus(Status.exited(REGISTERED_ON, exitedOn))
                    .addMembers(worker()).withContactCadre("CADRE-0017").addIncome(income).build();
        }

        @Test
        void anExitAboveTheLineOnlyWithOneOffTransfersIsFlaggedAUD4() {
            List<Finding> findings = audit(exited(EXITED_ON, "3000", "500"));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_4);
                assertThat(f.observed()).isEqualTo(new BigDecimal("3500.00"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
                assertThat(f.subject()).isEqualTo("2019-12-01");
                assertThat(f.message()).isEqualTo("The household exited on 2019-12-01 although its per-capita income "
                        + "3500.00 exceeded the line 3218.00 only with one-off transfers: a paper exit (EX-H-4)");
                assertThat(f.messageZh()).contains("数字脱贫");
            });
        }

        @ParameterizedTest(name = "stable {0} + one-off {1}: paper exit {2}")
        @CsvSource({
            "3218.00, 0.01, true",   // stable exactly at the line: it does not exceed it
            "3218.01, 500, false",   // stable just above the line: a real exit
            "3000, 218.00, false",   // net exactly at the line: the one-off did not lift it above
            "3000, 218.01, true",    // net just above the line
            "3000, 0, false"})       // never above the line: refused exit, not a paper one
        @DisplayName("AUD-4 stable ≤ line × members < net, exactly")
        void paperExitBoundariesAUD4(String stable, String oneOff, boolean flagged) {
            assertThat(of(Rule.AUD_4, audit(exited(EXITED_ON, stable, oneOff)))).hasSize(flagged ? 1 : 0);
        }

        @Test
        @DisplayName("AUD-4 with INC-3: an income that rounds to the line is said to exceed it exactly")
        void anIncomeRoundingToTheLineIsSaidToExceedItExactlyAUD4() {
            // 3 members: stable 9654.00 = 3 × 3218.00; net 9654.01, 3218.0033 a person, shown 3218.00.
            Household three = Household.builder().from(exited(EXITED_ON, "9654", "0.01"))
                    .addMembers(worker(), worker()).build();
            assertThat(of(Rule.AUD_4, audit(three))).singleElement().satisfies(f -> assertThat(f.message())
                    .isEqualTo("The household exited on 2019-12-01 although its per-capita income, which rounds to "
                            + "3218.00, exceeded the line 3218.00 exactly (INC-3) only with one-off transfers: a "
                            + "paper exit (EX-H-4)"));
        }

        @Test
        void anExitInAnotherYearIsAuditedWithThatYearsParametersAUD4() {
            Household h = exited(LocalDate.of(2018, 12, 1), "3000", "500");
            assertThat(of(Rule.AUD_4, audit(h))).isEmpty();
        }

        @Test
        void aRegisteredHouseholdWithTheSameIncomeIsNotAnExitAUD4() {
            Household h = Household.builder().from(exited(EXITED_ON, "3000", "500"))
                    .withStatus(Status.registered(REGISTERED_ON)).build();
            assertThat(of(Rule.AUD_4, audit(h))).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-5 per-capita income rising more than 3× year on year")
    class IncomeJump {

        Household twoYears(int members, String before, String now) {
            return twoYears(members, Households.income(2018).withWage(Yuan.parse(before)),
                    Households.income(2019).withWage(Yuan.parse(now)));
        }

        Household twoYears(int members, IncomeRecord.Builder before, IncomeRecord.Builder now) {
            Household.Builder b = Households.household("522727")
                    .withStatus(Status.registered(REGISTERED_ON)).withContactCadre("CADRE-0017")
                    .addIncome(before.build()).addIncome(now.build());
            for (int i = 0; i < members; i++) {
                b.addMembers(worker());
            }
            return b.build();
        }

        @Test
        void exactlyThreeTimesIsNotFlaggedAUD5() {
            assertThat(audit(twoYears(1, "1000", "3000.00"))).isEmpty();
        }

        @Test
        void justAboveThreeTimesIsFlaggedAUD5() {
            assertThat(audit(twoYears(1, "1000", "3000.01"))).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_5);
                assertThat(f.observed()).isEqualTo(new BigDecimal("3000.01"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("3000.00"));
                assertThat(f.subject()).isEqualTo("2019");
                assertThat(f.message()).contains("2019").contains("3000.01").contains("3000.00");
                assertThat(f.messageZh()).contains("数字脱贫");
            });
        }

        @Test
        void totalsAreComparedExactlyWhateverThePerCapitaRoundingAUD5() {
            // 3 members: 1000.00 → 333.33 a head; 3000.00 exactly 3× is fine, 3000.01 is not.
            assertThat(audit(twoYears(3, "1000", "3000.00"))).isEmpty();
            assertThat(of(Rule.AUD_5, audit(twoYears(3, "1000", "3000.01")))).singleElement().satisfies(f -> {
                // The threshold is 3 × 1000.00 ÷ 3, not 3 × 333.33; both round to 1000.00, so the message says so.
                assertThat(f.observed()).isEqualTo(new BigDecimal("1000.00"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("1000.00"));
                assertThat(f.message()).isEqualTo("Per-capita net income of 2019 rounds to 1000.00, yet is exactly "
                        + "above 1000.00, 3 times the year before's (INC-3): a jump this large risks poverty reduced "
                        + "only in figures");
                assertThat(f.messageZh()).startsWith("2019年人均纯收入四舍五入为1000.00元，但精确计算超过上年的3倍");
            });
            assertThat(of(Rule.AUD_5, audit(twoYears(3, "1000", "3000.03")))).singleElement()
                    .extracting(Finding::message).asString().startsWith("Per-capita net income of 2019 is 1000.01, "
                            + "above 1000.00, 3 times the year before's");
        }

        @Test
        void aPositiveIncomeAfterAYearWithNoneIsAJumpAUD5() {
            assertThat(audit(twoYears(1, "0", "0.01"))).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_5);
                assertThat(f.observed()).isEqualTo(new BigDecimal("0.01"));
                assertThat(f.threshold()).isEqualTo(new BigDecimal("0.00"));
            });
            Household afterALoss = twoYears(1, Households.income(2018).withProductionCosts(Yuan.of(500)),
                    Households.income(2019).withWage(Yuan.of(2500)));
            assertThat(audit(afterALoss)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_5);
                assertThat(f.threshold()).isEqualTo(new BigDecimal("-1500.00"));
                assertThat(f.message()).isEqualTo("Per-capita net income of 2019 is 2500.00, positive after a year "
                        + "without positive income (-1500.00 being 3 times the year before's): a jump that risks "
                        + "poverty reduced only in figures");
                assertThat(f.messageZh()).contains("上年收入不为正");
            });
        }

        @Test
        void aLossOfHundredsOfBillionsTheYearBeforeIsAuditedAUD5() {
            // three times the loss lies beyond the range an amount may be given in; the threshold is still stated
            Household afterAHugeLoss = twoYears(1,
                    Households.income(2018).withProductionCosts(Yuan.parse("333333333333.34")),
                    Households.income(2019).withWage(Yuan.of(10000)));
            assertThat(audit(afterAHugeLoss)).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_5);
                assertThat(f.threshold()).isEqualTo(new BigDecimal("-1000000000000.02"));
            });
        }

        @Test
        void aYearWithoutPositiveIncomeIsNoJumpAUD5() {
            assertThat(of(Rule.AUD_5, audit(twoYears(1, "0", "0")))).isEmpty();
            Household lessLoss = twoYears(1, Households.income(2018).withProductionCosts(Yuan.of(900)),
                    Households.income(2019).withProductionCosts(Yuan.of(100)));
            assertThat(of(Rule.AUD_5, audit(lessLoss))).isEmpty();
        }

        @Test
        void theMultipleIsAParameterAUD5() {
            YearParameters twice = PolicyParameters.national()
                    .withParameter(ParameterKey.INCOME_JUMP_MULTIPLE, new BigDecimal("2"), "test", "stricter")
                    .forYear(Year.of(2019));
            Household h = twoYears(1, "1000", "2500");
            assertThat(of(Rule.AUD_5, HouseholdAudit.check(h, twice))).hasSize(1);
            assertThat(of(Rule.AUD_5, HouseholdAudit.check(h, Y2019))).isEmpty();
        }

        @Test
        void recordsTwoYearsApartAreNotYearOnYearAUD5() {
            Household h = Households.household("522727").addMembers(worker())
                    .addIncome(Households.income(2017).withWage(Yuan.of(100)).build())
                    .addIncome(Households.income(2019).withWage(Yuan.of(3000)).build()).build();
            assertThat(of(Rule.AUD_5, audit(h))).isEmpty();
        }

        @Test
        void anyHouseholdIsCheckedRegisteredOrNotAUD5() {
            Household h = Household.builder().from(twoYears(1, "1000", "5000")).withStatus(Status.notRegistered())
                    .build();
            assertThat(audit(h)).extracting(Finding::rule).containsExactly(Rule.AUD_5);
        }

        @Test
        void onlyTheAuditedYearAndTheYearBeforeAreComparedAUD5() {
            Household h = twoYears(1, "1000", "5000");
            YearParameters y2018 = PolicyParameters.national().forYear(Year.of(2018));
            assertThat(of(Rule.AUD_5, HouseholdAudit.check(h, y2018))).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-8 a registered household with no contact cadre")
    class ContactCadre {

        @Test
        void aRegisteredHouseholdWithoutACadreIsFlaggedAUD8() {
            assertThat(audit(registered("2500").withContactCadre(null).build())).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_8);
                assertThat(f.message()).isEqualTo("A registered household has no contact cadre");
                assertThat(f.messageZh()).isEqualTo("已建档立卡户未落实帮扶责任人");
            });
        }

        @Test
        void aBlankCadreIsNoRegistryIdAndRefusedAUD8() {
            assertThatThrownBy(() -> registered("2500").withContactCadre("  ").build())
                    .hasMessageContaining("contactCadre: must be 1 to 64 ASCII letters");
        }

        @Test
        void householdsNotRegisteredNeedNoCadreAUD8() {
            Household none = registered("2500").withContactCadre(null).build();
            assertThat(of(Rule.AUD_8, audit(Household.builder().from(none).withStatus(Status.notRegistered())
                    .build()))).isEmpty();
            assertThat(audit(Household.builder().from(none)
                    .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 1))).build())).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-10 missed identification (漏评)")
    class MissedIdentification {

        /** A household never registered, one worker, with a 2019 wage and a contact cadre. */
        private Household notRegistered(String wage) {
            return registered(wage).withStatus(Status.notRegistered()).build();
        }

        /** The national parameters with a 2021 line, the first year after new registration closed. */
        private YearParameters y2021() {
            return PolicyParameters.national().withPovertyLine(Year.of(2021), Yuan.of(4100), "test",
                    "a line for the year after the campaign").forYear(Year.of(2021));
        }

        private Household notRegisteredIn2021(String wage) {
            return Households.household("522727").addMembers(worker())
                    .addIncome(Households.income(2021).withWage(Yuan.parse(wage)).build()).build();
        }

        @Test
        @DisplayName("AUD-10: not registered, identified ELIGIBLE in 2019 (3217.99 below 3218): a finding naming the "
                + "year and the last year of new registration")
        void eligibleButNotRegisteredIsMissedAUD10() {
            List<Finding> findings = audit(notRegistered("3217.99"));

            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_10);
                assertThat(f.passed()).isFalse();
                assertThat(f.observed()).isEqualByComparingTo("2019");
                assertThat(f.threshold()).isEqualByComparingTo("2020");
                assertThat(f.message()).isEqualTo("Not registered, yet identified poor in 2019, while new "
                        + "registration was open (to 2020): a missed identification; the household should be "
                        + "registered");
                assertThat(f.messageZh()).isEqualTo("未建档立卡，但2019年识别为贫困户，当时仍可新识别（至2020年）：属漏评，应纳入建档立卡");
            });
        }

        @Test
        @DisplayName("AUD-10: exactly at the line (3218.00) is not poor: no finding")
        void atTheLineIsNotMissedAUD10() {
            assertThat(audit(notRegistered("3218.00"))).isEmpty();
        }

        @Test
        @DisplayName("AUD-10: an EXCLUDED household below the line is not missed")
        void excludedIsNotMissedAUD10() {
            Household h = Household.builder().from(notRegistered("1000"))
                    .withAssets(Assets.builder().withPrivateCar(true).build()).build();
            assertThat(of(Rule.AUD_10, audit(h))).isEmpty();
        }

        @Test
        @DisplayName("AUD-10: REGISTERED and EXITED households below the line are not missed")
        void registeredOrExitedIsNotMissedAUD10() {
            assertThat(of(Rule.AUD_10, audit(registered("1000").build()))).isEmpty();
            assertThat(of(Rule.AUD_10, audit(Household.builder().from(registered("1000").build())
                    .withStatus(Status.exited(REGISTERED_ON, LocalDate.of(2018, 12, 1))).build()))).isEmpty();
        }

        @Test
        @DisplayName("AUD-10: the last year of new registration (2020) is still open; 2021, the year after, is not")
        void theYearAfterTheLastIsClosedAUD10() {
            YearParameters y2020 = PolicyParameters.national().forYear(Year.of(2020));
            Household in2020 = Households.household("522727").addMembers(worker())
                    .addIncome(Households.income(2020).withWage(Yuan.parse("3999.99")).build()).build();

            assertThat(HouseholdAudit.check(in2020, y2020)).extracting(Finding::rule).containsExactly(Rule.AUD_10);
            assertThat(HouseholdAudit.check(notRegisteredIn2021("4099.99"), y2021())).isEmpty();
        }

        @Test
        @DisplayName("AUD-10: the last year of new registration is a parameter (2018: 2019 is closed)")
        void theLastYearIsAParameterAUD10() {
            YearParameters closed = PolicyParameters.national().withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR,
                    BigDecimal.valueOf(2018), "provincial notice", "registration closed a year early")
                    .forYear(Year.of(2019));
            YearParameters open = PolicyParameters.national().withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR,
                    BigDecimal.valueOf(2019), "provincial notice", "registration closed after 2019")
                    .forYear(Year.of(2019));

            assertThat(HouseholdAudit.check(notRegistered("1000"), closed)).isEmpty();
            assertThat(HouseholdAudit.check(notRegistered("1000"), open)).extracting(Finding::rule)
                    .containsExactly(Rule.AUD_10);
        }

        @Test
        @DisplayName("AUD-10: a household with no income record for the year cannot be identified: no finding")
        void noIncomeRecordNoFindingAUD10() {
            Household h = Households.household("522727").addMembers(worker())
                    .addIncome(Households.income(2018).withWage(Yuan.of(100)).build()).build();
            assertThat(audit(h)).isEmpty();
        }

        @Test
        @DisplayName("AUD-10: PovertyPolicy.assess carries the finding in the decision's audit")
        void assessCarriesTheFindingAUD10() {
            assertThat(PovertyPolicy.national().assess(notRegistered("1000"), Year.of(2019))
                    .audit()).extracting(Finding::rule).containsExactly(Rule.AUD_10);
        }
    }

    @Test
    @DisplayName("The JSON contract's worked household has nothing to audit: its head can work, so the wage is accounted for")
    void theWorkedHouseholdHasNothingToAudit() {
        // A household records labour capacity, not jobs: a wage is unexplained only when nobody can work.
        assertThat(audit(Households.worked())).isEmpty();
    }
}
