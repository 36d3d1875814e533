package io.github.jingzhun;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of Jingzhun's value types, applied in each model package's {@code package-info}.
 *
 * <p>Bean-style accessors ({@code getX}, {@code isX}) let Bean Validation read constraints on getters; builder
 * initialisers are named {@code withX}, Jackson's default builder prefix; generated code uses only the JDK and no
 * Jackson, so {@code jingzhun-core} stays free of JSON; its collections are the JDK's own immutable ones
 * ({@code List.copyOf}), which policy functions read with one indirection fewer than a wrapped list (the JSON writer
 * sorts a geography's sets and maps). Names are redacted as {@code ***} in {@code toString()}.
 *
 * <p>The generated {@code Immutable*} classes are package-private and not API: each value type declares a public
 * nested {@code Builder} extending the generated one, reached by its {@code builder()}, and its builder methods and
 * {@code build()} name only the abstract type. Source retention: only core's own compilation reads the style, so
 * no other module needs Immutables' annotations to read core's class files.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        get = {"get*", "is*"},
        init = "with*",
        jdkOnly = true,
        jdk9Collections = true,
        stagedBuilder = false,
        jacksonIntegration = false,
        redactedMask = "***",
        allowedClasspathAnnotations = {Override.class},
        visibility = ImplementationVisibility.PACKAGE,
        overshadowImplementation = true)
public @interface ValueStyle {}
