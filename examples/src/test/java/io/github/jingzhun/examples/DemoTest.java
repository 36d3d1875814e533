package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void demoExplainsEveryBundledHouseholdWithoutPersonalData() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("Household HH-522727-0001, income year 2019: ELIGIBLE (MINIMUM_LIVING_ALLOWANCE)")
                .contains("Per-capita net income 3200.00 is below the 2019 line 3218.00")
                .contains("人均纯收入3200.00元低于2019年标准3218.00元")
                .contains("HH-522727-0002, income year 2019: EXCLUDED")
                .contains("HH-621126-0003, income year 2019: NOT_ELIGIBLE")
                .contains("HH-513433-0004, income year 2019: ELIGIBLE (EXTREME_POVERTY_SUPPORT)");
        assertThat(out).doesNotContain("522727198001011229", "Wang Fang", "Zhao Lei", "Ayi Muga");
    }
}
