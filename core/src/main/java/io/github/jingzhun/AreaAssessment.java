package io.github.jingzhun;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.identification.AreaPopulation;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.parameter.YearParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides villages and counties (ID-V-1, EX-V-1, EX-C-1..3, GR-1) over households read once, as a stream: each
 * household is added to the sums of its village (or, without a village, of its county), so memory grows with the
 * number of villages, never with the number of households.
 *
 * <pre>{@code
 * AreaAssessment areas = AreaAssessment.of(PovertyPolicy.national().parametersFor(Year.of(2019)), villages,
 *         counties, List.of());
 * households.forEach(areas::add);
 * areas.villages().forEach(System.out::println);    // ID-V-1 and EX-V-1 of each village, with findings
 * areas.counties().forEach(System.out::println);    // EX-C-1..3 and GR-1 of each county
 * }</pre>
 *
 * <p>Every village on record is decided, and every village that a household names without a record is reported;
 * likewise every county on record or named. A province's figures for ID-V-1 are the benchmark given for it, else
 * computed from the households read (and labelled so): registered poor persons over the sum of the incidence
 * denominators of its villages (their rural population on record, else the persons read), and net income over the
 * persons read. A county's incidence is over its rural population on record, else over the same sum for its
 * villages.
 *
 * <p>Mutable and not thread-safe: add households from one thread.
 */
public final class AreaAssessment {

    private final YearParameters parameters;
    private final Map<VillageCode, Village> villages;
    private final @Nullable Map<CountyCode, County> counties;
    private final Map<ProvinceCode, ProvincialBenchmark> benchmarks;
    /** The sums of the households of each village named, with or without a record. */
    private final Map<VillageCode, AreaPopulation> byVillage = new HashMap<>();
    /** The sums of the households of each county that name no village. */
    private final Map<CountyCode, AreaPopulation> withoutVillage = new HashMap<>();
    private long households;
    private long incomeMagnitudeFen;

    private AreaAssessment(YearParameters parameters, Map<VillageCode, Village> villages,
            @Nullable Map<CountyCode, County> counties, Map<ProvinceCode, ProvincialBenchmark> benchmarks) {
        this.parameters = parameters;
        this.villages = villages;
        this.counties = counties;
        this.benchmarks = benchmarks;
    }

    /**
     * Starts an assessment of villages and, when their records are given, counties.
     *
     * @param parameters the parameters of the income year, not null
     * @param villages the villages on record, each once, not null
     * @param counties the counties on record, each once; null to decide no county (an empty collection decides
     *     every county named, each without a record)
     * @param benchmarks the published figures of provinces for the year, each province once, not null
     * @return the assessment, not null
     * @throws IllegalArgumentException if a village, county or province is given twice, or a benchmark is of
     *     another year
     */
    public static AreaAssessment of(YearParameters parameters, Collection<Village> villages,
            @Nullable Collection<County> counties, Collection<ProvincialBenchmark> benchmarks) {
        Map<VillageCode, Village> villageMap = new HashMap<>();
        for (Village v : villages) {
            if (villageMap.put(v.getCode(), v) != null) {
                throw new IllegalArgumentException("village " + v.getCode() + " is given twice");
            }
        }
        Map<CountyCode, County> countyMap = null;
        if (counties != null) {
            countyMap = new HashMap<>();
            for (County c : counties) {
                if (countyMap.put(c.getCode(), c) != null) {
                    throw new IllegalArgumentException("county " + c.getCode() + " is given twice");
                }
            }
        }
        Map<ProvinceCode, ProvincialBenchmark> benchmarkMap = new HashMap<>();
        for (ProvincialBenchmark b : benchmarks) {
            if (!b.year().equals(parameters.year())) {
                throw new IllegalArgumentException("the benchmark of province " + b.province() + " is of " + b.year()
                        + ", not " + parameters.year());
            }
            if (benchmarkMap.put(b.province(), b) != null) {
                throw new IllegalArgumentException("province " + b.province() + " is given twice");
            }
        }
        return new AreaAssessment(Objects.requireNonNull(parameters, "parameters"), villageMap, countyMap,
                benchmarkMap);
    }

    /**
     * Adds a household to the sums of its village, or of its county when it names no village.
     *
     * @param household the household, not null
     * @throws IllegalArgumentException if the household has no income record for the year, or its net income would
     *     take a sum of its village, county or province past what an amount holds; it is then not added
     */
    public void add(Household household) {
        IncomeRecord record = household.incomeOf(parameters.year());
        if (record == null) {
            throw new IllegalArgumentException("household " + household.getId() + " has no income record for "
                    + parameters.year());
        }
        try {
            // every sum of an area is at most the sum of the incomes' magnitudes: checked here, before any changes
            incomeMagnitudeFen = Math.addExact(incomeMagnitudeFen, Math.absExact(record.netIncome().fen()));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("household " + household.getId() + ": its net income would take the "
                    + "sums of its areas past what an amount holds (about 92 quadrillion yuan)", e);
        }
        VillageCode village = household.getArea().getVillage();
        AreaPopulation sums = village != null
                ? byVillage.computeIfAbsent(village, v -> AreaPopulation.of(parameters.year()))
                : withoutVillage.computeIfAbsent(household.getArea().getCounty(),
                        c -> AreaPopulation.of(parameters.year()));
        sums.add(household);
        households++;
    }

    /**
     * The households added.
     *
     * @return the count
     */
    public long households() {
        return households;
    }

    /**
     * The decisions on every village on record and every village named by a household without a record, by code.
     *
     * @return the decisions, not null
     */
    public List<VillageDecision> villages() {
        SortedSet<VillageCode> codes = new TreeSet<>(villages.keySet());
        codes.addAll(byVillage.keySet());
        Map<ProvinceCode, ProvincialBenchmark> figures = benchmarks();
        List<VillageDecision> decisions = new ArrayList<>(codes.size());
        for (VillageCode code : codes) {
            decisions.add(VillageDecision.decide(code, villages.get(code), sums(code),
                    figures.get(ProvinceCode.of(code.county())), parameters));
        }
        return decisions;
    }

    /**
     * The decisions on every county on record, every county of a village on record and every county named by a
     * household, by code; none when the assessment was started without county records.
     *
     * @return the decisions, not null
     */
    public List<CountyDecision> counties() {
        if (counties == null) {
            return List.of();
        }
        SortedMap<CountyCode, AreaPopulation> sums = countySums();
        SortedSet<CountyCode> codes = new TreeSet<>(counties.keySet());
        codes.addAll(sums.keySet());
        Map<CountyCode, Long> villageCounts = new HashMap<>();
        for (VillageCode v : villages.keySet()) {
            villageCounts.merge(v.county(), 1L, Long::sum);
            codes.add(v.county());
        }
        Map<CountyCode, Long> populations = villagePopulations();
        List<CountyDecision> decisions = new ArrayList<>(codes.size());
        for (CountyCode code : codes) {
            AreaPopulation county = sums.get(code);
            decisions.add(CountyDecision.decide(code, counties.get(code), villageCounts.getOrDefault(code, 0L),
                    county != null ? county : AreaPopulation.of(parameters.year()), populations.getOrDefault(code, 0L),
                    parameters));
        }
        return decisions;
    }

    /**
     * The figures of each province with households: the benchmark given, else computed from the households read.
     *
     * @return the benchmarks by province, not null
     */
    public Map<ProvinceCode, ProvincialBenchmark> benchmarks() {
        Map<ProvinceCode, Long> denominators = new HashMap<>();
        villagePopulations().forEach((county, population) -> denominators.merge(ProvinceCode.of(county), population,
                Long::sum));
        Map<ProvinceCode, AreaPopulation> provinces = new TreeMap<>();
        for (Map.Entry<CountyCode, AreaPopulation> e : countySums().entrySet()) {
            ProvinceCode province = ProvinceCode.of(e.getKey());
            provinces.computeIfAbsent(province, p -> AreaPopulation.of(parameters.year())).combine(e.getValue());
        }
        Map<ProvinceCode, ProvincialBenchmark> figures = new TreeMap<>(benchmarks);
        for (Map.Entry<ProvinceCode, AreaPopulation> e : provinces.entrySet()) {
            AreaPopulation p = e.getValue();
            if (!figures.containsKey(e.getKey()) && p.persons() > 0) {
                figures.put(e.getKey(), ProvincialBenchmark.fromRegistry(e.getKey(), parameters.year(),
                        new Incidence(p.poorPersons(), denominators.get(e.getKey())), p.netIncome(), p.persons()));
            }
        }
        return figures;
    }

    /**
     * The incidence denominator of each county with households, counted over its villages: each village's rural
     * population on record when it is at least the persons read there, else those persons, and the persons of its
     * households in no village.
     */
    private Map<CountyCode, Long> villagePopulations() {
        Map<CountyCode, Long> populations = new HashMap<>();
        for (Map.Entry<VillageCode, AreaPopulation> e : byVillage.entrySet()) {
            Village v = villages.get(e.getKey());
            populations.merge(e.getKey().county(),
                    e.getValue().incidence(v == null ? null : v.getRuralPopulation()).population(), Long::sum);
        }
        withoutVillage.forEach((county, sums) -> populations.merge(county, sums.persons(), Long::sum));
        return populations;
    }

    private AreaPopulation sums(VillageCode village) {
        AreaPopulation sums = byVillage.get(village);
        return sums != null ? sums : AreaPopulation.of(parameters.year());
    }

    /** The sums of each county with households: its villages' and those of its households without a village. */
    private SortedMap<CountyCode, AreaPopulation> countySums() {
        SortedMap<CountyCode, AreaPopulation> sums = new TreeMap<>();
        for (Map.Entry<VillageCode, AreaPopulation> e : byVillage.entrySet()) {
            sums.computeIfAbsent(e.getKey().county(), c -> AreaPopulation.of(parameters.year())).combine(e.getValue());
        }
        for (Map.Entry<CountyCode, AreaPopulation> e : withoutVillage.entrySet()) {
            sums.computeIfAbsent(e.getKey(), c -> AreaPopulation.of(parameters.year())).combine(e.getValue());
        }
        return sums;
    }

    @Override
    public String toString() {
        return "AreaAssessment{" + parameters.year() + ": " + villages.size() + " villages on record, "
                + households + " households added}";
    }
}
