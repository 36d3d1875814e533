package io.github.jingzhun.examples.cli;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.statistics.AlkireFoster;
import io.github.jingzhun.statistics.FosterGreerThorbecke;
import io.github.jingzhun.statistics.MultidimensionalPoverty;
import io.github.jingzhun.statistics.Progress;
import java.time.Year;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code stats} counts in one pass over households: each household's decision (outcome, type, exit,
 * monitoring) and the poverty statistics — FGT (ST-2), Alkire–Foster by county (ST-3), incidence (ST-1)
 * and progress (ST-5) — with FGT by county too. Memory holds counts and one small accumulator per county.
 */
final class PopulationSummary {

    /** Households and persons. */
    static final class Count {
        long households;
        long persons;

        void add(Household h) {
            households++;
            persons += h.size();
        }
    }

    /** The result of one pass. */
    record Result(Year year, Count all, Map<Outcome, Count> outcomes, Map<HouseholdType, Count> types,
            Count exitEligible, Count exitNotEligible, Map<String, Count> monitoring, FosterGreerThorbecke fgt,
            MultidimensionalPoverty multidimensional, Incidence incidence, Progress progress,
            SortedMap<CountyCode, Count> counties, Map<CountyCode, FosterGreerThorbecke> countyFgt) {}

    private final PovertyPolicy policy;
    private final Year year;
    private final Count all = new Count();
    private final Map<Outcome, Count> outcomes = new EnumMap<>(Outcome.class);
    private final Map<HouseholdType, Count> types = new EnumMap<>(HouseholdType.class);
    private final Count exitEligible = new Count();
    private final Count exitNotEligible = new Count();
    private final Map<String, Count> monitoring = new LinkedHashMap<>();
    private final FosterGreerThorbecke.Accumulator fgt;
    private final AlkireFoster.Accumulator multidimensional;
    private final Progress.Accumulator progress;
    private final SortedMap<CountyCode, Count> counties = new TreeMap<>();
    private final Map<CountyCode, FosterGreerThorbecke.Accumulator> countyFgt = new TreeMap<>();
    private long registeredPersons;

    PopulationSummary(PovertyPolicy policy, Year year, AlkireFoster measure) {
        this.policy = policy;
        this.year = year;
        this.fgt = FosterGreerThorbecke.accumulator(policy, year);
        this.multidimensional = measure.accumulator(policy, year, h -> h.getArea().getCounty().toString());
        this.progress = Progress.accumulator(policy, year);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, new Count());
        }
        for (HouseholdType t : HouseholdType.values()) {
            types.put(t, new Count());
        }
        monitoring.put("NONE", new Count());
        for (MonitoringCategory c : MonitoringCategory.values()) {
            monitoring.put(c.name(), new Count());
        }
    }

    /**
     * Counts a household, which has an income record of the year.
     *
     * @param h the household
     */
    void add(Household h) {
        Decision d = policy.assess(h, year);
        all.add(h);
        outcomes.get(d.identification().outcome()).add(h);
        HouseholdType type = d.identification().type();
        if (type != null) {
            types.get(type).add(h);
        }
        if (h.getStatus().onRegistryAtEndOf(year)) {
            registeredPersons += h.size();
        }
        if (h.getStatus().getState() == RegistrationState.REGISTERED) {
            (d.exit().eligible() ? exitEligible : exitNotEligible).add(h);
        }
        MonitoringCategory category = d.monitoring().category();
        monitoring.get(d.monitoring().monitored() && category != null ? category.name() : "NONE").add(h);
        fgt.add(h);
        multidimensional.add(h);
        progress.add(h);
        CountyCode county = h.getArea().getCounty();
        counties.computeIfAbsent(county, c -> new Count()).add(h);
        countyFgt.computeIfAbsent(county, c -> FosterGreerThorbecke.accumulator(policy, year)).add(h);
    }

    Result result() {
        Map<CountyCode, FosterGreerThorbecke> byCounty = new TreeMap<>();
        countyFgt.forEach((c, a) -> byCounty.put(c, a.result()));
        return new Result(year, all, Collections.unmodifiableMap(outcomes), Collections.unmodifiableMap(types),
                exitEligible, exitNotEligible, Collections.unmodifiableMap(monitoring), fgt.result(),
                multidimensional.result(), new Incidence(registeredPersons, all.persons), progress.result(),
                Collections.unmodifiableSortedMap(counties), Collections.unmodifiableMap(byCounty));
    }
}
