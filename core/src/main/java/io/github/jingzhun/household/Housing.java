package io.github.jingzhun.household;

import org.immutables.value.Value;

/** The dwelling: its appraised safety and its fitness for the climate (IND-HOUSE). Immutable and value-based. */
@Value.Immutable
public abstract class Housing {

    Housing() {}

    /**
     * Returns a builder of {@link Housing} values.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Housing} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableHousing.Builder {
        Builder() {}
    }

    /**
     * Obtains a dwelling record.
     *
     * @param safety the appraised safety, not null
     * @param warmInWinter whether it keeps warm in winter (required in the NORTH zone)
     * @param ventilatedAndDampProof whether it is ventilated and damp-proof (required in the SOUTH zone)
     * @return the housing, not null
     */
    public static Housing of(HousingSafety safety, boolean warmInWinter, boolean ventilatedAndDampProof) {
        return builder().withSafety(safety).withWarmInWinter(warmInWinter)
                .withVentilatedAndDampProof(ventilatedAndDampProof).build();
    }

    /**
     * Appraised safety.
     *
     * @return the safety, not null
     */
    public abstract HousingSafety getSafety();

    /**
     * Whether the dwelling keeps warm in winter; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isWarmInWinter() {
        return false;
    }

    /**
     * Whether the dwelling is ventilated and damp-proof; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isVentilatedAndDampProof() {
        return false;
    }
}
