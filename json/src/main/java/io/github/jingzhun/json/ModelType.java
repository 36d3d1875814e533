package io.github.jingzhun.json;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.ImmutableArea;
import io.github.jingzhun.area.ImmutableGeography;
import io.github.jingzhun.area.ImmutableVillage;
import io.github.jingzhun.area.ImmutableVillageStatus;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageStatus;
import io.github.jingzhun.audit.ImmutableRollLine;
import io.github.jingzhun.audit.RollLine;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.EvaluationSample;
import io.github.jingzhun.exit.ImmutableCounty;
import io.github.jingzhun.exit.ImmutableEvaluationSample;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Causes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.ImmutableAppliedMeasure;
import io.github.jingzhun.household.ImmutableAssets;
import io.github.jingzhun.household.ImmutableCauses;
import io.github.jingzhun.household.ImmutableHousehold;
import io.github.jingzhun.household.ImmutableHousing;
import io.github.jingzhun.household.ImmutableIncomeObservation;
import io.github.jingzhun.household.ImmutableIncomeRecord;
import io.github.jingzhun.household.ImmutableLivingConditions;
import io.github.jingzhun.household.ImmutableLocation;
import io.github.jingzhun.household.ImmutableMember;
import io.github.jingzhun.household.ImmutableMonitoringHistory;
import io.github.jingzhun.household.ImmutableRecordedProcedure;
import io.github.jingzhun.household.ImmutableRecordedStep;
import io.github.jingzhun.household.ImmutableStatus;
import io.github.jingzhun.household.ImmutableTransfer;
import io.github.jingzhun.household.ImmutableWater;
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
import io.github.jingzhun.parameter.ImmutablePolicyParameters;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.procedure.StepRecord;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
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
            Map.entry(Household.class, ImmutableHousehold.Builder.class),
            Map.entry(Member.class, ImmutableMember.Builder.class),
            Map.entry(IncomeRecord.class, ImmutableIncomeRecord.Builder.class),
            Map.entry(Transfer.class, ImmutableTransfer.Builder.class),
            Map.entry(LivingConditions.class, ImmutableLivingConditions.Builder.class),
            Map.entry(Housing.class, ImmutableHousing.Builder.class),
            Map.entry(Water.class, ImmutableWater.Builder.class),
            Map.entry(Assets.class, ImmutableAssets.Builder.class),
            Map.entry(Location.class, ImmutableLocation.Builder.class),
            Map.entry(Causes.class, ImmutableCauses.Builder.class),
            Map.entry(Status.class, ImmutableStatus.Builder.class),
            Map.entry(RecordedProcedure.class, ImmutableRecordedProcedure.Builder.class),
            Map.entry(RecordedStep.class, ImmutableRecordedStep.Builder.class),
            Map.entry(MonitoringHistory.class, ImmutableMonitoringHistory.Builder.class),
            Map.entry(AppliedMeasure.class, ImmutableAppliedMeasure.Builder.class),
            Map.entry(IncomeObservation.class, ImmutableIncomeObservation.Builder.class),
            Map.entry(RollLine.class, ImmutableRollLine.Builder.class),
            Map.entry(Area.class, ImmutableArea.Builder.class),
            Map.entry(Village.class, ImmutableVillage.Builder.class),
            Map.entry(VillageStatus.class, ImmutableVillageStatus.Builder.class),
            Map.entry(County.class, ImmutableCounty.Builder.class),
            Map.entry(EvaluationSample.class, ImmutableEvaluationSample.Builder.class),
            Map.entry(Geography.class, ImmutableGeography.Builder.class),
            Map.entry(PolicyParameters.class, ImmutablePolicyParameters.Builder.class));

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
     * its year would read as no income and make a household eligible). Only rigid spending defaults to 0.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED_IN_JSON = Map.of(IncomeRecord.class,
            Set.of("wage", "productionGross", "productionCosts", "property"));

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
