package io.github.jingzhun.area;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How counties are classified for policy: macro-region, housing climate zone, deep-poverty areas and counties
 * treated as western. The province classifications are fixed by GB/T 2260; the lists a province
 * or researcher may change are attributes, with {@link #national()} holding the defaults.
 *
 * <p>Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class Geography {

    Geography() {}

    /**
     * Counties whose climate zone differs from their province's default.
     *
     * @return county → zone, not null
     */
    public abstract Map<CountyCode, ClimateZone> getClimateZoneOverrides();

    /**
     * The deep-poverty areas ("three regions and three prefectures") as administrative prefixes of two, four or
     * six digits.
     *
     * @return the prefixes, not null
     */
    public abstract Set<Integer> getDeepPovertyAreas();

    /**
     * Counties treated as western for policy although their province is not (a local practice).
     *
     * @return the counties, not null
     */
    public abstract Set<CountyCode> getTreatedAsWestern();

    /**
     * The national classification: no climate overrides, the default deep-poverty list and no
     * county treated as western.
     *
     * @return the national geography, not null
     */
    public static Geography national() {
        return NATIONAL;
    }

    private static final Geography NATIONAL = builder()
            .withDeepPovertyAreas(Set.of(
                    54, 6529, 6530, 6531, 6532,
                    5132, 5133, 513422, 6230, 620623, 5334, 6322, 6323, 6325, 6326, 6327, 6328,
                    5134, 5333, 6229))
            .build();

    /**
     * Returns a builder of geographies.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Geography} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableGeography.Builder {
        Builder() {}
    }

    /**
     * Returns the macro-region of the county's province: EAST, CENTRAL or WEST.
     *
     * @param county the county, not null
     * @return the macro-region, not null
     */
    public MacroRegion macroRegion(CountyCode county) {
        return Provinces.macroRegion(county.province());
    }

    /**
     * Returns the region whose thresholds apply: WEST for a county treated as western, else the macro-region.
     *
     * @param county the county, not null
     * @return the region for policy thresholds, not null
     */
    public MacroRegion policyRegion(CountyCode county) {
        return getTreatedAsWestern().contains(county) ? MacroRegion.WEST : macroRegion(county);
    }

    /**
     * Returns the housing climate zone of a county: its override, else its province's default.
     *
     * @param county the county, not null
     * @return the zone, not null
     */
    public ClimateZone climateZone(CountyCode county) {
        ClimateZone override = getClimateZoneOverrides().get(county);
        if (override != null) {
            return override;
        }
        return Provinces.isNorth(county.province()) ? ClimateZone.NORTH : ClimateZone.SOUTH;
    }

    /**
     * Checks whether a county lies in a deep-poverty area.
     *
     * @param county the county, not null
     * @return true if any deep-poverty prefix contains the county
     */
    public boolean isDeepPovertyArea(CountyCode county) {
        Set<Integer> areas = getDeepPovertyAreas();
        return areas.contains(county.province()) || areas.contains(county.prefecture())
                || areas.contains(county.code());
    }
}
