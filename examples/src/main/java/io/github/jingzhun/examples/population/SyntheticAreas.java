package io.github.jingzhun.examples.population;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.area.VillageStatus;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The villages and counties of a synthetic population, made to fit its households: add each household as it is
 * generated, then take the records. Memory holds a count per village, never the households.
 *
 * <p>Each village named by a household gets a record drawn from the seed and its code — its registration as a poor
 * village, roads, electricity, water, clinic, collective income (none in about a third), resident officials (now
 * and then missing in a registered poor village, an AUD-8 finding) and, for about two thirds, a rural population a
 * few to many times the persons of its households read, as if the registry extract were a sample of the village.
 * So villages pass and fail each criterion of ID-V-1 and EX-V-1. On purpose, the records leave out the village with
 * the highest code named by a household and add one village with no household, which the decisions report.
 *
 * <p>The counties are the population's six and one more with no village: Pingtang may exit (EX-C-1 and EX-C-2 pass,
 * the provincial announcement remains); Min's incidence is too high; Mianning's wrong-exit rate and Huayuan's
 * public recognition fail EX-C-2; Zhengding is not a poverty county; Chun'an exited the year before, in its
 * transition (GR-1); Luodian (522728) has neither village nor household. Each county's rural population is a
 * multiple of the persons read, and never less than the sum of its villages'.
 *
 * <p>Deterministic: the same seed, year and households give the same records. Not thread-safe.
 */
public final class SyntheticAreas {

    /** The county with a record but no village or household. */
    static final CountyCode WITHOUT_VILLAGES = CountyCode.of(522728);
    /** Township 107 holds no household of the population: its village 201 of the first county has none. */
    private static final String EMPTY_VILLAGE_SUFFIX = "107201";
    /** Rural population multiples of a village's persons read; 0 leaves the figure out. */
    private static final int[] VILLAGE_MULTIPLES = {0, 0, 0, 2, 5, 10, 20, 40};
    /**
     * Each county's rural population as a multiple of its persons read (0: no figure); its villages' multiples are
     * at most its own, so that its villages never outnumber it.
     */
    private static final Map<Integer, Integer> COUNTY_MULTIPLES = Map.of(522727, 25, 621126, 4, 513433, 20,
            433124, 30, 330127, 40, 130123, 0);

    private final long seed;
    private final Year year;
    private final Map<VillageCode, long[]> persons = new HashMap<>();
    private final Map<CountyCode, long[]> countyPersons = new HashMap<>();

    private SyntheticAreas(long seed, Year year) {
        this.seed = seed;
        this.year = year;
    }

    /**
     * Starts the areas of a population.
     *
     * @param population the population whose households will be added, not null
     * @return the areas, with no household yet, not null
     */
    public static SyntheticAreas of(SyntheticPopulation population) {
        return new SyntheticAreas(population.seed(), population.year());
    }

    /**
     * Counts a household in its village and county.
     *
     * @param household a household of the population, not null
     */
    public void add(Household household) {
        VillageCode village = household.getArea().getVillage();
        if (village != null) {
            persons.computeIfAbsent(village, v -> new long[1])[0] += household.size();
        }
        countyPersons.computeIfAbsent(household.getArea().getCounty(), c -> new long[1])[0] += household.size();
    }

    /**
     * The village records, by code: every village named, but the one with the highest code, and one with none.
     *
     * @return the villages, not null
     */
    public List<Village> villages() {
        TreeSet<VillageCode> codes = new TreeSet<>(persons.keySet());
        if (!codes.isEmpty()) {
            codes.remove(codes.last());
        }
        codes.add(VillageCode.parse(County.all().get(0).code() + EMPTY_VILLAGE_SUFFIX));
        List<Village> villages = new ArrayList<>(codes.size());
        for (VillageCode code : codes) {
            villages.add(village(code));
        }
        return villages;
    }

    /**
     * The county records, by code: the population's six and one with no village.
     *
     * @return the counties, not null
     */
    public List<io.github.jingzhun.exit.County> counties() {
        Map<CountyCode, Long> villagePopulations = new HashMap<>();
        for (Village v : villages()) {
            long people = v.getRuralPopulation() != null ? v.getRuralPopulation() : personsOf(v.getCode());
            villagePopulations.merge(v.getCode().county(), people, Long::sum);
        }
        TreeMap<CountyCode, io.github.jingzhun.exit.County> counties = new TreeMap<>();
        for (County c : County.all()) {
            counties.put(c.code(), county(c.code(), villagePopulations.getOrDefault(c.code(), 0L)));
        }
        counties.put(WITHOUT_VILLAGES, io.github.jingzhun.exit.County.builder().withCode(WITHOUT_VILLAGES)
                .withDesignated(true).build());
        return List.copyOf(counties.values());
    }

    private long personsOf(VillageCode code) {
        long[] count = persons.get(code);
        return count == null ? 0 : count[0];
    }

    /** SplitMix64's finaliser, as the population uses. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private Village village(VillageCode code) {
        SplittableRandom r = new SplittableRandom(mix(mix(seed) ^ mix(Long.parseLong(code.toString()))));
        int state = r.nextInt(100);
        VillageStatus status;
        LocalDate registered = LocalDate.of(2014, 4, 1).plusDays(r.nextInt(240));
        int y = year.getValue();
        if (state < 45 || (state < 70 && y < 2016)) {
            status = VillageStatus.registered(registered);
        } else if (state < 70) {
            // Villages exited from 2016, the first year of village exits, to the year.
            status = VillageStatus.exited(registered, LocalDate.of(2016 + r.nextInt(y - 2016 + 1), 11, 1)
                    .plusDays(r.nextInt(50)));
        } else {
            status = VillageStatus.notRegistered();
        }
        boolean poor = state < 45;
        int most = COUNTY_MULTIPLES.getOrDefault(code.county().code(), 0);
        int multiple = VILLAGE_MULTIPLES[r.nextInt(VILLAGE_MULTIPLES.length)];
        while (most > 0 && multiple > most) {
            multiple = VILLAGE_MULTIPLES[r.nextInt(VILLAGE_MULTIPLES.length)];
        }
        long read = personsOf(code);
        Integer population = multiple == 0 || read == 0 ? null : Math.toIntExact(read * multiple);
        Yuan collective = r.nextInt(100) < (poor ? 45 : 25) ? Yuan.ZERO : Yuan.of(5_000 + r.nextInt(300) * 1_000L);
        return Village.builder().withCode(code).withStatus(status).withRuralPopulation(population)
                .withCollectiveIncome(collective)
                .withHardenedRoad(r.nextInt(100) < 92).withElectricity(r.nextInt(100) < 97)
                .withSafeWater(r.nextInt(100) < 85).withClinic(r.nextInt(100) < 80)
                .withFirstSecretary(r.nextInt(100) < (poor ? 90 : 15))
                .withWorkingTeam(r.nextInt(100) < (poor ? 85 : 10))
                .build();
    }

    /** The profile of each county of the population: rural population multiple, sample, steps, exit. */
    private io.github.jingzhun.exit.County county(CountyCode code, long villagePopulation) {
        int y = year.getValue();
        io.github.jingzhun.exit.County.Builder b = io.github.jingzhun.exit.County.builder().withCode(code)
                .withDesignated(true);
        switch (code.code()) {
            case 522727 -> { // Pingtang: may exit, the provincial announcement remains
                b.withApplicationYear(year).withEvaluation(sample(6, 12, 760)).addAllExitProcedure(steps(y, 4));
            }
            case 621126 -> { // Min: incidence too high
                b.withApplicationYear(year).withEvaluation(sample(6, 12, 760)).addAllExitProcedure(steps(y, 2));
            }
            case 513433 -> { // Mianning: a wrong-exit rate of 2.5%
                b.withApplicationYear(year).withEvaluation(sample(30, 12, 760)).addAllExitProcedure(steps(y, 3));
            }
            case 433124 -> { // Huayuan: public recognition of 88%
                b.withApplicationYear(year).withEvaluation(sample(6, 12, 704)).addAllExitProcedure(steps(y, 3));
            }
            case 330127 -> { // Chun'an: exited the year before, in transition
                b.withEvaluation(sample(4, 10, 776));
                if (y > 2016) {
                    b.withApplicationYear(Year.of(y - 1)).withExitYear(Year.of(y - 1))
                            .addAllExitProcedure(steps(y - 1, 5));
                }
            }
            default -> b.withDesignated(false); // Zhengding: not a poverty county
        }
        int multiple = COUNTY_MULTIPLES.getOrDefault(code.code(), 0);
        long read = countyPersons.getOrDefault(code, new long[1])[0];
        if (multiple > 0 && read > 0) {
            b.withRuralPopulation(Math.toIntExact(Math.max(read * multiple, villagePopulation)));
        }
        return b.build();
    }

    /** A sample of 1,200 exited persons, 2,400 non-registered persons and 800 households. */
    private static EvaluationSample sample(int wronglyExited, int missed, int recognising) {
        return EvaluationSample.of(1200, wronglyExited, 2400, missed, 800, recognising);
    }

    /** The first steps of a county exit procedure, dated in a year, the notice seven days. */
    private static List<StepRecord> steps(int year, int count) {
        List<StepRecord> all = List.of(
                new StepRecord(Step.COUNTY_APPLICATION, LocalDate.of(year, 3, 1), "county government", null, null),
                new StepRecord(Step.CITY_REVIEW, LocalDate.of(year, 4, 15), "prefecture government", null, null),
                new StepRecord(Step.PROVINCIAL_VERIFICATION, LocalDate.of(year, 9, 30),
                        "provincial office, third-party evaluation", null, null),
                new StepRecord(Step.PUBLIC_NOTICE, LocalDate.of(year, 10, 14), "provincial government",
                        LocalDate.of(year, 10, 8), null),
                new StepRecord(Step.PROVINCIAL_ANNOUNCEMENT, LocalDate.of(year, 11, 1), "provincial government",
                        null, null));
        return all.subList(0, count);
    }

    @Override
    public String toString() {
        return "SyntheticAreas{seed=" + seed + ", year=" + year + ", " + persons.size() + " villages named}";
    }
}
