package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PopulationAudit: AUD-1 across households and AUD-8 contact cadres, in one pass. */
class PopulationAuditTest {

    static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));

    static Member person() {
        return Households.member(Sex.FEMALE, LocalDate.of(1975, 2, 3)).build();
    }

    static Household household(String id, Member... members) {
        return Households.household("522727").withId(id).addMembers(members).build();
    }

    static Household paired(String id, String cadre) {
        return Households.household("522727").withId(id).addMembers(person())
                .withStatus(Status.registered(LocalDate.of(2016, 1, 1))).withContactCadre(cadre).build();
    }

    static List<Household> pairedWith(String cadre, int households) {
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            list.add(paired(cadre + "-HH-" + i, cadre));
        }
        return list;
    }

    @Test
    void aMissingPopulationOrHouseholdIsNamed() {
        assertThatNullPointerException().isThrownBy(() -> PopulationAudit.check((List<Household>) null, Y2019))
                .withMessage("households");
        assertThatNullPointerException().isThrownBy(() -> PopulationAudit.check(Arrays.asList(household("HH-A",
                person()), null), Y2019)).withMessage("household");
        assertThatNullPointerException().isThrownBy(() -> PopulationAudit.check((Stream<Household>) null, Y2019))
                .withMessage("households");
        assertThatNullPointerException().isThrownBy(() -> PopulationAudit.check(List.of(), null))
                .withMessage("parameters");
    }

    @Nested
    @DisplayName("AUD-1 the same ID number in two households")
    class DuplicateIds {

        @Test
        void distinctNumbersHaveNoFindingAUD1() {
            assertThat(PopulationAudit.check(List.of(household("HH-A", person(), person()),
                    household("HH-B", person())), Y2019)).isEmpty();
        }

        @Test
        void aNumberInTwoHouseholdsNamesBothAUD1() {
            Member shared = person();
            List<Finding> findings = PopulationAudit.check(List.of(household("HH-A", shared),
                    household("HH-B", person(), shared)), Y2019);
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_1);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("HH-A members[0], HH-B members[1]");
                assertThat(f.message()).isEqualTo(
                        "The same ID number is registered in two households: HH-A members[0], HH-B members[1]");
                assertThat(f.messageZh()).isEqualTo("同一身份证号码在两户中重复登记：HH-A members[0], HH-B members[1]");
            });
        }

        @Test
        void aHouseholdRecordedTwiceIsOneFindingWhateverItsMembersAUD1() {
            Member shared = person();
            List<Finding> same = PopulationAudit.check(List.of(household("HH-A", shared, person()),
                    household("HH-B", person()), household("HH-A", shared, person())), Y2019);
            List<Finding> different = PopulationAudit.check(List.of(household("HH-A", person()),
                    household("HH-A", person(), person())), Y2019);
            assertThat(same).isEqualTo(different).singleElement().satisfies(f -> {
                assertThat(f.rule()).isEqualTo(Rule.AUD_1);
                assertThat(f.passed()).isFalse();
                assertThat(f.subject()).isEqualTo("HH-A");
                assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(2));
                assertThat(f.message()).isEqualTo(
                        "Household HH-A is recorded 2 times in the registry; a household has one record");
                assertThat(f.messageZh()).isEqualTo("户编号HH-A在建档立卡系统中有2条记录，一户只应有一条记录");
            });
        }

        @Test
        void householdsRecordedAgainComeInTheOrderTheirSecondRecordsWereMetAfterRepeatedNumbersAUD1() {
            Member shared = person();
            List<Finding> findings = PopulationAudit.check(List.of(household("HH-Z", person()),
                    household("HH-A", shared), household("HH-A", person()), household("HH-Z", person()),
                    household("HH-B", shared), household("HH-A", person())), Y2019);
            assertThat(findings).extracting(Finding::subject, Finding::observed).containsExactly(
                    tuple("HH-A members[0], HH-B members[0]", null),
                    tuple("HH-A", BigDecimal.valueOf(3)),
                    tuple("HH-Z", BigDecimal.valueOf(2)));
        }

        @Test
        void eachRepeatNamesTheFirstHouseholdAUD1() {
            Member shared = person();
            List<Finding> findings = PopulationAudit.check(List.of(household("HH-A", shared),
                    household("HH-B", shared), household("HH-C", person()), household("HH-D", shared)), Y2019);
            assertThat(findings).extracting(Finding::subject)
                    .containsExactly("HH-A members[0], HH-B members[0]", "HH-A members[0], HH-D members[0]");
        }

        @Test
        void aStreamIsReadOnceAndGivesTheSameFindingsAUD1() {
            Member shared = person();
            List<Household> population = List.of(household("HH-A", shared), household("HH-B", shared));
            AtomicInteger reads = new AtomicInteger();
            Stream<Household> stream = population.stream().peek(h -> reads.incrementAndGet());
            assertThat(PopulationAudit.check(stream, Y2019)).isEqualTo(PopulationAudit.check(population, Y2019));
            assertThat(reads).hasValue(2);
        }

        @Test
        void anIterableIsIteratedOnceAUD1() {
            List<Household> population = List.of(household("HH-A", person()), household("HH-B", person()));
            AtomicInteger iterations = new AtomicInteger();
            Iterable<Household> once = () -> {
                assertThat(iterations.incrementAndGet()).as("iterations").isEqualTo(1);
                Iterator<Household> it = population.iterator();
                return it;
            };
            assertThat(PopulationAudit.check(once, Y2019)).isEmpty();
        }
    }

    @Nested
    @DisplayName("AUD-8 a contact cadre paired with more than 30 households")
    class Cadres {

        @ParameterizedTest(name = "{0} households: flagged {1}")
        @CsvSource({"1, false", "29, false", "30, false", "31, true", "45, true"})
        void householdsPerCadreAUD8(int households, boolean flagged) {
            List<Finding> findings = PopulationAudit.check(pairedWith("CADRE-0017", households), Y2019);
            assertThat(findings).hasSize(flagged ? 1 : 0);
            if (flagged) {
                Finding f = findings.get(0);
                assertThat(f.rule()).isEqualTo(Rule.AUD_8);
                assertThat(f.subject()).isEqualTo("CADRE-0017");
                assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(households));
                assertThat(f.threshold()).isEqualTo(BigDecimal.valueOf(30));
                assertThat(f.message()).isEqualTo(
                        "Contact cadre CADRE-0017 is paired with " + households + " households, more than 30");
                assertThat(f.messageZh()).isEqualTo("帮扶责任人CADRE-0017结对帮扶" + households + "户，超过30户");
            }
        }

        @Test
        void householdsWithoutACadreAreNotCountedAUD8() {
            List<Household> population = new ArrayList<>(pairedWith("CADRE-0017", 30));
            population.add(household("HH-NONE", person()));
            assertThat(PopulationAudit.check(population, Y2019)).isEmpty();
        }

        @Test
        void householdsCountWhateverTheirStateAUD8() {
            List<Household> population = new ArrayList<>(pairedWith("CADRE-0017", 30));
            population.add(Households.household("522727").withId("HH-EXITED").addMembers(person())
                    .withStatus(Status.exited(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 1)))
                    .withContactCadre("CADRE-0017").build());
            assertThat(PopulationAudit.check(population, Y2019)).hasSize(1);
        }

        @Test
        @DisplayName("AUD-8 a household recorded twice is one household of its cadre: 30 with a repeat are 30")
        void aHouseholdRecordedTwiceCountsOnceAUD8() {
            List<Household> thirty = new ArrayList<>(pairedWith("CADRE-0017", 30));
            thirty.add(thirty.get(0));
            assertThat(PopulationAudit.check(thirty, Y2019)).extracting(Finding::rule).containsExactly(Rule.AUD_1);
            List<Household> thirtyOne = new ArrayList<>(pairedWith("CADRE-0017", 31));
            thirtyOne.add(thirtyOne.get(5));
            assertThat(PopulationAudit.check(thirtyOne, Y2019)).filteredOn(f -> f.rule() == Rule.AUD_8)
                    .singleElement().satisfies(f -> assertThat(f.observed()).isEqualTo(BigDecimal.valueOf(31)));
        }

        @Test
        void overloadedCadresAreReportedByIdAUD8() {
            List<Household> population = new ArrayList<>(pairedWith("CADRE-B", 31));
            population.addAll(pairedWith("CADRE-C", 30));
            population.addAll(pairedWith("CADRE-A", 32));
            assertThat(PopulationAudit.check(population, Y2019)).extracting(Finding::subject)
                    .containsExactly("CADRE-A", "CADRE-B");
        }

        @Test
        void theLimitIsAParameterAUD8() {
            YearParameters five = PolicyParameters.national().withParameter(ParameterKey.CADRE_MAX_HOUSEHOLDS,
                    new BigDecimal("5"), "test", "a province's stricter rule").forYear(Year.of(2019));
            assertThat(PopulationAudit.check(pairedWith("CADRE-0017", 5), five)).isEmpty();
            assertThat(PopulationAudit.check(pairedWith("CADRE-0017", 6), five)).hasSize(1);
        }
    }

    @Test
    @DisplayName("AUD-1 findings come before AUD-8 findings")
    void duplicatesComeBeforeCadres() {
        List<Household> population = new ArrayList<>(pairedWith("CADRE-0017", 31));
        Member shared = person();
        population.add(household("HH-X", shared));
        population.add(household("HH-Y", shared));
        assertThat(PopulationAudit.check(population, Y2019)).extracting(Finding::rule)
                .containsExactly(Rule.AUD_1, Rule.AUD_8);
    }
}
