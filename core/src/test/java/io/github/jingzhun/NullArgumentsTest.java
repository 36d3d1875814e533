package io.github.jingzhun;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jingzhun.area.Area;
import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.VillageCode;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.explain.Changes;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.measure.MeasurePlan;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.parameter.PovertyLine;
import io.github.jingzhun.parameter.RegionalLine;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A null where the API says "not null" is refused at once, naming the argument, not deep inside. */
class NullArgumentsTest {

    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Household HOUSEHOLD = Households.withWage(2, Yuan.of(3000));
    private static final Year YEAR = Year.of(2019);

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("county code", (ThrowingCallable) () -> CountyCode.parse(null)),
                Arguments.of("village code", (ThrowingCallable) () -> VillageCode.parse(null)),
                Arguments.of("county", (ThrowingCallable) () -> Area.of((CountyCode) null)),
                Arguments.of("village", (ThrowingCallable) () -> Area.of((VillageCode) null)),
                Arguments.of("amount", (ThrowingCallable) () -> new PovertyLine(YEAR, null, "s", null)),
                Arguments.of("source", (ThrowingCallable) () -> new PovertyLine(YEAR, Yuan.of(4000), null, null)),
                Arguments.of("reason", (ThrowingCallable) () -> new RegionalLine(52, YEAR, Yuan.of(4000), "s", null)),
                Arguments.of("policy", (ThrowingCallable) () -> Changes.of(null, HOUSEHOLD, YEAR)),
                Arguments.of("household", (ThrowingCallable) () -> Changes.of(POLICY, null, YEAR)),
                Arguments.of("decision", (ThrowingCallable) () -> Changes.of(POLICY, HOUSEHOLD, (Decision) null)),
                Arguments.of("household", (ThrowingCallable) () -> decisionWith(0)),
                Arguments.of("year", (ThrowingCallable) () -> decisionWith(1)),
                Arguments.of("identification", (ThrowingCallable) () -> decisionWith(2)),
                Arguments.of("indicators", (ThrowingCallable) () -> decisionWith(3)),
                Arguments.of("measures", (ThrowingCallable) () -> decisionWith(4)),
                Arguments.of("exit", (ThrowingCallable) () -> decisionWith(5)),
                Arguments.of("monitoring", (ThrowingCallable) () -> decisionWith(6)),
                Arguments.of("audit", (ThrowingCallable) () -> decisionWith(7)));
    }

    /** A decision of {@link #HOUSEHOLD} built with its {@code nth} component null. */
    private static Decision decisionWith(int nth) {
        Decision d = POLICY.assess(HOUSEHOLD, YEAR);
        Object[] parts = {d.household(), d.year(), d.identification(), d.indicators(), d.measures(), d.exit(),
            d.monitoring(), d.audit()};
        parts[nth] = null;
        return new Decision((String) parts[0], (Year) parts[1], (Identification) parts[2], (IndicatorReport) parts[3],
                (MeasurePlan) parts[4], (ExitDecision) parts[5], (MonitoringDecision) parts[6],
                castList(parts[7]));
    }

    @SuppressWarnings("unchecked")
    private static List<Finding> castList(Object list) {
        return (List<Finding>) list;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aNullArgumentIsNamed(String argument, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(argument);
    }
}
