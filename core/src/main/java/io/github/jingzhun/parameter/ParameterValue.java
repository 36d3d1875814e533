package io.github.jingzhun.parameter;

import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dated, sourced value of a scalar parameter: in force from {@code since} until a later value of the same key.
 *
 * @param key the parameter, not null
 * @param value the value in the parameter's unit, not null
 * @param since the first day the value is in force, not null
 * @param source where the value comes from: for the national values a citation that starts with the key of a
 *     {@link io.github.jingzhun.decision.Source}, such as {@code EXIT2016, exit standards of poor villages and
 *     counties}; any text for a set of one's own; not blank, and plain text
 * @param reason why the value departs from the national default (IND-STD), or null if it does not
 */
public record ParameterValue(ParameterKey key, BigDecimal value, LocalDate since, String source,
        @Nullable String reason) {

    /**
     * Creates a value, checking that it is complete.
     *
     * @throws IllegalArgumentException if the source is blank, or the source or reason not plain text
     * @param key the parameter, not null
     * @param value the value in the parameter's unit, not null
     * @param since the first day the value is in force, not null
     * @param source where the value comes from: for the national values a citation that starts with the key of a
     *     {@link io.github.jingzhun.decision.Source}, such as {@code EXIT2016, exit standards of poor villages and
     *     counties}; any text for a set of one's own; not blank, and plain text
     * @param reason why the value departs from the national default (IND-STD), or null if it does not
     */
    public ParameterValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(since, "since");
        // each message names its field first, so that a reader can name its path
        if (PlainText.isBlank(source)) {
            throw new IllegalArgumentException("source: the value of " + key + " must give its source");
        }
        PlainText.require("source", source);
        if (reason != null) {
            PlainText.require("reason", reason);
        }
    }

    /** The fields, a value as long as an ID number redacted, as in every message: never personal data. */
    @Override
    public String toString() {
        return "ParameterValue[key=" + key + ", value=" + PersonalData.redacted(value.toString()) + ", since=" + since
                + ", source=" + source + ", reason=" + reason + "]";
    }
}
