package io.github.jingzhun.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the wire contract, shipped in this module's jar under
 * {@code io/github/jingzhun/json/schema/}. They give the fields of the JSON contract to other systems; Jingzhun's
 * own reading checks more than a schema can (ID numbers, AUD-1, AUD-2, exact money). A schema may refer to another
 * by its file name, which resolves against its {@code $id}.
 */
public enum ContractSchema {

    /** A household (the JSON contract's "Household"). */
    HOUSEHOLD("household.schema.json"),
    /** A decision (the JSON contract's "Decision"). */
    DECISION("decision.schema.json"),
    /** A parameter set: values, poverty lines and monitoring thresholds, each with its source. */
    PARAMETERS("parameters.schema.json"),
    /**
     * The error line of an NDJSON stream, written in place of a result for a line that could not be read,
     * validated or assessed: {@code {"line": 17, "errors": [{"path": "$.members[0].birthDate", "message": "..."}]}}.
     */
    ERROR_LINE("error-line.schema.json"),
    /**
     * A line of the command line's {@code validate}: {@code {"line": 1, "valid": true, "household": "HH-1"}}, or the
     * line's error line.
     */
    VALIDATION_LINE("validation-line.schema.json"),
    /** A village: its registration as a poor village, collective income, facilities and resident officials. */
    VILLAGE("village.schema.json"),
    /** A county: its designation, exit years, evaluation sample and exit procedure. */
    COUNTY("county.schema.json"),
    /** A province's published rural figures for an income year, against which villages are identified. */
    BENCHMARK("benchmark.schema.json"),
    /** The decisions on one village or one county, as the areas command writes them. */
    AREA_DECISION("area-decision.schema.json"),
    /** One line of another department's roll, for the cross-department comparison (AUD-9). */
    ROLL_LINE("roll-line.schema.json"),
    /** One line of a registry audit's findings: a finding with the households it involves (AUD-1 to AUD-10). */
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
