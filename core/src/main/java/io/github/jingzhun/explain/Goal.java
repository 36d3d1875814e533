package io.github.jingzhun.explain;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;

/** The outcome a change would flip. */
public enum Goal implements Labelled {
    /** Which side of the poverty line per-capita net income falls (ID-H-1): poor or not poor. */
    IDENTIFICATION("identification", "识别"),
    /** An income-poor household excluded (ID-H-2) that would otherwise be ELIGIBLE. */
    EXCLUSION("exclusion", "排除情形"),
    /** A registered household's exit (EX-H-1..4). */
    EXIT("exit", "退出"),
    /** Monitoring against relapse (MON-1..3): what ends it, or how far income may fall before it starts. */
    MONITORING("monitoring", "防返贫监测"),
    /** Marking a monitored household's risk eliminated (MON-4). */
    RISK_ELIMINATION("risk elimination", "风险消除");

    private final Wording label;

    Goal(String english, String chinese) {
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
    }
}
