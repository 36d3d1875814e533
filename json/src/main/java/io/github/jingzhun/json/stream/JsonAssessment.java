package io.github.jingzhun.json.stream;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * Assesses one household given as JSON, and answers in JSON: its decision, or every problem of the record, each
 * with its JSON path. This is the whole of what a system that embeds Jingzhun's checks needs — text in, text out;
 * no files, no clock, no global state:
 *
 * <pre>{@code
 * JsonAssessment assessment = new JsonAssessment(PovertyPolicy.national(), Year.of(2019));   // once, then share it
 * String answer = assessment.assess(householdJson);
 * // {"household":"HH-522727-0001","year":2019,"identification":{"outcome":"ELIGIBLE",...},...}
 * // or {"errors":[{"path":"$.members[0].idNumber","message":"ID number has a wrong check digit (GB 11643) (AUD-2)"}]}
 * }</pre>
 *
 * <p>A decision is written exactly as {@link NdjsonAssessment} writes it on a line (the command line's
 * {@code assess} too), and a record is refused for the same reasons: it is not a valid household (every problem
 * {@link JsonImporter#readHousehold(String)} finds), it has no income record for the year, or the policy cannot
 * assess it. The error object is that of an NDJSON error line without the line number; no error names a member or
 * gives an ID number.
 *
 * <p>An assessment is immutable and thread-safe: build it once (building it builds a validator) and share it
 * between threads and requests.
 */
public final class JsonAssessment {

    private final NdjsonAssessment assessment;
    private final JsonImporter importer;

    /**
     * An assessment with a policy, such as the national one or a province's, for an income year; households are read
     * by {@link JingzhunJson#importer()}.
     *
     * @param policy the policy, not null
     * @param year the income year assessed, not null
     * @throws io.github.jingzhun.parameter.MissingParameterException if the policy has no poverty line for the year
     */
    public JsonAssessment(PovertyPolicy policy, Year year) {
        this(policy, year, JingzhunJson.importer());
    }

    /**
     * An assessment whose households are read by a given importer, such as one with other limits.
     *
     * @param policy the policy, not null
     * @param year the income year assessed, not null
     * @param importer the importer, not null
     * @throws io.github.jingzhun.parameter.MissingParameterException if the policy has no poverty line for the year
     */
    public JsonAssessment(PovertyPolicy policy, Year year, JsonImporter importer) {
        Objects.requireNonNull(year, "year");
        // A year the policy cannot assess is the caller's mistake: say so now, not on every household.
        Objects.requireNonNull(policy, "policy").parametersFor(year);
        this.importer = Objects.requireNonNull(importer, "importer");
        this.assessment = new NdjsonAssessment(policy, year, importer);
    }

    private JsonAssessment(NdjsonAssessment assessment, JsonImporter importer) {
        this.assessment = assessment;
        this.importer = importer;
    }

    /**
     * Returns this assessment answering with decisions at a level of detail, as
     * {@link NdjsonAssessment#detail(DecisionDetail)} writes them; {@link DecisionDetail#FULL} is the default.
     *
     * @param level how much of each decision to write, not null
     * @return the changed assessment, not null
     */
    public JsonAssessment detail(DecisionDetail level) {
        return new JsonAssessment(assessment.detail(level), importer);
    }

    /**
     * The level of detail decisions are written at.
     *
     * @return the level, not null
     */
    public DecisionDetail detail() {
        return assessment.detail();
    }

    /**
     * Assesses one household.
     *
     * @param householdJson one household as JSON, not null
     * @return the decision as JSON on one line; or, if the record cannot be assessed, {@code {"errors": [...]}}
     *     listing every problem with its path and message; never null
     */
    public String assess(String householdJson) {
        Objects.requireNonNull(householdJson, "householdJson");
        ByteSink out = new ByteSink(8192);
        List<JsonProblem> problems;
        try {
            problems = assessment.assess(importer.readHousehold(householdJson), out);
        } catch (JsonImportException e) {
            problems = e.problems();
        }
        if (problems.isEmpty()) {
            out.truncate(out.size() - 1); // the line break of the NDJSON line
            return out.text();
        }
        StringWriter errors = new StringWriter();
        try (JsonGenerator gen = importer.mapper().getFactory().createGenerator(errors)) {
            NdjsonWriter.writeErrors(gen, problems);
        } catch (IOException e) {
            // A StringWriter does not fail; a generator refusing what it is asked to write is a bug.
            throw new UncheckedIOException(e);
        }
        return errors.toString();
    }
}
