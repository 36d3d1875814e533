package io.github.jingzhun.household;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.procedure.ProcedureKind;
import jakarta.validation.constraints.NotBlank;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A household (户) as the registry records it: its members, income records by year, living
 * conditions, assets, location, registered causes, status and contact cadre; over time, its recorded procedures and
 * monitoring history.
 *
 * <p>A household has at least one member, no ID number twice (AUD-1) and at most one income record a year; a
 * value breaking these cannot be built, and the {@link InvalidInputException} lists every problem with its path.
 * {@link #toString()} never shows a name or a full ID number. Immutable, thread-safe and value-based.
 *
 * <p>A registry read as JSON is held to more: at most 50 members, dates and years from 1900 to 2999, and no member
 * born after the end of its latest income year (or the date the reader is given). A household built here beyond
 * them is assessed as given (a member not yet born counts in its per-capita income), and the JSON reader refuses
 * it when it is written and read back.
 */
@Value.Immutable
public abstract class Household {

    /** The references of the first members, built once: findings name members on every decision. */
    private static final String[] MEMBER_REFS = new String[16];

    static {
        for (int i = 0; i < MEMBER_REFS.length; i++) {
            MEMBER_REFS[i] = "members[" + i + "]";
        }
    }

    Household() {}

    /**
     * Returns a builder of households.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Household} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableHousehold.Builder {
        Builder() {}
    }

    /**
     * The registry's household id (not personal data).
     *
     * @return the id, not blank
     */
    @NotBlank
    public abstract String getId();

    /**
     * Where the household lives.
     *
     * @return the area, not null
     */
    public abstract Area getArea();

    /**
     * The registered household type; GENERAL by default.
     *
     * @return the type, not null
     */
    @Value.Default
    public HouseholdType getType() {
        return HouseholdType.GENERAL;
    }

    /**
     * Registration status; NOT_REGISTERED by default.
     *
     * @return the status, not null
     */
    @Value.Default
    public Status getStatus() {
        return Status.notRegistered();
    }

    /**
     * The registered members, migrant members included; at least one.
     *
     * @return the members, not empty
     */
    public List<Member> getMembers() {  // an attribute's getter, so not final: final methods are derived values
        return memberList();
    }

    /** The members as they were given. */
    abstract List<Member> members();

    /** The members in a list of one class ({@link UniformList} says why), made once when the household is built. */
    @Value.Derived
    @Value.Auxiliary
    UniformList<Member> memberList() {
        return new UniformList<>(members());
    }

    /**
     * The registered causes of poverty; none by default.
     *
     * @return the causes, not null
     */
    @Value.Default
    public Causes getCauses() {
        return Causes.none();
    }

    /**
     * Yearly income records, at most one a year.
     *
     * @return the records, not null
     */
    public abstract List<IncomeRecord> getIncome();

    /**
     * Surveyed living conditions.
     *
     * @return the conditions, not null
     */
    public abstract LivingConditions getConditions();

    /**
     * Assets relevant to exclusions; none by default.
     *
     * @return the assets, not null
     */
    @Value.Default
    public Assets getAssets() {
        return Assets.none();
    }

    /**
     * Location flags; none set by default.
     *
     * @return the location, not null
     */
    @Value.Default
    public Location getLocation() {
        return Location.ordinary();
    }

    /**
     * The contact cadre's registry id (帮扶责任人), if one is paired.
     *
     * @return the cadre id, or null
     */
    public abstract @Nullable String getContactCadre();

    /**
     * Categories of measures the household has received.
     *
     * @return the categories, not null
     */
    public abstract List<MeasureCategory> getMeasuresReceived();

    /**
     * The household's registration, exit and monitoring procedures as recorded, in the order recorded; a procedure
     * tried again (an exit refused one year, proposed again the next) is recorded again.
     *
     * @return the procedures, not null
     */
    public abstract List<RecordedProcedure> getProcedures();

    /**
     * The household's monitoring record over time (MON-4), if it has been monitored.
     *
     * @return the history, or null
     */
    public abstract @Nullable MonitoringHistory getMonitoring();

    /**
     * The last recorded procedure of a kind: the one that stands when a procedure was tried more than once.
     *
     * @param kind the kind, not null
     * @return the procedure, or null if none of the kind is recorded
     */
    public final @Nullable RecordedProcedure latestProcedure(ProcedureKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<RecordedProcedure> procedures = getProcedures();
        for (int i = procedures.size() - 1; i >= 0; i--) {
            if (procedures.get(i).getKind() == kind) {
                return procedures.get(i);
            }
        }
        return null;
    }

    /**
     * Whether a registration is recorded after the latest exit procedure: the household was registered again after
     * it exited (a relapse), so that exit no longer stands and a new one starts from its first step.
     *
     * @return true if it was
     */
    public final boolean registeredAfterExit() {
        List<RecordedProcedure> procedures = getProcedures();
        boolean registration = false;
        for (int i = procedures.size() - 1; i >= 0; i--) {
            ProcedureKind kind = procedures.get(i).getKind();
            if (kind == ProcedureKind.HOUSEHOLD_EXIT) {
                return registration;
            }
            registration |= kind == ProcedureKind.REGISTRATION;
        }
        return false;
    }

    /**
     * The number of registered members (INC-2: migrant members count).
     *
     * @return the count, at least one
     */
    public final int size() {
        return getMembers().size();
    }

    /**
     * Whether any member has labour capacity (SKILLED, ORDINARY or WEAK).
     *
     * @return true if someone can work
     */
    public final boolean hasLabourCapacity() {
        return labourCapacity();
    }

    /**
     * Whether any member has labour capacity, found once when the household is built: identification (ID-H-4,
     * ID-H-5), measures (MS-1..9), the audit (AUD-6) and risk elimination (MON-4) each ask.
     */
    @Value.Derived
    @Value.Auxiliary
    boolean labourCapacity() {
        // Indexed loops here and below: the JDK's lists are of two classes, so an iterator would not be optimised away.
        List<Member> members = members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getLabour().hasCapacity()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How findings and measures refer to a member: by index in the JSON path style, never by name or ID number.
     *
     * @param index the member's index, from 0
     * @return the reference, such as {@code members[1]}
     */
    public static String memberRef(int index) {
        return index >= 0 && index < MEMBER_REFS.length ? MEMBER_REFS[index] : "members[" + index + "]";
    }

    /**
     * The income record of a year.
     *
     * @param year the income year, not null
     * @return the record, or null if none is recorded for that year
     */
    public final @Nullable IncomeRecord incomeOf(Year year) {
        int value = Objects.requireNonNull(year, "year").getValue();
        List<IncomeRecord> income = getIncome();
        for (int i = 0; i < income.size(); i++) {
            IncomeRecord record = income.get(i);
            if (record.yearValue() == value) {
                return record;
            }
        }
        return null;
    }

    private static void registryId(Problems problems, String path, String id, String printed) {
        String problem = RegistryId.problem(id, printed);
        if (problem != null) {
            problems.add(path, problem);
        }
    }

    /**
     * What a household checks across its parts, from the parts alone: the form of its id and of its contact cadre's,
     * at least one member, an ID number that an earlier member has (AUD-1) and a second income record for a year. A
     * household runs these checks when it is built; a reader of a record that cannot be built, because another of its
     * parts is malformed, runs them on the parts it could read, so that they are reported with the rest and worded
     * alike. A part that could not be read is null and compared with nothing.
     *
     * @param id the household's id, or null if it could not be read
     * @param contactCadre the contact cadre's id, or null if there is none or it could not be read
     * @param idNumbers the members' ID numbers in order, each null if it could not be read; null if the members
     *     could not be read
     * @param incomeYears the income records' years in order, each null if it could not be read; not null
     * @return the problems, their paths relative to the household (such as {@code members[2].idNumber}), empty if
     *     none; not null
     */
    public static List<Problem> problemsAcrossParts(@Nullable String id, @Nullable String contactCadre,
            @Nullable List<@Nullable ResidentId> idNumbers, List<@Nullable Year> incomeYears) {
        Problems problems = new Problems();
        if (id != null && id.isBlank()) {
            problems.add("id", "must not be blank");
        } else if (id != null) {
            registryId(problems, "id", id, RegistryId.HOUSEHOLD_PRINTED);
        }
        if (contactCadre != null) {
            registryId(problems, "contactCadre", contactCadre, RegistryId.CADRE_PRINTED);
        }
        if (idNumbers != null && idNumbers.isEmpty()) {
            problems.add("members", "a household has at least one member");
        }
        // Nested loops, not hash maps: households have a handful of members and records.
        for (int i = 1; idNumbers != null && i < idNumbers.size(); i++) {
            int first = earlier(idNumbers, i);
            if (first >= 0) {
                problems.add(memberRef(i) + ".idNumber", "same ID number as " + memberRef(first) + " (AUD-1)");
            }
        }
        for (int i = 1; i < incomeYears.size(); i++) {
            if (earlier(incomeYears, i) >= 0) {
                problems.add("income[" + i + "].year", "a second record for " + incomeYears.get(i));
            }
        }
        return problems.list();
    }

    /** The index of the first element before i equal to the element at i, or -1 (and -1 for a null one). */
    private static int earlier(List<?> values, int i) {
        Object value = values.get(i);
        for (int first = 0; value != null && first < i; first++) {
            if (value.equals(values.get(first))) {
                return first;
            }
        }
        return -1;
    }

    @Value.Check
    void check() {
        List<Member> members = getMembers();
        List<ResidentId> idNumbers = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            idNumbers.add(members.get(i).getIdNumber());
        }
        List<IncomeRecord> income = getIncome();
        List<Year> years = new ArrayList<>(income.size());
        for (int i = 0; i < income.size(); i++) {
            years.add(income.get(i).getYear());
        }
        List<Problem> problems = problemsAcrossParts(getId(), getContactCadre(), idNumbers, years);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
