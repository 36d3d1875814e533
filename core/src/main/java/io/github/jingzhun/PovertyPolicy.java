package io.github.jingzhun;

import io.github.jingzhun.audit.HouseholdAudit;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.measure.MeasurePlan;
import io.github.jingzhun.measure.MeasureSelector;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RelapseMonitor;
import io.github.jingzhun.parameter.MissingParameterException;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: a parameter set and the policy functions over it.
 *
 * <pre>{@code
 * Decision decision = PovertyPolicy.national().assess(household, Year.of(2019));
 * System.out.println(decision);   // a readable, bilingual explanation
 * }</pre>
 *
 * <p>Assessing is pure: the same household, year and parameters always give the same decision; nothing reads a
 * clock, a file or a global. The parameters of each year are resolved once and kept, so one instance can be
 * shared by any number of threads.
 */
public final class PovertyPolicy {

    private static final PovertyPolicy NATIONAL = new PovertyPolicy(PolicyParameters.national());

    private final PolicyParameters parameters;
    private final ConcurrentMap<Year, YearParameters> years = new ConcurrentHashMap<>();
    /**
     * The parameters resolved last: most callers assess one year, and this spares them the map. Racy by design:
     * YearParameters is immutable with final fields, so a thread sees either null, an older year or a complete one.
     */
    private @Nullable YearParameters last;

    private PovertyPolicy(PolicyParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy with the national parameters (see the rulebook).
     *
     * @return the national policy, not null
     */
    public static PovertyPolicy national() {
        return NATIONAL;
    }

    /**
     * A policy with a parameter set of one's own: a province's, or a scenario's.
     *
     * @param parameters the parameter set, not null
     * @return the policy, not null
     */
    public static PovertyPolicy of(PolicyParameters parameters) {
        return new PovertyPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The parameter set.
     *
     * @return the parameters, not null
     */
    public PolicyParameters parameters() {
        return parameters;
    }

    /**
     * The parameters in force for an income year.
     *
     * @param year the income year, not null
     * @return the year's parameters, not null
     * @throws MissingParameterException if the set does not cover the year
     */
    public YearParameters parametersFor(Year year) {
        Objects.requireNonNull(year, "year");
        YearParameters resolved = last;
        if (resolved != null && resolved.year().equals(year)) {
            return resolved;
        }
        resolved = years.get(year);
        if (resolved == null) {
            resolved = years.computeIfAbsent(year, parameters::forYear);
        }
        last = resolved;
        return resolved;
    }

    /**
     * Identifies a household for an income year (ID-H-1..5): the outcome at once, the explanation — findings,
     * gaps, derived causes — built when first asked for. The cheap way to screen a registry.
     *
     * @param household the household, not null
     * @param year the income year whose income and line are compared, not null
     * @return the identification, not null
     * @throws MissingParameterException if the parameter set has no line for the year
     * @throws IllegalArgumentException if the household has no income record for the year
     */
    public Identification identify(Household household, Year year) {
        Objects.requireNonNull(household, "household");
        return HouseholdIdentifier.identify(household, parametersFor(year));
    }

    /**
     * Assesses a household for an income year: indicators, identification, measures, exit, monitoring and the
     * audit of its record, with every finding. A household that carries its procedures has its exit steps (EX-H-3)
     * read from its recorded exit procedure and its procedures audited (AUD-7); one that carries a monitoring
     * history has its risk reviewed (MON-4).
     *
     * @param household the household, not null
     * @param year the income year whose income and line are compared, not null
     * @return the decision, not null
     * @throws MissingParameterException if the parameter set has no line for the year
     * @throws IllegalArgumentException if the household has no income record for the year
     */
    public Decision assess(Household household, Year year) {
        Objects.requireNonNull(household, "household");
        YearParameters p = parametersFor(year);
        IndicatorReport indicators = Indicators.evaluate(household, p);
        Identification identification = HouseholdIdentifier.identify(household, p, indicators);
        MeasurePlan measures = MeasureSelector.select(household, p, indicators);
        ExitDecision exit = HouseholdExit.decide(household, p, indicators);
        MonitoringDecision monitoring = RelapseMonitor.decide(household, p, indicators, identification);
        List<Finding> audit = HouseholdAudit.check(household, p, identification, exit);
        return new Decision(household.getId(), year, identification, indicators, measures, exit, monitoring, audit);
    }

    @Override
    public String toString() {
        return "PovertyPolicy{" + parameters + "}";
    }
}
