package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Wording;
import java.io.IOException;
import java.util.function.UnaryOperator;
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
        Wording wording = f.wording();
        Wording.Parts parts = chinese ? wording.chineseParts() : wording.englishParts();
        if (parts == null || !plain(gen)) {
            writeString(gen, name, chinese ? f.messageZh() : f.message());
            return;
        }
        Encoded encoded = parts.encoded(Encoded.class, Encoded::of);
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
            String s = f.subject();
            UnaryOperator<String> reads = chinese ? wording.chineseSubject() : wording.englishSubject();
            subject = s == null ? "" : reads.apply(s);
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
        /** Whether every literal part is empty. */
        final boolean empty;

        private Encoded(SerializedString @Nullable [] literals, boolean empty) {
            this.literals = literals;
            this.empty = empty;
        }

        static Encoded of(Wording.Parts parts) {
            int count = parts.placeholders() + 1;
            SerializedString[] literals = new SerializedString[count];
            boolean empty = true;
            for (int i = 0; i < count; i++) {
                String text = parts.literal(i);
                empty &= text.isEmpty();
                if (!plainOrEscapable(text)) {
                    return new Encoded(null, empty);
                }
                StringBuilder raw = new StringBuilder(text.length() + 2);
                if (i == 0) {
                    raw.append('"');
                }
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    if (c == '"' || c == '\\') {
                        raw.append('\\');
                    }
                    raw.append(c);
                }
                if (i == count - 1) {
                    raw.append('"');
                }
                literals[i] = new SerializedString(raw.toString());
            }
            return new Encoded(literals, empty);
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
