package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An audit finding line (audit-finding.schema.json): a finding's fields with the households it involves,
 * {@code {rule, households, passed, observed, threshold, subject, message, messageZh}}. It names households by
 * registry id and members by index, never a name or an ID number.
 */
final class RegistryFindingCodec {

    private static final SerializedString HOUSEHOLDS = new SerializedString("households");

    private RegistryFindingCodec() {}

    /**
     * Writes one finding line's object.
     *
     * @param f the finding
     * @param gen the generator
     * @throws IOException if writing fails
     */
    static void write(RegistryFinding f, JsonGenerator gen) throws IOException {
        Finding finding = f.finding();
        gen.writeStartObject();
        gen.writeFieldName(FindingCodec.RULE);
        gen.writeString(Names.id(finding.rule()));
        gen.writeFieldName(HOUSEHOLDS);
        gen.writeStartArray();
        for (String household : f.households()) {
            gen.writeString(household);
        }
        gen.writeEndArray();
        FindingCodec.writeFields(finding, gen);
        gen.writeEndObject();
    }

    /** Writes a registry finding. */
    static final class Serializer extends StdSerializer<RegistryFinding> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(RegistryFinding.class);
        }

        @Override
        public void serialize(RegistryFinding value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            write(value, gen);
        }
    }

    /** Reads a registry finding, reporting all its problems together. */
    static final class Deserializer extends StdDeserializer<RegistryFinding> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(RegistryFinding.class);
        }

        @Override
        public RegistryFinding deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ExactTree.read(p);
            List<Problem> problems = new ArrayList<>();
            JsonNode households = null;
            if (node.isObject()) {
                ObjectNode finding = ((ObjectNode) node).deepCopy();
                households = finding.remove(HOUSEHOLDS.getValue());
                node = finding;
            }
            Finding finding = FindingCodec.read(node, "", problems, ctxt);
            List<String> ids = households(households, problems);
            if (finding != null && !finding.rule().id().startsWith("AUD-")) {
                problems.add(new Problem(FindingCodec.RULE.getValue(),
                        "an audit finding cites an AUD rule, not " + finding.rule().id()));
            }
            if (finding == null || !problems.isEmpty()) {
                throw FindingCodec.problems(p, problems);
            }
            return new RegistryFinding(ids, finding);
        }

        private static List<String> households(@Nullable JsonNode node, List<Problem> problems) {
            List<String> ids = new ArrayList<>();
            if (node == null || node.isNull()) {
                problems.add(new Problem(HOUSEHOLDS.getValue(), "is required"));
            } else if (!node.isArray() || node.isEmpty()) {
                problems.add(new Problem(HOUSEHOLDS.getValue(), "expected a JSON array of at least one household id"));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    JsonNode id = node.get(i);
                    if (id.isTextual() && !id.asText().isBlank()) {
                        ids.add(id.asText());
                    } else {
                        problems.add(new Problem("households[" + i + "]", "expected a household id as a JSON string"));
                    }
                }
            }
            return ids;
        }
    }
}
