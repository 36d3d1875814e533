package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The JSON contract's worked household, built in Java, decided as the contract's decision says. */
class WorkedHouseholdTest {

    private final Decision decision = PovertyPolicy.national().assess(Households.worked(), Year.of(2019));

    @Test
    void netIncomeIsINC1AndPerCapitaIs3200() {
        // INC-1: 3000 + (2600 − 900) + 0 + 1200 + 500 = 6400; INC-2: 6400 ÷ 2 members = 3200.00
        assertThat(decision.identification().netIncome()).isEqualTo(Yuan.of(6400));
        assertThat(decision.identification().perCapitaIncome()).hasToString("3200.00");
    }

    @Test
    void stableIncomeWithoutTheOneOffTransferIs2950PerCapita() {
        // INC-4: 6400 − 500 one-off = 5900; 2950.00 per capita, what EX-H-1 will compare.
        assertThat(Households.worked().incomeOf(Year.of(2019)).stableIncome().perCapita(2)).hasToString("2950.00");
    }

    @Test
    void isEligibleOnTheMinimumLivingAllowance() {
        assertThat(decision.identification().outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(decision.identification().type()).isEqualTo(HouseholdType.MINIMUM_LIVING_ALLOWANCE);
        assertThat(decision.identification().line()).isEqualTo(Yuan.of(3218));
    }

    @Test
    void idH1FindingMatchesJsonMd() {
        Finding f = decision.identification().findings().get(0);
        assertThat(f.rule()).isEqualTo(Rule.ID_H_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("3200.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.message()).isEqualTo("Per-capita net income 3200.00 is below the 2019 line 3218.00");
        assertThat(f.messageZh()).isEqualTo("人均纯收入3200.00元低于2019年标准3218.00元");
    }

    @Test
    void everyIndicatorIsMet() {
        for (Indicator indicator : Indicator.values()) {
            assertThat(decision.indicators().status(indicator)).as(indicator.name()).isEqualTo(IndicatorStatus.MET);
        }
    }

    @Test
    void explanationIsReadableAndBilingual() {
        assertThat(decision.toString())
                .startsWith("Household HH-522727-0001, income year 2019: ELIGIBLE (MINIMUM_LIVING_ALLOWANCE)")
                .contains("✓ ID-H-1  Per-capita net income 3200.00 is below the 2019 line 3218.00")
                .contains("FOOD MET, CLOTHING MET, EDUCATION MET, MEDICAL MET, HOUSING MET, WATER MET")
                .doesNotContain("Wang Fang", "Li Ming", "522727198001011229", "522727201005051230");
    }
}
