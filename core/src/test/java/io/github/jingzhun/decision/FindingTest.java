package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Wording BELOW = Wording.of(
            "Per-capita net income {observed} is below the {subject} line {threshold}",
            "人均纯收入{observed}元低于{subject}年标准{threshold}元");

    private static Finding below() {
        return Finding.of(Rule.ID_H_1, true, new BigDecimal("3200.00"), new BigDecimal("3218.00"), "2019", BELOW);
    }

    @Test
    @DisplayName("ID-H-1: messages are rendered from the placeholders in English and Chinese")
    void messagesAreRenderedFromThePlaceholders() {
        Finding f = below();

        assertThat(f.message()).isEqualTo("Per-capita net income 3200.00 is below the 2019 line 3218.00");
        assertThat(f.messageZh()).isEqualTo("人均纯收入3200.00元低于2019年标准3218.00元");
    }

    @Test
    void literalMessagesAreKeptExactlyAndEqualRenderedOnes() {
        Finding literal = Finding.of(Rule.ID_H_1, true, new BigDecimal("3200.00"), new BigDecimal("3218.00"), "2019",
                "Per-capita net income 3200.00 is below the 2019 line 3218.00", "人均纯收入3200.00元低于2019年标准3218.00元");
        assertThat(literal).isEqualTo(below()).hasSameHashCodeAs(below());
        Finding braces = Finding.of(Rule.MON_2, false, null, null, null, "keeps {observed}", "保留{subject}");
        assertThat(braces.message()).isEqualTo("keeps {observed}");
        assertThat(braces.messageZh()).isEqualTo("保留{subject}");
    }

    @Test
    void accessorsReturnWhatTheFindingWasMadeWith() {
        Finding f = below();

        assertThat(f.rule()).isEqualTo(Rule.ID_H_1);
        assertThat(f.passed()).isTrue();
        assertThat(f.observed()).isEqualTo(new BigDecimal("3200.00"));
        assertThat(f.threshold()).isEqualTo(new BigDecimal("3218.00"));
        assertThat(f.subject()).isEqualTo("2019");
    }

    @Test
    void findingWithoutNumbersHasNullObservedAndThreshold() {
        Finding f = Finding.of(Rule.ID_H_2, false, "members[1]",
                Wording.of("{subject} is excluded{observed}{threshold}", "{subject}应予排除{observed}{threshold}"));

        assertThat(f.observed()).isNull();
        assertThat(f.threshold()).isNull();
        assertThat(f.message()).isEqualTo("members[1] is excluded");
        assertThat(f.messageZh()).isEqualTo("members[1]应予排除");
    }

    @Test
    void absentSubjectRendersAsNothing() {
        Finding f = Finding.of(Rule.ID_H_2, true, null, Wording.of("[{subject}]", "【{subject}】"));

        assertThat(f.message()).isEqualTo("[]");
        assertThat(f.messageZh()).isEqualTo("【】");
    }

    @Test
    void numbersAreRenderedPlainNeverInScientificNotation() {
        Finding f = Finding.of(Rule.ID_V_1, true, new BigDecimal("1E+3"), new BigDecimal("2.50"), null,
                Wording.of("{observed} vs {threshold}", "{observed}对{threshold}"));

        assertThat(f.message()).isEqualTo("1000 vs 2.50");
    }

    @Test
    void messagesAreRenderedOnceAndAreTheSameOnRepeatedCalls() {
        Finding f = below();

        String first = f.message();
        String firstZh = f.messageZh();
        assertThat(f.message()).isSameAs(first).isEqualTo(below().message());
        assertThat(f.messageZh()).isSameAs(firstZh).isEqualTo(below().messageZh());
    }

    @Test
    void findingsWithTheSameContentAreEqualWithEqualHashCodes() {
        Finding a = below();
        Finding b = below();
        b.message();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isEqualTo(a);
        assertThat(a).isNotEqualTo(null).isNotEqualTo("✓ ID-H-1");
    }

    @Test
    void findingsDifferingInAnyComponentAreNotEqual() {
        Finding base = below();
        BigDecimal observed = new BigDecimal("3200.00");
        BigDecimal threshold = new BigDecimal("3218.00");

        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_3, true, observed, threshold, "2019", BELOW));
        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_1, false, observed, threshold, "2019", BELOW));
        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_1, true, new BigDecimal("3200.01"), threshold, "2019",
                BELOW));
        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_1, true, observed, new BigDecimal("3218.01"), "2019",
                BELOW));
        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_1, true, observed, threshold, "2018", BELOW));
        assertThat(base).isNotEqualTo(Finding.of(Rule.ID_H_1, true, observed, threshold, "2019",
                Wording.of(BELOW.english(), "另一种说法")));
    }

    @Test
    @DisplayName("toString marks a satisfied rule ✓ with the rule id and both messages")
    void toStringOfASatisfiedFindingIsTickRuleIdAndMessages() {
        assertThat(below()).hasToString("✓ ID-H-1  Per-capita net income 3200.00 is below the 2019 line 3218.00 | "
                + "人均纯收入3200.00元低于2019年标准3218.00元");
    }

    @Test
    @DisplayName("toString marks an unsatisfied rule ✗ with the rule id")
    void toStringOfAnUnsatisfiedFindingIsCrossRuleIdAndMessages() {
        Finding f = Finding.of(Rule.IND_STD, false, "scenario", Wording.of("Set {subject} departs", "{subject}偏离"));

        assertThat(f).hasToString("✗ IND-STD  Set scenario departs | scenario偏离");
    }

    @Test
    void ruleAndWordingAreRequired() {
        assertThatThrownBy(() -> Finding.of(null, true, null, BELOW))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
        assertThatThrownBy(() -> Finding.of(Rule.ID_H_1, true, null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("wording");
    }

    @Test
    void plainTextIsWhatToPlainStringWrites() {
        java.util.Random random = new java.util.Random(7);
        long[] edges = {0, 1, -1, 9, 10, 99, 100, -100, 12345, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (int n = 0; n < 20_000; n++) {
            long unscaled = n < edges.length * 5 ? edges[n % edges.length]
                    : random.nextBoolean() ? random.nextLong() : random.nextInt(2_000_001) - 1_000_000;
            int scale = n < edges.length * 5 ? n / edges.length : random.nextInt(5);
            assertThat(Finding.plain(unscaled, scale)).as("%d scale %d", unscaled, scale)
                    .isEqualTo(BigDecimal.valueOf(unscaled, scale).toPlainString());
        }
    }

    @Test
    void numbersReadAsTextWithoutABigDecimalAndAbsentOnesAsNull() {
        Wording w = Wording.of("{observed}/{threshold}", "");
        Finding amounts = Finding.ofAmounts(Rule.ID_H_1, true, io.github.jingzhun.money.Yuan.ofFen(-5), null, null,
                w);
        assertThat(amounts.observedText()).isEqualTo("-0.05");
        assertThat(amounts.thresholdText()).isNull();
        assertThat(amounts.message()).isEqualTo("-0.05/");
        Finding counts = Finding.of(Rule.ID_H_4, false, 17, 16, null, w);
        assertThat(counts.observedText()).isEqualTo("17");
        assertThat(counts.thresholdText()).isEqualTo("16");
        Finding decimals = Finding.of(Rule.ID_H_4, false, new BigDecimal("1E+3"), new BigDecimal("2.50"), null, w);
        assertThat(decimals.observedText()).isEqualTo("1000");
        assertThat(decimals.thresholdText()).isEqualTo("2.50");
        assertThat(Finding.of(Rule.ID_H_4, false, null, w).observedText()).isNull();
    }
}
