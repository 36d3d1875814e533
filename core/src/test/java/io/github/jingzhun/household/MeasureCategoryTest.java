package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeasureCategoryTest {

    @Test
    @DisplayName("MS-1: the development categories are exactly PRODUCTION, EMPLOYMENT, ECOLOGICAL, SKILLS_TRAINING, MICROCREDIT")
    void ms1DevelopmentCategories() {
        assertThat(Arrays.stream(MeasureCategory.values()).filter(MeasureCategory::isDevelopment))
                .containsExactly(MeasureCategory.PRODUCTION, MeasureCategory.EMPLOYMENT, MeasureCategory.ECOLOGICAL,
                        MeasureCategory.MICROCREDIT, MeasureCategory.SKILLS_TRAINING);
    }

    @Test
    @DisplayName("the fourteen categories of measures, in the policy's order")
    void categoriesOfPolicySectionSix() {
        assertThat(MeasureCategory.values()).extracting(MeasureCategory::name).containsExactly(
                "PRODUCTION", "EMPLOYMENT", "RELOCATION", "ECOLOGICAL", "EDUCATION", "SOCIAL_SECURITY", "HEALTH",
                "DISABILITY", "MICROCREDIT", "HOUSING", "WATER", "ASSET_INCOME", "SKILLS_TRAINING", "MOTIVATION");
    }
}
