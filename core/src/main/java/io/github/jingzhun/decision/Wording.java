package io.github.jingzhun.decision;

import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * The English and Chinese wording of a finding: patterns in which {@code {observed}}, {@code {threshold}} and
 * {@code {subject}} stand for the finding's values. A finding's subject is language-neutral (a member reference
 * such as {@code members[1]}, a year, or registry codes); a wording may translate it into each language. Policy
 * code keeps its wordings as constants, so a finding is cheap to create and its text is only built when read.
 *
 * @param english the English pattern, not null
 * @param chinese the Chinese pattern, not null
 * @param englishSubject how the subject reads in English, not null
 * @param chineseSubject how the subject reads in Chinese, not null
 */
public record Wording(String english, String chinese, UnaryOperator<String> englishSubject,
        UnaryOperator<String> chineseSubject) {

    /**
     * Creates a wording.
     *
     * @param english the English pattern, not null
     * @param chinese the Chinese pattern, not null
     * @param englishSubject how the subject reads in English, not null
     * @param chineseSubject how the subject reads in Chinese, not null
     */
    public Wording {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(englishSubject, "englishSubject");
        Objects.requireNonNull(chineseSubject, "chineseSubject");
    }

    /**
     * Obtains a wording whose subject reads the same in both languages.
     *
     * @param english the English pattern, not null
     * @param chinese the Chinese pattern, not null
     * @return the wording, not null
     */
    public static Wording of(String english, String chinese) {
        return new Wording(english, chinese, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * Obtains a wording that translates its subject into each language.
     *
     * @param english the English pattern, not null
     * @param chinese the Chinese pattern, not null
     * @param englishSubject how the subject reads in English, not null
     * @param chineseSubject how the subject reads in Chinese, not null
     * @return the wording, not null
     */
    public static Wording of(String english, String chinese, UnaryOperator<String> englishSubject,
            UnaryOperator<String> chineseSubject) {
        return new Wording(english, chinese, englishSubject, chineseSubject);
    }

    /**
     * A subject translation for a subject that lists codes separated by {@code ", "}, such as
     * {@code "FOOD, WATER"}: each code is read through a label and the labels are joined.
     *
     * @param label how one code reads, not null
     * @param separator what stands between two labels, not null
     * @return the translation, not null
     */
    public static UnaryOperator<String> list(UnaryOperator<String> label, String separator) {
        return codes -> {
            StringJoiner joiner = new StringJoiner(separator);
            for (String code : codes.split(", ")) {
                joiner.add(label.apply(code));
            }
            return joiner.toString();
        };
    }

    String renderEnglish(Finding finding) {
        return render(english, englishSubject, finding);
    }

    String renderChinese(Finding finding) {
        return render(chinese, chineseSubject, finding);
    }

    private static String render(String pattern, UnaryOperator<String> subject, Finding finding) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        String s = finding.subject();
        return pattern.replace("{observed}", Finding.text(finding.observed()))
                .replace("{threshold}", Finding.text(finding.threshold()))
                .replace("{subject}", s == null ? "" : subject.apply(s));
    }
}
