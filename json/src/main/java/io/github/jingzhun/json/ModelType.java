package io.github.jingzhun.json;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageStatus;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.Location;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.Water;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.procedure.StepRecord;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A core value type as the wire contract sees it: an abstract Immutables type and its generated builder, or a
 * record, with its properties, which are required unless nullable, defaulted or a collection.
 */
final class ModelType {

    private static final Map<Class<?>, Class<?>> BUILDERS = Map.ofEntries(
            Map.entry(Household.class, Household.Builder.class),
            Map.entry(Member.class, Member.Builder.class),
            Map.entry(IncomeRecord.class, IncomeRecord.Builder.class),
            Map.entry(Transfer.class, Transfer.Builder.class),
            Map.entry(LivingConditions.class, LivingConditions.Builder.class),
            Map.entry(Housing.class, Housing.Builder.class),
            Map.entry(Water.class, Water.Builder.class),
            Map.entry(Assets.class, Assets.Builder.class),
            Map.entry(Location.class, Location.Builder.class),
            Map.entry(Causes.class, Causes.Builder.class),
            Map.entry(Status.class, Status.Builder.class),
            Map.entry(RecordedProcedure.class, RecordedProcedure.Builder.class),
            Map.entry(RecordedStep.class, RecordedStep.Builder.class),
            Map.entry(MonitoringHistory.class, MonitoringHistory.Builder.class),
            Map.entry(AppliedMeasure.class, AppliedMeasure.Builder.class),
            Map.entry(IncomeObservation.class, IncomeObservation.Builder.class),
            Map.entry(RollLine.class, RollLine.Builder.class),
            Map.entry(Area.class, Area.Builder.class),
            Map.entry(Village.class, Village.Builder.class),
            Map.entry(VillageStatus.class, VillageStatus.Builder.class),
            Map.entry(County.class, County.Builder.class),
            Map.entry(EvaluationSample.class, EvaluationSample.Builder.class),
            Map.entry(Geography.class, Geography.Builder.class),
            Map.entry(PolicyParameters.class, PolicyParameters.Builder.class));

    private static final ClassValue<@Nullable ModelType> TYPES = new ClassValue<>() {
        @Override
        protected @Nullable ModelType computeValue(Class<?> type) {
            Class<?> builder = BUILDERS.get(type);
            if (builder != null) {
                return new ModelType(type, builder, immutablesProperties(type));
            }
            if (type.isRecord() && (type.getName().startsWith("io.github.jingzhun.parameter.")
                    || type == StepRecord.class)) {
                return new ModelType(type, null, recordProperties(type));
            }
            return null;
        }
    };

    private final Class<?> type;
    private final @Nullable Class<?> builder;
    private final List<Property> properties;

    private ModelType(Class<?> type, @Nullable Class<?> builder, List<Property> properties) {
        this.type = type;
        this.builder = builder;
        this.properties = properties;
    }

    /**
     * The model type of a class: an abstract Immutables type of core, a parameter record or a procedure's step.
     *
     * @param type the class
     * @return the model type, or null for anything else
     */
    static @Nullable ModelType of(Class<?> type) {
        return TYPES.get(type);
    }

    /** The model type of an abstract Immutables type of core, or null. */
    static @Nullable ModelType ofAbstract(Class<?> type) {
        return BUILDERS.containsKey(type) ? TYPES.get(type) : null;
    }

    /** Whether a class is one of the generated builders. */
    static boolean isBuilder(Class<?> type) {
        return BUILDERS.containsValue(type);
    }

    Class<?> type() {
        return type;
    }

    /** The generated builder; only for an Immutables type. */
    Class<?> builder() {
        if (builder == null) {
            throw new IllegalStateException(type + " is a record, built through its constructor");
        }
        return builder;
    }

    List<Property> properties() {
        return properties;
    }

    @Nullable Property property(String name) {
        for (Property p : properties) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * One property of a model type.
     *
     * @param name the JSON field name
     * @param type the Java type of the value, or {@link AreaCodes} (or an array of it) for area codes
     * @param required whether the field must be present and not null
     */
    record Property(String name, Type type, boolean required) {}

    /**
     * The attributes core defaults that the JSON contract requires: an income record's income (a record of only
     * its year would read as no income and make a household eligible; only rigid spending defaults to 0), and the
     * facts of the dwelling, water, assets and location, whose absence would decide a rule silently (a missing
     * {@code privateCar} or {@code assets} would read as no exclusion). A boolean defaults to false only where the
     * contract says so.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED_IN_JSON = Map.of(
            IncomeRecord.class, Set.of("wage", "productionGross", "productionCosts", "property"),
            Housing.class, Set.of("warmInWinter", "ventilatedAndDampProof"),
            Water.class, Set.of("pipedToYard", "waterScarceArea"),
            Assets.class, Set.of("privateCar", "townCommercialHousing"),
            Location.class, Set.of("inhospitableArea", "ecologicalZone", "consentsToRelocation"),
            Household.class, Set.of("assets", "location"));

    private static List<Property> immutablesProperties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        for (Method m : type.getDeclaredMethods()) {
            int modifiers = m.getModifiers();
            String name = propertyName(m);
            if (name == null || !Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers)
                    || Modifier.isFinal(modifiers) || m.getParameterCount() != 0) {
                continue;
            }
            // Abstract attributes are required unless nullable or a collection; a @Value.Default is concrete.
            boolean required = Modifier.isAbstract(modifiers) && !isNullable(m.getAnnotatedReturnType())
                    && !isContainer(m.getReturnType())
                    || REQUIRED_IN_JSON.getOrDefault(type, Set.of()).contains(name);
            properties.add(new Property(name, wire(type, name, m.getGenericReturnType()), required));
        }
        // By name: the JVM returns declared methods in no fixed order, and problems are listed in this one.
        properties.sort(Comparator.comparing(Property::name));
        return List.copyOf(properties);
    }

    private static List<Property> recordProperties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            boolean required = !isNullable(c.getAnnotatedType()) && !isContainer(c.getType());
            properties.add(new Property(c.getName(), wire(type, c.getName(), c.getGenericType()), required));
        }
        return List.copyOf(properties);
    }

    /** The type a property is read as from JSON: its Java type, or {@link AreaCodes} for area codes. */
    private static Type wire(Class<?> declaring, String name, Type type) {
        if (!AreaCodes.holds(declaring, name)) {
            return type;
        }
        return type instanceof Class && !Collection.class.isAssignableFrom((Class<?>) type) ? AreaCodes.class
                : AreaCodes[].class;
    }

    private static @Nullable String propertyName(Method m) {
        String name = m.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && m.getReturnType() == boolean.class) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return null;
    }

    private static boolean isNullable(java.lang.reflect.AnnotatedType type) {
        return type.isAnnotationPresent(Nullable.class);
    }

    private static boolean isContainer(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
