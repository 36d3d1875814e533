package io.github.jingzhun.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.DecisionDetail;
import io.github.jingzhun.json.JingzhunJson;
import io.github.jingzhun.json.JsonImportException;
import io.github.jingzhun.json.JsonImporter;
import io.github.jingzhun.json.stream.NdjsonAssessment;
import io.github.jingzhun.json.stream.NdjsonLine;
import io.github.jingzhun.json.stream.NdjsonReader;
import io.github.jingzhun.json.stream.NdjsonWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NDJSON end to end against a plain Jackson tree parse of the same file, as ratios that hold on a shared, noisy
 * machine: every round runs each variant once, in a rotating order, file to file, and a variant's ratio is the
 * median over the rounds of its time divided by the plain parse's time in the same round.
 *
 * <ul>
 *   <li>{@code plain}: a default {@code ObjectMapper} reads every line of the file into a {@code JsonNode};
 *   <li>{@code full}, {@code failed}, {@code outcomes}: {@link NdjsonAssessment} reads, validates and assesses
 *       every line of the file and writes its decisions to another file at that {@link DecisionDetail level};
 *   <li>{@code full-2}, {@code outcomes-2}: the same on two worker threads (the ratio is of elapsed time);
 *   <li>{@code read-stream}: {@link NdjsonReader#households(JsonImporter, InputStream)} reads and validates every
 *       line of the file, without assessing;
 *   <li>{@code plain-string}, {@code read-string}: each line held as a string, given to the plain parse and to
 *       {@link JsonImporter#readHousehold(String)}, what an embedding system calls per request; the last lines
 *       printed are its ratios to the plain parse of strings and to {@code read-stream}.
 * </ul>
 *
 * <p>Run from the repository root (arguments: households, default 20,000; rounds, default 15; optionally the
 * variants to run besides {@code plain}, separated by commas):
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am test-compile exec:exec@ratios [-Dratios.args="20000 15"]
 * }</pre>
 */
public final class EndToEndRatios {

    private static final Year YEAR = Year.of(2019);
    /** How long each variant runs before the timing. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private EndToEndRatios() {}

    /**
     * Generates the file, runs the rounds and prints each variant's median time per line and ratio.
     *
     * @param args the number of households and of rounds, optional
     * @throws IOException if a file cannot be written or read
     * @throws JsonImportException never: every generated household is valid
     */
    public static void main(String[] args) throws IOException, JsonImportException {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        PrintStream out = System.out;
        JsonImporter importer = JingzhunJson.importer();
        Path input = Files.createTempFile("jingzhun-ratios-in", ".ndjson");
        Path output = Files.createTempFile("jingzhun-ratios-out", ".ndjson");
        try {
            try (BufferedWriter text = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
                NdjsonWriter writer = new NdjsonWriter(text, importer.mapper());
                for (var it = SyntheticPopulation.of(2019, YEAR).households(households).iterator(); it.hasNext(); ) {
                    writer.write(it.next());
                }
            }
            NdjsonAssessment full = new NdjsonAssessment(PovertyPolicy.national(), YEAR, importer);
            ObjectReader plain = new ObjectMapper().readerFor(JsonNode.class);
            Map<String, Variant> variants = new LinkedHashMap<>();
            variants.put("plain", () -> {
                long count = 0;
                try (InputStream in = Files.newInputStream(input);
                        MappingIterator<JsonNode> lines = plain.readValues(in)) {
                    while (lines.hasNext()) {
                        count += lines.next().size();
                    }
                }
                return count;
            });
            variants.put("full", run(full, input, output));
            variants.put("failed", run(full.detail(DecisionDetail.FAILED), input, output));
            variants.put("outcomes", run(full.detail(DecisionDetail.OUTCOMES), input, output));
            variants.put("full-2", run(full.threads(2), input, output));
            variants.put("outcomes-2", run(full.detail(DecisionDetail.OUTCOMES).threads(2), input, output));
            List<String> strings = Files.readAllLines(input, StandardCharsets.UTF_8);
            variants.put("plain-string", () -> {
                long count = 0;
                for (String line : strings) {
                    count += plain.readTree(line).size();
                }
                return count;
            });
            variants.put("read-stream", () -> {
                long count = 0;
                try (NdjsonReader<Household> lines = NdjsonReader.households(importer, Files.newInputStream(input))) {
                    for (NdjsonLine<Household> line = lines.next(); line != null; line = lines.next()) {
                        count += line.get().getMembers().size();
                    }
                }
                return count;
            });
            variants.put("read-string", () -> {
                long count = 0;
                for (String line : strings) {
                    count += importer.readHousehold(line).getMembers().size();
                }
                return count;
            });
            List<String> names = new ArrayList<>(variants.keySet());
            if (args.length > 2) {
                // Only these besides the plain parse, such as "outcomes" under a profiler.
                List<String> only = List.of(args[2].split(","));
                names.removeIf(n -> !n.equals("plain") && !only.contains(n));
            }
            Map<String, double[]> times = new LinkedHashMap<>();
            names.forEach(n -> times.put(n, new double[rounds]));
            // Each variant runs for a while before the timing, so that what it calls is compiled, as in a long run.
            for (String name : names) {
                long start = System.nanoTime();
                while (System.nanoTime() - start < WARM_UP_NANOS) {
                    variants.get(name).run();
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + r) % names.size());
                    long start = System.nanoTime();
                    variants.get(name).run();
                    times.get(name)[r] = (System.nanoTime() - start) / 1000.0 / households;
                }
            }
            out.printf(Locale.ROOT, "%,d households (%,d bytes), %d rounds; median per line, and median ratio to "
                    + "plain in the same round%n", households, Files.size(input), rounds);
            double[] plainTimes = times.get("plain");
            for (String name : names) {
                double[] t = times.get(name);
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = t[r] / plainTimes[r];
                }
                out.printf(Locale.ROOT, "%-12s %8.2f µs  %5.2f×%n", name, median(t), median(ratios));
            }
            if (names.contains("read-string") && names.contains("plain-string")) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = times.get("read-string")[r] / times.get("plain-string")[r];
                }
                out.printf(Locale.ROOT, "read-string / plain-string: %5.2f×%n", median(ratios));
            }
            if (names.contains("read-string") && names.contains("read-stream")) {
                double[] ratios = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    ratios[r] = times.get("read-string")[r] / times.get("read-stream")[r];
                }
                out.printf(Locale.ROOT, "read-string / read-stream: %5.2f×%n", median(ratios));
            }
        } finally {
            Files.deleteIfExists(input);
            Files.deleteIfExists(output);
        }
    }

    /** One way through the file. */
    @FunctionalInterface
    private interface Variant {
        long run() throws IOException, JsonImportException;
    }

    private static Variant run(NdjsonAssessment assessment, Path input, Path output) {
        return () -> {
            try (InputStream in = Files.newInputStream(input); OutputStream out = Files.newOutputStream(output)) {
                return assessment.run(in, out).decisions();
            }
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
