/**
 * Jingzhun JSON: the wire contract (documented in {@code json/CONTRACT.md}) as a Jackson 2 module, import validation
 * and NDJSON streams. Register the module with {@code new ObjectMapper().findAndRegisterModules()} or
 * {@code registerModule(new JingzhunModule())}, or start from {@link io.github.jingzhun.json.JingzhunJson}.
 */
module io.github.jingzhun.json {
    requires transitive io.github.jingzhun.core;
    requires transitive com.fasterxml.jackson.databind;
    // Nullness of core's attributes is read at run time to tell required fields from optional ones.
    requires org.jspecify;
    requires org.hibernate.validator;
    // To keep Hibernate Validator's announcement of itself off standard error (ImportValidation).
    requires java.logging;

    exports io.github.jingzhun.json;
    exports io.github.jingzhun.json.stream;
    // Jackson makes the writer of a record's schemaVersion, a package-private class named by an annotation.
    opens io.github.jingzhun.json to com.fasterxml.jackson.databind;

    provides com.fasterxml.jackson.databind.Module with io.github.jingzhun.json.JingzhunModule;
}
