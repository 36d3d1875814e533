package io.github.jingzhun;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.identification.AreaPopulation;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class VillageDecisionTest {

    private static final Year Y2019 = Year.of(2019);
    private static final YearParameters P2019 = PolicyParameters.national().forYear(Y2019);
    private static final VillageCode CODE = VillageCode.parse("522727101201");
    private static final ProvincialBenchmark BENCHMARK = ProvincialBenchmark.published(ProvinceCode.of(52), Y2019,
            BigDecimal.TEN, Yuan.of(10_000), "yearbook");

    private static AreaPopulation oneRegisteredOfTen() {
        return AreaPopulation.of(List.of(
                household("522727").withArea(Area.of(CODE)).addMembers(adult())
                        .withStatus(Status.registered(LocalDate.of(2014, 6, 1)))
                        .addIncome(income(2019).build()).build(),
                household("522727").withArea(Area.of(CODE)).addMembers(adult(), adult(), adult(), adult(), adult(),
                        adult(), adult(), adult(), adult()).addIncome(income(2019).withWage(Yuan.of(90_000)).build())
                        .build()), Y2019);
    }

    @Test
    void aVillageWithARecordAndHouseholdsIsDecidedAndExplained() {
        Village village = Village.builder().withCode(CODE).withHardenedRoad(true).build();

        VillageDecision d = VillageDecision.decide(CODE, village, oneRegisteredOfTen(), BENCHMARK, P2019);

        assertThat(d.identification().poor()).isFalse();
        assertThat(d.exit().eligible()).isFalse();
        assertThat(d.exit().incidencePercent()).isEqualTo(new BigDecimal("10.00"));
        assertThat(d.audit()).isEmpty();
        assertThat(d.allFindings()).extracting(f -> f.rule()).startsWith(Rule.ST_1, Rule.ID_V_1)
                .contains(Rule.EX_V_1).hasSize(1 + 4 + 6);
        assertThat(d.toString()).startsWith("Village 522727101201, income year 2019: not a poor village, may not "
                + "exit (2 households, 10 persons)\n  ✓ ST-1  No rural population is on record: incidence is over the persons of the "
                + "households read, 10");
    }

    @Test
    void aVillageWithHouseholdsMayExitAndBePoorAtOnceOnlyIfTheFiguresSaySo() {
        Village recorded = Village.builder().withCode(CODE).withRuralPopulation(100).build();

        VillageDecision d = VillageDecision.decide(CODE, recorded, oneRegisteredOfTen(), BENCHMARK, P2019);

        assertThat(d.incidence().population()).isEqualTo(100);
        assertThat(d.exit().eligible()).isTrue();
        assertThat(d.toString()).contains(": not a poor village, may exit (");
    }

    @Test
    void aDecidableVillageNeedsItsProvincesBenchmarkAndItsOwnRecord() {
        Village village = Village.builder().withCode(CODE).build();
        Village other = Village.builder().withCode(VillageCode.parse("522727101202")).build();

        assertThatIllegalArgumentException().isThrownBy(() -> VillageDecision.decide(CODE, village,
                oneRegisteredOfTen(), null, P2019)).withMessage("village 522727101201 needs its province's benchmark");
        assertThatIllegalArgumentException().isThrownBy(() -> VillageDecision.decide(CODE, other,
                oneRegisteredOfTen(), BENCHMARK, P2019)).withMessage(
                        "the record of village 522727101202 is not of 522727101201");
        assertThat(VillageDecision.decide(CODE, null, oneRegisteredOfTen(), null, P2019).exit()).isNull();
    }
}
