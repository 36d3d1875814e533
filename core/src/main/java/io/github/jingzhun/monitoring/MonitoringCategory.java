package io.github.jingzhun.monitoring;

/** The categories of households monitored against relapse (MON-2) [MON2020]. */
public enum MonitoringCategory {
    /** An exited household whose stable income is below the threshold or that has a trigger (脱贫不稳定户). */
    UNSTABLE_EXITED,
    /** A never-registered household whose income is below the threshold or that has a trigger (边缘易致贫户). */
    MARGINAL,
    /** A household above the threshold whose rigid spending or income drop causes severe hardship (突发严重困难户). */
    SUDDEN_HARDSHIP
}
