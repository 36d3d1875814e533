package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link DecisionCodec} writes a decision: a generator, token by token ({@link Tokens}), or, for a plain UTF-8
 * generator, the bytes it would write, made in a buffer and given to it at once ({@link FindingBytes}). Token by
 * token, the generator's checks of where it stands in the document cost more than the bytes of a decision's outcomes.
 */
abstract class DecisionOut {

    abstract void startObject() throws IOException;

    abstract void endObject() throws IOException;

    abstract void startArray() throws IOException;

    abstract void endArray() throws IOException;

    abstract void name(SerializableString name) throws IOException;

    /** A string whose text is already encoded: an enum constant's name or a rule's id. */
    abstract void string(SerializableString text) throws IOException;

    abstract void string(String text) throws IOException;

    abstract void number(int value) throws IOException;

    abstract void bool(boolean value) throws IOException;

    abstract void nul() throws IOException;

    abstract void money(Yuan amount) throws IOException;

    /** A list of findings at a level of detail, as {@link FindingCodec} writes them. */
    abstract void findings(SerializableString name, List<Finding> findings, DecisionDetail detail) throws IOException;

    /** A field naming a constant, or null. */
    final void name(SerializableString name, @Nullable Enum<?> value) throws IOException {
        name(name);
        if (value == null) {
            nul();
        } else {
            string(Names.of(value));
        }
    }

    /** A field listing constants. */
    final void names(SerializableString name, Collection<? extends Enum<?>> values) throws IOException {
        name(name);
        startArray();
        // Lists are walked by index: an iterator for each of a decision's lists was most of what writing allocated.
        if (values instanceof List<? extends Enum<?>> list) {
            for (int i = 0; i < list.size(); i++) {
                string(Names.of(list.get(i)));
            }
        } else if (!values.isEmpty()) {
            for (Enum<?> v : values) {
                string(Names.of(v));
            }
        }
        endArray();
    }

    /** A field holding a date, or null. */
    final void date(SerializableString name, @Nullable LocalDate date) throws IOException {
        name(name);
        if (date == null) {
            nul();
        } else {
            string(date.toString());
        }
    }

    /** A generator, written token by token. */
    static final class Tokens extends DecisionOut {

        private final JsonGenerator gen;
        private final char[] digits = Amounts.buffer();

        Tokens(JsonGenerator gen) {
            this.gen = gen;
        }

        /** The generator, for what is written only token by token. */
        JsonGenerator generator() {
            return gen;
        }

        @Override
        void startObject() throws IOException {
            gen.writeStartObject();
        }

        @Override
        void endObject() throws IOException {
            gen.writeEndObject();
        }

        @Override
        void startArray() throws IOException {
            gen.writeStartArray();
        }

        @Override
        void endArray() throws IOException {
            gen.writeEndArray();
        }

        @Override
        void name(SerializableString name) throws IOException {
            gen.writeFieldName(name);
        }

        @Override
        void string(SerializableString text) throws IOException {
            gen.writeString(text);
        }

        @Override
        void string(String text) throws IOException {
            gen.writeString(text);
        }

        @Override
        void number(int value) throws IOException {
            gen.writeNumber(value);
        }

        @Override
        void bool(boolean value) throws IOException {
            gen.writeBoolean(value);
        }

        @Override
        void nul() throws IOException {
            gen.writeNull();
        }

        @Override
        void money(Yuan amount) throws IOException {
            Amounts.write(gen, amount, digits);
        }

        @Override
        void findings(SerializableString name, List<Finding> findings, DecisionDetail detail) throws IOException {
            FindingCodec.writeAll(name, findings, gen, detail);
        }
    }
}
