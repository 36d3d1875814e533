package io.github.jingzhun.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The list a plan keeps its measures in, as the selector selects them. */
class MeasureListTest {

    private static Measure measure(int priority, String address) {
        return new Measure(MeasureCategory.PRODUCTION, Rule.MS_1, priority, List.of(address));
    }

    @Test
    @DisplayName("a measure follows every one of the same or a higher priority, also beyond the first four")
    void selectedInPriorityOrder() {
        List<Measure> selected = List.of(measure(3, "a"), measure(1, "b"), measure(4, "c"), measure(2, "d"),
                measure(1, "e"), measure(3, "f"), measure(2, "g"), measure(1, "h"), measure(4, "i"), measure(3, "j"));
        MeasureList measures = new MeasureList();
        for (Measure m : selected) {
            measures.select(m);
        }

        assertThat(measures).extracting(m -> m.addresses().get(0))
                .containsExactly("b", "e", "h", "d", "g", "a", "f", "j", "c", "i");
        assertThat(measures).hasSize(10).isEqualTo(selected.stream()
                .sorted((x, y) -> Integer.compare(x.priority(), y.priority())).toList());
    }

    @Test
    @DisplayName("an empty list, and a measure beyond the last, read as any list's")
    void readsAsAList() {
        MeasureList measures = new MeasureList();
        assertThat(measures).isEmpty();
        measures.select(measure(2, "a"));

        assertThat(measures.get(0).addresses()).containsExactly("a");
        assertThatThrownBy(() -> measures.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> measures.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> measures.add(measure(1, "b"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("a plan keeps the selector's list as it is, and copies any other list")
    void planKeepsTheSelectorsList() {
        YearParameters y2019 = PolicyParameters.national().forYear(Year.of(2019));
        Household h = Households.household("522727").addMembers(Households.adult())
                .addIncome(Households.income(2019).build()).build();
        MeasurePlan plan = MeasureSelector.select(h, y2019, Indicators.evaluate(h, y2019));
        assertThat(plan.measures()).isInstanceOf(MeasureList.class);
        assertThat(new MeasurePlan(plan.measures(), List.of()).measures()).isSameAs(plan.measures());

        List<Measure> given = new ArrayList<>(List.of(measure(1, "a")));
        MeasurePlan copied = new MeasurePlan(given, List.of());
        given.clear();
        assertThat(copied.measures()).containsExactly(measure(1, "a"));
    }
}
