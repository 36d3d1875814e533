package io.github.jingzhun.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Teaches Jackson the shape of core's value types without a Jackson annotation in core: each abstract Immutables
 * type is built through its generated builder ({@code withX} setters, {@code build()}), builder collections taking
 * {@code Iterable} are read as lists, derived {@code final} accessors are not properties, {@code null} means
 * absent, dates, months and years of core types are ISO-8601 text and plain numbers whatever other modules say, and
 * the area codes of a parameter set are JSON strings ({@link AreaCodes}).
 */
final class ModelIntrospector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    private static final String CORE_PACKAGE = "io.github.jingzhun.";

    private static final JsonPOJOBuilder.Value BUILDER_CONFIG = new JsonPOJOBuilder.Value("build", "with");

    private static final JsonSetter.Value NULL_MEANS_ABSENT = JsonSetter.Value.forValueNulls(Nulls.SKIP);

    @Override
    public Version version() {
        return JingzhunModule.VERSION;
    }

    @Override
    public @Nullable Class<?> findPOJOBuilder(AnnotatedClass ac) {
        ModelType type = ModelType.ofAbstract(ac.getRawType());
        return type == null ? null : type.builder();
    }

    @Override
    public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(AnnotatedClass ac) {
        return ModelType.isBuilder(ac.getRawType()) ? BUILDER_CONFIG : null;
    }

    @Override
    public JavaType refineDeserializationType(MapperConfig<?> config, Annotated a, JavaType baseType) {
        if (baseType.getRawClass() == Iterable.class && isCore(a)) {
            return config.getTypeFactory().constructCollectionType(List.class, baseType.containedTypeOrUnknown(0));
        }
        return baseType;
    }

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember m) {
        // Derived values of an Immutables type (size(), isDisabled(), isTransfersOnly()) are final methods of the
        // abstract type; attributes are abstract or overridable defaults.
        return m instanceof AnnotatedMethod && Modifier.isFinal(((AnnotatedMethod) m).getAnnotated().getModifiers())
                && ModelType.ofAbstract(m.getDeclaringClass()) != null;
    }

    @Override
    public JsonSetter.@Nullable Value findSetterInfo(Annotated a) {
        return isCore(a) ? NULL_MEANS_ABSENT : null;
    }

    @Override
    public @Nullable Object findSerializer(Annotated a) {
        if (!isCore(a) || !(a instanceof AnnotatedMember)) {
            return null;
        }
        if (AreaCodes.isGeographyCollection(a)) {
            return new AreaCodes.Sorted(AreaCodes.holds(a));
        }
        if (AreaCodes.holds(a)) {
            return new AreaCodes.Serializer();
        }
        Class<?> type = a.getRawType();
        if (type == LocalDate.class) {
            return ValueCodecs.ScalarSerializer.text(LocalDate.class);
        }
        if (type == Year.class) {
            return ValueCodecs.yearNumbers();
        }
        if (type == YearMonth.class) {
            return ValueCodecs.ScalarSerializer.text(YearMonth.class);
        }
        return null;
    }

    @Override
    public @Nullable Object findDeserializer(Annotated a) {
        if (!isCore(a) || !(a instanceof AnnotatedMember)) {
            return null;
        }
        Class<?> type = valueType((AnnotatedMember) a);
        if (AreaCodes.holds(a)) {
            return type == int.class || type == Integer.class ? new AreaCodes.Deserializer()
                    : new AreaCodes.ListDeserializer();
        }
        if (type == LocalDate.class) {
            return ValueCodecs.localDates();
        }
        if (type == Year.class) {
            return ValueCodecs.years();
        }
        if (type == YearMonth.class) {
            return ValueCodecs.yearMonths();
        }
        if (type == BigDecimal.class) {
            return new ValueCodecs.DecimalDeserializer();
        }
        return null;
    }

    /** The type of the value a member reads: a setter's parameter, or the member's own type. */
    private static Class<?> valueType(AnnotatedMember member) {
        if (member instanceof AnnotatedMethod && ((AnnotatedMethod) member).getParameterCount() == 1) {
            return ((AnnotatedMethod) member).getRawParameterType(0);
        }
        return member.getRawType();
    }

    private static boolean isCore(Annotated a) {
        return a instanceof AnnotatedMember
                && ((AnnotatedMember) a).getDeclaringClass().getName().startsWith(CORE_PACKAGE);
    }
}
