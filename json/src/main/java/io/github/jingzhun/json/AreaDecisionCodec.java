package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.CountyDecision;
import io.github.jingzhun.VillageDecision;
import io.github.jingzhun.area.Village;
import io.github.jingzhun.exit.County;
import io.github.jingzhun.exit.CountyExit;
import io.github.jingzhun.exit.EvaluationRates;
import io.github.jingzhun.exit.VillageExit;
import io.github.jingzhun.identification.Incidence;
import io.github.jingzhun.identification.ProvincialBenchmark;
import io.github.jingzhun.identification.VillageIdentification;
import io.github.jingzhun.procedure.Step;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decisions on a village or a county as one JSON object each (area-decision.schema.json): a village's has
 * {@code village}, a county's {@code county}; both say what was read ({@code households}, {@code persons},
 * {@code registeredPersons}, {@code incidence}), carry their decisions with findings — or {@code null} with the
 * finding that says why not — and end with {@code findings} on what the decisions rest on. Every field is written;
 * an absent value as {@code null}.
 */
final class AreaDecisionCodec {

    private AreaDecisionCodec() {}

    /** Writes a village's decisions. */
    static final class VillageSerializer extends StdSerializer<VillageDecision> {
        private static final long serialVersionUID = 1L;

        VillageSerializer() {
            super(VillageDecision.class);
        }

        @Override
        public void serialize(VillageDecision d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Village facts = d.facts();
            gen.writeStartObject();
            gen.writeStringField("village", d.village().toString());
            gen.writeStringField("county", d.village().county().toString());
            gen.writeNumberField("year", d.year().getValue());
            gen.writeBooleanField("onRecord", facts != null);
            gen.writeFieldName("status");
            if (facts == null) {
                gen.writeNull();
            } else {
                gen.writeString(facts.getStatus().getState().name());
            }
            counts(d.households(), d.persons(), d.registeredPersons(), d.incidence(), gen);
            identification(d.identification(), gen);
            exit(d.exit(), facts, gen);
            FindingCodec.writeAll(AUDIT, d.audit(), gen);
            FindingCodec.writeAll(FINDINGS, d.findings(), gen);
            gen.writeEndObject();
        }
    }

    /** Writes a county's decisions. */
    static final class CountySerializer extends StdSerializer<CountyDecision> {
        private static final long serialVersionUID = 1L;

        CountySerializer() {
            super(CountyDecision.class);
        }

        @Override
        public void serialize(CountyDecision d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            County facts = d.facts();
            gen.writeStartObject();
            gen.writeStringField("county", d.county().toString());
            gen.writeNumberField("year", d.year().getValue());
            gen.writeBooleanField("onRecord", facts != null);
            gen.writeBooleanField("designated", facts != null && facts.isDesignated());
            year("applicationYear", facts == null ? null : facts.getApplicationYear(), gen);
            year("exitYear", facts == null ? null : facts.getExitYear(), gen);
            gen.writeNumberField("villages", d.villages());
            counts(d.households(), d.persons(), d.registeredPersons(), d.incidence(), gen);
            countyExit(d.exit(), gen);
            FindingCodec.writeAll(AUDIT, d.audit(), gen);
            FindingCodec.writeAll(FINDINGS, d.findings(), gen);
            gen.writeEndObject();
        }
    }

    private static final SerializedString AUDIT = new SerializedString("audit");
    private static final SerializedString FINDINGS = new SerializedString("findings");

    private static void counts(long households, long persons, long registered, @Nullable Incidence incidence,
            JsonGenerator gen) throws IOException {
        gen.writeNumberField("households", households);
        gen.writeNumberField("persons", persons);
        gen.writeNumberField("registeredPersons", registered);
        gen.writeFieldName("incidence");
        if (incidence == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        decimal("percent", incidence.percent(), gen);
        gen.writeNumberField("registeredPersons", incidence.poorPersons());
        gen.writeNumberField("population", incidence.population());
        gen.writeEndObject();
    }

    private static void identification(@Nullable VillageIdentification v, JsonGenerator gen) throws IOException {
        gen.writeFieldName("identification");
        if (v == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeBooleanField("poor", v.poor());
        decimal("incidencePercent", v.incidencePercent(), gen);
        decimal("perCapitaIncome", v.perCapitaIncome().toBigDecimal(), gen);
        ProvincialBenchmark b = v.benchmark();
        gen.writeFieldName("benchmark");
        gen.writeStartObject();
        BenchmarkCodec.writeFields(b, gen);
        gen.writeBooleanField("published", b.isPublished());
        gen.writeEndObject();
        FindingCodec.writeAll(FINDINGS, v.findings(), gen);
        gen.writeEndObject();
    }

    private static void exit(@Nullable VillageExit exit, @Nullable Village facts, JsonGenerator gen)
            throws IOException {
        gen.writeFieldName("exit");
        if (exit == null || facts == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeBooleanField("eligible", exit.eligible());
        decimal("incidencePercent", exit.incidencePercent(), gen);
        gen.writeFieldName("facilities");
        gen.writeStartObject();
        gen.writeBooleanField("hardenedRoad", facts.isHardenedRoad());
        gen.writeBooleanField("electricity", facts.isElectricity());
        gen.writeBooleanField("safeWater", facts.isSafeWater());
        gen.writeBooleanField("clinic", facts.isClinic());
        decimal("collectiveIncome", facts.getCollectiveIncome().toBigDecimal(), gen);
        gen.writeEndObject();
        FindingCodec.writeAll(FINDINGS, exit.findings(), gen);
        gen.writeEndObject();
    }

    private static void countyExit(@Nullable CountyExit exit, JsonGenerator gen) throws IOException {
        gen.writeFieldName("exit");
        if (exit == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeBooleanField("eligible", exit.eligible());
        decimal("incidencePercent", exit.incidencePercent(), gen);
        EvaluationRates rates = exit.evaluation();
        gen.writeFieldName("evaluation");
        if (rates == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject();
            decimal("wrongExitPercent", rates.wrongExitPercent(), gen);
            decimal("missedIdentificationPercent", rates.missedIdentificationPercent(), gen);
            decimal("recognitionPercent", rates.recognitionPercent(), gen);
            gen.writeEndObject();
        }
        steps(exit.remainingSteps(), gen);
        year("transitionEnd", exit.transitionEnd(), gen);
        FindingCodec.writeAll(FINDINGS, exit.findings(), gen);
        gen.writeEndObject();
    }

    private static void steps(List<Step> steps, JsonGenerator gen) throws IOException {
        gen.writeFieldName("remainingSteps");
        gen.writeStartArray();
        for (Step s : steps) {
            gen.writeString(Names.of(s));
        }
        gen.writeEndArray();
    }

    private static void year(String name, @Nullable Year year, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        if (year == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(year.getValue());
        }
    }

    private static void decimal(String name, BigDecimal value, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        gen.writeNumber(value.toPlainString());
    }
}
