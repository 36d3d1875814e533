package io.github.jingzhun.exit;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The counts of a county's third-party evaluation sample (EX-C-2, ST-4): each part is counted within its whole,
 * and each whole is positive. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class EvaluationSample {

    EvaluationSample() {}

    /**
     * Exited persons in the sample.
     *
     * @return the persons, positive
     */
    public abstract int getExitedPersonsSampled();

    /**
     * Of the exited persons sampled, those found wrongly exited (错退).
     *
     * @return the persons, from 0 to {@link #getExitedPersonsSampled()}
     */
    public abstract int getWronglyExitedPersons();

    /**
     * Non-registered rural persons in the sample.
     *
     * @return the persons, positive
     */
    public abstract int getNonRegisteredPersonsSampled();

    /**
     * Of the non-registered persons sampled, those verified as missed by identification (漏评).
     *
     * @return the persons, from 0 to {@link #getNonRegisteredPersonsSampled()}
     */
    public abstract int getMissedPersons();

    /**
     * Households asked whether they recognise the results.
     *
     * @return the households, positive
     */
    public abstract int getHouseholdsSurveyed();

    /**
     * Of the households surveyed, those that recognise the results (群众认可).
     *
     * @return the households, from 0 to {@link #getHouseholdsSurveyed()}
     */
    public abstract int getHouseholdsRecognising();

    /**
     * Obtains a sample from its six counts.
     *
     * @param exitedPersonsSampled exited persons in the sample, positive
     * @param wronglyExitedPersons of those, persons found wrongly exited
     * @param nonRegisteredPersonsSampled non-registered rural persons in the sample, positive
     * @param missedPersons of those, persons verified as missed by identification
     * @param householdsSurveyed households asked whether they recognise the results, positive
     * @param householdsRecognising of those, households that recognise them
     * @return the sample, not null
     * @throws IllegalArgumentException if a whole is not positive or a part is negative or exceeds its whole
     */
    public static EvaluationSample of(int exitedPersonsSampled, int wronglyExitedPersons,
            int nonRegisteredPersonsSampled, int missedPersons, int householdsSurveyed, int householdsRecognising) {
        return builder().withExitedPersonsSampled(exitedPersonsSampled)
                .withWronglyExitedPersons(wronglyExitedPersons)
                .withNonRegisteredPersonsSampled(nonRegisteredPersonsSampled).withMissedPersons(missedPersons)
                .withHouseholdsSurveyed(householdsSurveyed).withHouseholdsRecognising(householdsRecognising).build();
    }

    /**
     * Returns a builder of samples.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link EvaluationSample} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableEvaluationSample.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        List<String> problems = new ArrayList<>(0);
        whole("exitedPersonsSampled", getExitedPersonsSampled(), problems);
        whole("nonRegisteredPersonsSampled", getNonRegisteredPersonsSampled(), problems);
        whole("householdsSurveyed", getHouseholdsSurveyed(), problems);
        part("wronglyExitedPersons", getWronglyExitedPersons(), getExitedPersonsSampled(), problems);
        part("missedPersons", getMissedPersons(), getNonRegisteredPersonsSampled(), problems);
        part("householdsRecognising", getHouseholdsRecognising(), getHouseholdsSurveyed(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static void whole(String name, int count, List<String> problems) {
        if (count <= 0) {
            problems.add(name + ": must be positive, not " + count);
        }
    }

    private static void part(String name, int count, int whole, List<String> problems) {
        if (count < 0 || count > Math.max(whole, 0)) {
            problems.add(name + ": must be between 0 and its sample of " + Math.max(whole, 0) + ", not " + count);
        }
    }
}
