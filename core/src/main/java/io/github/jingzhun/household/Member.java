package io.github.jingzhun.household;

import io.github.jingzhun.decision.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A registered member of a household (家庭成员), migrant members included.
 *
 * <p>The resident ID number must agree with the birth date and sex (AUD-2); a value that disagrees cannot be
 * built. The name and ID number never appear in {@link #toString()}. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class Member {

    Member() {}

    /**
     * Returns a builder of members.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Member} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableMember.Builder {
        Builder() {}
    }

    /**
     * The resident ID number; masked when printed.
     *
     * @return the ID number, not null
     */
    @Value.Redacted
    public abstract ResidentId getIdNumber();

    /**
     * The member's name; never printed.
     *
     * @return the name, not null
     */
    @Value.Redacted
    public abstract String getName();

    /**
     * Sex, which must agree with the ID number.
     *
     * @return the sex, not null
     */
    public abstract Sex getSex();

    /**
     * Birth date, which must agree with the ID number.
     *
     * @return the birth date, not null
     */
    public abstract LocalDate getBirthDate();

    /**
     * Relation to the head of household.
     *
     * @return the relation, not null
     */
    public abstract Relation getRelation();

    /**
     * Highest education level, if recorded.
     *
     * @return the level, or null
     */
    public abstract @Nullable Education getEducation();

    /**
     * Schooling status.
     *
     * @return the status, not null
     */
    public abstract Schooling getSchooling();

    /**
     * Health.
     *
     * @return the health, not null
     */
    public abstract Health getHealth();

    /**
     * Disability grade 1 (most severe) to 4, or null for no disability.
     *
     * @return the grade, or null
     */
    @Min(1)
    @Max(4)
    public abstract @Nullable Integer getDisabilityGrade();

    /**
     * Labour capacity.
     *
     * @return the capacity, not null
     */
    public abstract Labour getLabour();

    /**
     * Months of migrant work in the year, 0 to 12.
     *
     * @return the months
     */
    @Value.Default
    @Min(0)
    @Max(12)
    public int getMigrantWorkMonths() {
        return 0;
    }

    /**
     * Whether the member works for a wage locally (本地务工); default false. Migrant work is
     * {@link #getMigrantWorkMonths()}.
     *
     * @return true if employed locally
     */
    @Value.Default
    public boolean isEmployed() {
        return false;
    }

    /**
     * Whether the member worked for a wage in the year, locally or away (务工状况), or null where the record does
     * not say (older records). AUD-6's "wage income with no member in work" reads a member whose status is not
     * recorded as possibly in work when the member has labour capacity; {@link WorkStatus#NOT_IN_WORK} contradicts
     * {@link #isEmployed()} and months of migrant work, so a record holding both cannot be built.
     *
     * @return the status, or null if not recorded
     */
    public abstract @Nullable WorkStatus getWorkStatus();

    /**
     * Whether the member may have earned the household's wage income (AUD-6): recorded as employed locally, in
     * migrant work or {@link WorkStatus#IN_WORK}, or, with no work status recorded, able to work.
     *
     * @return true unless the record says the member did not work for a wage
     */
    public final boolean mayBeInWork() {
        WorkStatus status = getWorkStatus();
        return isEmployed() || getMigrantWorkMonths() > 0 || status == WorkStatus.IN_WORK
                || status == null && getLabour().hasCapacity();
    }

    /**
     * Whether enrolled in basic medical insurance (基本医疗保险).
     *
     * @return true if enrolled
     */
    public abstract boolean isMedicalInsurance();

    /**
     * Whether covered by serious-illness insurance (大病保险); default false.
     *
     * @return true if covered
     */
    @Value.Default
    public boolean isSeriousIllnessInsurance() {
        return false;
    }

    /**
     * Whether enrolled in basic pension insurance (基本养老保险); default false.
     *
     * @return true if enrolled
     */
    @Value.Default
    public boolean isPensionInsurance() {
        return false;
    }

    /**
     * Whether a public employee on the state payroll (财政供养人员); default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isPublicEmployee() {
        return false;
    }

    /**
     * Whether the member runs a registered enterprise; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isRegisteredEnterprise() {
        return false;
    }

    /**
     * Whether the member has a disability of any grade.
     *
     * @return true if a disability grade is recorded
     */
    public final boolean isDisabled() {
        return getDisabilityGrade() != null;
    }

    /**
     * The member's age in whole years on a date.
     *
     * @param date the date, not null
     * @return the age; before birth, minus the whole years the date falls short of it (0 within a year of it)
     */
    public final int ageOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // Whole years between two dates written as the numbers yyyymmdd: their difference divided by 10,000, the
        // birthday not yet reached borrowing one; towards zero before birth.
        return (int) ((dayNumber(date) - birthDayNumber()) / 10_000);
    }

    /**
     * The birth date as the number yyyymmdd, kept when the member is built: every rule that asks an age reads it,
     * and reading a number held in the member is cheaper than reading the date it points to.
     */
    @Value.Derived
    @Value.Auxiliary
    long birthDayNumber() {
        return dayNumber(getBirthDate());
    }

    private static long dayNumber(LocalDate date) {
        return date.getYear() * 10_000L + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /**
     * What a member checks of its fields, from the fields alone: the ID number against the birth date and the sex
     * (AUD-2), a name that is not blank, the disability grade and the months of migrant work in range, and a work
     * status of NOT_IN_WORK against local employment and migrant work. A member runs these checks when it is
     * built; a reader of a record that cannot be built, because another of its fields is malformed, runs them on
     * the fields it could read, so that they are reported with the rest and worded alike. A field that could not
     * be read, or is absent, is null and checked against nothing.
     *
     * @param idNumber the ID number, or null
     * @param sex the sex, or null
     * @param birthDate the birth date, or null
     * @param name the name, or null
     * @param disabilityGrade the disability grade, or null
     * @param migrantWorkMonths the months of migrant work, or null
     * @param workStatus the work status, or null
     * @param employed whether employed locally, or null
     * @return the problems, their paths relative to the member (such as {@code idNumber}), empty if none; not null
     */
    public static List<Problem> problemsOfFields(@Nullable ResidentId idNumber, @Nullable Sex sex,
            @Nullable LocalDate birthDate, @Nullable String name, @Nullable Integer disabilityGrade,
            @Nullable Integer migrantWorkMonths, @Nullable WorkStatus workStatus, @Nullable Boolean employed) {
        Problems problems = new Problems();
        if (idNumber != null && birthDate != null && !idNumber.birthDate().equals(birthDate)) {
            problems.add("idNumber", "birth date in the ID number disagrees with the birth date given (AUD-2)");
        }
        if (idNumber != null && sex != null && idNumber.sex() != sex) {
            problems.add("idNumber", "sex digit of the ID number disagrees with the sex given (AUD-2)");
        }
        if (name != null && PlainText.isBlank(name)) {
            problems.add("name", "must not be blank");
        } else if (name != null && PlainText.hasLoneSurrogate(name)) {
            problems.add("name", PlainText.NOT_UNICODE);
        }
        if (disabilityGrade != null) {
            problems.range("disabilityGrade", disabilityGrade, 1, 4);
        }
        if (migrantWorkMonths != null) {
            problems.range("migrantWorkMonths", migrantWorkMonths, 0, 12);
        }
        if (workStatus == WorkStatus.NOT_IN_WORK) {
            if (Boolean.TRUE.equals(employed)) {
                problems.add("workStatus", "NOT_IN_WORK contradicts employed true");
            }
            if (migrantWorkMonths != null && migrantWorkMonths > 0) {
                problems.add("workStatus", "NOT_IN_WORK contradicts " + migrantWorkMonths
                        + " months of migrant work");
            }
        }
        return problems.list();
    }

    @Value.Check
    void check() {
        List<Problem> problems = problemsOfFields(getIdNumber(), getSex(), getBirthDate(), getName(),
                getDisabilityGrade(), getMigrantWorkMonths(), getWorkStatus(), isEmployed());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
