package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.Household;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decisions written to a plain UTF-8 generator as bytes made beforehand ({@link FindingBytes}) against the same
 * decisions written token by token ({@link DecisionOut.Tokens}): the same bytes, at every level of detail, alone, in
 * an array and one after another, whatever the household's id.
 */
class DecisionBytesTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    /** Ids the generator writes as they are, escapes, or encodes; the last three are not plain. */
    private static final String[] IDS = {"HH-1", "李明", "a\"b\\c", "x/y", "é", "", "😀", "\u0001", "\ud800"};
    private static final int PLAIN_IDS = IDS.length - 3;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 30).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bytesMadeBeforehandAreTheTokensBytes(int seed) throws IOException {
        List<Decision> decisions = decisions(seed);
        assertThat(decisions).isNotEmpty();
        for (DecisionDetail detail : DecisionDetail.values()) {
            for (Decision d : decisions) {
                assertThat(bytes(List.of(d), detail, false, false)).as("%s %s", d.household(), detail)
                        .isEqualTo(bytes(List.of(d), detail, false, true));
            }
            for (boolean array : new boolean[] {false, true}) {
                assertThat(bytes(decisions, detail, array, false)).isEqualTo(bytes(decisions, detail, array, true));
            }
        }
    }

    @Test
    void onlyPlainTextIsMadeBeforehandAndOtherwiseNothingIsWritten() throws IOException {
        Decision d = decisions(1).get(0); // a first year's decision: its findings' text is plain
        for (int i = 0; i < IDS.length; i++) {
            Decision named = named(d, IDS[i]);
            for (DecisionDetail detail : DecisionDetail.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
                    FindingBytes bytes = FindingBytes.of(gen);
                    assertThat(bytes).isNotNull();
                    assertThat(bytes.write(named, detail, gen)).as(IDS[i]).isEqualTo(i < PLAIN_IDS);
                }
                assertThat(out.size() > 0).isEqualTo(i < PLAIN_IDS);
            }
        }
    }

    /** The decisions of random households for each year they have an income of, under their own and another id. */
    private static List<Decision> decisions(int seed) {
        List<Decision> decisions = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            Household h = RandomHouseholds.generate(seed + 1_000L * k);
            for (int year = 2014; year <= 2017; year++) {
                if (h.incomeOf(Year.of(year)) != null) {
                    Decision d = POLICY.assess(h, Year.of(year));
                    decisions.add(d);
                    decisions.add(named(d, IDS[(seed + k) % IDS.length]));
                }
            }
        }
        return decisions;
    }

    private static Decision named(Decision d, String household) {
        return new Decision(household, d.year(), d.identification(), d.indicators(), d.measures(), d.exit(),
                d.monitoring(), d.audit());
    }

    /** The decisions written by the codec, or token by token; in an array, or one after another. */
    private static byte[] bytes(List<Decision> decisions, DecisionDetail detail, boolean array, boolean tokens)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            if (array) {
                gen.writeStartArray();
            }
            for (Decision d : decisions) {
                if (tokens) {
                    gen.writeStartObject();
                    DecisionCodec.fields(d, new DecisionOut.Tokens(gen), detail);
                    gen.writeEndObject();
                } else {
                    JingzhunJson.writeDecision(d, gen, detail, null);
                }
            }
            if (array) {
                gen.writeEndArray();
            }
        }
        return out.toByteArray();
    }
}
