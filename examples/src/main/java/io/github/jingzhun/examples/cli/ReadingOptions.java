package io.github.jingzhun.examples.cli;

import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonOptions;
import picocli.CommandLine.Option;

/** The options of every command that reads NDJSON households. */
final class ReadingOptions {

    @Option(names = "--tolerate-unknown-fields",
            description = "Skip fields the JSON contract does not know instead of reporting them as errors.")
    boolean tolerateUnknownFields;

    @Option(names = "--no-progress",
            description = "Never show progress on standard error (it is shown only when that is a terminal).")
    boolean noProgress;

    /** The importer these options ask for. */
    JsonImporter importer() {
        return JingzhunJson.importer(JsonOptions.defaults().withTolerateUnknownFields(tolerateUnknownFields));
    }
}
