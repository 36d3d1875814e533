package io.github.jingzhun.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.JsonProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * How a government system embeds Jingzhun's checks: a household in, as the JSON contract has it, and its decision out,
 * as JSON, or the problems of the record, each with its JSON path. Nothing else is needed: no files, no clock, no
 * global state.
 *
 * <pre>{@code
 * EmbeddedCheck check = new EmbeddedCheck(PovertyPolicy.national(), Year.of(2019));   // once, then share it
 * String decision = check.assess(householdJson);
 * // {"household":"HH-522727-0001","year":2019,"identification":{"outcome":"ELIGIBLE",...},...}
 * // or {"errors":[{"path":"$.members[0].idNumber","message":"ID number has a wrong check digit (GB 11643)"}]}
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: build it once (building it builds a validator) and share it
 * between requests.
 */
public final class EmbeddedCheck {

    private final PovertyPolicy policy;
    private final Year year;
    private final JsonImporter importer;
    private final ObjectMapper mapper;

    /**
     * A check with the national parameters for income year 2019.
     */
    public EmbeddedCheck() {
        this(PovertyPolicy.national(), Year.of(2019));
    }

    /**
     * A check with a policy, such as a province's, for an income year.
     *
     * @param policy the policy, not null
     * @param year the income year assessed, not null
     * @throws io.github.jingzhun.parameter.MissingParameterException if the policy has no line for the year
     */
    public EmbeddedCheck(PovertyPolicy policy, Year year) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.year = Objects.requireNonNull(year, "year");
        policy.parametersFor(year);
        this.importer = JingzhunJson.importer();
        this.mapper = importer.mapper();
    }

    /**
     * Assesses one household.
     *
     * @param householdJson one household as JSON (the JSON contract), not null
     * @return the decision as JSON; or, if the record cannot be assessed, {@code {"errors": [...]}} listing every
     *     problem with its JSON path, never with an ID number or a name
     */
    public String assess(String householdJson) {
        Household household;
        try {
            household = importer.readHousehold(householdJson);
        } catch (JsonImportException e) {
            return errors(e.problems());
        }
        if (household.incomeOf(year) == null) {
            return errors(List.of(new JsonProblem("$.income", "no income record for " + year + ", the year assessed")));
        }
        Decision decision = policy.assess(household, year);
        try {
            return mapper.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String errors(List<JsonProblem> problems) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode errors = root.putArray("errors");
        for (JsonProblem p : problems) {
            errors.addObject().put("path", p.path()).put("message", p.message());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one household as JSON from standard input and prints its decision as JSON.
     *
     * @param args ignored
     * @throws IOException if standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        String json = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(new EmbeddedCheck().assess(json));
    }
}
