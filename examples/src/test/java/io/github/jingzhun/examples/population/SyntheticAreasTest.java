package io.github.jingzhun.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.AreaAssessment;
import io.github.jingzhun.CountyDecision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.VillageDecision;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.area.VillageState;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The synthetic villages and counties fit their households, and exercise every decision both ways. */
class SyntheticAreasTest {

    private static final Year YEAR = Year.of(2019);
    private static final SyntheticPopulation POPULATION = SyntheticPopulation.of(2019, YEAR);
    private static final List<Household> SAMPLE = POPULATION.households(200).toList();

    private static SyntheticAreas areas(List<Household> households) {
        SyntheticAreas areas = SyntheticAreas.of(POPULATION);
        households.forEach(areas::add);
        return areas;
    }

    private static AreaAssessment assessment(List<Household> households) {
        SyntheticAreas synthetic = areas(households);
        AreaAssessment a = AreaAssessment.of(PovertyPolicy.national().parametersFor(YEAR), synthetic.villages(),
                synthetic.counties(), List.of());
        households.forEach(a::add);
        return a;
    }

    @Test
    void theVillagesAreThoseNamedButTheLastPlusOneWithNoHousehold() {
        Set<VillageCode> named = SAMPLE.stream().map(h -> h.getArea().getVillage()).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        List<VillageCode> records = areas(SAMPLE).villages().stream().map(Village::getCode).toList();

        VillageCode last = ((TreeSet<VillageCode>) named).last();
        assertThat(records).doesNotContain(last).contains(VillageCode.parse("522727107201"))
                .hasSize(named.size()).isSorted();
        assertThat(records).containsAll(named.stream().filter(v -> !v.equals(last)).toList());
    }

    @Test
    void theRecordsAreDeterministicAndDrawnPerVillage() {
        assertThat(areas(SAMPLE).villages()).isEqualTo(areas(SAMPLE).villages());
        assertThat(areas(SAMPLE).counties()).isEqualTo(areas(SAMPLE).counties());
        // A village's facts other than its population do not depend on the other households.
        Village first = areas(SAMPLE).villages().get(0);
        VillageCode last = SAMPLE.stream().map(h -> h.getArea().getVillage()).filter(Objects::nonNull)
                .max(VillageCode::compareTo).orElseThrow();
        Village alone = areas(SAMPLE.stream().filter(h -> first.getCode().equals(h.getArea().getVillage())
                || last.equals(h.getArea().getVillage())).toList()).villages().stream()
                .filter(v -> v.getCode().equals(first.getCode())).findFirst().orElseThrow();
        assertThat(alone.getStatus()).isEqualTo(first.getStatus());
        assertThat(alone.getCollectiveIncome()).isEqualTo(first.getCollectiveIncome());
        assertThat(areas(SAMPLE)).hasToString("SyntheticAreas{seed=2019, year=2019, " + areas(SAMPLE).villages()
                .size() + " villages named}");
    }

    @Test
    void aVillagesRuralPopulationIsAMultipleOfItsPersonsAndNeverBelowThem() {
        Map<VillageCode, Long> persons = SAMPLE.stream().filter(h -> h.getArea().getVillage() != null).collect(
                Collectors.groupingBy(h -> h.getArea().getVillage(), Collectors.summingLong(Household::size)));
        for (Village v : areas(SAMPLE).villages()) {
            Integer population = v.getRuralPopulation();
            if (population != null) {
                assertThat(population % persons.get(v.getCode())).isZero();
                assertThat(population).isGreaterThanOrEqualTo(2 * persons.get(v.getCode()).intValue());
            }
        }
        assertThat(areas(SAMPLE).villages()).extracting(v -> v.getStatus().getState())
                .contains(VillageState.values());
    }

    @Test
    void villagesPassAndFailEachCriterion() {
        List<VillageDecision> decided = assessment(SAMPLE).villages().stream().filter(v -> v.exit() != null)
                .toList();

        for (int condition = 0; condition < 3; condition++) {
            int c = condition;
            assertThat(decided).as("ID-V-1 condition %d", c)
                    .anyMatch(v -> v.identification().findings().get(c).passed())
                    .anyMatch(v -> !v.identification().findings().get(c).passed());
        }
        assertThat(decided).anyMatch(v -> v.identification().poor()).anyMatch(v -> !v.identification().poor())
                .anyMatch(v -> v.exit().eligible()).anyMatch(v -> !v.exit().eligible())
                .anyMatch(v -> !v.audit().isEmpty());
        for (int facility = 1; facility < 6; facility++) {
            int f = facility;
            assertThat(decided).as("EX-V-1 facility %d", f).anyMatch(v -> v.exit().findings().get(f).passed())
                    .anyMatch(v -> !v.exit().findings().get(f).passed());
        }
    }

    @Test
    void countiesPassAndFailAsTheirProfilesSay() {
        Map<CountyCode, CountyDecision> counties = assessment(SAMPLE).counties().stream()
                .collect(Collectors.toMap(CountyDecision::county, Function.identity()));

        assertThat(counties).hasSize(7);
        CountyDecision pingtang = counties.get(CountyCode.of(522727));
        assertThat(pingtang.exit().eligible()).isTrue();
        assertThat(pingtang.exit().remainingSteps()).hasSize(1);
        assertThat(passed(counties.get(CountyCode.of(621126)), 0)).isFalse();
        assertThat(passed(counties.get(CountyCode.of(621126)), 1)).isTrue();
        assertThat(passed(counties.get(CountyCode.of(513433)), 0)).isTrue();
        assertThat(counties.get(CountyCode.of(513433)).exit().evaluation().failed()).containsExactly("WRONG_EXIT");
        assertThat(counties.get(CountyCode.of(433124)).exit().evaluation().failed()).containsExactly("RECOGNITION");
        assertThat(counties.get(CountyCode.of(130123)).facts().isDesignated()).isFalse();
        CountyDecision chunan = counties.get(CountyCode.of(330127));
        assertThat(chunan.exit().eligible()).isTrue();
        assertThat(chunan.exit().transitionEnd()).isEqualTo(Year.of(2023));
        assertThat(counties.get(SyntheticAreas.WITHOUT_VILLAGES).exit()).isNull();
        for (CountyDecision c : counties.values()) {
            if (c.facts() != null && c.facts().getRuralPopulation() != null) {
                assertThat(c.findings()).allMatch(Finding::passed);
            }
        }
    }

    @Test
    void atScaleTheCountiesKeepTheirOutcomes() {
        List<Household> more = POPULATION.households(4000).toList();
        Map<CountyCode, CountyDecision> counties = assessment(more).counties().stream()
                .collect(Collectors.toMap(CountyDecision::county, Function.identity()));

        assertThat(counties.get(CountyCode.of(522727)).exit().eligible()).isTrue();
        assertThat(passed(counties.get(CountyCode.of(621126)), 0)).isFalse();
        assertThat(counties.get(CountyCode.of(330127)).exit().eligible()).isTrue();
        assertThat(passed(counties.get(CountyCode.of(433124)), 0)).isTrue();
    }

    /** Whether a county's first (EX-C-1) or second (EX-C-2) finding passed. */
    private static boolean passed(CountyDecision county, int finding) {
        return county.exit().findings().get(finding).passed();
    }
}
