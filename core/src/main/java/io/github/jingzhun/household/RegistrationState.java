package io.github.jingzhun.household;

/** Registration state of a household over time. */
public enum RegistrationState {
    /** Never registered as poor. */
    NOT_REGISTERED,
    /** Registered in the national poverty registry (建档立卡). */
    REGISTERED,
    /** Exited from poverty and deregistered (脱贫退出). */
    EXITED
}
