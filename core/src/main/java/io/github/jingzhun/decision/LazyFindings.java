package io.github.jingzhun.decision;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The findings of a decision, built from the facts it was decided on when first read: every assessed household is
 * decided, while a run that writes outcomes only never reads them. A decision keeps such findings as they are
 * ({@link #copyOf(List)}), so that creating it does not build them. Unmodifiable and thread-safe; equal, as any
 * list, to the findings it builds.
 *
 * <p>Public only because measure plans and the exit and monitoring decisions, each in its own package, keep their
 * facts in a subclass; users read the findings as any {@code List}.
 */
public abstract class LazyFindings extends AbstractList<Finding> implements RandomAccess {

    private volatile @Nullable List<Finding> built;

    /** Creates findings still to be built. */
    protected LazyFindings() {
    }

    /**
     * Builds the findings from the facts; pure, so that building them twice gives the same list.
     *
     * @return the findings, not null
     */
    protected abstract List<Finding> build();

    /**
     * The findings if they are built already, else null: a question that needs one finding may answer it from the
     * facts instead of building them all.
     *
     * @return the findings, or null
     */
    protected final @Nullable List<Finding> ifBuilt() {
        return built;
    }

    private List<Finding> built() {
        List<Finding> b = built;
        if (b == null) {
            // Pure and idempotent: two threads may both build them; either result is the same value.
            b = List.copyOf(build());
            built = b;
        }
        return b;
    }

    /**
     * Findings as a decision keeps them: findings still to be built stay so (copying them would build them), any
     * other list is copied.
     *
     * @param findings the findings, not null
     * @return the findings, unmodifiable, not null
     */
    public static List<Finding> copyOf(List<Finding> findings) {
        return findings instanceof LazyFindings ? findings : List.copyOf(findings);
    }

    @Override
    public final Finding get(int index) {
        return built().get(index);
    }

    @Override
    public final int size() {
        return built().size();
    }
}
