package io.github.jingzhun.exit;

/**
 * The counts of a county's third-party evaluation sample (EX-C-2, ST-4).
 *
 * @param exitedPersonsSampled exited persons in the sample, positive
 * @param wronglyExitedPersons of those, persons found wrongly exited
 * @param nonRegisteredPersonsSampled non-registered rural persons in the sample, positive
 * @param missedPersons of those, persons verified as missed by identification
 * @param householdsSurveyed households asked whether they recognise the results, positive
 * @param householdsRecognising of those, households that recognise them
 */
public record EvaluationSample(long exitedPersonsSampled, long wronglyExitedPersons, long nonRegisteredPersonsSampled,
        long missedPersons, long householdsSurveyed, long householdsRecognising) {

    /**
     * Creates a sample, checking that each part is within its whole.
     *
     * @param exitedPersonsSampled exited persons in the sample, positive
     * @param wronglyExitedPersons of those, persons found wrongly exited
     * @param nonRegisteredPersonsSampled non-registered rural persons in the sample, positive
     * @param missedPersons of those, persons verified as missed by identification
     * @param householdsSurveyed households asked whether they recognise the results, positive
     * @param householdsRecognising of those, households that recognise them
     * @throws IllegalArgumentException if a whole is not positive or a part is negative or exceeds its whole
     */
    public EvaluationSample {
        check("wronglyExitedPersons", wronglyExitedPersons, exitedPersonsSampled);
        check("missedPersons", missedPersons, nonRegisteredPersonsSampled);
        check("householdsRecognising", householdsRecognising, householdsSurveyed);
    }

    private static void check(String part, long count, long whole) {
        if (whole <= 0 || count < 0 || count > whole) {
            throw new IllegalArgumentException(part + ": must be between 0 and its sample of " + whole
                    + " (itself positive), not " + count);
        }
    }
}
