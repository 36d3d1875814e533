package io.github.jingzhun.area;

import io.github.jingzhun.money.Yuan;
import org.immutables.value.Value;

/**
 * A village's own facts for a year: collective economy, infrastructure and resident officials. Its households
 * are passed beside it to the policy functions, so a village never has to hold them in memory.
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
     * Returns a builder of villages.
     *
     * @return a new builder, not null
     */
    public static ImmutableVillage.Builder builder() {
        return ImmutableVillage.builder();
    }

    @Value.Check
    void check() {
        if (getCollectiveIncome().isNegative()) {
            throw new IllegalArgumentException("collectiveIncome: must not be negative");
        }
    }
}
