package io.github.jingzhun.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.jingzhun.Decision;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.explain.Explanation;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.household.RegistryId;
import io.github.jingzhun.identification.Exclusion;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.IndicatorResult;
import io.github.jingzhun.indicator.IndicatorStatus;
import io.github.jingzhun.measure.Measure;
import io.github.jingzhun.measure.MeasurePlan;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.monitoring.MonitoringCase;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RiskReview;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.procedure.Step;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the JSON contract writes it. Besides its first fields, the decision carries, as optional fields
 * added within version 1:
 * {@code identification.netIncome}, {@code standard}, {@code gaps}, {@code derivedCauses} and {@code exclusions};
 * {@code indicatorFindings} (the findings of each indicator); {@code measureFindings}; and
 * {@code exit.monitorOnExit} and {@code exit.remainingSteps}; and, for a household with a monitoring history,
 * {@code monitoring.riskElimination} (MON-4). When reading, an absent optional field takes the value stated in the
 * JSON Schema (decision.schema.json).
 */
final class DecisionCodec {

    // Each field name of the contract is spelled once, here: written as encoded text, read and checked by name.
    private static final SerializedString HOUSEHOLD = new SerializedString("household");
    private static final SerializedString YEAR = new SerializedString("year");
    private static final SerializedString DETAIL = new SerializedString("detail");
    private static final SerializedString IDENTIFICATION = new SerializedString("identification");
    private static final SerializedString INDICATORS = new SerializedString("indicators");
    private static final SerializedString INDICATOR_FINDINGS = new SerializedString("indicatorFindings");
    private static final SerializedString MEASURES = new SerializedString("measures");
    private static final SerializedString MEASURE_FINDINGS = new SerializedString("measureFindings");
    private static final SerializedString CATEGORY = new SerializedString("category");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString PRIORITY = new SerializedString("priority");
    private static final SerializedString ADDRESSES = new SerializedString("addresses");
    private static final SerializedString EXIT = new SerializedString("exit");
    private static final SerializedString ELIGIBLE = new SerializedString("eligible");
    private static final SerializedString MONITOR_ON_EXIT = new SerializedString("monitorOnExit");
    private static final SerializedString REMAINING_STEPS = new SerializedString("remainingSteps");
    private static final SerializedString FINDINGS = new SerializedString("findings");
    private static final SerializedString MONITORING = new SerializedString("monitoring");
    private static final SerializedString MONITORED = new SerializedString("monitored");
    private static final SerializedString RISK_ELIMINATION = new SerializedString("riskElimination");
    private static final SerializedString ELIMINATED = new SerializedString("eliminated");
    private static final SerializedString MONITORED_SINCE = new SerializedString("monitoredSince");
    private static final SerializedString INCOME_STABLE_SINCE = new SerializedString("incomeStableSince");
    private static final SerializedString ELIMINATED_ON = new SerializedString("eliminatedOn");
    private static final SerializedString AUDIT = new SerializedString("audit");
    /** The optional last field, which a reader of decisions ignores ({@link ChangesCodec}). */
    static final SerializedString CHANGES = new SerializedString("changes");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString NET_INCOME = new SerializedString("netIncome");
    private static final SerializedString PER_CAPITA_INCOME = new SerializedString("perCapitaIncome");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString STANDARD = new SerializedString("standard");
    private static final SerializedString GAPS = new SerializedString("gaps");
    private static final SerializedString DERIVED_CAUSES = new SerializedString("derivedCauses");
    private static final SerializedString EXCLUSIONS = new SerializedString("exclusions");

    private static final Set<String> DECISION_FIELDS = names(HOUSEHOLD, YEAR, DETAIL, IDENTIFICATION, INDICATORS,
            INDICATOR_FINDINGS, MEASURES, MEASURE_FINDINGS, EXIT, MONITORING, AUDIT, CHANGES);
    private static final Set<String> IDENTIFICATION_FIELDS = names(YEAR, OUTCOME, TYPE, NET_INCOME, PER_CAPITA_INCOME,
            LINE, STANDARD, GAPS, DERIVED_CAUSES, EXCLUSIONS, FINDINGS);
    private static final Set<String> MEASURE_FIELDS = names(CATEGORY, RULE, PRIORITY, ADDRESSES);
    private static final Set<String> EXIT_FIELDS = names(ELIGIBLE, MONITOR_ON_EXIT, REMAINING_STEPS, FINDINGS);
    private static final Set<String> MONITORING_FIELDS = names(MONITORED, CATEGORY, FINDINGS, RISK_ELIMINATION);
    private static final Set<String> RISK_FIELDS = names(ELIMINATED, CATEGORY, MONITORED_SINCE, INCOME_STABLE_SINCE,
            ELIMINATED_ON, FINDINGS);
    private static final Set<String> INDICATOR_NAMES = names(Indicator.class);
    // Written six times a decision each: by ordinal, without looking the enum's names up by class every time.
    private static final SerializableString[] INDICATORS_ENCODED = encoded(Indicator.values());
    private static final SerializableString[] STATUSES_ENCODED = encoded(IndicatorStatus.values());

    private DecisionCodec() {}

    private static Set<String> names(SerializableString... fields) {
        Set<String> names = new HashSet<>();
        for (SerializableString f : fields) {
            names.add(f.getValue());
        }
        return Set.copyOf(names);
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        Set<String> names = new HashSet<>();
        for (Enum<?> e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return Set.copyOf(names);
    }

    private static SerializableString[] encoded(Enum<?>[] constants) {
        SerializableString[] names = new SerializableString[constants.length];
        for (Enum<?> c : constants) {
            names[c.ordinal()] = Names.of(c);
        }
        return names;
    }

    /** Writes a decision. */
    static final class Serializer extends StdSerializer<Decision> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(Decision.class);
        }

        @Override
        public void serialize(Decision d, JsonGenerator gen, SerializerProvider provider) throws IOException {
            write(d, gen, DecisionDetail.FULL, null);
        }
    }


    /**
     * Writes a decision at a level of detail, field names and names of constants as encoded text; for a plain UTF-8
     * generator, as bytes made beforehand ({@link FindingBytes}). Below {@link DecisionDetail#FULL} the decision
     * names its level, and findings are written by
     * {@link FindingCodec#writeAll(SerializableString, List, JsonGenerator, DecisionDetail)}.
     *
     * @param d the decision
     * @param gen the generator
     * @param detail how much to write
     * @param changes the changes that would flip the decision's outcomes, written last; null for none
     * @throws IOException if writing fails
     */
    static void write(Decision d, JsonGenerator gen, DecisionDetail detail, @Nullable Explanation changes)
            throws IOException {
        FindingBytes bytes = changes == null ? FindingBytes.of(gen) : null;
        if (bytes != null && bytes.write(d, detail, gen)) {
            return;
        }
        gen.writeStartObject();
        fields(d, new DecisionOut.Tokens(gen), detail);
        if (changes != null) {
            ChangesCodec.write(changes, gen);
        }
        gen.writeEndObject();
    }

    /** Writes the fields of a decision, within an object begun by the caller. */
    static void fields(Decision d, DecisionOut out, DecisionDetail detail) throws IOException {
        out.name(HOUSEHOLD);
        out.string(d.household());
        out.name(YEAR);
        out.number(d.year().getValue());
        if (detail != DecisionDetail.FULL) {
            out.name(DETAIL);
            out.string(Names.of(detail));
        }
        writeIdentification(d, out, detail);
        out.name(INDICATORS);
        out.startObject();
        // Lists are walked by index: an iterator for each of a decision's lists was most of what writing allocated.
        List<IndicatorResult> results = d.indicators().results();
        for (int i = 0; i < results.size(); i++) {
            IndicatorResult r = results.get(i);
            out.name(INDICATORS_ENCODED[r.indicator().ordinal()]);
            out.string(STATUSES_ENCODED[r.status().ordinal()]);
        }
        out.endObject();
        if (detail != DecisionDetail.OUTCOMES) {
            writeIndicatorFindings(d.indicators(), out, detail);
        }
        out.name(MEASURES);
        out.startArray();
        List<Measure> measures = d.measures().measures();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            out.startObject();
            out.name(CATEGORY);
            out.string(Names.of(m.category()));
            out.name(RULE);
            out.string(Names.id(m.rule()));
            out.name(PRIORITY);
            out.number(m.priority());
            out.name(ADDRESSES);
            out.startArray();
            List<String> addresses = m.addresses();
            for (int k = 0; k < addresses.size(); k++) {
                out.string(addresses.get(k));
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
        out.findings(MEASURE_FINDINGS, d.measures().findings(), detail);
        ExitDecision exit = d.exit();
        out.name(EXIT);
        out.startObject();
        out.name(ELIGIBLE);
        out.bool(exit.eligible());
        out.name(MONITOR_ON_EXIT);
        out.bool(exit.monitorOnExit());
        out.names(REMAINING_STEPS, exit.remainingSteps());
        out.findings(FINDINGS, exit.findings(), detail);
        out.endObject();
        MonitoringDecision monitoring = d.monitoring();
        out.name(MONITORING);
        out.startObject();
        out.name(MONITORED);
        out.bool(monitoring.monitored());
        out.name(CATEGORY, monitoring.category());
        out.findings(FINDINGS, monitoring.findings(), detail);
        RiskReview review = monitoring.riskElimination();
        if (review != null) {
            writeRiskElimination(review, out, detail);
        }
        out.endObject();
        out.findings(AUDIT, d.audit(), detail);
    }

    /** The findings of each indicator; at {@link DecisionDetail#FAILED}, the object is left out if none failed. */
    private static void writeIndicatorFindings(IndicatorReport indicators, DecisionOut out, DecisionDetail detail)
            throws IOException {
        boolean started = false;
        List<IndicatorResult> results = indicators.results();
        for (int i = 0; i < results.size(); i++) {
            IndicatorResult r = results.get(i);
            if (!started && (detail == DecisionDetail.FULL || FindingCodec.anyFailed(r.findings()))) {
                out.name(INDICATOR_FINDINGS);
                out.startObject();
                started = true;
            }
            if (started) {
                out.findings(INDICATORS_ENCODED[r.indicator().ordinal()], r.findings(), detail);
            }
        }
        if (started) {
            out.endObject();
        } else if (detail == DecisionDetail.FULL) {
            out.name(INDICATOR_FINDINGS);
            out.startObject();
            out.endObject();
        }
    }

    private static void writeIdentification(Decision d, DecisionOut out, DecisionDetail detail) throws IOException {
        Identification id = d.identification();
        out.name(IDENTIFICATION);
        out.startObject();
        if (!id.year().equals(d.year())) {
            out.name(YEAR);
            out.number(id.year().getValue());
        }
        out.name(OUTCOME);
        out.string(Names.of(id.outcome()));
        out.name(TYPE, id.type());
        out.name(NET_INCOME);
        out.money(id.netIncome());
        out.name(PER_CAPITA_INCOME);
        out.money(id.perCapitaIncome());
        out.name(LINE);
        out.money(id.line());
        out.name(STANDARD);
        out.string(Names.of(id.standard()));
        // Identification's findings are built when first asked for, unlike the other parts' lazy lists, and decide
        // the derived causes on the way: asked for first when written, not at all for outcomes.
        List<Finding> findings = detail == DecisionDetail.OUTCOMES ? List.of() : id.findings();
        out.names(GAPS, id.gaps());
        out.names(DERIVED_CAUSES, id.derivedCauses());
        out.names(EXCLUSIONS, id.exclusions());
        out.findings(FINDINGS, findings, detail);
        out.endObject();
    }

    /** Writes MON-4's review: whether eliminated, the case reviewed, and the findings. */
    private static void writeRiskElimination(RiskReview review, DecisionOut out, DecisionDetail detail)
            throws IOException {
        MonitoringCase c = review.monitoringCase();
        out.name(RISK_ELIMINATION);
        out.startObject();
        out.name(ELIMINATED);
        out.bool(c.isEliminated());
        out.name(CATEGORY, c.category());
        out.date(MONITORED_SINCE, c.monitoredSince());
        out.date(INCOME_STABLE_SINCE, c.incomeStableSince());
        out.date(ELIMINATED_ON, c.eliminatedOn());
        out.findings(FINDINGS, review.findings(), detail);
        out.endObject();
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
            String household = top.value(HOUSEHOLD.getValue(), String.class, true);
            // what a decision prints is a household id, as the household's own record has it
            String idProblem = household == null ? null : RegistryId.problem(household, RegistryId.HOUSEHOLD_PRINTED);
            if (idProblem != null) {
                problems.add(new Problem(top.pathOf(HOUSEHOLD.getValue()), idProblem));
            }
            Year year = top.value(YEAR.getValue(), Year.class, true);
            top.value(DETAIL.getValue(), DecisionDetail.class, false); // checked; what was left out reads as empty
            IndicatorReport indicators = indicators(top);
            Identification identification = identification(top, year, indicators);
            MeasurePlan measures = measures(top);
            ExitDecision exit = exit(top);
            MonitoringDecision monitoring = monitoring(top);
            List<Finding> audit = findings(top, AUDIT.getValue());
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
            Fields f = object(top, IDENTIFICATION.getValue(), IDENTIFICATION_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Year own = f.value(YEAR.getValue(), Year.class, false);
            Outcome outcome = f.value(OUTCOME.getValue(), Outcome.class, true);
            HouseholdType type = f.value(TYPE.getValue(), HouseholdType.class, false);
            Yuan netIncome = f.value(NET_INCOME.getValue(), Yuan.class, false);
            Yuan perCapita = f.value(PER_CAPITA_INCOME.getValue(), Yuan.class, true);
            Yuan line = f.value(LINE.getValue(), Yuan.class, true);
            Standard standard = f.value(STANDARD.getValue(), Standard.class, false);
            List<Indicator> gaps = f.get(GAPS.getValue()) == null && indicators != null ? indicators.gaps()
                    : f.values(GAPS.getValue(), Indicator.class);
            List<Cause> derived = f.values(DERIVED_CAUSES.getValue(), Cause.class);
            List<Exclusion> exclusions = f.values(EXCLUSIONS.getValue(), Exclusion.class);
            List<Finding> findings = findings(f, FINDINGS.getValue());
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
            Fields statuses = object(top, INDICATORS.getValue(), INDICATOR_NAMES, true);
            Fields findings = object(top, INDICATOR_FINDINGS.getValue(), INDICATOR_NAMES, false);
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
            if (top.get(MEASURES.getValue()) == null) {
                top.problems().add(new Problem(top.pathOf(MEASURES.getValue()), "is required"));
                return null;
            }
            int before = top.problems().size();
            List<Measure> measures = top.list(MEASURES.getValue(), (n, at) -> {
                Fields m = Fields.of(n, at, MEASURE_FIELDS, top.problems(), top.context());
                int start = top.problems().size();
                MeasureCategory category = m.value(CATEGORY.getValue(), MeasureCategory.class, true);
                Rule rule = m.value(RULE.getValue(), Rule.class, true);
                Integer priority = m.value(PRIORITY.getValue(), Integer.class, true);
                List<String> addresses = m.values(ADDRESSES.getValue(), String.class);
                if (priority != null && (priority < 1 || priority > 4)) {
                    top.problems().add(new Problem(m.pathOf(PRIORITY.getValue()),
                            "must be 1 (the highest priority) to 4 (the lowest)"));
                }
                if (top.problems().size() > start || category == null || rule == null || priority == null) {
                    return null;
                }
                return new Measure(category, rule, priority, addresses);
            });
            List<Finding> findings = findings(top, MEASURE_FINDINGS.getValue());
            return top.problems().size() > before ? null : new MeasurePlan(measures, findings);
        }

        private static @Nullable ExitDecision exit(Fields top) throws IOException {
            Fields f = object(top, EXIT.getValue(), EXIT_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Boolean eligible = f.value(ELIGIBLE.getValue(), Boolean.class, true);
            boolean monitorOnExit = f.bool(MONITOR_ON_EXIT.getValue(), false, false);
            List<Step> steps = f.values(REMAINING_STEPS.getValue(), Step.class);
            List<Finding> findings = findings(f, FINDINGS.getValue());
            if (f.problems().size() > before || eligible == null) {
                return null;
            }
            return new ExitDecision(eligible, monitorOnExit, steps, findings);
        }

        private static @Nullable MonitoringDecision monitoring(Fields top) throws IOException {
            Fields f = object(top, MONITORING.getValue(), MONITORING_FIELDS, true);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Boolean monitored = f.value(MONITORED.getValue(), Boolean.class, true);
            MonitoringCategory category = f.value(CATEGORY.getValue(), MonitoringCategory.class, false);
            List<Finding> findings = findings(f, FINDINGS.getValue());
            RiskReview review = riskElimination(f);
            if (f.problems().size() > before || monitored == null) {
                return null;
            }
            if (monitored != (category != null)) {
                f.problems().add(new Problem(f.path(), "a monitored household has a category, and only then"));
                return null;
            }
            return new MonitoringDecision(monitored, category, findings, review);
        }

        private static @Nullable RiskReview riskElimination(Fields monitoring) throws IOException {
            Fields f = object(monitoring, RISK_ELIMINATION.getValue(), RISK_FIELDS, false);
            if (f == null) {
                return null;
            }
            int before = f.problems().size();
            Boolean eliminated = f.value(ELIMINATED.getValue(), Boolean.class, true);
            MonitoringCategory category = f.value(CATEGORY.getValue(), MonitoringCategory.class, true);
            LocalDate since = f.value(MONITORED_SINCE.getValue(), LocalDate.class, true);
            LocalDate stable = f.value(INCOME_STABLE_SINCE.getValue(), LocalDate.class, false);
            LocalDate eliminatedOn = f.value(ELIMINATED_ON.getValue(), LocalDate.class, false);
            List<Finding> findings = findings(f, FINDINGS.getValue());
            if (f.problems().size() > before || eliminated == null || category == null || since == null) {
                return null;
            }
            if (eliminated != (eliminatedOn != null)) {
                f.problems().add(new Problem(f.pathOf(ELIMINATED_ON.getValue()),
                        "given when eliminated is true, and only then"));
                return null;
            }
            try {
                return new RiskReview(new MonitoringCase(category, since, stable, eliminatedOn), findings);
            } catch (IllegalArgumentException e) {
                f.problems().add(new Problem(f.pathOf(ELIMINATED_ON.getValue()), "must not be before monitoredSince"));
                return null;
            }
        }
    }
}
