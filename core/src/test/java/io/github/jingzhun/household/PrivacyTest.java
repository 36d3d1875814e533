package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jingzhun.Draws;
import io.github.jingzhun.Draws.Range;
import io.github.jingzhun.Households;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and ID numbers are personal data: no {@code toString()} and no exception message may contain them
 * (AUD-1, AUD-2 and the package contract).
 */
class PrivacyTest {

    /** A member's identifying data: a name and a valid 18-character ID number. */
    record Person(String name, String number) {

        ResidentId id() {
            return ResidentId.parse(number);
        }

        Member.Builder member() {
            ResidentId id = id();
            return Households.member(id.sex(), id.birthDate()).withIdNumber(id).withName(name);
        }

        /** The 17 digits before the check character. */
        String first17() {
            return number.substring(0, 17);
        }
    }

    // ---- generators --------------------------------------------------------------------------------------

    private static final List<String> COMMON_NAMES = List.of("王芳", "李明", "张伟", "刘洋", "陈静", "欧阳娜娜", "司马光明");
    private static final List<String> AREAS = List.of("522727", "110101", "540102", "652901", "513422", "433101");
    private static final Range AREA_INDEX = new Range(0, AREAS.size() - 1);
    private static final Range BIRTH_EPOCH_DAY = new Range(LocalDate.of(1920, 1, 1).toEpochDay(),
            LocalDate.of(2020, 12, 31).toEpochDay());
    private static final Range SEQUENCE = new Range(0, 999);

    /**
     * Seeds of the properties. For the ID numbers alone the first ones take every combination of edge cases of the
     * area, birth date and sequence (see {@link Draws#numbers}); persons and families draw at random.
     */
    static LongStream seeds() {
        return LongStream.range(0, 1000);
    }

    /** A name in Han characters (2 to 4), a common name, a minority name "given·family", or a pinyin name. */
    private static String name(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> han(random);
            case 1 -> Draws.oneOf(random, COMMON_NAMES);
            case 2 -> han(random) + "·" + han(random);
            default -> capitalisedWord(random) + " " + capitalisedWord(random);
        };
    }

    private static String han(Random random) {
        return Draws.string(random, '\u4e00', '\u9fa5', 2, 4);
    }

    private static String capitalisedWord(Random random) {
        return Draws.string(random, 'A', 'Z', 1, 1) + Draws.string(random, 'a', 'z', 1, 8);
    }

    /** A valid ID number of an area (index into {@link #AREAS}), a birth day (epoch day) and a sequence number. */
    private static String idNumber(long area, long birthEpochDay, long sequence) {
        String birth = LocalDate.ofEpochDay(birthEpochDay).toString().replace("-", "");
        return IdNumbers.withCheck(AREAS.get((int) area) + birth + String.format("%03d", sequence));
    }

    private static String idNumber(Random random) {
        return idNumber(random.nextInt(AREAS.size()),
                Draws.longBetween(random, BIRTH_EPOCH_DAY.min(), BIRTH_EPOCH_DAY.max()),
                Draws.intBetween(random, 0, 999));
    }

    private static Person person(Random random) {
        return new Person(name(random), idNumber(random));
    }

    private static Person person(long seed) {
        return person(Draws.random(seed));
    }

    /** One to five persons with distinct ID numbers. */
    private static List<Person> family(Random random) {
        int size = Draws.uniformIntBetween(random, 1, 5);
        List<Person> family = new ArrayList<>(size);
        Set<String> numbers = new HashSet<>();
        while (family.size() < size) {
            Person p = person(random);
            if (numbers.add(p.number())) {
                family.add(p);
            }
        }
        return family;
    }

    @Test
    @DisplayName("the generated persons have every kind of name, and ID numbers at both ends of each range")
    void generatorCoversTheEdgeCases() {
        Set<String> kinds = new HashSet<>();
        Set<Integer> hanLengths = new HashSet<>();
        Set<String> births = new HashSet<>();
        Set<String> sequences = new HashSet<>();
        seeds().forEach(seed -> {
            Person person = person(seed);
            String name = person.name();
            String kind = name.contains("·") ? "minority" : name.contains(" ") ? "pinyin"
                    : COMMON_NAMES.contains(name) ? "common" : "han";
            kinds.add(kind);
            if (kind.equals("han")) {
                hanLengths.add(name.length());
            }
            births.add(person.number().substring(6, 14));
            sequences.add(person.number().substring(14, 17));
        });

        assertThat(kinds).containsExactlyInAnyOrder("han", "common", "minority", "pinyin");
        assertThat(hanLengths).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(births).contains("19200101", "19700101", "20201231");
        assertThat(sequences).contains("000", "999");
    }

    private static AbstractStringAssert<?> assertPrivate(String text, Person person) {
        return assertThat(text)
                .doesNotContain(person.number())
                .doesNotContain(person.first17())
                .doesNotContain(person.name());
    }

    private static void assertPrivate(InvalidInputException e, List<Person> persons) {
        for (Person p : persons) {
            assertPrivate(e.getMessage(), p);
            assertPrivate(e.toString(), p);
            for (Problem problem : e.problems()) {
                assertPrivate(problem.path(), p);
                assertPrivate(problem.message(), p);
            }
        }
    }

    // ---- toString ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void residentIdToStringIsMasked(long seed) {
        long[] drawn = Draws.numbers(seed, AREA_INDEX, BIRTH_EPOCH_DAY, SEQUENCE);
        String number = idNumber(drawn[0], drawn[1], drawn[2]);
        String text = ResidentId.parse(number).toString();
        assertThat(text).doesNotContain(number).doesNotContain(number.substring(0, 17))
                .doesNotContain(number.substring(6, 14))
                .isEqualTo(number.substring(0, 6) + "************");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void memberToStringNeverShowsTheNameOrIdNumber(long seed) {
        Person person = person(seed);
        Member member = person.member().build();
        assertPrivate(member.toString(), person).contains("Member{");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void householdToStringNeverShowsANameOrIdNumber(long seed) {
        List<Person> family = family(Draws.random(seed));
        List<Member> members = new ArrayList<>();
        for (Person p : family) {
            members.add(p.member().build());
        }
        Household household = Households.household("522727").addAllMembers(members).build();
        assertThat(household.size()).isEqualTo(family.size());
        for (Person p : family) {
            assertPrivate(household.toString(), p);
        }
    }

    // ---- exception messages ------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-1: the duplicate-ID rejection names no one")
    void duplicateIdRejectionNamesNoOneAUD1(long seed) {
        Random random = Draws.random(seed);
        List<Person> family = family(random);
        String alias = name(random);
        List<Member> members = new ArrayList<>();
        for (Person p : family) {
            members.add(p.member().build());
        }
        Person first = family.get(0);
        members.add(first.member().withName(alias).build());
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Households.household("522727").addAllMembers(members).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("members[" + family.size() + "].idNumber");
        List<Person> everyone = new ArrayList<>(family);
        everyone.add(new Person(alias, first.number()));
        assertPrivate(e, everyone);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-2: the disagreeing-birth-date rejection names no one")
    void disagreeingBirthDateRejectionNamesNoOneAUD2(long seed) {
        Person person = person(seed);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withBirthDate(person.id().birthDate().plusDays(1)).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("idNumber");
        assertPrivate(e, List.of(person));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-2: the disagreeing-sex rejection names no one")
    void disagreeingSexRejectionNamesNoOneAUD2(long seed) {
        Person person = person(seed);
        Sex other = person.id().sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withSex(other).withName(person.name()).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("idNumber");
        assertPrivate(e, List.of(person));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyProblemOfAMemberAtOnceNamesNoOne(long seed) {
        Person person = person(seed);
        Sex other = person.id().sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withSex(other).withBirthDate(person.id().birthDate().minusDays(1))
                        .withDisabilityGrade(0).withMigrantWorkMonths(13).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(4);
        assertPrivate(e, List.of(person));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-2: a wrong check digit is rejected without showing the number")
    void wrongCheckDigitMessageNeverShowsTheNumberAUD2(long seed) {
        Person person = person(seed);
        String wrong = IdNumbers.withWrongCheck(person.first17());
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> ResidentId.parse(wrong));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(person.first17())
                .doesNotContain(person.number().substring(6, 14));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void wrongLengthMessageNeverShowsTheNumber(long seed) {
        Person person = person(seed);
        for (String text : List.of(person.first17(), person.number() + "0", person.number().substring(0, 15))) {
            IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                    () -> ResidentId.parse(text));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain(text).doesNotContain(person.first17())
                    .doesNotContain(person.number().substring(0, 15));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void impossibleBirthDateMessageNeverShowsTheNumber(long seed) {
        Person person = person(seed);
        // month 13 keeps the area and sequence of a real number
        String impossible = IdNumbers.withCheck(
                person.number().substring(0, 10) + "13" + person.number().substring(12, 17));
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> ResidentId.parse(impossible));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("ID number holds an impossible birth date")
                .doesNotContain(impossible).doesNotContain(impossible.substring(0, 17));
    }
}
