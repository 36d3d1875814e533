package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Li Ming", "王芳", "阿依古丽·买买提", "\uD840\uDC00明", "county office, 2019", "\u00A0"})
    void writtenCharactersArePlain(String text) {
        assertThat(PlainText.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\tb", "a\nb", "a\r", "\u001B[31mred", "\u007F", "\u0085", "\u009B",
        "\uD800", "a\uD800b", "\uDC00", "\uDC00\uD800", "\uD800\uD800\uDC00x\uDBFF"})
    void aControlCharacterOrALoneSurrogateIsNot(String text) {
        assertThat(PlainText.isPlain(text)).isFalse();
    }
}
