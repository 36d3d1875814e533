/**
 * Jingzhun core: the household model, versioned policy parameters and explainable policy functions of targeted
 * poverty alleviation (精准扶贫). Start at {@link io.github.jingzhun.PovertyPolicy}.
 */
@SuppressWarnings("module") // com.fasterxml.jackson.databind, named in opens, is not a dependency of core
module io.github.jingzhun.core {
    requires static org.immutables.value.annotations;
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;

    exports io.github.jingzhun;
    exports io.github.jingzhun.area;
    exports io.github.jingzhun.audit;
    exports io.github.jingzhun.decision;
    exports io.github.jingzhun.exit;
    exports io.github.jingzhun.explain;
    exports io.github.jingzhun.household;
    exports io.github.jingzhun.identification;
    exports io.github.jingzhun.indicator;
    exports io.github.jingzhun.measure;
    exports io.github.jingzhun.money;
    exports io.github.jingzhun.monitoring;
    exports io.github.jingzhun.parameter;
    exports io.github.jingzhun.procedure;
    exports io.github.jingzhun.scenario;
    exports io.github.jingzhun.statistics;

    // The JSON module's Jackson builds the model through the generated builders, whose constructors are private.
    // Core does not depend on Jackson: a qualified opens names a module that need not be present.
    opens io.github.jingzhun.area to com.fasterxml.jackson.databind;
    opens io.github.jingzhun.exit to com.fasterxml.jackson.databind;
    opens io.github.jingzhun.audit to com.fasterxml.jackson.databind;
    opens io.github.jingzhun.household to com.fasterxml.jackson.databind;
    opens io.github.jingzhun.parameter to com.fasterxml.jackson.databind;
    opens io.github.jingzhun.procedure to com.fasterxml.jackson.databind;
}
