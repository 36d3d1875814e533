package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Wording;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes a finding's message straight from the parts of its wording, without building the message: each literal
 * part of a pattern is escaped and encoded once (kept with the parts) and copied, and only the values between them
 * are written per finding. The bytes are those {@link JsonGenerator#writeString(String)} writes of the message:
 * where they might not be (a generator of anything but JSON text, one that escapes more than quotes, backslashes and control characters, text
 * with a control character or a surrogate, a pattern with a stray brace), the message is rendered and written as a
 * string instead.
 */
final class MessageWriter {

    private static final int ESCAPE_FORWARD_SLASHES = JsonWriteFeature.ESCAPE_FORWARD_SLASHES.mappedFeature()
            .getMask();

    private MessageWriter() {}

    /**
     * Writes a message field, unless the message is empty.
     *
     * @param gen the generator
     * @param name the field's name
     * @param f the finding
     * @param chinese whether the Chinese message, else the English one
     * @param observed the observed value as plain text, or null
     * @param threshold the threshold as plain text, or null
     * @throws IOException if writing fails
     */
    static void write(JsonGenerator gen, SerializableString name, Finding f, boolean chinese,
            @Nullable String observed, @Nullable String threshold) throws IOException {
        Wording.Parts parts = parts(f, chinese);
        if (parts == null || !plain(gen)) {
            writeString(gen, name, chinese ? f.messageZh() : f.message());
            return;
        }
        Encoded encoded = encoded(parts);
        if (encoded.literals == null) {
            writeString(gen, name, chinese ? f.messageZh() : f.message());
            return;
        }
        int placeholders = encoded.literals.length - 1;
        if (placeholders == 0) {
            if (!encoded.empty) {
                gen.writeFieldName(name);
                gen.writeRawValue(encoded.literals[0]);
            }
            return;
        }
        String subject = null;
        if (parts.uses(Wording.Placeholder.SUBJECT)) {
            subject = subject(f, chinese);
            if (!plain(subject)) {
                writeString(gen, name, chinese ? f.messageZh() : f.message());
                return;
            }
        }
        if (encoded.empty && (subject == null || subject.isEmpty())) {
            // Literal text that is all empty: the message is empty if the values are; render it to tell.
            writeString(gen, name, chinese ? f.messageZh() : f.message());
            return;
        }
        gen.writeFieldName(name);
        gen.writeRawValue(encoded.literals[0]);
        for (int i = 0; i < placeholders; i++) {
            String value;
            switch (parts.placeholder(i)) {
                case OBSERVED:
                    value = observed;
                    break;
                case THRESHOLD:
                    value = threshold;
                    break;
                default:
                    value = subject;
                    break;
            }
            if (value != null && !value.isEmpty()) {
                gen.writeRaw(value);
            }
            gen.writeRaw(encoded.literals[i + 1]);
        }
    }

    /** The parts of a finding's pattern in a language, or null if it has a stray brace. */
    static Wording.@Nullable Parts parts(Finding f, boolean chinese) {
        Wording wording = f.wording();
        return chinese ? wording.chineseParts() : wording.englishParts();
    }

    /** The literal parts of a pattern encoded, made once and kept with them. */
    static Encoded encoded(Wording.Parts parts) {
        return parts.encoded(Encoded.class, Encoded::of);
    }

    /** A finding's subject as a language reads it, for a pattern that has one; empty if it has none. */
    static String subject(Finding f, boolean chinese) {
        String s = f.subject();
        if (s == null) {
            return "";
        }
        Wording wording = f.wording();
        return (chinese ? wording.chineseSubject() : wording.englishSubject()).apply(s);
    }

    private static void writeString(JsonGenerator gen, SerializableString name, String message) throws IOException {
        if (!message.isEmpty()) {
            gen.writeFieldName(name);
            gen.writeString(message);
        }
    }

    /**
     * Whether a generator writes JSON text, taking raw text, and escapes exactly quotes, backslashes and control
     * characters, as a default one does (not a token buffer, another format, or a delegate).
     */
    private static boolean plain(JsonGenerator gen) {
        return gen instanceof JsonGeneratorImpl && gen.getCharacterEscapes() == null
                && gen.getHighestEscapedChar() == 0
                && (gen.getFeatureMask() & ESCAPE_FORWARD_SLASHES) == 0;
    }

    /** Whether text is written unchanged within a string: no quote, backslash, control character or surrogate. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The literal parts of a pattern as raw JSON: escaped, the first opening the string and the last closing it;
     * null literals when a part has a control character or a surrogate, whose escaping depends on the generator.
     */
    static final class Encoded {

        final SerializedString @Nullable [] literals;
        /** The literal parts escaped, in UTF-8, without the quotes: for {@link FindingBytes}. */
        final byte @Nullable [][] utf8;
        /** Whether every literal part is empty. */
        final boolean empty;
        /**
         * Subjects as the pattern's language reads them, escaped, in UTF-8, for {@link FindingBytes}: a subject
         * translation is a function of the subject, and most findings of a run share a few subjects (a year, a
         * member, a list of codes), so each is translated and encoded once. At most about {@link #MOST_SUBJECTS}:
         * beyond, the pattern's subjects are translated each time.
         */
        final Map<String, byte[]> subjects = new ConcurrentHashMap<>();

        /** The most subjects kept for one pattern: a few kilobytes, however varied the subjects. */
        static final int MOST_SUBJECTS = 64;

        private Encoded(SerializedString @Nullable [] literals, byte @Nullable [][] utf8, boolean empty) {
            this.literals = literals;
            this.utf8 = utf8;
            this.empty = empty;
        }

        static Encoded of(Wording.Parts parts) {
            int count = parts.placeholders() + 1;
            SerializedString[] literals = new SerializedString[count];
            byte[][] utf8 = new byte[count][];
            boolean empty = true;
            for (int i = 0; i < count; i++) {
                String text = parts.literal(i);
                empty &= text.isEmpty();
                if (!plainOrEscapable(text)) {
                    return new Encoded(null, null, empty);
                }
                StringBuilder escaped = new StringBuilder(text.length());
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c == '"' || c == '\\') {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
                utf8[i] = escaped.toString().getBytes(StandardCharsets.UTF_8);
                literals[i] = new SerializedString((i == 0 ? "\"" : "") + escaped + (i == count - 1 ? "\"" : ""));
            }
            return new Encoded(literals, utf8, empty);
        }

        /** Whether every character is written as itself, or as a backslash and itself (a quote, a backslash). */
        private static boolean plainOrEscapable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || Character.isSurrogate(c)) {
                    return false;
                }
            }
            return true;
        }
    }
}
