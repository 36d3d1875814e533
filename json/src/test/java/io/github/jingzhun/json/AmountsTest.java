package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.jingzhun.money.Yuan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts written from their fen: the text of {@link Yuan#toString()}, to every kind of generator. */
class AmountsTest {

    static LongStream edges() {
        return LongStream.of(0, 1, -1, 9, -9, 10, -10, 99, -99, 100, -100, 101, -101, 320000, -320000, 999_999,
                1_000_000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1);
    }

    @ParameterizedTest
    @MethodSource("edges")
    void digitsAreTheTextOfTheAmount(long fen) {
        assertThat(text(fen)).isEqualTo(Yuan.ofFen(fen).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void randomAmountsOfEveryLengthAndSign(int seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 2000; n++) {
            // Every magnitude, from a fen to Long's limit, both signs.
            long fen = random.nextLong() >> random.nextInt(64);
            assertThat(text(fen)).isEqualTo(Yuan.ofFen(fen).toString());
        }
    }

    @Test
    void writtenAsTheNumberOfItsTextToEveryGenerator() throws IOException {
        JsonFactory[] factories = {new JsonFactory(),
            JsonFactory.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build()};
        for (JsonFactory factory : factories) {
            for (long fen : edges().toArray()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                StringWriter chars = new StringWriter();
                try (JsonGenerator a = factory.createGenerator(bytes);
                        JsonGenerator b = factory.createGenerator(expected);
                        JsonGenerator c = factory.createGenerator(chars)) {
                    for (JsonGenerator gen : new JsonGenerator[] {a, c}) {
                        gen.writeStartArray();
                        Amounts.write(gen, Yuan.ofFen(fen));
                        Amounts.write(gen, Yuan.ofFen(-fen));
                        gen.writeEndArray();
                    }
                    b.writeStartArray();
                    b.writeNumber(Yuan.ofFen(fen).toString());
                    b.writeNumber(Yuan.ofFen(-fen).toString());
                    b.writeEndArray();
                }
                assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8))
                        .isEqualTo(chars.toString());
            }
        }
    }

    @Test
    void aTokenBufferHoldsTheNumber() throws IOException {
        TokenBuffer buffer = new TokenBuffer(null, false);
        Amounts.write(buffer, Yuan.ofFen(-5));
        assertThat(buffer.asParser().nextToken().isNumeric()).isTrue();
        assertThat(buffer.asParser().nextTextValue()).isNull();
        try (var parser = buffer.asParser()) {
            parser.nextToken();
            assertThat(parser.getDecimalValue()).isEqualByComparingTo("-0.05");
        }
    }

    private static String text(long fen) {
        char[] buffer = new char[21];
        int start = Amounts.digits(fen, buffer);
        return new String(buffer, start, buffer.length - start);
    }
}
