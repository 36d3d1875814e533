package io.github.jingzhun.household;

import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.StepRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.immutables.value.Value;

/**
 * A household's registration, exit or monitoring procedure as the registry recorded it (PROC-REG, PROC-EXIT,
 * PROC-MON): its kind — not COUNTY_EXIT, a county's — and its steps in the order recorded. Every step must be one
 * of the kind's steps; whether they were taken in order, with long enough notices, is what the audit checks
 * (AUD-7), and how far the procedure has gone is what the state machine decides
 * ({@link io.github.jingzhun.procedure.Procedure#replay}). Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class RecordedProcedure {

    RecordedProcedure() {}

    /**
     * Returns a builder of recorded procedures.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link RecordedProcedure} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutableRecordedProcedure.Builder {
        Builder() {}
    }

    /**
     * The procedure.
     *
     * @return the kind, not null
     */
    public abstract ProcedureKind getKind();

    /**
     * The steps recorded, in the order recorded; at least one.
     *
     * @return the steps, not empty
     */
    public abstract List<RecordedStep> getEvents();

    /**
     * The steps as the state machine's events, in order.
     *
     * @return the events, unmodifiable, not null
     */
    public final List<ProcedureEvent> events() {
        List<ProcedureEvent> events = new ArrayList<>(getEvents().size());
        for (RecordedStep step : getEvents()) {
            events.add(step.event());
        }
        return Collections.unmodifiableList(events);
    }

    /**
     * The steps as an audit trail, in order.
     *
     * @return the trail, unmodifiable, not null
     */
    public final List<StepRecord> trail() {
        List<StepRecord> trail = new ArrayList<>(getEvents().size());
        for (RecordedStep step : getEvents()) {
            trail.add(step.trailEntry());
        }
        return Collections.unmodifiableList(trail);
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        List<RecordedStep> events = getEvents();
        if (events.isEmpty()) {
            problems.add("events", "a recorded procedure has at least one step");
        }
        if (getKind() == ProcedureKind.COUNTY_EXIT) {
            problems.add("kind", "COUNTY_EXIT is a county's procedure, not a household's");
        }
        for (int i = 0; i < events.size(); i++) {
            String foreign = getKind().notItsStep(events.get(i).getStep());
            if (foreign != null) {
                problems.add("events[" + i + "].step", foreign);
            }
        }
        problems.throwIfAny();
    }
}
