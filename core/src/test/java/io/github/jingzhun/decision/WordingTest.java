package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordingTest {

    private static final Finding SAMPLE = Finding.of(Rule.ID_V_1, true, new BigDecimal("20.00"),
            new BigDecimal("20"), "522727101201", Wording.of("x", "x"));

    @Test
    void ofKeepsBothPatterns() {
        Wording w = Wording.of("english", "中文");

        assertThat(w.english()).isEqualTo("english");
        assertThat(w.chinese()).isEqualTo("中文");
        assertThat(w.renderEnglish(SAMPLE)).isEqualTo("english");
        assertThat(w.renderChinese(SAMPLE)).isEqualTo("中文");
    }

    @Test
    void renderReplacesEveryPlaceholder() {
        Wording w = Wording.of("{subject}: {observed}% against {threshold}%", "");

        assertThat(w.renderEnglish(SAMPLE)).isEqualTo("522727101201: 20.00% against 20%");
    }

    @Test
    void renderReplacesEachOccurrenceOfAPlaceholder() {
        Wording w = Wording.of("{observed} and again {observed}", "");

        assertThat(w.renderEnglish(SAMPLE)).isEqualTo("20.00 and again 20.00");
    }

    @Test
    void patternWithoutPlaceholdersIsReturnedAsItIs() {
        Wording w = Wording.of("No exclusion applies", "不属于应排除的情形");

        assertThat(w.renderEnglish(SAMPLE)).isSameAs(w.english());
        assertThat(w.renderChinese(SAMPLE)).isSameAs(w.chinese());
    }

    @Test
    void unknownPlaceholdersAreLeftVisible() {
        Wording w = Wording.of("{name} {observed}", "");

        assertThat(w.renderEnglish(SAMPLE)).isEqualTo("{name} 20.00");
    }

    @Test
    void subjectIsTranslatedForEachLanguage() {
        Wording w = Wording.of("steps: {subject}", "步骤：{subject}", s -> s.toLowerCase(Locale.ROOT), s -> "公示");
        Finding f = Finding.of(Rule.EX_H_3, false, "PUBLIC_NOTICE", w);

        assertThat(f.message()).isEqualTo("steps: public_notice");
        assertThat(f.messageZh()).isEqualTo("步骤：公示");
        assertThat(f.subject()).isEqualTo("PUBLIC_NOTICE");
    }

    @Test
    void renderFillsAPlaceholderAtEitherEndAndPlaceholdersSideBySide() {
        Wording w = Wording.of("{observed}{threshold} of {subject}", "{subject}");

        assertThat(w.renderEnglish(SAMPLE)).isEqualTo("20.0020 of 522727101201");
        assertThat(w.renderChinese(SAMPLE)).isEqualTo("522727101201");
    }

    @Test
    void aMissingValueRendersAsNothing() {
        Wording w = Wording.of("[{observed}|{threshold}|{subject}]", "");

        assertThat(w.renderEnglish(Finding.of(Rule.ID_H_2, true, null, w))).isEqualTo("[||]");
    }

    @Test
    void aPlaceholderThatAnEmptyValueCompletesIsReplacedAsBeforeInTurn() {
        // Replacing in turn: removing {observed} leaves {subject}, which is then replaced.
        Wording w = Wording.of("{sub{observed}ject} }{", "");

        assertThat(w.renderEnglish(Finding.of(Rule.ID_H_2, true, "s", w))).isEqualTo("s }{");
    }

    @Test
    void equalWordingsHaveEqualPatternsAndTranslations() {
        Wording w = Wording.of("a {subject}", "甲{subject}");

        assertThat(w).isEqualTo(Wording.of("a {subject}", "甲{subject}")).hasSameHashCodeAs(
                Wording.of("a {subject}", "甲{subject}"));
        assertThat(w).isNotEqualTo(Wording.of("a {subject}", "乙{subject}"))
                .isNotEqualTo(Wording.of("b {subject}", "甲{subject}"))
                .isNotEqualTo(Wording.of("a {subject}", "甲{subject}", s -> s, s -> s))
                .isNotEqualTo("a {subject}");
        assertThat(w.toString()).startsWith("Wording[english=a {subject}, chinese=甲{subject}, englishSubject=");
    }

    @Test
    void partsSplitAPatternAtItsPlaceholders() {
        Wording w = Wording.of("{subject}: {observed} of {threshold}", "{observed}元");
        Wording.Parts en = w.englishParts();

        assertThat(en.placeholders()).isEqualTo(3);
        assertThat(en.literal(0)).isEmpty();
        assertThat(en.placeholder(0)).isEqualTo(Wording.Placeholder.SUBJECT);
        assertThat(en.literal(1)).isEqualTo(": ");
        assertThat(en.placeholder(1)).isEqualTo(Wording.Placeholder.OBSERVED);
        assertThat(en.literal(2)).isEqualTo(" of ");
        assertThat(en.placeholder(2)).isEqualTo(Wording.Placeholder.THRESHOLD);
        assertThat(en.literal(3)).isEmpty();
        assertThat(en.uses(Wording.Placeholder.THRESHOLD)).isTrue();
        assertThat(en).hasToString("{subject}: {observed} of {threshold}");
        Wording.Parts zh = w.chineseParts();
        assertThat(zh.placeholders()).isEqualTo(1);
        assertThat(zh.uses(Wording.Placeholder.OBSERVED)).isTrue();
        assertThat(zh.uses(Wording.Placeholder.THRESHOLD)).isFalse();
        assertThat(zh.uses(Wording.Placeholder.SUBJECT)).isFalse();
        assertThat(zh.literal(1)).isEqualTo("元");
    }

    @Test
    void literalMessagesAndPlainPatternsAreOnePartAndAStrayBraceHasNone() {
        Finding literal = Finding.of(Rule.ID_H_2, true, null, null, null, "a {observed}", "乙");
        assertThat(literal.wording().englishParts().placeholders()).isZero();
        assertThat(literal.wording().englishParts().literal(0)).isEqualTo("a {observed}");
        assertThat(literal.wording().chineseParts().literal(0)).isEqualTo("乙");
        assertThat(Wording.of("plain", "").englishParts().placeholders()).isZero();
        assertThat(Wording.of("a { b", "").englishParts()).isNull();
        assertThat(Wording.of("a { b", "").chineseParts()).isNotNull();
    }

    @Test
    void anEncodedFormIsMadeOnceAndAnotherKindEachTime() {
        Wording.Parts parts = Wording.of("{observed}", "").englishParts();
        int[] made = new int[1];

        StringBuilder first = parts.encoded(StringBuilder.class, p -> {
            made[0]++;
            return new StringBuilder(p.toString());
        });
        assertThat(parts.encoded(StringBuilder.class, p -> new StringBuilder())).isSameAs(first);
        assertThat(made[0]).isEqualTo(1);
        assertThat(parts.encoded(String.class, Wording.Parts::toString)).isEqualTo("{observed}");
        assertThat(parts.encoded(StringBuilder.class, p -> new StringBuilder())).isSameAs(first);
    }

    @Test
    void aListReadsEachCodeAsStringSplitWouldCutThem() {
        java.util.function.UnaryOperator<String> list = Wording.list(code -> "<" + code + ">", "、");
        for (String codes : new String[] {"", "A", "A, B", ", A", "A, , B", "A, ", "A, B, , ", ", ", "A,B", "A, B,"}) {
            StringBuilder expected = new StringBuilder();
            for (String code : codes.split(", ")) {
                expected.append(expected.length() == 0 ? "" : "、").append('<').append(code).append('>');
            }
            assertThat(list.apply(codes)).as(codes).isEqualTo(expected.toString());
        }
    }
}
