package io.github.jingzhun.exit;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.Step;
import io.github.jingzhun.procedure.StepRecord;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A county's own facts for its exit (EX-C-1..3, GR-1): whether it is a designated poverty county (贫困县), the years
 * it applied to exit and exited, its rural population when known, its third-party evaluation sample and the record
 * of its exit procedure. Its households are summed beside it, so a county never holds them in memory.
 *
 * <p>Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class County {

    County() {}

    /**
     * The county code.
     *
     * @return the code, not null
     */
    public abstract CountyCode getCode();

    /**
     * Whether the county is a designated poverty county (贫困县), whose exit EX-C-1..3 decide.
     *
     * @return true if designated; false by default
     */
    @Value.Default
    public boolean isDesignated() {
        return false;
    }

    /**
     * The year the county applied to exit (the first step of EX-C-3), if it has.
     *
     * @return the year, or null
     */
    public abstract @Nullable Year getApplicationYear();

    /**
     * The year the county exited (摘帽), if it has; its transition (GR-1) runs from it.
     *
     * @return the year, or null
     */
    public abstract @Nullable Year getExitYear();

    /**
     * The county's rural registered (户籍) population, the denominator of its poverty incidence, when a figure is
     * on record; without one, incidence is over the persons of the households read.
     *
     * @return the persons, positive, or null
     */
    public abstract @Nullable Integer getRuralPopulation();

    /**
     * The third-party evaluation sample of the county's exit (EX-C-2), if one was taken.
     *
     * @return the sample, or null
     */
    public abstract @Nullable EvaluationSample getEvaluation();

    /**
     * The record of the county's exit procedure (EX-C-3): each step taken, in order, with its date and actor (not
     * blank); a notice with the day it was posted; a rejection with its reason (not blank).
     *
     * @return the steps taken, possibly empty, not null
     */
    public abstract List<StepRecord> getExitProcedure();

    /**
     * Obtains a county with nothing on record but its code: not designated, no evaluation, no procedure.
     *
     * @param code the county code, not null
     * @return the county, not null
     */
    public static County of(CountyCode code) {
        return builder().withCode(code).build();
    }

    /**
     * Returns a builder of counties.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link County} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableCounty.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        List<String> problems = new ArrayList<>(0);
        Year applied = getApplicationYear();
        Year exited = getExitYear();
        if (!isDesignated() && applied != null) {
            problems.add("applicationYear: only a designated poverty county applies to exit and exits");
        }
        if (!isDesignated() && exited != null) {
            problems.add("exitYear: only a designated poverty county applies to exit and exits");
        }
        if (applied != null && exited != null && exited.isBefore(applied)) {
            problems.add("exitYear: must not be before applicationYear");
        }
        Integer population = getRuralPopulation();
        if (population != null && population <= 0) {
            problems.add("ruralPopulation: must be positive, not " + population);
        }
        List<StepRecord> steps = getExitProcedure();
        for (int i = 0; i < steps.size(); i++) {
            StepRecord step = steps.get(i);
            problems.addAll(problemsOfStep(i, step.step(), step.actor(), step.rejection()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * A county's checks of one step of its exit procedure, on the fields of it that could be read, so that they are
     * reported beside a bad step too: a step of another procedure; an actor or a rejection that is blank or holds a
     * lone surrogate or a resident ID number. A county's step names its actor (a household's may leave it out):
     * blank is neither.
     *
     * @param i the step's index in the procedure
     * @param step the step, or null if it could not be read
     * @param actor who took it, or null if it could not be read
     * @param rejection why it rejected the application, or null
     * @return the problems, each {@code exitProcedure[i].field: message}, possibly empty, not null
     */
    public static List<String> problemsOfStep(int i, @Nullable Step step, @Nullable String actor,
            @Nullable String rejection) {
        List<String> problems = new ArrayList<>(0);
        String at = "exitProcedure[" + i + "].";
        String foreign = step == null ? null : ProcedureKind.COUNTY_EXIT.notItsStep(step);
        if (foreign != null) {
            problems.add(at + "step: " + foreign);
        }
        textProblem(problems, at + "actor", actor);
        textProblem(problems, at + "rejection", rejection);
        return problems;
    }

    private static void textProblem(List<String> problems, String field, @Nullable String text) {
        String problem = text == null ? null
                : PlainText.isBlank(text) ? "must not be blank" : PlainText.dataProblem(text);
        if (problem != null) {
            problems.add(field + ": " + problem);
        }
    }
}
