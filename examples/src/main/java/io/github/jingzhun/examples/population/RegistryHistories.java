package io.github.jingzhun.examples.population;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.household.AppliedMeasure;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RecordedProcedure;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.RecordedStep;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The records over time that a synthetic household carries where they fit, every one of them regular (no AUD-7
 * finding): the registration procedure of a household registered after the first registration campaign of 2014;
 * the exit procedure of a household that exited in the latest year, ending in deregistration on its exit day; an
 * exit under way, begun in the autumn of the latest year, for one registered household in four; and, for a household
 * not registered whose stable income is below the monitoring threshold, its inclusion in monitoring, the measures
 * applied since and its income observed every three months to December — below the threshold, so the risk stands.
 *
 * <p>Drawn from a random stream of their own, so a household is otherwise what it would be without them.
 */
final class RegistryHistories {

    private static final String VILLAGE = "village committee";
    private static final String TOWNSHIP = "township government";
    private static final String COUNTY = "county poverty alleviation office";
    private static final MeasureCategory[] MONITORING_MEASURES = {MeasureCategory.EMPLOYMENT,
        MeasureCategory.SKILLS_TRAINING, MeasureCategory.PRODUCTION, MeasureCategory.HEALTH};

    private final long seed;
    private final Year year;
    private final YearParameters parameters;

    RegistryHistories(long seed, Year year) {
        this.seed = seed;
        this.year = year;
        this.parameters = PovertyPolicy.national().parametersFor(year);
    }

    /** A household with the records over time that fit it. */
    Household add(Household household, long index) {
        // Its own stream: the household's other draws are not moved by these.
        SplittableRandom r = new SplittableRandom(seed * 0x9e3779b97f4a7c15L + index * 0xc2b2ae3d27d4eb4fL
                + 0x3c6ef372fe94f82bL);
        Status status = household.getStatus();
        LocalDate registered = status.getRegisteredOn();
        LocalDate exited = status.getExitedOn();
        Household.Builder b = null;
        if (registered != null && registered.getYear() > 2014) {
            b = builder(b, household).addProcedures(backwards(ProcedureKind.REGISTRATION, registered, 7, r));
        }
        if (exited != null && exited.getYear() == year.getValue()) {
            b = builder(b, household).addProcedures(backwards(ProcedureKind.HOUSEHOLD_EXIT, exited, 7, r));
        }
        if (status.getState() == RegistrationState.REGISTERED && r.nextInt(4) == 0) {
            LocalDate start = year.atDay(1).withMonth(10).plusDays(r.nextInt(45));
            b = builder(b, household).addProcedures(underWay(start, 1 + r.nextInt(5), r));
        }
        MonitoringHistory monitoring = status.getState() == RegistrationState.REGISTERED ? null
                : monitoring(household, r);
        if (monitoring != null) {
            b = builder(b, household).addProcedures(backwards(ProcedureKind.MONITORING_INCLUSION,
                    monitoring.getIncludedOn(), 5, r)).withMonitoring(monitoring);
        }
        return b == null ? household : b.build();
    }

    private static Household.Builder builder(Household.Builder b, Household household) {
        return b != null ? b : Household.builder().from(household);
    }

    /** A complete, regular procedure whose last step is on a day: each step a few days before the next. */
    private static RecordedProcedure backwards(ProcedureKind kind, LocalDate last, int noticeDays,
            SplittableRandom r) {
        int steps = kind.steps().size();
        LocalDate[] starts = new LocalDate[steps];
        LocalDate[] ends = new LocalDate[steps];
        LocalDate day = last;
        for (int i = steps - 1; i >= 0; i--) {
            ends[i] = day;
            starts[i] = kind.steps().get(i).isNotice() ? day.minusDays(noticeDays - 1L + r.nextInt(3)) : day;
            day = starts[i].minusDays(1 + r.nextInt(6));
        }
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(kind);
        for (int i = 0; i < steps; i++) {
            b.addEvents(step(kind.steps().get(i), starts[i], ends[i]));
        }
        return b.build();
    }

    /** The first steps of an exit, regular, from a day. */
    private static RecordedProcedure underWay(LocalDate start, int steps, SplittableRandom r) {
        RecordedProcedure.Builder b = RecordedProcedure.builder().withKind(ProcedureKind.HOUSEHOLD_EXIT);
        LocalDate day = start;
        for (Step step : ProcedureKind.HOUSEHOLD_EXIT.steps().subList(0, steps)) {
            LocalDate end = step.isNotice() ? day.plusDays(6 + r.nextInt(3)) : day;
            b.addEvents(step(step, day, end));
            day = end.plusDays(1 + r.nextInt(6));
        }
        return b.build();
    }

    private static RecordedStep step(Step step, LocalDate start, LocalDate end) {
        String actor = switch (step) {
            case TOWNSHIP_NOTICE, TOWNSHIP_VERIFICATION, TOWNSHIP_REVIEW -> TOWNSHIP;
            case COUNTY_ANNOUNCEMENT, FILED, ANNOUNCEMENT, DEREGISTRATION, COUNTY_APPROVAL, DATA_COMPARISON -> COUNTY;
            default -> VILLAGE;
        };
        return step.isNotice()
                ? RecordedStep.builder().withStep(step).withNoticeStart(start).withNoticeEnd(end).withActor(actor)
                        .build()
                : RecordedStep.builder().withStep(step).withDate(start).withActor(actor).build();
    }

    /**
     * The monitoring history of a household whose stable per-capita income is below the year's threshold: included
     * in the first eight months of the year, measures applied since, income observed quarterly around its own.
     */
    private @Nullable MonitoringHistory monitoring(Household household, SplittableRandom r) {
        IncomeRecord record = household.incomeOf(year);
        if (record == null) {
            return null;
        }
        long threshold = parameters.monitoringThreshold(household.getArea().getCounty()).amount().fen();
        long perCapita = record.stableIncome().perCapita(household.size()).fen();
        if (perCapita >= threshold) {
            return null;
        }
        LocalDate included = year.atDay(1).plusDays(20 + r.nextInt(220));
        MonitoringHistory.Builder b = MonitoringHistory.builder().withIncludedOn(included);
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
            b.addMeasures(AppliedMeasure.of(MONITORING_MEASURES[r.nextInt(MONITORING_MEASURES.length)],
                    included.plusDays(10 + r.nextInt(60))));
        }
        for (YearMonth m = YearMonth.from(included); !m.isAfter(YearMonth.of(year.getValue(), 12));
                m = m.plusMonths(3)) {
            long observed = Math.min(threshold - 100, perCapita * (85 + r.nextInt(20)) / 100);
            b.addIncome(IncomeObservation.of(m, Yuan.ofFen(observed / 100 * 100)));
        }
        return b.build();
    }
}
