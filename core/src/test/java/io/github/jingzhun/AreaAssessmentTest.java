package io.github.jingzhun;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.area.VillageStatus;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Villages and counties decided over households read once: every village and county accounted for. */
class AreaAssessmentTest {

    private static final Year Y2019 = Year.of(2019);
    private static final YearParameters P2019 = PolicyParameters.national().forYear(Y2019);
    private static final VillageCode POOR = VillageCode.parse("522727101201");
    private static final VillageCode EMPTY = VillageCode.parse("522727101202");
    private static final VillageCode UNKNOWN = VillageCode.parse("522727101203");
    private static final VillageCode ELSEWHERE = VillageCode.parse("621126101201");
    private static final CountyCode PINGTANG = CountyCode.of(522727);
    private static final CountyCode MIN = CountyCode.of(621126);
    private static final CountyCode NO_VILLAGES = CountyCode.of(522728);
    private static final Status REGISTERED = Status.registered(LocalDate.of(2014, 6, 1));

    private static Household villager(VillageCode village, Status status, int persons, Yuan wage) {
        Household.Builder b = household(village.county().toString()).withArea(Area.of(village))
                .withStatus(status).addIncome(income(2019).withWage(wage).build());
        for (int i = 0; i < persons; i++) {
            b.addMembers(adult());
        }
        return b.build();
    }

    private static Village village(VillageCode code) {
        return Village.builder().withCode(code).withStatus(VillageStatus.registered(LocalDate.of(2014, 6, 30)))
                .withFirstSecretary(true).build();
    }

    private static County county(CountyCode code) {
        return County.builder().withCode(code).withDesignated(true)
                .withEvaluation(EvaluationSample.of(1000, 0, 1000, 0, 100, 100)).build();
    }

    private static AreaAssessment assessment() {
        AreaAssessment a = AreaAssessment.of(P2019, List.of(village(POOR), village(EMPTY), village(ELSEWHERE)),
                List.of(county(PINGTANG), county(NO_VILLAGES)), List.of());
        a.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));
        a.add(villager(POOR, Status.notRegistered(), 6, Yuan.of(6000)));
        a.add(villager(UNKNOWN, Status.notRegistered(), 2, Yuan.of(40000)));
        a.add(villager(ELSEWHERE, Status.notRegistered(), 5, Yuan.of(50000)));
        a.add(household("522727").withStatus(REGISTERED).addMembers(adult())
                .addIncome(income(2019).build()).build());
        return a;
    }

    private static <T> T only(List<T> list, java.util.function.Predicate<T> which) {
        List<T> found = list.stream().filter(which).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyVillageOnRecordAndEveryVillageNamedIsDecidedOrReportedInCodeOrder() {
        List<VillageDecision> villages = assessment().villages();

        assertThat(villages).extracting(VillageDecision::village).containsExactly(POOR, EMPTY, UNKNOWN, ELSEWHERE);
        VillageDecision poor = villages.get(0);
        assertThat(poor.households()).isEqualTo(2);
        assertThat(poor.persons()).isEqualTo(10);
        assertThat(poor.registeredPersons()).isEqualTo(4);
        assertThat(poor.incidence()).isEqualTo(new Incidence(4, 10));
        assertThat(poor.identification()).isNotNull();
        assertThat(poor.exit()).isNotNull();
        assertThat(poor.exit().eligible()).isFalse();
        assertThat(poor.findings()).extracting(Finding::rule).containsExactly(Rule.ST_1);
        assertThat(poor.findings().get(0).passed()).isTrue();
        // AUD-8: a registered poor village with a first secretary but no working team
        assertThat(poor.audit()).extracting(Finding::message)
                .containsExactly("Registered poor village 522727101201 has no resident working team");
        assertThat(poor.year()).isEqualTo(Y2019);
        assertThat(poor.facts()).isEqualTo(village(POOR));
    }

    @Test
    void aHouseholdWhoseIncomeNoSumCouldHoldIsRefusedAndTheOthersDecided() {
        AreaAssessment a = AreaAssessment.of(P2019, List.of(village(POOR), village(ELSEWHERE)),
                List.of(county(PINGTANG)), List.of());
        // an income record nets at most one trillion yuan: this many such households fill what an amount holds
        Yuan most = Yuan.parse("1000000000000.00");
        long fit = Long.MAX_VALUE / most.fen();
        Household rich = villager(POOR, Status.notRegistered(), 1, most);
        for (long i = 0; i < fit; i++) {
            a.add(rich);
        }
        // a loss counts by its size: with an income elsewhere, a sum of both villages' provinces could pass it
        a.add(household(ELSEWHERE.county().toString()).withArea(Area.of(ELSEWHERE)).addMembers(adult())
                .addIncome(income(2019).withProductionCosts(Yuan.ofFen(Long.MAX_VALUE - fit * most.fen())).build())
                .build());

        assertThatIllegalArgumentException().isThrownBy(() -> a.add(villager(UNKNOWN, Status.notRegistered(), 1,
                Yuan.ofFen(1)))).withMessageContaining("past what an amount holds");
        assertThat(a.households()).isEqualTo(fit + 1);
        assertThat(a.villages()).extracting(VillageDecision::village).containsExactly(POOR, ELSEWHERE);
        assertThat(a.counties()).extracting(CountyDecision::county).contains(PINGTANG, MIN);
        a.add(villager(UNKNOWN, Status.notRegistered(), 1, Yuan.ZERO));
        assertThat(a.households()).isEqualTo(fit + 2);
    }

    @Test
    void aVillageWithNoHouseholdIsAFindingNotADecision() {
        VillageDecision empty = assessment().villages().get(1);

        assertThat(empty.households()).isZero();
        assertThat(empty.incidence()).isNull();
        assertThat(empty.identification()).isNull();
        assertThat(empty.exit()).isNull();
        Finding f = empty.findings().get(0);
        assertThat(f.rule()).isEqualTo(Rule.ST_1);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("No household of village 522727101202 was read: its incidence is unknown, "
                + "so ID-V-1 and EX-V-1 are not decided");
        assertThat(empty.toString()).startsWith("Village 522727101202, income year 2019: not decided (0 households, "
                + "0 persons)");
    }

    @Test
    void householdsNamingAVillageWithoutARecordAreAFindingAndCountInTheirCounty() {
        AreaAssessment a = assessment();
        VillageDecision unknown = a.villages().get(2);

        assertThat(unknown.facts()).isNull();
        assertThat(unknown.households()).isEqualTo(1);
        assertThat(unknown.identification()).isNull();
        assertThat(unknown.audit()).isEmpty();
        Finding f = unknown.findings().get(0);
        assertThat(f.passed()).isFalse();
        assertThat(f.observed()).isEqualByComparingTo("1");
        assertThat(f.message()).isEqualTo("No valid record of village 522727101203 was read, though households name it "
                + "(1): ID-V-1 and EX-V-1 are not decided (its households still count in its county)");
        CountyDecision pingtang = only(a.counties(), c -> c.county().equals(PINGTANG));
        // 10 persons of the village on record, 2 of the unknown one, 1 without a village
        assertThat(pingtang.persons()).isEqualTo(13);
        assertThat(pingtang.registeredPersons()).isEqualTo(5);
        assertThat(pingtang.households()).isEqualTo(4);
        assertThat(pingtang.villages()).isEqualTo(2);
        assertThat(pingtang.exit()).isNotNull();
    }

    @Test
    void countiesOnRecordNamedOrOfAVillageAreDecidedOrReported() {
        List<CountyDecision> counties = assessment().counties();

        assertThat(counties).extracting(CountyDecision::county).containsExactly(CountyCode.of(522727),
                NO_VILLAGES, MIN);
        CountyDecision empty = counties.get(1);
        assertThat(empty.exit()).isNull();
        assertThat(empty.villages()).isZero();
        assertThat(empty.findings()).extracting(Finding::message).containsExactly(
                "No village of county 522728 is on record",
                "No household of county 522728 was read: its incidence is unknown, so EX-C-1..3 are not decided");
        CountyDecision min = counties.get(2);
        assertThat(min.facts()).isNull();
        assertThat(min.findings().get(0).message()).isEqualTo("No valid record of county 621126 was read: it is "
                + "decided as a county with nothing on record (not designated, no evaluation sample, no procedure)");
        assertThat(min.exit()).isNotNull();
        assertThat(min.exit().eligible()).isFalse();
        assertThat(min.exit().evaluation()).isNull();
        assertThat(min.toString()).startsWith("County 621126, income year 2019: may not exit (1 villages, 1 "
                + "households, 5 persons)");
    }

    @Test
    void withoutCountyRecordsNoCountyIsDecided() {
        AreaAssessment a = AreaAssessment.of(P2019, List.of(village(POOR)), null, List.of());
        a.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));

        assertThat(a.counties()).isEmpty();
        assertThat(a.villages()).hasSize(1);
        assertThat(a.households()).isEqualTo(1);
    }

    @Test
    void aProvinceWithoutPublishedFiguresIsBenchmarkedOnTheRegistryOverItsVillagesDenominators() {
        AreaAssessment a = AreaAssessment.of(P2019, List.of(Village.builder().from(village(POOR))
                .withRuralPopulation(40).build()), null, List.of());
        a.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));
        a.add(villager(POOR, Status.notRegistered(), 6, Yuan.of(6000)));
        a.add(villager(UNKNOWN, Status.notRegistered(), 10, Yuan.of(14000)));

        ProvincialBenchmark guizhou = a.benchmarks().get(ProvinceCode.of(52));

        assertThat(guizhou.isPublished()).isFalse();
        // 4 registered poor over 40 (the village on record) + 10 (the unknown village's persons read) = 8%
        assertThat(guizhou.ruralIncidencePercent()).isEqualTo(new BigDecimal("8.00"));
        // 20,000 yuan over the 20 persons read
        assertThat(guizhou.ruralPerCapitaIncome()).isEqualTo(Yuan.of(1000));
        VillageDecision poor = a.villages().get(0);
        assertThat(poor.incidence()).isEqualTo(new Incidence(4, 40));
        assertThat(poor.identification().benchmark()).isEqualTo(guizhou);
    }

    @Test
    void aCountyWithoutItsRuralPopulationCountsItsVillagesRuralPopulationsAsItsProvinceDoes() {
        Village small = Village.builder().from(village(POOR)).withRuralPopulation(400).build();
        AreaAssessment a = AreaAssessment.of(P2019, List.of(small), List.of(county(PINGTANG),
                County.builder().from(county(MIN)).withRuralPopulation(20).build()), List.of());
        a.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));
        a.add(villager(POOR, Status.notRegistered(), 6, Yuan.of(6000)));
        a.add(villager(UNKNOWN, Status.notRegistered(), 10, Yuan.of(14000)));
        a.add(villager(ELSEWHERE, REGISTERED, 1, Yuan.ZERO));
        a.add(villager(ELSEWHERE, Status.notRegistered(), 4, Yuan.of(40000)));

        CountyDecision pingtang = only(a.counties(), c -> c.county().equals(PINGTANG));
        // 4 registered poor over 400 (the village on record) + 10 (the unknown village's persons read), as Guizhou's
        assertThat(pingtang.incidence()).isEqualTo(new Incidence(4, 410));
        assertThat(a.benchmarks().get(ProvinceCode.of(52)).ruralIncidencePercent()).isEqualTo(new BigDecimal("0.98"));
        assertThat(pingtang.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ST_1);
            assertThat(f.passed()).isTrue();
            assertThat(f.message()).isEqualTo("No rural population of the county is on record: incidence is over "
                    + "those of its villages on record, with the persons read outside them, 410; the households read "
                    + "hold 20 of them");
        });
        assertThat(pingtang.exit().incidencePercent()).isEqualTo(new BigDecimal("0.98"));
        assertThat(pingtang.exit().findings().get(0).passed()).as("EX-C-1").isTrue();
        // a county's own figure comes first, and a village without one counts its persons read
        CountyDecision min = only(a.counties(), c -> c.county().equals(MIN));
        assertThat(min.incidence()).isEqualTo(new Incidence(1, 20));
        AreaAssessment noFigures = AreaAssessment.of(P2019, List.of(village(POOR)), List.of(county(PINGTANG)),
                List.of());
        noFigures.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));
        assertThat(noFigures.counties().get(0).incidence()).isEqualTo(new Incidence(4, 4));
        assertThat(noFigures.counties().get(0).findings().get(0).message()).isEqualTo("No rural population is on "
                + "record: incidence is over the persons of the households read, 4");
    }

    @Test
    void aPublishedBenchmarkIsUsedForItsProvince() {
        ProvincialBenchmark published = ProvincialBenchmark.published(ProvinceCode.of(52), Y2019,
                new BigDecimal("5.5"), Yuan.of(10_756), "statistical yearbook");
        AreaAssessment a = AreaAssessment.of(P2019, List.of(village(POOR)), null, List.of(published));
        a.add(villager(POOR, REGISTERED, 4, Yuan.ZERO));

        Map<ProvinceCode, ProvincialBenchmark> benchmarks = a.benchmarks();

        assertThat(benchmarks).containsExactly(Map.entry(ProvinceCode.of(52), published));
        assertThat(a.villages().get(0).identification().benchmark()).isSameAs(published);
        assertThat(a.villages().get(0).identification().findings().get(3).passed()).isTrue();
    }

    @Test
    void recordsGivenTwiceOrOfAnotherYearAreRefused() {
        ProvincialBenchmark of2018 = ProvincialBenchmark.published(ProvinceCode.of(52), Year.of(2018),
                BigDecimal.ONE, Yuan.of(1), "yearbook");
        ProvincialBenchmark of2019 = ProvincialBenchmark.published(ProvinceCode.of(52), Y2019,
                BigDecimal.ONE, Yuan.of(1), "yearbook");

        assertThatIllegalArgumentException().isThrownBy(() -> AreaAssessment.of(P2019,
                List.of(village(POOR), village(POOR)), null, List.of())).withMessage(
                        "village 522727101201 is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> AreaAssessment.of(P2019, List.of(),
                List.of(county(MIN), county(MIN)), List.of())).withMessage("county 621126 is given twice");
        assertThatIllegalArgumentException().isThrownBy(() -> AreaAssessment.of(P2019, List.of(), null,
                List.of(of2018))).withMessage("the benchmark of province 52 is of 2018, not 2019");
        assertThatIllegalArgumentException().isThrownBy(() -> AreaAssessment.of(P2019, List.of(), null,
                List.of(of2019, of2019))).withMessage("province 52 is given twice");
    }

    @Test
    void memoryHoldsSumsPerVillageNotHouseholds() {
        AreaAssessment a = AreaAssessment.of(P2019, List.of(village(POOR)), List.of(), List.of());
        List<Household> two = new ArrayList<>(List.of(villager(POOR, REGISTERED, 1, Yuan.ZERO),
                villager(POOR, Status.notRegistered(), 1, Yuan.of(5000))));
        for (int i = 0; i < 10_000; i++) {
            a.add(two.get(i % 2));
        }

        assertThat(a.households()).isEqualTo(10_000);
        assertThat(a.villages().get(0).incidence()).isEqualTo(new Incidence(5000, 10_000));
        assertThat(a).hasToString("AreaAssessment{2019: 1 villages on record, 10000 households added}");
    }
}
