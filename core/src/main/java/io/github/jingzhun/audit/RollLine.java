package io.github.jingzhun.audit;

import io.github.jingzhun.ValueStyle;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.household.InvalidInputException;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.household.RegistryId;
import io.github.jingzhun.household.ResidentId;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One line of another department's roll as it is exchanged (AUD-9): the department, the benefit its roll records,
 * the year, and one household on it — by registry id, by the ID numbers of its members as the department knows
 * them, or both — with the amount paid if the department gives it. A file of lines may hold several rolls;
 * {@link DepartmentRoll#of(Iterable)} groups them. {@link #toString()} shows ID numbers masked only. Immutable,
 * thread-safe and value-based.
 */
@Value.Immutable
@ValueStyle
public abstract class RollLine {

    RollLine() {}

    /**
     * Returns a builder of roll lines.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RollLine} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableRollLine.Builder {
        Builder() {}
    }

    /**
     * The department keeping the roll, such as {@code civil affairs}.
     *
     * @return the department, not blank
     */
    public abstract String getDepartment();

    /**
     * The benefit the roll records, named by the registry's transfer kind: MINIMUM_LIVING_ALLOWANCE for civil
     * affairs' minimum-living-allowance roll, EXTREME_POVERTY_SUPPORT for its extreme-poverty roll,
     * DISABILITY_SUBSIDY for the disabled persons' federation's roll.
     *
     * @return the benefit, not null
     */
    public abstract TransferKind getBenefit();

    /**
     * The calendar year of the roll.
     *
     * @return the year, not null
     */
    public abstract Year getYear();

    /**
     * The household's registry id, if the department gives it.
     *
     * @return the id, or null
     */
    public abstract @Nullable String getHousehold();

    /**
     * The ID numbers of the household's members as the department records them; possibly empty when the
     * household id is given.
     *
     * @return the ID numbers, not null
     */
    public abstract List<ResidentId> getIdNumbers();

    /**
     * The amount the department paid the household in the year, if given.
     *
     * @return the amount, not negative, or null
     */
    public abstract @Nullable Yuan getAmount();

    /**
     * The household this line puts on its roll.
     *
     * @return the entry, not null
     */
    public final DepartmentRoll.Entry entry() {
        return new DepartmentRoll.Entry(getHousehold(), getIdNumbers(), getAmount());
    }

    @Value.Check
    void check() {
        List<Problem> problems = new ArrayList<>(0);
        String departmentProblem = PlainText.isBlank(getDepartment()) ? "must not be blank"
                : PlainText.problem(getDepartment());
        if (departmentProblem != null) {
            problems.add(new Problem("department", departmentProblem));
        }
        String household = getHousehold();
        if (household != null && household.isBlank()) {
            problems.add(new Problem("household", "must not be blank"));
        } else if (household != null) {
            String problem = RegistryId.problem(household, RegistryId.HOUSEHOLD_PRINTED);
            if (problem != null) {
                problems.add(new Problem("household", problem));
            }
        }
        List<ResidentId> ids = getIdNumbers();
        if (household == null && ids.isEmpty()) {
            problems.add(new Problem("household", "a roll line names the household by its id, by its members' ID "
                    + "numbers (idNumbers), or both"));
        }
        for (int i = 1; i < ids.size(); i++) {
            if (ids.subList(0, i).contains(ids.get(i))) {
                problems.add(new Problem("idNumbers[" + i + "]", "same ID number as idNumbers["
                        + ids.subList(0, i).indexOf(ids.get(i)) + "] (AUD-1)"));
            }
        }
        Yuan amount = getAmount();
        if (amount != null && amount.isNegative()) {
            problems.add(new Problem("amount", "must not be negative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
