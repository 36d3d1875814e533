package io.github.jingzhun.household;

import io.github.jingzhun.decision.Labelled;
import io.github.jingzhun.decision.Wording;

/** The eleven registered causes of poverty (致贫原因) of the registry, plus OTHER. */
public enum Cause implements Labelled {
    /** Illness (因病). */
    ILLNESS("illness", "因病"),
    /** Disability (因残). */
    DISABILITY("disability", "因残"),
    /** Education costs (因学). */
    EDUCATION_COSTS("education costs", "因学"),
    /** Disaster (因灾). */
    DISASTER("disaster", "因灾"),
    /** Lack of land (缺土地). */
    LACK_OF_LAND("lack of land", "缺土地"),
    /** Lack of water (缺水). */
    LACK_OF_WATER("lack of water", "缺水"),
    /** Lack of skills (缺技术). */
    LACK_OF_SKILLS("lack of skills", "缺技术"),
    /** Lack of labour (缺劳力). */
    LACK_OF_LABOUR("lack of labour", "缺劳力"),
    /** Lack of capital (缺资金). */
    LACK_OF_CAPITAL("lack of capital", "缺资金"),
    /** Poor transport (交通条件落后). */
    POOR_TRANSPORT("poor transport", "交通条件落后"),
    /** Lack of motivation (自身发展动力不足). */
    LACK_OF_MOTIVATION("lack of motivation", "自身发展动力不足"),
    /** Any other cause (其他). */
    OTHER("another cause", "其他");

    private final Wording label;

    Cause(String english, String chinese) {
        this.label = Wording.of(english, chinese);
    }

    @Override
    public Wording label() {
        return label;
    }
}
