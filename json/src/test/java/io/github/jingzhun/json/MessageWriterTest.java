package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.money.Yuan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A finding written with its messages rendered from the parts of its wording against the same finding written with
 * each message rendered to a string and written by the generator: the same bytes, for every kind of generator.
 */
class MessageWriterTest {

    /** Pieces patterns and subjects are made of: every kind of character a JSON string escapes or encodes. */
    private static final String[] PIECES = {"income ", "收入", "{observed}", "{threshold}", "{subject}", "\"", "\\",
        "/", "\n", "\u0001", "😀", "\ud800", "é", "{", "}", "{other}", "", " yuan", "元", "\u2028"};
    private static final String[] SUBJECTS = {"members[1]", "2019", "FOOD, WATER", "家庭", "a\"b", "c\\d", "😀",
        "\u001f", "", "x/y"};

    private static final List<JsonFactory> FACTORIES = List.of(new JsonFactory(),
            JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build(),
            JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build(),
            JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build());

    static Stream<Integer> seeds() {
        return IntStream.range(0, 40).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void partsWriteWhatTheRenderedMessageWrites(int seed) throws IOException {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            Finding f = finding(random);
            for (JsonFactory factory : FACTORIES) {
                assertThat(bytes(factory, f, false)).as("%s", f).isEqualTo(bytes(factory, f, true));
                assertThat(chars(factory, f, false)).as("%s", f).isEqualTo(chars(factory, f, true));
            }
        }
    }

    /**
     * Lists of findings, which a plain UTF-8 generator gets as bytes made beforehand ({@link FindingBytes}), against
     * each finding written token by token with its messages rendered: the same bytes and characters, at each level
     * of detail, pretty-printed or not.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void listsWriteWhatTheirFindingsWriteTokenByToken(int seed) throws IOException {
        Random random = new Random(seed);
        for (int n = 0; n < 40; n++) {
            List<Finding> findings = Stream.generate(() -> finding(random)).limit(random.nextInt(6)).toList();
            for (DecisionDetail detail : List.of(DecisionDetail.FULL, DecisionDetail.FAILED)) {
                for (JsonFactory factory : FACTORIES) {
                    for (boolean pretty : new boolean[] {false, true}) {
                        assertThat(list(factory, findings, detail, pretty, false)).as("%s", findings)
                                .isEqualTo(list(factory, findings, detail, pretty, true));
                    }
                }
            }
        }
    }

    @Test
    void aPlainUtf8GeneratorGetsTheBytesMadeBeforehand() throws IOException {
        assertThat(FindingBytes.plain(new JsonFactory().createGenerator(new ByteArrayOutputStream()))).isTrue();
        assertThat(FindingBytes.plain(FACTORIES.get(1).createGenerator(new ByteArrayOutputStream()))).isTrue();
        assertThat(FindingBytes.plain(new JsonFactory().createGenerator(new ByteArrayOutputStream())
                .useDefaultPrettyPrinter())).isFalse();
        assertThat(FindingBytes.plain(FACTORIES.get(2).createGenerator(new ByteArrayOutputStream()))).isFalse();
        assertThat(FindingBytes.plain(FACTORIES.get(3).createGenerator(new ByteArrayOutputStream()))).isFalse();
        assertThat(FindingBytes.plain(new JsonFactory().createGenerator(new StringWriter()))).isFalse();
        assertThat(FindingBytes.plain(JsonFactory.builder().disable(JsonWriteFeature.QUOTE_FIELD_NAMES).build()
                .createGenerator(new ByteArrayOutputStream()))).isFalse();
        assertThat(FindingBytes.plain(JsonFactory.builder().enable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS).build()
                .createGenerator(new ByteArrayOutputStream()))).isFalse();
    }

    /** Longer than a generator's buffer; more subjects than a pattern keeps, each many times, some not plain. */
    @Test
    void aListLongerThanTheGeneratorsBufferIsWrittenWhole() throws IOException {
        Wording w = Wording.of("{observed} against {threshold} for {subject}", "{subject}：{observed}／{threshold}",
                s -> s.startsWith("members[1") ? s + "\u0001" : s, s -> "成员" + s.substring(8));
        List<Finding> findings = IntStream.range(0, 400).mapToObj(i -> Finding.ofAmounts(Rule.ID_H_1, i % 3 == 0,
                Yuan.ofFen(i * 1_234L), Yuan.ofFen(400_000), "members[" + i % 100 + "]", w)).toList();
        for (DecisionDetail detail : List.of(DecisionDetail.FULL, DecisionDetail.FAILED)) {
            assertThat(list(new JsonFactory(), findings, detail, false, false))
                    .isEqualTo(list(new JsonFactory(), findings, detail, false, true));
        }
    }

    @Test
    void aConstantPatternIsEncodedOnceAndAnEmptyMessageLeftOut() throws IOException {
        Wording constant = Wording.of("No gap: \"all\" met", "无缺口");
        Finding f = Finding.of(Rule.ID_H_2, true, null, constant);
        String json = new String(bytes(new JsonFactory(), f, false), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"rule\":\"ID-H-2\",\"passed\":true,\"message\":\"No gap: \\\"all\\\" met\","
                + "\"messageZh\":\"无缺口\"}");
        assertThat(constant.englishParts().encoded(MessageWriter.Encoded.class, MessageWriter.Encoded::of))
                .isSameAs(constant.englishParts().encoded(MessageWriter.Encoded.class, MessageWriter.Encoded::of));

        Finding empty = Finding.of(Rule.ID_H_2, false, null, null, "members[0]", "", "");
        assertThat(new String(bytes(new JsonFactory(), empty, false), StandardCharsets.UTF_8))
                .isEqualTo("{\"rule\":\"ID-H-2\",\"passed\":false,\"subject\":\"members[0]\"}");
        Finding onlySubject = Finding.of(Rule.ID_H_2, false, null, Wording.of("{subject}", "{subject}"));
        assertThat(new String(bytes(new JsonFactory(), onlySubject, false), StandardCharsets.UTF_8))
                .isEqualTo("{\"rule\":\"ID-H-2\",\"passed\":false}");
    }

    @Test
    void aGeneratorOfTokensGetsTheMessagesAsStrings() throws IOException {
        Wording w = Wording.of("{observed} for {subject}", "{subject}：{observed}");
        Finding f = Finding.ofAmounts(Rule.ID_H_1, true, Yuan.ofFen(321_800), null, "2019", w);
        com.fasterxml.jackson.databind.ObjectMapper mapper = JingzhunJson.mapper();

        com.fasterxml.jackson.databind.JsonNode tree = mapper.valueToTree(f);

        assertThat(tree.get("message").asText()).isEqualTo("3218.00 for 2019");
        assertThat(tree.get("messageZh").asText()).isEqualTo("2019：3218.00");
    }

    @Test
    void amountsAndCountsReadAsTheirPlainDigits() throws IOException {
        Wording w = Wording.of("{observed} against {threshold} for {subject}", "{subject}：{observed}／{threshold}",
                UnaryOperator.identity(), s -> "成员" + s.substring(8, 9));
        Finding f = Finding.ofAmounts(Rule.ID_H_1, true, Yuan.ofFen(-123_456), Yuan.ofFen(5), "members[2]", w);
        String json = new String(bytes(new JsonFactory(), f, false), StandardCharsets.UTF_8);
        assertThat(json).contains("\"message\":\"-1234.56 against 0.05 for members[2]\"")
                .contains("\"messageZh\":\"成员2：-1234.56／0.05\"");
    }

    private static Finding finding(Random random) {
        Wording wording = random.nextInt(8) == 0
                ? null
                : Wording.of(pattern(random), pattern(random), random.nextBoolean() ? UnaryOperator.identity()
                        : s -> "«" + s + "»", s -> SUBJECTS[Math.floorMod(s.hashCode(), SUBJECTS.length)]);
        String subject = random.nextInt(4) == 0 ? null : SUBJECTS[random.nextInt(SUBJECTS.length)];
        if (wording == null) {
            return Finding.of(Rule.ID_H_1, random.nextBoolean(), null, null, subject, pattern(random),
                    pattern(random));
        }
        switch (random.nextInt(4)) {
            case 3:
                return Finding.of(Rule.ID_H_1, random.nextBoolean(), decimal(random),
                        random.nextBoolean() ? null : decimal(random), subject, wording);
            case 0:
                return Finding.ofAmounts(Rule.ID_H_1, random.nextBoolean(), Yuan.ofFen(random.nextInt(2_000_000)
                        - 1_000_000), random.nextBoolean() ? null : Yuan.ofFen(random.nextInt(500_000)), subject,
                        wording);
            case 1:
                return Finding.of(Rule.ID_H_4, random.nextBoolean(), random.nextInt(120), random.nextInt(120),
                        subject, wording);
            default:
                return Finding.of(Rule.ID_H_2, random.nextBoolean(), subject, wording);
        }
    }

    /** Any number: mostly as parameters have them, some with a negative scale, a long scale or many digits. */
    private static java.math.BigDecimal decimal(Random random) {
        java.math.BigInteger unscaled = new java.math.BigInteger(1 + random.nextInt(random.nextBoolean() ? 20 : 90),
                random);
        return new java.math.BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(26) - 4);
    }

    private static String pattern(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            // Mostly well-formed patterns, as policy code writes them.
            if (random.nextInt(6) == 0 || !(piece.equals("{") || piece.equals("}") || piece.equals("{other}")
                    || piece.equals("\ud800") || piece.equals("\n") || piece.equals("\u0001"))) {
                sb.append(piece);
            }
        }
        return sb.toString();
    }

    /** A list of findings in an object after another field, by the codec or token by token (the reference). */
    private static byte[] list(JsonFactory factory, List<Finding> findings, DecisionDetail detail, boolean pretty,
            boolean reference) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            if (pretty) {
                gen.useDefaultPrettyPrinter();
            }
            gen.writeStartObject();
            gen.writeNumberField("before", 1);
            if (!reference) {
                FindingCodec.writeAll(FindingCodec.RULE, findings, gen, detail);
            } else if (detail == DecisionDetail.FULL || FindingCodec.anyFailed(findings)) {
                gen.writeFieldName(FindingCodec.RULE);
                gen.writeStartArray();
                for (Finding f : findings) {
                    if (detail == DecisionDetail.FULL || !f.passed()) {
                        write(gen, f, true, detail == DecisionDetail.FULL);
                    }
                }
                gen.writeEndArray();
            }
            gen.writeNumberField("after", 2);
            gen.writeEndObject();
        }
        return out.toByteArray();
    }

    private static byte[] bytes(JsonFactory factory, Finding f, boolean rendered) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            write(gen, f, rendered, true);
        }
        return out.toByteArray();
    }

    private static String chars(JsonFactory factory, Finding f, boolean rendered) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = factory.createGenerator(out)) {
            write(gen, f, rendered, true);
        }
        return out.toString();
    }

    /** The codec's writing, or the reference: each message rendered, then written as a string, if wanted. */
    private static void write(JsonGenerator gen, Finding f, boolean rendered, boolean messages) throws IOException {
        if (!rendered) {
            FindingCodec.write(f, gen);
            return;
        }
        gen.writeStartObject();
        gen.writeFieldName("rule");
        gen.writeString(Names.id(f.rule()));
        gen.writeBooleanField("passed", f.passed());
        number(gen, "observed", f.observed());
        number(gen, "threshold", f.threshold());
        if (f.subject() != null) {
            gen.writeStringField("subject", f.subject());
        }
        if (messages && !f.message().isEmpty()) {
            gen.writeStringField("message", f.message());
        }
        if (messages && !f.messageZh().isEmpty()) {
            gen.writeStringField("messageZh", f.messageZh());
        }
        gen.writeEndObject();
    }

    private static void number(JsonGenerator gen, String name, java.math.@Nullable BigDecimal value)
            throws IOException {
        if (value != null) {
            gen.writeFieldName(name);
            gen.writeNumber(value.toPlainString());
        }
    }
}
