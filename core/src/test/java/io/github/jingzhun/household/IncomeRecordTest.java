package io.github.jingzhun.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jingzhun.Households;
import io.github.jingzhun.money.Yuan;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncomeRecordTest {

    private static final Yuan MINUS_ONE_FEN = Yuan.ofFen(-1);

    /** Every component distinct, so a missing or doubled term changes the total. */
    private static IncomeRecord.Builder full() {
        return Households.income(2019)
                .withWage(Yuan.parse("3000.01"))
                .withProductionGross(Yuan.parse("2600.20"))
                .withProductionCosts(Yuan.parse("900.03"))
                .withProperty(Yuan.parse("400.40"))
                .addTransfers(Transfer.of(TransferKind.MINIMUM_LIVING_ALLOWANCE, Yuan.parse("1200.05"), true))
                .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.parse("60.00"), true))
                .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.parse("500.07"), false))
                .addTransfers(Transfer.of(TransferKind.OTHER, Yuan.parse("0.09"), false));
    }

    @Test
    @DisplayName("INC-1: net income = wage + (gross − costs) + property + all transfers")
    void netIncomeIsWagePlusNetProductionPlusPropertyPlusAllTransfersINC1() {
        // 3000.01 + (2600.20 − 900.03) + 400.40 + 1200.05 + 60.00 + 500.07 + 0.09 = 6860.79
        assertThat(full().build().netIncome()).isEqualTo(Yuan.parse("6860.79"));
    }

    @Test
    @DisplayName("INC-1: the JSON contract's worked household, 6400")
    void workedHouseholdNetIncomeIs6400INC1() {
        assertThat(Households.worked().incomeOf(Year.of(2019)).netIncome()).isEqualTo(Yuan.of(6400));
    }

    @Test
    @DisplayName("INC-1: net production income may be negative")
    void negativeNetProductionIsAllowedINC1() {
        IncomeRecord r = Households.income(2019).withProductionGross(Yuan.of(1000))
                .withProductionCosts(Yuan.of(2500)).build();
        assertThat(r.netIncome()).isEqualTo(Yuan.of(-1500));
        assertThat(r.netIncome().isNegative()).isTrue();
        assertThat(r.stableIncome()).isEqualTo(Yuan.of(-1500));
    }

    @Test
    @DisplayName("INC-1: production costs reduce the other income")
    void productionLossReducesOtherIncomeINC1() {
        IncomeRecord r = Households.income(2019).withWage(Yuan.of(3000)).withProductionGross(Yuan.of(100))
                .withProductionCosts(Yuan.of(600)).build();
        assertThat(r.netIncome()).isEqualTo(Yuan.of(2500));
    }

    @Test
    @DisplayName("INC-1: rigid spending does not reduce net income")
    void rigidSpendingDoesNotReduceNetIncomeINC1() {
        IncomeRecord without = full().build();
        IncomeRecord with = full().withMedicalOutOfPocket(Yuan.of(1800)).withEducationCosts(Yuan.of(700))
                .withDisasterLoss(Yuan.of(5000)).build();
        assertThat(with.netIncome()).isEqualTo(without.netIncome());
        assertThat(with.stableIncome()).isEqualTo(without.stableIncome());
        assertThat(with.getMedicalOutOfPocket()).isEqualTo(Yuan.of(1800));
    }

    @Test
    @DisplayName("INC-1: an empty record has zero income")
    void emptyRecordHasZeroIncomeINC1() {
        IncomeRecord r = Households.income(2019).build();
        assertThat(r.netIncome()).isEqualTo(Yuan.ZERO);
        assertThat(r.stableIncome()).isEqualTo(Yuan.ZERO);
        assertThat(r.getYear()).isEqualTo(Year.of(2019));
    }

    @Test
    @DisplayName("INC-4: stable income leaves out one-off transfers only")
    void stableIncomeLeavesOutOneOffTransfersOnlyINC4() {
        // 6860.79 − 500.07 − 0.09 one-off = 6360.63
        IncomeRecord r = full().build();
        assertThat(r.stableIncome()).isEqualTo(Yuan.parse("6360.63"));
        assertThat(r.netIncome().minus(r.stableIncome())).isEqualTo(Yuan.parse("500.16"));
    }

    @Test
    @DisplayName("INC-4: with only recurring transfers, stable income equals net income")
    void withOnlyRecurringTransfersStableEqualsNetINC4() {
        IncomeRecord r = Households.income(2019).withWage(Yuan.of(100))
                .addTransfers(Transfer.of(TransferKind.PENSION, Yuan.of(50), true)).build();
        assertThat(r.stableIncome()).isEqualTo(r.netIncome()).isEqualTo(Yuan.of(150));
    }

    @Test
    @DisplayName("INC-4: a one-fen one-off transfer is left out of stable income")
    void oneFenOneOffTransferIsLeftOutINC4() {
        IncomeRecord r = Households.income(2019).withWage(Yuan.of(100))
                .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.ofFen(1), false)).build();
        assertThat(r.netIncome()).isEqualTo(Yuan.parse("100.01"));
        assertThat(r.stableIncome()).isEqualTo(Yuan.of(100));
    }

    @Test
    void receivesIsTrueOnlyForKindsRecorded() {
        IncomeRecord r = full().build();
        assertThat(r.receives(TransferKind.MINIMUM_LIVING_ALLOWANCE)).isTrue();
        assertThat(r.receives(TransferKind.PENSION)).isTrue();
        assertThat(r.receives(TransferKind.RELIEF)).isTrue();
        assertThat(r.receives(TransferKind.EXTREME_POVERTY_SUPPORT)).isFalse();
        assertThat(r.receives(TransferKind.DISABILITY_SUBSIDY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void receivesIsFalseWithNoTransfers(TransferKind kind) {
        assertThat(Households.income(2019).withWage(Yuan.of(1)).build().receives(kind)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TransferKind.class)
    void receivesEachKindAloneAndNoOther(TransferKind kind) {
        IncomeRecord r = Households.income(2019).addTransfers(Transfer.of(kind, Yuan.of(1), true)).build();
        for (TransferKind other : TransferKind.values()) {
            assertThat(r.receives(other)).as("%s", other).isEqualTo(other == kind);
        }
        // the kinds are found when the record is built, and take no part in its value
        assertThat(r).isEqualTo(IncomeRecord.builder().from(r).build()).hasSameHashCodeAs(r);
        assertThat(r.toString()).doesNotContain("kinds");
    }

    @Test
    void receivesCountsAOneOffTransferOfZeroYuan() {
        IncomeRecord r = Households.income(2019)
                .addTransfers(Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.ZERO, false)).build();
        assertThat(r.receives(TransferKind.EXTREME_POVERTY_SUPPORT)).isTrue();
    }

    @Test
    void isTransfersOnlyWhenNoWageProductionOrPropertyIncome() {
        IncomeRecord onlyTransfers = Households.income(2019)
                .addTransfers(Transfer.of(TransferKind.EXTREME_POVERTY_SUPPORT, Yuan.of(3000), true)).build();
        assertThat(onlyTransfers.isTransfersOnly()).isTrue();
        assertThat(Households.income(2019).build().isTransfersOnly()).isTrue();
    }

    @Test
    void oneFenOfWageProductionOrPropertyIsNotTransfersOnly() {
        assertThat(Households.income(2019).withWage(Yuan.ofFen(1)).build().isTransfersOnly()).isFalse();
        assertThat(Households.income(2019).withProductionGross(Yuan.ofFen(1)).build().isTransfersOnly()).isFalse();
        assertThat(Households.income(2019).withProperty(Yuan.ofFen(1)).build().isTransfersOnly()).isFalse();
    }

    @Test
    void productionCostsAloneAreNotIncome() {
        assertThat(Households.income(2019).withProductionCosts(Yuan.of(500)).build().isTransfersOnly()).isTrue();
    }

    @Test
    void minusOneFenOfAnyAmountIsRejectedWithItsPath() {
        assertRejected(Households.income(2019).withWage(MINUS_ONE_FEN), "wage");
        assertRejected(Households.income(2019).withProductionGross(MINUS_ONE_FEN), "productionGross");
        assertRejected(Households.income(2019).withProductionCosts(MINUS_ONE_FEN), "productionCosts");
        assertRejected(Households.income(2019).withProperty(MINUS_ONE_FEN), "property");
        assertRejected(Households.income(2019).withMedicalOutOfPocket(MINUS_ONE_FEN), "medicalOutOfPocket");
        assertRejected(Households.income(2019).withEducationCosts(MINUS_ONE_FEN), "educationCosts");
        assertRejected(Households.income(2019).withDisasterLoss(MINUS_ONE_FEN), "disasterLoss");
    }

    private static void assertRejected(IncomeRecord.Builder builder, String path) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(builder::build)
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple(path, "must not be negative")));
    }

    @Test
    void aNetIncomeBeyondOneTrillionYuanIsRejectedThoughEachAmountIsWithin() {
        Yuan half = Yuan.parse("500000000000.00");
        assertThat(Households.income(2019).withWage(half).withProperty(half).build().netIncome())
                .isEqualTo(Yuan.parse("1000000000000.00"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.income(2019).withWage(half).withProperty(half)
                        .addTransfers(Transfer.of(TransferKind.RELIEF, Yuan.parse("0.01"), false)).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("", IncomeRecord.NET_INCOME_BEYOND_LIMIT)));
        assertThat(Households.income(2019).withProductionCosts(Yuan.parse("1000000000000.00")).build().netIncome())
                .isEqualTo(Yuan.parse("-1000000000000.00"));
    }

    @Test
    void zeroAmountsAreAccepted() {
        IncomeRecord r = Households.income(2019).withWage(Yuan.ZERO).withProductionGross(Yuan.ZERO)
                .withProductionCosts(Yuan.ZERO).withProperty(Yuan.ZERO).withMedicalOutOfPocket(Yuan.ZERO)
                .withEducationCosts(Yuan.ZERO).withDisasterLoss(Yuan.ZERO).build();
        assertThat(r.netIncome()).isEqualTo(Yuan.ZERO);
    }

    @Test
    void allNegativeAmountsAreReportedAtOnce() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Households.income(2019).withWage(MINUS_ONE_FEN).withProductionGross(MINUS_ONE_FEN)
                        .withProductionCosts(MINUS_ONE_FEN).withProperty(MINUS_ONE_FEN)
                        .withMedicalOutOfPocket(MINUS_ONE_FEN).withEducationCosts(MINUS_ONE_FEN)
                        .withDisasterLoss(MINUS_ONE_FEN).build())
                .satisfies(e -> {
                    assertThat(e.problems()).extracting(Problem::path).containsExactly("wage", "productionGross",
                            "productionCosts", "property", "medicalOutOfPocket", "educationCosts", "disasterLoss");
                    assertThat(e.getMessage()).startsWith("wage: must not be negative; productionGross:");
                });
    }

    @Test
    void negativeTransferIsRejectedAtPathAmount() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> Transfer.of(TransferKind.RELIEF, MINUS_ONE_FEN, false))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("amount", "must not be negative")));
    }

    @Test
    void transferKeepsItsKindAmountAndRecurrence() {
        Transfer t = Transfer.of(TransferKind.ECOLOGICAL_COMPENSATION, Yuan.of(300), true);
        assertThat(t.getKind()).isEqualTo(TransferKind.ECOLOGICAL_COMPENSATION);
        assertThat(t.getAmount()).isEqualTo(Yuan.of(300));
        assertThat(t.isRecurring()).isTrue();
    }

    @Test
    void netIncomeThatOverflowsIsRejected() {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> Households.income(2019)
                .withWage(Yuan.ofFen(Long.MAX_VALUE)).withProperty(Yuan.ofFen(1)).build())
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::message)
                        .containsExactly(IncomeRecord.NET_INCOME_BEYOND_LIMIT));
    }
}
