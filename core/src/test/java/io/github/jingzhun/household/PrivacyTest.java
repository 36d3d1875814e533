package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jingzhun.Households;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.AbstractStringAssert;

/**
 * Names and ID numbers are personal data: no {@code toString()} and no exception message may contain them
 * (POLICY.md AUD-1, AUD-2 and the package contract).
 */
class PrivacyTest {

    /** A member's identifying data: a name and a valid 18-character ID number. */
    record Person(String name, String number) {

        ResidentId id() {
            return ResidentId.parse(number);
        }

        ImmutableMember.Builder member() {
            ResidentId id = id();
            return Households.member(id.sex(), id.birthDate()).withIdNumber(id).withName(name);
        }

        /** The 17 digits before the check character. */
        String first17() {
            return number.substring(0, 17);
        }
    }

    // ---- generators --------------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> han = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4);
        Arbitrary<String> common = Arbitraries.of("王芳", "李明", "张伟", "刘洋", "陈静", "欧阳娜娜", "司马光明");
        Arbitrary<String> minority = Combinators.combine(
                        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4),
                        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(2).ofMaxLength(4))
                .as((given, family) -> given + "·" + family);
        Arbitrary<String> pinyin = Combinators.combine(capitalisedWord(), capitalisedWord())
                .as((family, given) -> family + " " + given);
        return Arbitraries.oneOf(han, common, minority, pinyin);
    }

    private static Arbitrary<String> capitalisedWord() {
        return Combinators.combine(
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8))
                .as((first, rest) -> first + rest);
    }

    @Provide
    Arbitrary<String> idNumbers() {
        Arbitrary<String> area = Arbitraries.of("522727", "110101", "540102", "652901", "513422", "433101");
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(1920, 1, 1).toEpochDay(), LocalDate.of(2020, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(area, birth, sequence).as((a, b, s) ->
                IdNumbers.withCheck(a + b.toString().replace("-", "") + String.format("%03d", s)));
    }

    @Provide
    Arbitrary<Person> persons() {
        return Combinators.combine(names(), idNumbers()).as(Person::new);
    }

    @Provide
    Arbitrary<List<Person>> families() {
        return persons().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Person::number);
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

    @Property
    void residentIdToStringIsMasked(@ForAll("idNumbers") String number) {
        String text = ResidentId.parse(number).toString();
        assertThat(text).doesNotContain(number).doesNotContain(number.substring(0, 17))
                .doesNotContain(number.substring(6, 14))
                .isEqualTo(number.substring(0, 6) + "************");
    }

    @Property
    void memberToStringNeverShowsTheNameOrIdNumber(@ForAll("persons") Person person) {
        Member member = person.member().build();
        assertPrivate(member.toString(), person).contains("Member{");
    }

    @Property
    void householdToStringNeverShowsANameOrIdNumber(@ForAll("families") List<Person> family) {
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

    @Property
    @Label("AUD-1: the duplicate-ID rejection names no one")
    void duplicateIdRejectionNamesNoOneAUD1(@ForAll("families") List<Person> family, @ForAll("names") String alias) {
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

    @Property
    @Label("AUD-2: the disagreeing-birth-date rejection names no one")
    void disagreeingBirthDateRejectionNamesNoOneAUD2(@ForAll("persons") Person person) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withBirthDate(person.id().birthDate().plusDays(1)).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("idNumber");
        assertPrivate(e, List.of(person));
    }

    @Property
    @Label("AUD-2: the disagreeing-sex rejection names no one")
    void disagreeingSexRejectionNamesNoOneAUD2(@ForAll("persons") Person person) {
        Sex other = person.id().sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withSex(other).withName(person.name()).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("idNumber");
        assertPrivate(e, List.of(person));
    }

    @Property
    void everyProblemOfAMemberAtOnceNamesNoOne(@ForAll("persons") Person person) {
        Sex other = person.id().sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> person.member().withSex(other).withBirthDate(person.id().birthDate().minusDays(1))
                        .withDisabilityGrade(0).withMigrantWorkMonths(13).build());
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(4);
        assertPrivate(e, List.of(person));
    }

    @Property
    @Label("AUD-2: a wrong check digit is rejected without showing the number")
    void wrongCheckDigitMessageNeverShowsTheNumberAUD2(@ForAll("persons") Person person) {
        String wrong = IdNumbers.withWrongCheck(person.first17());
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> ResidentId.parse(wrong));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(wrong).doesNotContain(person.first17())
                .doesNotContain(person.number().substring(6, 14));
    }

    @Property
    void wrongLengthMessageNeverShowsTheNumber(@ForAll("persons") Person person) {
        for (String text : List.of(person.first17(), person.number() + "0", person.number().substring(0, 15))) {
            IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                    () -> ResidentId.parse(text));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContain(text).doesNotContain(person.first17())
                    .doesNotContain(person.number().substring(0, 15));
        }
    }

    @Property
    void impossibleBirthDateMessageNeverShowsTheNumber(@ForAll("persons") Person person) {
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
