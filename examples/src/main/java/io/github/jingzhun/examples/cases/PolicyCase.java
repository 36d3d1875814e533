package io.github.jingzhun.examples.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JsonProblem;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One case of a case file, read and ready to run: a household (or the villages and counties of an area case, or
 * the households of a population case), the policy and year it is assessed under, and the results expected.
 *
 * @param file the case file, not null
 * @param line the line where the case begins
 * @param name what the case shows, not null
 * @param rules the rules it exercises, at least one
 * @param year the income year, not null
 * @param policy the policy, with the case's parameters, not null
 * @param household the household: the base household with the case's facts merged over it; null for an area case
 * @param area what an area case decides over; null for any other case
 * @param population what a population case decides over; null for any other case
 * @param refusal for a case that expects its household to be refused: every problem the JSON contract's importer
 *     found in it, empty when it was read; null for any other case
 * @param expect the expected results, as written in the file (validated), not null
 */
public record PolicyCase(Path file, int line, String name, List<Rule> rules, Year year, PovertyPolicy policy,
        @Nullable Household household, @Nullable AreaInput area, @Nullable PopulationInput population,
        @Nullable List<JsonProblem> refusal,
        JsonNode expect) {

    /**
     * A case.
     *
     * @param file the case file, not null
     * @param line the line where the case begins
     * @param name what the case shows, not null
     * @param rules the rules it exercises, at least one
     * @param year the income year, not null
     * @param policy the policy, not null
     * @param household the household; null for an area case
     * @param area the area; null for any other case
     * @param population the population; null for any other case
     * @param refusal the problems of a household expected refused; null for any other case
     * @param expect the expected results, not null
     */
    public PolicyCase {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(policy, "policy");
        if (refusal != null) {
            refusal = List.copyOf(refusal);
        } else if ((household == null ? 0 : 1) + (area == null ? 0 : 1) + (population == null ? 0 : 1) != 1) {
            throw new IllegalArgumentException("a case has a household, an area or a population");
        }
        expect = expect.deepCopy();
    }

    /**
     * The expected results.
     *
     * @return a copy of them, as written in the file
     */
    @Override
    public JsonNode expect() {
        return expect.deepCopy();
    }

    @Override
    public String toString() {
        return name;
    }
}
