package io.github.jingzhun.audit;

import static io.github.jingzhun.audit.FindingList.add;

import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.exit.ExitDecision;
import io.github.jingzhun.exit.HouseholdExit;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.household.IncomeRecord;
import io.github.jingzhun.household.RegistrationState;
import io.github.jingzhun.household.Status;
import io.github.jingzhun.identification.Exclusion;
import io.github.jingzhun.identification.HouseholdIdentifier;
import io.github.jingzhun.identification.Identification;
import io.github.jingzhun.indicator.IndicatorReport;
import io.github.jingzhun.indicator.Indicators;
import io.github.jingzhun.money.Yuan;
import io.github.jingzhun.parameter.ParameterKey;
import io.github.jingzhun.parameter.YearParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The audit of one household in one income year: a registered household that an exclusion now hits
 * (AUD-3), an exit that relied on one-off transfers (AUD-4), per-capita income jumping year on year (AUD-5), the
 * registry's consistency checks (AUD-6), the procedures its record holds (AUD-7), a registered household with no
 * contact cadre (AUD-8) and a poor household missed by registration (AUD-10). A pure function.
 *
 * <p>The audit describes the household's record as it stands: its current state, members and causes, with the
 * income record of the year audited. Which checks apply:
 * <ul>
 *   <li>AUD-3 and AUD-8: REGISTERED households, with or without the year's income record: the exclusions of ID-H-2
 *       are facts of the members and assets, whatever the income.</li>
 *   <li>AUD-4: EXITED households whose exit date falls in the year audited, against that year's income record and
 *       line — households exit at the end of the year whose income shows them out of poverty. Audit a household
 *       with the parameters of its exit year to check its exit.</li>
 *   <li>AUD-5: every household with income records of the year audited and the year before.</li>
 *   <li>AUD-6: households in the registry, REGISTERED or EXITED; a missing income record of the year is itself
 *       reported, and the checks that need it are left out.</li>
 *   <li>AUD-7: every household whose record holds procedures, whatever their years, as
 *       {@link ProcedureAudit} audits a household's record.</li>
 *   <li>AUD-10 (漏评): NOT_REGISTERED households identified ELIGIBLE in an income year up to the last year of new
 *       registration ({@link ParameterKey#LAST_NEW_REGISTRATION_YEAR}): they should be registered. From the year
 *       after, new registration is closed and such a household is monitored (MON-2) instead.</li>
 * </ul>
 */
public final class HouseholdAudit {

    private static final Wording[] EXCLUDED = {
        Wording.of("A registered household is now excluded: a member is a public employee on the state payroll "
                        + "({subject}, ID-H-2)",
                "已建档立卡户现属应排除情形：有财政供养人员（{subject}，ID-H-2）"),
        Wording.of("A registered household is now excluded: it owns a private car not used for production "
                        + "({subject}, ID-H-2)",
                "已建档立卡户现属应排除情形：拥有非生产用私家车（{subject}，ID-H-2）"),
        Wording.of("A registered household is now excluded: it owns commercial housing in a town ({subject}, ID-H-2)",
                "已建档立卡户现属应排除情形：在城镇购买商品房（{subject}，ID-H-2）"),
        Wording.of("A registered household is now excluded: a member runs a registered enterprise "
                        + "({subject}, ID-H-2)",
                "已建档立卡户现属应排除情形：有成员经营已注册企业（{subject}，ID-H-2）"),
    };
    private static final Wording PAPER_EXIT = Wording.of(
            "The household exited on {subject} although its per-capita income {observed} exceeded the line "
                    + "{threshold} only with one-off transfers: a paper exit (EX-H-4)",
            "本户于{subject}退出，但人均收入{observed}元仅靠一次性转移收入才超过标准{threshold}元，属“数字脱贫”（EX-H-4）");
    private static final Wording PAPER_EXIT_ROUNDED = Wording.of(
            "The household exited on {subject} although its per-capita income, which rounds to {observed}, exceeded "
                    + "the line {threshold} exactly (INC-3) only with one-off transfers: a paper exit (EX-H-4)",
            "本户于{subject}退出，但人均收入四舍五入为{observed}元，精确计算仅靠一次性转移收入才超过标准{threshold}元（INC-3），"
                    + "属“数字脱贫”（EX-H-4）");
    /** AUD-5's wording, {multiple} filled in when a finding is made: a jump is rare. */
    private static final String INCOME_JUMP = "Per-capita net income of {subject} is {observed}, above {threshold}, "
            + "{multiple} times the year before's: a jump this large risks poverty reduced only in figures";
    private static final String INCOME_JUMP_ZH = "{subject}年人均纯收入{observed}元，超过上年的{multiple}倍"
            + "（{threshold}元），存在“数字脱贫”风险";
    private static final String INCOME_JUMP_AFTER_NONE = "Per-capita net income of {subject} is {observed}, positive "
            + "after a year without positive income ({threshold} being {multiple} times the year before's): a jump "
            + "that risks poverty reduced only in figures";
    private static final String INCOME_JUMP_AFTER_NONE_ZH = "{subject}年人均纯收入{observed}元，上年收入不为正（其{multiple}倍"
            + "为{threshold}元），本年转为正收入，存在“数字脱贫”风险";
    private static final String INCOME_JUMP_ROUNDED = "Per-capita net income of {subject} rounds to {observed}, "
            + "yet is exactly above {threshold}, {multiple} times the year before's (INC-3): a jump this large risks "
            + "poverty reduced only in figures";
    private static final String INCOME_JUMP_ROUNDED_ZH = "{subject}年人均纯收入四舍五入为{observed}元，但精确计算超过上年的"
            + "{multiple}倍（{threshold}元）（INC-3），存在“数字脱贫”风险";
    private static final Wording NO_CONTACT_CADRE = Wording.of(
            "A registered household has no contact cadre", "已建档立卡户未落实帮扶责任人");
    private static final Wording MISSED_IDENTIFICATION = Wording.of(
            "Not registered, yet identified poor in {observed}, while new registration was open (to {threshold}): "
                    + "a missed identification; the household should be registered",
            "未建档立卡，但{observed}年识别为贫困户，当时仍可新识别（至{threshold}年）：属漏评，应纳入建档立卡");

    private HouseholdAudit() {}

    /**
     * Audits a household for an income year.
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year audited, not null
     * @return the irregularities found, each citing its AUD rule, in the order AUD-3, AUD-4, AUD-5, AUD-6, AUD-7,
     *     AUD-8, AUD-10; empty when there is nothing to report; not null
     * @throws io.github.jingzhun.parameter.MissingParameterException if the parameters lack a value a check needs
     */
    public static List<Finding> check(Household household, YearParameters parameters) {
        if (household.incomeOf(parameters.year()) == null) {
            return check(household, parameters, null, null);
        }
        IndicatorReport indicators = Indicators.evaluate(household, parameters);
        return check(household, parameters, HouseholdIdentifier.identify(household, parameters, indicators),
                HouseholdExit.decide(household, parameters, indicators));
    }

    /**
     * Audits a household for an income year, reusing the identification and exit decision already made for it,
     * as {@link io.github.jingzhun.PovertyPolicy#assess} does, so that nothing is decided twice.
     *
     * @param household the household, not null
     * @param parameters the parameters of the income year audited, not null
     * @param identification the household's identification for the year, or null if it has no income record
     * @param exit the household's exit decision for the year, or null if it has no income record
     * @return the irregularities found, each citing its AUD rule, in the order AUD-3, AUD-4, AUD-5, AUD-6, AUD-7,
     *     AUD-8, AUD-10; empty when there is nothing to report; not null
     */
    public static List<Finding> check(Household household, YearParameters parameters,
            @Nullable Identification identification, @Nullable ExitDecision exit) {
        List<Finding> findings = List.of();
        Status status = household.getStatus();
        RegistrationState state = status.getState();
        if (state == RegistrationState.REGISTERED) {
            findings = excluded(identification != null ? identification.exclusions()
                    : HouseholdIdentifier.exclusions(household, parameters), findings);
        }
        LocalDate exitedOn = status.getExitedOn();
        if (exit != null && exitedOn != null && exitedOn.getYear() == parameters.year().getValue()) {
            findings = paperExit(exit, exitedOn, findings);
        }
        IncomeRecord record = household.incomeOf(parameters.year());
        findings = incomeJump(household, parameters, record, findings);
        if (state != RegistrationState.NOT_REGISTERED) {
            findings = RegistryConsistency.check(household, parameters, identification, record, findings);
        }
        findings = ProcedureAudit.check(household, parameters.parameters(), findings);
        String cadre = household.getContactCadre();
        // AUD-8: a registered household is paired with a contact cadre.
        if (state == RegistrationState.REGISTERED && cadre == null) {
            findings = add(findings, Finding.of(Rule.AUD_8, false, null, NO_CONTACT_CADRE));
        }
        // AUD-10: identified poor while it could still be registered, yet not registered.
        if (identification != null && HouseholdIdentifier.isMissed(household, parameters, identification)) {
            findings = add(findings, Finding.of(Rule.AUD_10, false, parameters.year().getValue(),
                    parameters.intValue(ParameterKey.LAST_NEW_REGISTRATION_YEAR), null, MISSED_IDENTIFICATION));
        }
        return List.copyOf(findings);
    }

    /** AUD-3: a registered household that an exclusion of ID-H-2, as identification decides it, now hits. */
    private static List<Finding> excluded(Set<Exclusion> exclusions, List<Finding> findings) {
        if (exclusions.isEmpty()) {
            return findings;  // as for most households, without making the set's iterator
        }
        for (Exclusion exclusion : exclusions) {
            findings = add(findings, Finding.of(Rule.AUD_3, false, exclusion.name(), EXCLUDED[exclusion.ordinal()]));
        }
        return findings;
    }

    /**
     * AUD-4: the exit relied on one-off transfers — stable income ≤ line × members < net income in the year of
     * exit — exactly as the paper-exit guard EX-H-4 of the exit decision decides it.
     */
    private static List<Finding> paperExit(ExitDecision exit, LocalDate exitedOn, List<Finding> findings) {
        Finding f = exit.paperExit();
        if (f == null) {
            return findings;
        }
        BigDecimal income = Objects.requireNonNull(f.observed());
        BigDecimal line = Objects.requireNonNull(f.threshold());
        return add(findings, Finding.of(Rule.AUD_4, false, income, line, exitedOn.toString(),
                income.compareTo(line) > 0 ? PAPER_EXIT : PAPER_EXIT_ROUNDED));
    }

    /** Whether now > before × multiple, exactly: in long arithmetic for a whole multiple, which allocates nothing. */
    private static boolean exceeds(long now, long before, BigDecimal multiple) {
        if (multiple.scale() == 0 && multiple.precision() <= 18) {
            try {
                return now > Math.multiplyExact(before, multiple.longValue());
            } catch (ArithmeticException e) {
                // compare in decimals below
            }
        }
        return BigDecimal.valueOf(now).compareTo(BigDecimal.valueOf(before).multiply(multiple)) > 0;
    }

    /**
     * AUD-5: per-capita net income of the year is strictly more than the parameter multiple of the year before.
     * The household's members are the same in both records, so the totals are compared, exactly. A positive income
     * after a year with none (zero or a loss) is above any multiple of it; a year with no positive income is no jump
     * (AUD-6 reports it).
     */
    private static List<Finding> incomeJump(Household household, YearParameters parameters,
            @Nullable IncomeRecord current, List<Finding> findings) {
        if (current == null) {
            return findings;
        }
        IncomeRecord previous = household.incomeOf(parameters.year().minusYears(1));
        if (previous == null) {
            return findings;
        }
        Yuan before = previous.netIncome();
        Yuan now = current.netIncome();
        if (!now.isPositive()) {
            return findings;
        }
        BigDecimal multiple = parameters.value(ParameterKey.INCOME_JUMP_MULTIPLE);
        if (exceeds(now.fen(), before.fen(), multiple)) {
            int members = household.size();
            // The threshold shown is the multiple of the year before's total, then per person, as compared.
            Yuan observed = now.perCapita(members);
            Yuan threshold = before.times(multiple).perCapita(members);
            boolean rounded = !observed.isGreaterThan(threshold);
            String times = multiple.stripTrailingZeros().toPlainString();
            // "above -3000.00, 3 times the year before's" would read as a rise: after no positive income, it says so
            boolean afterNone = !before.isPositive();
            Wording wording = Wording.of(
                    (afterNone ? INCOME_JUMP_AFTER_NONE : rounded ? INCOME_JUMP_ROUNDED : INCOME_JUMP)
                            .replace("{multiple}", times),
                    (afterNone ? INCOME_JUMP_AFTER_NONE_ZH : rounded ? INCOME_JUMP_ROUNDED_ZH : INCOME_JUMP_ZH)
                            .replace("{multiple}", times));
            return add(findings, Finding.ofAmounts(Rule.AUD_5, false, observed, threshold,
                    parameters.year().toString(), wording));
        }
        return findings;
    }
}
