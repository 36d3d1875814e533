package io.github.jingzhun.measure;

/**
 * How urgent a measure is. Rank 1 is the highest priority, the most urgent; a higher rank is a lower priority.
 * Plans list their measures by rank, 1 first, and decisions write the rank as a measure's {@code priority}.
 */
public enum Priority {
    /** A guarantee gap to close first: back to school, insurance, safe housing and water, the safety net. */
    URGENT(1),
    /** Support for a hardship: illness, disability, relocation. */
    SUPPORT(2),
    /** Development: production, jobs, skills, credit, motivation, asset income. */
    DEVELOPMENT(3),
    /** Subsidies that ease a cost: education subsidies. */
    SUBSIDY(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /**
     * The rank: 1 for the highest priority, the most urgent; higher for lower priorities.
     *
     * @return the rank
     */
    public int rank() {
        return rank;
    }
}
