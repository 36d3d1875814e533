package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.household.Household;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
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
