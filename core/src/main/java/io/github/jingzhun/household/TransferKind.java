package io.github.jingzhun.household;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;

/** Kinds of transfer income (转移性收入). */
public enum TransferKind implements Labelled {
    /** Minimum living allowance (低保金). */
    MINIMUM_LIVING_ALLOWANCE("the minimum living allowance", "低保"),
    /** Extreme-poverty support (特困供养金). */
    EXTREME_POVERTY_SUPPORT("extreme-poverty support", "特困供养"),
    /** Pension (养老金). */
    PENSION("pension", "养老金"),
    /** Ecological compensation (生态补偿金). */
    ECOLOGICAL_COMPENSATION("ecological compensation", "生态补偿金"),
    /** Family-planning reward (计划生育金). */
    FAMILY_PLANNING("family-planning reward", "计划生育金"),
    /** Disability subsidy (残疾人补贴). */
    DISABILITY_SUBSIDY("disability subsidy", "残疾人补贴"),
    /** Relief (救济). */
    RELIEF("relief", "救济"),
    /** Any other transfer. */
    OTHER("other transfers", "其他转移性收入");

    private final Wording label;

    TransferKind(String english, String chinese) {
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
    }
}
