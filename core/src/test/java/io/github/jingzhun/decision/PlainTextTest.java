package io.github.jingzhun.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;
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
        assertThat(PlainText.problem(text)).isEqualTo(PlainText.PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"522727198001011229", "see 522727198001011229.", "11010519491231002X", "11010519491231002x",
        "N522727200002291234", "5227271980010112290", "prov-522727-19800101-1229", "Wang Fang 522727 19800101 1229",
        "522727.1980.0101.1229", "11010519491231002-x", "522727-19000101-1222", "522727-20991231-1223",
        "\uFF15\uFF12\uFF12\uFF17\uFF12\uFF17\uFF11\uFF19\uFF18\uFF10\uFF10\uFF11\uFF10\uFF11\uFF11\uFF12\uFF12\uFF19",
        "522727\u201319800101\u20131229", "522727\u300019800101\uFF0D1229", "11010519491231002\uFF38",
        "522727, 19800101, 1229", "set 522727\u300119800101\u30011229", "522727\u00A019800101\u20091229",
        "522727\u221219800101\u22121229", "522727\uFF0C19800101\uFF0C1229", "522727\u30FB19800101\u30FB1229",
        "(522727)19800101-1229", "x522727-19800101-1229", "HH-X522727-19800101-1229", "yearbook x430102-19900307-4419",
        "\u0665\u0662\u0662\u0667\u0662\u0667\u0661\u0669\u0668\u0660\u0660\u0661\u0660\u0661\u0661",
        "522727;19800101;1229", "522727|19800101|1229", "522727+19800101+1229", "522727\u300219800101\u30021229",
        "[522727][19800101][1229]", "\u3014522727\u301519800101-1229", "'522727' \"19800101\" 1229",
        "110105-19491231-002\u0425", "110105 19491231 002\u03C7", "522727$19800101$1229", "522727^19800101`1229",
        "522727\u00A519800101\u00B01229", "522727\u250219800101\u26051229", "522727\u30FC19800101\u30FC1229",
        "522727\uD83D\uDE0019800101\uD83D\uDE001229", "110105-19491231-002-X", "110105 19491231 002 x.",
        "110105/19491231/002/\u0425"})
    void textHoldingAResidentIdNumberIsPersonal(String text) {
        assertThat(PersonalData.containsIdNumber(text)).isTrue();
        assertThat(PersonalData.quoted(text)).isEqualTo("[?]");
        assertThat(PlainText.problem(text)).isEqualTo(PlainText.PERSONAL).doesNotContain("522727", "110105");
    }

    @Test
    void mathematicalDigitsBeyondTheBasicPlaneAreDigitsToo() {
        for (String text : List.of(bold("522727198001011229"), bold("522727") + "-19800101-" + bold("1229"),
                bold("110105491231002"))) {
            assertThat(PersonalData.containsIdNumber(text)).as(text).isTrue();
            assertThat(PersonalData.redacted("id " + text + ".")).isEqualTo("id <redacted>.");
        }
        assertThat(PersonalData.containsIdNumber(bold("52272719800101122"))).isTrue();
        assertThat(PersonalData.containsIdNumber(bold("52272719800101"))).isFalse();
        // counted in characters, not UTF-16 units
        assertThat(PersonalData.idNumberProblem(bold("522727198001011229")))
                .isEqualTo("ID number must have digits in its first 17 characters");
        assertThat(PersonalData.idNumberProblem(bold("5227271980010112"))).isEqualTo("ID number must have 18 "
                + "characters, not 16");
    }

    /** Digits written in mathematical bold, U+1D7CE and after: each two UTF-16 units. */
    private static String bold(String digits) {
        return digits.chars().map(c -> c >= '0' && c <= '9' ? 0x1D7CE + c - '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Li Ming", "county office, 2019", "12345678901234", "survey 2019-12345678901234",
        "52272719800101-1228", "522727, 19800101, 1228", "522727-19800101-1228", "village 522727101201-0001-2019",
        "522727101201-0016-2019", "522727101201-010008", "522727101200 2019-03-10", "522727-18991231-1228", "522727-21000101-1228",
        "国办发〔2016〕16号 2019-04-16 522727101201 3218.00", "HH-522727-0000012 2019-04-16 4000.00",
        "522727;19800101;1228", "522727|19800101|1228", "a+b 2019|522727101201|0016", "[522727][19800101][12290]",
        "110105-19491231-002-Xu", "110105-19491231-001-X", "110105-19491231-002-X5"})
    void textWithoutARunOf15DigitsOrAValidResidentIdNumberMayBePrinted(String text) {
        assertThat(PersonalData.containsIdNumber(text)).isFalse();
        assertThat(PlainText.problem(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012345", "110105491231002", "522727198001011228", "52272719800101122",
        "522727190002291238", "522727198013011226", "4401011990010112345", "2019 survey 1234567890123456"})
    void aRunOf15DigitsOrMoreCouldBeAnIdNumberOfEitherCardSoIsPersonal(String text) {
        // 15 digits (a number of the first card), a wrong check digit, 17 digits, 29 February 1900, month 13, 19
        assertThat(PersonalData.containsIdNumber(text)).isTrue();
        assertThat(PlainText.problem(text)).isEqualTo(PlainText.PERSONAL);
        assertThat(PersonalData.quoted(text)).isEqualTo("[?]");
    }

    @Test
    void redactedWritesWhatCouldBeAnIdNumberWithItsCheckCharacterAndNothingShorter() {
        assertThat(PersonalData.redacted("id 11010519491231002x, code 12345678901234, old 110105491231002."))
                .isEqualTo("id <redacted>, code 12345678901234, old <redacted>.");
        assertThat(PersonalData.redacted("id \uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF14\uFF19\uFF11\uFF12\uFF13"
                + "\uFF11\uFF10\uFF10\uFF12\uFF38.")).isEqualTo("id <redacted>.");
        assertThat(PersonalData.redacted("expected {subject: 522727-20100505-1230}, [5227 2720 1005 0512 30], "
                + "522727/20100505/1230; observed 3218.00 in 522727101201-0016-2019"))
                .isEqualTo("expected {subject: <redacted>}, [<redacted>], <redacted>; observed 3218.00 in "
                        + "522727101201-0016-2019");
        assertThat(PersonalData.redacted("ids [522727|19800101|1229], (522727;19800101;1229), 110105+19491231+002\u0425, "
                + "110105 19491231 002 X."))
                .isEqualTo("ids [<redacted>], (<redacted>), <redacted>, <redacted>.");
        assertThat(PersonalData.redacted("p1 0.0027967681789931634, not 0.00279676817899316345553"))
                .isEqualTo("p1 0.0027967681789931634, not 0.00279676817899316345553");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "\u3000", "\u00a0", "\u2007", "\u202f", "\u200b", "\ufeff", "\u0000",
        " \u00a0\u200b ", "\u3164", "\uffa0", "\u2800", "\ufe0f", "\u034f", "\u0301"})
    void textShowingNothingIsBlankNoBreakSpacesAndInvisibleCharactersToo(String text) {
        assertThat(PlainText.isBlank(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u00a0a", "\u674e", "\ud83d\ude00", "-", "\u200ba", "e\u0301", "\u2764\ufe0f"})
    void textShowingAnythingIsNotBlank(String text) {
        assertThat(PlainText.isBlank(text)).isFalse();
    }

    @Test
    void dataTextMayHoldAnythingButALoneSurrogateOrAResidentIdNumber() {
        assertThat(PlainText.dataProblem("village committee\t(\u674e)")).isNull();
        assertThat(PlainText.dataProblem("by \ud800")).isEqualTo(PlainText.NOT_UNICODE);
        assertThat(PlainText.dataProblem("ID 522727198001011229 objects")).isEqualTo(PlainText.PERSONAL);
        // its groups joined by invisible characters, a zero-width space or a soft hyphen
        assertThat(PlainText.dataProblem("by 522727\u200b19800101\u200b1229")).isEqualTo(PlainText.PERSONAL);
        assertThat(PlainText.dataProblem("by 522727\u00ad19800101\u00ad1229")).isEqualTo(PlainText.PERSONAL);
        assertThat(PersonalData.redacted("by 522727\u200b19800101\u200b1229")).isEqualTo("by <redacted>");
        // or by anything else that shows nothing: a variation selector, a filler, a lone combining mark
        for (String joiner : List.of("\ufe0f", "\u3164", "\u2800", "\u034f", "\t")) {
            String text = "by 522727" + joiner + "19800101" + joiner + "1229";
            assertThat(PlainText.dataProblem(text)).as(joiner).isEqualTo(PlainText.PERSONAL);
            assertThat(PersonalData.redacted(text)).as(joiner).isEqualTo("by <redacted>");
        }
    }

    @Test
    void requireNamesTheFieldAndTheProblem() {
        assertThatNoException().isThrownBy(() -> PlainText.require("source", "county office, 2019"));
        assertThatIllegalArgumentException().isThrownBy(() -> PlainText.require("source", "a\tb"))
                .withMessage("source: " + PlainText.PROBLEM);
        assertThatIllegalArgumentException().isThrownBy(() -> PlainText.require("reason", "by 522727198001011229"))
                .withMessage("reason: " + PlainText.PERSONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "522727", "ID-H-1", "a_b.c:d/e#f+g", "52272719800101", "0123456789"})
    void aCodeOrAnIdMistypedIsQuotedAsItIs(String text) {
        assertThat(PersonalData.quoted(text)).isEqualTo(text);
        assertThat(PersonalData.quoted("x".repeat(64))).isEqualTo("x".repeat(64));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wang Fang", "王芳", "522727198001011229", "HH-11010519491231002x", "a,b", "a\tb", "\u00A0"})
    void whatCouldBeANameOrAnIdNumberIsNot(String text) {
        assertThat(PersonalData.quoted(text)).isEqualTo("[?]");
        assertThat(PersonalData.quoted("x".repeat(65))).isEqualTo("[?]");
    }
}
