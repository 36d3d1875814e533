package io.github.jingzhun.area;

/** Whether a village is a registered poor village (贫困村), over time. */
public enum VillageState {
    /** Never registered as a poor village. */
    NOT_REGISTERED,
    /** Registered as a poor village (建档立卡贫困村). */
    REGISTERED,
    /** Registered, then exited from poverty (贫困村退出). */
    EXITED
}
