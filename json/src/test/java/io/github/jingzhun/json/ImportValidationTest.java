package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.InvalidInputException;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Water;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ImportValidationTest {

    private final ImportValidation validation = new ImportValidation();

    @Test
    void aValidHouseholdHasNoProblem() throws Exception {
        Household household = JingzhunJson.importer().readHousehold(ContractDocument.workedHousehold());
        assertThat(validation.check(household, null)).isEmpty();
        assertThat(validation.check(household, LocalDate.of(2010, 5, 5))).isEmpty();
    }

    @Test
    void generatedHouseholdsSatisfyCoresBeanValidationConstraints() {
        for (long seed = 1; seed <= 50; seed++) {
            assertThat(validation.check(RandomHouseholds.generate(seed), null)).as("seed " + seed).isEmpty();
        }
    }

    /**
     * The quick check of the constraints says valid exactly when the validator finds nothing: at each bound of
     * every constraint, one either side, and null (core's types refuse most values out of bounds when built; those
     * built are checked both ways); and on generated households.
     */
    @Test
    void theQuickCheckAgreesWithTheValidatorAtEveryBound() throws Exception {
        Household worked = JingzhunJson.importer().readHousehold(ContractDocument.workedHousehold());
        Member member = worked.getMembers().get(1);
        Water water = worked.getConditions().getWater();
        List<Supplier<Household>> variants = new ArrayList<>();
        for (Integer grade : Arrays.asList(null, 0, 1, 2, 4, 5)) {
            variants.add(() -> withMember(worked, Member.builder().from(member).withDisabilityGrade(grade).build()));
        }
        for (int months : new int[] {-1, 0, 1, 12, 13}) {
            variants.add(() -> withMember(worked, Member.builder().from(member).withMigrantWorkMonths(months)
                    .build()));
        }
        for (int litres : new int[] {-1, 0, 1}) {
            variants.add(() -> withWater(worked, Water.builder().from(water).withLitresPerPersonPerDay(litres)
                    .build()));
        }
        for (Integer minutes : Arrays.asList(null, -1, 0, 1)) {
            variants.add(() -> withWater(worked, Water.builder().from(water).withFetchRoundTripMinutes(minutes)
                    .build()));
        }
        for (int rate : new int[] {-1, 0, 100, 101}) {
            variants.add(() -> withWater(worked, Water.builder().from(water).withGuaranteeRatePercent(rate)
                    .build()));
        }
        int built = 0;
        for (Supplier<Household> variant : variants) {
            Household household;
            try {
                household = variant.get();
            } catch (InvalidInputException e) {
                continue;
            }
            built++;
            assertThat(validation.quicklyValid(household)).isEqualTo(validation.violations(household).isEmpty());
        }
        assertThat(built).as("the variants within bounds, at least").isGreaterThanOrEqualTo(14);
        for (long seed = 1; seed <= 50; seed++) {
            assertThat(validation.quicklyValid(RandomHouseholds.generate(seed))).as("seed " + seed).isTrue();
        }
    }

    private static Household withMember(Household household, Member member) {
        return Household.builder().from(household).withMembers(List.of(household.getMembers().get(0), member))
                .build();
    }

    private static Household withWater(Household household, Water water) {
        return Household.builder().from(household).withConditions(LivingConditions.builder()
                .from(household.getConditions()).withWater(water).build()).build();
    }

    @Test
    void aMemberBornTheDayAfterTheReferenceDateIsInTheFuture() throws Exception {
        Household household = JingzhunJson.importer().readHousehold(ContractDocument.workedHousehold());
        assertThat(validation.check(household, LocalDate.of(2010, 5, 4))).containsExactly(
                new JsonProblem("$.members[1].birthDate",
                        "birth date in the future: after 2010-05-04, the date the data describes"));
    }

    @Test
    void theValidatorReachesEveryModelTypeThatCarriesAConstraint() {
        Set<Class<?>> constrained = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(Set.of(Household.class));
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method getter : type.getMethods()) {
                if (getter.getParameterCount() > 0 || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                for (Annotation a : getter.getAnnotations()) {
                    if (a.annotationType().getPackageName().equals("jakarta.validation.constraints")) {
                        constrained.add(type);
                    }
                }
                Type returned = getter.getGenericReturnType();
                Type element = returned instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : returned;
                if (element instanceof Class<?> c && c.getPackageName().startsWith("io.github.jingzhun")) {
                    next.push(c);
                }
            }
        }
        assertThat(seen).as("the walk reaches the household's parts").hasSizeGreaterThan(5);
        assertThat(constrained).as("add a cascade to ImportValidation for a newly constrained type")
                .isEqualTo(ImportValidation.CONSTRAINED);
    }
}
