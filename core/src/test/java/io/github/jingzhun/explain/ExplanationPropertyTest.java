package io.github.jingzhun.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Decision;
import io.github.jingzhun.Draws;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.identification.Outcome;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.monitoring.RelapseMonitor;
import io.github.jingzhun.parameter.YearParameters;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verified, not asserted: over 100,000 generated households (1,000 seeds of 100), each suggested change, applied
 * to the household and re-assessed, flips its outcome; every income change one fen smaller does not; and where a
 * goal has several blockers, each is needed.
 */
class ExplanationPropertyTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final int PER_SEED = 100;

    /** 1,000 seeds; fewer under mutation testing, where the run is repeated for each mutant. */
    static LongStream seeds() {
        return LongStream.range(0, Long.getLong("jingzhun.explain.seeds", 1000));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyChangeFlipsItsOutcomeAndNoSmallerOneDoes(long seed) {
        Random random = Draws.random(seed);
        for (int i = 0; i < PER_SEED; i++) {
            Year year = Year.of(random.nextInt(4) == 0 ? 2020 : 2019);
            Household household = Generated.household(random, "HH-" + seed + "-" + i, year.getValue());
            check(household, year);
        }
    }

    static void check(Household household, Year year) {
        Decision decision = POLICY.assess(household, year);
        Explanation explanation = Changes.of(POLICY, household, decision);
        assertThat(explanation.household()).isEqualTo(household.getId());
        identification(household, year, decision, explanation.changes(Goal.IDENTIFICATION));
        exclusion(household, year, decision, explanation.changes(Goal.EXCLUSION));
        exit(household, year, decision, explanation.changes(Goal.EXIT));
        monitoring(household, year, decision, explanation.changes(Goal.MONITORING));
        // an income asked for never makes the registry contradict itself: no wage where no member may work (AUD-6)
        for (Goal goal : Goal.values()) {
            List<Change> income = explanation.changes(goal).stream().filter(c -> c.kind() == ChangeKind.INCOME)
                    .toList();
            if (!income.isEmpty() && !wageWithoutWorker(decision)) {
                assertThat(wageWithoutWorker(POLICY.assess(Apply.changes(household, income), year))).as("%s", income)
                        .isFalse();
            }
        }
    }

    private static boolean wageWithoutWorker(Decision decision) {
        return decision.audit().stream().anyMatch(f -> f.rule() == Rule.AUD_6 && f.message().startsWith("Wage"));
    }

    private static void identification(Household household, Year year, Decision decision, List<Change> changes) {
        assertThat(changes).hasSize(1);
        Change change = changes.get(0);
        assertThat(change.kind()).isEqualTo(ChangeKind.INCOME);
        boolean poor = decision.identification().outcome() != Outcome.NOT_ELIGIBLE;
        assertThat(poor(Apply.changes(household, changes), year)).as("%s", change).isNotEqualTo(poor);
        assertThat(poor(Apply.changes(household, changes, 1), year)).as("one fen short: %s", change).isEqualTo(poor);
        // per person: that much for every member suffices, one fen less each does not
        long members = household.size();
        assertThat(Math.abs(change.perPerson().fen()) * members).isGreaterThanOrEqualTo(Math.abs(change.amount().fen()));
        assertThat((Math.abs(change.perPerson().fen()) - 1) * members).isLessThan(Math.abs(change.amount().fen()));
    }

    private static void exclusion(Household household, Year year, Decision decision, List<Change> changes) {
        if (decision.identification().outcome() != Outcome.EXCLUDED) {
            assertThat(changes).isEmpty();
            return;
        }
        assertThat(changes).isNotEmpty().allMatch(c -> c.kind() == ChangeKind.EXCLUSION);
        assertThat(POLICY.assess(Apply.changes(household, changes), year).identification().outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        for (List<Change> allButOne : allButOne(changes)) {
            assertThat(POLICY.assess(Apply.changes(household, allButOne), year).identification().outcome())
                    .isEqualTo(Outcome.EXCLUDED);
        }
    }

    private static void exit(Household household, Year year, Decision decision, List<Change> changes) {
        if (household.getStatus().getState() != RegistrationState.REGISTERED) {
            assertThat(changes).isEmpty();
            return;
        }
        List<Change> facts = changes.stream().filter(c -> c.kind() != ChangeKind.PROCEDURE).toList();
        assertThat(changes.stream().filter(c -> c.kind() == ChangeKind.PROCEDURE).count())
                .isEqualTo(decision.exit().remainingSteps().isEmpty() ? 0 : 1);
        if (decision.exit().eligible()) {
            assertThat(facts).isEmpty();
            return;
        }
        assertThat(facts).isNotEmpty();
        assertThat(exitEligible(Apply.changes(household, facts), year)).as("%s", facts).isTrue();
        assertThat(exitEligible(Apply.changes(household, facts, 1), year) && facts.stream()
                .anyMatch(c -> c.kind() == ChangeKind.INCOME)).as("one fen short: %s", facts).isFalse();
        for (List<Change> allButOne : allButOne(facts)) {
            assertThat(exitEligible(Apply.changes(household, allButOne), year)).as("%s", allButOne).isFalse();
        }
    }

    private static void monitoring(Household household, Year year, Decision decision, List<Change> changes) {
        if (household.getStatus().getState() == RegistrationState.REGISTERED) {
            assertThat(changes).isEmpty();
            return;
        }
        boolean monitored = decision.monitoring().monitored();
        if (monitored) {
            assertThat(changes).isNotEmpty();
        }
        if (changes.isEmpty()) {
            return;
        }
        assertThat(monitored(Apply.changes(household, changes), year)).as("%s", changes).isNotEqualTo(monitored);
        if (changes.stream().anyMatch(c -> c.kind() == ChangeKind.INCOME)) {
            assertThat(monitored(Apply.changes(household, changes, 1), year)).as("one fen short: %s", changes)
                    .isEqualTo(monitored);
        }
        List<Change> facts = changes.stream().filter(c -> c.kind() == ChangeKind.INDICATOR).toList();
        for (Change left : facts) {
            List<Change> others = new ArrayList<>(changes);
            others.remove(left);
            assertThat(monitored(Apply.changes(household, others), year)).as("without %s", left).isTrue();
        }
    }

    /** Below the line (ID-H-1): ELIGIBLE, or EXCLUDED. */
    private static boolean poor(Household household, Year year) {
        return POLICY.identify(household, year).outcome() != Outcome.NOT_ELIGIBLE;
    }

    /** EX-H-1..4 alone, without the measures and audit of a whole assessment: the outcome at stake. */
    private static boolean exitEligible(Household household, Year year) {
        YearParameters p = POLICY.parametersFor(year);
        return HouseholdExit.decide(household, p, Indicators.evaluate(household, p)).eligible();
    }

    /** MON-1..3 alone. */
    private static boolean monitored(Household household, Year year) {
        YearParameters p = POLICY.parametersFor(year);
        return RelapseMonitor.decide(household, p, Indicators.evaluate(household, p)).monitored();
    }

    private static List<List<Change>> allButOne(List<Change> changes) {
        List<List<Change>> lists = new ArrayList<>();
        if (changes.size() < 2) {
            return lists;
        }
        for (int i = 0; i < changes.size(); i++) {
            List<Change> rest = new ArrayList<>(changes);
            rest.remove(i);
            lists.add(rest);
        }
        return lists;
    }
}
