package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.jingzhun.explain.Change;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The optional {@code changes} of a decision, written only when asked for: each change that would flip an outcome
 * (decision.schema.json, {@code $defs/change}).
 */
final class ChangesCodec {

    private ChangesCodec() {}

    /** Writes the {@code changes} field, an array, within the decision object being written. */
    static void write(Explanation explanation, JsonGenerator gen) throws IOException {
        gen.writeFieldName(DecisionCodec.CHANGES);
        gen.writeStartArray();
        for (Change c : explanation.changes()) {
            gen.writeStartObject();
            gen.writeStringField("goal", c.goal().name());
            gen.writeStringField("kind", c.kind().name());
            gen.writeStringField("rule", c.rule().id());
            gen.writeStringField("path", c.path());
            text(gen, "now", c.now());
            text(gen, "needed", c.needed());
            money(gen, "amount", c.amount());
            money(gen, "perPerson", c.perPerson());
            gen.writeStringField("message", c.message());
            gen.writeStringField("messageZh", c.messageZh());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void text(JsonGenerator gen, String name, @Nullable String value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    private static void money(JsonGenerator gen, String name, @Nullable Yuan value) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            Amounts.write(gen, value);
        }
    }
}
