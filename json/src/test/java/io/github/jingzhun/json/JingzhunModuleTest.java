package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.jingzhun.money.Yuan;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JingzhunModuleTest {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Test
    void findAndRegisterModulesFindsTheModule() {
        assertThat(mapper.getRegisteredModuleIds()).contains(JingzhunModule.class.getName());
    }

    @Test
    void moduleVersionMatchesTheBuild() throws Exception {
        Properties build = new Properties();
        try (InputStream in = JingzhunModule.class.getResourceAsStream("version.properties")) {
            build.load(in);
        }
        assertThat(new JingzhunModule().version().toString()).isEqualTo(build.getProperty("version"));
        assertThat(new JingzhunModule().version().isUnknownVersion()).isFalse();
    }

    @Test
    void moneyIsReadExactlyNeverThroughDouble() throws Exception {
        Yuan a = mapper.readValue("0.10", Yuan.class);
        Yuan b = mapper.readValue("0.20", Yuan.class);
        assertThat(a.plus(b)).isEqualTo(Yuan.parse("0.30"));
        // 14 significant digits, read to the fen; the sum with 0.01 is exactly one trillion.
        Yuan large = mapper.readValue("999999999999.99", Yuan.class);
        assertThat(large.fen()).isEqualTo(99_999_999_999_999L);
        assertThat(large.plus(Yuan.ofFen(1))).hasToString("1000000000000.00");
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() throws Exception {
        assertThat(mapper.writeValueAsString(Yuan.of(3218))).isEqualTo("3218.00");
        assertThat(mapper.writeValueAsString(Yuan.parse("0.3"))).isEqualTo("0.30");
    }

    @Test
    void aFractionOfAFenOrTextIsRejected() {
        assertThatThrownBy(() -> mapper.readValue("0.001", Yuan.class)).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("fraction of a fen");
        assertThatThrownBy(() -> mapper.readValue("\"12\"", Yuan.class)).isInstanceOf(MismatchedInputException.class);
    }
}
