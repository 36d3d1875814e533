package io.github.jingzhun.parameter;

/**
 * Thrown when a parameter set has no value for what a rule needs, such as the poverty line of an income year it
 * does not cover. Jingzhun never guesses a missing value.
 */
public class MissingParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing, not null
     */
    public MissingParameterException(String message) {
        super(message);
    }
}
