package io.github.jingzhun.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Section;
import io.github.jingzhun.examples.population.SyntheticPopulation;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.HouseholdType;
import io.github.jingzhun.monitoring.RiskReview;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each part of a decision states its findings in the order the rulebook states their rules: the rules of the part's
 * own section in declaration order of {@link Rule} (from which core/RULEBOOK.md is generated), then any rule of
 * another section it cites (IND-STD closing an identification, GR-1 closing an exit), likewise. Checked on the
 * synthetic population the bundled sample is drawn from (its first 200 households of 2019 are the sample), in three
 * income years, and on each of its households with irregularities planted for the audit, every part of every
 * decision read.
 */
class RulebookOrderTest {

    private static final int HOUSEHOLDS = 4_000;
    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final List<Decision> DECISIONS = IntStream.of(2019, 2016, 2020).boxed().flatMap(y -> {
        Year year = Year.of(y);
        return SyntheticPopulation.of(2019, year).households(HOUSEHOLDS)
                .flatMap(h -> Stream.of(h, irregular(h)))
                .map(h -> POLICY.assess(h, year));
    }).toList();

    /**
     * The household with irregularities for the audit to find together: a private car (AUD-3 when registered), the
     * minimum-living-allowance type without the allowance (AUD-6 when no such transfer), no contact cadre (AUD-8).
     */
    private static Household irregular(Household h) {
        return Household.builder().from(h).withId(h.getId() + "-irregular")
                .withAssets(Assets.builder().from(h.getAssets()).withPrivateCar(true).build())
                .withType(HouseholdType.MINIMUM_LIVING_ALLOWANCE).withContactCadre(null).build();
    }

    /** The parts of a decision, each with the section whose rules it decides. */
    enum Part {
        INDICATORS(Section.INDICATORS, d -> d.indicators().findings()),
        IDENTIFICATION(Section.IDENTIFICATION, d -> d.identification().findings()),
        MEASURES(Section.MEASURES, d -> d.measures().findings()),
        EXIT(Section.EXIT, d -> d.exit().findings()),
        MONITORING(Section.MONITORING, d -> {
            RiskReview review = d.monitoring().riskElimination();
            return review == null ? d.monitoring().findings()
                    : Stream.concat(d.monitoring().findings().stream(), review.findings().stream()).toList();
        }),
        AUDIT(Section.AUDIT, Decision::audit);

        final Section section;
        final Function<Decision, List<Finding>> findings;

        Part(Section section, Function<Decision, List<Finding>> findings) {
            this.section = section;
            this.findings = findings;
        }

        /** The order of the rulebook as this part reads it: its own section first, then the rules it cites. */
        Comparator<Rule> order() {
            return Comparator.comparing((Rule r) -> r.section() != section).thenComparing(Comparator.naturalOrder());
        }
    }

    @ParameterizedTest
    @EnumSource(Part.class)
    void findingsFollowTheRulebook(Part part) {
        Set<List<Rule>> sequences = new LinkedHashSet<>();
        for (Decision d : DECISIONS) {
            List<Rule> rules = new ArrayList<>();
            for (Finding f : part.findings.apply(d)) {
                rules.add(f.rule());
            }
            assertThat(rules).as("%s of household %s", part, d.household()).isSortedAccordingTo(part.order());
            if (rules.stream().distinct().count() > 1) {
                sequences.add(rules);
            }
        }
        // The population is varied enough for the order to be tested: two rules or more, in several sequences.
        assertThat(sequences).as("%s", part).hasSizeGreaterThan(1);
    }
}
