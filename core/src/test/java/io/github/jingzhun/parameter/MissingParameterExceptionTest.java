package io.github.jingzhun.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingParameterExceptionTest {

    @Test
    void carriesItsMessageAndIsUnchecked() {
        MissingParameterException e = new MissingParameterException("no poverty line for income year 2021");

        assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("no poverty line for income year 2021");
        assertThat(e.getCause()).isNull();
    }
}
