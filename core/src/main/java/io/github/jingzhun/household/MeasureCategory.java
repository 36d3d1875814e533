package io.github.jingzhun.household;

/** The categories of targeted measures (帮扶措施) that the measure rules (MS-*) select. */
public enum MeasureCategory {
    /** Industry, cooperatives, e-commerce, photovoltaics, tourism (产业扶贫). */
    PRODUCTION,
    /** Jobs away or in local workshops, public-welfare jobs (就业扶贫). */
    EMPLOYMENT,
    /** Relocation from inhospitable areas (易地扶贫搬迁). */
    RELOCATION,
    /** Eco-jobs such as forest ranger, ecological compensation (生态扶贫). */
    ECOLOGICAL,
    /** Education support (教育扶贫). */
    EDUCATION,
    /** Minimum living allowance, extreme-poverty support (社会保障兜底). */
    SOCIAL_SECURITY,
    /** Health support and insurance (健康扶贫). */
    HEALTH,
    /** Disability support (残疾人帮扶). */
    DISABILITY,
    /** Poverty-alleviation microcredit (扶贫小额信贷). */
    MICROCREDIT,
    /** Renovation of dilapidated housing (危房改造). */
    HOUSING,
    /** Safe drinking water (饮水安全). */
    WATER,
    /** Asset income, such as shares in collective assets (资产收益扶贫). */
    ASSET_INCOME,
    /** Skills training (技能培训). */
    SKILLS_TRAINING,
    /** Rewards for work and work relief (扶志扶智). */
    MOTIVATION;

    /**
     * Whether a development category (MS-1): PRODUCTION, EMPLOYMENT, ECOLOGICAL, SKILLS_TRAINING or MICROCREDIT.
     *
     * @return true if a development category
     */
    public boolean isDevelopment() {
        return this == PRODUCTION || this == EMPLOYMENT || this == ECOLOGICAL || this == SKILLS_TRAINING
                || this == MICROCREDIT;
    }
}
