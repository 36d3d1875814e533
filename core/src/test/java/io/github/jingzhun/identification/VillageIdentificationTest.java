package io.github.jingzhun.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VillageIdentificationTest {

    private static final Finding FINDING = Finding.of(Rule.ID_V_1, true, null, Wording.of("none", "无"));

    @Test
    void findingsAreCopiedAndUnmodifiable() {
        List<Finding> findings = new ArrayList<>(List.of(FINDING));
        VillageIdentification v = new VillageIdentification(VillageCode.parse("522727101201"), true,
                new BigDecimal("20.00"), Yuan.of(5000), ProvincialBenchmark.published(ProvinceCode.of(52),
                Year.of(2019), BigDecimal.TEN, Yuan.of(10000), "yearbook"), findings);

        findings.clear();

        assertThat(v.findings()).containsExactly(FINDING);
        assertThatThrownBy(() -> v.findings().add(FINDING)).isInstanceOf(UnsupportedOperationException.class);
    }
}
