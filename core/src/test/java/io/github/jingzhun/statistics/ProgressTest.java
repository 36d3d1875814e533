package io.github.jingzhun.statistics;

import static io.github.jingzhun.statistics.Populations.GUIZHOU;
import static io.github.jingzhun.statistics.Populations.HEBEI;
import static io.github.jingzhun.statistics.Populations.YEAR;
import static io.github.jingzhun.statistics.Populations.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Assets;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.statistics.Progress.Counts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ST-5: persons registered, exited, relapsed and remaining, by county and period. */
class ProgressTest {

    private static final PovertyPolicy NATIONAL = PovertyPolicy.national();
    private static final LocalDate REGISTERED_2015 = LocalDate.of(2015, 10, 1);

    static LongStream seeds() {
        return Populations.seeds();
    }

    /**
     * Period 2019 (line 3,218):
     * <pre>
     * id  county  persons  status                     income 2019      counts as
     * A1  522727  3        REGISTERED 2015            3,000            registered, remaining
     * A2  522727  2        EXITED 2019-06             20,000           registered, exited
     * A3  522727  4        EXITED 2017                4,000 (1,000pp)  relapsed
     * A4  522727  1        EXITED 2017                9,000            nothing
     * A5  522727  2        EXITED 2018, private car   1,000            nothing: EXCLUDED, not ELIGIBLE
     * B1  130123  1        EXITED 2020-03             5,000            registered, remaining
     * B2  130123  6        REGISTERED 2020-03         1,000            nothing: after the period
     * B3  130123  5        NOT_REGISTERED             1,000            nothing
     * </pre>
     */
    private static List<Household> eightHouseholds() {
        return List.of(
                household("A1", GUIZHOU, 3, 3_000).withStatus(Status.registered(REGISTERED_2015)).build(),
                household("A2", GUIZHOU, 2, 20_000).withStatus(Status.exited(REGISTERED_2015,
                        LocalDate.of(2019, 6, 30))).build(),
                household("A3", GUIZHOU, 4, 4_000).withStatus(Status.exited(REGISTERED_2015,
                        LocalDate.of(2017, 12, 1))).build(),
                household("A4", GUIZHOU, 1, 9_000).withStatus(Status.exited(REGISTERED_2015,
                        LocalDate.of(2017, 12, 1))).build(),
                household("A5", GUIZHOU, 2, 1_000).withStatus(Status.exited(REGISTERED_2015,
                        LocalDate.of(2018, 12, 1))).withAssets(Assets.builder().withPrivateCar(true).build()).build(),
                household("B1", HEBEI, 1, 5_000).withStatus(Status.exited(null, LocalDate.of(2020, 3, 1))).build(),
                household("B2", HEBEI, 6, 1_000).withStatus(Status.registered(LocalDate.of(2020, 3, 1))).build(),
                household("B3", HEBEI, 5, 1_000).build());
    }

    @Test
    @DisplayName("ST-5: progress of one period by county, worked by hand")
    void st5WorkedByHand() {
        Progress progress = Progress.of(eightHouseholds(), NATIONAL, YEAR);

        assertThat(progress.period()).isEqualTo(YEAR);
        // 522727: registered A1 (3) + A2 (2) = 5; exited A2 (2); relapsed A3 (4); remaining A1 (3).
        assertThat(progress.county(CountyCode.parse(GUIZHOU))).isEqualTo(new Counts(5, 2, 4, 3));
        // 130123: registered B1 (1), exited after the period, so remaining (1).
        assertThat(progress.county(CountyCode.parse(HEBEI))).isEqualTo(new Counts(1, 0, 0, 1));
        // Total: registered 6 = exited 2 + remaining 4; relapsed 4.
        assertThat(progress.total()).isEqualTo(new Counts(6, 2, 4, 4));
        assertThat(progress.counties().keySet()).extracting(CountyCode::toString).containsExactly(HEBEI, GUIZHOU);
        assertThat(progress.county(CountyCode.parse("110101"))).isEqualTo(Counts.NONE);
    }

    @Test
    @DisplayName("ST-5: findings cite ST-5; the relapse finding fails when someone relapsed")
    void st5Findings() {
        Progress progress = Progress.of(eightHouseholds(), NATIONAL, YEAR);

        assertThat(progress.findings()).extracting(Finding::rule).containsOnly(Rule.ST_5);
        assertThat(progress.findings()).extracting(Finding::observed).containsExactly(BigDecimal.valueOf(6),
                BigDecimal.valueOf(2), BigDecimal.valueOf(4), BigDecimal.valueOf(4));
        assertThat(progress.findings()).extracting(Finding::passed).containsExactly(true, true, false, true);
        assertThat(progress.findings().get(2).message())
                .isEqualTo("4 exited persons fell back below the line in 2019");
        assertThat(progress.findings().get(3).messageZh()).isEqualTo("2019年末剩余建档立卡贫困人口4人");
    }

    @Test
    @DisplayName("ST-5: one registry snapshot read for an earlier period")
    void st5EarlierPeriodFromTheSameSnapshot() {
        // Period 2016 (line 2,952), registered households only: A1 registered 2015 counts; B2 (2020) does not.
        List<Household> registered = eightHouseholds().stream()
                .filter(h -> h.getStatus().getState() == RegistrationState.REGISTERED).toList();

        Progress progress = Progress.of(registered, NATIONAL, Year.of(2016));

        assertThat(progress.total()).isEqualTo(new Counts(3, 0, 0, 3));
    }

    @Test
    @DisplayName("ST-5: a household registered during the period (2019-03-01) counts; one registered in 2020 does not")
    void st5RegisteredDuringThePeriodCounts() {
        Household during = household("C1", GUIZHOU, 3, 1_000).withStatus(Status.registered(LocalDate.of(2019, 3, 1)))
                .build();
        Household after = household("C2", GUIZHOU, 2, 1_000).withStatus(Status.registered(LocalDate.of(2020, 1, 1)))
                .build();

        Progress progress = Progress.of(List.of(during, after), NATIONAL, YEAR);

        assertThat(progress.total()).isEqualTo(new Counts(3, 0, 0, 3));
    }

    @Test
    @DisplayName("ST-5: with no relapse the relapse finding passes and says so")
    void st5NoRelapseFindingPasses() {
        Progress progress = Progress.of(eightHouseholds().subList(0, 2), NATIONAL, YEAR);

        assertThat(progress.total().relapsed()).isZero();
        assertThat(progress.findings().get(2)).satisfies(f -> {
            assertThat(f.passed()).isTrue();
            assertThat(f.observed()).isEqualTo(BigDecimal.ZERO);
            assertThat(f.message()).isEqualTo("No exited person fell back below the line in 2019");
            assertThat(f.messageZh()).isEqualTo("2019年已脱贫人口无返贫");
        });
    }

    @Test
    @DisplayName("ST-5: accumulators of different periods cannot be combined; of the same period they add up")
    void st5CombineOnlyTheSamePeriod() {
        Progress.Accumulator y2019 = Progress.accumulator(NATIONAL, YEAR);
        Progress.Accumulator other2019 = Progress.accumulator(NATIONAL, YEAR);
        List<Household> eight = eightHouseholds();
        y2019.add(eight.get(0));
        other2019.add(eight.get(1));

        assertThatThrownBy(() -> y2019.combine(Progress.accumulator(NATIONAL, Year.of(2018))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different periods");
        assertThat(y2019.combine(other2019).result().total()).isEqualTo(new Counts(5, 2, 0, 3));
    }

    @Test
    @DisplayName("ST-5: an exited household without the period's income cannot be checked for relapse")
    void st5RelapseNeedsTheIncome() {
        Household exited = household("X", GUIZHOU, 1, 1_000).withStatus(Status.exited(REGISTERED_2015,
                LocalDate.of(2017, 1, 1))).build();

        assertThatThrownBy(() -> Progress.of(List.of(exited), NATIONAL, Year.of(2018)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no income record");
    }

    @Test
    @DisplayName("ST-5: counts are checked: registered = exited + remaining")
    void st5CountsAreChecked() {
        assertThatThrownBy(() -> new Counts(5, 2, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Counts(-1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Counts(3, 1, 2, 2).plus(new Counts(1, 0, 1, 1))).isEqualTo(new Counts(4, 1, 3, 3));
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3}")
    @CsvSource({"1, -1, 0, 2", "1, 2, 0, -1", "0, 0, -1, 0"})
    @DisplayName("ST-5: each count alone is checked not negative (exited, remaining, relapsed)")
    void st5EachCountIsCheckedNotNegative(long registered, long exited, long relapsed, long remaining) {
        assertThatThrownBy(() -> new Counts(registered, exited, relapsed, remaining))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not negative");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @DisplayName("ST-5 property: counties sum to the total, relapse agrees with identification, parallel agrees")
    void st5CountiesSumToTheTotal(long seed) {
        List<Household> population = Populations.random(seed);
        long relapsed = 0;
        for (Household h : population) {
            LocalDate exitedOn = h.getStatus().getExitedOn();
            if (exitedOn != null && exitedOn.getYear() < YEAR.getValue()
                    && NATIONAL.assess(h, YEAR).identification().isPoor()) {
                relapsed += h.size();
            }
        }

        Progress progress = Progress.of(population, NATIONAL, YEAR);
        Progress parallel = population.parallelStream().collect(Progress.collector(NATIONAL, YEAR));

        Counts sum = progress.counties().values().stream().reduce(Counts.NONE, Counts::plus);
        assertThat(sum).isEqualTo(progress.total());
        assertThat(progress.total().relapsed()).isEqualTo(relapsed);
        assertThat(parallel).isEqualTo(progress);
    }
}
