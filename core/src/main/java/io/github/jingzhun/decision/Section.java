package io.github.jingzhun.decision;

/**
 * The sections of the rulebook, in its order: each {@link Rule} belongs to one. A section is the part of the policy
 * a rule decides, not a package of the code: a procedure belongs to the section whose decision it serves.
 */
public enum Section {
    /** How income is counted and compared (INC). */
    INCOME("Income", "收入"),
    /** Two assurances, three guarantees and safe drinking water (IND). */
    INDICATORS("Two assurances, three guarantees and safe water", "两不愁三保障及饮水安全"),
    /** Who is poor, and which villages; registration (ID, PROC-REG). */
    IDENTIFICATION("Identification", "精准识别"),
    /** How to help: categorised, targeted measures (MS). */
    MEASURES("Measures", "精准帮扶措施"),
    /** When a household, village or county has left poverty (EX, PROC-EXIT). */
    EXIT("Exit", "脱贫退出"),
    /** The transition after exit and monitoring against relapse (GR, MON, PROC-MON). */
    MONITORING("Transition and monitoring", "过渡期与防止返贫监测"),
    /** Poverty measures over populations (ST). */
    STATISTICS("Statistics", "统计"),
    /** Supervision and audit (AUD). */
    AUDIT("Supervision and audit", "监督检查"),
    /** Populations under other parameters or shocks (SC). */
    SCENARIOS("Scenarios", "情景分析");

    private final String title;
    private final String titleZh;

    Section(String title, String titleZh) {
        this.title = title;
        this.titleZh = titleZh;
    }

    /**
     * The English title.
     *
     * @return the title, such as {@code Measures}, not null
     */
    public String title() {
        return title;
    }

    /**
     * The Chinese title.
     *
     * @return the title, such as {@code 精准帮扶措施}, not null
     */
    public String titleZh() {
        return titleZh;
    }
}
