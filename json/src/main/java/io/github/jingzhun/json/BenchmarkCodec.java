package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.money.Yuan;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A province's benchmark for ID-V-1 (benchmark.schema.json): {@code {schemaVersion, province, year,
 * ruralIncidencePercent, ruralPerCapitaIncome, source}}, the published figures of a province for an income year.
 * A benchmark computed from the registry is written with {@code "published": false} and its computed source, and
 * is refused when read: computed figures are never read back as published ones.
 */
final class BenchmarkCodec {

    static final Set<String> FIELDS = Set.of(SchemaVersion.FIELD, "province", "year", "ruralIncidencePercent",
            "ruralPerCapitaIncome", "source", "published");

    private BenchmarkCodec() {}

    /** Writes a benchmark's fields into the object being written. */
    static void writeFields(ProvincialBenchmark b, JsonGenerator gen) throws IOException {
        gen.writeStringField("province", b.province().toString());
        gen.writeNumberField("year", b.year().getValue());
        gen.writeFieldName("ruralIncidencePercent");
        gen.writeNumber(b.ruralIncidencePercent().toPlainString());
        gen.writeFieldName("ruralPerCapitaIncome");
        gen.writeNumber(b.ruralPerCapitaIncome().toString());
        gen.writeStringField("source", b.source());
    }

    /** Writes a benchmark as a record. */
    static final class Serializer extends StdSerializer<ProvincialBenchmark> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(ProvincialBenchmark.class);
        }

        @Override
        public void serialize(ProvincialBenchmark b, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeStartObject();
            gen.writeNumberField(SchemaVersion.FIELD, SchemaVersion.CURRENT);
            writeFields(b, gen);
            if (!b.isPublished()) {
                gen.writeBooleanField("published", false);
            }
            gen.writeEndObject();
        }
    }

    /** Reads a benchmark, reporting all its problems together. */
    static final class Deserializer extends StdDeserializer<ProvincialBenchmark> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(ProvincialBenchmark.class);
        }

        @Override
        public ProvincialBenchmark deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ExactTree.read(p);
            List<Problem> problems = new ArrayList<>();
            Fields fields = Fields.of(node, "", FIELDS, problems, ctxt);
            JsonNode version = fields.get(SchemaVersion.FIELD);
            String versionProblem = version == null ? null : SchemaVersion.problem(version);
            if (versionProblem != null) {
                problems.add(new Problem(SchemaVersion.FIELD, versionProblem));
            }
            ProvinceCode province = fields.value("province", ProvinceCode.class, true);
            Year year = fields.value("year", Year.class, true);
            BigDecimal incidence = fields.decimal("ruralIncidencePercent");
            if (incidence == null && fields.get("ruralIncidencePercent") == null) {
                problems.add(new Problem("ruralIncidencePercent", "is required"));
            }
            Yuan income = fields.value("ruralPerCapitaIncome", Yuan.class, true);
            String source = fields.value("source", String.class, true);
            if (Boolean.FALSE.equals(fields.value("published", Boolean.class, false))) {
                problems.add(new Problem("published", "figures computed from the registry are not read as a "
                        + "province's published benchmark"));
            }
            // each figure read is checked, whatever else is wrong
            problems.addAll(ProvincialBenchmark.problemsOfFigures(incidence, income, source));
            if (!problems.isEmpty() || province == null || year == null || incidence == null || income == null
                    || source == null) {
                throw FindingCodec.problems(p, problems);
            }
            return ProvincialBenchmark.published(province, year, incidence, income, source);
        }
    }
}
