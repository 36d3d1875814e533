package io.github.jingzhun.examples.population;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.MacroRegion;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Education;
import io.github.jingzhun.household.Health;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.MissingParameterException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic population of rural households, deterministic from a seed: household {@code i} of a seed is always the
 * same household, whatever else was generated, so a population of any size streams in constant memory and a
 * smaller population is the beginning of a larger one.
 *
 * <p>Every {@value #BLOCK} consecutive households (from index 0) hold the same mix of situations in a shuffled order:
 * 80 never registered, 40 registered and 80 exited; every cause of poverty registered (illness most often, as in
 * the registry), all three household types, and situations that the policy watches (a serious illness, a disaster,
 * elderly people who cannot work). Households live in the {@link County#all() counties} of the WEST, CENTRAL and
 * EAST regions and the NORTH and SOUTH climate zones. Members have plausible names, ages, schooling, health and
 * labour capacity, and valid resident ID numbers (GB 11643) that agree with their birth dates and sex. Each
 * household has income records of the year and the year before, composed of wages, production, property and
 * transfers so that per-capita income lies around the year's national poverty line: mostly below it for registered
 * households, mostly above it for exited ones, spread widely for the rest, higher in the east. Where they fit,
 * households carry their records over time, all regular: the procedures of a registration after 2014, of an exit in
 * the latest year or under way, and of an inclusion in monitoring with its history.
 *
 * <pre>{@code
 * SyntheticPopulation population = SyntheticPopulation.of(2019, Year.of(2019));
 * population.households(10_000).forEach(h -> ...);      // streamed, never held
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticPopulation {

    /** The number of consecutive households that hold the full mix of situations. */
    public static final int BLOCK = 200;

    private static final Profile[] DECK = deck();
    private static final County[] COUNTIES = County.all().toArray(new County[0]);
    /** County weights of households that were ever registered: the poorer western counties first. */
    private static final int[] REGISTERED_WEIGHTS = {24, 24, 20, 16, 8, 8};
    private static final int[] OTHER_WEIGHTS = {16, 16, 14, 16, 19, 19};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] SURNAMES = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
        "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song",
        "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Long", "Shi", "Tian", "Yao"};
    private static final String[] MALE_NAMES = {"Wei", "Qiang", "Jun", "Lei", "Gang", "Ming", "Hao", "Jie", "Tao",
        "Peng", "Bin", "Chao", "Yong", "Jian", "Hui", "Fei", "Bo", "Zhi", "Jianguo", "Zhiqiang", "Haitao", "Dewen",
        "Fugui", "Wenhua", "Yonggang", "Xiaolong", "Chengwu", "Shengli"};
    private static final String[] FEMALE_NAMES = {"Fang", "Li", "Jing", "Min", "Yan", "Hong", "Xia", "Ping", "Juan",
        "Ying", "Lan", "Mei", "Hua", "Qin", "Yun", "Na", "Xiuying", "Guilan", "Yumei", "Xiaohong", "Chunmei", "Lihua",
        "Jinfeng", "Shuzhen"};
    /** Yi family names and given names, for households of Liangshan. */
    private static final String[] YI_SURNAMES = {"Jike", "Ayi", "Aku", "Shama", "Qubi", "Jiebu", "Mose", "Wuqi",
        "Luoge", "Aniu"};
    private static final String[] YI_NAMES = {"Anu", "Muga", "Lazi", "Shibu", "Erni", "Zuomo", "Wuniu", "Ahong",
        "Jiaga", "Shiniu", "Mubu", "Ajin"};

    private final long seed;
    private final Year year;
    private final LocalDate schoolDay;
    /** The national poverty line of the year, in whole yuan. */
    private final long line;
    private final RegistryHistories histories;

    private SyntheticPopulation(long seed, Year year, long line) {
        this.seed = seed;
        this.year = year;
        this.schoolDay = year.atMonthDay(MonthDay.of(9, 1));
        this.line = line;
        this.histories = new RegistryHistories(seed, year);
    }

    /**
     * The population of a seed whose latest income year is {@code year}.
     *
     * @param seed the seed; the same seed always gives the same households
     * @param year the latest income year, from 2015 (the first year of exits) to the last year with a national
     *     line, not null
     * @return the population, not null
     * @throws IllegalArgumentException if the year is before 2015
     * @throws MissingParameterException if the national parameters have no line for the year
     */
    public static SyntheticPopulation of(long seed, Year year) {
        if (year.getValue() < 2015) {
            throw new IllegalArgumentException("the synthetic population starts in 2015, the first year of exits, not "
                    + year);
        }
        Yuan line = PovertyPolicy.national().parametersFor(year).nationalLine().amount();
        return new SyntheticPopulation(seed, year, line.fen() / 100);
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The latest income year of every household.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The first households of the population, in order, generated as the stream is read.
     *
     * @param count how many, not negative
     * @return households 0 to {@code count - 1}, not null
     * @throws IllegalArgumentException if the count is negative
     */
    public Stream<Household> households(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return LongStream.range(0, count).mapToObj(this::household);
    }

    /**
     * The household of an index: always the same household for the same seed, year and index.
     *
     * @param index the index, from 0
     * @return the household, not null
     * @throws IllegalArgumentException if the index is negative
     */
    public Household household(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return histories.add(new Draft(index).build(), index);
    }

    @Override
    public String toString() {
        return "SyntheticPopulation{seed=" + seed + ", year=" + year + "}";
    }

    /** The situation of a household: its registration state, (latent) cause and registered type. */
    private record Profile(RegistrationState state, @Nullable Cause cause, HouseholdType type) {}

    /**
     * The situations of one block: 120 households ever registered, their causes in the registry's proportions
     * (each cause split one to two between still registered and exited), and 80 never registered, some with a
     * latent hardship.
     */
    private static Profile[] deck() {
        List<Profile> deck = new ArrayList<>();
        // cause, households, of which MINIMUM_LIVING_ALLOWANCE, of which EXTREME_POVERTY_SUPPORT
        Object[][] registered = {
            {Cause.ILLNESS, 40, 10, 0}, {Cause.DISABILITY, 8, 3, 0}, {Cause.EDUCATION_COSTS, 8, 0, 0},
            {Cause.DISASTER, 5, 0, 0}, {Cause.LACK_OF_LAND, 5, 0, 0}, {Cause.LACK_OF_WATER, 4, 0, 0},
            {Cause.LACK_OF_SKILLS, 14, 0, 0}, {Cause.LACK_OF_LABOUR, 10, 3, 5}, {Cause.LACK_OF_CAPITAL, 14, 0, 0},
            {Cause.POOR_TRANSPORT, 4, 0, 0}, {Cause.LACK_OF_MOTIVATION, 4, 0, 0}, {Cause.OTHER, 4, 0, 0}};
        for (Object[] row : registered) {
            Cause cause = (Cause) row[0];
            int count = (Integer) row[1];
            int allowance = (Integer) row[2];
            int support = (Integer) row[3];
            for (int j = 0; j < count; j++) {
                HouseholdType type = j < support ? HouseholdType.EXTREME_POVERTY_SUPPORT
                        : j < support + allowance ? HouseholdType.MINIMUM_LIVING_ALLOWANCE : HouseholdType.GENERAL;
                RegistrationState state = j % 3 == 0 ? RegistrationState.REGISTERED : RegistrationState.EXITED;
                deck.add(new Profile(state, cause, type));
            }
        }
        Object[][] others = {{null, 60}, {Cause.ILLNESS, 8}, {Cause.LACK_OF_LABOUR, 4}, {Cause.DISABILITY, 3},
            {Cause.DISASTER, 3}, {Cause.EDUCATION_COSTS, 2}};
        for (Object[] row : others) {
            for (int j = 0; j < (Integer) row[1]; j++) {
                deck.add(new Profile(RegistrationState.NOT_REGISTERED, (Cause) row[0], HouseholdType.GENERAL));
            }
        }
        if (deck.size() != BLOCK) {
            throw new AssertionError("the deck must hold one block: " + deck.size());
        }
        return deck.toArray(new Profile[0]);
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of a value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The profile of a household: the deck of its block, shuffled by the seed and the block. */
    private Profile profile(long index) {
        long block = index / BLOCK;
        int position = (int) (index % BLOCK);
        SplittableRandom random = new SplittableRandom(mix(mix(seed) ^ mix(~block)));
        int[] order = new int[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            order[i] = i;
        }
        for (int i = BLOCK - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return DECK[order[position]];
    }

    /** One member while it is drawn. */
    private static final class Person {
        final Relation relation;
        final Sex sex;
        /** The age on 31 December of the year. */
        final int age;
        final LocalDate birth;
        Health health = Health.HEALTHY;
        @Nullable Integer disability;
        Labour labour = Labour.ORDINARY;
        Schooling schooling = Schooling.NOT_SCHOOL_AGE;
        @Nullable Education education;
        int migrantMonths;
        boolean employed;
        boolean student;
        String name = "";

        Person(Relation relation, Sex sex, int age, LocalDate birth) {
            this.relation = relation;
            this.sex = sex;
            this.age = age;
            this.birth = birth;
        }

        boolean works() {
            return migrantMonths > 0 || employed;
        }
    }

    /** One household while it is drawn from its own random stream. */
    private final class Draft {
        private final long index;
        private final SplittableRandom r;
        private final Profile profile;
        private final County county;
        private final List<Person> people = new ArrayList<>();
        private final List<Transfer> transfers = new ArrayList<>();

        Draft(long index) {
            this.index = index;
            this.r = new SplittableRandom(mix(mix(seed) + mix(index + 0x632be59bd9b4e019L)));
            this.profile = profile(index);
            this.county = COUNTIES[weighted(profile.state == RegistrationState.NOT_REGISTERED ? OTHER_WEIGHTS
                    : REGISTERED_WEIGHTS)];
        }

        Household build() {
            Cause cause = profile.cause;
            members(cause);
            names();
            boolean registry = profile.state != RegistrationState.NOT_REGISTERED;
            Household.Builder b = Household.builder()
                    .withId(String.format("HH-%s-%07d", county.code(), index + 1))
                    .withArea(Area.of(village()))
                    .withType(profile.type)
                    .withStatus(status());
            Set<String> ids = new HashSet<>();
            for (Person p : people) {
                b.addMembers(member(p, ids));
            }
            if (registry && cause != null) {
                b.withCauses(secondaryCause(cause));
                b.addAllMeasuresReceived(measures(cause));
                if (r.nextInt(100) < 99 || profile.state == RegistrationState.EXITED) {
                    b.withContactCadre(String.format("CADRE-%06d", index / 20 + 1));
                }
            }
            Location location = location(cause);
            b.withLocation(location);
            b.addAllIncome(income(cause, location));
            b.withConditions(conditions(cause, location));
            b.withAssets(assets());
            return b.build();
        }

        // ---- who lives in the household ----

        private void members(@Nullable Cause cause) {
            boolean noLabour = cause == Cause.LACK_OF_LABOUR
                    || profile.type == HouseholdType.EXTREME_POVERTY_SUPPORT;
            if (noLabour) {
                elderly();
            } else {
                family(cause == Cause.EDUCATION_COSTS);
            }
            for (Person p : people) {
                schoolingAndEducation(p);
                labour(p);
            }
            if (cause == Cause.ILLNESS) {
                Person p = adult();
                p.health = r.nextInt(100) < 55 ? Health.CHRONIC_ILLNESS : Health.SERIOUS_ILLNESS;
                labour(p);
            } else if (cause == Cause.DISABILITY) {
                Person p = people.get(r.nextInt(people.size()));
                p.disability = 1 + r.nextInt(4);
                if (p.student && p.disability <= 2 && p.schooling == Schooling.ENROLLED && schoolAge(p)) {
                    p.schooling = Schooling.HOME_TUITION;
                }
                labour(p);
            }
            for (Person p : people) {
                if (!noLabour && r.nextInt(100) < 6 && p.health == Health.HEALTHY && p.age >= 45) {
                    p.health = Health.CHRONIC_ILLNESS;
                    labour(p);
                }
                work(p);
            }
        }

        /** One or two old people who cannot work, sometimes with a grandchild left behind. */
        private void elderly() {
            Sex sex = r.nextInt(100) < 60 ? Sex.MALE : Sex.FEMALE;
            Person head = person(Relation.HEAD, sex, 66 + r.nextInt(22));
            people.add(head);
            if (r.nextInt(100) < 55) {
                people.add(person(Relation.SPOUSE, other(sex), Math.max(62, head.age - 6 + r.nextInt(9))));
            }
            if (r.nextInt(100) < 20) {
                people.add(person(Relation.GRANDCHILD, randomSex(), 5 + r.nextInt(10)));
            }
            for (Person p : people) {
                if (p.relation != Relation.GRANDCHILD && p.age <= 75 && r.nextInt(100) < 70) {
                    p.health = Health.CHRONIC_ILLNESS;
                }
            }
        }

        /** A couple with children, sometimes with a parent of the head; a student when education costs weigh. */
        private void family(boolean student) {
            int headAge = student ? 40 + r.nextInt(14) : 24 + r.nextInt(48);
            Sex sex = r.nextInt(100) < 85 ? Sex.MALE : Sex.FEMALE;
            people.add(person(Relation.HEAD, sex, headAge));
            if (r.nextInt(100) < (headAge < 65 ? 88 : 65)) {
                people.add(person(Relation.SPOUSE, other(sex), Math.max(20, headAge - 4 + r.nextInt(7))));
            }
            if (student) {
                Person s = person(Relation.CHILD, randomSex(), 17 + r.nextInt(5));
                s.student = true;
                people.add(s);
            }
            int children = headAge < 30 ? r.nextInt(2) : headAge < 55 ? 1 + r.nextInt(3) : r.nextInt(2);
            for (int i = 0; i < children; i++) {
                int oldest = Math.min(headAge - 20, 30);
                int age = headAge < 55 ? r.nextInt(Math.max(1, oldest)) : 18 + r.nextInt(Math.max(1, oldest - 17));
                people.add(person(Relation.CHILD, randomSex(), age));
            }
            if (headAge < 50 && r.nextInt(100) < 30) {
                people.add(person(Relation.PARENT, randomSex(), Math.min(92, headAge + 22 + r.nextInt(9))));
            }
        }

        /** A person of an age on 31 December of the year, born on a day of the year {@code year - age}. */
        private Person person(Relation relation, Sex sex, int age) {
            return new Person(relation, sex, age, LocalDate.of(year.getValue() - age, 1, 1).plusDays(r.nextInt(365)));
        }

        private Person adult() {
            List<Person> adults = new ArrayList<>();
            for (Person p : people) {
                if (p.age >= 16 && !p.student) {
                    adults.add(p);
                }
            }
            return adults.isEmpty() ? people.get(0) : adults.get(r.nextInt(adults.size()));
        }

        private boolean schoolAge(Person p) {
            int age = p.birth.isAfter(schoolDay.withYear(p.birth.getYear())) ? p.age - 1 : p.age;
            return age >= 6 && age <= 15;
        }

        private void schoolingAndEducation(Person p) {
            if (schoolAge(p)) {
                int u = r.nextInt(1000);
                p.schooling = u < 12 ? Schooling.DROPPED_OUT : u < 16 ? Schooling.NOT_ENROLLED : Schooling.ENROLLED;
                p.student = p.schooling == Schooling.ENROLLED;
                p.education = p.age <= 11 ? Education.PRIMARY : Education.JUNIOR_SECONDARY;
            } else if (p.student) {
                p.schooling = Schooling.ENROLLED;
                p.education = p.age <= 18 ? Education.SENIOR_SECONDARY
                        : r.nextBoolean() ? Education.VOCATIONAL : Education.TERTIARY;
            } else if (p.age < 3) {
                p.education = null;
            } else if (p.age < 6) {
                p.education = Education.PRESCHOOL;
            } else {
                int birthYear = year.getValue() - p.age;
                int u = r.nextInt(100);
                if (birthYear < 1960) {
                    p.education = u < 40 ? Education.NONE : u < 90 ? Education.PRIMARY : Education.JUNIOR_SECONDARY;
                } else if (birthYear < 1980) {
                    p.education = u < 8 ? Education.NONE : u < 45 ? Education.PRIMARY
                            : u < 90 ? Education.JUNIOR_SECONDARY : Education.SENIOR_SECONDARY;
                } else {
                    p.education = u < 15 ? Education.PRIMARY : u < 65 ? Education.JUNIOR_SECONDARY
                            : u < 82 ? Education.SENIOR_SECONDARY : u < 94 ? Education.VOCATIONAL : Education.TERTIARY;
                }
            }
        }

        /** Labour capacity from age, health and disability; a healthy person of working age never LOST. */
        private void labour(Person p) {
            if (p.age < 16 || p.student) {
                p.labour = Labour.NONE;
            } else if (p.disability != null && p.disability <= 2) {
                p.labour = Labour.LOST;
            } else if (p.health == Health.SERIOUS_ILLNESS) {
                p.labour = r.nextInt(100) < 60 ? Labour.LOST : Labour.WEAK;
            } else if (p.age > 70 || (isHouseholdWithoutLabour() && p.age > 60)) {
                p.labour = p.health == Health.HEALTHY ? Labour.NONE : Labour.LOST;
            } else if (isHouseholdWithoutLabour()) {
                p.labour = Labour.LOST;
                if (p.health == Health.HEALTHY && p.disability == null) {
                    p.health = Health.CHRONIC_ILLNESS;
                }
            } else if (p.disability != null || p.health == Health.CHRONIC_ILLNESS || p.age > 60) {
                p.labour = r.nextInt(100) < 60 ? Labour.WEAK : Labour.ORDINARY;
            } else {
                int u = r.nextInt(100);
                p.labour = u < 18 ? Labour.SKILLED : u < 90 ? Labour.ORDINARY : Labour.WEAK;
            }
        }

        private boolean isHouseholdWithoutLabour() {
            return profile.cause == Cause.LACK_OF_LABOUR || profile.type == HouseholdType.EXTREME_POVERTY_SUPPORT;
        }

        /** Migrant work away or a local job, for members of working age who can work. */
        private void work(Person p) {
            p.migrantMonths = 0;
            p.employed = false;
            if (!p.labour.hasCapacity() || p.age < 18 || p.age > 58) {
                return;
            }
            int u = r.nextInt(100);
            if (u < 40) {
                p.migrantMonths = 4 + r.nextInt(9);
            } else if (u < 70) {
                p.employed = true;
            }
        }

        /** Names: children take their father's family name, the head's father shares the head's. */
        private void names() {
            boolean yi = county.isDeepPoverty() && r.nextInt(100) < 60;
            String[] surnames = yi ? YI_SURNAMES : SURNAMES;
            String head = pick(surnames);
            String spouse = pick(surnames);
            boolean married = people.stream().anyMatch(p -> p.relation == Relation.SPOUSE);
            String children = people.get(0).sex == Sex.MALE || !married ? head : spouse;
            for (Person p : people) {
                String surname = switch (p.relation) {
                    case HEAD -> head;
                    case SPOUSE -> spouse;
                    case CHILD, GRANDCHILD -> children;
                    default -> p.sex == Sex.MALE ? head : pick(surnames);
                };
                String given = yi ? pick(YI_NAMES) : pick(p.sex == Sex.MALE ? MALE_NAMES : FEMALE_NAMES);
                p.name = surname + " " + given;
            }
        }

        private Member member(Person p, Set<String> ids) {
            LocalDate birth = p.birth;
            String id;
            do {
                id = idNumber(birth, p.sex);
            } while (!ids.add(id));
            boolean adult = p.age >= 16 && !p.student;
            boolean medical = r.nextInt(1000) < 996;
            return Member.builder().withIdNumber(ResidentId.parse(id)).withName(p.name).withSex(p.sex)
                    .withBirthDate(birth).withRelation(p.relation).withEducation(p.education)
                    .withSchooling(p.schooling).withHealth(p.health).withDisabilityGrade(p.disability)
                    .withLabour(p.labour).withMigrantWorkMonths(p.migrantMonths).withEmployed(p.employed)
                    .withMedicalInsurance(medical)
                    .withSeriousIllnessInsurance(medical && r.nextInt(100) < (p.health == Health.HEALTHY ? 90 : 99))
                    .withPensionInsurance(adult && r.nextInt(100) < 85)
                    .withPublicEmployee(adult && p.age <= 60 && r.nextInt(1000) < publicEmployeeRate())
                    .withRegisteredEnterprise(adult && p.age <= 60 && r.nextInt(1000) < 6)
                    .build();
        }

        private int publicEmployeeRate() {
            return profile.state == RegistrationState.NOT_REGISTERED ? 12 : 3;
        }

        /** A GB 11643 number of the county, birth date and sex (17th digit odd for men), with its check digit. */
        private String idNumber(LocalDate birth, Sex sex) {
            int sequence = r.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = county.code() + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth(), sequence);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
            }
            return first17 + "10X98765432".charAt(sum % 11);
        }

        // ---- where and how it lives ----

        private VillageCode village() {
            int township = 100 + 1 + r.nextInt(6);
            int village = 200 + 1 + r.nextInt(12);
            return VillageCode.parse(county.code().toString() + township + village);
        }

        private Status status() {
            int y = year.getValue();
            switch (profile.state) {
                case REGISTERED: {
                    LocalDate on = r.nextInt(100) < 85 || y == 2015
                            ? LocalDate.of(2014, 4, 1).plusDays(r.nextInt(200))
                            : LocalDate.of(2015 + r.nextInt(y - 2015), 3, 1).plusDays(r.nextInt(270));
                    return Status.registered(on);
                }
                case EXITED: {
                    LocalDate on = LocalDate.of(2014, 4, 1).plusDays(r.nextInt(200));
                    // Exits grow towards the latest year: weight 1, 2, 3, ... for 2015, 2016, 2017, ...
                    int years = y - 2015 + 1;
                    int ticket = r.nextInt(years * (years + 1) / 2);
                    int exitYear = 2015;
                    for (int k = 1; ticket >= k; k++) {
                        ticket -= k;
                        exitYear++;
                    }
                    return Status.exited(on, LocalDate.of(exitYear, 10, 1).plusDays(r.nextInt(90)));
                }
                default:
                    return Status.notRegistered();
            }
        }

        private Causes secondaryCause(Cause primary) {
            if (r.nextInt(100) >= 45) {
                return Causes.of(primary);
            }
            Cause[] secondary = {Cause.LACK_OF_SKILLS, Cause.LACK_OF_CAPITAL, Cause.POOR_TRANSPORT,
                Cause.LACK_OF_LAND, Cause.LACK_OF_MOTIVATION};
            Cause second = secondary[r.nextInt(secondary.length)];
            return second == primary ? Causes.of(primary) : Causes.of(primary, second);
        }

        /** The categories of support received so far, as the registry records them. */
        private Set<MeasureCategory> measures(Cause cause) {
            Set<MeasureCategory> m = EnumSet.noneOf(MeasureCategory.class);
            switch (cause) {
                case ILLNESS -> m.add(MeasureCategory.HEALTH);
                case DISABILITY -> m.add(MeasureCategory.DISABILITY);
                case EDUCATION_COSTS -> m.add(MeasureCategory.EDUCATION);
                case DISASTER -> m.add(MeasureCategory.HOUSING);
                case LACK_OF_LAND, LACK_OF_WATER, POOR_TRANSPORT -> m.add(MeasureCategory.ASSET_INCOME);
                case LACK_OF_SKILLS -> m.add(MeasureCategory.SKILLS_TRAINING);
                case LACK_OF_LABOUR -> m.add(MeasureCategory.SOCIAL_SECURITY);
                case LACK_OF_CAPITAL -> m.add(MeasureCategory.MICROCREDIT);
                case LACK_OF_MOTIVATION -> m.add(MeasureCategory.MOTIVATION);
                default -> m.add(MeasureCategory.PRODUCTION);
            }
            if (profile.type != HouseholdType.GENERAL) {
                m.add(MeasureCategory.SOCIAL_SECURITY);
            }
            if (!isHouseholdWithoutLabour()) {
                m.add(r.nextBoolean() ? MeasureCategory.PRODUCTION : MeasureCategory.EMPLOYMENT);
            }
            return m;
        }

        private Location location(@Nullable Cause cause) {
            boolean west = county.region() == MacroRegion.WEST;
            int inhospitable = (west ? 5 : 1) + (cause == Cause.LACK_OF_LAND || cause == Cause.POOR_TRANSPORT
                    ? 30 : 0);
            boolean far = profile.state != RegistrationState.NOT_REGISTERED && r.nextInt(100) < inhospitable;
            return Location.builder().withInhospitableArea(far)
                    .withConsentsToRelocation(far && r.nextInt(100) < 75)
                    .withEcologicalZone(r.nextInt(100) < (west ? 12 : 6))
                    .build();
        }

        private LivingConditions conditions(@Nullable Cause cause, Location location) {
            boolean registered = profile.state == RegistrationState.REGISTERED;
            boolean exited = profile.state == RegistrationState.EXITED;
            boolean north = county.zone() == ClimateZone.NORTH;
            int u = r.nextInt(100);
            HousingSafety safety;
            if (registered) {
                safety = u < 45 ? HousingSafety.SAFE : u < 72 ? HousingSafety.RENOVATED
                        : u < 82 ? HousingSafety.RESETTLEMENT : u < 89 ? HousingSafety.DILAPIDATED_C
                        : u < 93 ? HousingSafety.DILAPIDATED_D : HousingSafety.UNASSESSED;
            } else if (exited) {
                safety = u < 52 ? HousingSafety.SAFE : u < 82 ? HousingSafety.RENOVATED
                        : u < 99 ? HousingSafety.RESETTLEMENT : HousingSafety.UNASSESSED;
            } else {
                int v = r.nextInt(1000);
                safety = v < 900 ? HousingSafety.SAFE : v < 960 ? HousingSafety.RENOVATED
                        : v < 980 ? HousingSafety.DILAPIDATED_C : v < 985 ? HousingSafety.DILAPIDATED_D
                        : HousingSafety.UNASSESSED;
            }
            if (location.isInhospitableArea() && location.isConsentsToRelocation() && exited) {
                safety = HousingSafety.RESETTLEMENT;
            }
            int comfortable = registered ? 90 : 98;
            Housing housing = Housing.of(safety, r.nextInt(100) < (north ? comfortable : 97),
                    r.nextInt(100) < (north ? 97 : comfortable));
            boolean scarce = cause == Cause.LACK_OF_WATER || (north && county.region() == MacroRegion.WEST
                    && r.nextInt(100) < 60);
            boolean piped = r.nextInt(100) < (registered ? 75 : 88);
            Water water = Water.builder()
                    .withQualityMeetsStandard(r.nextInt(100) < (registered ? 96 : 99))
                    .withLitresPerPersonPerDay(shortOf(scarce ? 40 : 60, 45))
                    .withPipedToYard(piped)
                    .withFetchRoundTripMinutes(piped ? null : 5 + r.nextInt(r.nextInt(100) < 90 ? 16 : 30))
                    .withGuaranteeRatePercent(Math.min(100, shortOf(scarce ? 90 : 95, 8)))
                    .withWaterScarceArea(scarce)
                    .build();
            return LivingConditions.builder().withFoodAssured(r.nextInt(1000) < (registered ? 975 : 995))
                    .withClothingAssured(r.nextInt(1000) < (registered ? 985 : 997))
                    .withHousing(housing).withWater(water).build();
        }

        /** A value at or above a standard, up to {@code spread} more, or now and then a little below it. */
        private int shortOf(int standard, int spread) {
            return r.nextInt(1000) < 25 ? standard - 1 - r.nextInt(Math.max(1, standard / 6))
                    : standard + r.nextInt(spread + 1);
        }

        private Assets assets() {
            int rate = profile.state == RegistrationState.NOT_REGISTERED ? 40 : 5;
            return Assets.builder().withPrivateCar(r.nextInt(1000) < rate)
                    .withTownCommercialHousing(r.nextInt(1000) < rate * 2 / 3).build();
        }

        // ---- what it earns ----

        /** Per-capita net income as a multiple of the line: registered mostly below, exited mostly above. */
        private double incomeMultiple() {
            double u = r.nextDouble();
            boolean near = r.nextInt(100) < 6;
            double m = switch (profile.state) {
                case REGISTERED -> 0.6 + 0.6 * u;
                case EXITED -> near ? 0.8 + 0.4 * u : 1.1 + 2.4 * Math.pow(u, 1.2);
                default -> near ? 0.85 + 0.5 * u : 1.1 + 6.0 * Math.pow(u, 1.5);
            };
            double regional = switch (county.region()) {
                case EAST -> 1.6;
                case CENTRAL -> 1.2;
                default -> 1.0;
            };
            if (profile.state != RegistrationState.NOT_REGISTERED) {
                regional = 1 + (regional - 1) / 2;
            }
            return m * regional;
        }

        private List<IncomeRecord> income(@Nullable Cause cause, Location location) {
            int size = people.size();
            long net = Math.round(incomeMultiple() * line * size);
            boolean noLabour = isHouseholdWithoutLabour();
            // Transfers: pensions, subsidies, the allowance or support of the household's type, one-off relief.
            for (Person p : people) {
                if (p.age >= 60) {
                    transfers.add(Transfer.of(TransferKind.PENSION, Yuan.of(1100 + r.nextInt(600)), true));
                }
                if (p.disability != null) {
                    transfers.add(Transfer.of(TransferKind.DISABILITY_SUBSIDY, Yuan.of(720 + r.nextInt(480)), true));
                }
            }
            if (location.isEcologicalZone()) {
                transfers.add(Transfer.of(TransferKind.ECOLOGICAL_COMPENSATION, Yuan.of(400 + r.nextInt(1200)), true));
            }
            if (people.get(0).age >= 60 && r.nextInt(100) < 6) {
                transfers.add(Transfer.of(TransferKind.FAMILY_PLANNING, Yuan.of(960), true));
            }
            boolean allowance = profile.type == HouseholdType.MINIMUM_LIVING_ALLOWANCE
                    || (profile.state == RegistrationState.NOT_REGISTERED && net < line * size && r.nextInt(100) < 25);
            if (allowance && !noLabour) {
                transfers.add(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE,
                        Yuan.of(size * (900L + r.nextInt(1500))), true));
            }
            if (r.nextInt(100) < 14) {
                boolean relief = cause == Cause.DISASTER || r.nextBoolean();
                transfers.add(Transfer.of(relief ? TransferKind.RELIEF : TransferKind.OTHER,
                        Yuan.of(300 + r.nextInt(relief ? 2500 : 1200)), false));
            }
            long sum = 0;
            for (Transfer t : transfers) {
                sum += t.getAmount().fen() / 100;
            }
            long wage = 0;
            long property = 0;
            long production;
            if (noLabour) {
                // Old people without labour: support fills what a little farming and the pensions leave.
                long farming = Math.round(net * 0.12 * r.nextDouble());
                long gap = net - farming - sum;
                if (profile.type == HouseholdType.EXTREME_POVERTY_SUPPORT) {
                    long support = Math.max(gap, size * 1500L);
                    transfers.add(Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(support), true));
                    sum += support;
                } else if (profile.type == HouseholdType.MINIMUM_LIVING_ALLOWANCE) {
                    long granted = Math.max(gap, size * 600L);
                    transfers.add(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.of(granted), true));
                    sum += granted;
                }
                production = Math.max(farming, net - sum);
            } else {
                if (sum > net * 8 / 10) {
                    net = sum * 10 / 8;
                }
                long rest = net - sum;
                boolean away = people.stream().anyMatch(p -> p.migrantMonths > 0);
                boolean local = people.stream().anyMatch(p -> p.employed);
                if (away || local) {
                    double share = away ? 0.45 + 0.4 * r.nextDouble() : 0.25 + 0.35 * r.nextDouble();
                    wage = Math.round(rest * share);
                }
                if (r.nextInt(100) < (profile.state == RegistrationState.NOT_REGISTERED ? 6 : 20)) {
                    property = Math.min(rest - wage, 200 + r.nextInt(1000));
                }
                production = rest - wage - property;
            }
            double costShare = 0.25 + 0.25 * r.nextDouble();
            long gross = production > 0 ? Math.round(production / (1 - costShare)) : 500 + r.nextInt(1500);
            long costs = gross - production;
            if (cause == Cause.DISASTER) {
                // The year's harvest was hit: the costs were spent, much of the yield lost (never all income).
                long lost = Math.min(Math.round(gross * (0.3 + 0.3 * r.nextDouble())),
                        wage + production + property + sum - 300L * size);
                if (lost > 0) {
                    gross -= lost;
                    production -= lost;
                }
            }
            long total = wage + production + property + sum;
            IncomeRecord current = IncomeRecord.builder().withYear(year).withWage(Yuan.of(wage))
                    .withProductionGross(Yuan.of(gross)).withProductionCosts(Yuan.of(costs))
                    .withProperty(Yuan.of(property)).addAllTransfers(transfers)
                    .withMedicalOutOfPocket(Yuan.of(medical(cause)))
                    .withEducationCosts(Yuan.of(cause == Cause.EDUCATION_COSTS
                            ? Math.round(Math.max(total, 2000) * (0.55 + 0.35 * r.nextDouble())) : schoolCosts()))
                    .withDisasterLoss(Yuan.of(cause == Cause.DISASTER
                            ? Math.round(Math.max(total, 2000) * (0.6 + 0.9 * r.nextDouble())) : 0))
                    .build();
            return List.of(previous(current), current);
        }

        private long medical(@Nullable Cause cause) {
            boolean ill = people.stream().anyMatch(p -> p.health != Health.HEALTHY);
            if (cause == Cause.ILLNESS) {
                boolean serious = people.stream().anyMatch(p -> p.health == Health.SERIOUS_ILLNESS);
                return serious ? 6000 + r.nextInt(30000) : 1500 + r.nextInt(8000);
            }
            return ill ? 300 + r.nextInt(3000) : r.nextInt(100) < 30 ? r.nextInt(800) : 0;
        }

        private long schoolCosts() {
            long pupils = people.stream().filter(p -> p.student).count();
            return pupils == 0 ? 0 : pupils * (200 + r.nextInt(1200));
        }

        /** The year before: earnings about a tenth lower (or, now and then, far higher: a fall in income). */
        private IncomeRecord previous(IncomeRecord current) {
            boolean fell = profile.state != RegistrationState.REGISTERED && r.nextInt(100) < 3;
            double g = fell ? 1.5 + 0.5 * r.nextDouble() : 0.8 + 0.17 * r.nextDouble();
            List<Transfer> recurring = new ArrayList<>();
            for (Transfer t : current.getTransfers()) {
                if (t.isRecurring()) {
                    recurring.add(t);
                }
            }
            return IncomeRecord.builder().withYear(year.minusYears(1))
                    .withWage(scale(current.getWage(), g))
                    .withProductionGross(scale(current.getProductionGross(), g))
                    .withProductionCosts(scale(current.getProductionCosts(), g))
                    .withProperty(current.getProperty()).addAllTransfers(recurring)
                    .withMedicalOutOfPocket(scale(current.getMedicalOutOfPocket(), 0.5 * r.nextDouble()))
                    .withEducationCosts(current.getEducationCosts())
                    .build();
        }

        // ---- draws ----

        private int weighted(int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int ticket = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                ticket -= weights[i];
                if (ticket < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private String pick(String[] names) {
            return names[r.nextInt(names.length)];
        }

        private Sex randomSex() {
            return r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        }
    }

    private static Sex other(Sex sex) {
        return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
    }

    private static Yuan scale(Yuan amount, double factor) {
        return Yuan.of(Math.round(amount.fen() / 100.0 * factor));
    }

}
