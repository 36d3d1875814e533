package io.github.jingzhun.household;

import org.immutables.value.Value;

/** Location flags that decide relocation and ecological measures. Immutable, thread-safe and value-based. */
@Value.Immutable(singleton = true)
public abstract class Location {

    Location() {}

    /**
     * No location flag set.
     *
     * @return the default location record, not null
     */
    public static Location ordinary() {
        return ImmutableLocation.of();
    }

    /**
     * Returns a builder of location records.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Location} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {}
    }

    /**
     * Whether the household lives in an area unable to support its people (一方水土养不起一方人); default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isInhospitableArea() {
        return false;
    }

    /**
     * Whether the household lives in an ecological protection zone; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isEcologicalZone() {
        return false;
    }

    /**
     * Whether the household consents to relocation; default false.
     *
     * @return true if so
     */
    @Value.Default
    public boolean isConsentsToRelocation() {
        return false;
    }
}
