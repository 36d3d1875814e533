package io.github.jingzhun.examples.dmn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.HouseholdAudit;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.measure.MeasureSelector;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RelapseMonitor;
import io.github.jingzhun.monitoring.RiskElimination;
import io.github.jingzhun.parameter.YearParameters;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.internal.io.ResourceFactory;

/**
 * Jingzhun against KIE DMN on the same generated households, in one run, as ratios: KIE DMN evaluates a decision
 * table of identification (below the income line, else a gap in one of the six guarantees, else neither:
 * {@code identification.dmn} beside this class), and Jingzhun answers the same question, each from the same facts
 * prepared in advance:
 *
 * <ul>
 *   <li>{@code dmn}: the table, given each household's net income (as its income record holds it, summed when the
 *       record is built), its number of members, its line, and six flags of the guarantee gaps taken from its
 *       indicators; it compares net income with the line times the members, exactly, as Jingzhun does (INC-3);
 *   <li>{@code identify}: Jingzhun's identification of the household ({@link HouseholdIdentifier#identify(Household,
 *       YearParameters, IndicatorReport)}) given the same indicators, then the same three-way answer from its
 *       outcome and the indicators' gaps. Jingzhun does more than the table here — it looks the line up by county,
 *       checks the exclusions (ID-H-2) and types an eligible household (ID-H-4) — and DMN's inputs are prepared as
 *       contexts outside the timing: what is left unequal favours DMN;
 *   <li>{@code outcome}: identification's outcome alone from the household ({@link PovertyPolicy#identify}), no
 *       gaps asked for: the registry screen;
 *   <li>{@code assess}: the full assessment from the household alone ({@link PovertyPolicy#assess}), indicators
 *       included, against the same table.
 * </ul>
 *
 * <p>Then, to show where an assessment's time goes, each of its parts alone over the households (indicators,
 * identification, measures, exit, monitoring with its risk review, the audit), each given what {@code assess}
 * gives it, and a loop that reads the household data the rules read and decides nothing.
 *
 * <p>With a third argument, DISTINCT, the households are read back from their JSON, each a copy of one of the first
 * DISTINCT generated households in turn: as many objects and bytes as HOUSEHOLDS different households, with only
 * DISTINCT households' variety. It shows how the time depends on how varied the households are rather than on how
 * much memory they fill.
 *
 * <p>Every round runs each once, in a rotating order; a ratio is the median over the rounds of DMN's time divided
 * by Jingzhun's in the same round. Before timing, it checks that the table and Jingzhun agree on every household.
 *
 * <p>Only in the {@code dmn} profile of the examples module, so that no other build fetches KIE:
 *
 * <pre>{@code
 * mvn -B -q -Pdmn -pl examples -am test-compile exec:exec@dmn [-Ddmn.args="HOUSEHOLDS ROUNDS [DISTINCT]"]
 * }</pre>
 */
public final class DmnComparison {

    private static final Year YEAR = Year.of(2019);
    private static final LocalDate REFERENCE = LocalDate.of(2019, 9, 1);
    private static final String[] ANSWERS = {"BELOW_LINE", "GAP", "NONE"};
    /** How long each variant runs before the timing. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    /** About how long each variant runs in a round. */
    private static final long ROUND_NANOS = 200_000_000L;

    private DmnComparison() {}

    /**
     * Generates the households, checks that DMN's table and Jingzhun agree, runs the rounds and prints the ratios.
     *
     * @param args the number of households (default 20,000), of rounds (default 9) and of distinct households
     *     (default: the households are the generated ones, all different), optional
     * @throws JsonProcessingException never: the generated households are written as they are
     * @throws JsonImportException never: the generated households are valid
     */
    public static void main(String[] args) throws JsonProcessingException, JsonImportException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        PrintStream out = System.out;
        PovertyPolicy policy = PovertyPolicy.national();
        Household[] generated = SyntheticPopulation.of(2019, YEAR).households(count).toArray(Household[]::new);
        Household[] households = args.length > 2 ? copies(generated, Integer.parseInt(args[2])) : generated;
        if (args.length > 2) {
            out.printf(Locale.ROOT, "each a copy, read from its JSON, of one of %s distinct households%n", args[2]);
        }

        Resource table = ResourceFactory.newClassPathResource("io/github/jingzhun/examples/dmn/identification.dmn",
                DmnComparison.class);
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults().buildConfiguration()
                .fromResources(List.of(table))
                .getOrElseThrow(e -> new IllegalStateException("the DMN model does not compile", e));
        DMNModel model = runtime.getModels().get(0);
        YearParameters parameters = policy.parametersFor(YEAR);
        DMNContext[] inputs = new DMNContext[count];
        IndicatorReport[] indicators = new IndicatorReport[count];
        String[] expected = new String[count];
        for (int i = 0; i < count; i++) {
            Household h = households[i];
            indicators[i] = Indicators.evaluate(h, parameters);
            Identification id = HouseholdIdentifier.identify(h, parameters, indicators[i]);
            DMNContext context = runtime.newContext();
            context.set("netIncome", id.netIncome().toBigDecimal());
            context.set("members", BigDecimal.valueOf(h.size()));
            context.set("line", id.line().toBigDecimal());
            for (Indicator indicator : Indicator.values()) {
                context.set(indicator.name().toLowerCase(Locale.ROOT) + "Gap", id.gaps().contains(indicator));
            }
            inputs[i] = context;
            expected[i] = ANSWERS[answer(id, indicators[i])];
        }
        for (int i = 0; i < count; i++) {
            DMNResult result = runtime.evaluateAll(model, inputs[i]);
            if (result.hasErrors() || !expected[i].equals(result.getDecisionResultByName("outcome").getResult())) {
                throw new IllegalStateException("DMN and Jingzhun disagree on household " + i + ": "
                        + result.getMessages());
            }
        }

        Map<String, LongSupplier> variants = new LinkedHashMap<>();
        variants.put("dmn", () -> {
            long n = 0;
            for (DMNContext input : inputs) {
                n += runtime.evaluateAll(model, input).getDecisionResults().size();
            }
            return n;
        });
        variants.put("identify", () -> {
            long n = 0;
            for (int i = 0; i < count; i++) {
                n += answer(HouseholdIdentifier.identify(households[i], parameters, indicators[i]), indicators[i]);
            }
            return n;
        });
        variants.put("outcome", () -> {
            long n = 0;
            for (Household h : households) {
                n += policy.identify(h, YEAR).outcome().ordinal();
            }
            return n;
        });
        variants.put("assess", () -> {
            long n = 0;
            for (Household h : households) {
                n += policy.assess(h, YEAR).measures().measures().size();
            }
            return n;
        });
        // Where an assessment's time goes: each part alone over the households, its inputs prepared as assess
        // prepares them, and a loop that reads the household data the rules read and decides nothing.
        ExitDecision[] exits = new ExitDecision[count];
        MonitoringDecision[] monitoring = new MonitoringDecision[count];
        Identification[] identifications = new Identification[count];
        for (int i = 0; i < count; i++) {
            identifications[i] = HouseholdIdentifier.identify(households[i], parameters, indicators[i]);
            exits[i] = HouseholdExit.decide(households[i], parameters, indicators[i]);
            monitoring[i] = RelapseMonitor.decide(households[i], parameters, indicators[i], identifications[i]);
        }
        Map<String, IntToLongFunction> parts = new LinkedHashMap<>();
        parts.put("indicators", i -> Indicators.evaluate(households[i], parameters).isGuaranteed() ? 1 : 0);
        parts.put("identify", i -> HouseholdIdentifier.identify(households[i], parameters, indicators[i])
                .outcome().ordinal());
        parts.put("measures", i -> MeasureSelector.select(households[i], parameters, indicators[i]).measures()
                .size());
        parts.put("exit", i -> HouseholdExit.decide(households[i], parameters, indicators[i]).eligible() ? 1 : 0);
        parts.put("monitoring", i -> {
            Household h = households[i];
            MonitoringDecision decided = RelapseMonitor.decide(h, parameters, indicators[i], identifications[i]);
            return h.getMonitoring() != null && RiskElimination.review(h, parameters, indicators[i], monitoring[i])
                    != null ? 2 : decided.monitored() ? 1 : 0;
        });
        parts.put("audit", i -> HouseholdAudit.check(households[i], parameters, identifications[i], exits[i])
                .size());
        parts.put("reads", i -> reads(households[i]));
        parts.forEach((name, part) -> variants.put(name + " ", () -> {
            long n = 0;
            for (int i = 0; i < count; i++) {
                n += part.applyAsLong(i);
            }
            return n;
        }));
        List<String> names = List.copyOf(variants.keySet());
        // Each variant runs for a while before the timing, so that it is compiled and its households are where a
        // pass leaves them; a round then repeats each variant over the households for about the same time, so that
        // the quick ones are timed over enough work too.
        Map<String, Integer> passes = new LinkedHashMap<>();
        long sink = 0;
        for (String name : names) {
            int n = 0;
            long start = System.nanoTime();
            for (long spent = 0; spent < WARM_UP_NANOS; spent = System.nanoTime() - start) {
                sink += variants.get(name).getAsLong();
                n++;
            }
            passes.put(name, (int) Math.max(1, Math.round((double) n * ROUND_NANOS / (System.nanoTime() - start))));
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        names.forEach(n -> times.put(n, new double[rounds]));
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + r) % names.size());
                int repeat = passes.get(name);
                long start = System.nanoTime();
                for (int p = 0; p < repeat; p++) {
                    sink += variants.get(name).getAsLong();
                }
                times.get(name)[r] = (System.nanoTime() - start) / 1000.0 / count / repeat;
            }
        }
        out.printf(Locale.ROOT, "%,d households, %d rounds; median per household, and KIE DMN's identification "
                + "table against each, as the median ratio in the same round (%d)%n", count, rounds, sink & 1);
        for (String name : List.of("dmn", "identify", "outcome", "assess")) {
            out.printf(Locale.ROOT, "%-9s %9.3f µs%n", name, median(times.get(name)));
        }
        out.printf(Locale.ROOT, "an assessment's parts, each alone over the households, and a loop that only "
                + "reads what the rules read:%n");
        double sum = 0;
        for (String name : parts.keySet()) {
            double time = median(times.get(name + " "));
            sum += name.equals("reads") ? 0 : time;
            out.printf(Locale.ROOT, "  %-10s %9.3f µs%n", name, time);
        }
        out.printf(Locale.ROOT, "  %-10s %9.3f µs, against assess %.3f µs%n", "the parts", sum,
                median(times.get("assess")));
        for (String name : List.of("identify", "outcome", "assess")) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = times.get("dmn")[r] / times.get(name)[r];
            }
            out.printf(Locale.ROOT, "dmn / %-8s %7.1f×%n", name, median(ratios));
        }
    }

    /** As many households, read back from their JSON, each a copy of one of the first {@code distinct} in turn. */
    private static Household[] copies(Household[] households, int distinct)
            throws JsonProcessingException, JsonImportException {
        if (distinct < 1) {
            throw new IllegalArgumentException("DISTINCT must be at least 1: " + distinct);
        }
        ObjectMapper mapper = JingzhunJson.mapper();
        JsonImporter importer = JingzhunJson.importer();
        Household[] copies = new Household[households.length];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = importer.readHousehold(mapper.writeValueAsString(households[i % distinct]));
        }
        return copies;
    }

    /**
     * Reads what the rules read of a household and decides nothing: its living conditions, its members' birth
     * dates, schooling, health, disability and insurance, the year's income record and its procedures.
     */
    private static long reads(Household h) {
        long n = h.getConditions().isFoodAssured() ? 1 : 0;
        List<Member> members = h.getMembers();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            n += m.ageOn(REFERENCE) + m.getSchooling().ordinal() + m.getHealth().ordinal()
                    + (m.isDisabled() ? 1 : 0) + (m.isMedicalInsurance() ? 1 : 0);
        }
        IncomeRecord income = h.incomeOf(YEAR);
        return n + (income == null ? 0 : income.netIncome().fen()) + h.getProcedures().size()
                + h.getCauses().getSecondary().size() + h.getLocation().hashCode();
    }

    /** The table's answer, as an index into {@link #ANSWERS}: below the line, else a gap, else neither. */
    private static int answer(Identification identification, IndicatorReport indicators) {
        return identification.outcome() != Outcome.NOT_ELIGIBLE ? 0 : indicators.isGuaranteed() ? 2 : 1;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
