package io.github.jingzhun.household;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Registration state of a household, with its dates. Immutable, thread-safe and value-based. */
@Value.Immutable
public abstract class Status {

    Status() {}

    /**
     * Returns a builder of {@link Status} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Status} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableStatus.Builder {
        Builder() {}
    }

    private static final Status NOT_REGISTERED =
            builder().withState(RegistrationState.NOT_REGISTERED).build();

    /**
     * A household never registered.
     *
     * @return the status, not null
     */
    public static Status notRegistered() {
        return NOT_REGISTERED;
    }

    /**
     * A household registered on a date.
     *
     * @param registeredOn the registration date, not null
     * @return the status, not null
     */
    public static Status registered(LocalDate registeredOn) {
        Objects.requireNonNull(registeredOn, "registeredOn");
        return builder().withState(RegistrationState.REGISTERED).withRegisteredOn(registeredOn)
                .build();
    }

    /**
     * A household registered and later exited.
     *
     * @param registeredOn the registration date, or null if unknown
     * @param exitedOn the exit date, not null
     * @return the status, not null
     */
    public static Status exited(@Nullable LocalDate registeredOn, LocalDate exitedOn) {
        return builder().withState(RegistrationState.EXITED).withRegisteredOn(registeredOn)
                .withExitedOn(exitedOn).build();
    }

    /**
     * The state.
     *
     * @return the state, not null
     */
    public abstract RegistrationState getState();

    /**
     * The registration date, if any.
     *
     * @return the date, or null
     */
    public abstract @Nullable LocalDate getRegisteredOn();

    /**
     * The exit date; required for EXITED.
     *
     * @return the date, or null
     */
    public abstract @Nullable LocalDate getExitedOn();

    /**
     * Whether the household was on the poverty registry at the end of an income year, by its dates: REGISTERED or
     * EXITED, registered in or before the year (or on an unrecorded day) and not exited in or before it. Poverty
     * incidence (ST-1) counts these persons, and progress (ST-5) counts them as remaining, so one registry extract
     * answers for every year it covers.
     *
     * @param year the income year, not null
     * @return true if on the registry on 31 December of the year
     */
    public boolean onRegistryAtEndOf(Year year) {
        LocalDate registered = getRegisteredOn();
        LocalDate exited = getExitedOn();
        int last = year.getValue();
        return getState() != RegistrationState.NOT_REGISTERED
                && (registered == null || registered.getYear() <= last)
                && (exited == null || exited.getYear() > last);
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        LocalDate registered = getRegisteredOn();
        LocalDate exited = getExitedOn();
        if (getState() == RegistrationState.EXITED && exited == null) {
            problems.add("exitedOn", "required for state EXITED");
        }
        if (getState() != RegistrationState.EXITED && exited != null) {
            problems.add("exitedOn", "only an EXITED household has an exit date");
        }
        if (getState() == RegistrationState.NOT_REGISTERED && registered != null) {
            problems.add("registeredOn", "a household NOT_REGISTERED has no registration date");
        }
        if (registered != null && exited != null && exited.isBefore(registered)) {
            problems.add("exitedOn", "must not be before the registration date");
        }
        problems.throwIfAny();
    }

}
