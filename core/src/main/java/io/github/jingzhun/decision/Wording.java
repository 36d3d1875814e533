package io.github.jingzhun.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The English and Chinese wording of a finding: patterns in which {@code {observed}}, {@code {threshold}} and
 * {@code {subject}} stand for the finding's values. A finding's subject is language-neutral (a member reference
 * such as {@code members[1]}, a year, or registry codes); a wording may translate it into each language. Policy
 * code keeps its wordings as constants, so a finding is cheap to create and its text is only built when read.
 *
 * <p>Each pattern is split once, when the wording is created, into literal text and placeholders ({@link Parts}),
 * so rendering a message is one pass into one buffer, and a writer can encode the literal text once and append
 * only the values. Immutable and thread-safe; equal when its patterns and subject translations are equal.
 */
public final class Wording {

    private static final Placeholder[] PLACEHOLDERS = Placeholder.values();

    private final String english;
    private final String chinese;
    private final UnaryOperator<String> englishSubject;
    private final UnaryOperator<String> chineseSubject;
    private final @Nullable Parts englishTemplate;
    private final @Nullable Parts chineseTemplate;
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
        this.englishTemplate = Parts.parse(english);
        this.chineseTemplate = Parts.parse(chinese);
        this.literal = false;
    }

    private Wording(String message, String messageZh) {
        this.english = message;
        this.chinese = messageZh;
        this.englishSubject = UnaryOperator.identity();
        this.chineseSubject = UnaryOperator.identity();
        this.englishTemplate = Parts.literal(message);
        this.chineseTemplate = Parts.literal(messageZh);
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
            if (codes.endsWith(", ")) {
                // Trailing empty codes, which String.split drops.
                for (String code : codes.split(", ")) {
                    joiner.add(label.apply(code));
                }
                return joiner.toString();
            }
            // Split by hand, as String.split would: it compiles a two-character separator every time.
            int start = 0;
            for (int comma = codes.indexOf(", "); comma >= 0; comma = codes.indexOf(", ", start)) {
                joiner.add(label.apply(codes.substring(start, comma)));
                start = comma + 2;
            }
            return joiner.add(label.apply(codes.substring(start))).toString();
        };
    }

    /**
     * The English pattern split at its placeholders, for a writer that encodes its literal text once: a literal
     * message, or a pattern without placeholders, is one literal part.
     *
     * @return the parts, or null when the pattern has a brace that opens no placeholder (its message is rendered by
     *     replacing each placeholder in turn: read {@link Finding#message()} then)
     */
    public @Nullable Parts englishParts() {
        return englishTemplate;
    }

    /**
     * The Chinese pattern split at its placeholders, as {@link #englishParts()} is.
     *
     * @return the parts, or null when the pattern has a brace that opens no placeholder (read
     *     {@link Finding#messageZh()} then)
     */
    public @Nullable Parts chineseParts() {
        return chineseTemplate;
    }

    String renderEnglish(Finding finding) {
        return render(english, englishTemplate, englishSubject, finding);
    }

    String renderChinese(Finding finding) {
        return render(chinese, chineseTemplate, chineseSubject, finding);
    }

    private static String render(String pattern, @Nullable Parts template, UnaryOperator<String> subject,
            Finding finding) {
        if (template != null && template.slots.length == 0) {
            return pattern; // a literal message, or a pattern without placeholders
        }
        String s = finding.subject();
        String subjectText = s == null ? "" : subject.apply(s);
        if (template == null) {
            // A brace that opens no known placeholder: replace in turn, exactly as written.
            return pattern.replace("{observed}", text(finding.observedText()))
                    .replace("{threshold}", text(finding.thresholdText()))
                    .replace("{subject}", subjectText);
        }
        return template.render(template.uses(Placeholder.OBSERVED) ? text(finding.observedText()) : "",
                template.uses(Placeholder.THRESHOLD) ? text(finding.thresholdText()) : "", subjectText);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
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

    /** What a placeholder of a pattern stands for. */
    public enum Placeholder {
        /** <code>{observed}</code>: the finding's observed value, as plain digits ({@link Finding#observed()}). */
        OBSERVED("{observed}"),
        /** <code>{threshold}</code>: the threshold, as plain digits ({@link Finding#threshold()}). */
        THRESHOLD("{threshold}"),
        /** <code>{subject}</code>: the finding's subject as the language reads it. */
        SUBJECT("{subject}");

        private final String text;

        Placeholder(String text) {
            this.text = text;
        }
    }

    /**
     * A pattern split once into literal text and placeholders: {@link #literal(int) literal(0)}, then
     * {@link #placeholder(int) placeholder(0)}, then {@code literal(1)} and so on, ending with the literal text after
     * the last placeholder. A message is its literal parts with each placeholder's value between them. Immutable and
     * thread-safe.
     */
    public static final class Parts {

        private final String[] literals;
        private final byte[] slots;
        private final int literalLength;
        private final int used;
        private volatile @Nullable Object encoded;

        private Parts(String[] literals, byte[] slots) {
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

        static Parts literal(String message) {
            return new Parts(new String[] {message}, new byte[0]);
        }

        /**
         * Splits a pattern, or returns null when it has a brace that opens no placeholder: only if every brace opens
         * a known placeholder is one pass the same as replacing the placeholders in turn.
         */
        static @Nullable Parts parse(String pattern) {
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
                start = i + PLACEHOLDERS[slot].text.length();
            }
            literals.add(pattern.substring(start));
            byte[] bytes = new byte[slots.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = slots.get(i);
            }
            return new Parts(literals.toArray(new String[0]), bytes);
        }

        private static byte slotAt(String pattern, int index) {
            for (byte slot = 0; slot < PLACEHOLDERS.length; slot++) {
                if (pattern.startsWith(PLACEHOLDERS[slot].text, index)) {
                    return slot;
                }
            }
            return -1;
        }

        /**
         * How many placeholders the pattern has; it has one more literal part.
         *
         * @return the count, zero for a pattern that is all literal text
         */
        public int placeholders() {
            return slots.length;
        }

        /**
         * The literal text before placeholder {@code index}, or after the last one when {@code index} is
         * {@link #placeholders()}.
         *
         * @param index from 0 to {@link #placeholders()}
         * @return the text, possibly empty, not null
         */
        public String literal(int index) {
            return literals[index];
        }

        /**
         * The placeholder after literal part {@code index}.
         *
         * @param index from 0 to {@link #placeholders()} - 1
         * @return the placeholder, not null
         */
        public Placeholder placeholder(int index) {
            return PLACEHOLDERS[slots[index]];
        }

        /**
         * Whether the pattern has a placeholder.
         *
         * @param placeholder the placeholder
         * @return true if it has it at least once
         */
        public boolean uses(Placeholder placeholder) {
            return (used & (1 << placeholder.ordinal())) != 0;
        }

        /**
         * A form of these parts made once and kept with them, such as their literal text encoded for an output
         * format, so that it is not encoded again for every message. The first form asked for is kept; a form of
         * another type is made anew on each call.
         *
         * @param <T> the form's type
         * @param type the form's type, not null
         * @param make makes the form from these parts; it must return the same form for the same parts, immutable
         * @return the form, not null
         */
        public <T> T encoded(Class<T> type, Function<? super Parts, ? extends T> make) {
            Object e = encoded;
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            T made = Objects.requireNonNull(make.apply(this), "form");
            if (e == null) {
                encoded = made;
            }
            return made;
        }

        String render(String observed, String threshold, String subject) {
            int length = literalLength;
            for (byte slot : slots) {
                length += slot == 0 ? observed.length() : slot == 1 ? threshold.length() : subject.length();
            }
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < slots.length; i++) {
                byte slot = slots[i];
                sb.append(literals[i]).append(slot == 0 ? observed : slot == 1 ? threshold : subject);
            }
            return sb.append(literals[slots.length]).toString();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(literals[0]);
            for (int i = 0; i < slots.length; i++) {
                sb.append(PLACEHOLDERS[slots[i]].text).append(literals[i + 1]);
            }
            return sb.toString();
        }
    }
}
