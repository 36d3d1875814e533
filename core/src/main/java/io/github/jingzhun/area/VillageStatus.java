package io.github.jingzhun.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A village's registration as a poor village (贫困村), with its dates: the shape of a household's status.
 * Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class VillageStatus {

    VillageStatus() {}

    /**
     * Returns a builder of {@link VillageStatus} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link VillageStatus} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableVillageStatus.Builder {
        Builder() {}
    }

    private static final VillageStatus NOT_REGISTERED =
            builder().withState(VillageState.NOT_REGISTERED).build();

    /**
     * A village never registered as poor.
     *
     * @return the status, not null
     */
    public static VillageStatus notRegistered() {
        return NOT_REGISTERED;
    }

    /**
     * A village registered as poor on a date.
     *
     * @param registeredOn the registration date, not null
     * @return the status, not null
     */
    public static VillageStatus registered(LocalDate registeredOn) {
        return builder().withState(VillageState.REGISTERED).withRegisteredOn(registeredOn)
                .build();
    }

    /**
     * A poor village that exited.
     *
     * @param registeredOn the registration date, or null if unknown
     * @param exitedOn the exit date, not null
     * @return the status, not null
     */
    public static VillageStatus exited(@Nullable LocalDate registeredOn, LocalDate exitedOn) {
        return builder().withState(VillageState.EXITED).withRegisteredOn(registeredOn)
                .withExitedOn(exitedOn).build();
    }

    /**
     * The state.
     *
     * @return the state, not null
     */
    public abstract VillageState getState();

    /**
     * The day the village was registered as poor, if known.
     *
     * @return the date, or null
     */
    public abstract @Nullable LocalDate getRegisteredOn();

    /**
     * The day the village exited; required for EXITED.
     *
     * @return the date, or null
     */
    public abstract @Nullable LocalDate getExitedOn();

    @Value.Check
    void check() {
        List<String> problems = new ArrayList<>(0);
        LocalDate registered = getRegisteredOn();
        LocalDate exited = getExitedOn();
        boolean isExited = getState() == VillageState.EXITED;
        if (isExited != (exited != null)) {
            problems.add("exitedOn: " + (isExited ? "required for state EXITED" : "only an EXITED village has an exit date"));
        }
        if (getState() == VillageState.NOT_REGISTERED && registered != null) {
            problems.add("registeredOn: a village NOT_REGISTERED has no registration date");
        }
        if (registered != null && exited != null && exited.isBefore(registered)) {
            problems.add("exitedOn: must not be before registeredOn");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
