// Jingzhun in JShell, a scenario study (SC-1, SC-2) over a synthetic population of 5,000 households:
//   1. SC-1: what if the 2019 poverty line were 4,000 yuan instead of 3,218? Every statistic, before and after.
//   2. SC-2: what does a serious illness of each household head, costing 20,000 yuan, do?
//   3. The headcount ratio (FGT P0) against the poverty line, from 2,500 to 5,000 yuan, as a PNG chart.
// From the repository root, after `mvn -B -q -DskipTests package`:
//   jshell --class-path examples/target/jingzhun-examples.jar examples/jshell/scenario.jsh
// The chart goes to target/headcount.png, or where -R-Djingzhun.chart=FILE says. JShell stays open afterwards.

import io.github.jingzhun.PovertyPolicy
import io.github.jingzhun.examples.population.SyntheticPopulation
import io.github.jingzhun.household.Household
import io.github.jingzhun.money.Yuan
import io.github.jingzhun.scenario.*
import io.github.jingzhun.statistics.*
import java.nio.file.*
import java.time.Year
import java.util.stream.*
import org.knowm.xchart.*

var year = Year.of(2019)
// A population of 5,000 households, the same every time (seed 2019). To study your own NDJSON instead:
//   var population = households(Path.of("households.ndjson"))   with households(...) defined below.
List<Household> population = SyntheticPopulation.of(2019, year).households(5_000).collect(Collectors.toList())

List<Household> households(Path file) throws Exception {
    var importer = io.github.jingzhun.json.JingzhunJson.importer();
    var result = new ArrayList<Household>();
    try (var lines = io.github.jingzhun.json.stream.NdjsonReader.households(importer,
            Files.newBufferedReader(file))) {
        for (var line = lines.next(); line != null; line = lines.next()) {
            if (line.isValid()) result.add(line.get());
        }
    }
    return result;
}

// ---- 1. SC-1: the 2019 line raised from 3,218 to 4,000 yuan. A departure from the national standard gives
// its reason (IND-STD), and the comparison lists it.
var national = PovertyPolicy.national()
var raised = PovertyPolicy.of(national.parameters().withPovertyLine(year, Yuan.of(4000),
        "scenario", "what if the 2019 line were 4,000 yuan?"))
var measure = AlkireFoster.equalWeights(EnumSet.allOf(Dimension.class), 1.0 / 3)
var sc1 = ParameterScenario.compare(population, national, raised, year, measure)

System.out.println("SC-1: the 2019 line at 4,000 yuan instead of 3,218")
System.out.printf("  %-34s %10s %10s %12s%n", "statistic", "3,218", "4,000", "difference")
// Progress (ST-5) counts persons, overall and by county (registered.522727); every other statistic is a ratio,
// shown in percent.
var persons = Set.of("registered", "exited", "relapsed", "remaining")
sc1.differences().forEach((name, difference) -> {
    boolean count = persons.contains(name.split("\\.")[0]);
    double scale = count ? 1 : 100;
    System.out.printf(count ? "  %-34s %10.0f %10.0f %+12.0f%n"
            : "  %-34s %9.2f%% %9.2f%% %+9.2f pp%n", name, scale * sc1.base().values().get(name),
            scale * sc1.variant().values().get(name), scale * difference);
})
sc1.deviations().forEach(d -> System.out.println("  departure: " + d.parameter() + " " + d.national() + " -> " +
        d.value() + " (" + d.reason() + ")"))
System.out.println("  households newly poor: " + sc1.transitions().identification("NOT_ELIGIBLE", "ELIGIBLE"))

// ---- 2. SC-2: a serious illness of each household's head (members[0]), 20,000 yuan out of pocket.
var illness = Shock.illness(0, Yuan.of(20_000))
var sc2 = ShockScenario.run(population, illness, national, year)
System.out.println("SC-2: " + illness.describe())
sc2.exit().forEach((pair, n) -> System.out.println("  exit " + pair + ": " + n))
sc2.monitoring().forEach((pair, n) -> System.out.println("  monitoring " + pair + ": " + n))

// ---- 3. FGT P0 against the line, 2,500 to 5,000 yuan in steps of 100.
double[] lines = IntStream.rangeClosed(0, 25).mapToDouble(i -> 2500 + 100 * i).toArray()
double[] headcount = Arrays.stream(lines).map(z -> 100 * FosterGreerThorbecke.of(population,
        PovertyPolicy.of(national.parameters().withPovertyLine(year, Yuan.of((long) z), "scenario", "line sweep")),
        year).p0()).toArray()
for (int i = 0; i < lines.length; i += 5) System.out.printf("  line %5.0f: P0 %5.2f%%%n", lines[i], headcount[i]);

var chart = new XYChartBuilder().width(800).height(500).
        title("Headcount ratio against the poverty line, income year 2019").
        xAxisTitle("poverty line, yuan per person per year").yAxisTitle("FGT P0, % of persons").build()
chart.addSeries("P0, synthetic population of 5,000 households", lines, headcount)
chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNW)
chart.getStyler().setYAxisMin(0.0)
chart.addAnnotation(new AnnotationLine(3218, true, false))
chart.addAnnotation(new AnnotationLine(4000, true, false))
chart.addAnnotation(new AnnotationText("3,218 (2019)", 3218, headcount[7] + 4, false))
chart.addAnnotation(new AnnotationText("4,000", 4000, headcount[15] + 4, false))

var png = Path.of(System.getProperty("jingzhun.chart", "target/headcount.png")).toAbsolutePath()
Files.createDirectories(png.getParent())
try (var out = Files.newOutputStream(png)) {
    BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
}
System.out.println("Chart written: " + png + " (" + Files.size(png) + " bytes)")
