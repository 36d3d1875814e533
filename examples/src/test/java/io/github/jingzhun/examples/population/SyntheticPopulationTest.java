package io.github.jingzhun.examples.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.parameter.MissingParameterException;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

    private static final Year YEAR = Year.of(2019);
    private static final SyntheticPopulation POPULATION = SyntheticPopulation.of(2019, YEAR);
    private static final List<Household> BLOCK = POPULATION.households(SyntheticPopulation.BLOCK)
            .collect(Collectors.toList());

    @Test
    void theSameSeedAndIndexAlwaysGiveTheSameHousehold() {
        assertThat(SyntheticPopulation.of(2019, YEAR).household(4321)).isEqualTo(POPULATION.household(4321));
        assertThat(POPULATION.households(3).collect(Collectors.toList())).containsExactly(
                POPULATION.household(0), POPULATION.household(1), POPULATION.household(2));
        assertThat(SyntheticPopulation.of(7, YEAR).household(0)).isNotEqualTo(POPULATION.household(0));
    }

    @Test
    void everyBlockOfTwoHundredHoldsEveryCauseTypeAndRegistrationState() {
        for (int block : new int[] {0, 1, 5000}) {
            long first = (long) block * SyntheticPopulation.BLOCK;
            List<Household> households = LongStream.range(first, first + SyntheticPopulation.BLOCK)
                    .mapToObj(POPULATION::household).collect(Collectors.toList());
            Set<Cause> causes = households.stream().map(h -> h.getCauses().getPrimary())
                    .filter(c -> c != null).collect(Collectors.toCollection(() -> EnumSet.noneOf(Cause.class)));
            assertThat(causes).containsExactlyInAnyOrder(Cause.values());
            assertThat(households).extracting(Household::getType).contains(HouseholdType.values());
            assertThat(households).extracting(h -> h.getStatus().getState()).contains(RegistrationState.values());
            assertThat(households.stream().filter(h -> h.getStatus().getState() == RegistrationState.NOT_REGISTERED))
                    .hasSize(80).allMatch(h -> h.getCauses().getPrimary() == null);
        }
    }

    @Test
    void countiesSpanTheRegionsAndClimateZones() {
        Geography geography = Geography.national();
        assertThat(BLOCK).extracting(h -> geography.macroRegion(h.getArea().getCounty()))
                .contains(MacroRegion.WEST, MacroRegion.CENTRAL, MacroRegion.EAST);
        assertThat(BLOCK).extracting(h -> geography.climateZone(h.getArea().getCounty()))
                .contains(ClimateZone.NORTH, ClimateZone.SOUTH);
        assertThat(BLOCK).extracting(h -> h.getArea().getCounty())
                .containsAll(County.all().stream().map(County::code).collect(Collectors.toList()));
        assertThat(County.all()).anyMatch(County::isDeepPoverty);
        assertThat(BLOCK).allSatisfy(h -> assertThat(h.getArea().getVillage()).isNotNull()
                .satisfies(v -> assertThat(v.county()).isEqualTo(h.getArea().getCounty())));
    }

    @Test
    void idNumbersAreValidAndAgreeWithBirthDateAndSex() {
        for (Household h : BLOCK) {
            for (Member m : h.getMembers()) {
                ResidentId id = ResidentId.parse(m.getIdNumber().unmasked());
                assertThat(id.birthDate()).isEqualTo(m.getBirthDate());
                assertThat(id.sex()).isEqualTo(m.getSex());
                assertThat(id.unmasked()).startsWith(h.getArea().getCounty().toString());
                assertThat(m.getName()).matches("[A-Z][a-z]+ [A-Z][a-z]+");
            }
            assertThat(h.getMembers().get(0).getSex()).isIn(Sex.MALE, Sex.FEMALE);
        }
        assertThat(BLOCK).extracting(Household::getId).doesNotHaveDuplicates();
    }

    @Test
    void everyHouseholdReadsBackFromJsonAndIsAssessed() throws Exception {
        JsonImporter importer = JingzhunJson.importer();
        PovertyPolicy policy = PovertyPolicy.national();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (Household h : BLOCK) {
            Household back = importer.readHousehold(importer.mapper().writeValueAsString(h));
            assertThat(back).isEqualTo(h);
            assertThat(back.getIncome()).extracting(IncomeRecord::getYear).containsExactly(YEAR.minusYears(1), YEAR);
            Decision decision = policy.assess(back, YEAR);
            outcomes.add(decision.identification().outcome());
        }
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    @Test
    void incomesLieAroundTheLine() {
        PovertyPolicy policy = PovertyPolicy.national();
        long[] counts = new long[3];
        for (Household h : POPULATION.households(2000).collect(Collectors.toList())) {
            double perCapita = h.incomeOf(YEAR).netIncome().fen() / 100.0 / h.size();
            counts[perCapita < 3218 ? 0 : perCapita < 3218 * 3 ? 1 : 2]++;
            assertThat(perCapita).isPositive();
        }
        // Below the line, up to three times the line, and above: each a fair share of 2,000 households.
        assertThat(counts[0]).isBetween(200L, 700L);
        assertThat(counts[1]).isBetween(900L, 1700L);
        assertThat(counts[2]).isBetween(50L, 800L);
        assertThat(policy.parametersFor(YEAR).nationalLine().amount().toString()).isEqualTo("3218.00");
    }

    @Test
    void registeredHouseholdsAreMostlyPoorAndExitedOnesMostlyNot() {
        PovertyPolicy policy = PovertyPolicy.national();
        long registeredPoor = 0;
        long registered = 0;
        long exitedPoor = 0;
        long exited = 0;
        for (Household h : POPULATION.households(1000).collect(Collectors.toList())) {
            boolean poor = policy.assess(h, YEAR).identification().outcome() == Outcome.ELIGIBLE;
            if (h.getStatus().getState() == RegistrationState.REGISTERED) {
                registered++;
                registeredPoor += poor ? 1 : 0;
            } else if (h.getStatus().getState() == RegistrationState.EXITED) {
                exited++;
                exitedPoor += poor ? 1 : 0;
            }
        }
        assertThat((double) registeredPoor / registered).isGreaterThan(0.4);
        assertThat((double) exitedPoor / exited).isLessThan(0.1);
    }

    @Test
    void anotherYearHasItsOwnLineAndDates() {
        SyntheticPopulation population = SyntheticPopulation.of(1, Year.of(2016));
        Household h = population.household(0);
        assertThat(h.getIncome()).extracting(IncomeRecord::getYear).containsExactly(Year.of(2015), Year.of(2016));
        assertThat(population.households(200)).allSatisfy(x -> {
            if (x.getStatus().getExitedOn() != null) {
                assertThat(x.getStatus().getExitedOn().getYear()).isBetween(2015, 2016);
            }
        });
    }

    @Test
    void yearsWithoutExitsOrWithoutALineAreRefused() {
        assertThatThrownBy(() -> SyntheticPopulation.of(1, Year.of(2014))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticPopulation.of(1, Year.of(2031)))
                .isInstanceOf(MissingParameterException.class);
        assertThatThrownBy(() -> POPULATION.household(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> POPULATION.households(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
