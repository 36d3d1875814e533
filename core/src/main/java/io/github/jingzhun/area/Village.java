package io.github.jingzhun.area;

import io.github.jingzhun.money.Yuan;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A village's own facts for a year: its registration as a poor village, collective economy, infrastructure,
 * resident officials and, when known, its rural population. Its households are summed beside it (see
 * {@code identification.AreaPopulation}), so a village never has to hold them in memory.
 *
 * <p>Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class Village {

    Village() {}

    /**
     * The village code.
     *
     * @return the code, not null
     */
    public abstract VillageCode getCode();

    /**
     * The village's registration as a poor village (贫困村).
     *
     * @return the status; NOT_REGISTERED by default, not null
     */
    @Value.Default
    public VillageStatus getStatus() {
        return VillageStatus.notRegistered();
    }

    /**
     * The village's rural registered (户籍) population, the denominator of its poverty incidence, when a figure is
     * on record; without one, incidence is over the persons of the households read.
     *
     * @return the persons, positive, or null
     */
    public abstract @Nullable Integer getRuralPopulation();

    /**
     * Income of the village collective economy for the year (村集体经济收入).
     *
     * @return the amount, not negative
     */
    @Value.Default
    public Yuan getCollectiveIncome() {
        return Yuan.ZERO;
    }

    /**
     * Whether the village is reached by a hardened road.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isHardenedRoad() {
        return false;
    }

    /**
     * Whether the village has mains electricity.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isElectricity() {
        return false;
    }

    /**
     * Whether the village has safe drinking water.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isSafeWater() {
        return false;
    }

    /**
     * Whether the village has a clinic with a qualified doctor.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isClinic() {
        return false;
    }

    /**
     * Whether a first secretary (驻村第一书记) is resident.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isFirstSecretary() {
        return false;
    }

    /**
     * Whether a resident working team (驻村工作队) is present.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isWorkingTeam() {
        return false;
    }

    /**
     * Whether the village is a registered poor village now (REGISTERED, not yet exited): the villages that must have
     * a resident first secretary and working team (AUD-8).
     *
     * @return true if registered and not exited
     */
    public final boolean isRegisteredPoor() {
        return getStatus().getState() == VillageState.REGISTERED;
    }

    /**
     * Returns a builder of villages.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Village} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableVillage.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        List<String> problems = new ArrayList<>(0);
        if (getCollectiveIncome().isNegative()) {
            problems.add("collectiveIncome: must not be negative");
        }
        Integer population = getRuralPopulation();
        if (population != null && population <= 0) {
            problems.add("ruralPopulation: must be positive, not " + population);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }
}
