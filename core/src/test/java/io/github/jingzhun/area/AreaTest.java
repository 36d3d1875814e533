package io.github.jingzhun.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AreaTest {

    private static final CountyCode COUNTY = CountyCode.of(522727);
    private static final VillageCode VILLAGE = VillageCode.parse("522727101201");

    @Test
    void areaOfACountyHasNoVillage() {
        Area area = Area.of(COUNTY);
        assertThat(area.getCounty()).isEqualTo(COUNTY);
        assertThat(area.getVillage()).isNull();
    }

    @Test
    void areaOfAVillageTakesItsCountyFromTheVillageCode() {
        Area area = Area.of(VILLAGE);
        assertThat(area.getCounty()).isEqualTo(COUNTY);
        assertThat(area.getVillage()).isEqualTo(VILLAGE);
    }

    @Test
    void villageInItsCountyIsAccepted() {
        Area area = Area.builder().withCounty(COUNTY).withVillage(VILLAGE).build();
        assertThat(area).isEqualTo(Area.of(VILLAGE));
    }

    @Test
    void villageMustLieInTheCounty() {
        VillageCode elsewhere = VillageCode.parse("522726101201");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Area.builder().withCounty(COUNTY).withVillage(elsewhere).build())
                .withMessage("village: village 522726101201 is not in county 522727");
    }

    @Test
    void villageInTheSamePrefectureButAnotherCountyIsRejected() {
        // same first five digits: only the whole six-digit county counts
        VillageCode neighbour = VillageCode.parse("522728101201");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Area.builder().withCounty(COUNTY).withVillage(neighbour).build())
                .withMessageStartingWith("village:");
    }
}
