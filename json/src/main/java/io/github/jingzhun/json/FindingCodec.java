package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.InvalidInputException;
import io.github.jingzhun.household.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A finding as the JSON contract writes it: {@code {rule, passed, observed, threshold, subject, message, messageZh}}.
 * Absent numbers and subject are left out, as are empty messages; when read, they are null and empty again.
 */
final class FindingCodec {

    // Each field name of a finding is spelled once, here: written as encoded text, read and checked by name.
    static final SerializedString RULE = new SerializedString("rule");
    static final SerializedString PASSED = new SerializedString("passed");
    static final SerializedString OBSERVED = new SerializedString("observed");
    static final SerializedString THRESHOLD = new SerializedString("threshold");
    static final SerializedString SUBJECT = new SerializedString("subject");
    static final SerializedString MESSAGE = new SerializedString("message");
    static final SerializedString MESSAGE_ZH = new SerializedString("messageZh");

    static final Set<String> FIELDS = Set.of(RULE.getValue(), PASSED.getValue(), OBSERVED.getValue(),
            THRESHOLD.getValue(), SUBJECT.getValue(), MESSAGE.getValue(), MESSAGE_ZH.getValue());

    private FindingCodec() {}

    /** Writes one finding. */
    static void write(Finding f, JsonGenerator gen) throws IOException {
        write(f, gen, true);
    }

    private static void write(Finding f, JsonGenerator gen, boolean messages) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(RULE);
        gen.writeString(Names.id(f.rule()));
        writeFields(f, gen, messages);
        gen.writeEndObject();
    }

    /** Writes the fields of a finding after its rule, within an object begun by the caller. */
    static void writeFields(Finding f, JsonGenerator gen) throws IOException {
        writeFields(f, gen, true);
    }

    private static void writeFields(Finding f, JsonGenerator gen, boolean messages) throws IOException {
        gen.writeFieldName(PASSED);
        gen.writeBoolean(f.passed());
        // Each number's text is made once, for its field and for both messages.
        String observed = writeNumber(gen, OBSERVED, f.observedText());
        String threshold = writeNumber(gen, THRESHOLD, f.thresholdText());
        String subject = f.subject();
        if (subject != null) {
            gen.writeFieldName(SUBJECT);
            gen.writeString(subject);
        }
        if (messages) {
            MessageWriter.write(gen, MESSAGE, f, false, observed, threshold);
            MessageWriter.write(gen, MESSAGE_ZH, f, true, observed, threshold);
        }
    }

    /** Writes a list of findings as a JSON array. */
    static void writeAll(SerializableString name, List<Finding> findings, JsonGenerator gen) throws IOException {
        writeAll(name, findings, gen, DecisionDetail.FULL);
    }

    /**
     * Writes a list of findings as a JSON array at a level of detail: every finding; only the failed ones, without
     * messages, and nothing when none failed; or nothing at all.
     */
    static void writeAll(SerializableString name, List<Finding> findings, JsonGenerator gen, DecisionDetail detail)
            throws IOException {
        if (!written(findings, detail)) {
            return;
        }
        boolean full = detail == DecisionDetail.FULL;
        gen.writeFieldName(name);
        gen.writeStartArray();
        FindingBytes bytes = FindingBytes.of(gen);
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if ((full || !f.passed()) && (bytes == null || !bytes.write(f, gen, full))) {
                write(f, gen, full);
            }
        }
        gen.writeEndArray();
    }

    /** Whether a list of findings is written at a level of detail: not for outcomes, nor when none failed. */
    static boolean written(List<Finding> findings, DecisionDetail detail) {
        return detail == DecisionDetail.FULL || detail == DecisionDetail.FAILED && anyFailed(findings);
    }

    /** Whether any of the findings failed. */
    static boolean anyFailed(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (!findings.get(i).passed()) {
                return true;
            }
        }
        return false;
    }

    /** Writes a number's field, given as plain text, if it is present; returns the text. */
    private static @Nullable String writeNumber(JsonGenerator gen, SerializableString name, @Nullable String text)
            throws IOException {
        if (text != null) {
            gen.writeFieldName(name);
            gen.writeNumber(text);
        }
        return text;
    }

    /**
     * Reads one finding, adding its problems under its path.
     *
     * @param node the JSON node
     * @param path the finding's path relative to the record
     * @param problems where problems are added
     * @param ctxt the context
     * @return the finding, or null if it has a problem
     */
    static @Nullable Finding read(JsonNode node, String path, List<Problem> problems, DeserializationContext ctxt) {
        int before = problems.size();
        Fields fields = Fields.of(node, path, FIELDS, problems, ctxt);
        Rule rule = fields.value(RULE.getValue(), Rule.class, true);
        Boolean passed = fields.value(PASSED.getValue(), Boolean.class, true);
        BigDecimal observed = fields.decimal(OBSERVED.getValue());
        BigDecimal threshold = fields.decimal(THRESHOLD.getValue());
        String subject = fields.value(SUBJECT.getValue(), String.class, false);
        String message = fields.value(MESSAGE.getValue(), String.class, false);
        String messageZh = fields.value(MESSAGE_ZH.getValue(), String.class, false);
        if (problems.size() > before || rule == null || passed == null) {
            return null;
        }
        return Finding.of(rule, passed, observed, threshold, subject, message == null ? "" : message,
                messageZh == null ? "" : messageZh);
    }

    /** Writes a finding on its own. */
    static final class Serializer extends StdSerializer<Finding> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Finding.class);
        }

        @Override
        public void serialize(Finding value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(value, gen);
        }
    }

    /** Reads a finding on its own, reporting all its problems together. */
    static final class Deserializer extends StdDeserializer<Finding> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Finding.class);
        }

        @Override
        public Finding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ExactTree.read(p);
            List<Problem> problems = new ArrayList<>();
            Finding finding = read(node, "", problems, ctxt);
            if (finding == null) {
                throw problems(p, problems);
            }
            return finding;
        }
    }

    /** A mapping exception carrying problems relative to where it is thrown; Jackson adds the path above. */
    static JsonMappingException problems(JsonParser p, List<Problem> problems) {
        InvalidInputException cause = new InvalidInputException(problems.isEmpty()
                ? List.of(new Problem("", "invalid value")) : problems);
        return JsonMappingException.from(p, cause.getMessage(), cause);
    }
}
