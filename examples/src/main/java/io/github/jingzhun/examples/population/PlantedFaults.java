package io.github.jingzhun.examples.population;

import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A synthetic registry with faults planted for an audit to find, each a change to households of the population
 * that causes one audit finding and nothing else:
 * <ul>
 *   <li>two persons registered in a second household (AUD-1): a never-registered household's last member replaced
 *       by the head of an earlier one;</li>
 *   <li>a contact cadre paired with 40 households (AUD-8), households that had a cadre of their own;</li>
 *   <li>a registered household's exit under way with a public notice of five days (AUD-7);</li>
 *   <li>a registered household on civil affairs' minimum-living-allowance roll typed GENERAL (AUD-9), where it was
 *       typed MINIMUM_LIVING_ALLOWANCE;</li>
 *   <li>a stale exclusion (AUD-3): a registered household that now owns a private car.</li>
 * </ul>
 * The households are chosen among the first {@value #WINDOW} of the population, the first that fit; the rest of the
 * population is as generated. Immutable and thread-safe.
 */
public final class PlantedFaults {

    /** The fewest households faults can be planted in. */
    public static final long FEWEST = 200;
    /** The households the faults are planted among. */
    private static final int WINDOW = 2000;
    /** The cadre paired with too many households. */
    public static final String OVERLOADED_CADRE = "CADRE-999999";
    private static final int CADRE_HOUSEHOLDS = 40;
    private static final int SHORT_NOTICE_DAYS = 5;

    /**
     * One planted fault: the finding it causes.
     *
     * @param rule the rule the finding cites
     * @param households the registry ids of the households the finding names
     * @param subject the finding's subject
     * @param what what was planted, in plain words
     */
    public record Fault(Rule rule, List<String> households, String subject, String what) {

        /**
         * Creates a fault, copying its households.
         *
         * @param rule the rule the finding cites
         * @param households the registry ids of the households the finding names
         * @param subject the finding's subject
         * @param what what was planted, in plain words
         */
        public Fault {
            households = List.copyOf(households);
        }
    }

    private final SyntheticPopulation population;
    private final Map<Long, UnaryOperator<Household>> plantings;
    private final List<Fault> faults;

    private PlantedFaults(SyntheticPopulation population, Map<Long, UnaryOperator<Household>> plantings,
            List<Fault> faults) {
        this.population = population;
        this.plantings = Map.copyOf(plantings);
        this.faults = List.copyOf(faults);
    }

    /**
     * Plants the faults in the first households of a population.
     *
     * @param population the population, not null
     * @param households how many households the registry has, at least {@value #FEWEST}
     * @return the registry with its faults, not null
     * @throws IllegalArgumentException if there are too few households, or no household of the window fits a fault
     */
    public static PlantedFaults in(SyntheticPopulation population, long households) {
        if (households < FEWEST) {
            throw new IllegalArgumentException("faults are planted in at least " + FEWEST + " households, not "
                    + households);
        }
        Map<Long, UnaryOperator<Household>> plantings = new HashMap<>();
        List<Fault> faults = new ArrayList<>();
        List<String> paired = new ArrayList<>();
        List<Long> pairedIndexes = new ArrayList<>();
        Member firstHead = null;
        long firstHeadIndex = -1;
        String firstHeadHousehold = null;
        int duplicates = 0;
        int year = population.year().getValue();
        long window = Math.min(households, WINDOW);
        for (long i = 0; i < window; i++) {
            Household h = population.household(i);
            RegistrationState state = h.getStatus().getState();
            boolean registered = state == RegistrationState.REGISTERED;
            if (registered && h.getType() == HouseholdType.GENERAL && h.getContactCadre() != null
                    && noExclusion(h) && !has(faults, Rule.AUD_3)) {
                plantings.put(i, x -> Household.builder().from(x).withAssets(Assets.builder()
                        .from(x.getAssets()).withPrivateCar(true).build()).build());
                faults.add(new Fault(Rule.AUD_3, List.of(h.getId()), "PRIVATE_CAR",
                        "a registered household now owns a private car (a stale exclusion)"));
            } else if (registered && h.getType() == HouseholdType.MINIMUM_LIVING_ALLOWANCE
                    && Objects.requireNonNull(h.incomeOf(population.year())).receives(
                            TransferKind.MINIMUM_LIVING_ALLOWANCE) && !has(faults, Rule.AUD_9)) {
                plantings.put(i, x -> Household.builder().from(x).withType(HouseholdType.GENERAL).build());
                faults.add(new Fault(Rule.AUD_9, List.of(h.getId()), h.getId(),
                        "a household on the minimum-living-allowance roll typed GENERAL"));
            } else if (registered && h.getContactCadre() != null && !has(faults, Rule.AUD_7)) {
                List<RecordedProcedure> procedures = new ArrayList<>();
                for (RecordedProcedure p : h.getProcedures()) {
                    if (p.getKind() != ProcedureKind.HOUSEHOLD_EXIT) {
                        procedures.add(p);
                    }
                }
                procedures.add(shortNotice(LocalDate.of(year, 11, 4)));
                plantings.put(i, x -> Household.builder().from(x).withProcedures(procedures).build());
                faults.add(new Fault(Rule.AUD_7, List.of(h.getId()), "procedures[" + (procedures.size() - 1)
                        + "].events[3] PUBLIC_NOTICE", "an exit under way whose public notice lasted "
                        + SHORT_NOTICE_DAYS + " days"));
            } else if (state == RegistrationState.NOT_REGISTERED && h.getProcedures().isEmpty()
                    && h.getMonitoring() == null && ordinary(h.getMembers().get(h.size() - 1)) && duplicates < 2
                    && (firstHead == null || !holds(h, firstHead))) {
                if (firstHead == null) {
                    if (ordinary(h.getMembers().get(0))) {
                        firstHead = h.getMembers().get(0);
                        firstHeadIndex = i;
                        firstHeadHousehold = h.getId();
                    }
                } else {
                    Member head = firstHead;
                    int last = h.size() - 1;
                    plantings.put(i, x -> {
                        List<Member> members = new ArrayList<>(x.getMembers());
                        members.set(last, head);
                        return Household.builder().from(x).withMembers(members).build();
                    });
                    faults.add(new Fault(Rule.AUD_1, List.of(firstHeadHousehold, h.getId()), firstHeadHousehold
                            + " members[0], " + h.getId() + " members[" + last + "]",
                            "the head of household " + firstHeadHousehold + " registered again in " + h.getId()));
                    duplicates++;
                    if (duplicates < 2) {
                        firstHead = null;
                    }
                }
            } else if (h.getContactCadre() != null && paired.size() < CADRE_HOUSEHOLDS && i != firstHeadIndex) {
                plantings.put(i, x -> Household.builder().from(x).withContactCadre(OVERLOADED_CADRE).build());
                paired.add(h.getId());
                pairedIndexes.add(i);
            }
        }
        if (paired.size() < CADRE_HOUSEHOLDS || faults.size() != 5) {
            throw new IllegalArgumentException("too few households fit the faults among the first " + window);
        }
        faults.add(new Fault(Rule.AUD_8, paired, OVERLOADED_CADRE, "a contact cadre paired with "
                + CADRE_HOUSEHOLDS + " households"));
        return new PlantedFaults(population, plantings, faults);
    }

    private static boolean has(List<Fault> faults, Rule rule) {
        return faults.stream().anyMatch(f -> f.rule() == rule);
    }

    /** No exclusion hits the household: no car, no town housing, no member on the payroll or running a firm. */
    private static boolean noExclusion(Household h) {
        return !h.getAssets().isPrivateCar() && !h.getAssets().isTownCommercialHousing()
                && h.getMembers().stream().allMatch(PlantedFaults::ordinary);
    }

    private static boolean holds(Household h, Member member) {
        return h.getMembers().stream().anyMatch(m -> m.getIdNumber().equals(member.getIdNumber()));
    }

    /** A member whose moving cannot change an exclusion: not on the payroll, running no firm. */
    private static boolean ordinary(Member m) {
        return !m.isPublicEmployee() && !m.isRegisteredEnterprise();
    }

    /** The first four steps of an exit, regular but for a public notice of five days. */
    private static RecordedProcedure shortNotice(LocalDate start) {
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(ProcedureKind.HOUSEHOLD_EXIT);
        LocalDate day = start;
        for (Step step : ProcedureKind.HOUSEHOLD_EXIT.steps().subList(0, 4)) {
            if (step.isNotice()) {
                b.addEvents(RecordedStep.builder().withStep(step).withNoticeStart(day)
                        .withNoticeEnd(day.plusDays(SHORT_NOTICE_DAYS - 1L)).withActor("village committee").build());
            } else {
                b.addEvents(RecordedStep.builder().withStep(step).withDate(day).withActor("village committee")
                        .build());
            }
            day = day.plusDays(2);
        }
        return b.build();
    }

    /**
     * The household of an index, with its planted fault if it has one.
     *
     * @param index the index, from 0
     * @return the household, not null
     */
    public Household household(long index) {
        Household h = population.household(index);
        UnaryOperator<Household> planting = plantings.get(index);
        return planting == null ? h : planting.apply(h);
    }

    /**
     * The faults planted, each as the finding it causes.
     *
     * @return the faults, not null
     */
    public List<Fault> faults() {
        return faults;
    }
}
