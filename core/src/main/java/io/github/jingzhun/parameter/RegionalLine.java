package io.github.jingzhun.parameter;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A province's or city's own poverty line for an income year (ID-STD), which replaces the national line for
 * counties within its area. It departs from the national standard, so it always carries a reason (IND-STD).
 *
 * @param area a two-digit province code (PROVINCIAL standard) or four-digit prefecture code (CITY standard)
 * @param year the income year, not null
 * @param amount the line, positive, at most one trillion yuan
 * @param source where the value comes from, not blank
 * @param reason why the area sets its own line, not blank
 */
public record RegionalLine(int area, Year year, Yuan amount, String source, String reason) {

    /**
     * Creates a regional line, checking it.
     *
     * @throws IllegalArgumentException if the area is not a mainland province or a prefecture of one, the amount is
     *     not positive or is above one trillion yuan, or the source or reason is blank or not plain text
     * @param area a two-digit province code (PROVINCIAL standard) or four-digit prefecture code (CITY standard)
     * @param year the income year, not null
     * @param amount the line, positive, at most one trillion yuan
     * @param source where the value comes from, not blank
     * @param reason why the area sets its own line, not blank
     */
    public RegionalLine {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        List<String> problems = new ArrayList<>(0);
        if (!isArea(area)) {
            problems.add("area: a regional line's area must be a mainland province's code or one of its "
                    + "prefectures', not " + area);
        }
        if (amount.fen() <= 0) {
            problems.add("amount: the regional line of " + area + " for " + year + " must be positive");
        } else if (!amount.isWithinLimit()) {
            problems.add("amount: the regional line of " + area + " for " + year
                    + " must be at most one trillion yuan");
        }
        String sourceProblem = PlainText.isBlank(source)
                ? "the regional line of " + area + " for " + year + " must give its source"
                : PlainText.problem(source);
        if (sourceProblem != null) {
            problems.add("source: " + sourceProblem);
        }
        String reasonProblem = PlainText.isBlank(reason)
                ? "the regional line of " + area + " for " + year + " must give its reason (IND-STD)"
                : PlainText.problem(reason);
        if (reasonProblem != null) {
            problems.add("reason: " + reasonProblem);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** A mainland province (52) or a prefecture within one (5227): a line for any other code would never apply. */
    private static boolean isArea(int area) {
        int province = area < 100 ? area : area / 100;
        if (area < 10 || area > 9999 || (area > 99 && (area < 1000 || area % 100 == 0))) {
            return false;
        }
        try {
            ProvinceCode.of(province);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The standard this line sets: PROVINCIAL for a province, CITY for a prefecture.
     *
     * @return the standard, not null
     */
    public Standard standard() {
        return area < 100 ? Standard.PROVINCIAL : Standard.CITY;
    }
}
