package io.github.jingzhun.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jingzhun.Decision;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeObservation;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.MonitoringHistory;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.monitoring.MonitoringCase;
import io.github.jingzhun.monitoring.MonitoringCategory;
import io.github.jingzhun.monitoring.MonitoringDecision;
import io.github.jingzhun.monitoring.RelapseMonitor;
import io.github.jingzhun.monitoring.RiskElimination;
import io.github.jingzhun.monitoring.RiskReview;
import io.github.jingzhun.parameter.YearParameters;
import io.github.jingzhun.procedure.Procedure;
import io.github.jingzhun.procedure.ProcedureEvent;
import io.github.jingzhun.procedure.ProcedureKind;
import io.github.jingzhun.procedure.ProcedureResult;
import io.github.jingzhun.procedure.Step;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EX-H-3 and MON-4 decided from JSON agree with the Java functions given the same data: the exit steps remaining
 * from a recorded procedure with {@link HouseholdExit#decide(Household, YearParameters, IndicatorReport, Procedure)}
 * and a state machine fed event by event; the review of a monitoring history with
 * {@link RiskElimination#review(Household, MonitoringCase, LocalDate, YearParameters, IndicatorReport,
 * MonitoringDecision)} and a case derived here, independently, from the same observations.
 */
class RegistryDifferentialTest {

    private static final ObjectMapper MAPPER = JingzhunJson.mapper();
    private static final JsonImporter IMPORTER = JingzhunJson.importer();
    private static final PovertyPolicy POLICY = PovertyPolicy.national();
    private static final Year YEAR = Year.of(2019);
    private static final YearParameters PARAMETERS = POLICY.parametersFor(YEAR);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    /** One recorded event: its JSON and, built separately, the state machine's event. */
    private record Event(ObjectNode json, ProcedureEvent event) {}

    /**
     * Events of an exit procedure: a third regular and complete; the others some steps, with now and then a short
     * notice, a swap, a step skipped, a step dated backwards, a rejection.
     */
    private static List<Event> exitEvents(Random r, LocalDate start) {
        boolean regular = r.nextInt(3) == 0;
        List<Step> steps = new ArrayList<>(ProcedureKind.HOUSEHOLD_EXIT.steps());
        if (!regular && r.nextInt(5) == 0) {
            int i = r.nextInt(steps.size() - 1);
            steps.add(i, steps.remove(i + 1));
        }
        if (!regular && r.nextInt(6) == 0) {
            steps.remove(r.nextInt(steps.size()));
        }
        int count = regular ? steps.size() : 1 + r.nextInt(steps.size());
        List<Event> events = new ArrayList<>();
        LocalDate day = start;
        for (int i = 0; i < count; i++) {
            Step step = steps.get(i);
            day = day.plusDays(r.nextInt(10) - (!regular && r.nextInt(8) == 0 ? 12 : 0));
            String actor = !regular && r.nextInt(10) == 0 ? null : "office " + r.nextInt(5);
            ObjectNode json = MAPPER.createObjectNode().put("step", step.name());
            if (actor != null) {
                json.put("actor", actor);
            }
            boolean rejects = !regular && r.nextInt(12) == 0;
            ProcedureEvent event;
            if (step.isNotice()) {
                LocalDate end = day.plusDays(regular ? 6 + r.nextInt(4) : 3 + r.nextInt(8));
                json.put("noticeStart", day.toString()).put("noticeEnd", end.toString());
                if (rejects) {
                    json.put("objectionUpheld", true);
                }
                event = new ProcedureEvent.NoticeCompleted(step, day, end, actor == null ? "" : actor, rejects);
                day = end;
            } else {
                json.put("date", day.toString());
                if (rejects) {
                    json.put("rejectionReason", "income not verified");
                    event = new ProcedureEvent.Rejected(step, day, actor == null ? "" : actor,
                            "income not verified");
                } else {
                    event = new ProcedureEvent.Completed(step, day, actor == null ? "" : actor);
                }
            }
            events.add(new Event(json, event));
        }
        return events;
    }

    private static ObjectNode procedure(List<Event> events) {
        ObjectNode procedure = MAPPER.createObjectNode().put("kind", ProcedureKind.HOUSEHOLD_EXIT.name());
        ArrayNode array = procedure.putArray("events");
        for (Event e : events) {
            array.add(e.json());
        }
        return procedure;
    }

    /** An exit case: the decision from JSON, the Java function's, the machine fed by hand, the events. */
    private record ExitCase(Decision decision, ExitDecision expected, Procedure machine, int events) {}

    private static ExitCase exitCase(long seed) throws Exception {
        Random r = new Random(seed);
        ObjectNode json = (ObjectNode) MAPPER.readTree(ContractDocument.workedHousehold());
        ArrayNode procedures = json.putArray("procedures");
        if (r.nextInt(4) == 0) {
            procedures.add(procedure(exitEvents(r, LocalDate.of(2018, 10, 1)))); // an earlier try: not the one read
        }
        List<Event> events = exitEvents(r, LocalDate.of(2019, 10, 8));
        procedures.add(procedure(events));
        Household fromJson = IMPORTER.readHousehold(MAPPER.writeValueAsString(json));
        Decision decision = POLICY.assess(fromJson, YEAR);

        Procedure machine = Procedure.start(ProcedureKind.HOUSEHOLD_EXIT);
        for (Event e : events) {
            ProcedureResult result = machine.apply(e.event(), POLICY.parameters());
            if (result instanceof ProcedureResult.Refused) {
                break;
            }
            machine = result.procedure();
        }
        Household plain = Household.builder().from(fromJson).withProcedures(List.of()).build();
        ExitDecision expected = HouseholdExit.decide(plain, PARAMETERS, Indicators.evaluate(plain, PARAMETERS),
                machine);
        return new ExitCase(decision, expected, machine, events.size());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void exitStepsFromJsonAgreeWithTheStateMachineEXH3(long seed) throws Exception {
        ExitCase c = exitCase(seed);
        assertThat(c.decision().exit()).isEqualTo(c.expected());
        Decision written = IMPORTER.readDecision(MAPPER.writeValueAsString(c.decision()));
        // A rejected exit is proposed again: every step remains.
        assertThat(written.exit().remainingSteps()).isEqualTo(c.machine().state() == Procedure.State.REJECTED
                ? ProcedureKind.HOUSEHOLD_EXIT.steps() : c.machine().remaining());
    }

    @Test
    void theExitCasesCoverEveryOutcomeOfTheStateMachineEXH3() throws Exception {
        int completed = 0;
        int rejected = 0;
        int refusedMidway = 0;
        int underWay = 0;
        for (long seed : seeds().toArray()) {
            ExitCase c = exitCase(seed);
            switch (c.machine().state()) {
                case COMPLETED -> completed++;
                case REJECTED -> rejected++;
                default -> {
                    if (c.machine().trail().size() < c.events()) {
                        refusedMidway++;
                    } else {
                        underWay++;
                    }
                }
            }
        }
        assertThat(completed).as("completed").isGreaterThanOrEqualTo(3);
        assertThat(rejected).as("rejected").isGreaterThanOrEqualTo(3);
        assertThat(refusedMidway).as("a step refused").isGreaterThanOrEqualTo(20);
        assertThat(underWay).as("under way").isGreaterThanOrEqualTo(20);
    }

    private static Household monitored(long seed) throws Exception {
        Random r = new Random(seed);
        ObjectNode json = (ObjectNode) MAPPER.readTree(ContractDocument.example("household-over-time"));
        json.remove("procedures");
        if (r.nextInt(5) == 0) {
            ((ObjectNode) json.get("income").get(0)).put("medicalOutOfPocket", 8000); // a trigger (MON-3)
        }
        if (r.nextInt(8) == 0) {
            json.putObject("status").put("state", "REGISTERED").put("registeredOn", "2015-10-01");
        }
        if (r.nextInt(8) == 0) {
            json.remove("status"); // never registered
        }
        LocalDate included = LocalDate.of(2018, 6, 1).plusDays(r.nextInt(700));
        ObjectNode history = json.putObject("monitoring").put("includedOn", included.toString());
        ArrayNode measures = history.putArray("measures");
        for (int i = r.nextInt(3); i > 0; i--) {
            measures.addObject().put("category", MeasureCategory.values()[r.nextInt(MeasureCategory.values().length)]
                    .name()).put("appliedOn", included.plusDays(r.nextInt(500) - 60).toString());
        }
        ArrayNode income = history.putArray("income");
        YearMonth month = YearMonth.of(2018, 6).plusMonths(r.nextInt(8));
        for (int i = r.nextInt(12); i > 0 && month.isBefore(YearMonth.of(2020, 6)); i--) {
            long fen = 482_700L + (r.nextInt(3) == 0 ? -1 - r.nextInt(50_000) : r.nextInt(2) == 0 ? 0
                    : r.nextInt(60_000));
            income.addObject().put("month", month.toString()).put("perCapitaIncome", BigDecimal.valueOf(fen, 2));
            month = month.plusMonths(1 + r.nextInt(2));
        }
        if (r.nextInt(4) == 0) {
            history.put("eliminatedOn", included.plusDays(r.nextInt(500)).toString());
        }
        return IMPORTER.readHousehold(MAPPER.writeValueAsString(json));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void riskEliminationFromJsonAgreesWithTheJavaFunctionMON4(long seed) throws Exception {
        Household fromJson = monitored(seed);
        Decision decision = POLICY.assess(fromJson, YEAR);
        RiskReview expected = expectedReview(fromJson);
        assertThat(decision.monitoring().riskElimination()).isEqualTo(expected);
        Decision written = IMPORTER.readDecision(MAPPER.writeValueAsString(decision));
        assertThat(written.monitoring().riskElimination()).isEqualTo(expected);
    }

    @Test
    void theMonitoredCasesCoverEveryOutcomeOfTheReviewMON4() throws Exception {
        int none = 0;
        int eliminated = 0;
        int stands = 0;
        int stableButTooShort = 0;
        for (long seed : seeds().toArray()) {
            RiskReview review = POLICY.assess(monitored(seed), YEAR).monitoring().riskElimination();
            if (review == null) {
                none++;
            } else if (review.monitoringCase().isEliminated()) {
                eliminated++;
            } else {
                stands++;
                LocalDate since = review.monitoringCase().incomeStableSince();
                stableButTooShort += since != null && since.isAfter(LocalDate.of(2019, 7, 1)) ? 1 : 0;
            }
        }
        assertThat(none).as("included after the year").isGreaterThanOrEqualTo(5);
        assertThat(eliminated).as("eliminated").isGreaterThanOrEqualTo(10);
        assertThat(stands).as("the risk stands").isGreaterThanOrEqualTo(20);
        assertThat(stableButTooShort).as("stable, not long enough").isGreaterThanOrEqualTo(3);
    }

    /** The review as the Java function gives it for the case read here from the history, independently. */
    private static RiskReview expectedReview(Household household) {
        MonitoringHistory history = household.getMonitoring();
        LocalDate asOf = LocalDate.of(2020, 1, 1);
        if (history == null || !history.getIncludedOn().isBefore(asOf)) {
            return null;
        }
        long threshold = PARAMETERS.monitoringThreshold(household.getArea().getCounty()).amount().fen();
        // Forward over the months up to December: a month below the threshold ends a run, one at or above starts
        // one if none is running.
        YearMonth since = null;
        for (IncomeObservation o : history.getIncome()) {
            if (o.getMonth().isAfter(YearMonth.of(2019, 12))) {
                break;
            }
            if (o.getPerCapitaIncome().fen() >= threshold) {
                since = since == null ? o.getMonth() : since;
            } else {
                since = null;
            }
        }
        List<MeasureCategory> applied = new ArrayList<>();
        history.getMeasures().forEach(m -> {
            if (!m.getAppliedOn().isBefore(history.getIncludedOn()) && m.getAppliedOn().getYear() <= 2019) {
                applied.add(m.getCategory());
            }
        });
        LocalDate eliminated = history.getEliminatedOn();
        Household plain = Household.builder().from(household).withMonitoring(null)
                .withMeasuresReceived(applied).build();
        IndicatorReport indicators = Indicators.evaluate(plain, PARAMETERS);
        MonitoringDecision screening = RelapseMonitor.decide(plain, PARAMETERS, indicators);
        MonitoringCategory category = screening.category() != null ? screening.category()
                : household.getStatus().getState() == RegistrationState.EXITED ? MonitoringCategory.UNSTABLE_EXITED
                : MonitoringCategory.MARGINAL;
        MonitoringCase monitoringCase = new MonitoringCase(category, history.getIncludedOn(),
                since == null ? null : since.atDay(1), eliminated != null && eliminated.isBefore(asOf) ? eliminated
                : null);
        RiskReview given = RiskElimination.review(plain, monitoringCase, asOf, PARAMETERS, indicators, screening);
        if (eliminated == null || !given.monitoringCase().isEliminated()
                || !eliminated.equals(given.monitoringCase().eliminatedOn())
                || heldOn(history, eliminated, threshold)) {
            return given;
        }
        // A mark standing but for what the history shows of its day is rolled back, then reviewed as unmarked.
        RiskReview open = RiskElimination.review(plain, new MonitoringCase(category, history.getIncludedOn(),
                monitoringCase.incomeStableSince(), null), asOf, PARAMETERS, indicators, screening);
        List<Finding> findings = new ArrayList<>(List.of(Finding.of(Rule.MON_4, false, eliminated.toString(),
                Wording.of("The elimination of {subject} was marked before its conditions held on that day (monitored "
                        + "and income stable for the months asked, a measure applied): it is rolled back",
                        "{subject}的风险消除标注早于条件满足（纳入监测和收入稳定均满规定月数、已落实帮扶措施）：撤销该标注"))));
        findings.addAll(open.findings());
        return new RiskReview(open.monitoringCase(), findings);
    }

    /**
     * MON-4 on the day of a mark, counted forward: six months monitored; six of income at or above the threshold over
     * the months ended before it, the latest run unbroken; a measure applied from inclusion to the day before.
     */
    private static boolean heldOn(MonitoringHistory history, LocalDate day, long threshold) {
        YearMonth since = null;
        for (IncomeObservation o : history.getIncome()) {
            if (!o.getMonth().isBefore(YearMonth.from(day))) {
                break;
            }
            since = o.getPerCapitaIncome().fen() < threshold ? null : since == null ? o.getMonth() : since;
        }
        boolean measured = history.getMeasures().stream().anyMatch(m ->
                !m.getAppliedOn().isBefore(history.getIncludedOn()) && m.getAppliedOn().isBefore(day));
        return measured && !history.getIncludedOn().plusMonths(6).isAfter(day)
                && since != null && !since.atDay(1).plusMonths(6).isAfter(day);
    }
}
