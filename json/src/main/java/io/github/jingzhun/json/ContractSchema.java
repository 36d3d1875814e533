package io.github.jingzhun.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the wire contract, shipped in this module's jar under
 * {@code io/github/jingzhun/json/schema/}. They document the fields of JSON.md for other systems; Jingzhun's own
 * reading checks more than a schema can (ID numbers, AUD-1, AUD-2, exact money).
 */
public enum ContractSchema {

    /** A household (JSON.md "Household"). */
    HOUSEHOLD("household.schema.json"),
    /** A decision (JSON.md "Decision"). */
    DECISION("decision.schema.json"),
    /** A parameter set: values, poverty lines and monitoring thresholds, each with its source. */
    PARAMETERS("parameters.schema.json"),
    /** One line of another department's roll, for the cross-department comparison (AUD-9). */
    ROLL_LINE("roll-line.schema.json"),
    /** One line of a registry audit's findings: a finding with the households it involves (AUD-1 to AUD-9). */
    AUDIT_FINDING("audit-finding.schema.json");

    private final String fileName;

    ContractSchema(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The schema's file name, such as {@code household.schema.json}.
     *
     * @return the file name, not null
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The schema's location in this module.
     *
     * @return the URL of the resource, not null
     */
    public URL url() {
        return Objects.requireNonNull(ContractSchema.class.getResource("schema/" + fileName), fileName);
    }

    /**
     * The schema's text.
     *
     * @return the JSON text of the schema, not null
     * @throws UncheckedIOException if the resource cannot be read
     */
    public String text() {
        try (InputStream in = ContractSchema.class.getResourceAsStream("schema/" + fileName)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + fileName));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
