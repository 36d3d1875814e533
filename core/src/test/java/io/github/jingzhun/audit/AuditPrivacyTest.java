package io.github.jingzhun.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names, ID numbers and the birth dates inside them are personal data: no audit finding's subject or message may
 * contain them. Households full of irregularities are generated from deterministic seeds and run through every
 * audit.
 */
class AuditPrivacyTest {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String[] AREAS = {"522727", "110101", "540102", "652901", "513422", "433101"};
    private static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));

    /** A person's identifying data. */
    record Person(String name, String number) {

        ResidentId id() {
            return ResidentId.parse(number);
        }

        Member.Builder member() {
            ResidentId id = id();
            return Households.member(id.sex(), id.birthDate()).withIdNumber(id).withName(name);
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    static String name(Random random) {
        if (random.nextBoolean()) {
            StringBuilder han = new StringBuilder();
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                han.append((char) ('\u4e00' + random.nextInt(0x9fa5 - 0x4e00)));
            }
            return han.toString();
        }
        return word(random) + " " + word(random);
    }

    static String word(Random random) {
        StringBuilder w = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 2 + random.nextInt(6); i > 0; i--) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    static String number(Random random) {
        LocalDate birth = LocalDate.ofEpochDay(LocalDate.of(1930, 1, 1).toEpochDay() + random.nextInt(365 * 85));
        String first17 = AREAS[random.nextInt(AREAS.length)] + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + check(first17);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static List<Person> people(Random random, int count) {
        List<Person> people = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        while (people.size() < count) {
            Person p = new Person(name(random), number(random));
            if (numbers.add(p.number())) {
                people.add(p);
            }
        }
        return people;
    }

    /** A registered household breaking as many household rules as it can: AUD-3, AUD-5, AUD-6 and AUD-8. */
    static Household irregular(String id, List<Person> people) {
        Household.Builder b = Households.household("522727").withId(id)
                .withStatus(Status.registered(LocalDate.of(2015, 10, 1)))
                .withType(HouseholdType.EXTREME_POVERTY_SUPPORT)
                .withCauses(Causes.of(Cause.LACK_OF_LABOUR, Cause.ILLNESS, Cause.DISABILITY, Cause.EDUCATION_COSTS))
                .withAssets(Assets.builder().withPrivateCar(true).build())
                .addIncome(Households.income(2018).withWage(Yuan.of(100)).build())
                .addIncome(Households.income(2019).withWage(Yuan.of(500000))
                        .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.of(10), false)).build());
        for (int i = 0; i < people.size(); i++) {
            Labour labour = i % 2 == 0 ? Labour.LOST : Labour.ORDINARY;
            b.addMembers(people.get(i).member().withLabour(labour).withPublicEmployee(i == 0)
                    .withMigrantWorkMonths(i % 3).withEmployed(i % 2 == 0).build());
        }
        return b.build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("AUD-1..9: no finding names a person or shows an ID number")
    void noFindingContainsANameOrAnIdNumber(long seed) {
        Random random = new Random(seed);
        List<Person> people = people(random, 6);
        List<Person> family = people.subList(0, 3);
        List<Person> others = people.subList(3, 6);
        List<Finding> findings = new ArrayList<>();

        Household a = irregular("HH-A-" + seed, family);
        // the same people again, so that their ID numbers repeat across households (AUD-1)
        Household b = irregular("HH-B-" + seed, List.of(family.get(1), others.get(0), others.get(1)));
        Household exited = Household.builder().from(irregular("HH-C-" + seed, List.of(others.get(2))))
                .withStatus(Status.exited(LocalDate.of(2015, 10, 1), LocalDate.of(2019, 12, 1)))
                .withIncome(List.of(Households.income(2019).withWage(Yuan.of(100))
                        .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.of(5000), false)).build()))
                .build();
        findings.addAll(HouseholdAudit.check(a, Y2019));
        findings.addAll(HouseholdAudit.check(b, Y2019));
        findings.addAll(HouseholdAudit.check(exited, Y2019));
        findings.addAll(PopulationAudit.check(List.of(a, b, exited), Y2019));
        findings.addAll(CrossDepartmentAudit.compare(new DepartmentRoll("civil affairs",
                TransferKind.MINIMUM_LIVING_ALLOWANCE, Year.of(2019), List.of(
                        DepartmentRoll.Entry.ofMembers(List.of(family.get(0).id()), Yuan.of(1200)),
                        DepartmentRoll.Entry.ofMembers(List.of(others.get(2).id()), null))), List.of(a, b, exited)));
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            String first17 = p.number().substring(0, 17);
            ResidentId id = p.id();
            Sex other = id.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            findings.addAll(IdNumberAudit.checkMember(i, first17 + (check(first17) == '0' ? '1' : '0'),
                    id.birthDate(), id.sex()));
            findings.addAll(IdNumberAudit.checkMember(i, p.number(), id.birthDate().plusDays(1), other));
            findings.addAll(IdNumberAudit.checkMember(i, first17, id.birthDate(), id.sex()));
        }
        // an actor recorded by name must not be echoed either (AUD-7)
        findings.addAll(ProcedureAudit.check(ProcedureKind.HOUSEHOLD_EXIT, List.of(
                new StepRecord(Step.VILLAGE_PROPOSAL, LocalDate.of(2019, 11, 1), people.get(0).name(), null, null),
                new StepRecord(Step.PUBLIC_NOTICE, LocalDate.of(2019, 11, 3), people.get(1).name(),
                        LocalDate.of(2019, 10, 30), null)), PolicyParameters.national()));

        Set<Rule> cited = EnumSet.noneOf(Rule.class);
        for (Finding f : findings) {
            cited.add(f.rule());
            for (String text : List.of(f.message(), f.messageZh(), String.valueOf(f.subject()), f.toString())) {
                for (Person p : people) {
                    assertThat(text).as("%s", f.rule())
                            .doesNotContain(p.name())
                            .doesNotContain(p.number())
                            .doesNotContain(p.number().substring(0, 17))
                            .doesNotContain(p.number().substring(6, 14));
                }
            }
        }
        assertThat(cited).contains(Rule.AUD_1, Rule.AUD_2, Rule.AUD_3, Rule.AUD_4, Rule.AUD_5, Rule.AUD_6,
                Rule.AUD_7, Rule.AUD_8, Rule.AUD_9);
    }
}
