package io.github.jingzhun.json;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.parameter.MissingParameterException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * Assesses a stream of households: for each NDJSON input line exactly one output line, in order — the household's
 * decision for the year, or an error object naming the line and its problems. A line that is not a valid household,
 * a household without an income record for the year, or a year without a poverty line in the parameter set is an
 * error line, never a crash. Memory stays constant: one line is held at a time.
 *
 * <pre>{@code
 * NdjsonAssessment.Summary summary = new NdjsonAssessment(PovertyPolicy.national(), Year.of(2019),
 *         JingzhunJson.importer()).run(in, out);
 * }</pre>
 */
public final class NdjsonAssessment {

    /**
     * What a run did.
     *
     * @param lines the input lines, and so the output lines
     * @param decisions the lines assessed
     * @param errors the lines with problems
     */
    public record Summary(long lines, long decisions, long errors) {}

    private final PovertyPolicy policy;
    private final Year year;
    private final JsonImporter importer;

    /**
     * Creates an assessment.
     *
     * @param policy the policy to assess with, not null
     * @param year the income year assessed, not null
     * @param importer the importer that reads the households, not null
     */
    public NdjsonAssessment(PovertyPolicy policy, Year year, JsonImporter importer) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.year = Objects.requireNonNull(year, "year");
        this.importer = Objects.requireNonNull(importer, "importer");
    }

    /**
     * Reads every line of the input and writes one line for each. Neither stream is closed; the output is flushed.
     *
     * @param in NDJSON households, not null
     * @param out where decisions and error objects are written, not null
     * @return what the run did, not null
     * @throws IOException if reading or writing fails
     */
    public Summary run(Reader in, Writer out) throws IOException {
        long lines = 0;
        long errors = 0;
        NdjsonWriter writer = new NdjsonWriter(out, importer.mapper());
        NdjsonReader<Household> reader = importer.households(in);
        for (NdjsonLine<Household> line; (line = reader.next()) != null; ) {
            lines++;
            List<JsonProblem> problems = line.problems();
            if (line.isValid()) {
                Household household = line.get();
                try {
                    problems = assessable(household);
                    if (problems.isEmpty()) {
                        Decision decision = policy.assess(household, year);
                        writer.write(decision);
                        continue;
                    }
                } catch (MissingParameterException e) {
                    problems = List.of(new JsonProblem(JsonPath.ROOT, Objects.requireNonNullElse(e.getMessage(),
                            "a parameter is missing")));
                } catch (RuntimeException e) {
                    problems = List.of(new JsonProblem(JsonPath.ROOT, "could not be assessed for " + year + " ("
                            + e.getClass().getSimpleName() + ")"));
                }
            }
            errors++;
            writer.writeErrors(line.number(), problems);
        }
        writer.flush();
        return new Summary(lines, lines - errors, errors);
    }

    private List<JsonProblem> assessable(Household household) {
        if (household.incomeOf(year) == null) {
            return List.of(new JsonProblem("$.income", "no income record for " + year + ", the year assessed"));
        }
        return List.of();
    }
}
