package io.github.jingzhun.monitoring;

import io.github.jingzhun.Households;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.Housing;
import io.github.jingzhun.household.HousingSafety;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.Labour;
import io.github.jingzhun.household.LivingConditions;
import io.github.jingzhun.household.MeasureCategory;
import io.github.jingzhun.household.Member;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Sex;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.household.Transfer;
import io.github.jingzhun.household.TransferKind;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.PolicyParameters;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/** Shared test data for the monitoring rules (MON-*): households, screenings and generated cases. */
final class MonitoringFixtures {

    static final YearParameters Y2019 = PolicyParameters.national().forYear(Year.of(2019));
    /**
     * 2019 with new registration closed after 2018: a poor household never registered is then monitored (MON-2),
     * not a missed identification to register (AUD-10).
     */
    static final YearParameters Y2019_CLOSED = PolicyParameters.national()
            .withParameter(ParameterKey.LAST_NEW_REGISTRATION_YEAR, BigDecimal.valueOf(2018), "test",
                    "new registration closed after 2018")
            .forYear(Year.of(2019));
    /** MON-1 default for 2019: 1.5 × 3218. */
    static final Yuan THRESHOLD_2019 = Yuan.parse("4827.00");
    static final Status EXITED = Status.exited(LocalDate.of(2016, 10, 1), LocalDate.of(2018, 12, 20));
    static final Status REGISTERED = Status.registered(LocalDate.of(2016, 10, 1));

    private MonitoringFixtures() {}

    /** A one-adult household in 522727 with good conditions and the given status; no income yet. */
    static Household.Builder oneAdult(Status status) {
        return Households.household("522727").withStatus(status).addMembers(Households.adult());
    }

    /** A one-adult household with a 2019 wage (its whole stable income) and nothing else. */
    static Household oneAdultEarning(Status status, Yuan wage) {
        return oneAdult(status).addIncome(Households.income(2019).withWage(wage).build()).build();
    }

    /** A member who cannot work. */
    static Member noLabour(Labour labour) {
        return Households.member(Sex.FEMALE, LocalDate.of(1945, 3, 3)).withLabour(labour).build();
    }

    static IndicatorReport indicators(Household household) {
        return Indicators.evaluate(household, Y2019);
    }

    /** MON-2/MON-3 screening for income year 2019 under the national parameters. */
    static MonitoringDecision screen(Household household) {
        return RelapseMonitor.decide(household, Y2019, indicators(household));
    }

    /** MON-2/MON-3 screening for income year 2019 with new registration closed ({@link #Y2019_CLOSED}). */
    static MonitoringDecision screenClosed(Household household) {
        return RelapseMonitor.decide(household, Y2019_CLOSED, Indicators.evaluate(household, Y2019_CLOSED));
    }

    /** MON-4 review for income year 2019 under the national parameters, screening the household first. */
    static RiskReview review(Household household, MonitoringCase monitoringCase, LocalDate asOf) {
        return RiskElimination.review(household, monitoringCase, asOf, Y2019, indicators(household),
                screen(household));
    }

    /** Findings of one rule. */
    static List<Finding> findingsOf(List<Finding> findings, Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** Whether any MON-3 trigger fired. */
    static boolean triggered(MonitoringDecision decision) {
        return decision.findings().stream().anyMatch(f -> f.rule() == Rule.MON_3 && f.passed());
    }

    /** Deterministic seeds for the generated-household properties. */
    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /** A generated household and monitoring case, with what the generator chose. */
    record Generated(Household household, MonitoringCase monitoringCase, LocalDate asOf) {

        boolean onSafetyNet() {
            if (household.hasLabourCapacity()) {
                return false;
            }
            var record = household.incomeOf(Year.of(2019));
            return household.getMeasuresReceived().contains(MeasureCategory.SOCIAL_SECURITY)
                    || (record != null && (record.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)
                            || record.receives(TransferKind.EXTREME_POVERTY_SUPPORT)));
        }
    }

    /**
     * Generates a household varying status, labour, income, spending, conditions, the previous year's record and
     * measures received, and a monitoring case with dates around the six-month marks. Biased so that a good share
     * of households meets every other condition of risk elimination.
     */
    static Generated generate(long seed) {
        Random random = new Random(seed);
        RegistrationState state = RegistrationState.values()[random.nextInt(3)];
        Status status = switch (state) {
            case NOT_REGISTERED -> Status.notRegistered();
            case REGISTERED -> REGISTERED;
            case EXITED -> EXITED;
        };
        boolean easy = random.nextBoolean(); // good conditions, no shock, income well above the threshold

        int size = 1 + random.nextInt(4);
        boolean noneCanWork = random.nextInt(3) == 0;
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Labour labour = noneCanWork ? (random.nextBoolean() ? Labour.LOST : Labour.NONE)
                    : Labour.values()[random.nextInt(Labour.values().length)];
            members.add(Households.member(random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                    .withLabour(labour).build());
        }

        long thresholdFen = THRESHOLD_2019.fen() * size;
        IncomeRecord.Builder income = Households.income(2019);
        long stableFen = easy ? thresholdFen + random.nextInt(1_000_000)
                : switch (random.nextInt(4)) {
                    case 0 -> thresholdFen - 1;
                    case 1 -> thresholdFen;
                    case 2 -> random.nextInt(2_000_000);
                    default -> thresholdFen + random.nextInt(500_000);
                };
        if (random.nextInt(3) == 0) {
            long transfer = stableFen / 2;
            TransferKind kind = switch (random.nextInt(3)) {
                case 0 -> TransferKind.MINIMUM_LIVING_ALLOWANCE;
                case 1 -> TransferKind.EXTREME_POVERTY_SUPPORT;
                default -> TransferKind.PENSION;
            };
            income.addTransfers(Transfer.of(kind, Yuan.ofFen(transfer), true));
            stableFen -= transfer;
        }
        income.withWage(Yuan.ofFen(stableFen));
        if (random.nextInt(4) == 0) {
            income.addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.ofFen(1 + random.nextInt(300_000)), false));
        }
        if (!easy) {
            if (random.nextInt(3) == 0) {
                income.withMedicalOutOfPocket(Yuan.ofFen(random.nextInt(1_500_000)));
            }
            if (random.nextInt(4) == 0) {
                income.withEducationCosts(Yuan.ofFen(random.nextInt(1_000_000)));
            }
            if (random.nextInt(5) == 0) {
                income.withDisasterLoss(Yuan.ofFen(random.nextInt(1_000_000)));
            }
        }

        Household.Builder b = Households.household("522727").withId("HH-522727-G" + seed)
                .withStatus(status).addAllMembers(members).addIncome(income.build());
        if (random.nextBoolean()) {
            // the previous year: from no fall to a fall of well over 30%
            long before = easy ? stableFen : stableFen + random.nextInt(2_000_000);
            b.addIncome(Households.income(2018).withWage(Yuan.ofFen(before)).build());
        }
        if (!easy && random.nextInt(3) == 0) {
            HousingSafety safety = HousingSafety.values()[random.nextInt(HousingSafety.values().length)];
            b.withConditions(LivingConditions.builder().withFoodAssured(random.nextInt(5) != 0)
                    .withClothingAssured(true).withHousing(Housing.of(safety, true, random.nextBoolean()))
                    .withWater(Households.goodWater().build()).build());
        }
        int measures = random.nextInt(3);
        for (int i = 0; i < measures; i++) {
            b.addMeasuresReceived(MeasureCategory.values()[random.nextInt(MeasureCategory.values().length)]);
        }
        if (noneCanWork && random.nextBoolean()) {
            b.addMeasuresReceived(MeasureCategory.SOCIAL_SECURITY);
        }

        LocalDate asOf = LocalDate.of(2019, 12, 31);
        LocalDate monitoredSince = easy ? asOf.minusMonths(6).minusDays(random.nextInt(400))
                : asOf.minusMonths(6).plusDays(random.nextInt(5) - 2);
        LocalDate stableSince = random.nextInt(6) == 0 ? null
                : easy ? monitoredSince : asOf.minusMonths(6).plusDays(random.nextInt(5) - 2);
        LocalDate eliminatedOn = random.nextInt(5) == 0 ? monitoredSince.plusMonths(6) : null;
        if (eliminatedOn != null && eliminatedOn.isAfter(asOf)) {
            eliminatedOn = asOf;
        }
        MonitoringCategory category = MonitoringCategory.values()[random.nextInt(3)];
        return new Generated(b.build(), new MonitoringCase(category, monitoredSince, stableSince, eliminatedOn),
                asOf);
    }
}
