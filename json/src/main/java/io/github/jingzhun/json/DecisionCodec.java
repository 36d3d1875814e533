package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.Decision;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.identification.Exclusion;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorResult;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.measure.Measure;
import io.github.jingzhun.measure.MeasureCategory;
import io.github.jingzhun.measure.MeasurePlan;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.procedure.Step;
import java.io.IOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A decision as JSON.md writes it. Besides the fields JSON.md shows, the decision carries, as new optional fields:
 * {@code identification.netIncome}, {@code standard}, {@code gaps}, {@code derivedCauses} and {@code exclusions};
 * {@code indicatorFindings} (the findings of each indicator); {@code measureFindings}; and
 * {@code exit.monitorOnExit} and {@code exit.remainingSteps}. When reading, an absent optional field takes the
 * value stated in the JSON Schema (decision.schema.json).
 */
final class DecisionCodec {

    private static final Set<String> DECISION_FIELDS = Set.of("household", "year", "identification", "indicators",
            "indicatorFindings", "measures", "measureFindings", "exit", "monitoring", "audit");
    private static final Set<String> IDENTIFICATION_FIELDS = Set.of("year", "outcome", "type", "netIncome",
            "perCapitaIncome", "line", "standard", "gaps", "derivedCauses", "exclusions", "findings");
    private static final Set<String> MEASURE_FIELDS = Set.of("category", "rule", "priority", "addresses");
    private static final Set<String> EXIT_FIELDS = Set.of("eligible", "monitorOnExit", "remainingSteps", "findings");
    private static final Set<String> MONITORING_FIELDS = Set.of("monitored", "category", "findings");
    private static final Set<String> INDICATOR_NAMES = names(Indicator.class);

    private DecisionCodec() {}

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> names = new HashSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return Set.copyOf(names);
    }

    /** Writes a decision. */
    static final class Serializer extends StdSerializer<Decision> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Decision.class);
        }

        @Override
        public void serialize(Decision d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("household", d.household());
            gen.writeNumberField("year", d.year().getValue());
            writeIdentification(d, gen);
            gen.writeObjectFieldStart("indicators");
            for (IndicatorResult r : d.indicators().results()) {
                gen.writeStringField(r.indicator().name(), r.status().name());
            }
            gen.writeEndObject();
            gen.writeObjectFieldStart("indicatorFindings");
            for (IndicatorResult r : d.indicators().results()) {
                FindingCodec.writeAll(r.indicator().name(), r.findings(), gen);
            }
            gen.writeEndObject();
            gen.writeArrayFieldStart("measures");
            for (Measure m : d.measures().measures()) {
                gen.writeStartObject();
                gen.writeStringField("category", m.category().name());
                gen.writeStringField("rule", m.rule().id());
                gen.writeNumberField("priority", m.priority());
                gen.writeArrayFieldStart("addresses");
                for (String a : m.addresses()) {
                    gen.writeString(a);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            FindingCodec.writeAll("measureFindings", d.measures().findings(), gen);
            ExitDecision exit = d.exit();
            gen.writeObjectFieldStart("exit");
            gen.writeBooleanField("eligible", exit.eligible());
            gen.writeBooleanField("monitorOnExit", exit.monitorOnExit());
            writeNames(gen, "remainingSteps", exit.remainingSteps());
            FindingCodec.writeAll("findings", exit.findings(), gen);
            gen.writeEndObject();
            MonitoringDecision monitoring = d.monitoring();
            gen.writeObjectFieldStart("monitoring");
            gen.writeBooleanField("monitored", monitoring.monitored());
            writeName(gen, "category", monitoring.category());
            FindingCodec.writeAll("findings", monitoring.findings(), gen);
            gen.writeEndObject();
            FindingCodec.writeAll("audit", d.audit(), gen);
            gen.writeEndObject();
        }

        private static void writeIdentification(Decision d, JsonGenerator gen) throws IOException {
            Identification id = d.identification();
            gen.writeObjectFieldStart("identification");
            if (!id.year().equals(d.year())) {
                gen.writeNumberField("year", id.year().getValue());
            }
            gen.writeStringField("outcome", id.outcome().name());
            writeName(gen, "type", id.type());
            writeMoney(gen, "netIncome", id.netIncome());
            writeMoney(gen, "perCapitaIncome", id.perCapitaIncome());
            writeMoney(gen, "line", id.line());
            gen.writeStringField("standard", id.standard().name());
            writeNames(gen, "gaps", id.gaps());
            writeNames(gen, "derivedCauses", id.derivedCauses());
            writeNames(gen, "exclusions", id.exclusions());
            FindingCodec.writeAll("findings", id.findings(), gen);
            gen.writeEndObject();
        }

        private static void writeMoney(JsonGenerator gen, String name, Yuan amount) throws IOException {
            gen.writeFieldName(name);
            gen.writeNumber(amount.toString());
        }

        private static void writeName(JsonGenerator gen, String name, @Nullable Enum<?> value) throws IOException {
            if (value == null) {
                gen.writeNullField(name);
            } else {
                gen.writeStringField(name, value.name());
            }
        }

        private static void writeNames(JsonGenerator gen, String name, Iterable<? extends Enum<?>> values)
                throws IOException {
            gen.writeArrayFieldStart(name);
            for (Enum<?> v : values) {
                gen.writeString(v.name());
            }
            gen.writeEndArray();
        }
    }

    /** Reads a decision, reporting every problem of it together. */
    static final class Deserializer extends StdDeserializer<Decision> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Decision.class);
        }

        @Override
        public Decision deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ExactTree.read(p);
            List<Problem> problems = new ArrayList<>();
            Decision decision = read(node, problems, ctxt);
            if (decision == null || !problems.isEmpty()) {
                throw FindingCodec.problems(p, problems);
            }
            return decision;
        }

        private static @Nullable Decision read(JsonNode node, List<Problem> problems, DeserializationContext ctxt)
                throws IOException {
            Fields top = Fields.of(node, "", DECISION_FIELDS, problems, ctxt);
            String household = top.value("household", String.class, true);
            Year year = top.value("year", Year.class, true);
            IndicatorReport indicators = indicators(top);
            Identification identification = identification(top, year, indicators);
            MeasurePlan measures = measures(top);
            ExitDecision exit = exit(top);
            MonitoringDecision monitoring = monitoring(top);
            List<Finding> audit = findings(top, "audit");
            if (!problems.isEmpty() || household == null || year == null || identification == null
                    || indicators == null || measures == null || exit == null || monitoring == null) {
                return null;
            }
            return new Decision(household, year, identification, indicators, measures, exit, monitoring, audit);
        }

        private static List<Finding> findings(Fields fields, String name) throws IOException {
            return fields.list(name, (n, at) -> FindingCodec.read(n, at, fields.problems(), fields.context()));
        }

        private static @Nullable Fields object(Fields parent, String name, Set<String> known, boolean required) {
            JsonNode node = parent.get(name);
            if (node == null) {
                if (required) {
                    parent.problems().add(new Problem(parent.pathOf(name), "is required"));
                }
                return null;
            }
            return Fields.of(node, parent.pathOf(name), known, parent.problems(), parent.context());
        }

        private static @Nullable Identification identification(Fields top, @Nullable Year year,
                @Nullable IndicatorReport indicators) throws IOException {
            Fields f = object(top, "identification", IDENTIFICATION_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Year own = f.value("year", Year.class, false);
            Outcome outcome = f.value("outcome", Outcome.class, true);
            HouseholdType type = f.value("type", HouseholdType.class, false);
            Yuan netIncome = f.value("netIncome", Yuan.class, false);
            Yuan perCapita = f.value("perCapitaIncome", Yuan.class, true);
            Yuan line = f.value("line", Yuan.class, true);
            Standard standard = f.value("standard", Standard.class, false);
            List<Indicator> gaps = f.get("gaps") == null && indicators != null ? indicators.gaps()
                    : f.values("gaps", Indicator.class);
            List<Cause> derived = f.values("derivedCauses", Cause.class);
            List<Exclusion> exclusions = f.values("exclusions", Exclusion.class);
            List<Finding> findings = findings(f, "findings");
            if (f.problems().size() > before || outcome == null || perCapita == null || line == null
                    || (own == null && year == null)) {
                return null;
            }
            return new Identification(own != null ? own : year, outcome, type,
                    netIncome == null ? Yuan.ZERO : netIncome, perCapita, line,
                    standard == null ? Standard.NATIONAL : standard, gaps, enumSet(Cause.class, derived),
                    enumSet(Exclusion.class, exclusions), findings);
        }

        private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<E> values) {
            Set<E> set = EnumSet.noneOf(type);
            set.addAll(values);
            return set;
        }

        private static @Nullable IndicatorReport indicators(Fields top) throws IOException {
            Fields statuses = object(top, "indicators", INDICATOR_NAMES, true);
            Fields findings = object(top, "indicatorFindings", INDICATOR_NAMES, false);
            if (statuses == null) {
                return null;
            }
            int before = top.problems().size();
            List<IndicatorResult> results = new ArrayList<>();
            for (Indicator indicator : Indicator.values()) {
                IndicatorStatus status = statuses.value(indicator.name(), IndicatorStatus.class, true);
                List<Finding> list = findings == null ? List.of() : findings(findings, indicator.name());
                if (status != null) {
                    results.add(new IndicatorResult(indicator, status, list));
                }
            }
            return top.problems().size() > before ? null : IndicatorReport.of(results);
        }

        private static @Nullable MeasurePlan measures(Fields top) throws IOException {
            if (top.get("measures") == null) {
                top.problems().add(new Problem(top.pathOf("measures"), "is required"));
                return null;
            }
            int before = top.problems().size();
            List<Measure> measures = top.list("measures", (n, at) -> {
                Fields m = Fields.of(n, at, MEASURE_FIELDS, top.problems(), top.context());
                int start = top.problems().size();
                MeasureCategory category = m.value("category", MeasureCategory.class, true);
                Rule rule = m.value("rule", Rule.class, true);
                Integer priority = m.value("priority", Integer.class, true);
                List<String> addresses = m.values("addresses", String.class);
                if (top.problems().size() > start || category == null || rule == null || priority == null) {
                    return null;
                }
                return new Measure(category, rule, priority, addresses);
            });
            List<Finding> findings = findings(top, "measureFindings");
            return top.problems().size() > before ? null : new MeasurePlan(measures, findings);
        }

        private static @Nullable ExitDecision exit(Fields top) throws IOException {
            Fields f = object(top, "exit", EXIT_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Boolean eligible = f.value("eligible", Boolean.class, true);
            boolean monitorOnExit = f.bool("monitorOnExit", false, false);
            List<Step> steps = f.values("remainingSteps", Step.class);
            List<Finding> findings = findings(f, "findings");
            if (f.problems().size() > before || eligible == null) {
                return null;
            }
            return new ExitDecision(eligible, monitorOnExit, steps, findings);
        }

        private static @Nullable MonitoringDecision monitoring(Fields top) throws IOException {
            Fields f = object(top, "monitoring", MONITORING_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Boolean monitored = f.value("monitored", Boolean.class, true);
            MonitoringCategory category = f.value("category", MonitoringCategory.class, false);
            List<Finding> findings = findings(f, "findings");
            if (f.problems().size() > before || monitored == null) {
                return null;
            }
            if (monitored != (category != null)) {
                f.problems().add(new Problem(f.path(), "a monitored household has a category, and only then"));
                return null;
            }
            return new MonitoringDecision(monitored, category, findings);
        }
    }
}
