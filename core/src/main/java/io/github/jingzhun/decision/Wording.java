package io.github.jingzhun.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The English and Chinese wording of a finding: patterns in which {@code {observed}}, {@code {threshold}} and
 * {@code {subject}} stand for the finding's values. A finding's subject is language-neutral (a member reference
 * such as {@code members[1]}, a year, or registry codes); a wording may translate it into each language. Policy
 * code keeps its wordings as constants, so a finding is cheap to create and its text is only built when read.
 *
 * <p>Each pattern is split once, when the wording is created, into literal text and placeholders, so rendering a
 * message is one pass into one buffer. Immutable and thread-safe; equal when its patterns and subject translations
 * are equal.
 */
public final class Wording {

    private static final byte OBSERVED = 0;
    private static final byte THRESHOLD = 1;
    private static final byte SUBJECT = 2;
    private static final String[] PLACEHOLDERS = {"{observed}", "{threshold}", "{subject}"};

    private final String english;
    private final String chinese;
    private final UnaryOperator<String> englishSubject;
    private final UnaryOperator<String> chineseSubject;
    private final @Nullable Template englishTemplate;
    private final @Nullable Template chineseTemplate;
    /** Whether the patterns are literal messages, kept exactly: a brace in them is not a placeholder. */
    private final boolean literal;

    /**
     * Creates a wording.
     *
     * @param english the English pattern, not null
     * @param chinese the Chinese pattern, not null
     * @param englishSubject how the subject reads in English, not null
     * @param chineseSubject how the subject reads in Chinese, not null
     */
    public Wording(String english, String chinese, UnaryOperator<String> englishSubject,
            UnaryOperator<String> chineseSubject) {
        this.english = Objects.requireNonNull(english, "english");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.englishSubject = Objects.requireNonNull(englishSubject, "englishSubject");
        this.chineseSubject = Objects.requireNonNull(chineseSubject, "chineseSubject");
        this.englishTemplate = Template.parse(english);
        this.chineseTemplate = Template.parse(chinese);
        this.literal = false;
    }

    private Wording(String message, String messageZh) {
        this.english = message;
        this.chinese = messageZh;
        this.englishSubject = UnaryOperator.identity();
        this.chineseSubject = UnaryOperator.identity();
        this.englishTemplate = null;
        this.chineseTemplate = null;
        this.literal = true;
    }

    /** The wording of a finding with literal messages, which renders them exactly. */
    static Wording literal(String message, String messageZh) {
        return new Wording(Objects.requireNonNull(message, "message"), Objects.requireNonNull(messageZh, "messageZh"));
    }

    /**
     * The English pattern.
     *
     * @return the pattern, not null
     */
    public String english() {
        return english;
    }

    /**
     * The Chinese pattern.
     *
     * @return the pattern, not null
     */
    public String chinese() {
        return chinese;
    }

    /**
     * How the subject reads in English.
     *
     * @return the translation, not null
     */
    public UnaryOperator<String> englishSubject() {
        return englishSubject;
    }

    /**
     * How the subject reads in Chinese.
     *
     * @return the translation, not null
     */
    public UnaryOperator<String> chineseSubject() {
        return chineseSubject;
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
        return literal ? english : render(english, englishTemplate, englishSubject, finding);
    }

    String renderChinese(Finding finding) {
        return literal ? chinese : render(chinese, chineseTemplate, chineseSubject, finding);
    }

    private static String render(String pattern, @Nullable Template template, UnaryOperator<String> subject,
            Finding finding) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        String s = finding.subject();
        String subjectText = s == null ? "" : subject.apply(s);
        if (template == null) {
            // A brace that opens no known placeholder: replace in turn, exactly as written.
            return pattern.replace("{observed}", Finding.text(finding.observed()))
                    .replace("{threshold}", Finding.text(finding.threshold()))
                    .replace("{subject}", subjectText);
        }
        return template.render(Finding.text(template.uses(OBSERVED) ? finding.observed() : null),
                Finding.text(template.uses(THRESHOLD) ? finding.threshold() : null), subjectText);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Wording)) {
            return false;
        }
        Wording o = (Wording) obj;
        return literal == o.literal && english.equals(o.english) && chinese.equals(o.chinese)
                && englishSubject.equals(o.englishSubject)
                && chineseSubject.equals(o.chineseSubject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(english, chinese, englishSubject, chineseSubject);
    }

    @Override
    public String toString() {
        return "Wording[english=" + english + ", chinese=" + chinese + ", englishSubject=" + englishSubject
                + ", chineseSubject=" + chineseSubject + "]";
    }

    /**
     * A pattern split into literal text and placeholders: {@code literals[i]}, then placeholder {@code slots[i]},
     * and the last literal after the last placeholder.
     */
    private static final class Template {

        private final String[] literals;
        private final byte[] slots;
        private final int literalLength;
        private final int used;

        private Template(String[] literals, byte[] slots) {
            this.literals = literals;
            this.slots = slots;
            int length = 0;
            for (String literal : literals) {
                length += literal.length();
            }
            this.literalLength = length;
            int mask = 0;
            for (byte slot : slots) {
                mask |= 1 << slot;
            }
            this.used = mask;
        }

        /**
         * Splits a pattern, or returns null when it has no placeholder or a brace that opens none: only if every
         * brace opens a known placeholder is one pass the same as replacing the placeholders in turn.
         */
        static @Nullable Template parse(String pattern) {
            if (pattern.indexOf('{') < 0) {
                return null;
            }
            List<String> literals = new ArrayList<>();
            List<Byte> slots = new ArrayList<>();
            int start = 0;
            for (int i = pattern.indexOf('{'); i >= 0; i = pattern.indexOf('{', start)) {
                byte slot = slotAt(pattern, i);
                if (slot < 0) {
                    return null;
                }
                literals.add(pattern.substring(start, i));
                slots.add(slot);
                start = i + PLACEHOLDERS[slot].length();
            }
            literals.add(pattern.substring(start));
            byte[] bytes = new byte[slots.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = slots.get(i);
            }
            return new Template(literals.toArray(new String[0]), bytes);
        }

        private static byte slotAt(String pattern, int index) {
            for (byte slot = 0; slot < PLACEHOLDERS.length; slot++) {
                if (pattern.startsWith(PLACEHOLDERS[slot], index)) {
                    return slot;
                }
            }
            return -1;
        }

        boolean uses(byte slot) {
            return (used & (1 << slot)) != 0;
        }

        String render(String observed, String threshold, String subject) {
            int length = literalLength;
            for (byte slot : slots) {
                length += slot == OBSERVED ? observed.length() : slot == THRESHOLD ? threshold.length()
                        : subject.length();
            }
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < slots.length; i++) {
                byte slot = slots[i];
                sb.append(literals[i]).append(slot == OBSERVED ? observed : slot == THRESHOLD ? threshold : subject);
            }
            return sb.append(literals[slots.length]).toString();
        }
    }
}
