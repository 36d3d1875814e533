package io.github.jingzhun.area;

import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Where a household lives: its county and, when known, its village. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class Area {

    Area() {}

    /**
     * The county; province, macro-region and climate zone derive from it.
     *
     * @return the county code, not null
     */
    public abstract CountyCode getCounty();

    /**
     * The village, if recorded.
     *
     * @return the village code, or null
     */
    public abstract @Nullable VillageCode getVillage();

    /**
     * Obtains the area of a county, with no village.
     *
     * @param county the county, not null
     * @return the area, not null
     */
    public static Area of(CountyCode county) {
        Objects.requireNonNull(county, "county");
        return builder().withCounty(county).build();
    }

    /**
     * Obtains the area of a village, whose county is the first six digits of its code.
     *
     * @param village the village, not null
     * @return the area, not null
     */
    public static Area of(VillageCode village) {
        Objects.requireNonNull(village, "village");
        return builder().withCounty(village.county()).withVillage(village).build();
    }

    /**
     * Returns a builder of areas.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Area} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableArea.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        VillageCode village = getVillage();
        if (village != null && !village.county().equals(getCounty())) {
            throw new IllegalArgumentException("village: village " + village + " is not in county " + getCounty());
        }
    }
}
