/**
 * Jingzhun JSON: the wire contract of JSON.md as a Jackson 2 module. Register it with
 * {@code new ObjectMapper().findAndRegisterModules()} or {@code registerModule(new JingzhunModule())}.
 */
module io.github.jingzhun.json {
    requires transitive io.github.jingzhun.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.jingzhun.json;

    provides com.fasterxml.jackson.databind.Module with io.github.jingzhun.json.JingzhunModule;
}
