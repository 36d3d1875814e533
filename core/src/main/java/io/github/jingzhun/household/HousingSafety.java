package io.github.jingzhun.household;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;

/** Appraised safety of a dwelling (IND-HOUSE). */
public enum HousingSafety implements Labelled {
    /** Appraised safe. */
    SAFE("appraised safe", "经鉴定安全"),
    /** Renovated under the dilapidated-housing programme. */
    RENOVATED("renovated under the dilapidated-housing programme", "已完成危房改造"),
    /** Resettlement housing after relocation. */
    RESETTLEMENT("resettlement housing", "易地搬迁安置住房"),
    /** Dilapidated, grade C (局部危险). */
    DILAPIDATED_C("dilapidated, grade C", "C级危房"),
    /** Dilapidated, grade D (整栋危房). */
    DILAPIDATED_D("dilapidated, grade D", "D级危房"),
    /** Not appraised: an unassessed house is not a guaranteed house. */
    UNASSESSED("not appraised", "未经安全鉴定");

    private final Wording label;

    HousingSafety(String english, String chinese) {
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
    }

    /**
     * Whether the dwelling counts as safe: SAFE, RENOVATED or RESETTLEMENT.
     *
     * @return true if safe
     */
    public boolean isSafe() {
        return this == SAFE || this == RENOVATED || this == RESETTLEMENT;
    }
}
