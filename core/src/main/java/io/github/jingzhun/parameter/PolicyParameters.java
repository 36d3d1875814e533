package io.github.jingzhun.parameter;

import io.github.jingzhun.area.Geography;
import io.github.jingzhun.decision.PersonalData;
import io.github.jingzhun.decision.PlainText;
import io.github.jingzhun.money.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A named, versioned set of policy parameters: the poverty line of every income year, the dated scalar values
 * ({@link ParameterKey}), provincial and city lines and monitoring thresholds ({@link LineKey}), and the geography.
 * Every value carries its source.
 *
 * <p>A set is complete (every {@link ParameterKey} has a value) and honest about its standard (IND-STD): every value
 * that departs from the national default carries a reason, and {@link #deviations()} lists them. Copies with
 * changes ({@link #withParameter}, {@link #withPovertyLine}, {@link #withRegionalLine}) are how provinces and
 * scenarios make their own sets. Immutable, thread-safe and value-based.
 */
@Value.Immutable
public abstract class PolicyParameters {

    PolicyParameters() {}

    /**
     * The national defaults, lines for income years 2010 to 2020: every value with the date it took effect and its
     * source, cited by the key of a {@link io.github.jingzhun.decision.Source}. Where a source took effect after 1
     * January 2010, the same value is also given from that day, cited as the source "applied to income years
     * before it took effect", so that every income year from 2010 to 2020 is assessed (see the rulebook).
     *
     * @return the national set, not null
     */
    public static PolicyParameters national() {
        return NationalParameters.SET;
    }

    /**
     * Returns a builder of parameter sets.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link PolicyParameters} values: set attributes with the {@code with} methods, or start from a value with
     * {@code from} to change some of them.
     */
    public static final class Builder extends ImmutablePolicyParameters.Builder {
        Builder() {}
    }

    /**
     * The name of the set, such as {@code national} or {@code guizhou}.
     *
     * @return the name, not blank
     */
    public abstract String getName();

    /**
     * The version of the set.
     *
     * @return the version, not blank
     */
    public abstract String getVersion();

    /**
     * The dated, sourced values of the scalar parameters; a key may have several values from different dates.
     *
     * @return the values, not null
     */
    public abstract List<ParameterValue> getValues();

    /**
     * The national poverty line of each income year covered, one per year.
     *
     * @return the lines, not null
     */
    public abstract List<PovertyLine> getPovertyLines();

    /**
     * Provincial and city lines that replace the national line within their area (ID-STD).
     *
     * @return the regional lines, not null
     */
    public abstract List<RegionalLine> getRegionalLines();

    /**
     * Monitoring thresholds set for income years (MON-1); where a year has none, the threshold is
     * {@link ParameterKey#MONITORING_LINE_MULTIPLE} times the line applied.
     *
     * @return the thresholds, one per year at most, not null
     */
    public abstract List<PovertyLine> getMonitoringThresholds();

    /**
     * Provincial and city monitoring thresholds, which override the national one within their area (MON-1: local
     * values override).
     *
     * @return the regional thresholds, not null
     */
    public abstract List<RegionalLine> getRegionalMonitoringThresholds();

    /**
     * How counties are classified; the national classification by default.
     *
     * @return the geography, not null
     */
    @Value.Default
    public Geography getGeography() {
        return Geography.national();
    }

    /**
     * Returns a copy with a new value of a parameter in force from the programme's baseline, replacing all its
     * earlier values: the usual change of a scenario ("what if the notice were 5 days?").
     *
     * @param key the parameter, not null
     * @param value the new value, not null
     * @param source where the value comes from, not blank
     * @param reason why it departs from the national default (IND-STD): not blank when it does; a value equal to
     *     the national one needs none
     * @return the changed copy, not null
     * @throws IllegalArgumentException if the value is outside what the parameter's unit allows (a whole number
     *     of days, a percentage from 0 to 100, a multiple above 0, and so on), or departs from the national default
     *     and the reason is blank
     */
    public final PolicyParameters withParameter(ParameterKey key, BigDecimal value, String source, String reason) {
        List<ParameterValue> values = new ArrayList<>(getValues());
        values.removeIf(v -> v.key() == key);
        values.add(new ParameterValue(key, value, NationalParameters.BASELINE, source, reason));
        return builder().from(this).withValues(values).build();
    }

    /**
     * Returns a copy with one more dated value of a parameter, replacing a value of the same key and date.
     *
     * @param value the dated value, not null
     * @return the changed copy, not null
     */
    public final PolicyParameters withParameter(ParameterValue value) {
        List<ParameterValue> values = new ArrayList<>(getValues());
        values.removeIf(v -> v.key() == value.key() && v.since().equals(value.since()));
        values.add(value);
        return builder().from(this).withValues(values).build();
    }

    /**
     * Returns a copy with the national-level line of an income year set or replaced ("what if the 2019 line
     * were 4,000 yuan?"). Any year may be set here; the JSON reader holds a set's years to 1900–2999, as it holds a
     * household's, so a set with a line outside them is written but not read back.
     *
     * @param year the income year, not null
     * @param amount the line in yuan per person per year, positive
     * @param source where the value comes from, not blank
     * @param reason why it departs from the national line (IND-STD), not blank
     * @return the changed copy, not null
     */
    public final PolicyParameters withPovertyLine(Year year, Yuan amount, String source, String reason) {
        List<PovertyLine> lines = new ArrayList<>(getPovertyLines());
        lines.removeIf(l -> l.year().equals(year));
        lines.add(new PovertyLine(year, amount, source, reason));
        return builder().from(this).withPovertyLines(lines).build();
    }

    /**
     * Returns a copy with a provincial or city line added, replacing one of the same area and year.
     *
     * @param line the regional line, not null
     * @return the changed copy, not null
     */
    public final PolicyParameters withRegionalLine(RegionalLine line) {
        List<RegionalLine> lines = new ArrayList<>(getRegionalLines());
        lines.removeIf(l -> l.area() == line.area() && l.year().equals(line.year()));
        lines.add(line);
        return builder().from(this).withRegionalLines(lines).build();
    }

    /**
     * IND-STD: lists where this set departs from the national defaults, each with its reason. The national set
     * has none.
     *
     * @return the deviations, in the order of the set's values, unmodifiable, not null
     */
    public final List<Deviation> deviations() {
        List<Deviation> deviations = new ArrayList<>();
        forEachDeviation((element, deviation) -> deviations.add(deviation));
        return Collections.unmodifiableList(deviations);
    }

    /** A value's key, with the day it is in force from where the set gives the key more than one value. */
    private static String nameOf(ParameterValue value, List<ParameterValue> values) {
        boolean dated = values.stream().anyMatch(v -> v.key() == value.key() && v != value);
        return dated ? value.key().name() + " from " + value.since() : value.key().name();
    }

    /** Each deviation with the element of the set it comes from, such as {@code povertyLines[2]}. */
    private void forEachDeviation(BiConsumer<String, Deviation> action) {
        List<ParameterValue> values = getValues();
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            BigDecimal national = NationalParameters.value(v.key(), v.since());
            if (national.compareTo(v.value()) != 0) {
                action.accept("values[" + i + "]", new Deviation(nameOf(v, values), national, v.value(),
                        reasonOf(v.reason())));
            }
        }
        List<PovertyLine> lines = getPovertyLines();
        for (int i = 0; i < lines.size(); i++) {
            PovertyLine line = lines.get(i);
            PovertyLine national = NationalParameters.lineOf(line.year());
            if (national == null || !national.amount().equals(line.amount())) {
                action.accept("povertyLines[" + i + "]", new Deviation("line " + line.year(),
                        national == null ? null : national.amount().toBigDecimal(),
                        line.amount().toBigDecimal(), reasonOf(line.reason())));
            }
        }
        List<RegionalLine> regional = getRegionalLines();
        for (int i = 0; i < regional.size(); i++) {
            RegionalLine line = regional.get(i);
            PovertyLine national = NationalParameters.lineOf(line.year());
            action.accept("regionalLines[" + i + "]", new Deviation("line " + line.year() + " in " + line.area(),
                    national == null ? null : national.amount().toBigDecimal(),
                    line.amount().toBigDecimal(), line.reason()));
        }
        // MON-1: a monitoring threshold other than the national multiple of the national line departs from it too
        List<PovertyLine> thresholds = getMonitoringThresholds();
        for (int i = 0; i < thresholds.size(); i++) {
            PovertyLine threshold = thresholds.get(i);
            BigDecimal national = nationalMonitoringThreshold(threshold.year());
            if (national == null || national.compareTo(threshold.amount().toBigDecimal()) != 0) {
                action.accept("monitoringThresholds[" + i + "]", new Deviation("monitoring threshold "
                        + threshold.year(), national, threshold.amount().toBigDecimal(),
                        reasonOf(threshold.reason())));
            }
        }
        List<RegionalLine> regionalThresholds = getRegionalMonitoringThresholds();
        for (int i = 0; i < regionalThresholds.size(); i++) {
            RegionalLine threshold = regionalThresholds.get(i);
            action.accept("regionalMonitoringThresholds[" + i + "]", new Deviation("monitoring threshold "
                    + threshold.year() + " in " + threshold.area(), nationalMonitoringThreshold(threshold.year()),
                    threshold.amount().toBigDecimal(), threshold.reason()));
        }
    }

    private static @Nullable BigDecimal nationalMonitoringThreshold(Year year) {
        PovertyLine national = NationalParameters.lineOf(year);
        return national == null ? null : national.amount().times(NationalParameters.value(
                ParameterKey.MONITORING_LINE_MULTIPLE, lastDay(year))).toBigDecimal();
    }

    /** 31 December of an income year, the day its values are resolved for. */
    static LocalDate lastDay(Year year) {
        return year.atMonthDay(MonthDay.of(12, 31));
    }

    private static String reasonOf(@Nullable String reason) {
        return reason == null ? "" : reason;
    }

    /**
     * Resolves the values in force for an income year: each scalar as of 31 December of the year, the national
     * line of the year and the regional lines of the year.
     *
     * @param year the income year, not null
     * @return the year's parameters, not null
     * @throws MissingParameterException if the set has no line for the year or a parameter has no value in
     *     force by the end of it
     */
    public final YearParameters forYear(Year year) {
        Objects.requireNonNull(year, "year");
        PovertyLine line = null;
        for (PovertyLine l : getPovertyLines()) {
            if (l.year().equals(year)) {
                line = l;
            }
        }
        if (line == null) {
            throw new MissingParameterException("parameter set '" + getName() + "' has no poverty line for income year "
                    + year + "; it covers " + coveredYears() + ". A missing year is never guessed.");
        }
        LocalDate asOf = lastDay(year);
        ParameterValue[] inForce = new ParameterValue[ParameterKey.values().length];
        List<ParameterKey> missing = new ArrayList<>();
        for (ParameterKey key : ParameterKey.values()) {
            try {
                inForce[key.ordinal()] = inForce(key, asOf);
            } catch (MissingParameterException e) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw missing(missing, asOf);
        }
        PovertyLine monitoring = null;
        for (PovertyLine m : getMonitoringThresholds()) {
            if (m.year().equals(year)) {
                monitoring = m;
            }
        }
        return new YearParameters(this, year, line, inForce, ofYear(getRegionalLines(), year), monitoring,
                ofYear(getRegionalMonitoringThresholds(), year), !deviations().isEmpty());
    }

    /** Names the first parameter missing on a day, counts the others and says from when they are all in force. */
    private MissingParameterException missing(List<ParameterKey> keys, LocalDate date) {
        LocalDate all = null;
        for (ParameterKey key : keys) {
            LocalDate first = null;
            for (ParameterValue v : valuesOf(key)) {
                first = first == null || v.since().isBefore(first) ? v.since() : first;
            }
            all = all == null || first != null && first.isAfter(all) ? first : all;
        }
        return new MissingParameterException("parameter set '" + getName() + "' has no value of " + keys.get(0)
                + (keys.size() > 1 ? " or of " + (keys.size() - 1) + " other parameter" + (keys.size() > 2 ? "s" : "")
                        : "") + " in force on " + date + (all == null ? "" : "; " + (keys.size() > 1
                        ? "all of them are" : "it is") + " in force from " + all));
    }

    private static List<RegionalLine> ofYear(List<RegionalLine> lines, Year year) {
        List<RegionalLine> ofYear = new ArrayList<>();
        for (RegionalLine r : lines) {
            if (r.year().equals(year)) {
                ofYear.add(r);
            }
        }
        return ofYear;
    }

    /**
     * The value of a parameter in force on a date: the one with the latest {@code since} not after the date.
     *
     * @param key the parameter, not null
     * @param date the date, not null
     * @return the value in force, not null
     * @throws MissingParameterException if no value of the parameter is in force on that date
     */
    public final ParameterValue inForce(ParameterKey key, LocalDate date) {
        ParameterValue current = null;
        List<ParameterValue> values = valuesOf(key);
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            if (!v.since().isAfter(date) && (current == null || v.since().isAfter(current.since()))) {
                current = v;
            }
        }
        if (current == null) {
            throw new MissingParameterException("parameter set '" + getName() + "' has no value of " + key
                    + " in force on " + date);
        }
        return current;
    }

    private List<ParameterValue> valuesOf(ParameterKey key) {
        return valuesByKey().get(key.ordinal());
    }

    /**
     * The values of each key, by its ordinal, in the order of {@link #getValues()}: a recorded procedure's notices
     * look up their shortest length by date for every household assessed, and a scan of every value was most of
     * that audit. Built once, when first used.
     */
    @Value.Lazy
    List<List<ParameterValue>> valuesByKey() {
        List<List<ParameterValue>> byKey = new ArrayList<>(ParameterKey.values().length);
        for (ParameterKey k : ParameterKey.values()) {
            List<ParameterValue> ofKey = new ArrayList<>();
            for (ParameterValue v : getValues()) {
                if (v.key() == k) {
                    ofKey.add(v);
                }
            }
            byKey.add(List.copyOf(ofKey));
        }
        return List.copyOf(byKey);
    }

    private List<Year> coveredYears() {
        return getPovertyLines().stream().map(PovertyLine::year).sorted().toList();
    }

    @Value.Check
    void check() {
        List<String> problems = new ArrayList<>();
        String nameProblem = PlainText.isBlank(getName()) ? "must not be blank" : PlainText.problem(getName());
        if (nameProblem != null) {
            problems.add("name: " + nameProblem);
        }
        String versionProblem = PlainText.isBlank(getVersion()) ? "must not be blank" : PlainText.problem(getVersion());
        if (versionProblem != null) {
            problems.add("version: " + versionProblem);
        }
        Set<ParameterKey> missing = EnumSet.allOf(ParameterKey.class);
        Set<String> dated = new HashSet<>();
        List<ParameterValue> values = getValues();
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            missing.remove(v.key());
            if (!dated.add(v.key() + "@" + v.since())) {
                problems.add("values[" + i + "]: two values of " + v.key() + " from " + v.since());
            }
            String problem = v.key().problem(v.value());
            if (problem != null) {
                problems.add("values[" + i + "].value: " + v.key() + " " + v.value().toPlainString() + " from "
                        + v.since() + " " + problem);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("values: no value for " + missing);
        } else if (problems.isEmpty()) {
            pairs(problems);
        }
        Set<Year> years = new HashSet<>();
        List<PovertyLine> lines = getPovertyLines();
        for (int i = 0; i < lines.size(); i++) {
            if (!years.add(lines.get(i).year())) {
                problems.add("povertyLines[" + i + "]: two lines for " + lines.get(i).year());
            }
        }
        distinct("regionalLines", getRegionalLines(), problems);
        List<RegionalLine> regional = getRegionalLines();
        for (int i = 0; i < regional.size(); i++) {
            RegionalLine line = regional.get(i);
            // ID-STD: above the national-level line this set applies, its own where it sets one for the year.
            PovertyLine national = lines.stream().filter(l -> l.year().equals(line.year())).findFirst()
                    .orElse(NationalParameters.lineOf(line.year()));
            if (national != null && !line.amount().isGreaterThan(national.amount())) {
                // One problem: its message holds no "; ", which separates problems.
                problems.add("regionalLines[" + i + "].amount: the line of " + line.area() + " for " + line.year()
                        + " is " + (line.amount().equals(national.amount()) ? "the national line " : "below the "
                        + "national line ") + national.amount() + ", and a province or city may only set a higher "
                        + "line (ID-STD)");
            }
        }
        distinct("regionalMonitoringThresholds", getRegionalMonitoringThresholds(), problems);
        Set<Year> monitoringYears = new HashSet<>();
        List<PovertyLine> thresholds = getMonitoringThresholds();
        for (int i = 0; i < thresholds.size(); i++) {
            if (!monitoringYears.add(thresholds.get(i).year())) {
                problems.add("monitoringThresholds[" + i + "]: two thresholds for " + thresholds.get(i).year());
            }
        }
        thresholdsNotBelowLines(problems);
        forEachDeviation((element, d) -> {
            if (PlainText.isBlank(d.reason())) {
                problems.add(element + ".reason: " + d.parameter() + " departs from the national default "
                        + (d.national() == null ? "(there is none)" : d.national())
                        + " and must give a reason (IND-STD)");
            }
        });
        if (!problems.isEmpty()) {
            String name = PlainText.problem(getName()) == null ? getName() : "?";  // never print what it refused
            // a value as long as an ID number is redacted, as everywhere a message could print one
            throw new IllegalArgumentException("invalid parameter set '" + name + "': "
                    + PersonalData.redacted(String.join("; ", problems)));
        }
    }

    /**
     * The lowest and highest ages of a rule: IND-EDU's school age, MS-9's borrowers, AUD-6's working age and its ages
     * of a healthy member recorded LOST.
     */
    private static final ParameterKey[][] AGE_RANGES = {
        {ParameterKey.EDUCATION_AGE_MIN, ParameterKey.EDUCATION_AGE_MAX},
        {ParameterKey.MICROCREDIT_AGE_MIN, ParameterKey.MICROCREDIT_AGE_MAX},
        {ParameterKey.WORKING_AGE_MIN, ParameterKey.WORKING_AGE_MAX},
        {ParameterKey.WORKING_AGE_MIN, ParameterKey.HEALTHY_LOST_AGE_MAX}};

    /**
     * Values that must agree in pairs, wherever either changes: IND-EDU's reference month and day make a day of the
     * year, and no lowest age is above its highest (a rule would never apply, without a word).
     */
    private void pairs(List<String> problems) {
        forEachPair(ParameterKey.EDUCATION_REFERENCE_MONTH, ParameterKey.EDUCATION_REFERENCE_DAY,
                (element, since, month, day) -> {
                    if (day.intValueExact() > Month.of(month.intValueExact()).maxLength()) {
                        problems.add(element + ": EDUCATION_REFERENCE_MONTH " + month + " and EDUCATION_REFERENCE_DAY "
                                + day + " from " + since + " make no day of the year");
                    }
                });
        for (ParameterKey[] range : AGE_RANGES) {
            forEachPair(range[0], range[1], (element, since, lowest, highest) -> {
                if (lowest.compareTo(highest) > 0) {
                    problems.add(element + ": " + range[0] + " " + lowest.toPlainString() + " is above " + range[1]
                            + " " + highest.toPlainString() + " from " + since + ", so no age is between them");
                }
            });
        }
    }

    /**
     * MON-1: a threshold set for a year, nationally or in a province or city, is not below the line in force where
     * it applies, since a household below the line and above such a threshold would be poor and not monitored
     * (MON-2). Each place where a line or threshold is set is checked, and the country elsewhere; a default
     * threshold, a multiple of at least one of the line, cannot be below it.
     */
    private void thresholdsNotBelowLines(List<String> problems) {
        for (PovertyLine national : getPovertyLines()) {
            Year year = national.year();
            Set<Integer> places = new TreeSet<>(List.of(0));  // 0: the country outside every regional value
            getRegionalLines().stream().filter(l -> l.year().equals(year)).forEach(l -> places.add(l.area()));
            getRegionalMonitoringThresholds().stream().filter(t -> t.year().equals(year))
                    .forEach(t -> places.add(t.area()));
            for (int place : places) {
                int regional = mostLocal(getRegionalMonitoringThresholds(), year, place);
                int set = indexOfYear(getMonitoringThresholds(), year);
                if (regional < 0 && set < 0) {
                    continue;
                }
                int regionalLine = mostLocal(getRegionalLines(), year, place);
                Yuan line = regionalLine < 0 ? national.amount() : getRegionalLines().get(regionalLine).amount();
                Yuan threshold = regional >= 0 ? getRegionalMonitoringThresholds().get(regional).amount()
                        : getMonitoringThresholds().get(set).amount();
                if (threshold.compareTo(line) < 0) {
                    problems.add((regional >= 0 ? "regionalMonitoringThresholds[" + regional + "]"
                            : "monitoringThresholds[" + set + "]") + ".amount: the monitoring threshold " + threshold
                            + " for " + year + " is below the line " + line + " in force in "
                            + (place == 0 ? "the country" : String.valueOf(place)) + ", where a poor household "
                            + "would not be monitored (MON-1)");
                }
            }
        }
    }

    /** The index of a year's value, else -1. */
    private static int indexOfYear(List<PovertyLine> values, Year year) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).year().equals(year)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the value of a year in force in a place: the city's, else its province's; else -1. */
    private static int mostLocal(List<RegionalLine> values, Year year, int place) {
        int province = -1;
        for (int i = 0; i < values.size(); i++) {
            RegionalLine v = values.get(i);
            if (v.year().equals(year) && place != 0) {
                if (v.area() == place && place > 99) {
                    return i;
                }
                if (v.area() == (place > 99 ? place / 100 : place)) {
                    province = i;
                }
            }
        }
        return province;
    }

    /** Checks two values in force together from a day, a problem placed at {@code element}, such as values[3].value. */
    private interface PairCheck {
        void check(String element, LocalDate since, BigDecimal first, BigDecimal second);
    }

    /**
     * Checks the values of two parameters in force from each day either changes, once both have one; a problem is
     * placed at the first value that changes on that day.
     */
    private void forEachPair(ParameterKey first, ParameterKey second, PairCheck check) {
        Map<LocalDate, String> changes = new TreeMap<>();
        List<ParameterValue> values = getValues();
        for (int i = 0; i < values.size(); i++) {
            ParameterValue v = values.get(i);
            if (v.key() == first || v.key() == second) {
                changes.putIfAbsent(v.since(), "values[" + i + "].value");
            }
        }
        for (Map.Entry<LocalDate, String> change : changes.entrySet()) {
            LocalDate since = change.getKey();
            BigDecimal a;
            BigDecimal b;
            try {
                a = inForce(first, since).value();
                b = inForce(second, since).value();
            } catch (MissingParameterException notYetBoth) {
                continue;
            }
            check.check(change.getValue(), since, a, b);
        }
    }

    private static void distinct(String attribute, List<RegionalLine> lines, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            RegionalLine line = lines.get(i);
            if (!seen.add(line.area() + "@" + line.year())) {
                problems.add(attribute + "[" + i + "]: two values of " + line.area() + " for " + line.year());
            }
        }
    }

    @Override
    public String toString() {
        return "PolicyParameters{" + getName() + " " + getVersion() + ", lines " + coveredYears()
                + ", deviations " + deviations().size() + "}";
    }

}
