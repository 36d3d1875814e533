package io.github.jingzhun.identification;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Cause;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.indicator.Indicator;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.Standard;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.parameter.YearParameters.LineApplied;
import java.time.Year;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a household is poor in an income year, and why (ID-H-1..5).
 *
 * <p>The outcome, type, income and line are decided at once (the line is read again, when asked for, from the
 * parameters it was decided with); the explanation — findings, guarantee gaps and derived causes — is built on
 * first request, so screening a registry for outcomes costs little more than the comparison itself. Either way the
 * value is the same: immutable, thread-safe and value-based; equality compares every attribute, explanation
 * included.
 */
public final class Identification {

    private final Outcome outcome;
    private final @Nullable HouseholdType type;
    private final Yuan netIncome;
    private final Set<Exclusion> exclusions;
    // The facts the year, line and explanation are read from on request; null when they were given.
    private final @Nullable Household household;
    private final @Nullable YearParameters parameters;
    private final @Nullable IndicatorReport indicators;
    /** The year, per-capita income and line as given with the explanation, else null: one decided here is smaller. */
    private final @Nullable Given given;
    private volatile @Nullable Explanation explanation;

    /**
     * Creates an identification with its explanation given, as it is read back from JSON.
     *
     * @param year the income year, not null
     * @param outcome ELIGIBLE, EXCLUDED or NOT_ELIGIBLE (ID-H-3), not null
     * @param type the household type of an ELIGIBLE household (ID-H-4), else null
     * @param netIncome net household income (INC-1), not null
     * @param perCapitaIncome per-capita net income rounded half-up to the fen, for display (INC-2, INC-3)
     * @param line the poverty line applied, per person (ID-STD), not null
     * @param standard the standard of the line, not null
     * @param gaps the UNMET indicators, reported in every outcome (ID-H-3), not null
     * @param derivedCauses the causes the data suggest (ID-H-5), not null
     * @param exclusions the exclusions that hit the household, whatever its income (ID-H-2), not null
     * @param findings the reasons, each citing its rule, not null
     */
    public Identification(Year year, Outcome outcome, @Nullable HouseholdType type, Yuan netIncome,
            Yuan perCapitaIncome, Yuan line, Standard standard, List<Indicator> gaps, Set<Cause> derivedCauses,
            Set<Exclusion> exclusions, List<Finding> findings) {
        this(outcome, type, netIncome,
                exclusions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(exclusions)), null, null,
                null, new Given(year, perCapitaIncome, line, standard));
        this.explanation = new Explanation(List.copyOf(gaps), copy(derivedCauses), List.copyOf(findings));
    }

    private Identification(Outcome outcome, @Nullable HouseholdType type, Yuan netIncome, Set<Exclusion> exclusions,
            @Nullable Household household, @Nullable YearParameters parameters, @Nullable IndicatorReport indicators,
            @Nullable Given given) {
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.type = type;
        this.netIncome = Objects.requireNonNull(netIncome, "netIncome");
        this.exclusions = exclusions;
        this.household = household;
        this.parameters = parameters;
        this.indicators = indicators;
        this.given = given;
    }

    /**
     * An identification whose year, line and explanation are read on request from the facts it was decided on.
     *
     * @param netIncome net income, the record's own amount: kept, not copied, so deciding allocates nothing more
     * @param exclusions the exclusions, already unmodifiable
     * @param indicators the household's indicators, or null to evaluate them when the explanation is asked for
     */
    static Identification explainedLater(YearParameters parameters, Outcome outcome, @Nullable HouseholdType type,
            Yuan netIncome, Set<Exclusion> exclusions, Household household, @Nullable IndicatorReport indicators) {
        return new Identification(outcome, type, netIncome, exclusions, household, parameters, indicators, null);
    }

    /** What an identification read back from JSON gives that one decided here reads from its facts. */
    private record Given(Year year, Yuan perCapitaIncome, Yuan line, Standard standard) {
        Given {
            Objects.requireNonNull(year, "year");
            Objects.requireNonNull(perCapitaIncome, "perCapitaIncome");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(standard, "standard");
        }
    }

    /** The part of an identification that explains it: gaps, derived causes and findings, all unmodifiable. */
    record Explanation(List<Indicator> gaps, Set<Cause> derivedCauses, List<Finding> findings) {}

    private static Set<Cause> copy(Set<Cause> causes) {
        return causes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(causes));
    }

    /**
     * Whether the household's registered primary cause is one the data could show but do not (ID-H-5): a failed
     * ID-H-5 finding.
     *
     * @return true if the registered primary cause has no support in the data
     */
    public boolean primaryCauseUnsupported() {
        Explanation e = explanation;
        if (e == null) {
            // ID-H-5 as the explanation decides it, from the derived causes: an audit that asks only this (AUD-6)
            // does not build the explanation an outcomes-only run never reads, nor the causes for a primary cause
            // the data could never show.
            Cause primary = Objects.requireNonNull(household, "household").getCauses().getPrimary();
            return HouseholdIdentifier.isCheckable(primary)
                    && (derivedCauseBits() & HouseholdIdentifier.bit(primary)) == 0;
        }
        for (Finding f : e.findings()) {
            if (f.rule() == Rule.ID_H_5 && !f.passed()) {
                return true;
            }
        }
        return false;
    }

    private Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            // Pure and idempotent: two threads may both build it; either result is the same value.
            Household h = Objects.requireNonNull(household, "household");
            YearParameters p = Objects.requireNonNull(parameters, "parameters");
            IndicatorReport report = indicators != null ? indicators : Indicators.evaluate(h, p);
            e = HouseholdIdentifier.explain(h, p, report, record(h, p), perCapitaIncome(), outcome);
            explanation = e;
        }
        return e;
    }

    /**
     * The income year.
     *
     * @return the year, not null
     */
    public Year year() {
        Given g = given;
        return g != null ? g.year() : Objects.requireNonNull(parameters, "parameters").year();
    }

    /**
     * ELIGIBLE, EXCLUDED or NOT_ELIGIBLE (ID-H-3).
     *
     * @return the outcome, not null
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The household type of an ELIGIBLE household (ID-H-4).
     *
     * @return the type, or null unless ELIGIBLE
     */
    public @Nullable HouseholdType type() {
        return type;
    }

    /**
     * Net household income (INC-1).
     *
     * @return the income, not null
     */
    public Yuan netIncome() {
        return netIncome;
    }

    /**
     * Per-capita net income rounded half-up to the fen, for display (INC-2, INC-3); decisions compare totals.
     *
     * @return the income per person, not null
     */
    public Yuan perCapitaIncome() {
        Given g = given;
        return g != null ? g.perCapitaIncome()
                : netIncome.perCapita(Objects.requireNonNull(household, "household").size());
    }

    /**
     * The poverty line applied, per person (ID-STD).
     *
     * @return the line, not null
     */
    public Yuan line() {
        Given g = given;
        return g != null ? g.line() : lineApplied().amount();
    }

    /**
     * The standard of the line applied (ID-STD).
     *
     * @return the standard, not null
     */
    public Standard standard() {
        Given g = given;
        return g != null ? g.standard() : lineApplied().standard();
    }

    /** The line applied to the household, as it was decided on (ID-STD). */
    private LineApplied lineApplied() {
        return Objects.requireNonNull(parameters, "parameters")
                .line(Objects.requireNonNull(household, "household").getArea().getCounty());
    }

    /** The household's income record of the year, which it was decided on. */
    private static IncomeRecord record(Household household, YearParameters parameters) {
        return Objects.requireNonNull(household.incomeOf(parameters.year()), "record");
    }

    /**
     * The exclusions that hit the household, whatever its income (ID-H-2).
     *
     * @return the exclusions, in enum order, not null
     */
    public Set<Exclusion> exclusions() {
        return exclusions;
    }

    /**
     * The guarantee gaps: UNMET indicators, reported in every outcome (ID-H-3).
     *
     * @return the gaps, in enum order, not null
     */
    public List<Indicator> gaps() {
        Explanation e = explanation;
        // The report's gaps are the explanation's: an outcomes-only run reads them without building the findings.
        return e == null && indicators != null ? indicators.gaps() : explanation().gaps();
    }

    /**
     * The causes the data suggest (ID-H-5).
     *
     * @return the causes, in enum order, not null
     */
    public Set<Cause> derivedCauses() {
        Explanation e = explanation;
        if (e != null) {
            return e.derivedCauses();
        }
        // Decided from the facts, as the explanation decides them, without building the findings.
        return HouseholdIdentifier.causes(derivedCauseBits());
    }

    /** ID-H-5's derived causes, as bits, decided from the facts without the findings. */
    private int derivedCauseBits() {
        Household h = Objects.requireNonNull(household, "household");
        YearParameters p = Objects.requireNonNull(parameters, "parameters");
        IndicatorReport report = indicators != null ? indicators : Indicators.evaluate(h, p);
        return HouseholdIdentifier.derivedCauses(h, p, report, record(h, p));
    }

    /**
     * The reasons, each citing its rule.
     *
     * @return the findings, not null
     */
    public List<Finding> findings() {
        return explanation().findings();
    }

    /**
     * Whether the household is identified as poor.
     *
     * @return true if ELIGIBLE
     */
    public boolean isPoor() {
        return outcome == Outcome.ELIGIBLE;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Identification)) {
            return false;
        }
        Identification o = (Identification) obj;
        return year().equals(o.year()) && outcome == o.outcome && type == o.type && netIncome.equals(o.netIncome)
                && perCapitaIncome().equals(o.perCapitaIncome()) && line().equals(o.line())
                && standard() == o.standard() && exclusions.equals(o.exclusions)
                && explanation().equals(o.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(year(), outcome, type, netIncome(), perCapitaIncome(), line(), standard(), exclusions,
                explanation());
    }

    @Override
    public String toString() {
        return "Identification[year=" + year() + ", outcome=" + outcome + ", type=" + type + ", netIncome="
                + netIncome() + ", perCapitaIncome=" + perCapitaIncome() + ", line=" + line() + ", standard="
                + standard() + ", gaps="
                + gaps() + ", derivedCauses=" + derivedCauses() + ", exclusions=" + exclusions + ", findings="
                + findings() + "]";
    }
}
