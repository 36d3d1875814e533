package io.github.jingzhun.identification;

import io.github.jingzhun.area.ProvinceCode;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.household.Problem;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A province's rural figures for an income year, against which villages are identified (ID-V-1): its rural
 * poverty incidence and its rural per-capita net income.
 *
 * <p>The official figures are statistics of the National Bureau of Statistics and the province, given as data with
 * their source ({@link #published}). Where none is given, the figures can be computed from the registry's own
 * households ({@link #fromRegistry}); such a benchmark says so, since a registry extract that is not the whole
 * province, or that holds mostly poor households, biases both figures. Each figure is kept as an exact ratio, so
 * a village exactly at twice the province's incidence, or exactly at 60% of its income, is decided exactly.
 *
 * <p>Immutable, thread-safe and value-based.
 */
public final class ProvincialBenchmark {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProvinceCode province;
    private final Year year;
    /** Incidence as a ratio: poor ÷ population (a published percentage p is p ÷ 100). */
    private final BigDecimal incidenceNumerator;
    private final BigDecimal incidenceDenominator;
    /** Per-capita income in yuan as a ratio: total ÷ persons (a published amount a is a ÷ 1). */
    private final BigDecimal incomeNumerator;
    private final BigDecimal incomeDenominator;
    private final String source;
    /** ID-V-1's finding on where the figures come from. */
    private final Wording wording;

    private ProvincialBenchmark(ProvinceCode province, Year year, BigDecimal incidenceNumerator,
            BigDecimal incidenceDenominator, BigDecimal incomeNumerator, BigDecimal incomeDenominator, String source,
            Wording wording) {
        this.province = Objects.requireNonNull(province, "province");
        this.year = Objects.requireNonNull(year, "year");
        this.incidenceNumerator = incidenceNumerator;
        this.incidenceDenominator = incidenceDenominator;
        this.incomeNumerator = incomeNumerator;
        this.incomeDenominator = incomeDenominator;
        this.source = source;
        this.wording = wording;
    }

    /**
     * Obtains a province's published figures, such as those of its statistical yearbook.
     *
     * @param province the province, not null
     * @param year the income year the figures describe, not null
     * @param ruralIncidencePercent the rural poverty incidence in percent, from 0 to 100
     * @param ruralPerCapitaIncome the rural per-capita net income, not negative
     * @param source where the figures come from, not blank
     * @return the benchmark, not null
     * @throws IllegalArgumentException if a figure is out of range, or the source is blank, not plain text or holds
     *     a resident ID number
     */
    public static ProvincialBenchmark published(ProvinceCode province, Year year, BigDecimal ruralIncidencePercent,
            Yuan ruralPerCapitaIncome, String source) {
        List<Problem> problems = problemsOfFigures(
                Objects.requireNonNull(ruralIncidencePercent, "ruralIncidencePercent"),
                Objects.requireNonNull(ruralPerCapitaIncome, "ruralPerCapitaIncome"),
                Objects.requireNonNull(source, "source"));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream().map(p -> p.path() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        }
        return new ProvincialBenchmark(province, year, ruralIncidencePercent, HUNDRED,
                ruralPerCapitaIncome.toBigDecimal(), BigDecimal.ONE, source, Wordings.PUBLISHED);
    }

    /**
     * What is wrong with a province's published figures, each checked on its own: a figure that could not be read,
     * or is absent, is null and checked against nothing. What {@link #published} refuses.
     *
     * @param ruralIncidencePercent the rural poverty incidence in percent, or null
     * @param ruralPerCapitaIncome the rural per-capita net income, or null
     * @param source where the figures come from, or null
     * @return the problems, their paths the figures' names (such as {@code source}), empty if none; not null
     */
    public static List<Problem> problemsOfFigures(@Nullable BigDecimal ruralIncidencePercent,
            @Nullable Yuan ruralPerCapitaIncome, @Nullable String source) {
        List<Problem> problems = new ArrayList<>(0);
        if (ruralIncidencePercent != null
                && (ruralIncidencePercent.signum() < 0 || ruralIncidencePercent.compareTo(HUNDRED) > 0)) {
            problems.add(new Problem("ruralIncidencePercent", "must be between 0 and 100"));
        }
        if (ruralPerCapitaIncome != null && ruralPerCapitaIncome.isNegative()) {
            problems.add(new Problem("ruralPerCapitaIncome", "must not be negative"));
        }
        // the source is quoted in every ID-V-1 finding that compares with these figures
        String sourceProblem = source == null ? null
                : PlainText.isBlank(source) ? "must not be blank" : PlainText.problem(source);
        if (sourceProblem != null) {
            problems.add(new Problem("source", sourceProblem));
        }
        return problems;
    }

    /**
     * Computes a province's figures from the registry's own households, labelled as such: incidence over the
     * province's persons (or rural population on record), income over the persons with income of the year.
     *
     * @param province the province, not null
     * @param year the income year, not null
     * @param incidence the province's registered poor persons over its population, with a positive population
     * @param netIncome the net income of the year of the households read, not null
     * @param incomePersons the persons of those households, positive
     * @return the benchmark, not null
     * @throws IllegalArgumentException if the population or the persons are not positive
     */
    public static ProvincialBenchmark fromRegistry(ProvinceCode province, Year year, Incidence incidence,
            Yuan netIncome, long incomePersons) {
        if (incidence.population() <= 0 || incomePersons <= 0) {
            throw new IllegalArgumentException("a benchmark computed from the registry needs households of province "
                    + province);
        }
        String source = "computed from the registry: " + incidence.poorPersons() + " registered poor of "
                + persons(incidence.population()) + ", income of " + persons(incomePersons)
                + "; not a published statistic";
        return new ProvincialBenchmark(province, year, BigDecimal.valueOf(incidence.poorPersons()),
                BigDecimal.valueOf(incidence.population()), netIncome.toBigDecimal(),
                BigDecimal.valueOf(incomePersons), source,
                Wordings.computed(incidence.poorPersons(), incidence.population(), incomePersons));
    }

    /**
     * The province.
     *
     * @return the province, not null
     */
    public ProvinceCode province() {
        return province;
    }

    /**
     * The income year the figures describe.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The rural poverty incidence in percent: as published, or computed and rounded half-up to two decimals.
     *
     * @return the percentage, not null
     */
    public BigDecimal ruralIncidencePercent() {
        return isPublished() ? incidenceNumerator
                : incidenceNumerator.multiply(HUNDRED).divide(incidenceDenominator, 2, RoundingMode.HALF_UP);
    }

    /**
     * The rural per-capita net income: as published, or computed and rounded half-up to the fen.
     *
     * @return the amount, not null
     */
    public Yuan ruralPerCapitaIncome() {
        // in fen, as sums are: a registry's figure may lie beyond the range accepted from text
        return Yuan.ofFen(incomeNumerator.movePointRight(2).divide(incomeDenominator, 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /**
     * Where the figures come from: the source given with published figures, or how they were computed.
     *
     * @return the source, not blank
     */
    public String source() {
        return source;
    }

    /**
     * Whether the figures are published statistics, given with their source, rather than computed from the
     * registry.
     *
     * @return true if published
     */
    public boolean isPublished() {
        return wording == Wordings.PUBLISHED;
    }

    /** How ID-V-1's finding on the figures reads. */
    Wording wording() {
        return wording;
    }

    /**
     * Whether an area's incidence is at least a multiple of the province's, exactly: poor ÷ population ≥
     * multiple × province's ratio.
     */
    boolean isAtLeastMultiple(Incidence area, BigDecimal multiple) {
        BigDecimal left = BigDecimal.valueOf(area.poorPersons()).multiply(incidenceDenominator);
        BigDecimal right = multiple.multiply(incidenceNumerator).multiply(BigDecimal.valueOf(area.population()));
        return left.compareTo(right) >= 0;
    }

    /**
     * The incidence an area must reach, multiple × the province's, in percent for display: at least two decimals, as
     * every percentage shown, and exactly when published figures make it finer; computed from the households read,
     * to as many as eight decimals (twice 600 in 20,400 is 5.88235294%, not 5.88%), as a threshold rounded to two
     * could not be said to be reached or missed exactly.
     */
    BigDecimal incidenceThresholdPercent(BigDecimal multiple) {
        BigDecimal threshold = isPublished() ? multiple.multiply(incidenceNumerator)
                : multiple.multiply(incidenceNumerator).multiply(HUNDRED).divide(incidenceDenominator, 8,
                        RoundingMode.HALF_UP).stripTrailingZeros();
        return threshold.scale() < 2 ? threshold.setScale(2) : threshold;
    }

    /**
     * Whether an area's per-capita income is below a percentage of the province's, exactly: income × 100 ×
     * province's persons &lt; percent × province's income × area's persons.
     */
    boolean isBelowShare(Yuan income, long persons, BigDecimal percent) {
        BigDecimal left = income.toBigDecimal().multiply(HUNDRED).multiply(incomeDenominator);
        BigDecimal right = percent.multiply(incomeNumerator).multiply(BigDecimal.valueOf(persons));
        return left.compareTo(right) < 0;
    }

    /** The per-capita income an area must stay below, percent × the province's, rounded to the fen for display. */
    BigDecimal incomeThreshold(BigDecimal percent) {
        return percent.multiply(incomeNumerator).divide(HUNDRED.multiply(incomeDenominator), 2,
                RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ProvincialBenchmark)) {
            return false;
        }
        ProvincialBenchmark other = (ProvincialBenchmark) obj;
        return province.equals(other.province) && year.equals(other.year) && isPublished() == other.isPublished()
                && source.equals(other.source)
                && incidenceNumerator.multiply(other.incidenceDenominator)
                        .compareTo(other.incidenceNumerator.multiply(incidenceDenominator)) == 0
                && incomeNumerator.multiply(other.incomeDenominator)
                        .compareTo(other.incomeNumerator.multiply(incomeDenominator)) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(province, year, isPublished(), source);
    }

    @Override
    public String toString() {
        return "ProvincialBenchmark{" + province + " " + year + ": rural incidence " + ruralIncidencePercent()
                + "%, rural per-capita income " + ruralPerCapitaIncome() + " (" + source + ")}";
    }

    /** A count of persons in English words. */
    private static String persons(long count) {
        return count + (count == 1 ? " person" : " persons");
    }
}
