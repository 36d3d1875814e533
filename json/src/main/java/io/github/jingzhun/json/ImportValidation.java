package io.github.jingzhun.json;

import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.Water;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The checks of an import beyond what a value type checks when built: core's Bean Validation constraints, checked
 * with Hibernate Validator, and birth dates in the future. The validator cascades only into the types that carry
 * constraints (members and the water supply), since every cascade is a walk per record; a test fails when a
 * constraint appears on a type it does not reach.
 * Messages are in English, interpolated without Expression Language.
 */
final class ImportValidation {

    /**
     * Hibernate Validator announces itself ({@code HV000001: Hibernate Validator} and its version) at INFO once per JVM,
     * when the first validator is bootstrapped, through the logger named after its class {@code Version}. JBoss
     * Logging hands it to {@code java.util.logging} unless the host has Log4j 2 or Logback, and the JDK's console
     * handler prints it on standard error: no message for someone in JShell or at a command line. Only this logger,
     * which logs nothing else, is quietened, and only when the host has not set its level; kept here because
     * loggers are held weakly and would lose the level.
     */
    private static final Logger ANNOUNCEMENT = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private final Validator validator;

    /** The model types with Bean Validation constraints, each reached by a cascade from the household. */
    static final Set<Class<?>> CONSTRAINED = Set.of(Household.class, Member.class, Water.class);

    /** Builds the validator; done per importer, never in a static initialiser. */
    ImportValidation() {
        if (ANNOUNCEMENT.getLevel() == null) {
            ANNOUNCEMENT.setLevel(Level.WARNING);
        }
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        ConstraintMapping cascades = configuration.createConstraintMapping();
        cascades.type(Household.class).getter("members").containerElementType().valid()
                .getter("conditions").valid();
        cascades.type(LivingConditions.class).getter("water").valid();
        ValidatorFactory factory = configuration.addMapping(cascades)
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .defaultLocale(Locale.ENGLISH)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * The problems of a household that was built.
     *
     * @param household the household
     * @param asOf the date the data describes, or null
     * @return the problems, with absolute paths; empty when valid (without a list made or sorted)
     */
    List<JsonProblem> check(Household household, @Nullable LocalDate asOf) {
        List<JsonProblem> problems = implausible(household);
        if (household.getMembers().size() > MAX_MEMBERS) {
            // Ten thousand members are not validated one by one.
            return problems;
        }
        if (problems.isEmpty()) {
            problems = List.of();
        }
        Set<ConstraintViolation<Household>> found = quicklyValid(household) ? Set.of() : violations(household);
        if (!found.isEmpty()) {
            List<ConstraintViolation<Household>> violations = new ArrayList<>(found);
            violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
            if (problems.isEmpty()) {
                problems = new ArrayList<>();
            }
            for (ConstraintViolation<Household> v : violations) {
                problems.add(new JsonProblem(JsonPath.absolute(v.getPropertyPath().toString()), v.getMessage()));
            }
        }
        LocalDate reference = asOf != null ? asOf : endOfLatestIncomeYear(household);
        if (reference != null) {
            List<Member> members = household.getMembers();
            for (int i = 0; i < members.size(); i++) {
                String problem = birthDateProblem(members.get(i).getBirthDate(), reference, asOf != null);
                if (problem != null) {
                    if (problems.isEmpty()) {
                        problems = new ArrayList<>();
                    }
                    problems.add(new JsonProblem(JsonPath.absolute(Household.memberRef(i) + ".birthDate"), problem));
                }
            }
        }
        return problems;
    }

    /**
     * The violations of core's Bean Validation constraints, as the validator finds them.
     *
     * @param household the household
     * @return the violations, empty if none
     */
    Set<ConstraintViolation<Household>> violations(Household household) {
        return validator.validate(household);
    }

    /**
     * Whether a household certainly satisfies its Bean Validation constraints, checked without the validator's
     * walk (most of an import's validation time): true only when every constraint the validator would check on the
     * household, its members and its water supply is one this check knows ({@code @Min}, {@code @Max},
     * {@code @NotBlank} in the default group) and holds. False means "ask the validator", which then finds the
     * violations and words them; so the problems reported never differ.
     *
     * @param household the household
     * @return true if the validator would find nothing
     */
    boolean quicklyValid(Household household) {
        return quick.get(household.getClass()).holds(household);
    }

    /** A check of the constraints of one class, its cascades included; never true when the validator could object. */
    @FunctionalInterface
    private interface Quick {
        boolean holds(Object bean);
    }

    private static final Quick UNKNOWN = bean -> false;

    /** A property's getter, made an object by the JDK: a call through it is a plain call, not a handle's adapters. */
    @FunctionalInterface
    interface Getter {
        @Nullable Object get(Object bean);
    }

    private final ClassValue<Quick> quick = new ClassValue<>() {
        @Override
        protected Quick computeValue(Class<?> type) {
            try {
                return quickCheck(type);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return UNKNOWN;
            }
        }
    };

    private Quick quickCheck(Class<?> type) throws ReflectiveOperationException {
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return UNKNOWN;
        }
        List<Quick> checks = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            Method getter = getter(type, property.getPropertyName());
            if (getter == null) {
                return UNKNOWN;
            }
            Getter get = DirectBinder.lambda(Getter.class, MethodHandles.publicLookup().unreflect(getter));
            List<Predicate<@Nullable Object>> tests = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Predicate<@Nullable Object> test = test(constraint, getter.getReturnType());
                if (test == null) {
                    return UNKNOWN;
                }
                tests.add(test);
            }
            boolean cascaded = property.isCascaded();
            Set<ContainerElementTypeDescriptor> elements = property.getConstrainedContainerElementTypes();
            for (ContainerElementTypeDescriptor element : elements) {
                if (!element.getConstraintDescriptors().isEmpty()
                        || !element.getConstrainedContainerElementTypes().isEmpty()
                        || !element.isCascaded() || !List.class.isAssignableFrom(getter.getReturnType())) {
                    return UNKNOWN;
                }
            }
            boolean eachElement = !elements.isEmpty();
            checks.add(value -> {
                Object v;
                try {
                    v = get.get(value);
                } catch (RuntimeException e) {
                    return false;
                }
                // Lists walked by index: an iterator per check was a third of the check's time.
                for (int i = 0; i < tests.size(); i++) {
                    if (!tests.get(i).test(v)) {
                        return false;
                    }
                }
                if (v != null && cascaded && !quick.get(v.getClass()).holds(v)) {
                    return false;
                }
                if (v != null && eachElement) {
                    List<?> values = (List<?>) v;
                    for (int i = 0; i < values.size(); i++) {
                        Object e = values.get(i);
                        if (e != null && !quick.get(e.getClass()).holds(e)) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }
        Quick[] all = checks.toArray(new Quick[0]);
        return value -> {
            for (int i = 0; i < all.length; i++) {
                if (!all[i].holds(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The getter of a property, on the nearest public class that has it (generated classes may be hidden). */
    private static @Nullable Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (String name : List.of("get" + suffix, "is" + suffix)) {
                try {
                    return c.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // the other prefix
                }
            }
        }
        return null;
    }

    /** The test of a constraint this check knows on a value of a type, or null for one it leaves to the validator. */
    private static @Nullable Predicate<@Nullable Object> test(ConstraintDescriptor<?> constraint, Class<?> type) {
        if (!constraint.getComposingConstraints().isEmpty() || !constraint.getGroups().equals(Set.of(Default.class))
                || !constraint.getPayload().isEmpty()) {
            return null;
        }
        Annotation a = constraint.getAnnotation();
        boolean integral = type == int.class || type == Integer.class || type == long.class || type == Long.class;
        // The bounds read once: an annotation's method is a call through a proxy.
        if (a instanceof Min min && integral) {
            long bound = min.value();
            return v -> v == null || ((Number) v).longValue() >= bound;
        }
        if (a instanceof Max max && integral) {
            long bound = max.value();
            return v -> v == null || ((Number) v).longValue() <= bound;
        }
        if (a instanceof NotBlank && type == String.class) {
            // Blank by either reading (trimmed empty, or white space only) is left to the validator.
            return v -> v != null && !((String) v).isBlank() && !((String) v).trim().isEmpty();
        }
        return null;
    }

    private static final int MAX_MEMBERS = JsonImporter.MAX_MEMBERS;
    private static final int MAX_AGE = JsonImporter.MAX_AGE;
    /** The problems of a household that no check of core catches: its size. */
    private static List<JsonProblem> implausible(Household household) {
        int members = household.getMembers().size();
        return members > MAX_MEMBERS ? new ArrayList<>(List.of(tooManyMembers(members))) : new ArrayList<>(0);
    }

    /** The problem of a household of more members than any household has. */
    static JsonProblem tooManyMembers(int members) {
        return new JsonProblem("$.members", "more than " + MAX_MEMBERS + " members (" + members
                + "); a household has at most " + MAX_MEMBERS);
    }

    /**
     * What is wrong with a member's birth date against the date the data describes, or null: no one is born after
     * it, or more than {@value #MAX_AGE} years before it.
     *
     * @param birth the birth date
     * @param reference the date the data describes, or the end of the latest income year on record
     * @param asOf whether the reference is the date the data describes
     * @return the problem, or null if none
     */
    static @Nullable String birthDateProblem(LocalDate birth, LocalDate reference, boolean asOf) {
        String against = asOf ? ", the date the data describes" : ", the end of the latest income year on record";
        if (birth.isBefore(reference.minusYears(MAX_AGE))) {
            return "birth date more than " + MAX_AGE + " years before " + reference + against;
        }
        return birth.isAfter(reference) ? "birth date in the future: after " + reference + against : null;
    }

    private static @Nullable LocalDate endOfLatestIncomeYear(Household household) {
        Year latest = null;
        List<IncomeRecord> income = household.getIncome();
        for (int i = 0; i < income.size(); i++) {
            Year year = income.get(i).getYear();
            if (latest == null || year.isAfter(latest)) {
                latest = year;
            }
        }
        return latest == null ? null : latest.atMonthDay(MonthDay.of(12, 31));
    }
}
