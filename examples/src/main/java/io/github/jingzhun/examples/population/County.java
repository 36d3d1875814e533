package io.github.jingzhun.examples.population;

import io.github.jingzhun.area.ClimateZone;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.area.MacroRegion;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A county of the synthetic population, with its names; its macro-region, climate zone and deep-poverty status
 * come from the national geography, as the policy derives them.
 *
 * @param code the GB/T 2260 county code, not null
 * @param name the county's English name and province, such as {@code Pingtang, Guizhou}, not null
 * @param nameZh the county's Chinese name, such as {@code 贵州省平塘县}, not null
 */
public record County(CountyCode code, String name, String nameZh) {

    private static final List<County> ALL = List.of(
            new County(CountyCode.of(522727), "Pingtang, Guizhou", "贵州省平塘县"),
            new County(CountyCode.of(621126), "Min, Gansu", "甘肃省岷县"),
            new County(CountyCode.of(513433), "Mianning, Sichuan (Liangshan)", "四川省凉山州冕宁县"),
            new County(CountyCode.of(433124), "Huayuan, Hunan", "湖南省花垣县"),
            new County(CountyCode.of(130123), "Zhengding, Hebei", "河北省正定县"),
            new County(CountyCode.of(330127), "Chun'an, Zhejiang", "浙江省淳安县"));

    /**
     * Creates a county.
     *
     * @param code the county code, not null
     * @param name the English name, not null
     * @param nameZh the Chinese name, not null
     */
    public County {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameZh, "nameZh");
    }

    /**
     * The counties of the synthetic population: Pingtang (WEST, SOUTH), Min (WEST, NORTH), Mianning (WEST, SOUTH,
     * a deep-poverty area), Huayuan (CENTRAL, SOUTH), Zhengding (EAST, NORTH) and Chun'an (EAST, SOUTH).
     *
     * @return the counties, not null
     */
    public static List<County> all() {
        return ALL;
    }

    /**
     * The county of the synthetic population with a code.
     *
     * @param code the county code, not null
     * @return the county, or null if the population has none with that code
     */
    public static @Nullable County of(CountyCode code) {
        for (County c : ALL) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The macro-region by the national geography.
     *
     * @return the region, not null
     */
    public MacroRegion region() {
        return Geography.national().macroRegion(code);
    }

    /**
     * The housing climate zone by the national geography.
     *
     * @return the zone, not null
     */
    public ClimateZone zone() {
        return Geography.national().climateZone(code);
    }

    /**
     * Whether the county lies in a deep-poverty area ("three regions and three prefectures").
     *
     * @return true if so
     */
    public boolean isDeepPoverty() {
        return Geography.national().isDeepPovertyArea(code);
    }
}
