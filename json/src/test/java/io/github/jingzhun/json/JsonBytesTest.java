package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct binder's tokenizer at the edges of what it reads itself: everything else it leaves to the slow path
 * ({@link DirectBinder.Unbound}), which {@link DirectBindingTest} holds the whole read to.
 */
class JsonBytesTest {

    private static JsonBytes tokens(String json) {
        byte[] bytes = (" " + json + " ").getBytes(StandardCharsets.UTF_8);
        return new JsonBytes(bytes, 1, bytes.length - 2, null, JsonOptions.defaults());
    }

    @Test
    void whiteSpaceIsSkippedBetweenTokensAndNothingElse() throws DirectBinder.Unbound {
        JsonBytes t = tokens(" \t\n\r[ \t\n\r1 \t\n\r, 2]\r\n");
        assertThat(t.startArray()).isTrue();
        assertThat(t.integer()).isEqualTo(1);
        assertThat(t.next(']')).isTrue();
        assertThat(t.integer()).isEqualTo(2);
        assertThat(t.next(']')).isFalse();
        assertThat(t.atEnd()).isTrue();
        for (char c : new char[] {'\u0000', '\u000b', '\f', '\u001f', '!', '\u007f'}) {
            assertThat(tokens(c + "1").peek()).as("U+%04X", (int) c).isEqualTo(c);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, -1, 7, 2019, 2147483647, -2147483648, 1000000000, -1000000000})
    void anIntIsReadInItsRange(int value) throws DirectBinder.Unbound {
        JsonBytes t = tokens(String.valueOf(value));
        assertThat(t.integer()).isEqualTo(value);
        assertThat(t.atEnd()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "9999999999", "99999999999", "-0", "00", "01", "-01", "1.0",
        "1e0", "1E2", "-", "+1", ".5", "1.", "", "x", "\"1\"", "true", "null", "NaN"})
    void anythingElseIsNotAnInt(String text) {
        assertThatThrownBy(() -> tokens(text).integer()).isSameAs(DirectBinder.Unbound.INSTANCE);
    }

    @ParameterizedTest
    @CsvSource({"0, false", "0.5, true", "3000.00, true", "-699.10, true", "12, false", "1.000000, true"})
    void aPlainNumberIsReadAsItsText(String text, boolean fraction) throws DirectBinder.Unbound {
        JsonBytes t = tokens(text);
        assertThat(t.number()).isEqualTo(fraction);
        assertThat(new String(t.bytes(), t.start(), t.length(), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "00.5", "1e3", "1.5E2", "1.5e-2", "1.", ".1", "-", "--1", "Infinity"})
    void aNumberInAnotherFormIsLeftToTheSlowPath(String text) {
        assertThatThrownBy(() -> tokens(text).number()).isSameAs(DirectBinder.Unbound.INSTANCE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"\"|", "\"王芳 😀\"|王芳 😀", "\"a\\\"b\"|a\"b", "\"\\u738B\\u82b3\"|王芳",
        "\"\\ud83d\\ude00\"|😀", "\"a?b\"|a?b"})
    void aStringIsReadAsJacksonDecodesIt(String json, String text) throws DirectBinder.Unbound {
        JsonBytes t = tokens(json);
        assertThat(t.string()).isEqualTo(text == null ? "" : text);
        assertThat(t.atEnd()).isTrue();
    }

    @Test
    void everySimpleEscapeIsDecoded() throws DirectBinder.Unbound {
        assertThat(tokens("\"\\\\\\/\\b\\f\\n\\r\\t\\ud800\"").string()).isEqualTo("\\/\b\f\n\r\t\ud800");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\\"", "\"a", "\"a\tb\"", "\"a\u0000\"", "a",
        "\"\\U0041\""})
    void aStringThatIsNotPlainJsonIsLeftToTheSlowPath(String json) {
        assertThatThrownBy(() -> tokens(json).string()).isSameAs(DirectBinder.Unbound.INSTANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a\\\"b\"", "\"\\u0041\""})
    void aDateOrCodeWithAnEscapeIsLeftToTheSlowPath(String json) {
        assertThatThrownBy(() -> tokens(json).ascii()).isSameAs(DirectBinder.Unbound.INSTANCE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"Wang?Fang\"|Wang?Fang|true", "\"Wang?Fang\"|Wang\uD800Fang|false",
        "\"Wang?Fang\"|Wang\uDC00Fang|false", "\"Wang?Fang\"|\uD83D\uDE00 Wang?Fang|true"})
    void aQuestionMarkFromTextIsReadUnlessTheTextHasALoneSurrogate(String json, String text, boolean read)
            throws DirectBinder.Unbound {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonBytes t = new JsonBytes(bytes, 0, bytes.length, text, JsonOptions.defaults());
        if (read) {
            assertThat(t.string()).isEqualTo("Wang?Fang");
        } else {
            assertThatThrownBy(t::string).isSameAs(DirectBinder.Unbound.INSTANCE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":{\"b\":[1,{\"c\":0,\"c\":0}]}}", "[1,]", "{\"a\":1,}", "{\"a\"}",
        "[1 2]", "{\"a\":1e3}", "[\"\\q\"]", "[nul]", "[tru]"})
    void aSkippedValueIsCheckedAsTheSlowPathsTreeIs(String json) {
        assertThatThrownBy(() -> tokens(json).skipValue()).isSameAs(DirectBinder.Unbound.INSTANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\":[1,-2.5,\"x\\\"\",true,false,null,{}]}", "{\"a\":1,\"b\":{\"a\":1}}"})
    void aPlainValueIsSkipped(String json) throws DirectBinder.Unbound {
        JsonBytes t = tokens(json);
        t.skipValue();
        assertThat(t.atEnd()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"3, false", "4, true"})
    void nestingStopsOneLevelShortOfTheLimit(int limit, boolean read) {
        byte[] bytes = "[[[1]]]".getBytes(StandardCharsets.UTF_8);
        JsonBytes t = new JsonBytes(bytes, 0, bytes.length, null, JsonOptions.defaults().withMaxNestingDepth(limit));
        if (read) {
            assertThatCode(t::skipValue);
        } else {
            assertThatThrownBy(t::skipValue).isSameAs(DirectBinder.Unbound.INSTANCE);
        }
    }

    private static void assertThatCode(Skip skip) {
        try {
            skip.run();
        } catch (DirectBinder.Unbound e) {
            throw new AssertionError("not read", e);
        }
    }

    @FunctionalInterface
    private interface Skip {
        void run() throws DirectBinder.Unbound;
    }
}
