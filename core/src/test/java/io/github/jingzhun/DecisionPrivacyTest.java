package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.scenario.Shock;
import io.github.jingzhun.statistics.Populations;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The privacy gate: over generated households with generated names and ID numbers, no text Jingzhun produces —
 * toString of model values and decisions, every finding's messages and subject, audit findings, exception
 * messages — contains a member's name or ID number.
 */
class DecisionPrivacyTest {

    private static final Year YEAR = Year.of(2019);
    private static final PovertyPolicy POLICY = PovertyPolicy.national();

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static String name(Random random) {
        return random.nextBoolean() ? Draws.string(random, '\u4e00', '\u9fa5', 2, 4)
                : Draws.string(random, 'A', 'Z', 1, 1) + Draws.string(random, 'a', 'z', 2, 8) + " "
                        + Draws.string(random, 'A', 'Z', 1, 1) + Draws.string(random, 'a', 'z', 2, 8);
    }

    /** A generated household whose members carry generated names. */
    private static Household named(Random random, String id) {
        Household h = Populations.random(random, id);
        List<Member> members = new ArrayList<>();
        for (Member m : h.getMembers()) {
            members.add(Member.builder().from(m).withName(name(random)).build());
        }
        return Household.builder().from(h).withMembers(members).build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noTextContainsANameOrAnIdNumber(long seed) {
        Random random = Draws.random(seed);
        List<Household> households = List.of(named(random, "HH-A" + seed), named(random, "HH-B" + seed));
        List<String> texts = new ArrayList<>();
        for (Household h : households) {
            texts.add(h.toString());
            Decision d = POLICY.assess(h, YEAR);
            texts.add(d.toString());
            for (Finding f : d.findings()) {
                texts.add(f.message());
                texts.add(f.messageZh());
                texts.add(String.valueOf(f.subject()));
            }
            texts.add(POLICY.assess(Shock.illness(0, Yuan.of(5000)).apply(h, YEAR), YEAR).toString());
            texts.add(String.valueOf(catchThrowable(() -> POLICY.assess(h, Year.of(2018))).getMessage()));
        }
        // Invalid data: the same member twice in one household (AUD-1).
        Household first = households.get(0);
        texts.add(catchThrowable(() -> Household.builder().from(first).withMembers(List.of(first.getMembers().get(0),
                first.getMembers().get(0))).build()).getMessage());
        // AUD-1 across households: the same member in both.
        Household twin = Household.builder().from(households.get(1)).withMembers(List.of(first.getMembers().get(0))).build();
        for (Finding f : PopulationAudit.check(List.of(first, twin), POLICY.parametersFor(YEAR))) {
            texts.add(f.message());
            texts.add(f.messageZh());
            texts.add(String.valueOf(f.subject()));
        }

        for (Household h : households) {
            for (Member m : h.getMembers()) {
                String number = m.getIdNumber().unmasked();
                for (String text : texts) {
                    assertThat(text).as("seed %d", seed).doesNotContain(m.getName(), number, number.substring(0, 17));
                }
            }
        }
    }
}
