package io.github.jingzhun.parameter;

import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The poverty line of one income year, in yuan per person per year, with its source.
 *
 * @param year the income year, not null
 * @param amount the line, positive, at most one trillion yuan
 * @param source where the value comes from, not blank
 * @param reason why the value departs from the national line (IND-STD), or null if it does not
 */
public record PovertyLine(Year year, Yuan amount, String source, @Nullable String reason) {

    /**
     * Creates a line, checking it.
     *
     * @throws IllegalArgumentException if the amount is not positive or is above one trillion yuan, the source is
     *     blank, or the source or reason is not plain text
     * @param year the income year, not null
     * @param amount the line, positive, at most one trillion yuan
     * @param source where the value comes from, not blank
     * @param reason why the value departs from the national line (IND-STD), or null if it does not
     */
    public PovertyLine {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        if (amount.fen() <= 0) {
            throw new IllegalArgumentException("amount: the line of " + year + " must be positive");
        }
        if (!amount.isWithinLimit()) {
            throw new IllegalArgumentException("amount: the line of " + year + " must be at most one trillion yuan");
        }
        if (PlainText.isBlank(source)) {
            throw new IllegalArgumentException("source: the line of " + year + " must give its source");
        }
        PlainText.require("source", source);
        if (reason != null) {
            PlainText.require("reason", reason);
        }
    }
}
