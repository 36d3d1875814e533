package io.github.jingzhun;

import static io.github.jingzhun.Households.adult;
import static io.github.jingzhun.Households.household;
import static io.github.jingzhun.Households.income;
import static io.github.jingzhun.Households.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.Relation;
import io.github.jingzhun.household.Schooling;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.money.Yuan;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final Year Y2019 = Year.of(2019);

    private static Decision assess(Household h) {
        return PovertyPolicy.national().assess(h, Y2019);
    }

    /** Above the line, with a public employee and a dropout: findings that name members by index. */
    private static Household notPoorWithMemberFindings() {
        Member employee = member(Sex.FEMALE, LocalDate.of(1982, 3, 3)).withName("Chen Hong")
                .withRelation(Relation.SPOUSE).withPublicEmployee(true).build();
        Member dropout = member(Sex.MALE, LocalDate.of(2007, 8, 8)).withName("Chen Xiaoming")
                .withRelation(Relation.CHILD).withSchooling(Schooling.DROPPED_OUT)
                .withLabour(Labour.NONE).build();
        return household("522727").withId("HH-522727-0077").addMembers(adult(), employee, dropout)
                .addIncome(income(2019).withWage(Yuan.of(30000)).build()).build();
    }

    @Test
    @DisplayName("findings() lists the identification's findings, then the indicators', measures', exit's and monitoring's")
    void findingsAreIdentificationThenIndicatorFindings() {
        Decision d = assess(Households.worked());

        List<Finding> expected = new ArrayList<>(d.identification().findings());
        expected.addAll(d.indicators().findings());
        expected.addAll(d.measures().findings());
        expected.addAll(d.exit().findings());
        expected.addAll(d.monitoring().findings());
        expected.addAll(d.audit());
        assertThat(d.findings()).containsExactlyElementsOf(expected);
        assertThat(d.findings().get(0).rule()).isEqualTo(Rule.ID_H_1);
        assertThat(d.findings().get(d.identification().findings().size()).rule()).isEqualTo(Rule.IND_FOOD);
    }

    @Test
    void findingsCannotBeChangedAsNoOtherListOfADecisionCan() {
        Decision d = assess(Households.worked());
        int size = d.findings().size();

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> d.findings().clear());
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> d.indicators().findings().clear());
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> d.measures().unaddressed().add("DISASTER"));
        assertThat(d.findings()).hasSize(size);
    }

    @Test
    @DisplayName("toString states the outcome and type, the per-capita income and the line with its standard")
    void explanationStatesOutcomeIncomeAndLine() {
        String text = assess(Households.worked()).toString();

        assertThat(text).startsWith("Household HH-522727-0001, income year 2019: ELIGIBLE (MINIMUM_LIVING_ALLOWANCE)\n")
                .contains("  per-capita net income 3200.00 against the NATIONAL line 3218.00\n")
                .contains("Identification:\n")
                .contains("Indicators: FOOD MET, CLOTHING MET, EDUCATION MET, MEDICAL MET, HOUSING MET, WATER MET\n");
    }

    @Test
    @DisplayName("toString has one line for every finding, identification and indicators")
    void explanationHasALineForEveryFinding() {
        Decision d = assess(notPoorWithMemberFindings());
        String text = d.toString();

        for (Finding f : d.findings()) {
            assertThat(text).contains("  " + f + "\n");
        }
        assertThat(text.lines().filter(l -> l.startsWith("  ✓ ") || l.startsWith("  ✗ ")))
                .hasSize(d.findings().size());
    }

    @Test
    @DisplayName("toString of a household that is not poor shows no type")
    void explanationOfANotPoorHouseholdShowsNoType() {
        String text = assess(notPoorWithMemberFindings()).toString();

        assertThat(text.lines().findFirst()).hasValue("Household HH-522727-0077, income year 2019: NOT_ELIGIBLE");
        assertThat(text).contains("per-capita net income 10000.00 against the NATIONAL line 3218.00");
    }

    @Test
    @DisplayName("toString never contains a name or an ID number; members are referred to by index")
    void explanationNeverContainsANameOrIdNumber() {
        Household worked = Households.worked();
        Household other = notPoorWithMemberFindings();

        for (Household h : List.of(worked, other)) {
            String text = assess(h).toString();
            for (Member m : h.getMembers()) {
                assertThat(text).doesNotContain(m.getName(), m.getIdNumber().unmasked());
            }
        }
        assertThat(assess(other).toString()).contains("members[1] is a public employee")
                .contains("members[2], aged 12 on the reference day, has dropped out");
    }

    @Test
    @DisplayName("toString heads exit and monitoring with what was decided")
    void explanationHeadsExitAndMonitoringWithTheirOutcomes() {
        String stable = assess(registered(Households.withWage(1, Yuan.of(6000)))).toString();
        String unstable = assess(registered(Households.withWage(1, Yuan.of(4000)))).toString();
        String edge = assess(Households.withWage(1, Yuan.of(4000))).toString();

        assertThat(headings(stable)).containsExactly("Exit: eligible", "Monitoring: not monitored");
        assertThat(headings(unstable)).containsExactly("Exit: eligible, with monitoring as UNSTABLE_EXITED", "Monitoring: not monitored");
        assertThat(headings(edge)).containsExactly("Exit: not eligible", "Monitoring: monitored as MARGINAL");
    }

    private static List<String> headings(String explanation) {
        return explanation.lines().filter(l -> l.startsWith("Exit:") || l.startsWith("Monitoring:")).toList();
    }

    private static Household registered(Household household) {
        return Household.builder().from(household).withStatus(Status.registered(LocalDate.of(2015, 10, 1))).build();
    }
}
