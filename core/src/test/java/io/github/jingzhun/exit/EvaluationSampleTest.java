package io.github.jingzhun.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EvaluationSampleTest {

    @Test
    @DisplayName("EX-C-2 / ST-4: an evaluation sample must have positive wholes and parts within them")
    void exC2SampleValidation() {
        assertThatThrownBy(() -> EvaluationSample.of(0, 0, 1, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("exitedPersonsSampled: must be positive, "
                        + "not 0");
        assertThatThrownBy(() -> EvaluationSample.of(10, 11, 1, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wronglyExitedPersons");
        assertThatThrownBy(() -> EvaluationSample.of(10, 0, 10, -1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missedPersons");
        assertThatThrownBy(() -> EvaluationSample.of(10, 0, 10, 0, 5, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "householdsRecognising: must be between 0 and its sample of 5, not 6");
        assertThatThrownBy(() -> EvaluationSample.of(10, 0, 0, 0, 5, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonRegisteredPersonsSampled");
        assertThatThrownBy(() -> EvaluationSample.of(10, 0, 10, 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("householdsSurveyed");
        assertThat(EvaluationSample.of(10, 10, 10, 10, 5, 5).getHouseholdsRecognising()).isEqualTo(5);
    }

    @Test
    @DisplayName("EX-C-2 / ST-4: a part may equal its whole or be zero; every problem is reported at once")
    void partsFromZeroToTheirWhole() {
        EvaluationSample sample = EvaluationSample.of(1, 0, 2, 2, 3, 0);

        assertThat(sample.getExitedPersonsSampled()).isEqualTo(1);
        assertThat(sample.getWronglyExitedPersons()).isZero();
        assertThat(sample.getNonRegisteredPersonsSampled()).isEqualTo(2);
        assertThat(sample.getMissedPersons()).isEqualTo(2);
        assertThat(sample.getHouseholdsSurveyed()).isEqualTo(3);
        assertThat(sample).isEqualTo(EvaluationSample.builder().withExitedPersonsSampled(1).withWronglyExitedPersons(0)
                .withNonRegisteredPersonsSampled(2).withMissedPersons(2).withHouseholdsSurveyed(3)
                .withHouseholdsRecognising(0).build());
        assertThatThrownBy(() -> EvaluationSample.of(-1, -1, 0, 1, 0, -1)).hasMessage(
                "exitedPersonsSampled: must be positive, not -1; nonRegisteredPersonsSampled: must be positive, not 0; "
                        + "householdsSurveyed: must be positive, not 0; wronglyExitedPersons: must be between 0 and its "
                        + "sample of 0, not -1; missedPersons: must be between 0 and its sample of 0, not 1; "
                        + "householdsRecognising: must be between 0 and its sample of 0, not -1");
    }
}
