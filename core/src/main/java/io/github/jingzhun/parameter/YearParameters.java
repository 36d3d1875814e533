package io.github.jingzhun.parameter;

import io.github.jingzhun.area.CountyCode;
import io.github.jingzhun.area.Geography;
import io.github.jingzhun.decision.Finding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.decision.Wording;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of one parameter set in force for one income year, resolved once so that deciding a household
 * looks values up by array index and shares its standard findings (ID-STD, IND-STD) instead of building them.
 * Obtained from {@link PolicyParameters#forYear(Year)}. Immutable and thread-safe.
 */
public final class YearParameters {

    private static final Wording NATIONAL_LINE = Wording.of(
            "The national poverty line of {subject}, {threshold} yuan per person, was applied",
            "适用{subject}年国家扶贫标准，每人{threshold}元");
    private static final Wording MONITORING_DEFAULT = Wording.of(
            "The monitoring threshold is {threshold} yuan per person: {observed} times the line",
            "监测标准为每人{threshold}元，即扶贫标准的{observed}倍");
    private static final Wording STANDARDS_KEPT = Wording.of(
            "Parameter set '{subject}' keeps the national standards, neither raised nor lowered",
            "参数集“{subject}”执行国家标准，既不拔高也不降低");
    private static final Wording STANDARDS_CHANGED = Wording.of(
            "Parameter set '{subject}' departs from the national standards, with reasons; see its deviations",
            "参数集“{subject}”偏离国家标准（附理由），详见偏离清单");

    private final PolicyParameters parameters;
    private final Year year;
    private final ParameterValue[] values;
    // Whole-number values resolved once, by ordinal: ages and days are read for every member of every household.
    private final int[] ints;
    private final boolean[] whole;
    /** Values as amounts of yuan, resolved once; null where a value is not an amount (asking then throws). */
    private final @Nullable Yuan[] amounts;
    /** 100 less each value, resolved once: MON-3 asks every household with an earlier record. */
    private final BigDecimal[] remainingPercents;
    private final @Nullable MonthDay educationDay;
    private final @Nullable LocalDate educationDate;
    private final LocalDate lastDay;
    private final String yearText;
    private final LineApplied nationalLine;
    private final Map<Integer, LineApplied> regionalLines;
    private final LineApplied nationalMonitoring;
    private final Map<Integer, LineApplied> regionalMonitoring;
    private final Map<Integer, LineApplied> lineMonitoring;
    private final Finding standards;
    /**
     * MON-1 with INC-3: the default thresholds that fall between fen (1.333 × 3218.00 is 4289.594), exactly, in yuan
     * per person, by identity; a threshold absent here is exactly its amount.
     */
    private final Map<LineApplied, BigDecimal> exactMonitoring = new IdentityHashMap<>();
    /** The national MONITORING_LINE_MULTIPLE of the year, against which the set's own is explained (MON-1). */
    private final BigDecimal nationalMultiple;

    YearParameters(PolicyParameters parameters, Year year, PovertyLine line, ParameterValue[] values,
            List<RegionalLine> regional, @Nullable PovertyLine monitoring, List<RegionalLine> regionalMonitoring,
            boolean deviates) {
        this.parameters = parameters;
        this.year = year;
        this.values = values.clone();
        this.ints = new int[this.values.length];
        this.whole = new boolean[this.values.length];
        this.amounts = new Yuan[this.values.length];
        this.remainingPercents = new BigDecimal[this.values.length];
        for (int i = 0; i < this.values.length; i++) {
            remainingPercents[i] = BigDecimal.valueOf(100).subtract(this.values[i].value());
            try {
                amounts[i] = Yuan.of(this.values[i].value());
            } catch (IllegalArgumentException | ArithmeticException e) {
                // not an amount: amount throws when asked, as Yuan.of always did
            }
            try {
                ints[i] = this.values[i].value().intValueExact();
                whole[i] = true;
            } catch (ArithmeticException e) {
                // not a whole number: intValue throws when asked, as it always did
            }
        }
        this.educationDay = educationDay(ints, whole);
        this.educationDate = educationDay != null ? year.atMonthDay(educationDay) : null;
        this.lastDay = year.atMonthDay(MonthDay.of(12, 31));
        this.yearText = year.toString();
        // ID-STD: a set's own national-level line, where it departs from the national default, says whose it is.
        PovertyLine national = NationalParameters.lineOf(year);
        this.nationalLine = new LineApplied(line.amount(), Standard.NATIONAL, line.source(),
                national != null && national.amount().equals(line.amount())
                        ? Finding.of(Rule.ID_STD, true, null, line.amount().toBigDecimal(), yearText, NATIONAL_LINE)
                        : Finding.of(Rule.ID_STD, true, null, line.amount().toBigDecimal(), parameters.getName(),
                                setLine(yearText, national)));
        this.regionalLines = new HashMap<>();
        for (RegionalLine r : regional) {
            Finding applied = Finding.of(Rule.ID_STD, true, null, r.amount().toBigDecimal(), String.valueOf(r.area()),
                    regionalLine(r.standard(), yearText));
            regionalLines.put(r.area(), new LineApplied(r.amount(), r.standard(), r.source(), applied));
        }
        // MON-1: a local value first; else the value set for the year; else the multiple of the line applied. A
        // threshold or multiple of the set's own names the set and the national value it departs from.
        this.nationalMultiple = NationalParameters.value(ParameterKey.MONITORING_LINE_MULTIPLE, lastDay);
        String nationalThreshold = national == null ? null : national.amount().times(nationalMultiple).toString();
        this.nationalMonitoring = monitoring != null
                ? set(Standard.NATIONAL, monitoring, parameters.getName(),
                        setThreshold("of " + yearText, yearText + "年", yearText, nationalThreshold))
                : byDefault(nationalLine, null, national, nationalThreshold);
        this.regionalMonitoring = new HashMap<>();
        for (RegionalLine r : regionalMonitoring) {
            this.regionalMonitoring.put(r.area(), set(r.standard(), r, parameters.getName(), setThreshold(
                    "of area " + r.area() + " for " + yearText, r.area() + "地区" + yearText + "年", yearText,
                    nationalThreshold)));
        }
        this.lineMonitoring = new HashMap<>();
        if (monitoring == null) {
            for (Map.Entry<Integer, LineApplied> e : regionalLines.entrySet()) {
                this.lineMonitoring.put(e.getKey(), byDefault(e.getValue(), e.getKey(), national, nationalThreshold));
            }
        }
        // IND-STD: a set departing from the national defaults says so in every decision it makes.
        this.standards = Finding.of(Rule.IND_STD, !deviates, parameters.getName(),
                deviates ? STANDARDS_CHANGED : STANDARDS_KEPT);
    }

    /**
     * The parameter set these values come from.
     *
     * @return the set, not null
     */
    public PolicyParameters parameters() {
        return parameters;
    }

    /**
     * The income year.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * The geography of the set.
     *
     * @return the geography, not null
     */
    public Geography geography() {
        return parameters.getGeography();
    }

    /**
     * The value of a parameter in force in the year.
     *
     * @param key the parameter, not null
     * @return the value, not null
     */
    public BigDecimal value(ParameterKey key) {
        return values[key.ordinal()].value();
    }

    /**
     * The value of a parameter that is an amount of yuan, such as a ceiling, resolved once.
     *
     * @param key the parameter, not null
     * @return the amount, not null
     * @throws IllegalArgumentException if the value has a fraction of a fen or lies beyond one trillion yuan either
     *     side of zero
     */
    public Yuan amount(ParameterKey key) {
        Yuan amount = amounts[key.ordinal()];
        return amount != null ? amount : Yuan.of(value(key));
    }

    /**
     * 100 less the value of a percentage parameter, resolved once: the percentage left after a fall of
     * {@link ParameterKey#INCOME_FALL_PERCENT}, for instance.
     *
     * @param key the parameter, a percentage, not null
     * @return 100 − the value, not null
     */
    public BigDecimal remainingPercent(ParameterKey key) {
        return remainingPercents[key.ordinal()];
    }

    /**
     * The value of a whole-number parameter, such as an age or a number of days.
     *
     * @param key the parameter, not null
     * @return the value
     * @throws ArithmeticException if the value is not a whole number
     */
    public int intValue(ParameterKey key) {
        int i = key.ordinal();
        return whole[i] ? ints[i] : values[i].value().intValueExact();
    }

    /**
     * Compares a whole number, such as litres or minutes surveyed, with the value of a parameter, exactly: in
     * {@code int} arithmetic when the value is a whole number, so that no decimal is made.
     *
     * @param number the number
     * @param key the parameter, not null
     * @return negative, zero or positive as the number is less than, equal to or greater than the value
     */
    public int compare(long number, ParameterKey key) {
        int i = key.ordinal();
        return whole[i] ? Long.compare(number, ints[i]) : BigDecimal.valueOf(number).compareTo(values[i].value());
    }

    /**
     * Whether a switch parameter is on (1; 0 is off).
     *
     * @param key the switch, not null
     * @return true if on
     */
    public boolean isOn(ParameterKey key) {
        return values[key.ordinal()].value().signum() != 0;
    }

    /**
     * The source of the value of a parameter in force in the year.
     *
     * @param key the parameter, not null
     * @return the source, not null
     */
    public String source(ParameterKey key) {
        return values[key.ordinal()].source();
    }

    /**
     * The day of the year on which compulsory-education age is reckoned (IND-EDU).
     *
     * @return the day, such as 1 September, not null
     */
    public MonthDay educationReferenceDay() {
        return educationDay != null ? educationDay : MonthDay.of(intValue(ParameterKey.EDUCATION_REFERENCE_MONTH),
                intValue(ParameterKey.EDUCATION_REFERENCE_DAY));
    }

    /**
     * The date in the income year on which compulsory-education age is reckoned (IND-EDU), made once; a reference
     * day of 29 February is 28 February in a year that has none.
     *
     * @return the date, such as 1 September 2019, not null
     */
    public LocalDate educationReferenceDate() {
        return educationDate != null ? educationDate : year.atMonthDay(educationReferenceDay());
    }

    /**
     * 31 December of the income year, on which ages are reckoned for working age and borrowing (AUD-6, MS-9).
     *
     * @return the date, not null
     */
    public LocalDate lastDay() {
        return lastDay;
    }

    /** The education reference day, or null if the values make no day: asking for it then throws. */
    private static @Nullable MonthDay educationDay(int[] ints, boolean[] whole) {
        int month = ParameterKey.EDUCATION_REFERENCE_MONTH.ordinal();
        int day = ParameterKey.EDUCATION_REFERENCE_DAY.ordinal();
        if (!whole[month] || !whole[day]) {
            return null;
        }
        try {
            return MonthDay.of(ints[month], ints[day]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * ID-STD: the poverty line applied in a county: the city's line if its prefecture sets one, else the
     * province's, else the national line.
     *
     * @param county the county, not null
     * @return the line applied with its standard, source and finding, not null
     */
    public LineApplied line(CountyCode county) {
        LineApplied local = regionalLines.isEmpty() ? null : mostLocal(regionalLines, county);
        return local != null ? local : nationalLine;
    }

    /**
     * MON-1: the monitoring threshold applied in a county: a city's or province's own value (local values
     * override), else the value set for the year, else {@link ParameterKey#MONITORING_LINE_MULTIPLE} times the line
     * applied in the county. Its amount, as its MON-1 finding states it, is rounded half-up to the fen for display;
     * decisions compare with the exact threshold, by {@link #isBelowMonitoringThreshold}. The one threshold in force
     * for a household, for monitoring (MON-3) and exit (EX-H-4) alike.
     *
     * @param county the county, not null
     * @return the threshold per person with its source and MON-1 finding, not null
     */
    public LineApplied monitoringThreshold(CountyCode county) {
        if (regionalMonitoring.isEmpty() && lineMonitoring.isEmpty()) {
            return nationalMonitoring;
        }
        LineApplied local = mostLocal(regionalMonitoring, county);
        if (local == null) {
            local = mostLocal(lineMonitoring, county);
        }
        return local != null ? local : nationalMonitoring;
    }

    /**
     * MON-1 with INC-3: whether a household's income is below the monitoring threshold in force in its county,
     * decided exactly as {@code income < threshold × members}: a default threshold, a multiple of the line, is not
     * rounded to the fen before it is multiplied by the members.
     *
     * @param county the household's county, not null
     * @param income the household's income, such as its stable income (INC-4), not null
     * @param members the number of members sharing it, positive
     * @return true if below
     */
    public boolean isBelowMonitoringThreshold(CountyCode county, Yuan income, int members) {
        LineApplied threshold = monitoringThreshold(county);
        BigDecimal exact = exactMonitoring.get(threshold);
        if (exact == null) {
            return income.fen() < Math.multiplyExact(threshold.amount().fen(), members);
        }
        return income.toBigDecimal().compareTo(exact.multiply(BigDecimal.valueOf(members))) < 0;
    }

    /**
     * MON-1: the monitoring threshold in force in a county, exactly, in yuan per person: the amount of
     * {@link #monitoringThreshold(CountyCode)}, unless a multiple of the line falls between fen.
     *
     * @param county the county, not null
     * @return the threshold, with at least two decimals, not null
     */
    public BigDecimal exactMonitoringThreshold(CountyCode county) {
        LineApplied threshold = monitoringThreshold(county);
        BigDecimal exact = exactMonitoring.get(threshold);
        return exact != null ? exact : threshold.amount().toBigDecimal();
    }

    /** The value of the county's city, else of its province, else null. */
    private static @Nullable LineApplied mostLocal(Map<Integer, LineApplied> byArea, CountyCode county) {
        LineApplied city = byArea.get(county.prefecture());
        return city != null ? city : byArea.get(county.province());
    }

    /**
     * MON-1: the multiple of a line, kept exact for decisions; its amount is rounded to the fen for display. Where the
     * multiple or the line departs from the national one (a line of the set's own, or of a city or province), the
     * finding names the set and what departs, and the national threshold.
     */
    private LineApplied byDefault(LineApplied line, @Nullable Integer area, @Nullable PovertyLine national,
            @Nullable String nationalThreshold) {
        BigDecimal multiple = value(ParameterKey.MONITORING_LINE_MULTIPLE);
        Yuan amount = line.amount().times(multiple);
        BigDecimal exact = line.amount().toBigDecimal().multiply(multiple).stripTrailingZeros();
        boolean betweenFen = exact.scale() > 2;
        if (!betweenFen) {
            exact = amount.toBigDecimal();
        }
        boolean nationalMultiple = multiple.compareTo(this.nationalMultiple) == 0;
        boolean nationalLine = area == null && national != null && national.amount().equals(line.amount());
        Wording wording = nationalLine && nationalMultiple ? MONITORING_DEFAULT
                : nationalLine ? multipleOfTheSet()
                : multipleOfALineThatDeparts(area, line.amount(), nationalMultiple, nationalThreshold);
        LineApplied threshold = new LineApplied(amount, line.standard(), source(ParameterKey.MONITORING_LINE_MULTIPLE),
                Finding.of(Rule.MON_1, true, multiple, amount.toBigDecimal(),
                        wording == MONITORING_DEFAULT ? null : parameters.getName(), wording));
        if (betweenFen) {
            exactMonitoring.put(threshold, exact);
        }
        return threshold;
    }

    /** MON-1: a multiple of the set's own, of the national line. */
    private Wording multipleOfTheSet() {
        return Wording.of("The monitoring threshold is {threshold} yuan per person: {observed} times the line, the "
                        + "multiple parameter set '{subject}' sets; the national multiple is " + multiple(),
                "监测标准为每人{threshold}元，即扶贫标准的{observed}倍（参数集“{subject}”设定的倍数；国家标准为" + multiple() + "倍）");
    }

    /** MON-1: a multiple of a line of the set's own, or of a city's or province's, naming the line. */
    private Wording multipleOfALineThatDeparts(@Nullable Integer area, Yuan line, boolean nationalMultiple,
            @Nullable String nationalThreshold) {
        return Wording.of("The monitoring threshold is {threshold} yuan per person: {observed} times the line "
                        + (area != null ? "of area " + area + ", " : "of ") + line + ", of parameter set '{subject}'"
                        + (nationalMultiple ? "" : ", with the multiple it sets (the national multiple is "
                        + multiple() + ")") + (nationalThreshold == null ? ""
                        : "; the national threshold is " + nationalThreshold + " yuan"),
                "监测标准为每人{threshold}元，即参数集“{subject}”" + (area != null ? area + "地区" : "") + "扶贫标准每人" + line
                        + "元的{observed}倍" + (nationalMultiple ? "" : "（参数集设定的倍数；国家标准为" + multiple() + "倍）")
                        + (nationalThreshold == null ? "" : "；国家监测标准为每人" + nationalThreshold + "元"));
    }

    /** The national multiple, as the findings write it. */
    private String multiple() {
        return nationalMultiple.toPlainString();
    }

    /** MON-1: a threshold the parameter set gives, naming the set, whose name is the finding's subject. */
    private static LineApplied set(Standard standard, PovertyLine threshold, String name, Wording wording) {
        return new LineApplied(threshold.amount(), standard, threshold.source(),
                Finding.of(Rule.MON_1, true, null, threshold.amount().toBigDecimal(), name, wording));
    }

    private static LineApplied set(Standard standard, RegionalLine threshold, String name, Wording wording) {
        return new LineApplied(threshold.amount(), standard, threshold.source(),
                Finding.of(Rule.MON_1, true, null, threshold.amount().toBigDecimal(), name, wording));
    }

    /**
     * ID-STD: the wording of a national-level line of the set's own, which departs from the national default; the
     * finding's subject is the set's name. The year and the national line are written into the patterns: they hold
     * no brace, so they are never read as a placeholder.
     */
    private static Wording setLine(String year, @Nullable PovertyLine national) {
        return Wording.of("The poverty line of " + year + " set by parameter set '{subject}', {threshold} yuan per "
                        + "person, was applied; " + (national != null ? "it departs from the national line of "
                        + national.amount() + " yuan" : "the national parameters have no line for " + year),
                "适用参数集“{subject}”设定的" + year + "年扶贫标准，每人{threshold}元；" + (national != null
                        ? "偏离国家标准每人" + national.amount() + "元" : "国家参数无" + year + "年标准"));
    }

    /** ID-STD: the wording of a provincial or city line of the year, its area the subject. */
    private static Wording regionalLine(Standard standard, String year) {
        boolean provincial = standard == Standard.PROVINCIAL;
        return Wording.of("The " + (provincial ? "provincial" : "city") + " poverty line of area {subject} for " + year
                        + ", {threshold} yuan per person, was applied",
                "适用地区{subject}的" + year + "年" + (provincial ? "省级" : "市级") + "扶贫标准，每人{threshold}元");
    }

    /** MON-1: the wording of a monitoring threshold the set gives, against the national one of the year. */
    private static Wording setThreshold(String english, String chinese, String year,
            @Nullable String nationalThreshold) {
        return Wording.of("The monitoring threshold " + english + " set by parameter set '{subject}' is {threshold} "
                        + "yuan per person; " + (nationalThreshold != null ? "the national threshold is "
                        + nationalThreshold + " yuan" : "the national parameters have no threshold for " + year),
                "参数集“{subject}”设定的" + chinese + "监测标准为每人{threshold}元；" + (nationalThreshold != null
                        ? "国家监测标准为每人" + nationalThreshold + "元" : "国家参数无" + year + "年监测标准"));
    }

    /**
     * The national poverty line of the year.
     *
     * @return the national line, not null
     */
    public LineApplied nationalLine() {
        return nationalLine;
    }

    /**
     * IND-STD: the finding on whether this set keeps the national standards.
     *
     * @return the finding, not null
     */
    public Finding standardsFinding() {
        return standards;
    }

    /**
     * A poverty line as applied: amount, standard, source and its ID-STD finding.
     *
     * @param amount the line in yuan per person per year, not null
     * @param standard the standard, not null
     * @param source the source of the value, not null
     * @param finding the ID-STD finding stating which line was applied, not null
     */
    public record LineApplied(Yuan amount, Standard standard, String source, Finding finding) {}
}
