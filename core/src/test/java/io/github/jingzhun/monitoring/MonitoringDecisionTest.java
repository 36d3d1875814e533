package io.github.jingzhun.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonitoringDecisionTest {

    private static final Finding FINDING = Finding.of(Rule.MON_2, true, "MARGINAL",
            Wording.of("Monitored as {subject}", "纳入监测：{subject}"));

    @Test
    @DisplayName("MON-2: a monitored decision has a category")
    void monitoredDecisionHasACategory() {
        MonitoringDecision d = new MonitoringDecision(true, MonitoringCategory.MARGINAL, List.of(FINDING));

        assertThat(d.monitored()).isTrue();
        assertThat(d.category()).isEqualTo(MonitoringCategory.MARGINAL);
        assertThat(d.findings()).containsExactly(FINDING);
    }

    @Test
    @DisplayName("MON-2: a decision not to monitor has no category")
    void unmonitoredDecisionHasNoCategory() {
        MonitoringDecision d = new MonitoringDecision(false, null, List.of());

        assertThat(d.monitored()).isFalse();
        assertThat(d.category()).isNull();
    }

    @Test
    @DisplayName("MON-2: monitored without a category is refused")
    void monitoredWithoutCategoryIsRefused() {
        assertThatThrownBy(() -> new MonitoringDecision(true, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a monitored household has a category, and only then");
    }

    @Test
    @DisplayName("MON-2: a category without monitoring is refused, for every category")
    void categoryWithoutMonitoringIsRefused() {
        for (MonitoringCategory category : MonitoringCategory.values()) {
            assertThatThrownBy(() -> new MonitoringDecision(false, category, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("MON-2: the findings are copied: later changes to the list given do not reach the decision")
    void findingsAreCopied() {
        List<Finding> findings = new ArrayList<>(List.of(FINDING));
        MonitoringDecision d = new MonitoringDecision(true, MonitoringCategory.UNSTABLE_EXITED, findings);

        findings.clear();

        assertThat(d.findings()).containsExactly(FINDING);
        assertThatThrownBy(() -> d.findings().add(FINDING)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("MON-2: decisions are values")
    void decisionsAreValues() {
        assertThat(new MonitoringDecision(true, MonitoringCategory.MARGINAL, List.of(FINDING)))
                .isEqualTo(new MonitoringDecision(true, MonitoringCategory.MARGINAL, List.of(FINDING)))
                .isNotEqualTo(new MonitoringDecision(true, MonitoringCategory.SUDDEN_HARDSHIP, List.of(FINDING)));
    }
}
