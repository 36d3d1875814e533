package io.github.jingzhun.household;

/** The eleven registered causes of poverty (致贫原因) of the registry, plus OTHER. */
public enum Cause {
    /** Illness (因病). */
    ILLNESS,
    /** Disability (因残). */
    DISABILITY,
    /** Education costs (因学). */
    EDUCATION_COSTS,
    /** Disaster (因灾). */
    DISASTER,
    /** Lack of land (缺土地). */
    LACK_OF_LAND,
    /** Lack of water (缺水). */
    LACK_OF_WATER,
    /** Lack of skills (缺技术). */
    LACK_OF_SKILLS,
    /** Lack of labour (缺劳力). */
    LACK_OF_LABOUR,
    /** Lack of capital (缺资金). */
    LACK_OF_CAPITAL,
    /** Poor transport (交通条件落后). */
    POOR_TRANSPORT,
    /** Lack of motivation (自身发展动力不足). */
    LACK_OF_MOTIVATION,
    /** Any other cause (其他). */
    OTHER
}
