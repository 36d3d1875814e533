package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeographyTest {

    private final Geography national = Geography.national();

    /** A county code in a province: the province's first prefecture, second county. */
    private static CountyCode countyIn(int province) {
        return CountyCode.of(province * 10000 + 102);
    }

    // ---- macro-region -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65})
    @DisplayName("Geography: the twelve western provinces are WEST")
    void theTwelveWesternProvincesAreWest(int province) {
        assertThat(national.macroRegion(countyIn(province))).isEqualTo(MacroRegion.WEST);
        assertThat(national.policyRegion(countyIn(province))).isEqualTo(MacroRegion.WEST);
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 22, 23, 34, 36, 41, 42, 43})
    @DisplayName("Geography: the eight central provinces are CENTRAL")
    void theEightCentralProvincesAreCentral(int province) {
        assertThat(national.macroRegion(countyIn(province))).isEqualTo(MacroRegion.CENTRAL);
        assertThat(national.policyRegion(countyIn(province))).isEqualTo(MacroRegion.CENTRAL);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 13, 21, 31, 32, 33, 35, 37, 44, 46})
    @DisplayName("Geography: every other mainland province is EAST")
    void everyOtherProvinceIsEast(int province) {
        assertThat(national.macroRegion(countyIn(province))).isEqualTo(MacroRegion.EAST);
        assertThat(national.policyRegion(countyIn(province))).isEqualTo(MacroRegion.EAST);
    }

    // ---- climate zone --------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 13, 14, 15, 21, 22, 23, 37, 41, 54, 61, 62, 63, 64, 65})
    @DisplayName("Geography, IND-HOUSE: the northern provinces are in the NORTH climate zone")
    void northernProvincesAreInTheNorthZone(int province) {
        assertThat(national.climateZone(countyIn(province))).isEqualTo(ClimateZone.NORTH);
    }

    @ParameterizedTest
    @ValueSource(ints = {31, 32, 33, 34, 35, 36, 42, 43, 44, 45, 46, 50, 51, 52, 53})
    @DisplayName("Geography, IND-HOUSE: every other province is in the SOUTH climate zone")
    void otherProvincesAreInTheSouthZone(int province) {
        assertThat(national.climateZone(countyIn(province))).isEqualTo(ClimateZone.SOUTH);
    }

    @Test
    void countyOverrideReplacesTheProvinceClimateZone() {
        // Aba (5132) lies on the high, cold plateau in Sichuan, a SOUTH province.
        CountyCode highland = CountyCode.of(513231);
        CountyCode lowland = CountyCode.of(510104);
        CountyCode south = CountyCode.of(440103);
        Geography geography = Geography.builder().from(national)
                .putClimateZoneOverrides(highland, ClimateZone.NORTH)
                .putClimateZoneOverrides(CountyCode.of(110101), ClimateZone.SOUTH)
                .build();
        assertThat(national.climateZone(highland)).isEqualTo(ClimateZone.SOUTH);
        assertThat(geography.climateZone(highland)).isEqualTo(ClimateZone.NORTH);
        assertThat(geography.climateZone(lowland)).isEqualTo(ClimateZone.SOUTH);
        assertThat(geography.climateZone(south)).isEqualTo(ClimateZone.SOUTH);
        assertThat(geography.climateZone(CountyCode.of(110101))).isEqualTo(ClimateZone.SOUTH);
        assertThat(geography.climateZone(CountyCode.of(110102))).isEqualTo(ClimateZone.NORTH);
    }

    @Test
    void nationalGeographyHasNoOverridesAndNoCountyTreatedAsWestern() {
        assertThat(national.getClimateZoneOverrides()).isEmpty();
        assertThat(national.getTreatedAsWestern()).isEmpty();
        assertThat(Geography.national()).isSameAs(national);
    }

    // ---- deep-poverty areas ("three regions and three prefectures") -----------------------------------------

    @Test
    void nationalDeepPovertyListIsPolicyDefault() {
        assertThat(national.getDeepPovertyAreas()).containsExactlyInAnyOrder(
                54, 6529, 6530, 6531, 6532,
                5132, 5133, 513422, 6230, 620623, 5334, 6322, 6323, 6325, 6326, 6327, 6328,
                5134, 5333, 6229);
    }

    @ParameterizedTest
    @ValueSource(ints = {540102, 542621, 540530})
    void everyTibetanCountyIsADeepPovertyArea(int code) {
        assertThat(national.isDeepPovertyArea(CountyCode.of(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {652901, 653001, 653101, 653201})
    void southernXinjiangPrefecturesAreDeepPovertyAreas(int code) {
        assertThat(national.isDeepPovertyArea(CountyCode.of(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {652801, 653301, 650102})
    void otherXinjiangCountiesAreNotDeepPovertyAreas(int code) {
        // 6528 and 6533 are the neighbours of the listed 6529–6532; 6501 is Urumqi.
        assertThat(national.isDeepPovertyArea(CountyCode.of(code))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {513201, 513301, 623001, 533401, 632221, 632321, 632521, 632621, 632721, 632801,
        513401, 513421, 513422, 533301, 622901})
    void listedPrefecturesAreDeepPovertyAreas(int code) {
        assertThat(national.isDeepPovertyArea(CountyCode.of(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {632101, 632401, 513501, 513101, 533101, 622801, 623101, 522727})
    void neighbouringPrefecturesAreNotDeepPovertyAreas(int code) {
        assertThat(national.isDeepPovertyArea(CountyCode.of(code))).isFalse();
    }

    @Test
    void aListedCountyIsADeepPovertyAreaButNotItsNeighbour() {
        // Tianzhu (620623) is listed on its own; the rest of Wuwei prefecture (6206) is not.
        assertThat(national.isDeepPovertyArea(CountyCode.of(620623))).isTrue();
        assertThat(national.isDeepPovertyArea(CountyCode.of(620622))).isFalse();
        assertThat(national.isDeepPovertyArea(CountyCode.of(620624))).isFalse();
    }

    @Test
    void muliIsListedAsACountyAndAlsoLiesInLiangshan() {
        // 513422 (Muli) is in the Tibetan-areas list and, like 513421, in Liangshan (5134).
        Geography countyOnly = Geography.builder().addDeepPovertyAreas(513422).build();
        assertThat(countyOnly.isDeepPovertyArea(CountyCode.of(513422))).isTrue();
        assertThat(countyOnly.isDeepPovertyArea(CountyCode.of(513421))).isFalse();
        assertThat(countyOnly.isDeepPovertyArea(CountyCode.of(513423))).isFalse();
        assertThat(national.isDeepPovertyArea(CountyCode.of(513421))).isTrue();
        assertThat(national.isDeepPovertyArea(CountyCode.of(513422))).isTrue();
    }

    @Test
    void deepPovertyListIsOverridable() {
        Geography noList = Geography.builder().build();
        assertThat(noList.isDeepPovertyArea(CountyCode.of(540102))).isFalse();
        Geography withGuizhou = Geography.builder().from(national).addDeepPovertyAreas(5227).build();
        assertThat(withGuizhou.isDeepPovertyArea(CountyCode.of(522727))).isTrue();
        assertThat(national.isDeepPovertyArea(CountyCode.of(522727))).isFalse();
    }

    // ---- treated as western (a local practice) -----------------------------------------------------------

    @Test
    void countyTreatedAsWesternHasPolicyRegionWestButKeepsItsMacroRegion() {
        // Xiangxi (4331) in Hunan, a central province
        CountyCode xiangxi = CountyCode.of(433101);
        CountyCode changsha = CountyCode.of(430102);
        Geography geography = Geography.builder().from(national).addTreatedAsWestern(xiangxi).build();
        assertThat(geography.policyRegion(xiangxi)).isEqualTo(MacroRegion.WEST);
        assertThat(geography.macroRegion(xiangxi)).isEqualTo(MacroRegion.CENTRAL);
        assertThat(geography.policyRegion(changsha)).isEqualTo(MacroRegion.CENTRAL);
        assertThat(national.policyRegion(xiangxi)).isEqualTo(MacroRegion.CENTRAL);
    }

    @Test
    void eastCountyTreatedAsWesternHasPolicyRegionWest() {
        CountyCode county = CountyCode.of(330102);
        Geography geography = Geography.builder().addTreatedAsWestern(county).build();
        assertThat(geography.policyRegion(county)).isEqualTo(MacroRegion.WEST);
        assertThat(geography.macroRegion(county)).isEqualTo(MacroRegion.EAST);
    }

    @Test
    void treatedAsWesternDoesNotChangeClimateZoneOrDeepPoverty() {
        CountyCode xiangxi = CountyCode.of(433101);
        Geography geography = Geography.builder().from(national).addTreatedAsWestern(xiangxi).build();
        assertThat(geography.climateZone(xiangxi)).isEqualTo(ClimateZone.SOUTH);
        assertThat(geography.isDeepPovertyArea(xiangxi)).isFalse();
    }
}
